"""/graph: y = a^x for several bases on one plot — the common point (0, 1), increasing for
a > 1 and decreasing for 0 < a < 1, a and 1/a as mirror images in the y-axis, and the tangent
at 0 with slope log a (slope 1 exactly for e)."""

from __future__ import annotations

import logging
import math
from fractions import Fraction

import mpmath
import numpy as np

from napier import calculus, printer, render
from napier.commands.graph import GraphRequest
from napier.errors import UserError
from napier.i18n import t
from napier.lessons.show import decimal, decimal_latex, item_text, plain_ticks
from napier.parser import Binary, Call, Constant, Negate, Node, Number, Variable
from napier.powers import Unsupported, expand
from napier.reply import Action, Attachment, Field, Reply
from napier.solver import natural_log

log = logging.getLogger(__name__)

X = Variable()
TOP = 8.0  # y shown up to this height: the flattest curve reaches it at the edge
MIN_HALF, MAX_HALF = 2.0, 10.0
SAMPLES = 401
SLOPE_DIGITS = 4


def _value(node: Node) -> mpmath.mpf:
    with mpmath.workdps(30):
        return calculus.real_value(node, mpmath.mpf(0))


def _power(base: Node) -> Node:
    return Binary("^", base, X)


def answer(request: GraphRequest, locale: str) -> Reply:
    """Every curve, what it shows, and one plot of them all."""
    bases = request.bases
    values = [_value(base) for base in bases]
    logs = [mpmath.log(v) for v in values]
    lines = [t("graph.common_point", locale), t("graph.slope_rule", locale)]
    for base, value, ln in zip(bases, values, logs, strict=True):
        if base == Constant("e"):
            lines.append(t("graph.base.e", locale))
            continue
        key = "graph.base.increasing" if value > 1 else "graph.base.decreasing"
        lines.append(
            t(
                key,
                locale,
                power=item_text(_power(base)),
                base=item_text(base),
                slope=_slope_text(base, ln),
            )
        )
    lines += _mirrors(bases, values, locale)
    slopes = "\n".join(f"`{_slope_text(base, ln)}`" for base, ln in zip(bases, logs, strict=True))
    return Reply(
        title=t("graph.title", locale),
        text="\n".join(lines),
        latex=r"y = a^{x}",
        fields=(Field(t("graph.field.slopes", locale), slopes),),
        attachments=(_formula(bases, logs, locale), _plot(bases, values, locale)),
        actions=(
            Action(t("graph.action.mirror", locale), "graph", (("bases", "2 1/2"),)),
            Action(t("graph.action.near_e", locale), "graph", (("bases", "2 e 3"),)),
            Action(t("graph.action.slope", locale), "law", (("id", "1.5"),)),
            Action(t("graph.action.log", locale), "log", ()),
        ),
    )


def _log_tree(base: Node) -> Node:
    """log a as a teacher writes it: log 2, -log 2 for 1/2, log e = 1 is shown as 1."""
    if base == Constant("e"):
        return Number(Fraction(1))
    try:
        terms = expand(base, "2")
    except (Unsupported, UserError):
        terms = []
    if len(terms) == 1 and not terms[0].factors:
        return natural_log(Number(terms[0].coefficient))
    return Call("ln", base)


def _slope_text(base: Node, ln: mpmath.mpf) -> str:
    if base == Constant("e"):
        return "log e = 1"
    return f"{item_text(_log_tree(base))} ≈ {decimal(ln, SLOPE_DIGITS)}"


def _mirrors(bases: tuple[Node, ...], values: list[mpmath.mpf], locale: str) -> list[str]:
    """a and 1/a both drawn: y = (1/a)^x = a^(-x) is the mirror image in the y-axis."""
    lines = []
    for i, large in enumerate(values):
        for j, small in enumerate(values):
            if large > 1 and abs(large * small - 1) < mpmath.mpf(10) ** -20:
                as_power = Binary("^", bases[i], Negate(X))
                lines.append(
                    t(
                        "graph.mirror",
                        locale,
                        small=item_text(_power(bases[j])),
                        as_power=item_text(as_power),
                        large=item_text(_power(bases[i])),
                    )
                )
    return lines


