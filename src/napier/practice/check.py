"""Checking an answer: parse it safely, compare it, check its form, and name the mistake.

One checker for exercises and for a learner's own claims. The order follows STACK's answer
tests: equal to the right answer (then: in the form asked for?), else equal to the answer a
known mistake gives on this task (then the mistake is named), else close only because of a
rounded decimal, else a constant factor away, else simply not equal — with a value of x where
the two differ.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from fractions import Fraction

import mpmath

from napier import parser
from napier.errors import UserError
from napier.notice import Notice
from napier.parser import Binary, Call, Log, Negate, Node, Number
from napier.practice import compare
from napier.practice.claims import clean_answer
from napier.practice.ranges import Range, read_range, value_of_x
from napier.practice.tasks import (
    EQUATION,
    FORM_LOG,
    FORM_NUMBER,
    FORM_POWER,
    INEQUALITY,
    Answer,
    Mistake,
    Task,
)
from napier.practice.trees import has_x, is_power, rational, split_power

log = logging.getLogger(__name__)

CORRECT = "correct"
FORM = "form"  # equal, but not in the form asked for
MISTAKE = "mistake"  # the answer a known mistake gives
ROUNDED = "rounded"  # equal only up to the rounding of a typed decimal
FACTOR = "factor"  # a constant multiple of the right answer
DIFFERENT = "different"
UNDEFINED = "undefined"  # no real value where the right answer has one

# what a form check finds missing
NOT_NUMBER = "not_number"  # a number was asked for; powers or operations remain
PRODUCT = "product"
QUOTIENT = "quotient"
POWER_OF_POWER = "power_of_power"
NUMBER = "number"  # a power was asked for; a plain number was given
NEGATIVE = "negative"
NOT_POWER = "not_power"
NOT_LOG = "not_log"  # one logarithm was asked for

_DECIMAL = re.compile(r"\d*\.\d+")
_PREFIX = re.compile(
    r"^\s*(?:[yY]|f\s*'?\s*\(\s*x\s*\)\s*'?|f\s*'|\(?\s*[yY]\s*\)?\s*')?\s*[=＝]\s*"
)
MIN_ROUNDED_DIGITS = 2
MAX_SHOWN = 120
EXAMPLE = "/check 2^3*2^4 = 2^7"


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one answer.

    ``status`` is CORRECT, FORM, MISTAKE, ROUNDED, FACTOR, DIFFERENT or UNDEFINED.
    ``missing`` says what a FORM verdict lacks; ``rounded`` marks a mistake recognised only up
    to rounding; ``factor`` is the constant ratio of a FACTOR verdict; ``point`` is
    (x, the learner's value, the right value) where the two differ.
    """

    status: str
    answer: Answer
    text: str
    mistake: Mistake | None = None
    missing: str = ""
    rounded: bool = False
    factor: mpmath.mpf | None = None
    point: tuple[mpmath.mpf, mpmath.mpf, mpmath.mpf] | None = None
    value: mpmath.mpf | None = None
    notices: tuple[Notice, ...] = ()

    @property
    def shown(self) -> str:
        """The answer as the learner typed it, normalised (full-width → ASCII, × → *)."""
        try:
            return parser.normalize(self.text, "2")[:MAX_SHOWN]
        except UserError:
            return "…"

    @property
    def correct(self) -> bool:
        return self.status == CORRECT

    @property
    def note(self) -> str:
        """A short code for the outcome, for the learner's record (``law1.1`` mistakes …)."""
        if self.mistake is not None:
            return self.mistake.id
        if self.status == FORM:
            return f"form.{self.missing}"
        return "" if self.correct else self.status


def answer_text(text: str, task: Task) -> str:
    """The answer as it is read: without ``y =`` in front, or ``x =`` for an equation."""
    cleaned = clean_answer(text)
    return value_of_x(cleaned) if task.kind == EQUATION else cleaned


def read_answer(text: str, task: Task, example: str, notices: list[Notice] | None = None) -> Node:
    """The learner's answer as a tree (or a UserError in both languages, with an example).

    ``example`` is a whole command that works; what the parser assumed (``2^3x`` read as
    2^(3x)) is added to ``notices``. ``log_2(8)`` is read as a logarithm to base 2.
    """
    return parser.parse(
        answer_text(text, task),
        example=example,
        variable=task.variable,
        functions=True,
        notices=notices,
        bases=True,
    )


def check(task: Task, text: str, example: str = EXAMPLE) -> Verdict:
    """Check ``text`` against ``task``: parse, compare, check the form, diagnose."""
    notices: list[Notice] = []
    verdict = _check(task, text, example, notices)
    return replace(verdict, notices=tuple(notices)) if notices else verdict


