"""Skills of the equation lesson (``/solve``): exponential equations and inequalities.

- ``solve.equation``: a^(px+q) = N with one base (level 1), a^(px+q) = b^(rx+s) through a
  common base (level 2), a^(x+q) = N by taking logarithms (level 3).
- ``solve.inequality``: a^(px+q) op N with a > 1 (level 1) and 0 < a < 1, where the
  inequality turns round (level 2); a quadratic in t = a^x between its roots (level 3).

The worked solution and the right answer come from the lesson engine (``napier.solver``); each
mistake's answer is what that misconception makes of the drawn numbers, computed exactly.
"""

from __future__ import annotations

import logging
import math
import random
from fractions import Fraction

from napier import printer, solver
from napier.parser import Binary, Log, Negate, Node, Number
from napier.powers import poly
from napier.practice.drafts import Draft, Line, p
from napier.practice.ranges import Range
from napier.practice.tasks import EQUATION, FORM_ANY, INEQUALITY, Mistake, Task, distinct
from napier.practice.trees import X, div, ln, num, show, sub, typed_text
from napier.relation import EQ, GE, GT, LE, LT, Relation, reversed_op, symbol_latex, symbol_text

log = logging.getLogger(__name__)

BASES = (2, 3, 5)
LOG_BASES = (2, 3, 5, 7)
LOG_NUMBERS = (3, 5, 6, 7, 10, 11, 12)
INEQUALITIES = (LT, GT, LE, GE)
STRICT = {LT: LE, LE: LT, GT: GE, GE: GT}  # the same direction, the boundary swapped


def _base(c: int, m: int) -> Number:
    """c^m as the base a teacher writes: 4, 8, 1/2, 1/9."""
    return num(Fraction(c) ** m)


def _exponent(slope: int, shift: int) -> Node:
    """slope·x + shift written as a teacher does: x, 2x - 1, x + 3."""
    return solver.poly_tree(poly(shift, slope))


def _power(c: int, m: int, slope: int, shift: int) -> Node:
    exponent = _exponent(slope, shift)
    return Binary("^", _base(c, m), exponent)


def _statement(rel: Relation) -> dict[str, str]:
    """The problem's sides and relation (``op`` is printed in the reader's symbols, ≦ ≧ in
    Japanese), and the whole problem as ``expr``."""
    left, right = show(rel.left), show(rel.right)
    return {
        "left": left,
        "op": rel.op,
        "right": right,
        "expr": f"{left} {symbol_text(rel.op, 'en')} {right}",
    }


def _latex(rel: Relation, locale: str) -> str:
    """The problem in LaTeX (≦ ≧ in Japanese)."""
    left, right = printer.latex(rel.left), printer.latex(rel.right)
    return f"{left} {symbol_latex(rel.op, locale)} {right}"


def _lesson(rel: Relation) -> tuple[str, tuple[tuple[str, str], ...]]:
    """/solve of the same problem."""
    problem = f"{typed_text(rel.left)} {rel.op} {typed_text(rel.right)}"
    return ("solve", (("problem", problem),))


def _mistake(mistake_id: str, law: str, answer: Node | Range, **params: object) -> Mistake:
    return Mistake(mistake_id, law, answer, params=p(**params))


def _draft(
    rel: Relation,
    answer: Node | Log | Range,
    mistakes: list[Mistake],
    statement: str,
    hints: list[Line],
    required: tuple[str, ...],
    law: str = "",
) -> Draft:
    kind = INEQUALITY if isinstance(answer, Range) else EQUATION
    kept = distinct(answer, mistakes, False)
    task = Task(kind, rel.left, answer, tuple(kept), FORM_ANY, False, law, _lesson(rel))
    solution = solver.solve(rel)
    return Draft(
        task,
        statement,
        _statement(rel),
        _latex(rel, "en"),
        hints,
        [],
        required,
        steps=solution.steps,
        step_prefix="solve.step",
        latex_ja=_latex(rel, "ja"),
    )


def _value(rel: Relation) -> Node | Log:
    """The one solution the engine finds (its exact form)."""
    (interval,) = solver.solve(rel).intervals
    assert interval.is_point and interval.low is not None
    return interval.low.tree  # type: ignore[return-value]


def _solution_range(rel: Relation) -> Range:
    """The engine's solution set, one interval, as a range of x."""
    (interval,) = solver.solve(rel).intervals
    low = interval.low.tree if interval.low is not None else None
    high = interval.high.tree if interval.high is not None else None
    return Range(low, high, interval.low_closed, interval.high_closed)  # type: ignore[arg-type]


def _reciprocal_base(c: int, m: int, answer: Range | Node) -> Mistake:
    """(1/c^k)^u read as (c^k)^u: the exponent's sign lost (law 1.2)."""
    return _mistake(
        "reciprocal_base_as_base",
        "1.2",
        answer,
        a=show(_base(c, m)),
        b=show(_base(c, -m)),
        power=show(Binary("^", _base(c, -m), Negate(X))),
    )


