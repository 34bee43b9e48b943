"""/law: the six formulas of the lesson, why each one holds, and a worked example."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

import mpmath
import numpy as np
import sympy

from napier import render
from napier.commands.law import DEFAULTS, EXAMPLE, LAWS, USES, LawRequest
from napier.commands.law import example as law_example
from napier.errors import UserError
from napier.exact import TooLarge, evaluate_or_too_large
from napier.exact import power as exact_power
from napier.i18n import t
from napier.lesson_format import (
    approx,
    approx_latex,
    join,
    latex,
    plain,
    power_latex,
    power_plain,
)
from napier.parser import Number
from napier.reply import Action, Attachment, Field, Reply

log = logging.getLogger(__name__)


STATEMENTS = {  # plain text, the same in both languages
    "1.1": "a^x · a^y = a^(x+y)",
    "1.2": "1/a^x = a^(-x)",
    "1.3": "a^y / a^x = a^(y-x)",
    "1.4": "(a^x)^y = a^(xy)",
    "1.5": "(a^x)' = a^x · log_e a",
    "1.6": "(e^x)' = e^x",
}
STATEMENTS_LATEX = {
    "1.1": r"a^{x} \times a^{y} = a^{x+y}",
    "1.2": r"\dfrac{1}{a^{x}} = a^{-x}",
    "1.3": r"\dfrac{a^{y}}{a^{x}} = a^{y-x}",
    "1.4": r"\left(a^{x}\right)^{y} = a^{xy}",
    "1.5": r"\left(a^{x}\right)^{\prime} = a^{x} \log_{e} a",
    "1.6": r"\left(e^{x}\right)^{\prime} = e^{x}",
}
CONDITIONS_LATEX = {
    "1.1": r"a > 0:\ x, y \in \mathbb{R}\qquad a < 0:\ x, y \in \mathbb{Z}\qquad a = 0:\ x, y > 0",
    "1.2": r"a > 0:\ x \in \mathbb{R}\qquad a < 0:\ x \in \mathbb{Z}\qquad a \neq 0",
    "1.3": r"a > 0:\ x, y \in \mathbb{R}\qquad a < 0:\ x, y \in \mathbb{Z}\qquad a \neq 0",
    "1.4": r"a > 0:\ x, y \in \mathbb{R}\qquad a < 0:\ x, y \in \mathbb{Z}\qquad a = 0:\ x, y > 0",
    "1.5": r"a > 0,\ a \neq 1,\ x \in \mathbb{R}",
    "1.6": r"x \in \mathbb{R}",
}
MAX_DIGITS = 10_000  # of any exact value in a worked example
MAX_LOG_BASE = 20  # |log a| in the derivative examples (about 2e-9 < a < 5e8)
MAX_X_LOG_A = 230  # |x log a| in the derivative examples: slopes up to about 1e100
DIFFERENCE_STEPS = (Fraction(1, 10), Fraction(1, 1000), Fraction(1, 100_000))


# --- exact values -------------------------------------------------------------------------


def _too_large() -> UserError:
    return UserError("law.too_large", limit=f"{MAX_DIGITS:,}", example=EXAMPLE)


def values(request: LawRequest) -> dict[str, sympy.Expr]:
    """The exact a, x, y of a request (defaults where absent; a = e for 1.6)."""
    assert request.law is not None
    found: dict[str, sympy.Expr] = {}
    for name in USES[request.law]:
        node = getattr(request, name) or Number(Fraction(DEFAULTS[request.law][name]))
        try:
            found[name] = evaluate_or_too_large(
                node, example=law_example(request.law), max_digits=MAX_DIGITS
            )
        except TooLarge:
            raise _too_large() from None
    if request.law == "1.6":
        found["a"] = sympy.E
    return found


def pw(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
    """base**exponent, exact, with the size guard of the worked examples."""
    try:
        return exact_power(base, exponent, example=EXAMPLE, max_digits=MAX_DIGITS)
    except TooLarge:
        raise _too_large() from None


def sign(value: sympy.Expr) -> int:
    """-1, 0 or 1 for a real value (decided numerically when sympy cannot tell)."""
    if value.is_zero:
        return 0
    if value.is_positive:
        return 1
    if value.is_negative:
        return -1
    number = sympy.N(value, 60)
    return 0 if abs(number) < sympy.Float(10) ** -50 else (1 if number > 0 else -1)


def obstacle(law: str, a: sympy.Expr, x: sympy.Expr, y: sympy.Expr | None) -> str | None:
    """The message key explaining why the law does not hold as stated for these values."""
    exponents = [x] if y is None else [x, y]
    base = sign(a)
    if law in ("1.5",):
        if base <= 0:
            return "law.obstacle.derivative_base"
        if a == 1:
            return "law.obstacle.derivative_one"
        return None
    if law == "1.6":
        return None
    if base == 0:
        if law in ("1.2", "1.3"):
            return "law.obstacle.zero_division"
        if any(sign(e) <= 0 for e in exponents):
            return "law.obstacle.zero_power"
    if base < 0 and not all(e.is_integer for e in exponents):
        return "law.obstacle.negative_base"
    return None


def equal(left: sympy.Expr, right: sympy.Expr) -> str:
    """``"exact"`` when sympy's canonical forms agree, ``"numeric"`` when 45 digits agree."""
    if left == right or sympy.expand(left - right) == 0:
        return "exact"
    precision = 60
    difference = abs(sympy.N(left - right, precision))
    scale = max(sympy.Float(1), abs(sympy.N(left, precision)))
    if difference <= scale * sympy.Float(10) ** -45:
        return "numeric"
    log.error("law identity failed: %s != %s", left, right)
    return "different"


