"""Exponential equations and inequalities of the standard types, and comparisons, with steps.

The types (数学II 指数関数):

- **same base** — both sides powers of one base: ``2^(x+1) = 8`` → 2^(x+1) = 2^3 → x + 1 = 3;
  for an inequality the direction is kept when the base is > 1 and reversed when it is
  between 0 and 1: ``(1/2)^x > 4`` → (1/2)^x > (1/2)^(-2) → x < -2;
- **substitution** — a polynomial in t = a^x (t > 0): ``4^x - 2^(x+1) - 8 = 0`` →
  t^2 - 2t - 8 = 0 → t = 4 (t = -2 is rejected, since a^x > 0) → x = 2;
- **logarithms** — a power equal to a number that is not a power of its base, or two
  unrelated bases: ``3^x = 5`` → x = log_3 5 = log 5 / log 3;
- **positivity** — a^x compared with 0 or a negative number;
- **comparison** of numbers by rewriting them with one base (``4^(1/3)`` and ``8^(1/4)``), by
  raising them to a common power (√2 and ∛3), or by their decimals.

Anything else raises a ``UserError`` naming these types. The sides are first written as sums
of terms (``napier.powers``); every number and every loop is bounded there. Exact numbers of
the answer are rationals, quadratic surds (a + b√d) and logarithms of them; decimals come from
mpmath at ``DIGITS`` digits.
"""

from __future__ import annotations

import itertools
import logging
import math
from dataclasses import dataclass
from fractions import Fraction

import mpmath

from napier import calculus
from napier.calculus import Log, Tree
from napier.errors import UserError
from napier.parser import Binary, Call, Constant, Negate, Node, Number, Variable, has_variable
from napier.powers import (
    MAX_DIGITS,
    Base,
    E,
    Poly,
    Term,
    Unsupported,
    collect,
    degree,
    expand,
    fits,
    poly,
    poly_add,
    poly_scale,
    primitive,
)
from napier.relation import EQ, GE, GT, LE, LT, Relation, holds, reversed_op
from napier.steps import Formula, Line, Step, chain, relation

log = logging.getLogger(__name__)

EXAMPLE = "/solve 4^x - 2^(x+1) - 8 = 0"
DIGITS = 40  # working precision of the decimals
MAX_COMPARE = 4  # values in one comparison
MAX_COMMON_POWER = 60  # the common power a comparison may raise its values to
MAX_SQUARE_TRIAL = 1000  # trial divisors when taking square factors out of a root

X = Variable()
T = Variable("t")
ZERO = Number(Fraction(0))
ONE = Number(Fraction(1))
E_TREE = Constant("e")
DISCRIMINANT = Formula("D", "D")

SAME_BASE = "same_base"
SUBSTITUTION = "substitution"
LOGARITHM = "logarithm"
POSITIVITY = "positivity"
CONSTANT = "constant"
COMMON_POWER = "common_power"
DECIMAL = "decimal"


def unsupported(reason: str) -> UserError:
    """The refusal that names the covered types (``reason`` says what was outside them)."""
    return UserError(f"solve.unsupported.{reason}")


# --- exact numbers: rationals and quadratic surds --------------------------------------------


def _small_primes(limit: int) -> list[int]:
    return [n for n in range(2, limit) if all(n % p for p in range(2, math.isqrt(n) + 1))]


_TRIAL_PRIMES = _small_primes(MAX_SQUARE_TRIAL)


def square_part(n: int) -> tuple[int, int]:
    """``n > 0`` as (s, d) with n = s²·d, taking out square factors of small primes and a
    square rest (d is not always square-free, but √d is irrational whenever d > 1)."""
    s = 1
    for p in _TRIAL_PRIMES:
        if p * p > n:
            break
        while n % (p * p) == 0:
            n //= p * p
            s *= p
    root = math.isqrt(n)
    if root * root == n:
        return s * root, 1
    return s, n


@dataclass(frozen=True)
class Surd:
    """a + b√d exactly: a, b rational, d > 1 with √d irrational (or b = 0 and d = 1)."""

    a: Fraction
    b: Fraction = Fraction(0)
    d: int = 1

    @property
    def is_rational(self) -> bool:
        return self.b == 0

    def sign(self) -> int:
        sa = (self.a > 0) - (self.a < 0)
        sb = (self.b > 0) - (self.b < 0)
        if sb == 0 or sa == sb:
            return sa or sb
        if sa == 0:
            return sb
        return sa if self.a * self.a > self.b * self.b * self.d else sb

    def tree(self) -> Node:
        if self.is_rational:
            return Number(self.a)
        denominator = math.lcm(self.a.denominator, self.b.denominator)
        p, q = int(self.a * denominator), int(self.b * denominator)
        root: Node = Call("sqrt", Number(Fraction(self.d)))
        surd: Node = root if abs(q) == 1 else Binary("*", Number(Fraction(abs(q))), root)
        if p == 0:
            top: Node = Negate(surd) if q < 0 else surd
        else:
            top = Binary("+" if q > 0 else "-", Number(Fraction(p)), surd)
        return top if denominator == 1 else Binary("/", top, Number(Fraction(denominator)))


# --- answers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bound:
    """An end of an interval: the exact value, the same with natural logarithms (when that
    reads differently: log_3 5 = log 5 / log 3) and its decimal."""

    tree: Tree
    value: mpmath.mpf
    natural: Tree | None = None

    @property
    def is_rational(self) -> bool:
        """Whether the exact value is a rational number (no decimal needs to be shown)."""
        return _is_rational(self.tree)


@dataclass(frozen=True)
class Interval:
    """An interval of x; ``None`` ends are infinite; a point has low = high, both closed."""

    low: Bound | None
    high: Bound | None
    low_closed: bool = False
    high_closed: bool = False

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low is self.high


def point(bound: Bound) -> Interval:
    return Interval(bound, bound, True, True)


EVERYTHING = (Interval(None, None),)


@dataclass(frozen=True)
class Solution:
    """What ``solve`` found: the type, the steps and the solution set (ascending intervals)."""

    relation: Relation
    kind: str
    steps: tuple[Step, ...]
    intervals: tuple[Interval, ...]

    @property
    def everything(self) -> bool:
        return self.intervals == EVERYTHING

    @property
    def empty(self) -> bool:
        return not self.intervals


PRECISIONS = (DIGITS + 10, 150, 500, 1500)  # digits tried in turn (cancellation in a - b√d)


