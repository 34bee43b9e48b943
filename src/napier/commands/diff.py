"""``/diff f [at:x0]``: the derivative of a^x (laws 1.5 and 1.6) or of an expression in x.

A base ``a`` means f(x) = a^x: the reply derives a^x log a through a^x = e^{x log a} and the
chain rule, and checks it with numbers, (a^h − 1)/h → log a. Any other expression in x is
differentiated by the rule engine in ``napier.calculus``, one named rule per step. Both come
with a plot of f, f' and the tangent line at x0.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

import mpmath

from napier import calculus, parser, printer
from napier.commands import TEXT, Command, Option
from napier.errors import UserError
from napier.notice import Notice
from napier.parser import Binary, Call, Constant, Node, Number, Variable

log = logging.getLogger(__name__)

EXAMPLE = "/diff x^x at:1"
BASE = "base"
BASE_ONE = "base_one"
BASE_NONPOSITIVE = "base_nonpositive"
EXPRESSION = "expression"

MAX_AT = 100
MAX_STEP_TEXT = 300
MAX_BASE_LOG10 = 100
DEFAULT_POINTS = (Fraction(0), Fraction(1), Fraction(2), Fraction(-1), Fraction(1, 2))
CONDITION_ALT = "(a^x)' = a^x log a (a > 0, a ≠ 1)"


@dataclass(frozen=True)
class DiffRequest:
    """What to differentiate: ``function`` (a base when ``kind`` is not EXPRESSION).
    ``notices``: what the parser assumed (``e^2x`` read as e^(2x))."""

    function: Node
    kind: str
    at: Node | None = None
    notices: tuple[Notice, ...] = ()


# --- parse: fast checks ------------------------------------------------------------------------

_AT = re.compile(r"^(?P<f>.*\S)\s+at\s*[:=]?\s*(?P<at>\S+)\s*$", re.IGNORECASE)
_LEFT_SIDE = re.compile(r"^\s*(?:y|f\s*\(\s*x\s*\))\s*=\s*", re.IGNORECASE)
_PRIMES = "'’′"


def written_as_typed(text: str, at: str | None) -> tuple[str, str | None]:
    """The function and the point as a learner types them, tidied: ``y = e^x``, ``f(x)=e^x``
    and ``(e^x)'`` are e^x, and ``e^x at 1`` gives the point 1."""
    text = unicodedata.normalize("NFKC", text).strip()
    if at is None and (found := _AT.match(text)) is not None:
        text, at = found["f"], found["at"]
    text = _LEFT_SIDE.sub("", text).rstrip().rstrip(_PRIMES).rstrip()
    return text, at


def parse(args: Mapping[str, str]) -> DiffRequest:
    """Read ``f`` as a base or an expression in x and ``at`` as a real point; check the point.

    ``2^x`` and ``e^x`` are the base 2 and e: the lesson on a^x, as ``/diff 2`` gives."""
    text, at_text = written_as_typed(args["f"], args.get("at"))
    notices: list[Notice] = []
    try:
        function = parser.parse(
            text, example=EXAMPLE, variable=True, functions=True, notices=notices
        )
    except UserError as error:
        if error.key == "parse.unknown_name":
            raise UserError("diff.unknown_name", name=error.params.get("name", "")) from None
        raise
    at = _point(at_text)
    base = _exponential_base(function)
    if base is not None:
        function = base
    elif calculus.depends_on_x(function):
        derivation = calculus.differentiate(function)
        if at is not None:
            _check_point(function, derivation.result, at, point_value(at))
        return DiffRequest(function, EXPRESSION, at, tuple(notices))
    with mpmath.workdps(60):
        value = calculus.constant_value(function)
        if value <= 0:
            return DiffRequest(function, BASE_NONPOSITIVE, notices=tuple(notices))
        if abs(value - 1) < mpmath.mpf(10) ** -50:
            return DiffRequest(function, BASE_ONE, notices=tuple(notices))
        if abs(mpmath.log10(value)) > MAX_BASE_LOG10:
            raise UserError("diff.base_range", a=printer.text(function)[:40])
    if at is not None:
        power = Binary("^", function, Variable())
        _check_point(power, Binary("*", power, Call("ln", function)), at, point_value(at))
    return DiffRequest(function, BASE, at, tuple(notices))


def _exponential_base(function: Node) -> Node | None:
    """``a`` when ``function`` is a^x (or exp(x)) for a constant a: what ``/diff a`` means."""
    match function:
        case Binary("^", base, Variable()) if not calculus.depends_on_x(base):
            return base
        case Call("exp", Variable()):
            return Constant("e")
    return None


def _point(raw: str | None) -> Node | None:
    if raw is None:
        return None
    try:
        node = parser.parse(raw, example=EXAMPLE, functions=True)
    except UserError as error:
        if error.key == "parse.unknown_name":
            raise UserError("diff.at_range", limit=MAX_AT) from None
        raise
    value = calculus.constant_value(node)
    if abs(value) > MAX_AT:
        raise UserError("diff.at_range", limit=MAX_AT)
    return node


def point_value(node: Node) -> mpmath.mpf:
    with mpmath.workdps(30):
        return calculus.constant_value(node)


def _check_point(function: Node, derivative: Node, at: Node, x0: mpmath.mpf) -> None:
    """Refuse a point where f or f' has no finite real value."""
    f_text = printer.text(function)
    example = _suggested_example(function, derivative)
    try:
        calculus.point_value(function, x0)
    except calculus.Undefined:
        raise UserError(
            "diff.undefined_at", f=f_text, x0=printer.text(at), example=example
        ) from None
    except calculus.TooLarge:
        raise UserError(
            "diff.too_large_at", f=f_text, x0=printer.text(at), example=example
        ) from None
    try:
        calculus.point_value(derivative, x0)
    except calculus.Undefined:
        raise UserError(
            "diff.no_slope_at",
            f=f_text,
            d=printer.text(derivative)[:MAX_STEP_TEXT],
            x0=printer.text(at),
            example=example,
        ) from None
    except calculus.TooLarge:
        raise UserError(
            "diff.too_large_at", f=f_text, x0=printer.text(at), example=example
        ) from None


def _suggested_example(function: Node, derivative: Node) -> str:
    """``/diff f at:x0`` at the first default point where f and f' have values (else a
    command for another function)."""
    found = default_point(function, derivative)
    if not found:
        return EXAMPLE
    return f"/diff {printer.typed(function)} at:{printer.typed(Number(found[0]))}"


def default_point(function: Node, derivative: Node) -> tuple[Fraction, float, float] | None:
    """The first of 0, 1, 2, −1, 1/2 where f and f' have values: (x0, f(x0), f'(x0))."""
    for x0 in DEFAULT_POINTS:
        point = mpmath.mpf(x0.numerator) / x0.denominator
        try:
            return (
                x0,
                calculus.point_value(function, point),
                calculus.point_value(derivative, point),
            )
        except (calculus.Undefined, calculus.TooLarge):
            continue
    return None


COMMAND = Command(
    name="diff",
    description="diff.description",
    options=(
        Option(
            "f",
            "diff.option.f",
            kind=TEXT,
            required=True,
            greedy=True,
            max_length=parser.MAX_LENGTH,
            suggestions=("2", "e", "10", "1/2", "x^x", "x*e^x", "2^(3x+1)", "e^(x^2)"),
        ),
        Option("at", "diff.option.at", kind=TEXT, max_length=40, suggestions=("0", "1", "-1")),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.diff:answer",
)
