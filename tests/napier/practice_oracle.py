"""Independent oracles for the practice tests: sympy objects built here, exact arithmetic.

The statement a learner sees is read back with sympy's own parser (bot-printed text, never
user text), and the right answer is worked out by sympy or with exact fractions from the
exercise's parameters; nothing here goes through the project's parser.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy
from sympy.parsing.sympy_parser import (
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from napier import calculus
from napier.practice.ranges import Range, range_typed
from napier.practice.skills import Exercise
from napier.practice.tasks import AMOUNT, DERIVATIVE
from napier.practice.trees import typed_text

X = sympy.Symbol("x")
NAMES = {"x": X, "e": sympy.E, "log": sympy.log, "pi": sympy.pi, "exp": sympy.exp}
TRANSFORMS = (*standard_transformations, implicit_multiplication_application)
POINTS = (sympy.Rational(-7, 5), sympy.Rational(-1, 3), sympy.Rational(2, 7), sympy.Rational(6, 5))


def read(text: str) -> sympy.Expr:
    """Bot-printed plain text (``2^3·2^4``, ``e^(2x)``) read by sympy's parser."""
    return parse_expr(
        text.replace("·", "*").replace("^", "**"), local_dict=NAMES, transformations=TRANSFORMS
    )


# log_2 16, log_(1/5) 625, log_25(1/125), log_3(27^4): the base, then a bracket or a number
LOG = re.compile(r"log_(\([\d/]+\)|\d+)\s*(\((?:[^()]|\([^()]*\))*\)|[\d/]+(?:\^\d+)?)")
RELATIONS = {"≦": "<=", "≧": ">=", "≤": "<=", "≥": ">="}


def logs(text: str) -> str:
    """``log_a x`` as printed by the bot, in sympy's spelling ``log(x, a)``."""
    return LOG.sub(lambda found: f"log({found.group(2)}, {found.group(1)})", text)


def solve(text: str) -> sympy.Set:
    """The real solutions of a printed equation or inequality, by sympy's own solver."""
    for symbol, ascii_symbol in RELATIONS.items():
        text = text.replace(symbol, ascii_symbol)
    for op in ("<=", ">=", "<", ">", "="):
        if op in text:
            left, right = (read(side) for side in text.split(op))
            relation = (
                sympy.Eq(left, right)
                if op == "="
                else sympy.sympify(f"L {op} R").subs(
                    {sympy.Symbol("L"): left, sympy.Symbol("R"): right}
                )
            )
            return sympy.solveset(relation, X, domain=sympy.S.Reals)
    raise AssertionError(text)


def number(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def typed(answer: object) -> str:
    """What a learner types for an answer the bot built (a range or an expression)."""
    return range_typed(answer) if isinstance(answer, Range) else typed_text(answer)


def right_answer(exercise: Exercise) -> sympy.Expr | sympy.Set:
    """What the exercise asks for, computed independently."""
    params = dict(exercise.params)
    task = exercise.task
    if exercise.skill.startswith("solve."):
        found = solve(params["expr"])
        if exercise.skill == "solve.equation":
            (value,) = found
            return value
        return found
    if exercise.skill.startswith("log."):
        return read(logs(params["expr"]))
    if task.kind == AMOUNT:
        return _growth(exercise.skill, exercise.level, params)
    shown = read(params["f"] if task.kind == DERIVATIVE else params["expr"])
    if task.kind == DERIVATIVE:
        return sympy.diff(shown, X)
    return shown


def _growth(skill: str, level: int, params: dict[str, str]) -> sympy.Expr:
    R = sympy.Rational
    if skill == "grow.interest":
        P, r = R(number(params["P"])), R(number(params["r"]))
        if level == 1:
            return P * (1 + r / 100) ** int(params["n"])
        if level == 2:
            m, t = int(params["m"]), int(params["t"])
            return P * (1 + r / (100 * m)) ** (m * t)
        return P * sympy.exp(r * int(params["t"]) / 100)
    T = R(number(params["T"]))
    if skill == "grow.decay":
        if level == 1:
            return int(params["N0"].replace(",", "")) * R(1, 2) ** (R(number(params["t"])) / T)
        share = R(number(params["f"]))  # (1/2)^(t/T) = share
        return T * sympy.log(share) / sympy.log(R(1, 2))
    if level == 1:
        return int(params["N0"]) * 2 ** (R(number(params["t"])) / T)
    if level == 2:
        return T * sympy.log(R(number(params["M"])) / int(params["N0"]), 2)
    return sympy.log(2) / T


def same(a: sympy.Expr | sympy.Set, b: sympy.Expr | sympy.Set) -> bool:
    """Equal: exactly for numbers, at four rational points to 40 digits for expressions in x;
    intervals by their ends and whether each end belongs."""
    if isinstance(a, sympy.Set) or isinstance(b, sympy.Set):
        if not (isinstance(a, sympy.Interval) and isinstance(b, sympy.Interval)):
            return False
        if (a.left_open, a.right_open) != (b.left_open, b.right_open):
            return False
        return all(
            (x == y) if sympy.oo in (abs(x), abs(y)) else same(x, y)
            for x, y in ((a.start, b.start), (a.end, b.end))
        )
    a, b = sympy.sympify(a), sympy.sympify(b)
    if not (a.free_symbols or b.free_symbols):
        if a.is_Rational and b.is_Rational:
            return a == b
        return abs(sympy.N(a - b, 50)) <= sympy.Float(10) ** -40 * max(1, abs(sympy.N(a, 50)))
    for point in POINTS:
        va, vb = sympy.N(a.subs(X, point), 50), sympy.N(b.subs(X, point), 50)
        if abs(va - vb) > sympy.Float(10) ** -35 * max(1, abs(va)):
            return False
    return True


def tree(node) -> sympy.Expr | sympy.Set:
    """A tree (or a range of x) the bot built, seen by sympy (for comparing with an oracle)."""
    if isinstance(node, Range):
        low = -sympy.oo if node.low is None else calculus.to_sympy(node.low)
        high = sympy.oo if node.high is None else calculus.to_sympy(node.high)
        return sympy.Interval(low, high, not node.low_closed, not node.high_closed)
    return calculus.to_sympy(node)