def decimal_value(tree: Tree) -> mpmath.mpf:
    """The value of an exact tree to ``DIGITS`` digits: the working precision is raised until
    two precisions agree (a root (p - √d)/q of huge p and d loses digits to cancellation)."""
    previous = None
    for digits in PRECISIONS:
        with mpmath.workdps(digits):
            try:
                value = calculus.real_value(tree, mpmath.mpf(0))
            except calculus.Undefined:
                value = None
            if value is not None and previous is not None:
                scale = max(abs(value), mpmath.mpf(10) ** -(digits // 2))
                if abs(value - previous) <= scale * mpmath.mpf(10) ** -DIGITS:
                    with mpmath.workdps(DIGITS):
                        return +value
            previous = value
    raise UserError("powers.too_large", limit=MAX_DIGITS, example=EXAMPLE)


def bound(tree: Tree, natural: Tree | None = None) -> Bound:
    """A bound whose decimal is computed from its exact tree."""
    return Bound(tree, decimal_value(tree), natural if natural != tree else None)


# --- trees -----------------------------------------------------------------------------------


def number(value: Fraction | int) -> Number:
    return Number(Fraction(value))


def value_tree(value: Fraction) -> Node:
    """A rational as the polynomial printer writes it (-2 as the negation of 2)."""
    return poly_tree(poly(value))


def _sum(terms: list[tuple[int, Node]]) -> Node:
    if not terms:
        return ZERO
    sign, result = terms[0]
    if sign < 0:
        result = Negate(result)
    for sign, term in terms[1:]:
        result = Binary("+" if sign > 0 else "-", result, term)
    return result


def _scaled(coefficient: Fraction, tree: Node | None) -> Node:
    """|coefficient|·tree, written as a teacher does: x, 3x, x/2, 3x/2 (tree None means 1)."""
    c = abs(coefficient)
    if tree is None:
        return Number(c)
    top: Node = tree if c.numerator == 1 else Binary("*", number(c.numerator), tree)
    return top if c.denominator == 1 else Binary("/", top, number(c.denominator))


def poly_tree(p: Poly, var: Node = X) -> Node:
    """A polynomial in descending powers: x^2 - 4, 2x - 3, -x, 0."""
    terms: list[tuple[int, Node]] = []
    for power in range(len(p) - 1, -1, -1):
        c = p[power]
        if c == 0:
            continue
        monomial = None if power == 0 else (var if power == 1 else Binary("^", var, number(power)))
        terms.append((1 if c > 0 else -1, _scaled(c, monomial)))
    return _sum(terms)


def base_tree(base: Base, orientation: int = 1) -> Node:
    """The base a teacher writes: 2, 1/2 (orientation -1) or e."""
    if base == E:
        return E_TREE
    assert isinstance(base, Fraction)
    return Number(base if orientation > 0 else 1 / base)


def power_tree(base: Node, exponent: Node) -> Node:
    return Binary("^", base, exponent)


def constant_tree(term: Term) -> Node:
    """A constant term c·∏ b^r as a tree (2^(1/2), 3·e^2, 5)."""
    factors: list[Node] = []
    for base, p in term.factors:
        r = p[0] if p else Fraction(0)
        b = base_tree(base)
        factors.append(b if r == 1 else power_tree(b, Number(r)))
    c = term.coefficient
    if not factors:
        return Number(c)
    result = factors[0]
    for factor in factors[1:]:
        result = Binary("*", result, factor)
    if abs(c) != 1:
        result = Binary("*", Number(abs(c)), result)
    return Negate(result) if c < 0 else result


def natural_log(tree: Node) -> Node:
    """log(tree), simplified where a teacher would: log e = 1, log e^r = r, log(1/n) = -log n."""
    match tree:
        case Constant("e"):
            return ONE
        case Binary("^", Constant("e"), exponent):
            return exponent
        case Number(value) if value == 1:
            return ZERO
        case Number(value) if value.numerator == 1 and value.denominator > 1:
            return Negate(Call("ln", number(value.denominator)))
        case Binary("^", Number(value) as base, Number(power)) if (
            value > 0 and value != 1 and power
        ):
            scaled = _scaled(power, natural_log(base))  # log 10^9 = 9 log 10
            return Negate(scaled) if power < 0 else scaled
    return Call("ln", tree)


def log_to_base(base: Node, arg: Node) -> Node:
    """log_base arg (the natural log when the base is e)."""
    return natural_log(arg) if base == E_TREE else Log(base, arg)


def log_ratio(base: Node, arg: Node) -> Node:
    """log arg / log base with natural logs, signs in front: log 3 / log(1/2) = -log 3 / log 2."""
    top, bottom = natural_log(arg), natural_log(base)
    negative = False
    if isinstance(top, Negate):
        top, negative = top.operand, not negative
    if isinstance(bottom, Negate):
        bottom, negative = bottom.operand, not negative
    result = top if bottom == ONE else Binary("/", top, bottom)
    return Negate(result) if negative else result


def times(left: Node, right: Node) -> Node:
    """left·right without a factor 1."""
    if left == ONE:
        return right
    if right == ONE:
        return left
    return Binary("*", left, right)


def interval_lines(intervals: tuple[Interval, ...], var: Node = X) -> tuple[Line, ...]:
    """Each interval as a relation line: x = 2, x < -2, 0 < x < 1 (nothing for all x)."""
    lines: list[Line] = []
    for interval in intervals:
        low = interval.low.tree if interval.low is not None else None
        high = interval.high.tree if interval.high is not None else None
        line = _range_line(low, high, interval.low_closed, interval.high_closed, var)
        if interval.is_point:
            assert low is not None
            line = relation(EQ, var, low)
        if line is not None:
            lines.append(line)
    return tuple(lines)


def _range_line(
    low: Node | None, high: Node | None, low_closed: bool, high_closed: bool, var: Node
) -> Line | None:
    if low is None and high is None:
        return None
    if low is None:
        assert high is not None
        return relation(LE if high_closed else LT, var, high)
    if high is None:
        return relation(GE if low_closed else GT, var, low)
    return Line((low, var, high), (LE if low_closed else LT, LE if high_closed else LT))


# --- polynomial relations --------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """An interval of the polynomial's variable with exact ends (None: infinite, or 0 for t)."""

    low: Surd | None
    high: Surd | None
    low_closed: bool = False
    high_closed: bool = False

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


def _integer_form(p: Poly) -> tuple[Poly, Fraction]:
    """p scaled to coprime integer coefficients with a positive leading one, and the factor."""
    denominators = math.lcm(*(c.denominator for c in p))
    numerators = math.gcd(*(int(c * denominators) for c in p))
    factor = Fraction(denominators, numerators)
    if p[-1] < 0:
        factor = -factor
    return poly_scale(p, factor), factor


def _factor_tree(root: Fraction, var: Node) -> Node:
    """(q·v - p) for the root p/q: t - 4, t + 2, 2t - 1, t."""
    q, p = root.denominator, root.numerator
    head: Node = var if q == 1 else Binary("*", number(q), var)
    if p == 0:
        return head
    return Binary("-" if p > 0 else "+", head, number(abs(p)))


def solve_polynomial(
    left: Poly, op: str, right: Poly, var: Node, positive: bool = False
) -> tuple[list[Step], list[Span]]:
    """Solve left(v) op right(v), a polynomial relation of degree ≤ 2, step by step.

    With ``positive`` the variable is t = a^x > 0: roots t ≤ 0 are rejected with the reason
    and intervals are cut at 0 (a span whose low end is None then starts at 0, open).
    """
    steps: list[Step] = []
    difference = poly_add(left, poly_scale(right, Fraction(-1)))
    d = degree(difference)
    if d <= 0:
        constant_left = left[0] if left else Fraction(0)
        constant_right = right[0] if right else Fraction(0)
        truth = holds(op, constant_left - constant_right, 0)
        line = relation(op, Number(constant_left), Number(constant_right))
        steps.append(Step("always" if truth else "never", (line,)))
        return steps, [Span(None, None)] if truth else []
    if d == 1:
        a, b = difference[1], difference[0]
        collected = relation(op, poly_tree(poly(0, a), var), value_tree(-b))
        if collected != relation(op, poly_tree(left, var), poly_tree(right, var)):
            steps.append(Step("collect", (collected,)))
        root = -b / a
        new_op = op if a > 0 else reversed_op(op)
        if a != 1:
            reason = "divide" if a > 0 or op == EQ else "divide_negative"
            line = relation(new_op, var, value_tree(root))
            steps.append(Step(reason, (line,), (("by", value_tree(a)),)))
        spans = _linear_spans(Surd(root), new_op)
        return steps + _positive_steps(spans, var, positive), _restrict(spans, positive)
    if right:
        steps.append(Step("move", (relation(op, poly_tree(difference, var), ZERO),)))
    integral, factor = _integer_form(difference)
    if factor != 1:
        new_op = op if factor > 0 else reversed_op(op)
        reason = "scale" if factor > 0 or op == EQ else "scale_negative"
        line = relation(new_op, poly_tree(integral, var), ZERO)
        steps.append(Step(reason, (line,), (("by", Number(factor)),)))
        op = new_op
    c, b, a = integral
    discriminant = b * b - 4 * a * c
    spans: list[Span]
    if discriminant < 0:
        spans = [Span(None, None)] if op in (GT, GE) else []
        steps.append(
            Step(
                "no_real_roots_all" if spans else "no_real_roots_none",
                (Line((DISCRIMINANT, Number(discriminant), ZERO), (EQ, LT)),),
                (("var", var),),
            )
        )
    else:
        roots = _quadratic_roots(a, b, discriminant)
        if all(r.is_rational for r in roots):
            factors = [_factor_tree(r.a, var) for r in roots]
            k = a / math.prod(r.a.denominator for r in roots) ** (2 if len(roots) == 1 else 1)
            product: Node = (
                Binary("^", factors[0], number(2))
                if len(roots) == 1
                else Binary("*", factors[0], factors[1])
            )
            if k != 1:
                product = Binary("*", Number(k), product)
            steps.append(Step("factor", (relation(op, product, ZERO),)))
        else:
            steps.append(
                Step(
                    "quadratic_formula",
                    tuple(relation(EQ, var, r.tree()) for r in roots),
                    (("discriminant", Number(discriminant)),),
                )
            )
        spans = _quadratic_spans(roots, op)
        lines = _span_lines(spans, var)
        if op == EQ:
            if all(r.is_rational for r in roots):
                steps.append(Step("roots", tuple(lines)))
        elif spans == [Span(None, None)]:
            steps.append(Step("square_all", (), (("var", var),)))
        elif not spans:
            steps.append(Step("square_none", (), (("var", var),)))
        else:
            steps.append(Step("sign_chart", tuple(lines), (("var", var),)))
    return steps + _positive_steps(spans, var, positive), _restrict(spans, positive)


def _quadratic_roots(a: Fraction, b: Fraction, discriminant: Fraction) -> list[Surd]:
    """The real roots of a v^2 + b v + c (a > 0, discriminant ≥ 0), ascending."""
    centre = -b / (2 * a)
    if discriminant == 0:
        return [Surd(centre)]
    s, d = square_part(discriminant.numerator * discriminant.denominator)
    half = Fraction(s, discriminant.denominator) / (2 * a)  # √discriminant / 2a = half·√d
    if d == 1:
        return [Surd(centre - half), Surd(centre + half)]
    return [Surd(centre, -half, d), Surd(centre, half, d)]


def _linear_spans(root: Surd, op: str) -> list[Span]:
    if op == EQ:
        return [Span(root, root, True, True)]
    if op in (LT, LE):
        return [Span(None, root, high_closed=op == LE)]
    return [Span(root, None, low_closed=op == GE)]


def _quadratic_spans(roots: list[Surd], op: str) -> list[Span]:
    """Where a(v - r1)(v - r2) op 0 (a > 0), or a(v - r)^2 op 0 for a double root."""
    if op == EQ:
        return [Span(r, r, True, True) for r in roots]
    closed = op in (LE, GE)
    if len(roots) == 1:
        r = roots[0]
        return {
            GT: [Span(None, r), Span(r, None)],
            GE: [Span(None, None)],
            LT: [],
            LE: [Span(r, r, True, True)],
        }[op]
    low, high = roots
    if op in (LT, LE):
        return [Span(low, high, closed, closed)]
    return [Span(None, low, high_closed=closed), Span(high, None, low_closed=closed)]


def _restrict(spans: list[Span], positive: bool) -> list[Span]:
    """The spans cut to v > 0 when ``positive`` (a low end None then means 0, open)."""
    if not positive:
        return spans
    kept: list[Span] = []
    for span in spans:
        if span.high is not None and span.high.sign() <= 0:
            continue
        if span.low is not None and span.low.sign() > 0:
            kept.append(span)
        else:
            kept.append(Span(None, span.high, False, span.high_closed))
    return kept


def _restrict_zero(spans: list[Span]) -> list[Span]:
    """The spans with an open end at exactly 0 written as starting from 0 (low None)."""
    return [
        Span(None, span.high, False, span.high_closed)
        if span.low is not None and span.low.sign() == 0 and not span.low_closed
        else span
        for span in spans
    ]


def _span_lines(spans: list[Span], var: Node, positive: bool = False) -> list[Line]:
    lines: list[Line] = []
    for span in spans:
        if span.is_point:
            assert span.low is not None
            lines.append(relation(EQ, var, span.low.tree()))
            continue
        low = span.low.tree() if span.low is not None else (ZERO if positive else None)
        high = span.high.tree() if span.high is not None else None
        line = _range_line(low, high, span.low_closed, span.high_closed, var)
        if line is not None:
            lines.append(line)
    return lines


def _positive_steps(spans: list[Span], var: Node, positive: bool) -> list[Step]:
    """For t = a^x: the roots t ≤ 0 rejected, the intervals cut at t > 0, with the reason."""
    if not positive or not spans:
        return []
    if all(span.is_point for span in spans):  # an equation
        return [
            Step("reject", (relation(EQ, var, span.low.tree()),), (("var", var),))
            for span in spans
            if span.low is not None and span.low.sign() <= 0
        ]
    restricted, as_written = _restrict(spans, True), _restrict_zero(spans)
    if restricted == as_written:
        return []  # already within t > 0 (0 < t < 1 needs no second look)
    dropped = [span for span in spans if span.high is not None and span.high.sign() <= 0]
    if len(spans) - len(dropped) == len(restricted) and all(s in as_written for s in restricted):
        lines = _span_lines(dropped, var)  # whole ranges with no t > 0 in them
        return [Step("reject_range", tuple(lines), (("var", var),))]
    lines = _span_lines(restricted, var, positive=True)
    return [Step("positive_range", tuple(lines), (("var", var),))]


# --- reading the relation --------------------------------------------------------------------


def _expand(node: Node) -> list[Term]:
    try:
        return expand(node, EXAMPLE)
    except Unsupported as error:
        raise unsupported(error.reason) from None


def _powers_in_order(node: Node) -> list[Binary | Call]:
    """The powers (``^`` and exp) of a tree in reading order."""
    found: list[Binary | Call] = []
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Binary):
            if current.op == "^":
                found.append(current)
            stack.extend((current.right, current.left))
        elif isinstance(current, Call):
            if current.name == "exp":
                found.append(current)
            stack.append(current.arg)
        elif isinstance(current, Negate):
            stack.append(current.operand)
    return found


def _rational_value(node: Node) -> Fraction | None:
    """The value of a tree when it is a rational number (else None)."""
    try:
        terms = expand(node, EXAMPLE)
    except (Unsupported, UserError):
        return None
    if not terms:
        return Fraction(0)
    if len(terms) == 1 and not terms[0].factors:
        return terms[0].coefficient
    return None


def _written_orientation(*nodes: Node, with_x: bool = True) -> int:
    """-1 when the first power (with x in its exponent, if ``with_x``) has a written base
    between 0 and 1 — (1/2)^x — so that the lesson keeps that base; else 1."""
    for node in nodes:
        for power in _powers_in_order(node):
            if isinstance(power, Call):
                return 1
            if with_x and not has_variable(power.right):
                continue
            value = _rational_value(power.left)
            return -1 if value is not None and 0 < value < 1 else 1
    return 1


def _written_numbers(node: Node) -> list[Fraction]:
    """Numbers written outside exponents, as bases or factors (for "8 = 2^3"); a written
    fraction 1/2 counts as one number."""
    found: list[Fraction] = []
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        match current:
            case Number() | Binary("/", Number(), Number()):
                value = _rational_value(current)
                if value is not None and value > 0 and value != 1 and value not in found:
                    found.append(value)
            case Binary("^", left, _):
                stack.append(left)
            case Binary(_, left, right):
                stack.extend((right, left))
            case Negate(operand) | Call(_, operand):
                stack.append(operand)
    return found


def _conversions(nodes: tuple[Node, ...], base: Base, orientation: int) -> list[Line]:
    """``8 = 2^3``, ``4 = (1/2)^(-2)``: each written number as a power of the chosen base."""
    if base == E:
        return []
    shown = base_tree(base, orientation)
    lines: list[Line] = []
    seen: list[Fraction] = []
    for node in nodes:
        for value in _written_numbers(node):
            if value in seen:
                continue
            seen.append(value)
            b, k = primitive(value)
            if b != base or Number(value) == shown:
                continue
            lines.append(chain(Number(value), power_tree(shown, number(k * orientation))))
    return lines


def _negated(terms: list[Term]) -> list[Term]:
    return [Term(-t.coefficient, t.factors) for t in terms]


def solve(relation_: Relation) -> Solution:
    """Solve an exponential equation or inequality of a standard type (else a UserError)."""
    if not (has_variable(relation_.left) or has_variable(relation_.right)):
        raise UserError("solve.no_unknown", example=EXAMPLE)
    left, right = _expand(relation_.left), _expand(relation_.right)
    x_left = [t for t in left if t.has_x]
    x_right = [t for t in right if t.has_x]
    if not x_left and not x_right:
        return _constant(relation_, left, right)
    if len(x_left) + len(x_right) == 1:
        found = _one_power(relation_, left, right)
    elif len(left) == 1 and len(right) == 1:
        found = _two_powers(relation_, left[0], right[0])
    else:
        found = None
    return found if found is not None else _substitution(relation_, left, right)


def _constant(relation_: Relation, left: list[Term], right: list[Term]) -> Solution:
    """The terms with x cancelled: the relation holds for every x or for none."""
    shown = [_sum_tree(left), _sum_tree(right)]
    difference = collect([*left, *_negated(right)])
    if not difference:
        sign = 0
    elif not any(t.factors for t in difference):
        total = sum((t.coefficient for t in difference), Fraction(0))
        sign = (total > 0) - (total < 0)
    else:  # irrational constants such as e: the sign of the difference, to 40 digits
        value = decimal_value(Binary("-", shown[0], shown[1]))
        if abs(value) < mpmath.mpf(10) ** -(DIGITS - 10):
            raise unsupported("too_close")
        sign = 1 if value > 0 else -1
    truth = holds(relation_.op, sign, 0)
    step = Step("cancel_always" if truth else "cancel_never", (relation(relation_.op, *shown),))
    return Solution(relation_, CONSTANT, (step,), EVERYTHING if truth else ())


def _sum_tree(terms: list[Term]) -> Node:
    """A sum of constant terms as a tree (0 for none)."""
    parts = [
        (1 if t.coefficient > 0 else -1, constant_tree(Term(abs(t.coefficient), t.factors)))
        for t in terms
    ]
    return _sum(parts)


def _single_base(terms: list[Term]) -> Base | None:
    """The one primitive base (or e) of every factor and coefficient, when there is one."""
    found: set[Base] = set()
    for term in terms:
        if term.coefficient <= 0:
            return None
        found.update(term.bases)
        if term.coefficient != 1:
            found.add(primitive(term.coefficient)[0])
        if len(found) > 1:
            return None
    return next(iter(found)) if found else None


def _exponent_in(term: Term, base: Base, orientation: int) -> Poly:
    """The exponent of ``term`` as a power of base^orientation (``base`` is its only base)."""
    exponent = term.exponent(base)
    if term.coefficient != 1:
        b, k = primitive(term.coefficient)
        assert b == base
        exponent = poly_add(exponent, poly(k))
    return poly_scale(exponent, Fraction(orientation))


def power_display(term: Term, orientation: int) -> Node:
    """A term as a teacher writes it: 3·2^x, (1/2)^x, e^(2x), 2^(1/2)."""
    factors: list[Node] = []
    for base, p in term.factors:
        o = orientation if base != E else 1
        exponent = poly_tree(poly_scale(p, Fraction(o)))
        b = base_tree(base, o)
        factors.append(b if exponent == ONE else power_tree(b, exponent))
    c = term.coefficient
    if not factors:
        return Number(c)
    result = factors[0]
    for factor in factors[1:]:
        result = Binary("*", result, factor)
    if abs(c) != 1:
        result = Binary("*", Number(abs(c)), result)
    return Negate(result) if c < 0 else result


def _one_power(relation_: Relation, left: list[Term], right: list[Term]) -> Solution | None:
    """One term with x: isolate it, then positivity, same base or logarithms."""
    if not any(t.has_x for t in left):
        relation_ = relation_.swapped()
        left, right = right, left
    op = relation_.op
    orientation = _written_orientation(relation_.left)
    (power,) = [t for t in left if t.has_x]
    rest = collect([*right, *_negated([t for t in left if not t.has_x])])
    if len(rest) > 1:
        return None  # constants that do not add up to one number: try t = a^x
    constant = rest[0] if rest else Term(Fraction(0))
    steps: list[Step] = []
    if len(left) > 1:
        line = relation(op, power_display(power, orientation), constant_tree(constant))
        steps.append(Step("move_constants", (line,)))
    bare = Term(Fraction(1), power.factors)
    if power.coefficient != 1:
        c = power.coefficient
        new_op = op if c > 0 else reversed_op(op)
        constant = Term(constant.coefficient / c, constant.factors)
        line = relation(new_op, power_display(bare, orientation), constant_tree(constant))
        reason = "divide" if c > 0 or op == EQ else "divide_negative"
        steps.append(Step(reason, (line,), (("by", Number(c)),)))
        op = new_op
    typed = len(left) == 1 and power.coefficient == 1 and not has_variable(relation_.right)
    k_tree = relation_.right if typed else constant_tree(constant)  # 10^9 stays 10^9
    if constant.coefficient <= 0:
        return _positivity(relation_, op, power_display(bare, orientation), k_tree, steps)
    base = _single_base([bare, constant])
    if base is not None:
        o = orientation if base != E else 1
        return _same_base(relation_, op, bare, constant, base, o, steps)
    if len(bare.factors) != 1:
        raise unsupported("several_bases")
    return _logarithm(relation_, op, bare, k_tree, orientation, steps)


def _positivity(
    relation_: Relation, op: str, power: Node, constant: Node, steps: list[Step]
) -> Solution:
    """a^(…) > 0 for every x: compared with 0 or a negative number, all x or none."""
    truth = op in (GT, GE)
    steps.append(
        Step(
            "positive_all" if truth else "positive_none",
            (relation(op, power, constant),),
            (("power", power),),
        )
    )
    return Solution(relation_, POSITIVITY, tuple(steps), EVERYTHING if truth else ())


def _same_base(
    relation_: Relation,
    op: str,
    left: Term,
    right: Term,
    base: Base,
    orientation: int,
    steps: list[Step],
) -> Solution:
    """D^P op D^Q → P op Q (reversed when 0 < D < 1), then the polynomial relation."""
    shown = base_tree(base, orientation)
    p, q = _exponent_in(left, base, orientation), _exponent_in(right, base, orientation)
    conversions = _conversions((relation_.left, relation_.right), base, orientation)
    rewritten = relation(op, power_tree(shown, poly_tree(p)), power_tree(shown, poly_tree(q)))
    steps.append(Step("rewrite_base", (*conversions, rewritten), (("base", shown),)))
    decreasing = base != E and orientation < 0
    if op == EQ:
        reason, new_op = "same_base_equation", op
    elif decreasing:
        reason, new_op = "same_base_decreasing", reversed_op(op)
    else:
        reason, new_op = "same_base_increasing", op
    steps.append(Step(reason, (relation(new_op, poly_tree(p), poly_tree(q)),), (("base", shown),)))
    more, spans = solve_polynomial(p, new_op, q, X)
    steps.extend(more)
    return Solution(relation_, SAME_BASE, tuple(steps), tuple(_x_interval(s) for s in spans))


def _x_interval(span: Span) -> Interval:
    low = bound(span.low.tree()) if span.low is not None else None
    if span.is_point:
        assert low is not None
        return point(low)
    high = bound(span.high.tree()) if span.high is not None else None
    return Interval(low, high, span.low_closed, span.high_closed)


def _one_sided(op: str, end: Bound) -> Interval:
    """x op end as an interval."""
    if op == EQ:
        return point(end)
    if op in (LT, LE):
        return Interval(None, end, False, op == LE)
    return Interval(end, None, op == GE, False)


def _affine(tree: Node, shift: Fraction, divisor: Fraction) -> Node:
    """(tree + shift)/divisor written simply: log_2 5 - 1, (log_2 5 + 3)/2, -log_2 5."""
    result: Node = tree
    if shift:
        result = Binary("+" if shift > 0 else "-", result, Number(abs(shift)))
    if abs(divisor) != 1:
        result = Binary("/", result, Number(abs(divisor)))
    return Negate(result) if divisor < 0 else result


def _logarithm(
    relation_: Relation, op: str, power: Term, k: Node, orientation: int, steps: list[Step]
) -> Solution:
    """a^(p x + q) op K, K not a power of a: p x + q op log_a K (reversed for a < 1), x = …"""
    ((base, exponent),) = power.factors
    o = orientation if base != E else 1
    shown = base_tree(base, o)
    p = poly_scale(exponent, Fraction(o))
    if degree(p) != 1:
        raise unsupported("degree_with_log")
    value, natural = log_to_base(shown, k), log_ratio(shown, k)
    decreasing = base != E and o < 0
    new_op = reversed_op(op) if decreasing else op
    reason = (
        "definition_log" if op == EQ else ("log_decreasing" if decreasing else "log_increasing")
    )
    taken = relation(new_op, poly_tree(p), value)
    steps.append(Step(reason, (taken,), (("base", shown), ("value", k))))
    a, b = p[1], p[0]
    solved_op = new_op if a > 0 else reversed_op(new_op)
    exact, natural_exact = _affine(value, -b, a), _affine(natural, -b, a)
    if (a, b) != (1, 0):
        reason = "solve_linear" if a > 0 or op == EQ else "solve_linear_negative"
        steps.append(Step(reason, (relation(solved_op, X, exact),), (("by", Number(a)),)))
    end = bound(exact, natural_exact)
    items = (X, exact, natural_exact) if natural_exact != exact else (X, exact)
    ops = (solved_op, EQ)[: len(items) - 1]
    last = steps[-1]
    if len(items) == 2 and last.lines[-1].items == items:
        # nothing new to write (x = log 2): the decimal goes on the line already there
        line = Line(items, ops, end.value)
        steps[-1] = Step(last.reason, (*last.lines[:-1], line), last.params, last.cites)
    else:
        reason = "decimal_natural" if base == E else "decimal"
        steps.append(Step(reason, (Line(items, ops, end.value),), (("base", shown),)))
    return Solution(relation_, LOGARITHM, tuple(steps), (_one_sided(solved_op, end),))


def _two_powers(relation_: Relation, left: Term, right: Term) -> Solution | None:
    """a^P op b^Q: the same base when there is one, else logarithms of both sides."""
    base = _single_base([left, right])
    if base is not None:
        orientation = _written_orientation(relation_.left) if base != E else 1
        return _same_base(relation_, relation_.op, left, right, base, orientation, [])
    simple = all(t.coefficient == 1 and len(t.factors) == 1 for t in (left, right))
    return _two_bases(relation_, left, right) if simple else None


def log_combination(pairs: list[tuple[Fraction, Base]]) -> Node:
    """Σ c·log b as a tree, positive terms first (log e = 1 becomes a number)."""
    pairs = sorted(pairs, key=lambda pair: pair[0] < 0)
    terms: list[tuple[int, Node]] = []
    constant = Fraction(0)
    for c, base in pairs:
        if c == 0:
            continue
        if base == E:
            constant += c
        else:
            terms.append((1 if c > 0 else -1, _scaled(c, Call("ln", base_tree(base)))))
    if constant:
        terms.append((1 if constant > 0 else -1, Number(abs(constant))))
    return _sum(terms)


def _two_bases(relation_: Relation, left: Term, right: Term) -> Solution:
    """a^(p1 x + p0) op b^(q1 x + q0): natural logs of both sides, collect x, divide."""
    ((a, p),) = left.factors
    ((b, q),) = right.factors
    if degree(p) > 1 or degree(q) > 1:
        raise unsupported("degree_with_log")
    op = relation_.op
    p0, p1 = (*p, Fraction(0), Fraction(0))[:2]
    q0, q1 = (*q, Fraction(0), Fraction(0))[:2]
    taken = relation(
        op,
        times(poly_tree(p), natural_log(base_tree(a))),
        times(poly_tree(q), natural_log(base_tree(b))),
    )
    steps = [Step("take_logs", (taken,))]
    alpha = [(p1, a), (-q1, b)]
    beta = [(q0, b), (-p0, a)]
    alpha_tree, beta_tree = log_combination(alpha), log_combination(beta)
    steps.append(Step("collect", (relation(op, times(alpha_tree, X), beta_tree),)))
    with mpmath.workdps(2 * DIGITS):
        alpha_value = calculus.real_value(alpha_tree, mpmath.mpf(0))
    if abs(alpha_value) < mpmath.mpf(10) ** -DIGITS:
        raise unsupported("too_close")
    new_op = op
    by = alpha_tree
    if alpha_value < 0:
        alpha_tree = log_combination([(-c, base) for c, base in alpha])
        beta_tree = log_combination([(-c, base) for c, base in beta])
        new_op = reversed_op(op)
    exact: Node = ZERO if beta_tree == ZERO else Binary("/", beta_tree, alpha_tree)
    end = bound(exact)
    reason = "divide_log_negative" if alpha_value < 0 and op != EQ else "divide_log"
    line = Line((X, exact), (new_op,), None if exact == ZERO else end.value)
    steps.append(Step(reason, (line,), (("by", by),)))
    return Solution(relation_, LOGARITHM, tuple(steps), (_one_sided(new_op, end),))


def _gcd(values: list[Fraction]) -> Fraction:
    """The greatest common divisor of positive rationals (gcd of tops over lcm of bottoms)."""
    top = math.gcd(*(v.numerator for v in values))
    bottom = math.lcm(*(v.denominator for v in values))
    return Fraction(top, bottom)


def _t_term(coefficient: Fraction, n: int, var: Node) -> Node:
    """coefficient·var^n for n in -2…2 (1/t for n = -1)."""
    power: Node | None
    if n == 0:
        power = None
    elif abs(n) == 1:
        power = var
    else:
        power = Binary("^", var, number(abs(n)))
    c = abs(coefficient)
    if n < 0:
        assert power is not None
        return Binary("/", Number(c), power)
    if power is None:
        return Number(c)
    return power if c == 1 else Binary("*", Number(c), power)


def _t_sum(coefficients: dict[int, Fraction], var: Node) -> Node:
    terms = [
        (1 if coefficients[n] > 0 else -1, _t_term(coefficients[n], n, var))
        for n in sorted(coefficients, reverse=True)
        if coefficients[n] != 0
    ]
    return _sum(terms)


def _substitution(relation_: Relation, left: list[Term], right: list[Term]) -> Solution:
    """Σ cₖ·a^(mₖx + rₖ) op 0 → a polynomial in t = a^(gx) > 0, solved, then x from t."""
    op = relation_.op
    terms = collect([*left, *_negated(right)])
    base: Base | None = None
    for term in terms:
        if not term.has_x:
            if term.factors:
                raise unsupported("irrational_coefficient")
            continue
        if len(term.factors) != 1 or (base is not None and term.factors[0][0] != base):
            raise unsupported("several_bases")
        base, p = term.factors[0]
        if degree(p) != 1:
            raise unsupported("degree_substitution")
    assert base is not None
    orientation = _written_orientation(relation_.left, relation_.right) if base != E else 1
    shown = base_tree(base, orientation)
    items: list[tuple[Fraction, Fraction]] = []  # (m, coefficient) of c·D^(m x)
    for term in terms:
        if not term.factors:
            items.append((Fraction(0), term.coefficient))
            continue
        p = poly_scale(term.factors[0][1], Fraction(orientation))
        m, r = p[1], p[0]
        c = term.coefficient
        if r:
            if base == E or r.denominator != 1:
                raise unsupported("irrational_coefficient")
            d_value = base_value(base, orientation)
            if not fits(d_value, r):
                raise UserError("powers.too_large", limit=MAX_DIGITS, example=EXAMPLE)
            c *= d_value**r.numerator
        items.append((m, c))
    g = _gcd([abs(m) for m, _ in items if m])
    coefficients: dict[int, Fraction] = {}
    for m, c in items:
        n = m / g
        assert n.denominator == 1
        coefficients[int(n)] = coefficients.get(int(n), Fraction(0)) + c
    low, high = min(0, *coefficients), max(0, *coefficients)
    if high - low > 2:
        raise unsupported("degree_substitution")
    if g.denominator == 1 and (base == E or fits(base_value(base, orientation), g)):
        t_base = (
            power_tree(E_TREE, Number(g))
            if base == E and g != 1
            else (E_TREE if base == E else Number(base_value(base, orientation) ** g.numerator))
        )
        t_power: Node = power_tree(t_base, X)
    else:
        t_base = power_tree(shown, Number(g))
        t_power = power_tree(shown, poly_tree(poly(0, g)))
    steps = [
        Step(
            "rewrite_powers",
            (relation(op, _t_sum(coefficients, t_power), ZERO),),
            (("t", t_power),),
        )
    ]
    substituted = relation(op, _t_sum(coefficients, T), ZERO)
    steps.append(Step("substitute", (relation(EQ, T, t_power), substituted), (("t", t_power),)))
    shifted = {n - low: c for n, c in coefficients.items()}
    polynomial = poly(*(shifted.get(i, Fraction(0)) for i in range(high - low + 1)))
    if low < 0:
        factor = T if low == -1 else Binary("^", T, number(-low))
        line = relation(op, poly_tree(polynomial, T), ZERO)
        steps.append(Step("multiply_t", (line,), (("by", factor),)))
    more, spans = solve_polynomial(polynomial, op, (), T, positive=True)
    steps.extend(more)
    increasing = base == E or orientation > 0
    intervals, back = _back_substitute(spans, t_base, t_power, base, orientation * g, increasing)
    steps.extend(back)
    return Solution(relation_, SUBSTITUTION, tuple(steps), tuple(intervals))


def base_value(base: Base, orientation: int) -> Fraction:
    assert isinstance(base, Fraction)
    return base if orientation > 0 else 1 / base


def _x_of(u: Surd, t_base: Node, base: Base, scale: Fraction) -> Bound:
    """The x with t_base^x = u (t_base = base^scale), exact where it is rational."""
    if u.is_rational and base != E:
        value = u.a
        if value == 1:
            return bound(ZERO)
        b, k = primitive(value)
        if b == base:
            return bound(value_tree(k / scale))
    u_tree = u.tree()
    return bound(log_to_base(t_base, u_tree), log_ratio(t_base, u_tree))


def _back_substitute(
    spans: list[Span],
    t_base: Node,
    t_power: Node,
    base: Base,
    scale: Fraction,
    increasing: bool,
) -> tuple[list[Interval], list[Step]]:
    """From the solution in t (t > 0) to x, through t = a^x (order kept for a > 1)."""
    intervals: list[Interval] = []
    lines: list[Line] = []
    for span in spans:
        low = _x_of(span.low, t_base, base, scale) if span.low is not None else None
        high = _x_of(span.high, t_base, base, scale) if span.high is not None else None
        if span.is_point:
            assert low is not None and span.low is not None
            lines.extend(_back_lines(t_power, span.low, low, t_base))
            intervals.append(point(low))
            continue
        if increasing:
            intervals.append(Interval(low, high, span.low_closed, span.high_closed))
        else:
            intervals.append(Interval(high, low, span.high_closed, span.low_closed))
    if not spans:
        return [], []
    intervals.sort(key=lambda i: i.low.value if i.low is not None else -mpmath.inf)
    steps: list[Step] = []
    if lines:
        steps.append(Step("back", tuple(lines), (("t", t_power),)))
    else:
        t_lines = _span_lines(spans, t_power, positive=False)
        as_powers = [_power_span_line(span, t_power, t_base, base, scale) for span in spans]
        reason = "back_increasing" if increasing else "back_decreasing"
        solved = interval_lines(tuple(intervals))
        shown = [*t_lines, *(line for line in as_powers if line is not None), *solved]
        steps.append(Step(reason, tuple(shown), (("base", t_base), ("t", t_power))))
    return intervals, steps


def _back_lines(t_power: Node, u: Surd, x: Bound, t_base: Node) -> list[Line]:
    """``2^x = 4 = 2^2``, ``x = 2``; or ``2^x = 3``, ``x = log_2 3 = log 3/log 2 ≈ …``."""
    if _is_rational(x.tree):
        return [chain(t_power, u.tree(), power_tree(t_base, x.tree)), relation(EQ, X, x.tree)]
    solved = (X, x.tree) if x.natural is None else (X, x.tree, x.natural)
    return [relation(EQ, t_power, u.tree()), Line(solved, (EQ,) * (len(solved) - 1), x.value)]


def _power_span_line(
    span: Span, t_power: Node, t_base: Node, base: Base, scale: Fraction
) -> Line | None:
    """``3^0 < 3^x < 3^1``: the ends of a span in t as powers of the base, when they are."""
    ends: list[Node | None] = []
    for end in (span.low, span.high):
        if end is None:
            ends.append(None)
            continue
        x = _x_of(end, t_base, base, scale)
        if not _is_rational(x.tree):
            return None
        ends.append(power_tree(t_base, x.tree))
    if ends == [None, None]:
        return None
    return _range_line(ends[0], ends[1], span.low_closed, span.high_closed, t_power)


def _is_rational(tree: Node) -> bool:
    return isinstance(tree, Number) or (isinstance(tree, Negate) and _is_rational(tree.operand))


# --- comparisons -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """Numbers put in order: ``ranking`` lists their indices from the smallest, ``order`` is
    the line ``a < b = c``, ``decimals`` their values."""

    values: tuple[Node, ...]
    kind: str
    steps: tuple[Step, ...]
    ranking: tuple[int, ...]
    order: Line
    decimals: tuple[mpmath.mpf, ...]


def compare(values: tuple[Node, ...]) -> Comparison:
    """Order two to four numbers: with one base, by a common power, or by their decimals."""
    example = "/solve compare 4^(1/3) 8^(1/4)"
    if not 2 <= len(values) <= MAX_COMPARE:
        raise UserError("solve.compare_count", limit=MAX_COMPARE, example=example)
    decimals = []
    for value in values:
        if has_variable(value):
            raise UserError("solve.compare_constant", example=example)
        try:
            with mpmath.workdps(DIGITS):
                decimals.append(calculus.real_value(value, mpmath.mpf(0)))
        except calculus.Undefined:
            raise UserError("solve.compare_not_real", example=example) from None
        except calculus.TooLarge:
            raise UserError("powers.too_large", limit=MAX_DIGITS, example=example) from None
    terms = [_single_term(value) for value in values]
    found = None
    if all(term is not None for term in terms):
        found = _compare_same_base(values, terms) or _compare_common_power(values, terms)
    if found is None:
        found = _compare_decimals(values, decimals)
    kind, steps, keys = found
    ranking = tuple(sorted(range(len(values)), key=lambda i: keys[i]))
    items = tuple(values[i] for i in ranking)
    ops = tuple(
        EQ if keys[ranking[i]] == keys[ranking[i + 1]] else LT for i in range(len(ranking) - 1)
    )
    order = Line(items, ops)
    return Comparison(values, kind, tuple(steps), ranking, order, tuple(decimals))


def _single_term(value: Node) -> Term | None:
    try:
        terms = expand(value, EXAMPLE)
    except (Unsupported, UserError):
        return None
    if len(terms) != 1 or terms[0].coefficient <= 0:
        return None
    return terms[0]


def _compare_same_base(values: tuple[Node, ...], terms: list) -> tuple | None:
    """Every value a power of one base: compare the exponents (reversed when the base < 1)."""
    base = _single_base(terms)
    if base is None:
        return None
    every_below_one = all(
        (r := _rational_value(p.left)) is not None and 0 < r < 1
        for value in values
        for p in _powers_in_order(value)
        if isinstance(p, Binary)
    )
    orientation = -1 if base != E and every_below_one else 1
    shown = base_tree(base, orientation)
    exponents = [constant_of(_exponent_in(term, base, orientation)) for term in terms]
    rewritten = tuple(
        chain(value, power_tree(shown, value_tree(r)))
        for value, r in zip(values, exponents, strict=True)
    )
    rewritten = tuple(line for line in rewritten if len(line.items) > 1)
    steps = [Step("compare_rewrite", rewritten, (("base", shown),))] if rewritten else []
    denominator = math.lcm(*(r.denominator for r in exponents))
    ranking = sorted(range(len(values)), key=lambda i: exponents[i])
    ordered = tuple(value_tree(exponents[i]) for i in ranking)
    ops = tuple(
        EQ if exponents[ranking[i]] == exponents[ranking[i + 1]] else LT
        for i in range(len(ranking) - 1)
    )
    lines = [Line(ordered, ops)]
    if denominator > 1:
        common = tuple(
            Binary("/", value_tree(exponents[i] * denominator), number(denominator))
            for i in ranking
        )
        lines.insert(0, Line(common, ops))
    decreasing = orientation < 0
    steps.append(
        Step(
            "compare_exponents_decreasing" if decreasing else "compare_exponents",
            tuple(lines),
            (("base", shown),),
        )
    )
    keys = [-r if decreasing else r for r in exponents]
    return SAME_BASE, steps, keys


def constant_of(p: Poly) -> Fraction:
    return p[0] if p else Fraction(0)


def _compare_common_power(values: tuple[Node, ...], terms: list) -> tuple | None:
    """Positive values q^r with rational q and r: raise all to the common power N."""
    if any(base == E for term in terms for base in term.bases):
        return None
    n = math.lcm(*(constant_of(p).denominator for term in terms for _, p in term.factors), 1)
    if n > MAX_COMMON_POWER:
        return None
    powered: list[Fraction] = []
    for term in terms:
        value = term.coefficient
        if not fits(value, Fraction(n)):
            return None
        value = value**n
        for base, p in term.factors:
            exponent = constant_of(p) * n
            assert isinstance(base, Fraction) and exponent.denominator == 1
            if not fits(base, exponent) or not fits(value, Fraction(1)):
                return None
            value *= base**exponent.numerator
        powered.append(value)
    if n == 1:
        lines = tuple(chain(v, Number(q)) for v, q in zip(values, powered, strict=True))
        lines = tuple(line for line in lines if len(line.items) > 1)
        return COMMON_POWER, [Step("compare_rational", lines)], powered
    lines = tuple(
        chain(power_tree(v, number(n)), Number(q)) for v, q in zip(values, powered, strict=True)
    )
    steps = [Step("compare_power", lines, (("n", number(n)),))]
    return COMMON_POWER, steps, powered


def _compare_decimals(values: tuple[Node, ...], decimals: list) -> tuple:
    """Compare by decimals to ``DIGITS`` digits; refuse when two are too close to tell."""
    ordered = sorted(decimals)
    for a, b in itertools.pairwise(ordered):
        scale = max(mpmath.mpf(1), abs(a), abs(b))
        if b - a < scale * mpmath.mpf(10) ** -(DIGITS - 10):
            raise UserError("solve.compare_too_close", example="/solve compare 4^(1/3) 8^(1/4)")
    lines = tuple(Line((v,), (), d) for v, d in zip(values, decimals, strict=True))
    return DECIMAL, [Step("compare_decimal", lines)], list(decimals)
