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
import sympy

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
from napier.format import decimal, tree
from napier.i18n import t
from napier.lessons import common
from napier.parser import Binary, Call, Constant, Node, Number, Variable
from napier.printer import decimal_number, latex, line, text, typed
from napier.reply import Action, Attachment, Field, Reply

log = logging.getLogger(__name__)

EXPRESSION_HALF_WIDTH = 2.0
MAX_FORMULA_LINES = 9
MAX_LEGEND_LATEX = 60
MAX_SHOWN_STEPS = 12
MAX_EXACT_OPS = 60  # sympy operations in an exact tangent line; beyond, decimals only
MAX_EXACT_TEXT = 60  # characters of an exact tangent line; beyond, decimals only
OTHER_BASES = ("2", "e", "10", "1/2")
SAMPLES = 401
TABLE_DIGITS = 10
TABLE_H = tuple(Fraction(1, 10**k) for k in range(1, 7))
E = Constant("e")
X = Variable()

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
    """The point of tangency and the slope there; ``label`` is x0 as the learner reads it.

    ``exact`` is the line ``y = mx + b`` in exact form (text, LaTeX) when it could be worked
    out, else empty.
    """

    x0: float
    label: str
    value: float
    slope: float
    moved: bool = False
    exact: tuple[str, str] = ("", "")
    exact_slope: str = ""
    label_latex: str = ""


def _exact_tangent(function: Node, derivative: Node, at: Node) -> dict[str, object]:
    """The tangent ``y = f'(a)x + (f(a) − a f'(a))`` in exact form, as a teacher writes it
    (``exact`` and ``exact_slope`` of a Tangent; nothing when it has no short exact form)."""
    f, d = calculus.to_sympy(function), calculus.to_sympy(derivative)
    if sympy.count_ops(f) + sympy.count_ops(d) > MAX_EXACT_OPS:
        return {}
    point = calculus.to_sympy(at)
    symbol = sympy.Symbol("x")
    try:
        height = sympy.expand(f.subs(symbol, point))
        slope = sympy.expand(d.subs(symbol, point))
        intercept = sympy.expand(height - slope * point)
        exact = line(tree(slope), tree(intercept))
        if len(exact[0]) > MAX_EXACT_TEXT:  # 2^100 log 2 written out helps no one
            return {}
        return {"exact": exact, "exact_slope": text(tree(slope))}
    except ValueError:  # a value the printer has no notation for
        return {}


def _tangent(request: DiffRequest, function: Node, derivative: Node) -> Tangent | None:
    if request.at is not None:
        x0 = point_value(request.at)
        return Tangent(
            float(x0),
            text(request.at),
            calculus.point_value(function, x0),
            calculus.point_value(derivative, x0),
            label_latex=latex(request.at),
            **_exact_tangent(function, derivative, request.at),  # type: ignore[arg-type]
        )
    found = default_point(function, derivative)
    if found is None:
        return None
    x0, value, slope = found
    at = Number(x0)
    return Tangent(
        float(x0),
        text(at),
        value,
        slope,
        moved=x0 != 0,
        label_latex=latex(at),
        **_exact_tangent(function, derivative, at),  # type: ignore[arg-type]
    )


def _base_reply(request: DiffRequest, locale: str) -> Reply:
    base = request.function
    is_e = base == E
    derivation = calculus.base_derivation(base)
    result = derivation.result
    function = derivation.function
    power = text(function)
    tangent = _tangent(request, function, result)
    assert tangent is not None
    lines = [
        t("diff.base.intro_e" if is_e else "diff.base.intro", locale, f=power, result=_text(result))
    ]
    log_a, rows = difference_quotients(base)
    quotient = f"({text(Binary('^', base, Variable('h')))} - 1)/h"
    log_text = text(Call("ln", base))
    lines.append(
        t("diff.base.table_intro", locale, quotient=quotient, log=log_text, value=_number(log_a))
    )
    for h, value in rows:
        error = decimal(abs(value - log_a), 2)
        lines.append(
            t(
                "diff.base.table_row",
                locale,
                h=text(decimal_number(h)),
                quotient=quotient,
                value=_number(value, strip=False),
                error=error,
            )
        )
    if not is_e:
        lines.append(t("diff.base.general", locale))
    lines.append(_tangent_text(tangent, locale))
    law = "1.6" if is_e else "1.5"
    actions = [
        Action(t("diff.action.base", locale, a=other), "diff", (("f", other),))
        for other in OTHER_BASES
        if other != typed(base)
    ]
    actions.append(Action(t("diff.action.law", locale, law=law), "law", (("id", law),)))
    fields = (
        Field(t("diff.field.log", locale, log=log_text), _number(log_a)),
        *_tangent_fields(tangent, locale),
    )
    half_width = min(3.0, max(0.75, 2.5 / abs(math.log(float(calculus.constant_value(base))))))
    lhs = rf"\left({latex(function)}\right)'"
    if is_e:
        steps = tuple(common.proof("exp_limit", locale) + common.proof("1.6", locale))
        image = render.formula(
            [
                r"\left(e^{x}\right)' = \lim_{h \to 0}\dfrac{e^{x+h} - e^{x}}{h}"
                r" = e^{x} \lim_{h \to 0}\dfrac{e^{h} - 1}{h} = e^{x}",
                r"\lim_{h \to 0}\dfrac{e^{h} - 1}{h} = \lim_{t \to 0}"
                r"\dfrac{1}{\log\left(1 + t\right)^{1/t}} = \dfrac{1}{\log e} = 1",
            ],
            "derivative.png",
            t("diff.formula.alt", locale, steps="(e^x)' = e^x·lim (e^h - 1)/h = e^x"),
        )
    else:
        steps = _step_texts(derivation, locale, lhs=f"({power})'")
        image = _formula(derivation, locale, lhs)
    return Reply(
        title=t("diff.title.base", locale, f=power),
        text="\n".join(lines),
        steps=steps,
        latex=f"{lhs} = {latex(result)}",
        fields=fields,
        attachments=(image, *_plot(function, result, tangent, locale, half_width)),
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
    a = text(request.function)
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
    f_text = text(function)
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
        latex=f"f'(x) = {latex(result)}",
        fields=_tangent_fields(tangent, locale) if tangent else (),
        attachments=(
            _formula(derivation, locale, "f'(x)"),
            *_plot(function, result, tangent, locale, EXPRESSION_HALF_WIDTH),
        ),
        actions=tuple(actions),
    )


