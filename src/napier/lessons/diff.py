"""``/diff f [at:x0]``: the derivative of a^x (laws 1.5 and 1.6) or of an expression in x.

A base ``a`` means f(x) = a^x: the reply derives a^x log a through a^x = e^{x log a} and the
chain rule, and checks it with numbers, (a^h − 1)/h → log a. Any other expression in x is
differentiated by the rule engine in ``napier.calculus``, one named rule per step. Both come
with a plot of f, f' and the tangent line at x0.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import mpmath
import numpy as np

from napier import calculus, render
from napier.calculus import Derivation, Step, Tree
from napier.commands.diff import (
    BASE,
    BASE_NONPOSITIVE,
    BASE_ONE,
    MAX_STEP_TEXT,
    DiffRequest,
    default_point,
    point_value,
)
from napier.i18n import t
from napier.parser import Constant, Node
from napier.reply import Action, Attachment, Field, Reply

log = logging.getLogger(__name__)

EXPRESSION_HALF_WIDTH = 2.0
MAX_FORMULA_LINES = 9
MAX_LEGEND_LATEX = 60
MAX_SHOWN_STEPS = 12
OTHER_BASES = ("2", "e", "10", "1/2")
SAMPLES = 401
TABLE_DIGITS = 10
TABLE_H = tuple(Fraction(1, 10**k) for k in range(1, 7))

# --- answer: derive, explain, render -----------------------------------------------------------


def answer(request: DiffRequest, locale: str) -> Reply:
    """Derive, explain and plot the derivative that ``request`` asks for."""
    if request.kind == BASE:
        return _base_reply(request, locale)
    if request.kind in (BASE_ONE, BASE_NONPOSITIVE):
        return _condition_reply(request, locale)
    return _expression_reply(request, locale)


@dataclass(frozen=True)
class Tangent:
    """The point of tangency and the slope there; ``label`` is x0 as the learner reads it."""

    x0: float
    label: str
    value: float
    slope: float
    moved: bool = False


def _tangent(request: DiffRequest, function: Node, derivative: Node) -> Tangent | None:
    if request.at is not None:
        x0 = point_value(request.at)
        return Tangent(
            float(x0),
            calculus.text(request.at),
            calculus.point_value(function, x0),
            calculus.point_value(derivative, x0),
        )
    found = default_point(function, derivative)
    if found is None:
        return None
    x0, value, slope = found
    return Tangent(float(x0), str(x0), value, slope, moved=x0 != 0)


def _base_reply(request: DiffRequest, locale: str) -> Reply:
    base = request.function
    a = calculus.text(base)
    derivation = calculus.base_derivation(base)
    result = derivation.result
    function = derivation.function
    tangent = _tangent(request, function, result)
    assert tangent is not None
    is_e = base == Constant("e")
    lines = [
        t("diff.base.intro_e" if is_e else "diff.base.intro", locale, a=a, result=_text(result))
    ]
    log_a, rows = difference_quotients(base)
    lines.append(t("diff.base.table_intro", locale, a=a, log=_number(log_a)))
    for h, value in rows:
        error = f"{float(abs(value - log_a)):.1e}"
        lines.append(
            t("diff.base.table_row", locale, h=_decimal(h), a=a, value=_number(value), error=error)
        )
    lines.append(t("diff.base.general", locale))
    lines.append(_tangent_text(tangent, locale))
    law = "1.6" if is_e else "1.5"
    actions = [
        Action(t("diff.action.base", locale, a=other), "diff", (("f", other),))
        for other in OTHER_BASES
        if other != a
    ]
    actions.append(Action(t("diff.action.law", locale, law=law), "law", (("id", law),)))
    fields = (
        Field(t("diff.field.log", locale, a=a), _number(log_a)),
        *_tangent_fields(tangent, locale),
    )
    half_width = min(3.0, max(0.75, 2.5 / abs(math.log(float(calculus.constant_value(base))))))
    return Reply(
        title=t("diff.title.base", locale, a=a),
        text="\n".join(lines),
        steps=_step_texts(derivation, locale, lhs=f"({a}^x)'"),
        latex=f"\\left({calculus.latex(function)}\\right)' = {calculus.latex(result)}",
        fields=fields,
        attachments=(
            _formula(derivation, locale, f"\\left({calculus.latex(function)}\\right)'"),
            *_plot(function, result, tangent, locale, half_width),
        ),
        actions=tuple(actions),
    )


def difference_quotients(base: Node) -> tuple[mpmath.mpf, list[tuple[Fraction, mpmath.mpf]]]:
    """log a and (a^h − 1)/h for h = 0.1 … 10^-6 (60 digits, far beyond what is shown)."""
    with mpmath.workdps(60):
        a = calculus.constant_value(base)
        rows = []
        for h in TABLE_H:
            step = mpmath.mpf(h.numerator) / h.denominator
            rows.append((h, (mpmath.power(a, step) - 1) / step))
        return mpmath.log(a), rows


def _condition_reply(request: DiffRequest, locale: str) -> Reply:
    a = calculus.text(request.function)
    key = "diff.condition.one" if request.kind == BASE_ONE else "diff.condition.nonpositive"
    statement = r"\left(a^{x}\right)' = a^{x}\,\log a \quad (a > 0,\ a \neq 1)"
    actions = tuple(
        Action(t("diff.action.base", locale, a=other), "diff", (("f", other),))
        for other in OTHER_BASES
    )
    return Reply(
        title=t("diff.title.condition", locale, a=a),
        text="\n".join((t(key, locale, a=a), t("diff.condition.try", locale))),
        latex=statement,
        attachments=(
            render.formula(statement, "law-1.5.png", "(a^x)' = a^x log a (a > 0, a ≠ 1)"),
        ),
        actions=actions,
    )


def _expression_reply(request: DiffRequest, locale: str) -> Reply:
    function = request.function
    derivation = calculus.differentiate(function)
    result = derivation.result
    tangent = _tangent(request, function, result)
    f_text = calculus.text(function)
    lines = [t("diff.expression.intro", locale, f=f_text, result=_text(result))]
    rules = {step.rule for step in derivation.steps}
    if "log_diff" in rules:
        lines.append(t("diff.expression.log_bridge", locale))
    if tangent is None:
        lines.append(t("diff.tangent_none", locale))
    else:
        if tangent.moved:
            lines.append(t("diff.tangent_moved", locale, x0=tangent.label))
        lines.append(_tangent_text(tangent, locale))
    actions = []
    for law, prefix in (("1.5", "a_power"), ("1.6", "exp")):
        if any(rule.startswith(prefix) for rule in rules):
            actions.append(Action(t("diff.action.law", locale, law=law), "law", (("id", law),)))
    return Reply(
        title=t("diff.title.expression", locale, f=f_text[:80]),
        text="\n".join(lines),
        steps=_step_texts(derivation, locale, lhs="f'(x)"),
        latex=f"f'(x) = {calculus.latex(result)}",
        fields=_tangent_fields(tangent, locale) if tangent else (),
        attachments=(
            _formula(derivation, locale, "f'(x)"),
            *_plot(function, result, tangent, locale, EXPRESSION_HALF_WIDTH),
        ),
        actions=tuple(actions),
    )


# --- text --------------------------------------------------------------------------------------


def _text(tree: Tree) -> str:
    shown = calculus.text(tree)
    return shown if len(shown) <= MAX_STEP_TEXT else shown[: MAX_STEP_TEXT - 1] + "…"


def _number(value: mpmath.mpf | float) -> str:
    return mpmath.nstr(mpmath.mpf(value), TABLE_DIGITS)


def _short(value: float) -> str:
    return f"{value:.4g}".replace("-", "−")


def _decimal(h: Fraction) -> str:
    return f"{float(h):.{len(str(h.denominator)) - 1}f}"


def rule_text(step: Step, locale: str) -> str:
    """The rule a step uses, named, with its formula, and the trivial ones it also used."""
    shown = t(f"diff.rule.{step.rule}", locale, **dict(step.params))
    if step.notes:
        notes = ("、" if locale == "ja" else ", ").join(
            t(f"diff.note.{note}", locale) for note in step.notes
        )
        shown += t("diff.note.also", locale, notes=notes)
    return shown


def grouped(steps: Sequence[Step], limit: int = MAX_SHOWN_STEPS) -> list[list[Step]]:
    """The steps in at most ``limit`` consecutive groups (one step per group when few)."""
    per_group = max(1, math.ceil(len(steps) / limit))
    return [list(steps[i : i + per_group]) for i in range(0, len(steps), per_group)]


def _step_texts(derivation: Derivation, locale: str, lhs: str) -> tuple[str, ...]:
    texts = []
    for group in grouped(derivation.steps):
        rules = "; ".join(rule_text(step, locale) for step in group)
        texts.append(f"{rules}\n→ `{lhs} = {_text(group[-1].tree)}`")
    return tuple(texts)


def tangent_line(tangent: Tangent) -> str:
    """The tangent as ``y = m x + b`` with six significant digits."""
    intercept = tangent.value - tangent.slope * tangent.x0
    slope = f"{tangent.slope:.6g}"
    parts = [{"1": "x", "-1": "-x"}.get(slope, f"{slope}x")] if tangent.slope else []
    if parts and intercept:
        parts.append(("- " if intercept < 0 else "+ ") + f"{abs(intercept):.6g}")
    elif not parts:
        parts.append(f"{intercept:.6g}")
    return " ".join(parts)


def _tangent_text(tangent: Tangent, locale: str) -> str:
    slope = _number(tangent.slope)
    return t("diff.tangent", locale, x0=tangent.label, slope=slope, line=tangent_line(tangent))


def _tangent_fields(tangent: Tangent, locale: str) -> tuple[Field, ...]:
    return (
        Field(t("diff.field.value", locale, x0=tangent.label), _number(tangent.value)),
        Field(t("diff.field.slope", locale, x0=tangent.label), _number(tangent.slope)),
    )


# --- images ------------------------------------------------------------------------------------


def _formula(derivation: Derivation, locale: str, lhs: str) -> Attachment:
    """Every step as a line of LaTeX (only the result when there are many)."""
    trees = [step.tree for step in derivation.steps]
    if len(trees) > MAX_FORMULA_LINES:
        trees = trees[-1:]
    first = calculus.latex(derivation.start)
    lines = [first if first == lhs else f"{lhs} = {first}"]
    lines += [f"= {calculus.latex(tree)}" for tree in trees]
    shown = " = ".join(_text(tree) for tree in (derivation.start, *trees))
    alt = t("diff.formula.alt", locale, steps=shown[:MAX_STEP_TEXT])
    return render.formula(lines, "derivative.png", alt)


def _plot(
    function: Node, derivative: Node, tangent: Tangent | None, locale: str, half_width: float
) -> tuple[Attachment, ...]:
    """f, f' and the tangent around x0, only where they have real values (nothing if nowhere)."""
    center = tangent.x0 if tangent else 0.0
    low, high = center - half_width, center + half_width
    xs = np.linspace(low, high, SAMPLES)
    ys = calculus.sample(function, xs)
    dys = calculus.sample(derivative, xs)
    if not np.isfinite(ys).any():
        return ()
    bottom, top = _y_limits(ys, dys, tangent)
    span = top - bottom
    for values in (ys, dys):
        values[(values < bottom - span) | (values > top + span)] = np.nan
    figure = render.new_figure()
    axes = figure.add_subplot()
    f_latex = calculus.latex(function)
    label = f"$f(x) = {f_latex}$" if len(f_latex) <= MAX_LEGEND_LATEX else "$f(x)$"
    axes.plot(xs, ys, linewidth=2.4, label=label)
    axes.plot(xs, dys, linestyle="--", linewidth=2.0, label=t("diff.plot.derivative", locale))
    if tangent:
        line = tangent.value + tangent.slope * (xs - tangent.x0)
        axes.plot(
            xs,
            line,
            linestyle=":",
            linewidth=2.2,
            label=t("diff.plot.tangent", locale, slope=_short(tangent.slope)),
        )
        axes.plot([tangent.x0], [tangent.value], "o", color="#1c1c20", markersize=6)
        axes.set_title(t("diff.plot.title", locale, x0=tangent.label))
    else:
        axes.set_title(t("diff.plot.title_no_tangent", locale))
    axes.set_xlim(low, high)
    axes.set_ylim(bottom, top)
    axes.axhline(0, color="#5c5c60", linewidth=0.8)
    if low < 0 < high:
        axes.axvline(0, color="#5c5c60", linewidth=0.8)
    axes.set_xlabel("x")
    axes.set_ylabel("y")
    axes.legend(loc="best", fontsize=9)
    tangent_alt = (
        t("diff.plot.alt_tangent", locale, x0=tangent.label, slope=_short(tangent.slope))
        if tangent
        else ""
    )
    alt = t(
        "diff.plot.alt",
        locale,
        f=_text(function)[:80],
        d=_text(derivative)[:120],
        tangent=tangent_alt,
        low=_short(low),
        high=_short(high),
    )
    return (render.plot(figure, "derivative-plot.png", alt),)


def _y_limits(ys: np.ndarray, dys: np.ndarray, tangent: Tangent | None) -> tuple[float, float]:
    """A window that shows the shape of f and f' without letting a pole or a blow-up dominate."""
    values = [v[np.isfinite(v)] for v in (ys, dys)]
    lows, highs = [], []
    for finite in values:
        if finite.size:
            lows.append(float(np.percentile(finite, 3)))
            highs.append(float(np.percentile(finite, 97)))
    if tangent:
        lows.append(tangent.value)
        highs.append(tangent.value)
    bottom, top = min(lows), max(highs)
    if 0 < bottom < top / 4:
        bottom = 0.0  # show the x-axis under a curve that stays positive
    span = max(top - bottom, 1e-6 * max(1.0, abs(top)), 1e-9)
    return bottom - 0.08 * span, top + 0.08 * span
