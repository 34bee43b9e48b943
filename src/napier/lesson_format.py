"""Formatting exact and approximate values for the lesson commands (`/law`, `/grow`)."""

from __future__ import annotations

import re

import mpmath
import sympy
from sympy.printing.latex import LatexPrinter

from napier.magnitude import digits_of

MAX_SHOWN_DIGITS = 32  # longer exact values are shown rounded, with their digit count


class _Printer(LatexPrinter):
    """sympy's LaTeX with ``\\log 2`` instead of ``\\log{\\left(2 \\right)}``."""

    def _print_log(self, expr: sympy.Expr, exp: str | None = None) -> str:
        arg = expr.args[0]
        inner = self._print(arg)
        if not (arg.is_Atom and ((arg.is_Integer and arg >= 0) or arg.is_Symbol or arg in _NAMED)):
            inner = rf"\left({inner}\right)"
        head = r"\log" if exp is None else rf"\log^{{{exp}}}"
        return rf"{head} {inner}"


_NAMED = (sympy.E, sympy.pi)
_PRINTER = _Printer({"mul_symbol": "dot"})


def is_atomic(value: sympy.Expr) -> bool:
    """Whether ``value`` can be a base of a power without parentheses."""
    if is_long(value):
        return False
    return bool(value.is_Integer and value >= 0) or value in _NAMED or bool(value.is_Symbol)


def is_long(value: sympy.Expr) -> bool:
    """Exact values too long to show in full (a rational with a huge numerator or denominator)."""
    if value.is_Rational:
        return max(digits_of(abs(int(value.p))), digits_of(int(value.q))) > MAX_SHOWN_DIGITS
    return len(str(value)) > 60


def scientific(value: sympy.Expr | float, significant: int = 10) -> tuple[str, int]:
    """``value`` as (mantissa, exponent) in base ten, with ``significant`` digits."""
    number = (
        mpmath.mpf(sympy.N(value, significant + 10))
        if isinstance(value, sympy.Expr)
        else (mpmath.mpf(value))
    )
    if number == 0:
        return "0", 0
    exponent = int(mpmath.floor(mpmath.log10(abs(number))))
    mantissa = number / mpmath.power(10, exponent)
    text = mpmath.nstr(mantissa, significant, strip_zeros=True)
    if text.lstrip("-").startswith("10"):  # rounding reached the next power of ten
        exponent += 1
        text = mpmath.nstr(mantissa / 10, significant, strip_zeros=True)
    return text, exponent


def approx(value: sympy.Expr | float, significant: int = 10) -> str:
    """A decimal approximation, in scientific notation when very large or small."""
    if isinstance(value, sympy.Integer | int) and abs(int(value)) < 10**15:
        return str(int(value))
    number = (
        mpmath.mpf(sympy.N(value, significant + 10))
        if isinstance(value, sympy.Expr)
        else (mpmath.mpf(value))
    )
    if number != 0 and not (mpmath.mpf("1e-4") <= abs(number) < mpmath.mpf(10) ** 15):
        mantissa, exponent = scientific(value, significant)
        return f"{mantissa}×10^{exponent}"
    return mpmath.nstr(number, significant, strip_zeros=True, min_fixed=-5, max_fixed=16)


def approx_latex(value: sympy.Expr | float, significant: int = 10) -> str:
    """``approx`` as LaTeX."""
    text = approx(value, significant)
    if "×10^" in text:
        mantissa, exponent = text.split("×10^")
        return rf"{mantissa} \times 10^{{{exponent}}}"
    return text


def latex(value: sympy.Expr) -> str:
    """LaTeX of an exact value; values too long to show are given rounded."""
    if is_long(value):
        return r"\approx " + approx_latex(value)
    return _PRINTER.doprint(value)


def plain(value: sympy.Expr) -> str:
    """A plain-text form of an exact value (``2^(5/6)``, ``e^2``, ``8·log(2)``)."""
    if is_long(value):
        shown = "≈ " + approx(value)
        if value.is_Integer:
            shown += f" ({digits_of(abs(int(value))):,} digits)"
        return shown
    text = sympy.sstr(value)
    text = re.sub(r"exp\(([^()]*)\)", r"e^(\1)", text)
    text = re.sub(r"\bE\b", "e", text).replace("**", "^").replace("*", "·")
    text = re.sub(r"\bpi\b", "π", text)
    text = re.sub(r"\^\((-?\d+)\)", r"^\1", text)
    text = re.sub(r"\^\(([A-Za-z0-9π]+)\)", r"^\1", text)
    return text


def join(forms: list[str]) -> str:
    """Forms joined by ``=``, except before a rounded value (which starts with ``≈``)."""
    out = forms[0] if forms else ""
    for form in forms[1:]:
        out += " " + form if form.startswith(("≈", r"\approx")) else " = " + form
    return out


def power_latex(base: sympy.Expr, exponent: str) -> str:
    """``base^{exponent}`` with the base in parentheses when needed."""
    shown = latex(base)
    if not is_atomic(base):
        shown = rf"\left({shown}\right)"
    return f"{shown}^{{{exponent}}}"


def power_plain(base: sympy.Expr, exponent: str) -> str:
    """``base^exponent`` in plain text, with parentheses where needed."""
    shown = plain(base)
    if not is_atomic(base):
        shown = f"({shown})"
    if not re.fullmatch(r"[0-9]+|[a-zπ]", exponent):
        exponent = f"({exponent})"
    return f"{shown}^{exponent}"