# --- text --------------------------------------------------------------------------------------


def _text(tree_: Tree) -> str:
    shown = text(tree_)
    return shown if len(shown) <= MAX_STEP_TEXT else shown[: MAX_STEP_TEXT - 1] + "…"


def _number(value: mpmath.mpf | float, strip: bool = True) -> str:
    return decimal(mpmath.mpf(value), TABLE_DIGITS, strip=strip)


def _short(value: float) -> str:
    return decimal(value, 4).replace("-", "−")


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


def decimal_line(tangent: Tangent) -> str:
    """The tangent as ``y = m x + b`` with ten significant digits, never e-notation."""
    intercept = tangent.value - tangent.slope * tangent.x0
    slope = _number(tangent.slope)
    coefficient = {"1": "", "-1": "-"}.get(slope, f"({slope})" if "×" in slope else slope)
    parts = [f"{coefficient}x"] if tangent.slope else []
    shown = _number(abs(intercept))
    if parts and intercept:
        parts.append(("- " if intercept < 0 else "+ ") + shown)
    elif not parts:
        parts.append(_number(intercept))
    return "y = " + " ".join(parts)


def _tangent_text(tangent: Tangent, locale: str) -> str:
    """The tangent line, exact with its decimal beside: ``y = (log 2)x + 1`` (≈ …)."""
    approximate = decimal_line(tangent)
    exact_line = tangent.exact[0] or approximate
    slope = _number(tangent.slope)
    if tangent.exact_slope and tangent.exact_slope != slope:
        slope = f"{tangent.exact_slope} ≈ {slope}"
    beside = "" if exact_line == approximate else t("diff.tangent_approx", locale, line=approximate)
    return t("diff.tangent", locale, x0=tangent.label, slope=slope, line=exact_line) + beside


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
    first = latex(derivation.start)
    lines = [first if first == lhs else f"{lhs} = {first}"]
    lines += [f"= {latex(tree_)}" for tree_ in trees]
    shown = " = ".join(_text(tree_) for tree_ in (derivation.start, *trees))
    alt = t("diff.formula.alt", locale, steps=shown[:MAX_STEP_TEXT])
    return render.formula(lines, "derivative.png", alt)


def _defined_around(xs: np.ndarray, ys: np.ndarray, x0: float) -> np.ndarray:
    """The part of the window where f is defined without a break around x0 (for x^x at 1:
    x > 0), so that a tangent is drawn only where f is."""
    inside = np.isfinite(ys)
    centre = int(np.argmin(np.abs(xs - x0)))
    if not inside[centre]:
        return np.zeros_like(inside)
    low = centre
    while low > 0 and inside[low - 1]:
        low -= 1
    high = centre
    while high < len(xs) - 1 and inside[high + 1]:
        high += 1
    mask = np.zeros_like(inside)
    mask[low : high + 1] = True
    return mask


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
    f_latex = latex(function)
    shown = f_latex if len(f_latex) <= MAX_LEGEND_LATEX else ""
    label = f"$f(x) = {shown}$" if shown else "$f(x)$"
    render.curve(axes, xs, ys, "main", label)
    render.curve(axes, xs, dys, "second", t("diff.plot.derivative", locale, f="$f'(x)$"))
    if tangent:
        touching = _defined_around(xs, calculus.sample(function, xs), tangent.x0)
        line_ys = tangent.value + tangent.slope * (xs - tangent.x0)
        line_ys[~touching] = np.nan
        render.curve(
            axes,
            xs,
            line_ys,
            "tangent",
            t("diff.plot.tangent", locale, slope=render.image_number(_short(tangent.slope))),
        )
        render.point(axes, tangent.x0, tangent.value)
        title = t("diff.plot.title", locale, f="$f$", d="$f'$", x0=f"$x = {tangent.label_latex}$")
    else:
        title = t("diff.plot.title_no_tangent", locale, f="$f$", d="$f'$")
    axes.set_xlim(low, high)
    axes.set_ylim(bottom, top)
    axes.axhline(0, color="#5c5c60", linewidth=0.8)
    if low < 0 < high:
        axes.axvline(0, color="#5c5c60", linewidth=0.8)
    render.finish(axes, title)
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
