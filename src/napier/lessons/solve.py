"""/solve: exponential equations and inequalities with every step, and comparisons.

The steps come from ``napier.solver`` as data; here they become sentences in the learner's
language, LaTeX lines on one formula card, and a plot of both sides with the solution marked.
"""

from __future__ import annotations

import logging

import numpy as np

from napier import calculus, render, solver
from napier.commands.solve import SolveRequest
from napier.i18n import t
from napier.lessons.show import (
    decimal,
    item_text,
    line_latex,
    line_text,
    plain_ticks,
    step_text,
)
from napier.parser import Node
from napier.relation import EQ, GE, GT, LE, LT, Relation
from napier.reply import Action, Attachment, Field, Reply
from napier.steps import Line, relation

log = logging.getLogger(__name__)

MAX_FORMULA_LINES = 16
MAX_LEGEND = 40
SAMPLES = 401
MAX_WINDOW = 60.0  # |x| shown at most
EXAMPLES = {
    solver.SAME_BASE: "(1/2)^x > 4",
    solver.SUBSTITUTION: "4^x - 2^(x+1) - 8 = 0",
    solver.LOGARITHM: "3^x = 5",
}


def answer(request: SolveRequest, locale: str) -> Reply:
    """Solve (or compare), explain every step, and draw."""
    if request.relation is None:
        return _compare_reply(request.values, locale)
    solution = solver.solve(request.relation)
    return _solution_reply(solution, locale)


# --- the answer as text --------------------------------------------------------------------


def answer_text(solution: solver.Solution, locale: str) -> str:
    """x = 2; x = -1, 1; 0 < x < 1; x ≦ -1, 2 ≦ x; no solution; every real x."""
    if solution.empty:
        return t("solve.answer.none", locale)
    if solution.everything:
        return t("solve.answer.all", locale)
    if all(interval.is_point for interval in solution.intervals):
        values = ", ".join(
            item_text(interval.low.tree) for interval in solution.intervals if interval.low
        )
        return f"x = {values}"
    parts = []
    for index, line in enumerate(solver.interval_lines(solution.intervals)):
        if index > 0 and locale == "ja" and len(line.items) == 2 and line.ops[0] in (GT, GE):
            flipped = {GT: LT, GE: LE}[line.ops[0]]
            line = relation(flipped, line.items[1], line.items[0])
        parts.append(line_text(line, locale))
    joiner = ", " if locale == "ja" else t("solve.answer.or", locale)
    return joiner.join(parts)


def _decimals(solution: solver.Solution, locale: str) -> list[str]:
    """Each irrational end: its exact form, the natural-log form and the decimal."""
    shown: list[str] = []
    for interval in solution.intervals:
        for end in (interval.low, interval.high):
            if end is None or end.is_rational:
                continue
            items = (end.tree,) if end.natural is None else (end.tree, end.natural)
            text = line_text(Line(items, (EQ,) * (len(items) - 1), end.value), locale)
            if text not in shown:
                shown.append(text)
    return shown


# --- the reply -----------------------------------------------------------------------------


def _solution_reply(solution: solver.Solution, locale: str) -> Reply:
    rel = solution.relation
    shown = line_text(relation(rel.op, rel.left, rel.right), locale)
    title_key = "solve.title.equation" if rel.is_equation else "solve.title.inequality"
    answer_shown = answer_text(solution, locale)
    text = [
        t(f"solve.kind.{solution.kind}", locale),
        t("solve.answer.line", locale, answer=f"`{answer_shown}`"),
    ]
    decimals = _decimals(solution, locale)
    text += [f"`{line}`" for line in decimals]
    steps = tuple(step_text(step, "solve.step", locale) for step in solution.steps)
    fields = [
        Field(t("solve.field.type", locale), t(f"solve.type.{solution.kind}", locale)),
        Field(t("solve.answer", locale), f"`{answer_shown}`"),
    ]
    if decimals:
        fields.append(
            Field(t("solve.field.decimal", locale), "\n".join(f"`{d}`" for d in decimals))
        )
    attachments = [_formula(solution, answer_shown, locale)]
    plot = _plot(rel, solution, answer_shown, locale)
    if plot is not None:
        attachments.append(plot)
    return Reply(
        title=t(title_key, locale, relation=shown[:120]),
        text="\n".join(text),
        steps=steps,
        latex=line_latex(relation(rel.op, rel.left, rel.right), locale),
        fields=tuple(fields),
        attachments=tuple(attachments),
        actions=_actions(solution, locale),
    )