def _unmatched(c: int, answer: Range | Node) -> Mistake:
    """Exponents set equal (or compared) while the bases still differ."""
    return _mistake("bases_not_matched", "1.4", answer, c=c)


# --- solve.equation ----------------------------------------------------------------------------


def equation(rng: random.Random, level: int) -> Draft:
    if level == 1:
        return _one_base(rng)
    if level == 2:
        return _two_bases(rng)
    return _by_logarithms(rng)


def _one_base(rng: random.Random) -> Draft:
    """(c^m)^(px+q) = c^n: the base written 4, 8, 1/2; x from m(px + q) = n."""
    c = rng.choice(BASES)
    m = rng.choice((1, 1, 2, 3, -1)) if c == 2 else rng.choice((1, 2, -1))
    n = rng.choice([k for k in range(-3, 6) if k and abs(k) * math.log10(c) <= 3])
    slope, shift = rng.choice((1, 1, 2)), rng.choice((-1, 0, 0, 1, 2))
    left, right = _power(c, m, slope, shift), _base(c, n)
    rel = Relation(EQ, left, right)
    number = Fraction(c) ** n
    mistakes = [
        _mistake(
            "exponent_equals_number",
            "",
            num((number - shift) / slope),
            number=show(right),
            exponent=show(_exponent(slope, shift)),
            power=show(Binary("^", num(c), num(n))),
        )
    ]
    required: tuple[str, ...] = ("exponent_equals_number",)
    if m > 1:
        mistakes.append(_unmatched(c, num((Fraction(n) - shift) / slope)))
        required += ("bases_not_matched",)
    elif m < 0:
        mistakes.append(_reciprocal_base(c, m, num((Fraction(n, -m) - shift) / slope)))
        required += ("reciprocal_base_as_base",)
    hints = [
        Line("practice.hint.equation_same_base", p(c=c, number=show(right))),
        Line("practice.hint.equation_exponents"),
    ]
    return _draft(rel, _value(rel), mistakes, "practice.statement.equation", hints, required)


def _two_bases(rng: random.Random) -> Draft:
    """(c^m)^(p1 x + q1) = (c^n)^(p2 x + q2): m(p1 x + q1) = n(p2 x + q2)."""
    c = rng.choice((2, 3))
    m, n = rng.sample((1, 2, 3), 2)
    p1, p2 = rng.sample((1, 2, 3), 2)
    q1, q2 = rng.choice((-2, -1, 0, 1, 2)), rng.choice((-2, -1, 1, 2))
    if m * p1 == n * p2:
        return _two_bases(rng)
    rel = Relation(EQ, _power(c, m, p1, q1), _power(c, n, p2, q2))
    mistakes = [_unmatched(c, num(Fraction(q2 - q1, p1 - p2)))]
    # the outer exponent multiplying only the x term: c^(m p1 x + q1) = c^(n p2 x + q2)
    sides = [(k, slope, shift) for k, slope, shift in ((m, p1, q1), (n, p2, q2)) if k > 1 and shift]
    required: tuple[str, ...] = ("bases_not_matched",)
    if sides:
        k, slope, shift = sides[0]
        mistakes.append(
            Mistake(
                "power_not_distributed",
                "1.4",
                num(Fraction(q2 - q1, m * p1 - n * p2)),
                site=show(Binary("^", Binary("^", num(c), num(k)), _exponent(slope, shift))),
                wrong=show(Binary("^", num(c), _exponent(k * slope, shift))),
                right=show(Binary("^", num(c), _exponent(k * slope, k * shift))),
            )
        )
        required += ("power_not_distributed",)
    hints = [
        Line("practice.hint.equation_common_base", p(c=c)),
        Line("practice.hint.equation_exponents"),
    ]
    return _draft(rel, _value(rel), mistakes, "practice.statement.equation", hints, required)


def _by_logarithms(rng: random.Random) -> Draft:
    """a^(x+q) = N, N not a power of a: x = log_a N - q = log N / log a - q."""
    a = rng.choice(LOG_BASES)
    number = rng.choice([k for k in LOG_NUMBERS if math.gcd(k, a) == 1])
    shift = rng.choice((0, 0, 1, -1, 2))
    rel = Relation(EQ, _power(a, 1, 1, shift), num(number))

    def minus_shift(tree: Node) -> Node:
        if shift == 0:
            return tree
        return Binary("-" if shift > 0 else "+", tree, num(abs(shift)))

    natural = div(ln(num(number)), ln(num(a)))
    upside = div(ln(num(a)), ln(num(number)))
    quotient = ln(div(num(number), num(a)))
    mistakes = [
        _mistake(
            "log_upside_down",
            "log.change_of_base",
            minus_shift(upside),
            wrong=show(upside),
            right=show(natural),
        ),
        _mistake(
            "numbers_divided",
            "log.definition",
            minus_shift(num(Fraction(number, a))),
            a=a,
            number=number,
            right=show(natural),
        ),
        _mistake(
            "log_of_quotient",
            "log.quotient",
            minus_shift(ln(num(Fraction(number, a)))),
            wrong=show(quotient),
            right=show(natural),
        ),
    ]
    hints = [
        Line("practice.hint.not_a_power", p(a=a, number=number)),
        Line("practice.hint.take_logs", p(a=a)),
    ]
    required = ("log_upside_down", "numbers_divided")
    return _draft(rel, _value(rel), mistakes, "practice.statement.equation", hints, required)


