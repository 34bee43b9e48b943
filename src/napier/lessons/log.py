"""/log: log_a x with its steps, or the lesson on logarithms (laws and derivative), with a
plot of y = a^x and y = log_a x as mirror images in y = x."""

from __future__ import annotations

import logging
import math
from fractions import Fraction

import mpmath
import numpy as np

from napier import logarithm, render
from napier.calculus import Tree
from napier.commands.log import LogRequest
from napier.i18n import t
from napier.lessons.show import decimal, item_text, line_latex, line_text, plain_ticks, step_text
from napier.parser import Binary, Constant, Node, Number, Variable
from napier.reply import Action, Attachment, Field, Reply
from napier.steps import Line

log = logging.getLogger(__name__)

X = Variable()
DEFAULT_BASE = Number(Fraction(2))
PLOT_SIZE = (5.6, 5.0)
MIN_WINDOW, MAX_WINDOW = 4.0, 10.0
SAMPLES = 400


def answer(request: LogRequest, locale: str) -> Reply:
    """log_a x with its steps, or the lesson when no number is given."""
    if request.base is None or request.arg is None:
        return lesson(request.base or DEFAULT_BASE, locale)
    return value_reply(logarithm.evaluate(request.base, request.arg), locale)


# --- log_a x ---------------------------------------------------------------------------------


def _power(base: Node, exponent: Tree) -> Tree:
    return Binary("^", base, exponent)


def value_reply(value: logarithm.LogValue, locale: str) -> Reply:
    expression = item_text(value.tree)
    params = {"expression": expression, "x": item_text(value.arg)}
    params["power"] = item_text(_power(value.base, logarithm.P))
    if value.exact is not None:
        shown = item_text(value.natural)
        lead = t("log.value.exact", locale, expression=expression, value=shown)
        form = Line((_power(value.base, value.natural), value.arg), ("=",))
        form_text = line_text(form, locale)
    else:
        natural = item_text(value.natural)
        exact = f"{expression} = {natural}" if natural != expression else expression
        lead = t("log.value.approx", locale, expression=exact, value=decimal(value.value))
        form_text = f"{item_text(value.base)}^{decimal(value.value)} ≈ {item_text(value.arg)}"
    text = [lead, t("log.exponent_form", locale, form=form_text, **params)]
    steps = tuple(step_text(step, "log.step", locale) for step in value.steps)
    fields = (
        Field(
            t("log.field.value", locale),
            f"`{item_text(value.natural)}`"
            if value.exact is not None
            else f"`{decimal(value.value)}`",
        ),
        Field(t("log.field.exponent", locale), f"`{form_text}`"),
    )
    lines = [line_latex(line, locale) for step in value.steps for line in step.lines]
    alt = t(
        "log.formula.alt",
        locale,
        expression=expression,
        steps=" → ".join(line_text(line, locale) for step in value.steps for line in step.lines),
    )
    attachments = [render.formula(lines, "log.png", alt[:600])]
    attachments.append(_mirror_plot(value.base, value.base_value, value, locale))
    a, x = item_text(value.base), item_text(value.arg)
    actions = [
        Action(t("log.action.lesson", locale), "log", ()),
        Action(t("log.action.graph", locale, a=a), "graph", (("bases", a),)),
    ]
    if value.exact is None:
        equation = f"{a}^x = {x}" if len(a) == 1 or a.isdigit() else f"({a})^x = {x}"
        label = t("log.action.solve", locale, equation=equation)
        actions.append(Action(label, "solve", (("problem", equation),)))
    return Reply(
        title=t("log.title.value", locale, expression=expression[:120]),
        text="\n".join(text),
        steps=steps,
        latex=lines[-1] if lines else "",
        fields=fields,
        attachments=tuple(attachments),
        actions=tuple(actions),
    )


# --- the lesson ------------------------------------------------------------------------------


def _condition(key: str) -> str:
    if key == "definition":
        return "log.law.condition.definition"
    if key == "special":
        return "log.law.condition.base"
    if key == "change_of_base":
        return "log.law.condition.change_of_base"
    if key.startswith("derivative"):
        return "log.law.condition.derivative"
    return "log.law.condition.other"


def law_text(law: logarithm.Law, locale: str) -> str:
    """The law's name and statement, its conditions, then each step of its derivation."""
    heading = t(
        "log.law.heading",
        locale,
        name=t(f"log.law.name.{law.key}", locale),
        statement=line_text(law.statement, locale),
    )
    parts = [heading + " " + t(_condition(law.key), locale)]
    parts += [step_text(step, "log.law.step", locale) for step in law.steps]
    return "\n".join(parts)


