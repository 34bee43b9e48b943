"""Exact evaluation of parsed expressions, with the size of every power estimated first.

Values are sympy numbers built from the tree (never from text). Integers and rationals stay
exact; irrational values stay in exact form (``2**(1/2)``, ``E**2``). A power whose result
would exceed ``MAX_DIGITS`` digits is refused before it is computed.
"""

from __future__ import annotations

import math

import sympy

from napier.errors import UserError
from napier.parser import Binary, Call, Constant, Negate, Node, Number, Variable

MAX_DIGITS = 10_000


class TooLarge(Exception):
    """A power whose exact value would have more than ``MAX_DIGITS`` digits."""


def evaluate(node: Node, *, example: str = "/pow 2 10", max_digits: int = MAX_DIGITS) -> sympy.Expr:
    """The exact value of a tree without variables, or a UserError."""
    try:
        return _evaluate(node, example, max_digits)
    except TooLarge:
        raise UserError("math.too_large", limit=f"{max_digits:,}") from None


def evaluate_or_too_large(node: Node, *, example: str, max_digits: int = MAX_DIGITS) -> sympy.Expr:
    """Like ``evaluate``, but lets ``TooLarge`` through for callers with a plan for huge values."""
    return _evaluate(node, example, max_digits)


def _evaluate(node: Node, example: str, max_digits: int) -> sympy.Expr:
    match node:
        case Number(value):
            return sympy.Rational(value.numerator, value.denominator)
        case Constant("e"):
            return sympy.E
        case Constant("pi"):
            return sympy.pi
        case Variable():
            raise UserError("parse.unknown_name", name="x", example=example)
        case Negate(operand):
            return -_evaluate(operand, example, max_digits)
        case Call(name, arg):
            value = _evaluate(arg, example, max_digits)
            return _call(name, value, example, max_digits)
        case Binary(op, left, right):
            a = _evaluate(left, example, max_digits)
            b = _evaluate(right, example, max_digits)
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if op == "/":
                if b.is_zero:
                    raise UserError("math.division_by_zero", example=example)
                return a / b
            return power(a, b, example=example, max_digits=max_digits)
    raise AssertionError(f"unknown node {node!r}")


def _call(name: str, value: sympy.Expr, example: str, max_digits: int) -> sympy.Expr:
    if name == "exp":
        return power(sympy.E, value, example=example, max_digits=max_digits)
    if name == "sqrt":
        if is_negative(value):
            raise UserError("math.not_real", example=example)
        return power(value, sympy.Rational(1, 2), example=example, max_digits=max_digits)
    if not is_positive(value):
        raise UserError("math.not_real", example=example)
    return sympy.log(value)


def log10_abs(value: sympy.Expr) -> float:
    """log10 |value| as a float, without building anything large (value is already built)."""
    if value.is_zero:
        return -math.inf
    if value.is_Rational:
        p, q = abs(int(value.p)), int(value.q)
        return _log10_int(p) - _log10_int(q)
    return float(sympy.log(abs(sympy.N(value, 20)), 10))


def _log10_int(n: int) -> float:
    bits = n.bit_length()
    if bits < 1000:
        return math.log10(n)
    shift = bits - 60
    return math.log10(n >> shift) + shift * math.log10(2)


def is_negative(value: sympy.Expr) -> bool:
    return bool(value.is_extended_real) and bool(value.is_negative)


def is_positive(value: sympy.Expr) -> bool:
    return bool(value.is_extended_real) and bool(value.is_positive)


def estimated_digits(base: sympy.Expr, exponent: sympy.Expr) -> float:
    """About how many digits base**exponent has (numerator and denominator for rationals)."""
    if base.is_zero or exponent.is_zero:
        return 1.0
    size = abs(float(sympy.N(exponent, 20)))
    if base.is_Rational:
        return size * max(_log10_int(abs(int(base.p))), _log10_int(int(base.q)))
    return size * abs(log10_abs(base))


def power(
    base: sympy.Expr,
    exponent: sympy.Expr,
    *,
    example: str = "/pow 2 10",
    max_digits: int = MAX_DIGITS,
) -> sympy.Expr:
    """base**exponent, exact, refusing results over ``max_digits`` digits before computing."""
    if base.is_zero and is_negative(exponent):
        raise UserError("math.division_by_zero", example=example)
    if estimated_digits(base, exponent) > max_digits:
        raise TooLarge
    if is_negative(base) and not exponent.is_integer:
        raise UserError("math.not_real", example=example)
    return sympy.Pow(base, exponent)
