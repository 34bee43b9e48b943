"""Showing engine steps and numbers for /log, /graph and /solve: text, LaTeX and decimals.

Trees print through ``printer.text`` and ``printer.latex``; relation symbols follow the
locale's textbooks (≦ ≧ in Japanese). ``decimal`` is the one number formatter of these
lessons: significant digits, never e-notation (×10^k instead).
"""

from __future__ import annotations

import math

import mpmath
import numpy as np
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from napier import printer
from napier.i18n import t
from napier.parser import Binary, Variable
from napier.relation import symbol_latex, symbol_text
from napier.steps import IFF, Formula, Item, Line, Step

DIGITS = 10
MAX_TEXT = 300  # characters of one printed tree in chat text


def decimal(value: mpmath.mpf | float, digits: int = DIGITS) -> str:
    """``value`` to ``digits`` significant digits: 1.464973521, 0.0001234, 1.5×10^20."""
    with mpmath.workdps(digits + 10):
        x = mpmath.mpf(value)
        if not x:
            return "0"
        if not mpmath.isfinite(x):
            raise ValueError(value)
        exponent = int(mpmath.floor(mpmath.log10(abs(x))))
        if -5 <= exponent < digits:
            text = mpmath.nstr(
                x, digits, strip_zeros=True, min_fixed=-mpmath.inf, max_fixed=mpmath.inf
            )
            text = text[:-2] if text.endswith(".0") else text
            if len(text.lstrip("-").split(".")[0]) <= digits:
                return text
            exponent += 1  # 9999999999.99 rounds up to eleven digits
        mantissa = x / mpmath.mpf(10) ** exponent
        shown = mpmath.nstr(mantissa, digits, strip_zeros=True)
        if shown.lstrip("-").startswith("10"):  # rounding reached the next power of ten
            exponent += 1
            shown = mpmath.nstr(mantissa / 10, digits, strip_zeros=True)
        shown = shown[:-2] if shown.endswith(".0") else shown
        return f"{shown}×10^{exponent}"


def decimal_latex(value: mpmath.mpf | float, digits: int = DIGITS) -> str:
    """``decimal`` as LaTeX (``1.5 \\times 10^{20}``)."""
    text = decimal(value, digits)
    if "×10^" in text:
        mantissa, exponent = text.split("×10^")
        return rf"{mantissa} \times 10^{{{exponent}}}"
    return text


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _positional(value: float, digits: int) -> str:
    """``value`` to ``digits`` significant digits, always positional (never e-notation),
    without trailing zeros: 0.5, 250000, 1.5."""
    return np.format_float_positional(value, precision=digits, fractional=False, trim="-")


def tick_label(value: float, _position: int | None = None) -> str:
    """A tick label without e-notation or offset: 0.5, 250000, 1.5×10⁹ (a FuncFormatter)."""
    if value == 0 or not math.isfinite(value):
        return "0"
    if 1e-4 <= abs(value) < 1e6:
        text = _positional(value, 6)
    else:
        exponent = math.floor(math.log10(abs(value)))
        mantissa = _positional(value / 10**exponent, 3)
        if mantissa.lstrip("-") == "10":
            mantissa, exponent = mantissa.replace("10", "1"), exponent + 1
        text = f"{mantissa}×10{str(exponent).translate(_SUPERSCRIPT)}"
    return text.replace("-", "−")


def plain_ticks(axes: Axes) -> None:
    """Tick labels on both axes through ``tick_label`` (matplotlib would write 1e9 above)."""
    axes.xaxis.set_major_formatter(FuncFormatter(tick_label))
    axes.yaxis.set_major_formatter(FuncFormatter(tick_label))


def item_text(item: Item) -> str:
    shown = item.text if isinstance(item, Formula) else printer.text(item)
    return shown if len(shown) <= MAX_TEXT else shown[: MAX_TEXT - 1] + "…"


def item_latex(item: Item) -> str:
    return item.latex if isinstance(item, Formula) else printer.latex(item)


def _op_text(op: str, locale: str) -> str:
    return "⇔" if op == IFF else symbol_text(op, locale)


def _op_latex(op: str, locale: str) -> str:
    return r"\Leftrightarrow" if op == IFF else symbol_latex(op, locale)


def line_text(line: Line, locale: str) -> str:
    """``x + 1 = 3``, ``0 < x < 1``, ``x = log_3(5) = log(5)/log(3) ≈ 1.464973521``."""
    out = item_text(line.items[0])
    for op, item in zip(line.ops, line.items[1:], strict=True):
        out += f" {_op_text(op, locale)} {item_text(item)}"
    if line.approx is not None:
        out += f" ≈ {decimal(line.approx)}"
    return out


def line_latex(line: Line, locale: str) -> str:
    out = item_latex(line.items[0])
    for op, item in zip(line.ops, line.items[1:], strict=True):
        gap = r"\quad " if op == IFF else ""
        out += f" {gap}{_op_latex(op, locale)} {gap}{item_latex(item)}"
    if line.approx is not None:
        out += rf" \approx {decimal_latex(line.approx)}"
    return out


def params_text(step: Step) -> dict[str, str]:
    """A step's parameters as text; ``power`` (base^x) is added wherever ``base`` is given."""
    shown: dict[str, str] = {}
    for name, value in step.params:
        if isinstance(value, str | int):
            shown[name] = str(value)
        elif isinstance(value, mpmath.mpf):
            shown[name] = decimal(value)
        else:
            shown[name] = item_text(value)
            if name == "base" and not isinstance(value, Formula):
                shown.setdefault("power", printer.text(Binary("^", value, Variable())))
    return shown


def step_text(step: Step, prefix: str, locale: str) -> str:
    """The reason in words, then each line of the step as code."""
    reason = t(f"{prefix}.{step.reason}", locale, **params_text(step))
    lines = [f"`{line_text(line, locale)}`" for line in step.lines]
    return "\n".join([reason, *lines]) if lines else reason
