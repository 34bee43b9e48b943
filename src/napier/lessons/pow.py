"""/pow base exponent — a power, computed exactly and explained step by step."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import mpmath
import sympy

from napier import render
from napier.commands.pow import EXAMPLE, PowRequest
from napier.errors import UserError
from napier.exact import MAX_DIGITS, TooLarge, estimated_digits, evaluate_or_too_large
from napier.format import (
    decimal,
    decimal_latex,
    digits,
    latex,
    number,
    plain,
    short_int,
)
from napier.i18n import t
from napier.magnitude import (
    TRAILING,
    Size,
    Tower,
    Undecided,
    digits_of,
    size_of_power,
    tower_mod,
)
from napier.parser import Binary, Negate, Node, Number
from napier.printer import node_latex, node_text
from napier.reply import TEXT as TEXT_FILE
from napier.reply import Action, Attachment, Field, Reply

log = logging.getLogger(__name__)

TOWER_EXAMPLE = "/pow 9 9^9^9"
MAX_WRITTEN_OUT = 10  # exponents up to this are written as repeated multiplication
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# --- the answer -----------------------------------------------------------------------------


@dataclass
class _Lesson:
    """What an answer is assembled from."""

    locale: str
    expr: str
    title: str = ""
    intro: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    formula: list[str] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    files: list[Attachment] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    value: sympy.Expr | None = None  # the exact result, once known

    def say(self, key: str, **params: object) -> None:
        self.intro.append(t(key, self.locale, **params))

    def law(self, law_id: str) -> str:
        if not any(a.args == (("id", law_id),) for a in self.actions):
            self.actions.append(
                Action(t("pow.action.law", self.locale, id=law_id), "law", (("id", law_id),))
            )
        return t("pow.law", self.locale, id=law_id)

    def reply(self) -> Reply:
        alt = t("pow.alt", self.locale, formula=self.expr if not self.steps else self.steps[-1])
        # ^3 rather than ^{3}: the same LaTeX, and a fifth less work for the mathtext parser.
        formula = [re.sub(r"\^\{(\w)\}", r"^\1", line) for line in self.formula]
        image = render.formula(formula, "pow.png", alt) if formula else None
        return Reply(
            title=self.title or self.expr,
            text="\n".join(self.intro),
            steps=tuple(self.steps),
            latex="\n".join(formula),
            fields=tuple(self.fields),
            attachments=((image,) if image else ()) + tuple(self.files),
            actions=tuple(self.actions[:4]),
        )


def _power_text(base: str, exponent: str) -> str:
    return f"{base}^{exponent}"


def _paren(text: str) -> str:
    return f"({text})" if any(c in text for c in "-/ ·√^") else text


def _paren_latex(text: str) -> str:
    """Parentheses around a base unless it is a plain number or a single constant."""
    if re.fullmatch(r"\d+|\\pi|e", text):
        return text
    return rf"\left({text}\right)" if "frac" in text else f"({text})"


def answer(request: PowRequest, locale: str) -> Reply:
    """Compute base^exponent exactly (or its size, when too large) and explain it."""
    base_text, exponent_text = node_text(request.base), node_text(request.exponent)
    expr = _power_text(_paren(base_text), _paren(exponent_text))
    lesson = _Lesson(locale, expr)
    lesson.fields += [
        Field(t("pow.field.base", locale), base_text),
        Field(t("pow.field.exponent", locale), exponent_text),
    ]
    try:
        base = evaluate_or_too_large(request.base, example=EXAMPLE)
    except TooLarge:
        raise UserError("pow.base_too_large", limit=f"{MAX_DIGITS:,}") from None
    try:
        exponent = evaluate_or_too_large(request.exponent, example=EXAMPLE)
    except TooLarge:
        tower, negative = _tower(request.exponent)
        _huge(lesson, request, base, tower, negative)
        exponent = None
    else:
        _exact(lesson, request, base, exponent)
    if request.negated:
        _negated(lesson, base, exponent, _tower_latex(request.exponent))
    return lesson.reply()


def _negated(lesson: _Lesson, base: sympy.Expr, exponent: sympy.Expr | None, e_latex: str) -> None:
    """``-2^2`` is −(2^2) = −4: the power binds tighter than the minus sign. Say so, finish the
    answer with the minus sign, and set it beside (−2)^2."""
    locale = lesson.locale
    power = lesson.expr
    typed = f"-{power}"
    other = _power_text(_paren(plain(-base)), _paren(lesson.fields[1].value))
    lesson.intro.insert(
        0, t("pow.negated.intro", locale, typed=typed, power=power, base=plain(base), other=other)
    )
    lesson.title = typed
    value = lesson.value
    if value is not None:
        negative = -value
        shown = plain(negative)
        line = f"{typed} = -({power}) = {shown}"
        lesson.steps.append(line)
        lesson.formula.append(rf"-{_paren_latex(latex(base))}^{{{e_latex}}} = {latex(negative)}")
        for index, item in enumerate(lesson.fields):
            if item.name == t("pow.field.value", locale):
                lesson.fields[index] = Field(item.name, shown)
            elif item.name == t("pow.field.decimal", locale):
                lesson.fields[index] = Field(item.name, decimal(negative))
        if len(shown) <= 24:
            lesson.title = f"{typed} = {shown}"
        lesson.say("pow.negated.result", line=line)
    else:
        lesson.say("pow.negated.sign", typed=typed)
    other_value = _other_value(base, exponent)
    if other_value is not None:
        lesson.say("pow.negated.other", other=other, value=plain(other_value))
    lesson.actions.insert(
        0,
        Action(
            t("pow.action.next", locale, expr=other),
            "pow",
            (("base", plain(-base)), ("exponent", lesson.fields[1].value)),
        ),
    )


def _other_value(base: sympy.Expr, exponent: sympy.Expr | None) -> sympy.Expr | None:
    """(−base)^exponent when it is a real number small enough to write."""
    if exponent is None or not exponent.is_Integer:
        return None
    if estimated_digits(base, exponent) > 60:
        return None
    return sympy.Pow(-base, exponent)


def _tower(node: Node) -> tuple[Tower, bool]:
    """An astronomically large exponent as a tower of positive integers (and its sign)."""
    negative = False
    if isinstance(node, Negate):
        node, negative = node.operand, True
    levels: list[int] = []
    while True:
        try:
            value = evaluate_or_too_large(node, example=TOWER_EXAMPLE)
        except TooLarge:
            if not (isinstance(node, Binary) and node.op == "^"):
                raise UserError("pow.huge_exponent_kind") from None
            try:
                base = evaluate_or_too_large(node.left, example=TOWER_EXAMPLE)
            except TooLarge:
                raise UserError("pow.huge_exponent_kind") from None
            if not (base.is_Integer and base > 1):
                raise UserError("pow.huge_exponent_kind") from None
            levels.append(int(base))
            node = node.right
            continue
        if not (value.is_Integer and value > 0):
            raise UserError("pow.huge_exponent_kind")
        levels.append(int(value))
        return Tower(tuple(levels)), negative


# --- exact answers --------------------------------------------------------------------------


def _exact(lesson: _Lesson, request: PowRequest, base: sympy.Expr, exponent: sympy.Expr) -> None:
    if not (base.is_extended_real and exponent.is_extended_real):
        raise UserError("math.not_real", example=EXAMPLE)
    if base.is_zero:
        _zero_base(lesson, exponent)
        return
    if exponent.is_zero:
        lesson.say("pow.intro.zero", expr=lesson.expr, base=_paren(plain(base)))
        lesson.formula.append(rf"{_paren_latex(latex(base))}^{{0}} = 1")
        lesson.steps.append(f"{lesson.expr} = 1")
        lesson.law("1.3")
        _value_fields(lesson, sympy.Integer(1))
        return
    if abs(base) == 1 and exponent.is_Integer:
        _unit_base(lesson, base, int(exponent))
        return
    if estimated_digits(base, exponent) > MAX_DIGITS:
        if exponent.is_Integer:
            _huge(lesson, request, base, Tower((abs(int(exponent)),)), exponent < 0)
        else:
            _huge_size(lesson, base, exponent)
        return
    if exponent.is_Integer:
        _integer_power(lesson, base, int(exponent))
    elif exponent.is_Rational:
        _rational_power(lesson, base, exponent, _typed_fraction(request.exponent))
    else:
        _irrational_power(lesson, base, exponent)


def _zero_base(lesson: _Lesson, exponent: sympy.Expr) -> None:
    if exponent.is_zero:
        lesson.title = t("pow.title.zero_zero", lesson.locale)
        lesson.say("pow.intro.zero_zero")
        lesson.say("pow.intro.zero_zero_convention")
        lesson.formula.append(r"0^{x} = 0\ (x > 0), \qquad x^{0} = 1\ (x \neq 0)")
        lesson.fields.append(
            Field(t("pow.field.value", lesson.locale), t("pow.zero_zero.value", lesson.locale))
        )
        return
    if exponent.is_negative:
        raise UserError("pow.zero_negative", expr=lesson.expr, n=plain(-exponent))
    lesson.say("pow.intro.zero_base")
    lesson.formula.append(rf"0^{{{latex(exponent)}}} = 0")
    _value_fields(lesson, sympy.Integer(0))


def _unit_base(lesson: _Lesson, base: sympy.Expr, n: int) -> None:
    if base == 1:
        detail, value = t("pow.unit.one", lesson.locale), 1
    elif n % 2 == 0:
        detail, value = t("pow.unit.even", lesson.locale), 1
    else:
        detail, value = t("pow.unit.odd", lesson.locale), -1
    lesson.say("pow.intro.unit", base=_paren(plain(base)), detail=detail)
    lesson.formula.append(rf"{_paren_latex(latex(base))}^{{{short_int(n)}}} = {value}")
    _value_fields(lesson, sympy.Integer(value))


def _integer_power(lesson: _Lesson, base: sympy.Expr, n: int) -> None:
    locale = lesson.locale
    positive = abs(n)
    b_text, b_latex = _paren(plain(base)), _paren_latex(latex(base))
    value = sympy.Pow(base, positive)
    if n < 0:
        positive_text = _power_text(b_text, str(positive))
        lesson.say("pow.intro.negative", expr=lesson.expr, positive=positive_text)
    if positive == 1:
        lesson.say("pow.intro.one", base=b_text)
        lesson.steps.append(f"{b_text}^1 = {plain(value)}")
    elif not base.is_Rational:
        lesson.say(
            "pow.intro.irrational_base",
            expr=_power_text(b_text, str(positive)),
            base=b_text,
            n=positive,
        )
        product = " × ".join([b_text] * min(positive, MAX_WRITTEN_OUT))
        product += " × …" if positive > MAX_WRITTEN_OUT else ""
        lesson.steps.append(f"{_power_text(b_text, str(positive))} = {product} ≈ {decimal(value)}")
        product_latex = r" \times ".join([b_latex] * min(positive, MAX_WRITTEN_OUT))
        product_latex += r" \times \cdots" if positive > MAX_WRITTEN_OUT else ""
        lesson.formula.append(
            rf"{b_latex}^{{{positive}}} = {product_latex} \approx {decimal_latex(decimal(value))}"
        )
    elif positive <= MAX_WRITTEN_OUT:
        lesson.say(
            "pow.intro.repeat", expr=_power_text(b_text, str(positive)), base=b_text, n=positive
        )
        product = " × ".join([b_text] * positive)
        lesson.steps.append(f"{_power_text(b_text, str(positive))} = {product} = {plain(value)}")
        lesson.formula.append(
            rf"{b_latex}^{{{positive}}} = "
            + r" \times ".join([b_latex] * positive)
            + f" = {latex(value)}"
        )
    else:
        _squaring(lesson, base, positive)
    if n < 0:
        result = 1 / value
        lesson.steps.append(
            t(
                "pow.step.reciprocal",
                locale,
                line=f"{lesson.expr} = 1/{_power_text(b_text, str(positive))} = {plain(result)}",
                law=lesson.law("1.2"),
            )
        )
        reciprocal = rf"\dfrac{{1}}{{{b_latex}^{{{positive}}}}}"
        lesson.formula.append(rf"{b_latex}^{{-{positive}}} = {reciprocal} = {latex(result)}")
        value = result
    elif not lesson.formula:
        lesson.formula.append(rf"{b_latex}^{{{positive}}} = {latex(value)}")
    if positive < 30 and base.is_Integer and n > 0:
        lesson.actions.append(
            Action(
                t("pow.action.next", locale, expr=_power_text(b_text, str(n + 1))),
                "pow",
                (("base", plain(base)), ("exponent", str(n + 1))),
            )
        )
    _value_fields(lesson, value)


def _squaring(lesson: _Lesson, base: sympy.Expr, n: int) -> None:
    """Exponentiation by squaring, each step naming the law it uses."""
    locale = lesson.locale
    b_text = _paren(plain(base))
    bits = [1 << k for k in range(n.bit_length()) if n >> k & 1]
    lesson.say(
        "pow.intro.squaring",
        n=n,
        sum=" + ".join(str(b) for b in reversed(bits)),
        count=(n.bit_length() - 1) + (len(bits) - 1),
    )
    powers = {1: base}
    k = 1
    while 2 * k <= n:
        previous = powers[k]
        powers[2 * k] = previous * previous
        if k == 1:
            line = f"{b_text}^2 = {b_text} × {b_text} = {plain(powers[2])}"
            lesson.steps.append(line)
        else:
            line = (
                f"{b_text}^{2 * k} = ({b_text}^{k})^2 = {_paren(plain(previous))}^2"
                f" = {plain(powers[2 * k])}"
            )
            lesson.steps.append(t("pow.step.square", locale, line=line, law=lesson.law("1.4")))
        k *= 2
    value = sympy.Integer(1)
    for b in bits:
        value *= powers[b]
    terms = " × ".join(f"{b_text}^{b}" for b in reversed(bits))
    values = " × ".join(_paren(plain(powers[b])) for b in reversed(bits))
    if len(bits) > 1:
        line = f"{b_text}^{n} = {terms} = {values} = {plain(value)}"
        lesson.steps.append(t("pow.step.combine", locale, line=line, law=lesson.law("1.1")))
    b_latex = _paren_latex(latex(base))
    terms_latex = r" \times ".join(f"{b_latex}^{{{b}}}" for b in reversed(bits))
    lesson.formula.append(
        rf"{b_latex}^{{{n}}} = {terms_latex} = {latex(value)}"
        if len(bits) > 1
        else rf"{b_latex}^{{{n}}} = {latex(value)}"
    )


def _rational_power(
    lesson: _Lesson, base: sympy.Expr, exponent: sympy.Expr, typed: tuple[int, int] | None
) -> None:
    locale = lesson.locale
    p, q = int(exponent.p), int(exponent.q)
    b_text, b_latex = _paren(plain(base)), _paren_latex(latex(base))
    if base.is_negative:
        _negative_root(lesson, base, p, q, typed)
        return
    powered = b_text if abs(p) == 1 else f"{b_text}^{abs(p)}"
    lesson.say(
        "pow.intro.root",
        base=b_text,
        p=abs(p),
        q=q,
        powered=powered,
        group=_paren(powered),
        root=_root_name(q, locale),
    )
    inner = sympy.Pow(base, abs(p))
    value = sympy.Pow(base, sympy.Rational(abs(p), q))
    root_text = f"{'' if q == 2 else str(q).translate(_SUPERSCRIPT)}√{_paren(plain(inner))}"
    chain = [f"{b_text}^({abs(p)}/{q})"]
    if abs(p) != 1:
        chain.append(f"({b_text}^{abs(p)})^(1/{q})")
    chain.append(root_text)
    if plain(value) != root_text:
        chain.append(plain(value))
    lesson.steps.append(t("pow.step.root", locale, line=" = ".join(chain), law=lesson.law("1.4")))
    index = "" if q == 2 else f"[{q}]"
    root_latex = rf"\sqrt{index}{{{latex(inner)}}}"
    chain_latex = [rf"{b_latex}^{{{abs(p)}/{q}}}"]
    if abs(p) != 1:
        chain_latex.append(rf"\sqrt{index}{{{b_latex}^{{{abs(p)}}}}}")
    chain_latex.append(root_latex)
    if latex(value) != root_latex:
        chain_latex.append(latex(value))
    lesson.formula.append(" = ".join(chain_latex))
    if p < 0:
        result = 1 / value
        line = f"{lesson.expr} = 1/{b_text}^({-p}/{q}) = {plain(result)}"
        lesson.steps.append(t("pow.step.reciprocal", locale, line=line, law=lesson.law("1.2")))
        lesson.formula.append(
            rf"{b_latex}^{{-{-p}/{q}}} = \dfrac{{1}}{{{b_latex}^{{{-p}/{q}}}}} = {latex(result)}"
        )
        value = result
    _value_fields(lesson, value)


def _typed_fraction(node: Node) -> tuple[int, int] | None:
    """``(m, n)`` when the exponent was typed as a fraction of whole numbers, such as ``2/6``."""
    sign = 1
    if isinstance(node, Negate):
        node, sign = node.operand, -1
    match node:
        case Binary("/", Number(top), Number(bottom)) if (
            top.denominator == bottom.denominator == 1 and bottom
        ):
            return sign * int(top), int(bottom)
    return None


@dataclass(frozen=True)
class _Route:
    """a^(m/n) computed one way with law 1.4: the power first, (a^m)^(1/n), or the root first,
    (ⁿ√a)^m. ``value`` is None when a step leaves the real numbers."""

    m: int
    n: int
    power_first: bool
    value: sympy.Expr | None


def _route(base: sympy.Expr, m: int, n: int, power_first: bool) -> _Route:
    size = sympy.Pow(-base, sympy.Rational(abs(m), n))
    if power_first:
        negative_inside = m % 2 == 1
        if negative_inside and n % 2 == 0:
            return _Route(m, n, power_first, None)
        value = -size if negative_inside else size
    else:
        if n % 2 == 0:
            return _Route(m, n, power_first, None)
        value = -size if m % 2 else size
    return _Route(m, n, power_first, 1 / value if m < 0 else value)


def _root_text(n: int, inside: str) -> str:
    return f"{'' if n == 2 else str(n).translate(_SUPERSCRIPT)}√{inside}"


def _route_text(route: _Route, base: sympy.Expr, locale: str) -> str:
    """``(-8)^(2/6) = ((-8)^2)^(1/6) = ⁶√64 = 2`` (or where it stops being real)."""
    b = _paren(plain(base))
    m, n = route.m, route.n
    start = f"{b}^({m}/{n})"
    not_real = t("pow.negative_base.not_real", locale)
    if route.power_first:
        inner = sympy.Pow(base, m)
        steps = [start] if abs(m) == 1 else [start, f"({b}^{m})^(1/{n})"]
        root = _root_text(n, _paren(plain(inner)))
        if route.value is None:
            return " = ".join([*steps, root]) + f": {root} {not_real}"
        return " = ".join([*steps, root, plain(route.value)])
    root = _root_text(n, b)
    if route.value is None:
        return f"{start} = ({root})^{m}: {root} {not_real}"
    real_root = plain(-sympy.Pow(-base, sympy.Rational(1, n)))
    return " = ".join([start, f"({root})^{m}", f"({real_root})^{m}", plain(route.value)])


def _route_value(route: _Route, locale: str) -> str:
    if route.value is None:
        return t("pow.negative_base.no_value", locale)
    return plain(route.value)


def _negative_root(
    lesson: _Lesson, base: sympy.Expr, p: int, q: int, typed: tuple[int, int] | None
) -> None:
    """A negative base with a fractional exponent: why high-school mathematics leaves a^(m/n)
    undefined for a < 0 (one exponent, two routes through law 1.4, two answers), then the real
    root and the principal value used beyond it."""
    locale = lesson.locale
    lesson.title = t("pow.title.negative_base", locale, expr=lesson.expr)
    lesson.say("pow.negative_base.intro", base=plain(base))
    if typed is not None and (typed[0], typed[1]) != (p, q):
        lesson.say("pow.negative_base.reduce", typed=f"{typed[0]}/{typed[1]}", reduced=f"{p}/{q}")
    first = _route(base, p, q, power_first=abs(p) == 1)
    candidates = []
    if typed is not None and (typed[0], typed[1]) != (p, q):
        candidates += [_route(base, *typed, True), _route(base, *typed, False)]
    candidates += [_route(base, 2 * p, 2 * q, True), _route(base, 2 * p, 2 * q, False)]
    second = next(c for c in candidates if c.value != first.value)
    law = lesson.law("1.4")
    lesson.intro.append(f"- `{_route_text(first, base, locale)}`")
    lesson.intro.append(
        "- " + t("pow.step.root", locale, line=f"`{_route_text(second, base, locale)}`", law=law)
    )
    lesson.say(
        "pow.negative_base.disagree",
        first=f"{first.m}/{first.n}",
        second=f"{second.m}/{second.n}",
        one=_route_value(first, locale),
        other=_route_value(second, locale),
    )
    b_latex = _paren_latex(latex(base))
    for route in (first, second):
        lesson.formula.append(_route_latex(route, base, b_latex))
    # Beyond high school: the real root (odd q) and the principal value.
    size = -base
    principal = _complex_text(size, sympy.Rational(p, q))
    if q % 2:
        magnitude = sympy.Pow(size, sympy.Rational(p, q))
        real = magnitude if p % 2 == 0 else -magnitude
        lesson.say(
            "pow.negative_base.beyond_odd",
            q=q,
            base=plain(base),
            root=_root_name(q, locale),
            real=plain(real) if real.is_Rational else f"{plain(real)} ≈ {decimal(real)}",
            abs=plain(size),
            principal=principal,
        )
        lesson.fields.append(Field(t("pow.field.real_root", locale), plain(real)))
    else:
        lesson.say("pow.negative_base.beyond_even", abs=plain(size), principal=principal)
    lesson.fields.append(Field(t("pow.field.principal", locale), principal))


def _route_latex(route: _Route, base: sympy.Expr, b_latex: str) -> str:
    m, n = route.m, route.n
    index = "" if n == 2 else f"[{n}]"
    start = rf"{b_latex}^{{{m}/{n}}}"
    if route.power_first:
        inner = rf"{b_latex}^{{{m}}}" if abs(m) != 1 else b_latex
        line = rf"{start} = \sqrt{index}{{{inner}}}"
        if abs(m) != 1:
            line += rf" = \sqrt{index}{{{latex(sympy.Pow(base, m))}}}"
    else:
        line = rf"{start} = \left(\sqrt{index}{{{b_latex}}}\right)^{{{m}}}"
    if route.value is None:
        return line + r" \notin \mathbb{R}"
    return line + f" = {latex(route.value)}"


def _root_name(q: int, locale: str) -> str:
    """'square root', 'cube root', '5th root' (平方根, 立方根, 5 乗根)."""
    if q in (2, 3):
        return t(f"pow.root.{q}", locale)
    return t("pow.root.n", locale, q=q, suffix=_ordinal_suffix(q))


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _complex_parts(size: sympy.Expr, exponent: sympy.Expr) -> tuple[str, str]:
    with mpmath.workdps(30):
        magnitude = mpmath.mpmathify(sympy.N(size, 30)) ** mpmath.mpmathify(sympy.N(exponent, 30))
        angle = mpmath.pi * mpmath.mpmathify(sympy.N(exponent, 30))
        real, imag = magnitude * mpmath.cos(angle), magnitude * mpmath.sin(angle)
        tiny = magnitude * mpmath.mpf(10) ** -25
        real = real if abs(real) > tiny else mpmath.mpf(0)
        imag = imag if abs(imag) > tiny else mpmath.mpf(0)
        return number(real), number(imag)


def _complex_text(size: sympy.Expr, exponent: sympy.Expr) -> str:
    real, imag = _complex_parts(size, exponent)
    sign = "-" if imag.startswith("-") else "+"
    return f"{real} {sign} {imag.lstrip('-')}i"


def _complex_latex(size: sympy.Expr, exponent: sympy.Expr) -> str:
    real, imag = _complex_parts(size, exponent)
    sign = "-" if imag.startswith("-") else "+"
    return f"{decimal_latex(real)} {sign} {decimal_latex(imag.lstrip('-'))}\\,i"


def _irrational_power(lesson: _Lesson, base: sympy.Expr, exponent: sympy.Expr) -> None:
    locale = lesson.locale
    b_text, e_text = _paren(plain(base)), _paren(plain(exponent))
    if base.is_negative:
        principal = _complex_text(-base, exponent)
        lesson.say("pow.intro.negative_irrational", principal=principal, abs=plain(-base))
        lesson.fields.append(Field(t("pow.field.principal", locale), principal))
        lesson.formula.append(
            rf"{_paren_latex(latex(base))}^{{{latex(exponent)}}} \approx "
            + _complex_latex(-base, exponent)
        )
        return
    value = sympy.Pow(base, exponent)
    lesson.say("pow.intro.irrational", expr=lesson.expr, exponent=e_text, base=b_text)
    b_latex = _paren_latex(latex(base))
    lesson.formula.append(
        rf"{b_latex}^{{{latex(exponent)}}} = e^{{{latex(exponent)} \ln {b_latex}}}"
        rf" \approx {decimal_latex(decimal(value))}"
        if base != sympy.E
        else rf"e^{{{latex(exponent)}}} \approx {decimal_latex(decimal(value))}"
    )
    _value_fields(lesson, value)


def _value_fields(lesson: _Lesson, value: sympy.Expr) -> None:
    """The result as text, fields, and a file of all digits when it is long."""
    locale = lesson.locale
    lesson.value = value
    lesson.fields.append(Field(t("pow.field.value", locale), plain(value)))
    if value.is_Integer:
        count = digits_of(abs(int(value))) if value else 1
        lesson.title = f"{lesson.expr} = {plain(value)}" if count <= 20 else lesson.expr
        if count > 20:
            lesson.fields.append(Field(t("pow.field.digits", locale), f"{count:,}"))
        if count > 60:
            lesson.say("pow.result.long", digits=f"{count:,}")
            text = ("-" if value < 0 else "") + digits(int(value))
            lesson.files.append(
                Attachment(
                    "pow-digits.txt",
                    (text + "\n").encode(),
                    t("pow.file.alt", locale, expr=lesson.expr, digits=f"{count:,}"),
                    TEXT_FILE,
                )
            )
        return
    lesson.say("pow.result.exact", value=plain(value))
    approx = decimal(value)
    lesson.say("pow.result.decimal", value=approx)
    lesson.fields.append(Field(t("pow.field.decimal", locale), approx))
    exact = plain(value)
    short = len(exact) <= 24 and exact != lesson.expr
    lesson.title = f"{lesson.expr} = {exact}" if short else f"{lesson.expr} ≈ {approx}"


# --- astronomically large answers -------------------------------------------------------------

COUNT_SHOWN = 120  # a digit count longer than this is described by its own size, and attached
MAX_LATEX_LEVELS = 6  # exponent levels drawn in full; taller towers are drawn with dots
MAX_SCIENTIFIC_DIGITS = 30  # m × 10^k in the formula image while k has at most this many digits


def _huge(
    lesson: _Lesson,
    request: PowRequest,
    base: sympy.Expr,
    tower: Tower,
    negative: bool,
) -> None:
    """base^(±tower) when the result is far beyond what can be written out."""
    locale = lesson.locale
    b_text = _paren(plain(base))
    if base.is_zero:
        if negative:
            raise UserError("pow.zero_negative", expr=lesson.expr, n="…")
        _zero_base(lesson, sympy.Integer(1))
        return
    if abs(base) == 1:
        _unit_base(lesson, base, 0 if tower.is_even else 1)
        return
    if not base.is_extended_real:
        raise UserError("math.not_real", example=EXAMPLE)
    if negative:
        positive = _power_text(b_text, _paren(node_text(_positive(request.exponent))))
        lesson.say("pow.huge.reciprocal", expr=lesson.expr, positive=positive)
        lesson.law("1.2")
        base = 1 / base
    size = _size(base, tower)
    _describe_size(lesson, base, size)
    if base.is_negative:
        parity = "pow.parity.even" if tower.is_even else "pow.parity.odd"
        lesson.say("pow.huge.sign", parity=t(parity, locale), sign="+" if tower.is_even else "−")
    if base.is_Integer and abs(base) > 1:  # an integer: its last digits are defined
        last = tower_mod((abs(int(base)), *tower.levels), 10**TRAILING)
        trailing = str(last).zfill(TRAILING)
        lesson.say("pow.huge.trailing", trailing=trailing)
        lesson.fields.append(Field(t("pow.field.trailing", locale), f"…{trailing}"))
    e_latex = _tower_latex(request.exponent)
    b_latex = _paren_latex(_tower_latex(request.base))
    if _scientific_fits(size):
        mantissa, power10 = _scientific(size)
        sign = "-" if base.is_negative and not tower.is_even else ""
        lesson.formula.append(
            rf"{b_latex}^{{{e_latex}}} \approx {sign}{mantissa} \times 10^{{{power10}}}"
        )
    else:
        lesson.formula.append(rf"{b_latex}^{{{e_latex}}}")


def _tower_latex(node: Node) -> str:
    """A base or exponent as LaTeX; a tall tower keeps its first levels and its top, with dots
    between (mathtext cannot nest thirty exponents)."""
    negative = isinstance(node, Negate)
    levels, top = [], _positive(node)
    while isinstance(top, Binary) and top.op == "^":
        levels.append(top.left)
        top = top.right
    if len(levels) < MAX_LATEX_LEVELS:
        return node_latex(node)
    shown = rf"\cdot^{{\cdot^{{\cdot^{{{node_latex(top)}}}}}}}"
    for level in reversed(levels[:3]):
        shown = f"{_paren_latex(node_latex(level))}^{{{shown}}}"
    return ("-" if negative else "") + shown


def _size(base: sympy.Expr, exponent: sympy.Expr | Tower) -> Size:
    try:
        return size_of_power(base, exponent)
    except Undecided:
        log.warning("size of %s^%s left undecided", base, exponent)
        raise UserError("pow.undecided", example="/pow 2 2^64") from None


def _positive(node: Node) -> Node:
    return node.operand if isinstance(node, Negate) else node


def _scientific_fits(size: Size) -> bool:
    """Whether m × 10^k fits one line of the formula image (k of at most 30 digits)."""
    return size.level == 1 and digits_of(abs(size.floor) or 1) <= MAX_SCIENTIFIC_DIGITS


def _scientific(size: Size) -> tuple[str, str]:
    """The mantissa and the power of ten (LaTeX thousands separators) of a level-1 size."""
    lead = size.leading
    return f"{lead[0]}.{lead[1:]}", f"{size.floor:,}".replace(",", "{,}")


def _describe_size(lesson: _Lesson, base: sympy.Expr, size: Size) -> None:
    locale = lesson.locale
    lesson.title = lesson.expr
    if size.level == 1 and not size.tiny:
        lesson.say("pow.huge.intro", expr=lesson.expr, base=_paren(plain(abs(base))))
        count = size.count
        if digits_of(count) <= COUNT_SHOWN:
            lesson.say("pow.huge.digits", expr=lesson.expr, digits=f"{count:,}")
            lesson.fields.append(Field(t("pow.field.digits", locale), f"{count:,}"))
        else:
            _long_count(lesson, size, "pow.huge.long_count")
        lesson.say("pow.huge.leading", leading=size.leading)
        lesson.fields.append(Field(t("pow.field.leading", locale), f"{size.leading}…"))
    elif size.level == 1:
        if digits_of(size.zeros) <= COUNT_SHOWN:
            mantissa, _ = _scientific(size)
            lesson.say(
                "pow.huge.tiny",
                expr=lesson.expr,
                zeros=f"{size.zeros:,}",
                leading=size.leading,
                value=f"{mantissa} × 10^{size.floor}",
            )
        else:
            _long_count(lesson, size, "pow.huge.long_zeros")
            lesson.say("pow.huge.tiny_leading", leading=size.leading)
    else:
        _describe_level(lesson, size)


def _describe_level(lesson: _Lesson, size: Size) -> None:
    """A size at level ≥ 2: the count of the level below has ``size.count`` digits."""
    params = {
        "expr": lesson.expr,
        "count": f"{size.count:,}",
        "leading": size.leading,
        "times": size.level - 1,
    }
    kind = "tiny_level" if size.tiny else "level"
    key = f"pow.huge.{kind}{size.level}" if size.level <= 3 else f"pow.huge.{kind}_n"
    lesson.say(key, **params)
    if not size.tiny and size.level == 2:
        lesson.fields.append(Field(t("pow.field.digits", lesson.locale), f"10^{size.count - 1:,}+"))


def _long_count(lesson: _Lesson, size: Size, key: str) -> None:
    """A level-1 count too long to print: its own size, and all its digits in a file."""
    count = size.zeros if size.tiny else size.count
    lifted = size.lifted()
    lesson.say(key, expr=lesson.expr, count=f"{lifted.count:,}", leading=lifted.leading)
    if not size.tiny:
        shown = t("pow.field.long_count", lesson.locale, leading=lifted.leading, count=lifted.count)
        lesson.fields.append(Field(t("pow.field.digits", lesson.locale), shown))
    lesson.files.append(
        Attachment(
            "pow-digit-count.txt",
            (digits(count) + "\n").encode(),
            t("pow.file.count_alt", lesson.locale, expr=lesson.expr, digits=f"{lifted.count:,}"),
            TEXT_FILE,
        )
    )


def _huge_size(lesson: _Lesson, base: sympy.Expr, exponent: sympy.Expr) -> None:
    """A non-integer exponent with a result too large to write: only its size."""
    if base.is_negative:
        raise UserError("math.not_real", example=EXAMPLE)
    size = _size(base, exponent)
    _describe_size(lesson, base, size)
    power = rf"{_paren_latex(latex(base))}^{{{latex(exponent)}}}"
    if _scientific_fits(size):
        mantissa, power10 = _scientific(size)
        lesson.formula.append(rf"{power} \approx {mantissa} \times 10^{{{power10}}}")
    else:
        lesson.formula.append(power)