def lesson(base: Node, locale: str) -> Reply:
    """The definition, the laws with their derivations, the derivative, and the mirror plot."""
    text = [
        t("log.lesson.intro", locale),
        t("log.lesson.examples", locale),
        t("log.lesson.inverse", locale),
        t("log.lesson.laws", locale),
        t("log.lesson.try", locale),
    ]
    steps = tuple(law_text(law, locale) for law in logarithm.LAWS)
    statements = [line_latex(law.statement, locale) for law in logarithm.LAWS]
    alt = t(
        "log.lesson.alt",
        locale,
        laws="; ".join(line_text(law.statement, locale) for law in logarithm.LAWS),
    )
    derivative = logarithm.law("derivative").statement
    derivative_base = logarithm.law("derivative_base").statement
    fields = (
        Field(
            t("log.field.derivative", locale),
            f"`{line_text(derivative, locale)}`\n`{line_text(derivative_base, locale)}`",
        ),
    )
    base_value = logarithm.check_base(base)
    attachments = (
        render.formula(statements, "log-laws.png", alt[:600]),
        _mirror_plot(base, base_value, None, locale),
    )
    actions = (
        *(
            Action(t("log.action.value", locale, a=a, x=x), "log", (("a", a), ("x", x)))
            for a, x in (("2", "8"), ("4", "8"), ("1/2", "4"), ("3", "5"))
        ),
        Action(t("log.action.graph", locale, a="a"), "graph", ()),
    )
    return Reply(
        title=t("log.title.lesson", locale),
        text="\n".join(text),
        steps=steps,
        latex=statements[0],
        fields=fields,
        attachments=attachments,
        actions=actions,
    )


# --- the plot --------------------------------------------------------------------------------


_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _labels(base: Node, is_e: bool) -> tuple[str, str]:
    """Plain-text legend labels (a mathtext label costs a parse): y = 2ˣ, y = log₂ x."""
    shown = item_text(base)
    if is_e:
        return "y = eˣ", "y = log x"
    simple = shown.isdigit()
    power = f"y = {shown}ˣ" if simple else f"y = ({shown})ˣ"
    logarithm_label = (
        f"y = log{shown.translate(_SUBSCRIPT)} x" if simple else f"y = log_({shown}) x"
    )
    return power, logarithm_label


def _mirror_plot(
    base: Node, base_value: mpmath.mpf, value: logarithm.LogValue | None, locale: str
) -> Attachment:
    """y = a^x, y = log_a x and y = x on equal axes, with (p, x) and (x, p) marked."""
    a = float(base_value)
    ln_a = math.log(a)
    point = None
    if value is not None:
        point = (float(value.value), float(value.arg_value))
    reach = max(abs(point[0]), abs(point[1])) + 1.0 if point else MIN_WINDOW
    high = min(MAX_WINDOW, max(MIN_WINDOW, reach))
    low = -0.6 * high
    xs = np.linspace(low, high, SAMPLES)
    with np.errstate(over="ignore"):
        exponential = np.exp(xs * ln_a)
    positive = np.linspace(max(1e-9, math.exp(low * abs(ln_a)) / 50), high, SAMPLES * 2)
    logarithm_curve = np.log(positive) / ln_a
    exponential[(exponential > high + 1) | (exponential < low - 1)] = np.nan
    logarithm_curve[(logarithm_curve > high + 1) | (logarithm_curve < low - 1)] = np.nan
    is_e = base == Constant("e")
    power_label, log_label = _labels(base, is_e)
    figure = render.new_figure(PLOT_SIZE)
    axes = figure.add_subplot()
    axes.plot(xs, exponential, linewidth=2.4, label=power_label)
    axes.plot(positive, logarithm_curve, linewidth=2.4, label=log_label)
    axes.plot(xs, xs, linestyle="--", color="#5c5c60", linewidth=1.2, label="y = x")
    alt_point = ""
    if point is not None:
        p, x = point
        shown = {"p": decimal(p, 4), "x": decimal(x, 4)}
        if low <= p <= high and low <= x <= high:
            axes.plot([p, x], [x, p], linestyle=":", color=render.PALETTE[2], linewidth=1.4)
            axes.plot([p], [x], "o", color=render.PALETTE[0], markersize=6)
            axes.plot([x], [p], "o", color=render.PALETTE[1], markersize=6)
            for (u, v), align in (((p, x), "left"), ((x, p), "right")):
                axes.annotate(
                    f"({decimal(u, 4)}, {decimal(v, 4)})",
                    (u, v),
                    textcoords="offset points",
                    xytext=(8 if align == "left" else -8, -14 if align == "right" else 4),
                    ha=align,
                    fontsize=9,
                )
            alt_point = t("log.plot.alt_point", locale, **shown)
        else:
            alt_point = t("log.plot.alt_outside", locale, **shown)
    axes.axhline(0, color="#5c5c60", linewidth=0.8)
    axes.axvline(0, color="#5c5c60", linewidth=0.8)
    axes.set_xlim(low, high)
    axes.set_ylim(low, high)
    axes.set_aspect("equal", adjustable="box")
    plain_ticks(axes)
    axes.set_xlabel("x")
    axes.set_ylabel("y")
    power_text = item_text(_power(base, X))
    log_text = item_text(logarithm.base_log(base, X))
    axes.set_title(t("log.plot.title", locale), fontsize=11)
    axes.legend(loc="upper left" if a > 1 else "upper right", fontsize=9)
    alt = t("log.plot.alt", locale, power=power_text, log=log_text, point=alt_point)
    return render.plot(figure, "log-plot.png", alt)