class _Samples:
    """The learner's answer and the right one at sampled points, drawn only when needed."""

    def __init__(self, answer: Node, task: Task, seed: str) -> None:
        self.answer, self.task, self.seed = answer, task, seed
        self._drawn: compare.Samples | None = None

    def get(self) -> compare.Samples:
        if self._drawn is None:
            variable = self.task.variable or has_x(self.answer)
            self._drawn = compare.draw(self.answer, self.task.answer, self.seed, variable)
        return self._drawn


def _exact(value: Fraction | None, other: Fraction | None) -> bool | None:
    return None if value is None or other is None else value == other


def _check(task: Task, text: str, example: str, notices: list[Notice]) -> Verdict:
    if task.kind == INEQUALITY:
        return _check_range(task, text, example)
    cleaned = answer_text(text, task)
    answer = read_answer(text, task, example, notices)
    value = None if has_x(answer) else rational(answer)
    lazy = _Samples(answer, task, f"{cleaned}|{task.given}")
    exact = True if answer == task.answer else _exact(value, task.exact_values[0])
    if exact is None:
        samples = lazy.get()
        relation = compare.relate(samples, answer, task.answer)
        if relation.kind == compare.UNDECIDED:
            if not samples.variable or not compare.bounded(answer):
                return Verdict(UNDEFINED, answer, cleaned)
            equal = _symbolic(answer, task.answer)
        else:
            equal = relation.kind == compare.EQUAL
    else:
        equal = exact
    if equal:
        missing = missing_form(answer, task.form)
        if missing:
            return Verdict(FORM, answer, cleaned, missing=missing)
        return Verdict(CORRECT, answer, cleaned)
    found = _known_mistake(answer, value, task, lazy)
    if found is not None:
        return Verdict(MISTAKE, answer, cleaned, mistake=found)
    right = task.exact_values[0]
    if value is not None and right is not None:
        return _rational_miss(answer, value, right, task, cleaned)
    samples = lazy.get()
    if not samples.points or (not samples.variable and samples.precise_at(answer, 0) is None):
        return Verdict(UNDEFINED, answer, cleaned)
    unit = dict(task.extra).get("round_to")
    if unit and not samples.variable:
        half = mpmath.mpf(unit) / 2
        mine, right = samples.precise_at(answer, 0), samples.precise_at(task.answer, 0)
        if mine is not None and right is not None and abs(mine - right) <= half:
            return Verdict(ROUNDED, answer, cleaned)
    tolerance = rounding_tolerance(cleaned)
    relation = compare.relate(samples, answer, task.answer)
    if tolerance and relation.ratio is not None and abs(relation.ratio - 1) <= tolerance:
        return Verdict(ROUNDED, answer, cleaned)
    if tolerance:
        for mistake in task.mistakes:
            near = compare.relate(samples, answer, mistake.answer)
            if near.ratio is not None and abs(near.ratio - 1) <= tolerance:
                return Verdict(MISTAKE, answer, cleaned, mistake=mistake, rounded=True)
    if samples.variable and relation.ratio is not None and relation.ratio != 0:
        return Verdict(FACTOR, answer, cleaned, factor=relation.ratio)
    if samples.variable:
        point = compare.difference_point(answer, task.answer, samples)
        return Verdict(DIFFERENT, answer, cleaned, point=point)
    return Verdict(DIFFERENT, answer, cleaned, value=samples.precise_at(answer, 0))


def _check_range(task: Task, text: str, example: str) -> Verdict:
    """A range of x (``x < -2``, ``0 < x < 1``): the same set as the right one, as a known
    mistake's, the right one up to rounded decimals at its ends, or different."""
    cleaned = clean_answer(text)
    answer = read_range(cleaned, example)
    assert isinstance(task.answer, Range)
    if compare.same_ranges(answer, task.answer):
        return Verdict(CORRECT, answer, cleaned)
    for mistake in task.mistakes:
        assert isinstance(mistake.answer, Range)
        if compare.same_ranges(answer, mistake.answer):
            return Verdict(MISTAKE, answer, cleaned, mistake=mistake)
    tolerance = rounding_tolerance(cleaned)
    if tolerance and _near_ranges(answer, task.answer, tolerance):
        return Verdict(ROUNDED, answer, cleaned)
    return Verdict(DIFFERENT, answer, cleaned)


def _near_ranges(a: Range, b: Range, tolerance: mpmath.mpf) -> bool:
    """The same shape, with ends that agree up to ``tolerance`` (a rounded decimal)."""
    if (a.low is None, a.high is None, a.low_closed, a.high_closed) != (
        b.low is None,
        b.high is None,
        b.low_closed,
        b.high_closed,
    ):
        return False
    for mine, right in ((a.low, b.low), (a.high, b.high)):
        if mine is None or right is None:
            continue
        with mpmath.workdps(compare.CONSTANT_DIGITS):
            x, y = compare.value(mine, mpmath.mpf(0)), compare.value(right, mpmath.mpf(0))
        if x is None or y is None or not compare.agree(x, y, tolerance):
            return False
    return True