def _formula(bases: tuple[Node, ...], logs: list[mpmath.mpf], locale: str) -> Attachment:
    """(a^x)' = a^x log a, its value log a at x = 0, and that slope for each base."""
    lines = [
        r"\left(a^{x}\right)' = a^{x} \log a \qquad (1.5)",
        r"x = 0:\quad \left(a^{x}\right)' = a^{0} \log a = \log a",
    ]
    for base, ln in zip(bases, logs, strict=True):
        power = printer.latex(_power(base))
        if base == Constant("e"):
            lines.append(rf"y = {power}:\quad \log e = 1")
        else:
            slope = printer.latex(_log_tree(base))
            lines.append(rf"y = {power}:\quad {slope} \approx {decimal_latex(ln, SLOPE_DIGITS)}")
    alt = t(
        "graph.formula.alt",
        locale,
        slopes="; ".join(
            f"y = {item_text(_power(base))}: {_slope_text(base, ln)}"
            for base, ln in zip(bases, logs, strict=True)
        ),
    )
    return render.formula(lines, "graph-slopes.png", alt)


def _superscript_power(base: Node) -> str:
    """a^x for a legend in plain text, the exponent raised: 2ˣ, eˣ, (1/2)ˣ (mathtext would
    cost a parse per entry)."""
    shown = item_text(base)
    if not (shown.isalnum() or shown.replace(".", "").isdigit()):
        shown = f"({shown})"
    return f"{shown}ˣ"


def _half_width(values: list[mpmath.mpf]) -> float:
    """x from -h to h, h chosen so that the flattest curve still reaches the top height."""
    flattest = min(abs(float(mpmath.log(v))) for v in values)
    return min(MAX_HALF, max(MIN_HALF, math.log(TOP) / flattest))


def _plot(bases: tuple[Node, ...], values: list[mpmath.mpf], locale: str) -> Attachment:
    half = _half_width(values)
    xs = np.linspace(-half, half, SAMPLES)
    figure = render.new_figure()
    axes = figure.add_subplot()
    bottom, top = -0.08 * TOP, TOP
    for index, (base, value) in enumerate(zip(bases, values, strict=True)):
        colour = render.PALETTE[index % len(render.PALETTE)]
        ln = float(mpmath.log(value))
        with np.errstate(over="ignore"):
            ys = np.exp(xs * ln)
        ys[ys > top * 1.5] = np.nan
        label = f"y = {_superscript_power(base)}   {decimal(ln, 3)}"
        axes.plot(xs, ys, linewidth=2.4, color=colour, label=label)
        tangent = 1 + ln * xs
        tangent[(tangent < bottom - 1) | (tangent > top + 1)] = np.nan
        axes.plot(xs, tangent, linestyle=":", linewidth=1.3, color=colour)
    axes.plot([0], [1], "o", color="#1c1c20", markersize=6)
    axes.annotate("(0, 1)", (0, 1), textcoords="offset points", xytext=(8, -14), fontsize=10)
    axes.axhline(0, color="#5c5c60", linewidth=0.8)
    axes.axvline(0, color="#5c5c60", linewidth=0.8)
    axes.set_xlim(-half, half)
    axes.set_ylim(bottom, top)
    plain_ticks(axes)
    axes.set_xlabel("x")
    axes.set_ylabel("y")
    axes.set_title(t("graph.plot.title", locale), fontsize=11)
    axes.legend(
        loc="lower right", fontsize=9, title=t("graph.plot.legend", locale), title_fontsize=9
    )
    alt = t(
        "graph.plot.alt",
        locale,
        bases=", ".join(item_text(base) for base in bases),
        low=decimal(-half, 3),
        high=decimal(half, 3),
    )
    return render.plot(figure, "graph.png", alt)
