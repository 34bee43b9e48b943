"""An oracle independent of Napier's parser and converters: sympy's own parser on the tests'
literal strings (trusted text written in the tests, never user input), and sympy objects
built from parse trees by code written here."""

from __future__ import annotations

import sympy
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from napier.parser import Binary, Call, Constant, Negate, Node, Number, Variable

X = sympy.Symbol("x")
NAMES = {
    "x": X,
    "e": sympy.E,
    "pi": sympy.pi,
    "exp": sympy.exp,
    "ln": sympy.log,
    "log": sympy.log,
    "sqrt": sympy.sqrt,
}
TRANSFORMATIONS = (*standard_transformations, convert_xor, implicit_multiplication_application)


def expression(source: str) -> sympy.Expr:
    """sympy's reading of a formula the test itself wrote (``2^(3x+1)``, ``ln(x)*x^3``)."""
    return parse_expr(source, local_dict=dict(NAMES), transformations=TRANSFORMATIONS)


def of_tree(node: Node) -> sympy.Expr:
    """A parse tree as sympy, converted here rather than by ``calculus.to_sympy``."""
    match node:
        case Number(value):
            return sympy.Rational(value.numerator, value.denominator)
        case Variable():
            return X
        case Constant("e"):
            return sympy.E
        case Constant(_):
            return sympy.pi
        case Negate(operand):
            return -of_tree(operand)
        case Call(name, argument):
            return {"exp": sympy.exp, "ln": sympy.log, "sqrt": sympy.sqrt}[name](of_tree(argument))
        case Binary(op, left, right):
            a, b = of_tree(left), of_tree(right)
            # Only the operation asked for: a**b of two large constants would fill the memory.
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
                case "^":
                    return a**b
    raise AssertionError(node)
