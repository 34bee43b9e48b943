"""One value formatter: exact values through the one printer, approximations without e-notation.

- ``tree(value)``: an exact sympy value as a printer tree (then ``napier.printer`` prints it,
  with the same parentheses as every other formula): ``exact(value)`` and ``exact_latex(value)``
  do both in one call; ``decimals=True`` writes a terminating decimal as a decimal
  (``2.5937424601``), as when the learner typed decimals;
- ``decimal(value, digits)``: an approximation to ``digits`` significant digits, plain from
  10^-5 up to 10^15 and as ``m × 10^k`` beyond — never ``1e+30``; ``decimal_latex`` is the
  same in LaTeX, ``scientific`` gives the mantissa and exponent;
- ``amount(value, locale)``: money (``162,889 円`` in Japanese, ``162,889.46`` in English);
  ``count(value)``: a count of things, whole with separators when it is whole.

Values are sympy expressions, mpmath numbers, Fractions, ints or floats.
"""

from __future__ import annotations

from fractions import Fraction

import mpmath
import sympy

from napier.parser import Binary, Call, Constant, Negate, Node, Number
from napier.printer import (
    MAX_SHOWN_DIGITS,
    decimal_number,
    decimal_places,
    digits,
    integer,
    latex,
    layout,
    text,
)

__all__ = [
    "amount",
    "count",
    "decimal",
    "decimal_latex",
    "digits",
    "exact",
    "exact_latex",
    "has_long_number",
    "integer",
    "is_decimal",
    "powers_of_ten",
    "scientific",
    "tree",
]

DECIMAL_DIGITS = 15

Value = sympy.Expr | mpmath.mpf | Fraction | int | float


# --- exact values -------------------------------------------------------------------------


def is_decimal(value: sympy.Expr | Fraction) -> bool:
    """Whether ``value`` is a rational whose decimal ends within 30 places."""
    rational = _rational(value)
    return rational is not None and decimal_places(rational) is not None


def _rational(value: sympy.Expr | Fraction) -> Fraction | None:
    if isinstance(value, Fraction):
        return value
    if isinstance(value, sympy.Rational):
        return Fraction(int(value.p), int(value.q))
    return None


def _number(value: Fraction, decimals: bool) -> Number:
    return decimal_number(value) if decimals else Number(value)


def sympy_value(value: sympy.Expr | int | Fraction) -> sympy.Expr:
    """Our own exact value (a sympy expression, an int or a Fraction) as sympy — never text."""
    if isinstance(value, sympy.Basic):
        return value
    if isinstance(value, bool) or not isinstance(value, int | Fraction):
        raise TypeError(f"an exact value, not {type(value).__name__}")
    return sympy.Rational(value.numerator, value.denominator)


def tree(value: sympy.Expr, *, decimals: bool = False) -> Node:
    """An exact real value as a printer tree: 2^(1/3), √2/2, e^2, 8 log 2, 1 - √2 …

    ``decimals`` writes a rational value whose decimal ends as a decimal (``2.5937424601``).
    """
    value = sympy_value(value)
    if value.is_Rational:
        return _number(Fraction(int(value.p), int(value.q)), decimals)
    if value is sympy.E:
        return Constant("e")
    if value is sympy.pi:
        return Constant("pi")
    if isinstance(value, sympy.log):
        return Call("ln", tree(value.args[0], decimals=decimals))
    if isinstance(value, sympy.exp):
        power = value.args[0]
        if power.could_extract_minus_sign():  # e^(-1) is 1/e
            return Binary("/", Number(Fraction(1)), tree(sympy.exp(-power), decimals=decimals))
        return Binary("^", Constant("e"), tree(power, decimals=decimals))
    if value.is_Pow:
        base, exponent = value.args
        if exponent == sympy.Rational(1, 2):
            return Call("sqrt", tree(base, decimals=decimals))
        if exponent.is_negative:
            reciprocal = sympy.Pow(base, -exponent)
            return Binary("/", Number(Fraction(1)), tree(reciprocal, decimals=decimals))
        return Binary("^", tree(base, decimals=decimals), tree(exponent, decimals=decimals))
    if value.is_Mul:
        return _product(value, decimals)
    if value.is_Add:
        return _sum(value, decimals)
    raise ValueError(f"no notation for {sympy.srepr(value)[:80]}")