def _actions(solution: solver.Solution, locale: str) -> tuple[Action, ...]:
    actions = [
        Action(t("solve.action.type", locale, example=example), "solve", (("problem", example),))
        for kind, example in EXAMPLES.items()
        if kind != solution.kind
    ]
    actions.append(
        Action(
            t("solve.action.type", locale, example="compare 4^(1/3) 8^(1/4)"),
            "solve",
            (("problem", "compare 4^(1/3) 8^(1/4)"),),
        )
    )
    return tuple(actions)


def _formula(solution: solver.Solution, answer_shown: str, locale: str) -> Attachment:
    """The problem, every step's lines and the answer, one per line of a formula card."""
    rel = solution.relation
    lines = [line_latex(relation(rel.op, rel.left, rel.right), locale)]
    for step in solution.steps:
        lines += [line_latex(line, locale) for line in step.lines]
    if len(lines) > MAX_FORMULA_LINES:
        lines = [lines[0], r"\vdots", *lines[-(MAX_FORMULA_LINES - 2) :]]
    steps_alt = " → ".join(
        line_text(line, locale) for step in solution.steps for line in step.lines
    )
    alt = t(
        "solve.formula.alt",
        locale,
        relation=line_text(relation(rel.op, rel.left, rel.right), locale),
        steps=steps_alt[:500] or answer_shown,
    )
    return render.formula(lines, "solve.png", alt)


# --- the plot --------------------------------------------------------------------------------


def _ends(solution: solver.Solution) -> list[float]:
    return [
        float(end.value)
        for interval in solution.intervals
        for end in (interval.low, interval.high)
        if end is not None and abs(end.value) <= MAX_WINDOW
    ]


def _window(solution: solver.Solution) -> tuple[float, float]:
    """x from a little before the first end of the solution to a little after the last."""
    ends = _ends(solution)
    if not ends:
        return -3.0, 3.0
    low, high = min(ends), max(ends)
    margin = max(2.0, 0.5 * (high - low))
    return max(-MAX_WINDOW, low - margin), min(MAX_WINDOW, high + margin)


def _limits(
    xs: np.ndarray, curves: list[np.ndarray], marks: list[float], ends: list[float]
) -> tuple[float, float]:
    """y limits that show the curves near the solution (an exponential's growth elsewhere
    would flatten the part that matters)."""
    if ends:
        near = (xs >= min(ends) - 1.0) & (xs <= max(ends) + 1.0)
        curves = [c[near] for c in curves]
    finite = [c[np.isfinite(c)] for c in curves]
    lows = [float(np.percentile(f, 5)) for f in finite if f.size] + marks
    highs = [float(np.percentile(f, 95)) for f in finite if f.size] + marks
    bottom, top = (min(lows), max(highs)) if lows else (-1.0, 1.0)
    span = max(top - bottom, 1e-6 * max(1.0, abs(top)), 1e-9)
    return bottom - 0.1 * span, top + 0.1 * span


def _legend(node: Node, fallback_key: str, locale: str) -> str:
    """``y = …`` in plain text (a mathtext legend costs a parse per entry), or the side's name
    when the expression is long."""
    shown = item_text(node)
    return f"y = {shown}" if len(shown) <= MAX_LEGEND else t(fallback_key, locale)


