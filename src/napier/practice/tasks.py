"""Tasks: something to work out, its right answer, and the answer each known mistake gives.

A task is the common core of an exercise (drawn at random) and of a learner's own claim
(``/check``): evaluate a power, write as a single power, differentiate, or a growth problem.
Its mistakes are computed from the task's own structure (``rewrite`` and ``derivative``),
or, for growth problems, from the model's parameters.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

import numpy as np

from napier import calculus
from napier.parser import Binary, Log, Node
from napier.practice import compare, derivative, rewrite
from napier.practice.ranges import Range
from napier.practice.trees import clean, has_x, num, rational, show, typed_text

log = logging.getLogger(__name__)

EVALUATE = "evaluate"  # a number, written as a number
SINGLE_POWER = "single_power"  # one power a^u
DERIVATIVE = "derivative"  # f'(x), any equal form
EQUAL = "equal"  # a learner's claimed equality: any equal form
AMOUNT = "amount"  # a growth problem: a number (exact, decimals allowed)
EQUATION = "equation"  # the value of x that solves an equation (``x = `` may come first)
INEQUALITY = "inequality"  # the range of x that solves an inequality (a ``Range``)

FORM_NUMBER = "number"
FORM_POWER = "single_power"
FORM_LOG = "single_log"  # one logarithm log_a(…)
FORM_ANY = "any"

Answer = Node | Log | Range  # a value (an expression) or a range of x

SIGNATURE_POINTS = np.array([-1.73, -0.61, 0.37, 0.83, 1.41, 1.97, 2.53, -2.29])
SIGNATURE_RTOL = 1e-7


@dataclass(frozen=True)
class Mistake:
    """The answer one misconception gives on one task, and where it goes wrong.

    ``id`` names the misconception (``practice.mistake.<id>`` in the catalogue), ``law`` is
    the law it breaks (``1.1`` … ``1.6``, or ``""`` for a definition or a model).
    ``site``/``wrong``/``right`` are plain text: the part of the task, what the mistake makes
    of it, what it should be. ``params`` fill the explanation in (growth problems).
    """

    id: str
    law: str
    answer: Answer
    site: str = ""
    wrong: str = ""
    right: str = ""
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Task:
    """What to work out (``given``), the right ``answer``, and the known mistakes.

    ``kind`` is one of EVALUATE, SINGLE_POWER, DERIVATIVE, EQUAL, AMOUNT, EQUATION,
    INEQUALITY; ``form`` the form the answer must take (FORM_NUMBER, FORM_POWER, FORM_LOG,
    FORM_ANY); ``variable`` whether x may appear in an answer; ``law`` the law the task
    practises (``""`` if none). An INEQUALITY's answers are ``Range``s.
    """

    kind: str
    given: Node | Log
    answer: Answer
    mistakes: tuple[Mistake, ...]
    form: str
    variable: bool
    law: str = ""
    lesson: tuple[str, tuple[tuple[str, str], ...]] = ("law", ())
    extra: tuple[tuple[str, str], ...] = field(default=())

    def mistake(self, mistake_id: str) -> Mistake | None:
        return next((m for m in self.mistakes if m.id == mistake_id), None)

    @cached_property
    def exact_values(self) -> tuple[Fraction | None, ...]:
        """The exact rational values of the right answer and of each mistake's (None if not)."""
        return tuple(
            None if isinstance(tree, Range) or has_x(tree) else rational(tree)
            for tree in (self.answer, *(m.answer for m in self.mistakes))
        )


# --- telling answers apart quickly -------------------------------------------------------------


def signature(tree: Node, variable: bool) -> np.ndarray:
    """The tree's values at fixed points (floats; NaN where undefined), to tell answers apart."""
    if not variable:
        value = rational(tree)
        if value is not None:
            return np.array([float(value)]) if abs(value) < 10**300 else np.array([np.nan])
        return calculus.sample(tree, np.array([0.0]))
    return calculus.sample(tree, SIGNATURE_POINTS)