def _product(value: sympy.Mul, decimals: bool) -> Node:
    coefficient, rest = value.as_coeff_Mul()
    top: list[Node] = []
    bottom: list[Node] = []
    for factor in sympy.Mul.make_args(rest):
        base, exponent = factor.as_base_exp()
        if exponent.is_negative and exponent.is_Rational:
            bottom.append(tree(sympy.Pow(base, -exponent), decimals=decimals))
        else:
            top.append(tree(factor, decimals=decimals))
    fraction = Fraction(int(sympy.Rational(coefficient).p), int(sympy.Rational(coefficient).q))
    negative = fraction < 0
    fraction = abs(fraction)
    if fraction.numerator != 1 or not top:
        top.insert(0, Number(Fraction(fraction.numerator)))
    if fraction.denominator != 1:
        bottom.insert(0, Number(Fraction(fraction.denominator)))
    node = _chain("*", top)
    if bottom:
        node = Binary("/", node, _chain("*", bottom))
    return Negate(node) if negative else node


def _sum(value: sympy.Add, decimals: bool) -> Node:
    terms = value.as_ordered_terms()
    node: Node | None = None
    for term in terms:
        negative = term.could_extract_minus_sign()
        shown = tree(-term if negative else term, decimals=decimals)
        if node is None:
            node = Negate(shown) if negative else shown
        else:
            node = Binary("-" if negative else "+", node, shown)
    assert node is not None
    return node


def _chain(op: str, nodes: list[Node]) -> Node:
    node = nodes[0]
    for other in nodes[1:]:
        node = Binary(op, node, other)
    return node


def exact(value: sympy.Expr, *, decimals: bool = False) -> str:
    """An exact value as text: ``2^(1/3)``, ``√2``, ``e^2``, ``8 log 2``, ``-1/8``; a form
    holding a number too long to read (16^3600·π^3600) is given as ``≈`` its decimal."""
    if has_long_number(value):
        return "≈ " + decimal(value)
    return text(tree(value, decimals=decimals))


def exact_latex(value: sympy.Expr, *, decimals: bool = False) -> str:
    """An exact value as LaTeX (``\\approx`` its decimal when it holds a very long number)."""
    if has_long_number(value):
        return r"\approx " + decimal_latex(value)
    return latex(tree(value, decimals=decimals))


def has_long_number(value: sympy.Expr) -> bool:
    """Whether an irrational exact form holds a number too long to show (sympy writes
    16^3600·π^3600 as a 4,335-digit integer times π^3600); rationals are shown as
    first…last digits instead."""
    value = sympy_value(value)
    if value.is_Rational:
        return False
    return any(
        max(abs(int(atom.p)), int(atom.q)).bit_length() > MAX_SHOWN_DIGITS * 3.33
        for atom in value.atoms(sympy.Rational)
    )


# --- approximations -----------------------------------------------------------------------


def _mpf(value: Value, digits_wanted: int) -> mpmath.mpf:
    if isinstance(value, mpmath.mpf):
        return value
    if isinstance(value, Fraction):
        return mpmath.mpf(value.numerator) / value.denominator
    if isinstance(value, int | float):
        return mpmath.mpf(value)
    return mpmath.mpf(sympy.N(value, digits_wanted + 10))