def _plot(
    rel: Relation, solution: solver.Solution, answer_shown: str, locale: str
) -> Attachment | None:
    """y = left side and y = right side, the solution shaded (or marked) on the x-axis."""
    low, high = _window(solution)
    xs = np.linspace(low, high, SAMPLES)
    left, right = calculus.sample(rel.left, xs), calculus.sample(rel.right, xs)
    if not (np.isfinite(left).any() or np.isfinite(right).any()):
        return None
    points = [float(i.low.value) for i in solution.intervals if i.is_point and i.low is not None]
    marks = []
    for x0 in points:
        try:
            marks.append(calculus.point_value(rel.left, x0))
        except (calculus.Undefined, calculus.TooLarge):
            continue
    bottom, top = _limits(xs, [left, right], marks, _ends(solution))
    span = top - bottom
    for values in (left, right):
        values[(values < bottom - span) | (values > top + span)] = np.nan
    figure = render.new_figure()
    axes = figure.add_subplot()
    axes.plot(xs, left, linewidth=2.4, label=_legend(rel.left, "solve.plot.left", locale))
    axes.plot(
        xs,
        right,
        linewidth=2.0,
        linestyle="--",
        label=_legend(rel.right, "solve.plot.right", locale),
    )
    for interval in solution.intervals:
        if interval.is_point:
            continue
        start = float(interval.low.value) if interval.low is not None else low
        stop = float(interval.high.value) if interval.high is not None else high
        if stop > low and start < high:
            axes.axvspan(max(start, low), min(stop, high), color=render.PALETTE[2], alpha=0.15)
            axes.plot(
                [max(start, low), min(stop, high)],
                [bottom, bottom],
                color=render.PALETTE[2],
                linewidth=6,
                solid_capstyle="butt",
            )
    for x0, y0 in zip(points, marks, strict=False):
        axes.axvline(x0, color=render.PALETTE[2], linestyle=":", linewidth=1.6)
        axes.plot([x0], [y0], "o", color="#1c1c20", markersize=6)
    axes.axhline(0, color="#5c5c60", linewidth=0.8)
    if low < 0 < high:
        axes.axvline(0, color="#5c5c60", linewidth=0.8)
    axes.set_xlim(low, high)
    axes.set_ylim(bottom, top)
    plain_ticks(axes)
    axes.set_xlabel("x")
    axes.set_ylabel("y")
    axes.set_title(t("solve.plot.solution", locale, answer=answer_shown[:60]), fontsize=11)
    axes.legend(loc="best", fontsize=9)
    alt = t(
        "solve.plot.alt",
        locale,
        left=item_text(rel.left)[:80],
        right=item_text(rel.right)[:80],
        low=decimal(low, 3),
        high=decimal(high, 3),
        relation=line_text(relation(rel.op, rel.left, rel.right), locale)[:120],
        answer=answer_shown[:120],
    )
    return render.plot(figure, "solve-plot.png", alt)


# --- comparisons ---------------------------------------------------------------------------


def _compare_reply(values: tuple[Node, ...], locale: str) -> Reply:
    found = solver.compare(values)
    order = line_text(found.order, locale)
    kind = f"compare_{found.kind}"
    text = [t(f"solve.kind.{kind}", locale), t("solve.answer.line", locale, answer=f"`{order}`")]
    steps = tuple(step_text(step, "solve.step", locale) for step in found.steps)
    decimals = [
        line_text(Line((value,), (), number), locale)
        for value, number in zip(values, found.decimals, strict=True)
    ]
    fields = (
        Field(t("solve.field.type", locale), t(f"solve.type.{kind}", locale)),
        Field(t("solve.order", locale), f"`{order}`"),
        Field(t("solve.field.decimal", locale), "\n".join(f"`{d}`" for d in decimals)),
    )
    lines = [line_latex(line, locale) for step in found.steps for line in step.lines]
    lines.append(line_latex(found.order, locale))
    image = render.formula(
        lines[-MAX_FORMULA_LINES:], "compare.png", t("solve.compare.alt", locale, order=order)
    )
    shown = " , ".join(item_text(value) for value in values)
    return Reply(
        title=t("solve.title.compare", locale, values=shown[:120]),
        text="\n".join(text),
        steps=steps,
        latex=line_latex(found.order, locale),
        fields=fields,
        attachments=(image,),
        actions=tuple(
            Action(
                t("solve.action.type", locale, example=example), "solve", (("problem", example),)
            )
            for example in EXAMPLES.values()
        ),
    )
