"""One notation for every formula the bot shows: parse trees as text, as LaTeX, as typed input.

Every command prints expressions through this module (exact values go through
``napier.format.tree`` first), so that the same rules hold everywhere:

- parentheses wherever precedence needs them, and only there: ``(1/2)^x``, ``log(1/2)``,
  ``(log 2)^2``, ``1/(0^(1/2))``, ``(x + 1)e^x``, ``2^(-3)``, ``-(x + 1)``;
- ``log`` is the natural logarithm, written ``log 2`` / ``log x`` when its argument is a
  single symbol or number, else ``log(x + 1)``; ``e^u`` for the exponential, ``√2`` for roots;
- decimals as the learner typed them (``1.1``), other fractions as ``p/q``;
- integers in full up to ``MAX_SHOWN_DIGITS`` digits, longer ones as ``first…last`` digits;
- never e-notation (in this bot ``e`` is Napier's number).

The API (light: no sympy, numpy or matplotlib, so command declarations can import it):

- ``text(tree)``: textbook plain text for chat (``2^x log 2``, ``(log 2)x + 1``);
- ``latex(tree)``: LaTeX for ``napier.render`` (mathtext subset), built from the tree only;
- ``typed(tree)``: what a learner types to get the tree back from ``napier.parser.parse``
  (``2^x*log(2)``; ``log_2(8)`` where the parser reads bases), for examples in messages and
  button arguments;
- ``times(factors)``: repeated multiplication written out, ``2 × 2 × 2`` (text, LaTeX);
- ``power_base(tree)``: a tree written as the base of a power, ``(1/2)``, ``(-2)``;
- ``equation(forms)``: forms joined by ``=``, a form equal to the one before left out;
- ``line(slope, intercept)``: the line ``y = mx + b`` as (text, LaTeX), coefficients grouped
  the way a teacher writes them (``y = (log 2)x + 1``);
- ``digits(n)`` and ``integer(n)``: the digits of any integer, and an integer shortened for
  reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction

from napier.parser import Binary, Call, Constant, Derivative, Log, Negate, Number, Tree, Variable

MAX_SHOWN_DIGITS = 60  # integers longer than this are shown as first … last digits
EDGE_DIGITS = 20

# Precedence of what a printed form binds like; a child weaker than its place needs
# parentheses. CALL is a bare function application such as "log 2".
SUM, PRODUCT, UNARY, CALL, POWER, ATOM = 1, 2, 3, 4, 5, 6


# --- integers -----------------------------------------------------------------------------


def digits(n: int) -> str:
    """The decimal digits of ``|n|``, for any size (Python's ``str`` stops at 4,300 digits)."""
    n = abs(n)
    if n < 10**4000:
        return str(n)
    half = 10**2000
    chunks: list[str] = []
    while n >= half:
        n, low = divmod(n, half)
        chunks.append(str(low).zfill(2000))
    return str(n) + "".join(reversed(chunks))


def digit_count(n: int) -> int:
    """The number of decimal digits of ``|n|`` (1 for 0), exactly, without writing them out."""
    n = abs(n)
    if n < 10**18:
        return len(str(n))
    count = int(n.bit_length() * 0.30102999566398120) + 1  # within one of the truth
    while n >= 10**count:
        count += 1
    while n < 10 ** (count - 1):
        count -= 1
    return count


def integer(n: int) -> str:
    """``n`` in full when short, else its first and last ``EDGE_DIGITS`` digits around ``…``."""
    count = digit_count(n)
    if count <= MAX_SHOWN_DIGITS:
        return str(n)
    first = abs(n) // 10 ** (count - EDGE_DIGITS)
    last = str(abs(n) % 10**EDGE_DIGITS).zfill(EDGE_DIGITS)
    return f"{'-' if n < 0 else ''}{first}…{last}"


def _signed_digits(n: int) -> str:
    return ("-" if n < 0 else "") + digits(n)


def _decimal_literal(typed: str, value: Fraction) -> str:
    """A typed decimal tidied for reading: ``.5`` → ``0.5`` (its digits otherwise kept)."""
    typed = typed.lstrip("+-")
    typed = "0" + typed if typed.startswith(".") else typed
    return "-" + typed if value < 0 else typed


# --- decimals -------------------------------------------------------------------------------

PLAIN_FROM, PLAIN_BELOW = -5, 15  # powers of ten shown plainly; beyond them m × 10^k
MAX_DECIMAL_PLACES = 30


def decimal_places(value: Fraction) -> int | None:
    """How many decimal places ``value`` has when its decimal ends within 30, else None
    (fast for any size: at most 30 divisions)."""
    denominator = value.denominator
    twos = (denominator & -denominator).bit_length() - 1
    denominator >>= twos
    fives = 0
    while denominator % 5 == 0 and fives <= MAX_DECIMAL_PLACES:
        denominator //= 5
        fives += 1
    places = max(twos, fives)
    return places if denominator == 1 and places <= MAX_DECIMAL_PLACES else None


def decimal_number(value: Fraction) -> Number:
    """A Number that prints as a decimal (``0.05``) when its decimal ends, else as ``p/q``."""
    places = decimal_places(value) if value.denominator != 1 else None
    if places is None:
        return Number(value)
    scaled = abs(value.numerator) * 10**places // value.denominator
    whole, part = divmod(scaled, 10**places)
    return Number(value, f"{'-' if value < 0 else ''}{whole}.{str(part).zfill(places)}")


def layout(mantissa: str, power: int) -> str:
    """A rounded number ``mantissa × 10^power`` (mantissa ``d.ddd``, optionally signed) laid
    out plainly from 10^-5 to 10^15 (``0.0015``, ``12000``), else as ``1.2 × 10^30``."""
    if mantissa.lstrip("-") == "0":
        return "0"
    if not PLAIN_FROM <= power < PLAIN_BELOW:
        return f"{mantissa} × 10^{power}"
    sign = "-" if mantissa.startswith("-") else ""
    figures = mantissa.lstrip("-").replace(".", "")
    point = power + 1  # figures before the decimal point
    if point <= 0:
        shown = "0." + "0" * -point + figures
    elif point >= len(figures):
        shown = figures + "0" * (point - len(figures))
    else:
        shown = figures[:point] + "." + figures[point:]
    return sign + shown


def rounded(value: Fraction, significant: int) -> str:
    """A fraction rounded to ``significant`` digits (half away from zero), laid out by
    ``layout``: ``rounded(Fraction(1, 3), 6)`` is ``0.333333``."""
    if value == 0:
        return "0"
    size = abs(value)
    power = len(str(size.numerator // size.denominator)) - 1 if size >= 1 else 0
    if size < 1:
        while size * 10 ** (-power) < 1:
            power -= 1
    scaled = size * Fraction(10) ** (significant - 1 - power)
    figures = int(scaled + Fraction(1, 2))
    if len(str(figures)) > significant:  # 9.999… rounded up to 10.00…
        figures //= 10
        power += 1
    shown = str(figures)
    mantissa = (shown[0] + "." + shown[1:]).rstrip("0").rstrip(".")
    return layout(("-" if value < 0 else "") + mantissa, power)


# --- precedence -----------------------------------------------------------------------------


def _bare_argument(arg: Tree) -> bool:
    """Whether a function's argument reads without parentheses: ``log 2``, ``log x``, ``√2``."""
    match arg:
        case Number(value, typed):
            return value > 0 and (value.denominator == 1 or bool(typed))
        case Constant() | Variable():
            return True
    return False


def precedence(tree: Tree, latex: bool = False) -> int:
    """How tightly the printed form of ``tree`` binds (``SUM`` … ``ATOM``)."""
    match tree:
        case Binary("+" | "-"):
            return SUM
        case Binary("*"):
            return PRODUCT
        case Binary("/"):
            return ATOM if latex else PRODUCT
        case Negate():
            return UNARY
        case Binary("^") | Call("exp", _):
            return POWER
        case Number(value, typed):
            if value < 0:
                return UNARY
            if value.denominator != 1 and not typed:
                return ATOM if latex else PRODUCT
            return ATOM
        case Call("ln", arg) | Log(_, arg):
            return CALL if _bare_argument(arg) else ATOM
    return ATOM


def _is_fraction(tree: Tree) -> bool:
    """A quotient: ``a/b`` or a fraction literal such as 1/2 (not a typed decimal)."""
    match tree:
        case Binary("/"):
            return True
        case Number(value, typed):
            return value.denominator != 1 and not typed
    return False


def _ends_with_call(tree: Tree, latex: bool = False) -> bool:
    """Whether the printed form ends with a bare call (``log 2``, ``3 log 2``, ``2^x log 2``):
    as the left operand of ``·`` or ``/`` it needs parentheses (``(3 log 2)/2``)."""
    if precedence(tree, latex) == CALL:
        return True
    if isinstance(tree, Negate):
        return _ends_with_call(tree.operand, latex)
    return isinstance(tree, Binary) and tree.op == "*" and _ends_with_call(tree.right, latex)


def _ends_with_group(tree: Tree) -> bool:
    """A product whose printed form ends with a parenthesised sum: ``x^2(x + 3)``."""
    if not (isinstance(tree, Binary) and tree.op == "*"):
        return False
    return precedence(tree.right) == SUM or _ends_with_group(tree.right)


def _bare_power(tree: Tree, printer: _Text) -> bool:
    """A power that reads unambiguously after ``/``: ``1/2^3``, ``1/x^2``, ``1/e^x`` — but
    ``1/(0^(1/2))`` and ``1/(2^(-3))``, whose exponents need parentheses of their own."""
    match tree:
        case Binary("^", _, exponent) | Call("exp", exponent):
            return printer.exponent(exponent) == printer.show(exponent)
    return False


def _integer_tower(tree: Tree) -> bool:
    """``9``, ``9^9``, ``9^9^9``: a tower of whole numbers, printed without parentheses."""
    match tree:
        case Number(value, typed):
            return value.denominator == 1 and value >= 0 and not typed
        case Binary("^", Number() as base, exponent):
            return _integer_tower(base) and _integer_tower(exponent)
    return False


# --- plain text -----------------------------------------------------------------------------


class _Text:
    """Plain text; ``typed`` gives what the parser reads back (``*``, ``log(2)``, ``sqrt``)."""

    def __init__(self, typed: bool) -> None:
        self.typed = typed
        self.times = "*" if typed else "·"

    def wrap(self, tree: Tree, needed: int) -> str:
        shown = self.show(tree)
        return f"({shown})" if self.level(tree) < needed else shown

    def level(self, tree: Tree) -> int:
        if self.typed and isinstance(tree, Call):
            return ATOM  # always log(…) when typed
        return precedence(tree)

    def show(self, tree: Tree) -> str:
        match tree:
            case Number(value, typed):
                if typed:
                    return _decimal_literal(typed, value)
                whole = _signed_digits if self.typed else integer
                if value.denominator == 1:
                    return whole(value.numerator)
                return f"{whole(value.numerator)}/{whole(value.denominator)}"
            case Constant(name):
                return "pi" if self.typed and name == "pi" else ("π" if name == "pi" else name)
            case Variable(name):
                return name
            case Derivative(operand):
                if self.typed:
                    raise ValueError("a pending derivative cannot be typed")
                return f"({self.show(operand)})'"
            case Negate(operand):
                inner = self.show(operand)
                level = self.level(operand)
                return f"-({inner})" if level < PRODUCT or level == UNARY else f"-{inner}"
            case Call("exp", arg):
                return f"e^{self.exponent(arg)}"
            case Call("sqrt", arg):
                if self.typed:
                    return f"sqrt({self.show(arg)})"
                return f"√{self.show(arg)}" if _bare_argument(arg) else f"√({self.show(arg)})"
            case Call(_, arg):
                if not self.typed and _bare_argument(arg):
                    return f"log {self.show(arg)}"
                return f"log({self.show(arg)})"
            case Log(base, arg):
                if self.typed:  # read back by parse(…, bases=True): a practice answer
                    plain = isinstance(base, Constant) or (
                        isinstance(base, Number) and base.value.denominator == 1 and base.value > 0
                    )
                    shown = self.show(base) if plain else f"({self.show(base)})"
                    return f"log_{shown}({self.show(arg)})"
                head = f"log_{self.wrap(base, ATOM)}"
                return (
                    f"{head} {self.show(arg)}"
                    if _bare_argument(arg)
                    else f"{head}({self.show(arg)})"
                )
            case Binary("+" | "-" as op, left, right):
                right_text = self.show(right)
                if self.level(right) <= SUM or self.level(right) == UNARY:
                    right_text = f"({right_text})"
                joiner = op if self.typed else f" {op} "  # typed: one word on a command line
                return f"{self.wrap(left, SUM)}{joiner}{right_text}"
            case Binary("*", left, right):
                return self.product(left, right)
            case Binary("/", left, right):
                left_text = self.show(left)
                if self.level(left) < PRODUCT or _is_fraction(left) or self.ends_with_call(left):
                    left_text = f"({left_text})"
                right_text = self.show(right)
                if self.level(right) < ATOM and not _bare_power(right, self):
                    right_text = f"({right_text})"
                return f"{left_text}/{right_text}"
            case Binary("^", base, exponent):
                base_text = self.show(base)
                if self.level(base) < ATOM or isinstance(base, Call | Derivative | Log):
                    base_text = f"({base_text})"
                return f"{base_text}^{self.exponent(exponent)}"
        raise AssertionError(f"unknown node {tree!r}")

    def ends_with_call(self, tree: Tree) -> bool:
        return not self.typed and _ends_with_call(tree)

    def exponent(self, tree: Tree) -> str:
        shown = self.show(tree)
        bare = self.level(tree) == ATOM and not isinstance(tree, Derivative)
        return shown if bare or _integer_tower(tree) else f"({shown})"

    def product(self, left: Tree, right: Tree) -> str:
        left_text = self.show(left)
        grouped = self.level(left) < PRODUCT or _is_fraction(left) or self.ends_with_call(left)
        if grouped:
            left_text = f"({left_text})"
        right_text = self.show(right)
        if self.level(right) <= UNARY:
            right_text = f"({right_text})"
        if self.typed:
            return f"{left_text}*{right_text}"
        whole = isinstance(left, Number) and (left.value.denominator == 1 or bool(left.typed))
        closed = _ends_with_group(left)
        starts_word = right_text[0].isalpha() or right_text[0] in "(√π"
        juxtaposed = starts_word and not _is_fraction(right) and (whole or grouped or closed)
        juxtaposed = juxtaposed and not isinstance(right, Number)
        if self.level(right) == SUM or juxtaposed:
            space = " " if self.level(right) == CALL else ""
            return f"{left_text}{space}{right_text}"
        if self.level(right) == CALL:
            return f"{left_text} {right_text}"  # 2^x log 2, x log x
        return f"{left_text}{self.times}{right_text}"


_TEXT = _Text(typed=False)
_TYPED = _Text(typed=True)


def text(tree: Tree) -> str:
    """Textbook plain text: ``(1/2)^x``, ``log 2``, ``(log 2)^2``, ``(x + 1)e^x``, ``√2``."""
    return _TEXT.show(tree)


def typed(tree: Tree) -> str:
    """What a learner types to get ``tree`` back from the parser: ``2^x*log(2)``, ``(1/2)^x``."""
    return _TYPED.show(tree)


# --- LaTeX ----------------------------------------------------------------------------------


def _latex_integer(n: int) -> str:
    return integer(n).replace("…", r"\ldots ")


class _Latex:
    """mathtext LaTeX: ``\\dfrac``, ``\\sqrt``, ``\\log``, ``e^{…}``, ``\\left(…\\right)``."""

    def wrap(self, tree: Tree, needed: int, exponent: bool = False) -> str:
        shown = self.show(tree, exponent)
        return rf"\left({shown}\right)" if precedence(tree, latex=True) < needed else shown

    def show(self, tree: Tree, exponent: bool = False) -> str:
        match tree:
            case Number(value, typed):
                if typed:
                    return _decimal_literal(typed, value)
                if value.denominator == 1:
                    return _latex_integer(value.numerator)
                sign = "-" if value < 0 else ""
                top = _latex_integer(abs(value.numerator))
                bottom = _latex_integer(value.denominator)
                if exponent:
                    return f"{sign}{top}/{bottom}"
                return rf"{sign}\dfrac{{{top}}}{{{bottom}}}"
            case Constant("pi"):
                return r"\pi"
            case Constant(name) | Variable(name):
                return name
            case Derivative(operand):
                return rf"\left({self.show(operand, exponent)}\right)'"
            case Negate(operand):
                level = precedence(operand, latex=True)
                inner = self.show(operand, exponent)
                wrapped = level < PRODUCT or level == UNARY
                return rf"-\left({inner}\right)" if wrapped else f"-{inner}"
            case Call("exp", arg):
                return f"e^{{{self.show(arg, True)}}}"
            case Call("sqrt", arg):
                return rf"\sqrt{{{self.show(arg, exponent)}}}"
            case Call(_, arg):
                if _bare_argument(arg):
                    return rf"\log {self.show(arg, exponent)}"
                return rf"\log\left({self.show(arg, exponent)}\right)"
            case Log(base, arg):
                head = rf"\log_{{{self.show(base, True)}}}"
                if _bare_argument(arg):
                    return rf"{head} {self.show(arg, exponent)}"
                return rf"{head}\left({self.show(arg, exponent)}\right)"
            case Binary("+" | "-" as op, left, right):
                right_tex = self.show(right, exponent)
                level = precedence(right, latex=True)
                if level <= SUM or level == UNARY:
                    right_tex = rf"\left({right_tex}\right)"
                return f"{self.wrap(left, SUM, exponent)} {op} {right_tex}"
            case Binary("*", left, right):
                return self.product(left, right, exponent)
            case Binary("/", left, right):
                if exponent:
                    return f"{self.wrap(left, PRODUCT, True)}/{self.wrap(right, ATOM, True)}"
                return rf"\dfrac{{{self.show(left)}}}{{{self.show(right)}}}"
            case Binary("^", base, power):
                base_tex = self.show(base, exponent)
                if (
                    precedence(base, latex=True) < ATOM
                    or isinstance(base, Call | Derivative | Log)
                    or _is_fraction(base)
                ):
                    base_tex = rf"\left({base_tex}\right)"
                return f"{base_tex}^{{{self.show(power, True)}}}"
        raise AssertionError(f"unknown node {tree!r}")

    def product(self, left: Tree, right: Tree, exponent: bool) -> str:
        left_tex = self.show(left, exponent)
        grouped = precedence(left, latex=True) < PRODUCT or _ends_with_call(left, latex=True)
        if grouped:
            left_tex = rf"\left({left_tex}\right)"
        right_tex = self.show(right, exponent)
        if precedence(right, latex=True) <= UNARY:
            right_tex = rf"\left({right_tex}\right)"
        closed = _ends_with_group(left)
        if right_tex[0].isdigit() or right_tex.startswith(("-", r"\dfrac", r"\left(\dfrac")):
            joiner = r" \cdot "
        elif closed or precedence(right, latex=True) == SUM:
            joiner = ""
        elif precedence(right, latex=True) == CALL or isinstance(left, Number) or grouped:
            joiner = " " if not grouped else ""
        else:
            joiner = r"\,"
        return left_tex + joiner + right_tex


_LATEX = _Latex()


def latex(tree: Tree) -> str:
    """LaTeX built from the tree (never from a learner's string).

    ``(1/2)^x`` is ``\\left(\\dfrac{1}{2}\\right)^{x}``."""
    return _LATEX.show(tree)


def power_base(tree: Tree) -> tuple[str, str]:
    """``tree`` written as the base of a power (text, LaTeX), in parentheses where needed:
    ``2``, ``(1/2)``, ``(-2)``, ``(2^3)``, ``(log 2)``."""
    wrapped = (
        precedence(tree) < ATOM or isinstance(tree, Call | Derivative | Log) or _is_fraction(tree)
    )
    shown_text, shown_latex = text(tree), latex(tree)
    if wrapped:
        return f"({shown_text})", rf"\left({shown_latex}\right)"
    return shown_text, shown_latex


# --- repeated products, chains and lines ---------------------------------------------------


def times(factors: Iterable[Tree], more: bool = False) -> tuple[str, str]:
    """Factors written out as ``2 × 2 × 2`` (text, LaTeX), each in parentheses where needed
    (``(-2) × (-2)``, ``(1/2) × (1/2)``); ``more`` ends with ``× …``."""
    shown_text, shown_latex = [], []
    for factor in factors:
        shown_text.append(
            _TEXT.wrap(factor, CALL + 1) if not _is_fraction(factor) else f"({text(factor)})"
        )
        shown_latex.append(_LATEX.wrap(factor, CALL + 1))
    if more:
        shown_text.append("…")
        shown_latex.append(r"\cdots")
    return " × ".join(shown_text), r" \times ".join(shown_latex)


# --- chains and lines -----------------------------------------------------------------------


def equation(forms: Iterable[str]) -> str:
    """Forms joined by `` = ``, each form equal to the one before it left out; a form that
    starts with ``≈`` (or ``\\approx``) is joined by a space."""
    kept: list[str] = []
    for form in forms:
        if not kept or _normal(form) != _normal(kept[-1]):
            kept.append(form)
    out = kept[0] if kept else ""
    for form in kept[1:]:
        out += " " + form if form.startswith(("≈", r"\approx")) else " = " + form
    return out


def _normal(form: str) -> str:
    return re.sub(r"\s+", "", form)


def line(slope: Tree, intercept: Tree) -> tuple[str, str]:
    """``y = mx + b`` as (text, LaTeX): ``y = (log 2)x + 1``, ``y = 3x - 2``, ``y = -x``."""
    zero = Number(Fraction(0))
    parts_text: list[str] = []
    parts_latex: list[str] = []
    if slope != zero:
        slope_sign, slope = _sign(slope)
        if slope == Number(Fraction(1)):
            coefficient_text, coefficient_latex = "", ""
        elif isinstance(slope, Number) and (slope.value.denominator == 1 or slope.typed):
            coefficient_text, coefficient_latex = text(slope), latex(slope)
        else:
            coefficient_text = f"({text(slope)})"
            coefficient_latex = rf"\left({latex(slope)}\right)"
        parts_text.append(("-" if slope_sign < 0 else "") + coefficient_text + "x")
        parts_latex.append(("-" if slope_sign < 0 else "") + coefficient_latex + "x")
    if intercept != zero or not parts_text:
        intercept_sign, magnitude = _sign(intercept)
        if parts_text:
            if intercept_sign < 0:
                parts_text.append("- " + _TEXT.wrap(magnitude, SUM + 1))
                parts_latex.append("- " + _LATEX.wrap(magnitude, SUM + 1))
            else:
                parts_text.append("+ " + text(magnitude))
                parts_latex.append("+ " + latex(magnitude))
        else:
            parts_text.append(text(intercept))
            parts_latex.append(latex(intercept))
    return "y = " + " ".join(parts_text), "y = " + " ".join(parts_latex)


def _sign(tree: Tree) -> tuple[int, Tree]:
    """(−1, |tree|) for a negated tree or a negative number, else (1, tree)."""
    match tree:
        case Negate(operand):
            return -1, operand
        case Number(value, typed) if value < 0:
            return -1, Number(-value, typed.lstrip("-"))
    return 1, tree