def same_signature(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two signatures agree wherever both are finite (and at some such point)."""
    both = np.isfinite(a) & np.isfinite(b)
    if not both.any():
        return bool(np.array_equal(np.isfinite(a), np.isfinite(b)))
    return bool(np.allclose(a[both], b[both], rtol=SIGNATURE_RTOL, atol=0.0))


def distinct(answer: Answer, mistakes: list[Mistake], variable: bool) -> list[Mistake]:
    """The mistakes whose answers differ from the right answer and from earlier mistakes.

    A mistake that gives the right answer on this task is no mistake here; of two that give
    the same answer, the first (the more common misconception) is kept.
    """
    if isinstance(answer, Range):
        ranges: list[Range] = [answer]
        chosen: list[Mistake] = []
        for mistake in mistakes:
            assert isinstance(mistake.answer, Range)
            if not any(compare.same_ranges(mistake.answer, seen) for seen in ranges):
                chosen.append(mistake)
                ranges.append(mistake.answer)
        return chosen
    kept: list[Mistake] = []
    seen = [signature(answer, variable)]
    for mistake in mistakes:
        mark = signature(mistake.answer, variable)
        if not np.isfinite(mark).any():
            continue
        if any(same_signature(mark, other) for other in seen):
            continue
        kept.append(mistake)
        seen.append(mark)
    return kept


def all_distinct(answer: Answer, mistakes: tuple[Mistake, ...], variable: bool) -> bool:
    """Whether every mistake's answer differs from the right one and from each other."""
    return len(distinct(answer, list(mistakes), variable)) == len(mistakes)


# --- building tasks ------------------------------------------------------------------------------


def text(tree: Node) -> str:
    return show(tree)


def _value_text(tree: Node) -> str:
    value = None if has_x(tree) else rational(tree)
    return "" if value is None or abs(value) > 10**15 else str(value)


def pow_lesson(given: Node) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``/pow base exponent`` for a power (else ``/pow`` of the whole expression)."""
    if isinstance(given, Binary) and given.op == "^":
        return ("pow", (("base", typed_text(given.left)), ("exponent", typed_text(given.right))))
    return ("pow", (("base", typed_text(given)),))


def with_value(tree: Node) -> str:
    """``4·(-2) = -8``: a wrong number shown with its value, when that adds anything."""
    shown = show(tree)
    if has_x(tree):
        return shown
    value = rational(tree)
    if value is None or str(value) == shown or abs(value) > 10**15:
        return shown
    return f"{shown} = {value}"


def rewrite_mistakes(given: Node, rules: tuple[rewrite.Rule, ...] = rewrite.RULES) -> list[Mistake]:
    """The mistakes the rewrite rules produce on ``given``."""
    found = []
    for applied in rewrite.mistakes_of(given, rules):
        shown = rewrite.cleaned(applied.first)
        right = text(shown.right)
        raw = text(applied.first.right)
        if right == text(shown.site):  # say what it is worth, not that it equals itself
            right = raw = _value_text(shown.right) or right
        found.append(
            Mistake(
                applied.rule.id,
                applied.rule.law,
                applied.answer,
                site=text(shown.site),
                wrong=with_value(shown.wrong),
                right=right if raw == right else f"{raw} = {right}",
            )
        )
    return found


def derivative_mistakes(function: Node, bugs: tuple[str, ...] = derivative.BUGS) -> list[Mistake]:
    """The mistakes the mistaken differentiation rules produce on ``function``."""
    found = []
    for bug in bugs:
        answer, slip = derivative.derive(function, bug)
        if slip is None:
            continue
        found.append(
            Mistake(
                bug,
                slip.law,
                clean(answer),
                site=text(slip.site),
                wrong=text(slip.wrong),
                right=text(slip.right),
            )
        )
    return found


def evaluate_task(
    given: Node,
    rules: tuple[rewrite.Rule, ...] = rewrite.RULES,
    *,
    law: str = "",
    lesson: tuple[str, tuple[tuple[str, str], ...]] | None = None,
) -> Task:
    """Evaluate ``given`` (no x): the exact value, and the mistakes the rules give."""
    value = rational(given)
    answer = num(value) if value is not None else given
    mistakes = distinct(answer, rewrite_mistakes(given, rules), False)
    return Task(
        EVALUATE,
        given,
        answer,
        tuple(mistakes),
        FORM_NUMBER if value is not None else FORM_ANY,
        False,
        law,
        lesson or (("law", (("id", law),)) if law else pow_lesson(given)),
    )


def single_power_task(
    given: Node, answer: Node, rules: tuple[rewrite.Rule, ...], *, law: str
) -> Task:
    """Write ``given`` as one power (``answer`` is the expected one)."""
    variable = has_x(given)
    mistakes = distinct(answer, rewrite_mistakes(given, rules), variable)
    return Task(
        SINGLE_POWER,
        given,
        answer,
        tuple(mistakes),
        FORM_POWER,
        variable,
        law,
        ("law", (("id", law),)),
    )


def derivative_task(
    function: Node, bugs: tuple[str, ...] = derivative.BUGS, *, law: str = ""
) -> Task:
    """Differentiate ``function``: the lesson engine's result and the mistaken rules' answers."""
    answer = calculus.differentiate(function).result
    mistakes = distinct(answer, derivative_mistakes(function, bugs), True)
    return Task(
        DERIVATIVE,
        function,
        answer,
        tuple(mistakes),
        FORM_ANY,
        True,
        law or _derivative_law(mistakes),
        ("diff", (("f", typed_text(function)),)),
    )


def _derivative_law(mistakes: list[Mistake]) -> str:
    laws = [m.law for m in mistakes if m.law]
    return laws[0] if laws else ""


def equal_task(left: Node) -> Task:
    """A learner's claim ``left = …``: any equal form; every rule that applies may be the slip."""
    variable = has_x(left)
    value = None if variable else rational(left)
    answer = num(value) if value is not None else left
    mistakes = distinct(answer, rewrite_mistakes(left), variable)
    laws = [m.law for m in mistakes if m.law]
    law = laws[0] if laws else ""
    return Task(
        EQUAL,
        left,
        answer,
        tuple(mistakes),
        FORM_ANY,
        variable,
        law,
        ("law", (("id", law),) if law else ()),
    )
