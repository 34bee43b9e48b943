"""Is the learner's expression equal to another? Exactly for numbers, by sampling for x.

Numbers: exact rational arithmetic when both sides are rational (0.125 is 1/8), else both
sides at 50 digits. Expressions in x (the approach of WeBWorK and Khan Academy's KAS): both
sides at random points with mpmath, a relative tolerance, finite values only; a point where
either side has no real value (log of a negative, 0 in a denominator) or would be too large
is discarded and another drawn, from a range that shrinks when exponentials blow up. Where
too few points survive, sympy decides from trees built from our own nodes.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import mpmath

from napier import calculus
from napier.parser import Binary, Call, Negate, Node
from napier.practice.trees import has_x, rational

log = logging.getLogger(__name__)

DIGITS = 30  # working precision of the samples
CONSTANT_DIGITS = 50  # working precision for numbers
POINTS = 6  # agreeing points that make two expressions equal
MIN_POINTS = 3  # fewer valid points than this: sympy decides
ATTEMPTS = 40  # points drawn at most
RANGE = 3.0  # |x| of the first points; halved when values grow too large
MIN_RANGE = 0.25
RELATIVE = mpmath.mpf(10) ** -20  # two samples agree within this relative tolerance
CONSTANT_RELATIVE = mpmath.mpf(10) ** -40
RATIO_SPREAD = mpmath.mpf(10) ** -12  # a ratio counts as constant within this
TINY = mpmath.mpf(10) ** -25  # values this small at every point carry no information
NICE_POINTS = (
    Fraction(1),
    Fraction(0),
    Fraction(2),
    Fraction(-1),
    Fraction(1, 2),
    Fraction(3),
    Fraction(-2),
)

EQUAL = "equal"
DIFFERENT = "different"
UNDECIDED = "undecided"


def value(tree: Node, x: mpmath.mpf) -> mpmath.mpf | None:
    """``tree`` at ``x`` at the current precision, or None (undefined, too large, not finite)."""
    try:
        result = calculus.real_value(tree, x)
    except (calculus.Undefined, calculus.TooLarge, ZeroDivisionError, OverflowError, ValueError):
        return None
    return result if mpmath.isfinite(result) else None


@dataclass(frozen=True)
class Samples:
    """The learner's expression and the reference at the same points (x, answer, reference)."""

    points: tuple[mpmath.mpf, ...]
    answer: tuple[mpmath.mpf, ...]
    reference: tuple[mpmath.mpf, ...]
    variable: bool

    def __len__(self) -> int:
        return len(self.points)


def draw(answer: Node, reference: Node, seed: str, variable: bool | None = None) -> Samples:
    """Points where both trees have finite real values (one point when neither has x)."""
    if variable is None:
        variable = has_x(answer) or has_x(reference)
    if not variable:
        with mpmath.workdps(CONSTANT_DIGITS):
            a, r = value(answer, mpmath.mpf(0)), value(reference, mpmath.mpf(0))
        if a is None or r is None:
            return Samples((), (), (), False)
        return Samples((mpmath.mpf(0),), (a,), (r,), False)
    rng = random.Random(seed)
    points: list[mpmath.mpf] = []
    answers: list[mpmath.mpf] = []
    references: list[mpmath.mpf] = []
    width = RANGE
    with mpmath.workdps(DIGITS):
        for _ in range(ATTEMPTS):
            if len(points) >= POINTS:
                break
            x = mpmath.mpf(round(rng.uniform(-width, width), 4))
            a = value(answer, x)
            r = value(reference, x)
            if a is None or r is None:
                if _too_large(answer, x) or _too_large(reference, x):
                    width = max(MIN_RANGE, width / 2)
                continue
            points.append(x)
            answers.append(a)
            references.append(r)
    return Samples(tuple(points), tuple(answers), tuple(references), True)


def _too_large(tree: Node, x: mpmath.mpf) -> bool:
    try:
        calculus.real_value(tree, x)
    except calculus.TooLarge:
        return True
    except Exception:  # undefined here: not a question of size
        return False
    return False


def agree(a: mpmath.mpf, b: mpmath.mpf, tolerance: mpmath.mpf = RELATIVE) -> bool:
    scale = max(abs(a), abs(b))
    return scale == 0 or abs(a - b) <= tolerance * scale


