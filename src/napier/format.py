"""Exact values as chat text and as LaTeX, and numbers shortened for reading."""

from __future__ import annotations

import re

import mpmath
import sympy

SHOW_DIGITS = 60  # integers longer than this are shown as head … tail
DECIMAL_DIGITS = 15


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


def short_int(n: int, *, edge: int = 20) -> str:
    """``n`` in full when short, else its first and last ``edge`` digits around an ellipsis."""
    text = digits(n)
    sign = "-" if n < 0 else ""
    if len(text) <= SHOW_DIGITS:
        return sign + text
    return f"{sign}{text[:edge]}…{text[-edge:]}"


def plain(value: sympy.Expr) -> str:
    """An exact value as readable text: ``2^(1/3)``, ``e^2``, ``√2``, ``π``."""
    if value.is_Integer:
        return short_int(int(value))
    if value.is_Rational:
        return f"{short_int(int(value.p))}/{short_int(int(value.q))}"
    if _has_long_number(value):
        return "≈ " + decimal(value)
    text = sympy.sstr(value)
    text = re.sub(r"\bexp\((\d+)\)", r"e^\1", text)
    text = re.sub(r"\bexp\(", "e^(", text)
    text = re.sub(r"\bsqrt\(", "√(", text)
    text = re.sub(r"\bE\b", "e", text)
    text = re.sub(r"\bpi\b", "π", text)
    text = text.replace("**", "^").replace("*", "·")
    return re.sub(r"√\((\d+)\)", r"√\1", text)


def latex(value: sympy.Expr) -> str:
    """An exact value as LaTeX that mathtext can render (long integers shortened)."""
    if value.is_Integer:
        return short_int(int(value)).replace("…", r"\ldots ")
    if value.is_Rational:
        p, q = short_int(int(value.p)), short_int(int(value.q))
        sign = "-" if p.startswith("-") else ""
        return rf"{sign}\dfrac{{{p.lstrip('-')}}}{{{q}}}".replace("…", r"\ldots ")
    if _has_long_number(value):
        return r"\approx " + decimal_latex(decimal(value))
    text = sympy.latex(value)
    text = text.replace(r"\left", "").replace(r"\right", "")
    text = text.replace(r"\frac", r"\dfrac")
    return text


def _has_long_number(value: sympy.Expr) -> bool:
    """Whether an exact form holds a number too long to show (sympy writes 16^3600·π^3600
    as a 4,335-digit integer times π^3600)."""
    return any(
        max(abs(int(atom.p)), int(atom.q)).bit_length() > SHOW_DIGITS * 3.33
        for atom in value.atoms(sympy.Rational)
    )


def decimal(value: sympy.Expr, digits: int = DECIMAL_DIGITS) -> str:
    """``value`` to ``digits`` significant digits, in plain notation or as m × 10^k."""
    with mpmath.workdps(digits + 10):
        x = mpmath.mpmathify(sympy.N(value, digits + 10))
        return number(x, digits)


def number(x: mpmath.mpf, digits: int = DECIMAL_DIGITS) -> str:
    """An mpf to ``digits`` significant digits, as m × 10^k when very large or small."""
    if not x:
        return "0"
    text = mpmath.nstr(x, digits, min_fixed=-5, max_fixed=digits, strip_zeros=False)
    if "." in text and "e" not in text:
        text = text.rstrip("0").rstrip(".") if _is_short(x, digits) else text
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa} × 10^{int(exponent)}"
    return text


def _is_short(x: mpmath.mpf, digits: int) -> bool:
    """Whether ``x`` is exactly a decimal shorter than ``digits`` (0.125, not 1/3)."""
    scaled = x * mpmath.mpf(10) ** (digits - 1 - int(mpmath.floor(mpmath.log10(abs(x)))))
    return (
        bool(x)
        and mpmath.almosteq(scaled, mpmath.nint(scaled), 1e-8)
        and abs(scaled - mpmath.nint(scaled)) < mpmath.mpf(10) ** -(digits // 2)
    )


def decimal_latex(text: str) -> str:
    """A decimal from ``number`` as LaTeX."""
    if " × 10^" in text:
        mantissa, exponent = text.split(" × 10^")
        return rf"{mantissa} \times 10^{{{exponent}}}"
    return text
