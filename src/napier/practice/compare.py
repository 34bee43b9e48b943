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
import numpy as np

from napier import calculus
from napier.parser import Binary, Call, Log, Negate, Node
from napier.practice.ranges import Range
from napier.practice.trees import has_x, rational

log = logging.getLogger(__name__)

DIGITS = 30  # working precision of the samples
CONSTANT_DIGITS = 50  # working precision for numbers
POINTS = 6  # agreeing points that make two expressions equal
CONFIRM_POINTS = 3  # of them, confirmed with mpmath when the floats agree at all six
MIN_POINTS = 3  # fewer valid points than this: sympy decides
ATTEMPTS = 40  # points drawn at most
RANGE = 3.0  # |x| of the first points; halved when values grow too large
MIN_RANGE = 0.25
RELATIVE = mpmath.mpf(10) ** -20  # two samples agree within this relative tolerance
CONSTANT_RELATIVE = mpmath.mpf(10) ** -40
RATIO_SPREAD = mpmath.mpf(10) ** -12  # a ratio counts as constant within this
QUICK_RELATIVE = 1e-6  # floats this far apart: worth confirming a difference with mpmath
FLOAT_RATIO_SPREAD = 1e-9
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


class Samples:
    """Points where the learner's answer and the reference both have finite real values.

    Values are computed on demand and kept: as floats (numpy, to tell different expressions
    apart quickly) and with mpmath at ``DIGITS`` digits (to decide). A float difference is
    always confirmed with mpmath before it counts.
    """

    def __init__(self, points: Sequence[mpmath.mpf], variable: bool) -> None:
        self.points = tuple(points)
        self.variable = variable
        self.xs = np.array([float(p) for p in self.points], dtype=float)
        self._floats: dict[int, tuple[Node, np.ndarray]] = {}
        self._precise: dict[tuple[int, int], tuple[Node, mpmath.mpf | None]] = {}

    def __len__(self) -> int:
        return len(self.points)

    def floats(self, tree: Node) -> np.ndarray:
        known = self._floats.get(id(tree))
        if known is None or known[0] is not tree:
            known = (tree, calculus.sample(tree, self.xs))
            self._floats[id(tree)] = known
        return known[1]

    def precise_at(self, tree: Node, index: int) -> mpmath.mpf | None:
        key = (id(tree), index)
        known = self._precise.get(key)
        if known is None or known[0] is not tree:
            digits = DIGITS if self.variable else CONSTANT_DIGITS
            with mpmath.workdps(digits):
                known = (tree, value(tree, self.points[index]))
            self._precise[key] = known
        return known[1]

    def precise(self, tree: Node) -> list[mpmath.mpf | None]:
        return [self.precise_at(tree, i) for i in range(len(self.points))]


def draw(answer: Node, reference: Node, seed: str, variable: bool | None = None) -> Samples:
    """Points where both trees have finite real values (one point when neither has x).

    Candidate points are drawn from [−3, 3] with a seeded generator (the same answer always
    gets the same points); both trees are sampled there as floats first, and where too few
    points survive (values beyond floats, narrow domains) mpmath decides point by point in a
    range that shrinks when exponentials grow too large.
    """
    if variable is None:
        variable = has_x(answer) or has_x(reference)
    if not variable:
        return Samples((mpmath.mpf(0),), False)  # values (or None) computed when asked
    rng = random.Random(seed)
    candidates = [round(rng.uniform(-RANGE, RANGE), 4) for _ in range(ATTEMPTS)]
    xs = np.array(candidates, dtype=float)
    finite = np.isfinite(calculus.sample(answer, xs)) & np.isfinite(calculus.sample(reference, xs))
    chosen = [mpmath.mpf(x) for x, ok in zip(candidates, finite, strict=True) if ok][:POINTS]
    if len(chosen) == POINTS:
        return Samples(chosen, True)
    return Samples(_precise_points(answer, reference, rng), True)


def _precise_points(answer: Node, reference: Node, rng: random.Random) -> list[mpmath.mpf]:
    points: list[mpmath.mpf] = []
    width = RANGE
    with mpmath.workdps(DIGITS):
        for _ in range(ATTEMPTS):
            if len(points) >= POINTS:
                break
            x = mpmath.mpf(round(rng.uniform(-width, width), 4))
            if value(answer, x) is None or value(reference, x) is None:
                if _too_large(answer, x) or _too_large(reference, x):
                    width = max(MIN_RANGE, width / 2)
                continue
            points.append(x)
    return points


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


