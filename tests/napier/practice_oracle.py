"""Independent oracles for the practice tests: sympy objects built here, exact arithmetic.

The statement a learner sees is read back with sympy's own parser (bot-printed text, never
user text), and the right answer is worked out by sympy or with exact fractions from the
exercise's parameters; nothing here goes through the project's parser.
"""

from __future__ import annotations

from fractions import Fraction

import sympy
from sympy.parsing.sympy_parser import (
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from napier import calculus
from napier.practice.skills import Exercise
from napier.practice.tasks import AMOUNT, DERIVATIVE

X = sympy.Symbol("x")
NAMES = {"x": X, "e": sympy.E, "log": sympy.log, "pi": sympy.pi, "exp": sympy.exp}
TRANSFORMS = (*standard_transformations, implicit_multiplication_application)
POINTS = (sympy.Rational(-7, 5), sympy.Rational(-1, 3), sympy.Rational(2, 7), sympy.Rational(6, 5))


def read(text: str) -> sympy.Expr:
    """Bot-printed plain text (``2^3·2^4``, ``e^(2x)``) read by sympy's parser."""
    return parse_expr(
        text.replace("·", "*").replace("^", "**"), local_dict=NAMES, transformations=TRANSFORMS
    )


def number(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def right_answer(exercise: Exercise) -> sympy.Expr:
    """What the exercise asks for, computed independently."""
    params = dict(exercise.params)
    task = exercise.task
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
    if level == 1:
        return int(params["N0"]) * 2 ** (R(number(params["t"])) / T)
    if level == 2:
        return T * sympy.log(R(number(params["M"])) / int(params["N0"]), 2)
    return sympy.log(2) / T


def same(a: sympy.Expr, b: sympy.Expr) -> bool:
    """Equal: exactly for numbers, at four rational points to 40 digits for expressions in x."""
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


def tree(node) -> sympy.Expr:
    """A tree the bot built, seen by sympy (for comparing with an oracle)."""
    return calculus.to_sympy(node)
