"""Small builders and readers for the parser's trees, shared by the practice modules."""

from __future__ import annotations

import re
from fractions import Fraction

from napier.calculus import tidy
from napier.parser import Binary, Call, Constant, Log, Negate, Node, Number, Variable
from napier.printer import text, typed

X = Variable()
E = Constant("e")
MAX_EXACT_DIGITS = 2_000  # of any numerator or denominator built by ``rational``
MAX_EXACT_EXPONENT = 10_000
MAX_SHOWN = 300  # characters of a formula in a message
MAX_LOG_BITS = 200  # numbers whose logarithm ``rational`` decides exactly


def show(tree: Node) -> str:
    """Plain text of a tree, with ``·`` kept before a bracketed negative (``4·(-2)``)."""
    shown = re.sub(r"(\d)\((?=-)", r"\1·(", text(tree))
    return shown if len(shown) <= MAX_SHOWN else shown[: MAX_SHOWN - 1] + "…"


def typed_text(tree: Node) -> str:
    """What a learner types to get ``tree`` back (for buttons, examples and tests)."""
    return typed(tree)


def num(value: int | Fraction) -> Number:
    return Number(Fraction(value))


def pw(base: Node, exponent: Node | int | Fraction) -> Binary:
    if not isinstance(exponent, Number | Constant | Variable | Negate | Binary | Call):
        exponent = num(exponent)
    return Binary("^", base, exponent)


def mul(*factors: Node) -> Node:
    result = factors[0]
    for factor in factors[1:]:
        result = Binary("*", result, factor)
    return result


def div(top: Node, bottom: Node) -> Binary:
    return Binary("/", top, bottom)


def add(left: Node, right: Node) -> Binary:
    return Binary("+", left, right)


def sub(left: Node, right: Node) -> Binary:
    return Binary("-", left, right)


def ln(arg: Node) -> Call:
    return Call("ln", arg)


def times(k: int | Fraction, node: Node) -> Node:
    """``k·node``, or ``node`` itself when k = 1."""
    return node if k == 1 else Binary("*", num(k), node)


def negate(node: Node) -> Node:
    """−node with the sign carried into a sum: −(4x − 5) is −4x + 5."""
    if isinstance(node, Binary) and node.op in "+-":
        return Binary("-" if node.op == "+" else "+", negate(node.left), node.right)
    if isinstance(node, Negate):
        return node.operand
    if isinstance(node, Number):
        return Number(-node.value)
    return Negate(node)


def scale(k: Node, node: Node) -> Node:
    """k·node with k carried into a sum: 2·(x + 2) is 2x + 4."""
    if isinstance(node, Binary) and node.op in "+-":
        return Binary(node.op, scale(k, node.left), scale(k, node.right))
    return Binary("*", k, node)


def clean(tree: Node) -> Node:
    """``tree`` with its numbers folded and like terms collected (the calculus engine's tidy)."""
    result = tidy(tree)
    assert not isinstance(result, tuple)
    return result  # type: ignore[return-value]


def power_of(base: Node, exponent: Node) -> Binary:
    """``base^exponent`` with the exponent tidied (``2^(3+4)`` → ``2^7``), never folded away."""
    return Binary("^", base, clean(exponent))


def has_x(tree: Node | Log) -> bool:
    match tree:
        case Variable():
            return True
        case Binary(_, left, right) | Log(left, right):
            return has_x(left) or has_x(right)
        case Negate(operand) | Call(_, operand):
            return has_x(operand)
    return False


def rational(tree: Node | Log) -> Fraction | None:
    """The exact rational value of a tree without x, or None (irrational, undefined, too big).

    Powers are computed only when their size is known to be small: integer exponents up to
    ``MAX_EXACT_EXPONENT`` with a bounded result, and roots that come out exact (8^(2/3) = 4);
    a logarithm log_a x when x is a rational power of a (log_4 8 = 3/2).
    """
    match tree:
        case Number(value):
            return value
        case Log(base, arg):
            a = rational(base)
            x = None if a is None else rational(arg)
            return None if a is None or x is None else rational_log(a, x)
        case Negate(operand):
            inner = rational(operand)
            return None if inner is None else -inner
        case Binary(op, left, right):
            a = rational(left)
            if a is None:
                return None
            b = rational(right)
            if b is None:
                return None
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if op == "/":
                return None if b == 0 else a / b
            return _rational_power(a, b)
    return None


def rational_log(a: Fraction, x: Fraction) -> Fraction | None:
    """log_a x exactly when it is rational (x = a^λ for a rational λ), else None; None too
    where it is undefined (a ≤ 0, a = 1, x ≤ 0) or the numbers are too large to factor."""
    from napier.powers import primitive

    if a <= 0 or a == 1 or x <= 0:
        return None
    if x == 1:
        return Fraction(0)
    sizes = (a.numerator, a.denominator, x.numerator, x.denominator)
    if max(n.bit_length() for n in sizes) > MAX_LOG_BITS:
        return None
    (b, k), (c, m) = primitive(a), primitive(x)
    return Fraction(m, k) if b == c else None


def _digits(n: int) -> int:
    return len(str(abs(n))) if abs(n) < 10**30 else int(abs(n).bit_length() * 0.30103) + 1


def _rational_power(a: Fraction, b: Fraction) -> Fraction | None:
    if a == 0:
        return Fraction(0) if b > 0 else None
    if a == 1:
        return Fraction(1)
    p, q = b.numerator, b.denominator
    if abs(p) > MAX_EXACT_EXPONENT or q > 64:
        return None
    size = abs(p) * max(_digits(a.numerator), _digits(a.denominator)) / q
    if size > MAX_EXACT_DIGITS:
        return None
    if q > 1:
        if a < 0:
            if q % 2 == 0:
                return None
            root = _root(-a, q)
            root = None if root is None else -root
        else:
            root = _root(a, q)
        if root is None:
            return None
        a = root
    return a**p


def _root(a: Fraction, q: int) -> Fraction | None:
    top, bottom = _int_root(a.numerator, q), _int_root(a.denominator, q)
    return None if top is None or bottom is None else Fraction(top, bottom)


def _int_root(n: int, q: int) -> int | None:
    guess = round(n ** (1 / q)) if n < 2**1000 else None
    if guess is None:
        return None
    for candidate in (guess - 1, guess, guess + 1):
        if candidate >= 0 and candidate**q == n:
            return candidate
    return None


def factors(tree: Node) -> list[Node]:
    """The factors of a product chain (``a·b·c`` → [a, b, c])."""
    if isinstance(tree, Binary) and tree.op == "*":
        return factors(tree.left) + factors(tree.right)
    return [tree]


def is_power(tree: Node) -> bool:
    return (isinstance(tree, Binary) and tree.op == "^") or (
        isinstance(tree, Call) and tree.name == "exp"
    )


def split_power(tree: Node) -> tuple[Node, Node]:
    """(base, exponent) of a power; ``exp(u)`` is ``e^u``."""
    if isinstance(tree, Call) and tree.name == "exp":
        return E, tree.arg
    assert isinstance(tree, Binary) and tree.op == "^"
    return tree.left, tree.right
