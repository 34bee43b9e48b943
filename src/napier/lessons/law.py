"""/law: the six formulas of the lesson, why each one holds, and a worked example."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

import mpmath
import numpy as np
import sympy

from napier import reasons, render
from napier.commands.law import DEFAULTS, EXAMPLE, LAWS, USES, LawRequest
from napier.commands.law import example as law_example
from napier.errors import UserError
from napier.exact import TooLarge, evaluate_or_too_large
from napier.exact import power as exact_power
from napier.format import decimal, decimal_latex, exact, tree
from napier.i18n import t
from napier.lessons import common
from napier.magnitude import digits_of
from napier.parser import Binary, Call, Negate, Node, Number, Variable
from napier.printer import decimal_number, equation, latex, text
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

ONE = Number(Fraction(1))
X = Variable()


def _v(value: sympy.Expr) -> Node:
    """An exact value as a tree for the printer."""
    return tree(value)


def _power(base: sympy.Expr, exponent: Node) -> Node:
    return Binary("^", _v(base), exponent)


def _chain(forms: list[Node]) -> list[Node]:
    """The forms with consecutive repeats (the same text) removed."""
    kept: list[Node] = []
    for form in forms:
        if not kept or text(kept[-1]) != text(form):
            kept.append(form)
    return kept


@dataclass(frozen=True)
class Example:
    """Both sides of a law for concrete values, each as a chain of equal forms (trees)."""

    left: list[Node]
    right: list[Node]
    left_value: sympy.Expr
    right_value: sympy.Expr
    agreement: str


def example(law: str, a: sympy.Expr, x: sympy.Expr, y: sympy.Expr | None) -> Example:
    """The worked example of laws 1.1–1.4 (call only when ``obstacle`` is None)."""
    ax = pw(a, x)
    vx = _v(x)
    if law == "1.1":
        assert y is not None
        ay, vy = pw(a, y), _v(y)
        left_value, total = ax * ay, x + y
        right_value = pw(a, total)
        left = [
            Binary("*", _power(a, vx), _power(a, vy)),
            Binary("*", _v(ax), _v(ay)),
            _v(left_value),
        ]
        right = [_power(a, Binary("+", vx, vy)), _power(a, _v(total)), _v(right_value)]
    elif law == "1.2":
        left_value, opposite = 1 / ax, -x
        right_value = pw(a, opposite)
        left = [Binary("/", ONE, _power(a, vx)), Binary("/", ONE, _v(ax)), _v(left_value)]
        right = [_power(a, Negate(vx)), _power(a, _v(opposite)), _v(right_value)]
    elif law == "1.3":
        assert y is not None
        ay, vy = pw(a, y), _v(y)
        left_value, difference = ay / ax, y - x
        right_value = pw(a, difference)
        left = [
            Binary("/", _power(a, vy), _power(a, vx)),
            Binary("/", _v(ay), _v(ax)),
            _v(left_value),
        ]
        right = [_power(a, Binary("-", vy, vx)), _power(a, _v(difference)), _v(right_value)]
    else:
        assert y is not None
        vy = _v(y)
        left_value, product = pw(ax, y), x * y
        right_value = pw(a, product)
        left = [Binary("^", _power(a, vx), vy), Binary("^", _v(ax), vy), _v(left_value)]
        right = [_power(a, Binary("*", vx, vy)), _power(a, _v(product)), _v(right_value)]
    return Example(
        _chain(left), _chain(right), left_value, right_value, equal(left_value, right_value)
    )


def example_line(worked: Example) -> str:
    """One LaTeX line: the left chain, then the right chain backwards."""
    return equation(latex(form) for form in [*worked.left, *reversed(worked.right)])


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
            (h, decimal((base ** (point + step) - base**point) / step, 8))
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
    function = Binary("^", _v(a), X)
    power = latex(function) if len(latex(_v(a))) < 30 else "a^{x}"
    derivative_tree = Binary("*", function, Call("ln", _v(a)))
    derivative_latex = "e^{x}" if is_e else latex(derivative_tree)
    figure = render.new_figure()
    axes = figure.add_axes((0.1, 0.12, 0.87, 0.8))
    render.curve(axes, xs, ys, "main", f"$y = {power}$")
    render.curve(
        axes, xs, derivative, "second", rf"$y = \left({power}\right)' = {derivative_latex}$"
    )
    tangent = height + slope_value * (xs - centre)
    at, slope_text = decimal(x0, 4), decimal(point.slope, 5)
    render.curve(
        axes,
        xs,
        tangent,
        "tangent",
        t(
            "law.plot.tangent",
            locale,
            x=render.image_number(at),
            slope=render.image_number(slope_text),
        ),
    )
    render.point(axes, centre, height)
    curves = np.concatenate([ys, derivative])
    low, high = float(min(0.0, curves.min())), float(curves.max())
    margin = 0.08 * (high - low or 1.0)
    axes.set_ylim(low - margin, high + margin)
    axes.set_xlim(xs[0], xs[-1])
    title = (
        t("law.plot.title_e", locale, f=r"$\left(e^{x}\right)' = e^{x}$")
        if is_e
        else t("law.plot.title", locale, f=f"$y = {power}$")
    )
    render.finish(axes, title, legend="upper left")
    alt = (
        t("law.plot.alt_e", locale, x=at, slope=slope_text)
        if is_e
        else t(
            "law.plot.alt",
            locale,
            f=text(function),
            d=text(derivative_tree),
            x=at,
            slope=slope_text,
        )
    )
    return render.plot(figure, f"law-{'1.6' if is_e else '1.5'}-plot.png", alt)


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


def _given(law: str, found: Mapping[str, sympy.Expr], locale: str) -> str:
    separator = "、" if locale == "ja" else ", "
    return separator.join(f"{name} = {exact(found[name])}" for name in USES[law])


def _head(law: str, locale: str) -> list[str]:
    """The statement, its conditions and why it holds (for 1.5 and 1.6: the chain, in steps)."""
    if law in ("1.5", "1.6"):
        why = [t(f"law.why.{law}", locale)]
    else:
        why = reasons.lines(law, locale, **_why_params(law))
    return [f"**{STATEMENTS[law]}**", t(f"law.conditions.{law}", locale), "", *why]


def _why_params(law: str) -> dict[str, str]:
    if law != "1.2":
        return {}
    # the pattern a^3, a^2, …, a^-2 for a = 2, each step divided by 2
    two = sympy.Integer(2)
    return {
        "pattern": ", ".join(
            equation([text(_power(two, _v(sympy.Integer(n)))), exact(two**n)])
            for n in range(3, -3, -1)
        )
    }


def answer(request: LawRequest, locale: str) -> Reply:
    """Explain one law (or all six) with a worked example and, for derivatives, a plot."""
    if request.law is None:
        return overview(locale)
    law = request.law
    found = values(request)
    a, x, y = found["a"], found["x"], found.get("y")
    title = t("law.title", locale, id=law, name=t(f"law.name.{law}", locale))
    lines = _statement_lines(law)
    shown = _head(law, locale)
    example_line_text = f"**{t('law.example', locale)}**: {_given(law, found, locale)}"
    if law not in ("1.5", "1.6"):  # for derivatives the example follows the proof, in the steps
        shown += ["", example_line_text]
    fields = [Field(t("law.field.conditions", locale), t(f"law.conditions.{law}", locale))]
    blocked = obstacle(law, a, x, y)
    steps: list[str] = []
    attachments: list[Attachment] = []
    if blocked is not None:
        shown += ["", "⚠ " + t(blocked, locale, law=law, a=exact(a))]
        if law == "1.4" and blocked == "law.obstacle.negative_base":
            shown.append(t("law.obstacle.trap", locale))
        fields.append(Field(t("law.field.result", locale), t("law.result.not_applicable", locale)))
    elif law in ("1.5", "1.6"):
        check_derivative_range(a, x)
        point = slope(a, x)
        steps = _derivative_steps(law, a, x, point, locale, example_line_text)
        function = Binary("^", _v(a), X)
        at_x = _power(a, _v(x))
        right = [latex(at_x) if law == "1.6" else latex(Binary("*", at_x, Call("ln", _v(a))))]
        right += [latex(_v(point.slope)), rf"\approx {decimal_latex(point.slope, 10)}"]
        lines.append(
            rf"x = {latex(_v(x))}:\quad \left({latex(function)}\right)' = " + equation(right)
        )
        fields.append(
            Field(
                t("law.field.result", locale),
                f"`{exact(point.slope)} ≈ {decimal(point.slope, 10)}`",
            )
        )
        attachments.append(_derivative_plot(a, x, point, locale))
    else:
        worked = example(law, a, x, y)
        steps = _example_steps(worked, locale)
        lines.append(example_line(worked))
        fields.append(
            Field(
                t("law.field.result", locale),
                f"`{equation([text(worked.left[-1]), text(worked.right[-1])])}`",
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
        text="\n".join(shown),
        steps=tuple(steps),
        latex=STATEMENTS_LATEX[law],
        fields=tuple(fields),
        attachments=tuple(attachments),
        actions=_actions(law, locale),
    )


def _example_steps(worked: Example, locale: str) -> list[str]:
    steps = [
        t("law.step.left", locale, chain=equation(text(form) for form in worked.left)),
        t("law.step.right", locale, chain=equation(text(form) for form in worked.right)),
    ]
    value = text(worked.left[-1])
    if worked.agreement == "exact":
        steps.append(t("law.step.equal", locale, value=value))
    elif worked.agreement == "numeric":
        steps.append(
            t(
                "law.step.equal_numeric",
                locale,
                left=value,
                right=text(worked.right[-1]),
                value=decimal(worked.left_value, 15),
            )
        )
    else:
        steps.append(t("law.step.different", locale))
    if worked.left_value.is_Integer and "…" in value:
        count = digits_of(abs(int(worked.left_value)))
        steps[-1] += " " + t("law.step.digits", locale, digits=f"{count:,}")
    return steps


def _derivative_steps(
    law: str, a: sympy.Expr, x: sympy.Expr, point: Slope, locale: str, example_header: str
) -> list[str]:
    """The proof (the chain of reasons), then the worked example at x and its numeric check."""
    at = exact(x)
    quotients = ("、" if locale == "ja" else ", ").join(
        f"h = {text(decimal_number(h))}: {value}" for h, value in point.quotients
    )
    approximation = decimal(point.slope, 10)
    height = _power(a, _v(x))
    h = Variable("h")
    quotient = text(Binary("/", Binary("-", _power(a, Binary("+", _v(x), h)), _power(a, _v(x))), h))
    check = t(
        "law.step.quotients", locale, quotient=quotient, quotients=quotients, approx=approximation
    )
    if law == "1.6":
        proof = common.proof("exp_limit", locale) + common.proof("1.6", locale)
        chain = equation([text(height), exact(point.slope), f"≈ {approximation}"])
        return [*proof, example_header, t("law.step.at_e", locale, x=at, chain=chain), check]
    slope_at = Binary("*", height, Call("ln", _v(a)))
    chain = equation([text(slope_at), exact(point.slope), f"≈ {approximation}"])
    return [
        *common.proof("1.5", locale),
        example_header,
        t("law.step.at", locale, x=at, chain=chain),
        check,
    ]


def overview(locale: str) -> Reply:
    """All six laws on one image, with a one-line summary of each."""
    lines = [rf"\mathrm{{({law})}}\quad {STATEMENTS_LATEX[law]}" for law in LAWS]
    lines[4] += r"\qquad \left(a > 0,\ a \neq 1\right)"
    shown = [t("law.overview.intro", locale), ""]
    shown += [f"- ({law}) `{STATEMENTS[law]}` — {t(f'law.name.{law}', locale)}" for law in LAWS]
    shown += ["", t("law.overview.more", locale, example=EXAMPLE)]
    image = render.formula(lines, "law-overview.png", t("law.overview.alt", locale))
    actions = tuple(Action(f"({law})", "law", (("id", law),)) for law in LAWS)
    return Reply(
        title=t("law.overview.title", locale),
        text="\n".join(shown),
        latex=r" \\ ".join(lines),
        attachments=(image,),
        actions=actions,
    )