# --- worked examples ----------------------------------------------------------------------

Form = tuple[str, str]  # (LaTeX, plain text)


def _exponent(value: sympy.Expr) -> Form:
    return latex(value), plain(value)


def _wrapped(value: sympy.Expr, fractions: bool = True) -> Form:
    """A value as an operand of ``+ - · /``: negatives, sums (and fractions) in parentheses."""
    shown_latex, shown_plain = latex(value), plain(value)
    fraction = fractions and value.is_Rational and not value.is_Integer
    if sign(value) < 0 or value.is_Add or fraction:
        return rf"\left({shown_latex}\right)", f"({shown_plain})"
    return shown_latex, shown_plain


def _operand(value: sympy.Expr) -> Form:
    """A value as a factor, numerator or denominator: compound forms in parentheses."""
    shown_latex, shown_plain = latex(value), plain(value)
    top_level = re.sub(r"\([^()]*\)", "", re.sub(r"\([^()]*\)", "", shown_plain))
    if re.search(r"[-+/·* ]", top_level) and not shown_plain.startswith("≈"):
        return rf"\left({shown_latex}\right)", f"({shown_plain})"
    return shown_latex, shown_plain


def _power(base: sympy.Expr, exponent: Form) -> Form:
    return power_latex(base, exponent[0]), power_plain(base, exponent[1])


def _value(value: sympy.Expr) -> Form:
    return latex(value), plain(value)


def _chain(forms: list[Form]) -> list[Form]:
    """The forms with consecutive repeats (same plain text) removed."""
    kept: list[Form] = []
    for form in forms:
        if not kept or kept[-1][1] != form[1]:
            kept.append(form)
    return kept


@dataclass(frozen=True)
class Example:
    """Both sides of a law for concrete values, each as a chain of equal forms."""

    left: list[Form]
    right: list[Form]
    left_value: sympy.Expr
    right_value: sympy.Expr
    agreement: str


