"""Printing parse trees back as plain text and LaTeX (light: no sympy, no matplotlib)."""

from __future__ import annotations

from fractions import Fraction

from napier.parser import Binary, Call, Constant, Negate, Node, Number, Variable

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 4}


def node_text(node: Node) -> str:
    """A parsed expression written back as plain text (what the learner typed, tidied)."""
    return _node(node, latex=False)


def node_latex(node: Node) -> str:
    """A parsed expression as LaTeX, generated from the tree (never from the user's string)."""
    return _node(node, latex=True)


def _fraction(value: Fraction, as_latex: bool) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    if as_latex:
        return rf"\dfrac{{{value.numerator}}}{{{value.denominator}}}"
    return f"{value.numerator}/{value.denominator}"


def _node(node: Node, latex: bool, parent: int = 0, right: bool = False) -> str:
    match node:
        case Number(value):
            text = _fraction(value, latex)
            needs = value.denominator != 1 and not latex and parent >= 2
            return f"({text})" if needs else text
        case Constant(name):
            return (r"\pi" if latex else "π") if name == "pi" else "e"
        case Variable():
            return "x"
        case Negate(operand):
            inner = "-" + _node(operand, latex, 3)
            return f"({inner})" if parent >= 4 or right else inner
        case Call(name, arg):
            inner = _node(arg, latex, 0)
            if latex:
                if name == "sqrt":
                    return rf"\sqrt{{{inner}}}"
                if name == "exp":
                    return rf"e^{{{inner}}}"
                return rf"\ln\left({inner}\right)".replace(r"\left", "").replace(r"\right", "")
            return f"{name}({inner})"
        case Binary("^", base, exponent):
            b = _node(base, latex, 5)
            text = (
                f"{b}^{{{_node(exponent, latex, 0)}}}"
                if latex
                else f"{b}^{_node(exponent, latex, 4)}"
            )
            return f"({text})" if parent >= 5 else text
        case Binary("/", left, right_node) if latex:
            return rf"\dfrac{{{_node(left, latex, 0)}}}{{{_node(right_node, latex, 0)}}}"
        case Binary(op, left, right_node):
            level = _PRECEDENCE[op]
            symbol = {"*": r" \times " if latex else " × ", "/": "/"}.get(op, f" {op} ")
            text = (
                _node(left, latex, level)
                + symbol
                + _node(right_node, latex, level + (op in "-/"), right=True)
            )
            return f"({text})" if level < parent or (right and level == parent) else text
    raise AssertionError(f"unknown node {node!r}")