@dataclass(frozen=True)
class Relation:
    """How the learner's answer relates to one candidate at the sampled points.

    ``kind`` is EQUAL, DIFFERENT or UNDECIDED; ``ratio`` is answer/candidate when that ratio
    is the same at every point (None otherwise).
    """

    kind: str
    ratio: mpmath.mpf | None = None


def relate(samples: Samples, answer: Node, candidate: Node, confirm: bool = True) -> Relation:
    """Compare two trees at the sampled points: floats to rule out, mpmath to decide.

    ``confirm=False`` accepts a clear float difference without asking mpmath (for telling a
    wrong answer from the known mistakes, where a miss costs only the mistake's name).
    """
    if not samples.points:
        return Relation(UNDECIDED)
    quick = _quick(samples, answer, candidate, confirm)
    if quick is not None:
        return quick
    if samples.variable:
        confirm = _agreeing(samples, answer, candidate)
        if confirm is not None:
            relation = _relate(
                [samples.precise_at(answer, i) for i in confirm],
                [samples.precise_at(candidate, i) for i in confirm],
                True,
            )
            if relation.kind == EQUAL:
                return relation
    return _relate(samples.precise(answer), samples.precise(candidate), samples.variable)


def _agreeing(samples: Samples, answer: Node, candidate: Node) -> list[int] | None:
    """Where floats agree at every point, the first few points to confirm that with mpmath."""
    fa, fc = samples.floats(answer), samples.floats(candidate)
    both = np.isfinite(fa) & np.isfinite(fc)
    if both.sum() < POINTS or not np.allclose(fa[both], fc[both], rtol=1e-9, atol=0):
        return None
    return [int(i) for i in np.flatnonzero(both)[:CONFIRM_POINTS]]


def _quick(samples: Samples, answer: Node, candidate: Node, confirm: bool) -> Relation | None:
    """DIFFERENT when floats differ clearly and mpmath confirms it at the worst point."""
    fa, fc = samples.floats(answer), samples.floats(candidate)
    both = np.isfinite(fa) & np.isfinite(fc)
    if both.sum() < (MIN_POINTS if samples.variable else 1):
        return None
    with np.errstate(all="ignore"):
        scale = np.maximum(np.abs(fa), np.abs(fc))
        gap = np.where(both & (scale > 0), np.abs(fa - fc) / np.where(scale > 0, scale, 1), 0)
    worst = int(np.argmax(gap))
    if gap[worst] <= QUICK_RELATIVE:
        return None
    if not confirm:
        return Relation(DIFFERENT)
    a, c = samples.precise_at(answer, worst), samples.precise_at(candidate, worst)
    if a is None or c is None or agree(a, c):
        return None  # a float artefact (cancellation): let mpmath decide everywhere
    ratio = None
    with np.errstate(all="ignore"):
        ratios = fa[both] / fc[both]
    if c != 0 and np.all(np.isfinite(ratios)):
        spread = np.max(np.abs(ratios - ratios[0]))
        if spread <= FLOAT_RATIO_SPREAD * max(abs(ratios[0]), 1):
            ratio = a / c
    return Relation(DIFFERENT, ratio)


def _relate(
    answers: Sequence[mpmath.mpf | None], candidates: Sequence[mpmath.mpf | None], variable: bool
) -> Relation:
    pairs = [
        (a, c) for a, c in zip(answers, candidates, strict=True) if a is not None and c is not None
    ]
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
        case Binary(_, left, right) | Log(left, right):
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
    relation = relate(samples, answer, reference)
    if relation.kind == UNDECIDED:
        return (
            samples.variable
            and bounded(answer)
            and bounded(reference)
            and (symbolic_equal(answer, reference))
        )
    return relation.kind == EQUAL


def same_ranges(a: Range, b: Range, seed: str = "range") -> bool:
    """Whether two ranges of x are the same set: the same ends (exactly, or to 50 digits),
    each included or not alike."""
    if (a.low is None, a.high is None) != (b.low is None, b.high is None):
        return False
    if (a.low_closed, a.high_closed) != (b.low_closed, b.high_closed):
        return False
    return all(
        end is None or equal(end, other, seed)  # type: ignore[arg-type]
        for end, other in ((a.low, b.low), (a.high, b.high))
    )


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
    for i, x in enumerate(samples.points):
        a, r = samples.precise_at(answer, i), samples.precise_at(reference, i)
        if a is not None and r is not None and not agree(a, r):
            return x, a, r
    return None