def example(law: str, a: sympy.Expr, x: sympy.Expr, y: sympy.Expr | None) -> Example:
    """The worked example of laws 1.1–1.4 (call only when ``obstacle`` is None)."""
    ax = pw(a, x)
    xs, ys = _exponent(x), _exponent(y) if y is not None else ("", "")
    if law == "1.1":
        assert y is not None
        ay = pw(a, y)
        left_value, total = ax * ay, x + y
        right_value = pw(a, total)
        pa, pb = _power(a, xs), _power(a, ys)
        va, vb = _operand(ax), _operand(ay)
        wy = _wrapped(y, fractions=False)
        left = [
            (rf"{pa[0]} \times {pb[0]}", f"{pa[1]} · {pb[1]}"),
            (rf"{va[0]} \times {vb[0]}", f"{va[1]} · {vb[1]}"),
            _value(left_value),
        ]
        right = [
            _power(a, (f"{xs[0]} + {wy[0]}", f"{xs[1]}+{wy[1]}")),
            _power(a, _exponent(total)),
            _value(right_value),
        ]
    elif law == "1.2":
        left_value, opposite = 1 / ax, -x
        right_value = pw(a, opposite)
        pa = _power(a, xs)
        wx = _wrapped(x, fractions=False)
        left = [
            (rf"\frac{{1}}{{{pa[0]}}}", f"1/{pa[1]}"),
            (rf"\frac{{1}}{{{latex(ax)}}}", f"1/{_operand(ax)[1]}"),
            _value(left_value),
        ]
        right = [
            _power(a, (f"-{wx[0]}", f"-{wx[1]}")),
            _power(a, _exponent(opposite)),
            _value(right_value),
        ]
    elif law == "1.3":
        assert y is not None
        ay = pw(a, y)
        left_value, difference = ay / ax, y - x
        right_value = pw(a, difference)
        pa, pb = _power(a, xs), _power(a, ys)
        wx = _wrapped(x, fractions=False)
        left = [
            (rf"\frac{{{pb[0]}}}{{{pa[0]}}}", f"{pb[1]} / {pa[1]}"),
            (rf"\frac{{{latex(ay)}}}{{{latex(ax)}}}", f"{_operand(ay)[1]} / {_operand(ax)[1]}"),
            _value(left_value),
        ]
        right = [
            _power(a, (f"{ys[0]} - {wx[0]}", f"{ys[1]}-{wx[1]}")),
            _power(a, _exponent(difference)),
            _value(right_value),
        ]
    else:
        assert y is not None
        left_value, product = pw(ax, y), x * y
        right_value = pw(a, product)
        pa = _power(a, xs)
        wy = _wrapped(y)
        left = [
            (rf"\left({pa[0]}\right)^{{{ys[0]}}}", f"({pa[1]})^{_exponent_plain(ys[1])}"),
            _power(ax, ys),
            _value(left_value),
        ]
        right = [
            _power(a, (rf"{_wrapped(x)[0]} \cdot {wy[0]}", f"{_wrapped(x)[1]}·{wy[1]}")),
            _power(a, _exponent(product)),
            _value(right_value),
        ]
    return Example(
        _chain(left), _chain(right), left_value, right_value, equal(left_value, right_value)
    )


def _exponent_plain(text: str) -> str:
    return text if text.isdigit() else f"({text})"


def example_line(worked: Example) -> str:
    """One LaTeX line: the left chain, then the right chain backwards."""
    right = list(reversed(worked.right))
    if worked.left[-1][1] == right[0][1]:
        right = right[1:]
    return join([form[0] for form in [*worked.left, *right]])


# --- derivative examples (1.5, 1.6) -------------------------------------------------------


@dataclass(frozen=True)
class Slope:
    """a^x and its slope a^x log a at one point, exact and as floats, with difference quotients."""

    height: sympy.Expr
    slope: sympy.Expr
    quotients: tuple[tuple[Fraction, str], ...]


def slope(a: sympy.Expr, x: sympy.Expr) -> Slope:
    """The height and slope of a^x at x, and (a^(x+h) - a^x)/h for the tabled h."""
    height = pw(a, x)
    exact_slope = height * sympy.log(a)
    with mpmath.workdps(40):
        base, point = mpmath.mpf(sympy.N(a, 50)), mpmath.mpf(sympy.N(x, 50))
        quotients = tuple(
            (h, approx((base ** (point + step) - base**point) / step, 8))
            for h in DIFFERENCE_STEPS
            for step in [mpmath.mpf(h.numerator) / h.denominator]
        )
    return Slope(height, exact_slope, quotients)


def check_derivative_range(a: sympy.Expr, x: sympy.Expr) -> None:
    """Refuse bases and points whose slopes would not fit a readable example or plot."""
    log_a = abs(float(sympy.N(sympy.log(a), 20)))
    if log_a > MAX_LOG_BASE or abs(float(sympy.N(x, 20))) * log_a > MAX_X_LOG_A:
        raise UserError("law.derivative_range", example="/law 1.5 a:3 x:2")


# --- images -------------------------------------------------------------------------------


def _statement_lines(law: str) -> list[str]:
    return [rf"\mathrm{{({law})}}\quad {STATEMENTS_LATEX[law]}", CONDITIONS_LATEX[law]]