def scientific(
    value: Value, significant: int = DECIMAL_DIGITS, *, strip: bool = True
) -> tuple[str, int]:
    """``value`` rounded to ``significant`` digits as (mantissa, power of ten):
    8.786684395e29 → (``"8.786684395"``, 29). Trailing zeros are dropped when the value is
    that shorter decimal (2.5, 102 — not 2.50000000000000), kept when they are true digits
    (√2 ≈ 1.41421356237310); ``strip=False`` keeps them all (a table whose rows line up)."""
    with mpmath.workdps(significant + 15):
        number = _mpf(value, significant)
        if not number:
            return "0", 0
        shown = mpmath.libmp.to_str(
            number._mpf_, significant, min_fixed=mpmath.inf, max_fixed=-mpmath.inf
        )
        mantissa, _, power_text = shown.partition("e")
        power = int(power_text or 0)
        figures = mantissa.lstrip("-").replace(".", "")
        figures += "0" * (significant - len(figures))
        short = figures.rstrip("0") or "0"
        if strip and short != figures:
            shorter = mpmath.mpf(int(short)) * mpmath.mpf(10) ** (power - len(short) + 1)
            relative = mpmath.mpf(10) ** -(significant + 3)
            if isinstance(value, float):  # a float is only good to about 16 digits
                relative = max(relative, mpmath.mpf(2) ** -50)
            tolerance = abs(number) * relative
            if abs(abs(number) - shorter) <= tolerance:
                figures = short
    sign = "-" if mantissa.startswith("-") else ""
    mantissa = sign + figures[0] + ("." + figures[1:] if len(figures) > 1 else "")
    return mantissa, power


def decimal(value: Value, significant: int = DECIMAL_DIGITS, *, strip: bool = True) -> str:
    """An approximation to ``significant`` digits: ``2.5937424601``, ``0.000123``,
    ``8.786684395 × 10^29`` — plain from 10^-5 to 10^15, never e-notation."""
    return layout(*scientific(value, significant, strip=strip))


def powers_of_ten(value: Value, significant: int = 3) -> str:
    """Always ``m × 10^k`` (a column of errors that line up): ``7.18 × 10^-1``, ``1.36 × 10^-7``."""
    mantissa, power = scientific(value, significant, strip=False)
    return mantissa if mantissa == "0" else f"{mantissa} × 10^{power}"


def decimal_latex(value: Value, significant: int = DECIMAL_DIGITS) -> str:
    """``decimal`` as LaTeX: ``8.786684395 \\times 10^{29}``."""
    shown = decimal(value, significant)
    if " × 10^" in shown:
        mantissa, power = shown.split(" × 10^")
        return rf"{mantissa} \times 10^{{{power}}}"
    return shown


def fixed(value: Value, places: int) -> str:
    """``value`` rounded to ``places`` decimals (half away from zero), in plain notation."""
    with mpmath.workdps(60):
        scaled = _mpf(value, 60) * mpmath.mpf(10) ** places
        whole = int(mpmath.nint(scaled))
    sign = "-" if whole < 0 else ""
    shown = str(abs(whole)).rjust(places + 1, "0")
    return f"{sign}{shown[:-places]}.{shown[-places:]}" if places else f"{sign}{shown}"


def grouped(n: int) -> str:
    """A whole number with thousands separators: ``100,000``."""
    return f"{n:,}"


def amount(value: Value, locale: str) -> str:
    """Money: whole yen in Japanese (``162,889 円``), cents otherwise (``162,889.46``);
    ``× 10^k`` from 10^15 on."""
    with mpmath.workdps(50):
        number = _mpf(value, 50)
        if abs(number) >= mpmath.mpf(10) ** 15:
            shown = decimal(number, 10)
            return f"{shown} 円" if locale == "ja" else shown
        if locale == "ja":
            # half a yen rounds up; the tolerance keeps exact ties from rounding down
            yen = int(mpmath.floor(number + mpmath.mpf("0.5") + mpmath.mpf(10) ** -25))
            return f"{yen:,} 円"
        cents = int(mpmath.floor(number * 100 + mpmath.mpf("0.5") + mpmath.mpf(10) ** -25))
    return f"{cents // 100:,}.{cents % 100:02d}"


def count(value: Value) -> str:
    """A count: whole with separators when it is a whole number below 10^15, else 10 digits."""
    with mpmath.workdps(50):
        number = _mpf(value, 50)
        nearest = mpmath.nint(number)
        if abs(number) < mpmath.mpf(10) ** 15 and abs(number - nearest) < mpmath.mpf(10) ** -30:
            return f"{int(nearest):,}"
    return decimal(number, 10)