# --- solve.inequality --------------------------------------------------------------------------


def _range(op: str, end: Fraction | Node | Log) -> Range:
    """x op end."""
    node = num(end) if isinstance(end, Fraction) else end
    if op in (LT, LE):
        return Range(None, node, False, op == LE)
    return Range(node, None, op == GE, False)


def _one_sided(answer: Range) -> tuple[str, Node | Log]:
    """(op, end) of x op end."""
    if answer.high is not None:
        return (LE if answer.high_closed else LT), answer.high
    assert answer.low is not None
    return (GE if answer.low_closed else GT), answer.low


def inequality(rng: random.Random, level: int) -> Draft:
    if level == 3:
        return _between_roots(rng)
    decreasing = level == 2
    c = rng.choice(BASES)
    if decreasing:
        m = -1 if c == 5 else -rng.choice((1, 1, 2))
    else:
        m = 1 if c == 5 else rng.choice((1, 1, 2, 3))
    n = rng.choice([k for k in range(-3, 6) if k and abs(k) * math.log10(c) <= 3])
    slope, shift = rng.choice((1, 1, 2)), rng.choice((-1, 0, 0, 1, 2))
    op = rng.choice(INEQUALITIES)
    rel = Relation(op, _power(c, m, slope, shift), _base(c, n))
    answer = _solution_range(rel)
    right_op, end = _one_sided(answer)
    a_text = show(_base(c, m))
    power = show(Binary("^", _base(c, m), X))  # (1/2)^x
    number = Fraction(c) ** n
    boundary = _mistake("boundary_changed", "", _range(STRICT[right_op], end))
    if decreasing:
        mistakes = [
            _mistake("direction_kept", "graph.decreasing", _range(op, end), a=a_text, power=power),
            _reciprocal_base(c, m, _range(op, (Fraction(n, -m) - shift) / slope)),
            boundary,
        ]
        required: tuple[str, ...] = ("direction_kept", "reciprocal_base_as_base")
        hints = [
            Line("practice.hint.inequality_decreasing", p(a=a_text, power=power)),
            Line("practice.hint.equation_same_base", p(c=a_text, number=show(num(number)))),
        ]
    else:
        mistakes = [
            _mistake(
                "direction_reversed",
                "graph.increasing",
                _range(reversed_op(op), end),
                a=a_text,
                power=power,
            ),
            _mistake(
                "exponent_equals_number",
                "",
                _range(op, (number - shift) / slope),
                number=show(num(number)),
                exponent=show(_exponent(slope, shift)),
                power=show(Binary("^", num(c), num(n))),
            ),
            boundary,
        ]
        required = ("direction_reversed", "exponent_equals_number")
        hints = [
            Line("practice.hint.equation_same_base", p(c=c, number=show(num(number)))),
            Line("practice.hint.inequality_increasing", p(a=a_text, power=power)),
        ]
    return _draft(rel, answer, mistakes, "practice.statement.inequality", hints, required)


def _between_roots(rng: random.Random) -> Draft:
    """d·(a^x)^2 - d(r1 + r2)·a^x + d·r1·r2 op 0 (op < or ≤), r1 = a^i < r2 = a^j: i op x op j."""
    a = rng.choice((2, 3))
    i = rng.choice((-1, 0, 0, 1))
    j = i + rng.choice((1, 2))
    op = rng.choice((LT, LE))
    r1, r2 = Fraction(a) ** i, Fraction(a) ** j
    scale = math.lcm(r1.denominator, r2.denominator)
    square = Binary("^", num(a * a), X)
    single = Binary("^", num(a), X)
    b, c0 = scale * (r1 + r2), scale * r1 * r2
    first: Node = square if scale == 1 else Binary("*", num(scale), square)
    middle: Node = single if b == 1 else Binary("*", num(b), single)
    rel = Relation(op, Binary("+", sub(first, middle), num(c0)), num(0))
    closed = op == LE
    mistakes = [
        _mistake("t_range_as_x", "", Range(num(r1), num(r2), closed, closed), a=a),
        _mistake("boundary_changed", "", Range(num(i), num(j), not closed, not closed)),
    ]
    hints = [
        Line("practice.hint.substitution", p(a=a, square=a * a)),
        Line("practice.hint.substitution_back", p(a=a)),
    ]
    answer = _solution_range(rel)
    return _draft(rel, answer, mistakes, "practice.statement.inequality", hints, ("t_range_as_x",))