def _derivative_plot(a: sympy.Expr, x0: sympy.Expr, point: Slope, locale: str) -> Attachment:
    """a^x, its derivative and the tangent at x0 (for e, the two curves coincide)."""
    is_e = a == sympy.E
    ln_a = float(sympy.N(sympy.log(a), 20))
    centre = float(sympy.N(x0, 20))
    half = min(3.0, 3.0 / abs(ln_a)) if ln_a else 3.0
    xs = np.linspace(centre - half, centre + half, 241)
    ys = np.exp(xs * ln_a)
    derivative = ys * ln_a
    height, slope_value = float(sympy.N(point.height, 20)), float(sympy.N(point.slope, 20))
    a_latex = "e" if is_e else latex(a)
    base = a_latex if len(a_latex) < 30 else "a"
    power_label = power_latex(a, "x") if base != "a" else "a^{x}"
    figure = render.new_figure()
    axes = figure.add_axes((0.1, 0.12, 0.87, 0.8))
    axes.plot(xs, ys, linewidth=3.2, label=f"$y = {power_label}$")
    derivative_label = (
        r"$y = \left(e^{x}\right)^{\prime} = e^{x}$"
        if is_e
        else rf"$y = \left({power_label}\right)^{{\prime}} = {power_label} \log {_log_arg(a)}$"
    )
    axes.plot(xs, derivative, linewidth=2.0, linestyle="--", label=derivative_label)
    tangent = height + slope_value * (xs - centre)
    axes.plot(
        xs,
        tangent,
        linewidth=1.2,
        color=render.PALETTE[2],
        label=t("law.plot.tangent", locale, x=approx(x0, 4), slope=approx(point.slope, 5)),
    )
    axes.plot([centre], [height], "o", color=render.PALETTE[2])
    curves = np.concatenate([ys, derivative])
    low, high = float(min(0.0, curves.min())), float(curves.max())
    margin = 0.08 * (high - low or 1.0)
    axes.set_ylim(low - margin, high + margin)
    axes.set_xlim(xs[0], xs[-1])
    axes.set_xlabel("x")
    axes.set_ylabel("y")
    axes.set_title(
        t("law.plot.title_e", locale) if is_e else t("law.plot.title", locale, a=plain(a)),
        fontsize=11,
    )
    axes.legend(loc="upper left", fontsize=9)
    alt = (
        t("law.plot.alt_e", locale, x=approx(x0, 4), slope=approx(point.slope, 5))
        if is_e
        else t("law.plot.alt", locale, a=plain(a), x=approx(x0, 4), slope=approx(point.slope, 5))
    )
    return render.plot(figure, f"law-{'1.6' if is_e else '1.5'}-plot.png", alt)


def _log_arg(a: sympy.Expr) -> str:
    shown = latex(a)
    return shown if a.is_Integer and a > 0 else rf"\left({shown}\right)"


# --- replies ------------------------------------------------------------------------------


def _actions(law: str, locale: str) -> tuple[Action, ...]:
    index = LAWS.index(law)
    actions: list[Action] = []
    if index > 0:
        previous = LAWS[index - 1]
        actions.append(
            Action(t("law.action.previous", locale, id=previous), "law", (("id", previous),))
        )
    if index < len(LAWS) - 1:
        following = LAWS[index + 1]
        actions.append(
            Action(t("law.action.next", locale, id=following), "law", (("id", following),))
        )
    actions.append(Action(t("law.action.overview", locale), "law", ()))
    return tuple(actions)


def _given(law: str, found: Mapping[str, sympy.Expr]) -> str:
    return ", ".join(f"{name} = {plain(found[name])}" for name in USES[law])


def _head(law: str, locale: str) -> list[str]:
    return [
        f"**{STATEMENTS[law]}**",
        t(f"law.conditions.{law}", locale),
        "",
        t(f"law.why.{law}", locale, **_why_params(law)),
    ]


def _why_params(law: str) -> dict[str, str]:
    if law != "1.2":
        return {}
    # the pattern a^3, a^2, …, a^-2 for a = 2, each step divided by 2
    pattern = ", ".join(
        f"2^{n} = {plain(sympy.Integer(2) ** n)}"
        if n >= 0
        else f"2^({n}) = {plain(sympy.Integer(2) ** n)}"
        for n in range(3, -3, -1)
    )
    return {"pattern": pattern}