def values_at(tree: Node, points: Sequence[mpmath.mpf], variable: bool) -> list[mpmath.mpf | None]:
    digits = DIGITS if variable else CONSTANT_DIGITS
    with mpmath.workdps(digits):
        return [value(tree, x) for x in points]


@dataclass(frozen=True)
class Relation:
    """How the learner's answer relates to one candidate at the sampled points.

    ``kind`` is EQUAL, DIFFERENT or UNDECIDED; ``ratio`` is answer/candidate when that ratio
    is the same at every point (None otherwise).
    """

    kind: str
    ratio: mpmath.mpf | None = None


def relate(
    answers: Sequence[mpmath.mpf], candidates: Sequence[mpmath.mpf | None], variable: bool
) -> Relation:
    """Compare the learner's values with a candidate's at the same points."""
    pairs = [(a, c) for a, c in zip(answers, candidates, strict=True) if c is not None]
    if not pairs or (variable and len(pairs) < MIN_POINTS):
        return Relation(UNDECIDED)
    tolerance = RELATIVE if variable else CONSTANT_RELATIVE
    if variable and all(abs(a) < TINY and abs(c) < TINY for a, c in pairs):
        return Relation(UNDECIDED)
    equal = all(agree(a, c, tolerance) for a, c in pairs)
    ratios = [a / c for a, c in pairs if c != 0]
    ratio = None
    if len(ratios) == len(pairs) and all(
        abs(r - ratios[0]) <= RATIO_SPREAD * max(abs(ratios[0]), 1) for r in ratios
    ):
        ratio = ratios[0]
    return Relation(EQUAL if equal else DIFFERENT, ratio)


def exact_equal(a: Node, b: Node) -> bool | None:
    """Exact comparison of two numbers when both are rational; None when that cannot decide."""
    if has_x(a) or has_x(b):
        return None
    ra = rational(a)
    if ra is None:
        return None
    rb = rational(b)
    if rb is None:
        return None
    return ra == rb


MAX_SYMBOLIC_DIGITS = 1_000


def bounded(tree: Node) -> bool:
    """Whether every power of numbers in ``tree`` is small enough for sympy to build exactly.

    sympy evaluates ``9**(9**9)`` eagerly, so a hostile answer must never reach it: each
    numeric power's size (|exponent| · log10 |base| digits) is estimated first.
    """
    match tree:
        case Binary("^", base, exponent):
            if not (bounded(base) and bounded(exponent)):
                return False
            if has_x(base) or has_x(exponent):
                return True
            with mpmath.workdps(15):
                b, e = value(base, mpmath.mpf(0)), value(exponent, mpmath.mpf(0))
            if b is None or e is None:
                return False
            return abs(e) * mpmath.log10(abs(b) + 2) <= MAX_SYMBOLIC_DIGITS
        case Binary(_, left, right):
            return bounded(left) and bounded(right)
        case Negate(operand) | Call(_, operand):
            return bounded(operand)
    return True


def symbolic_equal(a: Node, b: Node) -> bool:
    """sympy's verdict on a − b = 0, from trees (used where sampling cannot decide)."""
    import sympy

    difference = calculus.to_sympy(a) - calculus.to_sympy(b)
    try:
        return sympy.simplify(difference) == 0
    except (TypeError, ValueError, RecursionError):  # pragma: no cover - sympy internals
        log.warning("sympy could not simplify a difference")
        return False


def equal(answer: Node, reference: Node, seed: str = "compare") -> bool:
    """Whether two trees are equal (exactly for rationals, by sampling, else by sympy)."""
    exact = exact_equal(answer, reference)
    if exact is not None:
        return exact
    samples = draw(answer, reference, seed)
    relation = relate(samples.answer, samples.reference, samples.variable)
    if relation.kind == UNDECIDED:
        return symbolic_equal(answer, reference)
    return relation.kind == EQUAL


def difference_point(
    answer: Node, reference: Node, samples: Samples
) -> tuple[mpmath.mpf, mpmath.mpf, mpmath.mpf] | None:
    """A value of x where the two differ, a simple one if possible: (x, answer, reference)."""
    with mpmath.workdps(DIGITS):
        for point in NICE_POINTS:
            x = mpmath.mpf(point.numerator) / point.denominator
            a, r = value(answer, x), value(reference, x)
            if a is not None and r is not None and not agree(a, r):
                return x, a, r
    for x, a, r in zip(samples.points, samples.answer, samples.reference, strict=True):
        if not agree(a, r):
            return x, a, r
    return None