def _rational_miss(
    answer: Node, value: Fraction, right: Fraction, task: Task, cleaned: str
) -> Verdict:
    """A wrong number where both it and the right one are rational: exact arithmetic only."""
    unit = dict(task.extra).get("round_to")
    if unit and abs(value - right) <= Fraction(unit) / 2:
        return Verdict(ROUNDED, answer, cleaned)
    tolerance = rounding_tolerance(cleaned)
    if tolerance is not None:
        limit = Fraction(str(tolerance))
        if right and abs(value / right - 1) <= limit:
            return Verdict(ROUNDED, answer, cleaned)
        for mistake, known in zip(task.mistakes, task.exact_values[1:], strict=True):
            if known and abs(value / known - 1) <= limit:
                return Verdict(MISTAKE, answer, cleaned, mistake=mistake, rounded=True)
    shown = mpmath.mpf(value.numerator) / value.denominator
    return Verdict(DIFFERENT, answer, cleaned, value=shown)


def _symbolic(answer: Node, reference: Node) -> bool:
    try:
        return compare.symbolic_equal(answer, reference)
    except Exception:  # sympy cannot build or simplify it: not shown equal
        log.info("symbolic comparison failed", exc_info=True)
        return False


def _known_mistake(
    answer: Node, value: Fraction | None, task: Task, lazy: _Samples
) -> Mistake | None:
    undecided = []
    for mistake, known in zip(task.mistakes, task.exact_values[1:], strict=True):
        exact = True if answer == mistake.answer else _exact(value, known)
        if exact:
            return mistake
        if exact is None:
            undecided.append(mistake)
    for mistake in undecided:
        samples = lazy.get()
        if not samples.points:
            continue
        if compare.relate(samples, answer, mistake.answer, confirm=False).kind == compare.EQUAL:
            return mistake
    return None


def rounding_tolerance(text: str) -> mpmath.mpf | None:
    """How far a rounded decimal typed in ``text`` may move the value (None: no such decimal).

    A decimal with d significant digits is off by at most 5 units in its (d+1)-th digit; a
    little more is allowed for a rounded constant inside a product.
    """
    digits = []
    for literal in _DECIMAL.findall(text):
        significant = literal.replace(".", "").lstrip("0")
        digits.append(len(significant))
    digits = [d for d in digits if d >= MIN_ROUNDED_DIGITS]
    if not digits:
        return None
    return mpmath.mpf(6) * mpmath.mpf(10) ** -min(digits)


# --- forms ---------------------------------------------------------------------------------------


def missing_form(tree: Node, form: str) -> str:
    """What ``tree`` lacks to be in ``form`` (``""`` when it is in that form)."""
    if form == FORM_NUMBER:
        return "" if is_number(tree) else NOT_NUMBER
    if form == FORM_POWER:
        return _power_form(tree)
    if form == FORM_LOG:
        return "" if is_single_log(tree) else NOT_LOG
    return ""


def is_single_log(tree: Node | Log) -> bool:
    """One logarithm of a number to a number base: ``log_2(15)``, ``log_3(25/2)``."""
    return (
        isinstance(tree, Log)
        and not has_x(tree)
        and _no_logs(tree.base)
        and _no_logs(tree.arg)
        and rational(tree.base) is not None
    )


def _no_logs(tree: Node | Log) -> bool:
    match tree:
        case Log() | Call("ln", _):
            return False
        case Binary(_, left, right):
            return _no_logs(left) and _no_logs(right)
        case Negate(operand) | Call(_, operand):
            return _no_logs(operand)
    return True


def is_number(tree: Node) -> bool:
    """A number as a teacher accepts it: ``12``, ``-3``, ``0.125``, ``1/8``, ``-5/2``."""
    match tree:
        case Number():
            return True
        case Negate(Number()):
            return True
        case Negate(Binary("/", Number(), Number())):
            return True
        case Binary("/", Number() | Negate(Number()), Number(value)):
            return value != 0
    return False


def _power_form(tree: Node) -> str:
    if is_power(tree):
        base, exponent = split_power(tree)
        if is_power(base):
            return POWER_OF_POWER
        if has_x(base):
            return NOT_POWER
        value = rational(base)
        if value is not None and value <= 0:
            return NEGATIVE
        if value == 1 or rational(exponent) == 1:
            return NUMBER
        return ""
    match tree:
        case Binary("*"):
            return PRODUCT
        case Binary("/"):
            return QUOTIENT
        case Negate():
            return NEGATIVE
        case Call():
            return NOT_POWER
    if not has_x(tree):
        return NUMBER
    return NOT_POWER