def answer(request: LawRequest, locale: str) -> Reply:
    """Explain one law (or all six) with a worked example and, for derivatives, a plot."""
    if request.law is None:
        return overview(locale)
    law = request.law
    found = values(request)
    a, x, y = found["a"], found["x"], found.get("y")
    title = t("law.title", locale, id=law, name=t(f"law.name.{law}", locale))
    lines = _statement_lines(law)
    text = _head(law, locale)
    text += ["", f"**{t('law.example', locale)}**: {_given(law, found)}"]
    fields = [Field(t("law.field.conditions", locale), t(f"law.conditions.{law}", locale))]
    blocked = obstacle(law, a, x, y)
    steps: list[str] = []
    attachments: list[Attachment] = []
    if blocked is not None:
        text += ["", "⚠ " + t(blocked, locale, law=law, a=plain(a))]
        if law == "1.4" and blocked == "law.obstacle.negative_base":
            text.append(t("law.obstacle.trap", locale))
        fields.append(Field(t("law.field.result", locale), t("law.result.not_applicable", locale)))
    elif law in ("1.5", "1.6"):
        check_derivative_range(a, x)
        point = slope(a, x)
        steps = _derivative_steps(law, a, x, point, locale)
        at = _exponent(x)
        height = _power(a, at)
        lines.append(
            rf"x = {at[0]}:\quad \left({power_latex(a, 'x')}\right)^{{\prime}} = "
            + (
                rf"{height[0]} = {latex(point.slope)} \approx {approx_latex(point.slope)}"
                if law == "1.6"
                else rf"{height[0]} \log {_log_arg(a)} = {latex(point.slope)}"
                rf" \approx {approx_latex(point.slope)}"
            )
        )
        fields.append(
            Field(t("law.field.result", locale), f"`{plain(point.slope)} ≈ {approx(point.slope)}`")
        )
        attachments.append(_derivative_plot(a, x, point, locale))
    else:
        worked = example(law, a, x, y)
        steps = _example_steps(worked, locale)
        lines.append(example_line(worked))
        fields.append(
            Field(
                t("law.field.result", locale),
                f"`{join([worked.left[-1][1], worked.right[-1][1]])}`",
            )
        )
    alt = t(
        "law.image.alt",
        locale,
        id=law,
        statement=STATEMENTS[law],
        conditions=t(f"law.conditions.{law}", locale),
    )
    attachments.insert(0, render.formula(lines, f"law-{law}.png", alt))
    return Reply(
        title=title,
        text="\n".join(text),
        steps=tuple(steps),
        latex=STATEMENTS_LATEX[law],
        fields=tuple(fields),
        attachments=tuple(attachments),
        actions=_actions(law, locale),
    )


def _example_steps(worked: Example, locale: str) -> list[str]:
    steps = [
        t("law.step.left", locale, chain=join([form[1] for form in worked.left])),
        t("law.step.right", locale, chain=join([form[1] for form in worked.right])),
    ]
    if worked.agreement == "exact":
        steps.append(t("law.step.equal", locale, value=worked.left[-1][1]))
    elif worked.agreement == "numeric":
        steps.append(
            t(
                "law.step.equal_numeric",
                locale,
                left=worked.left[-1][1],
                right=worked.right[-1][1],
                value=approx(worked.left_value, 15),
            )
        )
    else:
        steps.append(t("law.step.different", locale))
    return steps


def _derivative_steps(
    law: str, a: sympy.Expr, x: sympy.Expr, point: Slope, locale: str
) -> list[str]:
    at = plain(x)
    quotients = ", ".join(f"h = {float(h):g}: {value}" for h, value in point.quotients)
    if law == "1.6":
        return [
            t("law.step.e_special", locale),
            t("law.step.e_limit", locale),
            t(
                "law.step.at_e",
                locale,
                x=at,
                height=power_plain(a, at),
                value=plain(point.slope),
                approx=approx(point.slope),
            ),
            t("law.step.quotients", locale, quotients=quotients, approx=approx(point.slope)),
        ]
    base = plain(a)
    log_a = _wrapped(sympy.log(a))[1]
    return [
        t("law.step.rewrite", locale, power=power_plain(a, "x"), base=base, log=log_a),
        t("law.step.chain", locale, log=log_a),
        t("law.step.derivative", locale, power=power_plain(a, "x"), log=log_a),
        t(
            "law.step.at",
            locale,
            x=at,
            height=power_plain(a, at),
            log=log_a,
            value=plain(point.slope),
            approx=approx(point.slope),
        ),
        t("law.step.quotients", locale, quotients=quotients, approx=approx(point.slope)),
    ]


def overview(locale: str) -> Reply:
    """All six laws on one image, with a one-line summary of each."""
    lines = [rf"\mathrm{{({law})}}\quad {STATEMENTS_LATEX[law]}" for law in LAWS]
    lines[4] += r"\qquad \left(a > 0,\ a \neq 1\right)"
    text = [t("law.overview.intro", locale), ""]
    text += [f"- ({law}) `{STATEMENTS[law]}` — {t(f'law.name.{law}', locale)}" for law in LAWS]
    text += ["", t("law.overview.more", locale, example=EXAMPLE)]
    image = render.formula(lines, "law-overview.png", t("law.overview.alt", locale))
    actions = tuple(Action(f"({law})", "law", (("id", law),)) for law in LAWS)
    return Reply(
        title=t("law.overview.title", locale),
        text="\n".join(text),
        latex=r" \\ ".join(lines),
        attachments=(image,),
        actions=actions,
    )
