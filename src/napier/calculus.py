"""Step-by-step differentiation over the parser's tree, with its own rules and its own output.

The engine rewrites ``(f)'`` one rule at a time: each step replaces the first pending
derivative (outermost, leftmost) by the rule's right-hand side, resolves the trivial
derivatives ``(x)' = 1`` and ``(c)' = 0``, and tidies the tree (no ``1·``, ``+ −``, ``x^1``).
sympy is not used to differentiate; ``to_sympy`` only lets tests check every step against it.
Trees are bounded in size at every step, and numeric evaluation refuses values that would
explode before computing them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

import mpmath

from napier.errors import UserError
from napier.parser import (
    Binary,
    Call,
    Constant,
    Derivative,
    Log,
    Negate,
    Node,
    Number,
    Tree,
    Variable,
)
from napier.printer import text

if TYPE_CHECKING:
    import numpy as np

MAX_NODES = 800
MAX_STEPS = 80
MAX_TIDY_ROUNDS = 12
MAX_FOLD_DIGITS = 30
MAX_EXPONENT = 1.0e5  # |log| of a value that numeric evaluation will still build
EXAMPLE = "x*e^x"


ZERO = Number(Fraction(0))
ONE = Number(Fraction(1))
X = Variable()
E = Constant("e")


@dataclass(frozen=True)
class Step:
    """One rewrite: the rule's name (a message suffix), its parameters, and the tree after it.

    ``notes`` names the trivial derivatives resolved in the same step (``variable``,
    ``constant``).
    """

    rule: str
    tree: Tree
    params: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Derivation:
    """``(f)'`` rewritten step by step; ``result`` is the last tree (no pending derivative)."""

    function: Node
    steps: tuple[Step, ...]

    @property
    def start(self) -> Tree:
        return Derivative(self.function)

    @property
    def result(self) -> Node:
        last = self.steps[-1].tree if self.steps else self.start
        assert not pending(last)
        return last  # type: ignore[return-value]


# --- inspection --------------------------------------------------------------------------------


def children(tree: Tree) -> tuple[Tree, ...]:
    match tree:
        case Binary(_, left, right):
            return (left, right)
        case Negate(operand) | Call(_, operand) | Derivative(operand):
            return (operand,)
        case Log(base, arg):
            return (base, arg)
        case _:
            return ()


def size(tree: Tree) -> int:
    """The number of nodes in ``tree``."""
    total = 0
    stack = [tree]
    while stack:
        node = stack.pop()
        total += 1
        stack.extend(children(node))
    return total


def depends_on_x(tree: Tree) -> bool:
    """Whether ``tree`` contains x (a pending derivative counts when its operand does)."""
    if isinstance(tree, Derivative):
        return depends_on_x(tree.operand)
    if isinstance(tree, Binary):
        return depends_on_x(tree.left) or depends_on_x(tree.right)
    if isinstance(tree, Negate | Call | Log):
        return any(depends_on_x(child) for child in children(tree))
    return isinstance(tree, Variable)


def pending(tree: Tree) -> bool:
    """Whether ``tree`` still holds a derivative to work out."""
    return isinstance(tree, Derivative) or any(pending(c) for c in children(tree))


def _rebuild(tree: Tree, new: tuple[Tree, ...]) -> Tree:
    match tree:
        case Binary(op, _, _):
            return Binary(op, new[0], new[1])
        case Negate(_):
            return Negate(new[0])
        case Call(name, _):
            return Call(name, new[0])
        case Derivative(_):
            return Derivative(new[0])
        case Log(_, _):
            return Log(new[0], new[1])
    return tree


def _guard(tree: Tree) -> Tree:
    if size(tree) > MAX_NODES:
        raise UserError("diff.too_complex", limit=MAX_NODES, example=EXAMPLE)
    return tree


# --- the rules ---------------------------------------------------------------------------------


def _product(factors: list[Tree]) -> Tree:
    if not factors:
        return ONE
    result = factors[0]
    for factor in factors[1:]:
        result = Binary("*", result, factor)
    return result


def _factors(tree: Tree) -> list[Tree]:
    if isinstance(tree, Binary) and tree.op == "*":
        return _factors(tree.left) + _factors(tree.right)
    return [tree]


def _terms(tree: Tree, sign: int = 1) -> list[tuple[int, Tree]]:
    if isinstance(tree, Binary) and tree.op in "+-":
        right_sign = sign if tree.op == "+" else -sign
        return _terms(tree.left, sign) + _terms(tree.right, right_sign)
    return [(sign, tree)]


def _sum(terms: list[tuple[int, Tree]]) -> Tree:
    first_sign, result = terms[0]
    if first_sign < 0:
        result = Negate(result)
    for sign, term in terms[1:]:
        result = Binary("+" if sign > 0 else "-", result, term)
    return result


def constant_value(tree: Node) -> mpmath.mpf:
    """The real value of a tree without x, or a UserError (non-real, too large)."""
    try:
        with mpmath.workdps(30):
            return real_value(tree, mpmath.mpf(0))
    except Undefined:
        raise UserError("diff.not_real", example="2") from None
    except TooLarge:
        raise UserError("diff.too_large", example="2") from None


def _positive_base(base: Node) -> bool:
    value = constant_value(base)
    if value <= 0:
        raise UserError("diff.bad_base_inside", example="2^x")
    return value != 1


def _chain(rule: str, inner: Tree) -> str:
    return rule if isinstance(inner, Variable) else f"{rule}_chain"


def apply_rule(derivative: Derivative) -> tuple[str, Tree, tuple[tuple[str, str], ...]]:
    """The rule that rewrites one pending derivative: (rule name, replacement, parameters)."""
    u = derivative.operand
    assert not isinstance(u, Derivative)
    if not depends_on_x(u):
        return "constant", ZERO, ()
    match u:
        case Variable():
            return "variable", ONE, ()
        case Negate(v):
            return "negate", Negate(Derivative(v)), ()
        case Binary("+" | "-"):
            terms = _terms(u)
            return "sum", _sum([(sign, Derivative(term)) for sign, term in terms]), ()
        case Binary("*"):
            factors = _factors(u)
            constants = [f for f in factors if not depends_on_x(f)]
            if constants:
                rest = [f for f in factors if depends_on_x(f)]
                return "constant_multiple", _product([*constants, Derivative(_product(rest))]), ()
            terms = []
            for i in range(len(factors)):
                replaced = [Derivative(f) if j == i else f for j, f in enumerate(factors)]
                terms.append((1, _product(replaced)))
            return "product", _sum(terms), ()
        case Binary("/", top, bottom):
            if not depends_on_x(bottom):
                return "constant_multiple", Binary("/", Derivative(top), bottom), ()
            numerator = Binary(
                "-",
                Binary("*", Derivative(top), bottom),
                Binary("*", top, Derivative(bottom)),
            )
            return "quotient", Binary("/", numerator, Binary("^", bottom, Number(Fraction(2)))), ()
        case Binary("^", base, exponent):
            if not depends_on_x(exponent):
                n_minus_1 = Binary("-", exponent, ONE)
                replacement = _product([exponent, Binary("^", base, n_minus_1), Derivative(base)])
                return _chain("power", base), replacement, ()
            if not depends_on_x(base):
                if base == E:
                    return _chain("exp", exponent), Binary("*", u, Derivative(exponent)), ()
                if not _positive_base(base):
                    return "one_power", ZERO, ()
                replacement = _product([u, Call("ln", base), Derivative(exponent)])
                return _chain("a_power", exponent), replacement, (("a", text(base)),)
            inner = Binary("*", exponent, Call("ln", base))
            return "log_diff", Binary("*", u, Derivative(inner)), ()
        case Call("exp", v):
            return _chain("exp", v), Binary("*", u, Derivative(v)), ()
        case Call("ln", v):
            return _chain("log", v), Binary("/", Derivative(v), v), ()
        case Call("sqrt", v):
            bottom = Binary("*", Number(Fraction(2)), u)
            return _chain("sqrt", v), Binary("/", Derivative(v), bottom), ()
    raise AssertionError(f"no rule for {u!r}")


def _first_pending(tree: Tree) -> Derivative | None:
    if isinstance(tree, Derivative):
        return tree
    for child in children(tree):
        found = _first_pending(child)
        if found is not None:
            return found
    return None


def _replace_first(tree: Tree, target: Derivative, replacement: Tree) -> tuple[Tree, bool]:
    if tree is target:
        return replacement, True
    parts = children(tree)
    if not parts:
        return tree, False
    new: list[Tree] = []
    done = False
    for child in parts:
        if not done:
            child, done = _replace_first(child, target, replacement)
        new.append(child)
    return (_rebuild(tree, tuple(new)), True) if done else (tree, False)


def _resolve_trivial(tree: Tree, notes: set[str]) -> Tree:
    """``(x)' = 1`` and ``(c)' = 0`` wherever they appear, noting which were used."""
    if isinstance(tree, Derivative):
        if isinstance(tree.operand, Variable):
            notes.add("variable")
            return ONE
        if not depends_on_x(tree.operand):
            notes.add("constant")
            return ZERO
        return tree
    parts = children(tree)
    if not parts:
        return tree
    new = tuple(_resolve_trivial(c, notes) for c in parts)
    return tree if all(a is b for a, b in zip(new, parts, strict=True)) else _rebuild(tree, new)


def differentiate(function: Node) -> Derivation:
    """``(function)'`` worked out rule by rule (a UserError when it grows too large)."""
    tree: Tree = Derivative(function)
    steps: list[Step] = []
    memo: dict[int, tuple[Tree, Tree]] = {}
    used: set[str] = set()  # trivial rules already named: each is named once
    while (target := _first_pending(tree)) is not None:
        if len(steps) >= MAX_STEPS:
            raise UserError("diff.too_complex", limit=MAX_NODES, example=EXAMPLE)
        rule, replacement, params = apply_rule(target)
        tree, _ = _replace_first(tree, target, replacement)
        notes: set[str] = set()
        tree = _guard(tidy(_resolve_trivial(tree, notes), memo))
        notes.discard(rule)
        notes -= used
        used |= notes
        steps.append(Step(rule, tree, params, tuple(sorted(notes))))
    factored = factor(tree)
    if factored != tree:
        steps.append(Step("factor", _guard(factored)))
    return Derivation(function, tuple(steps))


def base_derivation(base: Node) -> Derivation:
    """(a^x)' for a constant a > 0, a ≠ 1 through a^x = e^{x log a}, the chain rule and
    (e^u)' = e^u (law 1.6), ending at law 1.5. For a = e the one step is law 1.6 itself,
    which rests on lim (e^h − 1)/h = 1 (``napier.reasons``), never on law 1.5."""
    function = Binary("^", base, X)
    if base == E:
        return Derivation(function, (Step("exp", function),))
    log_a = Call("ln", base)
    inner = Binary("*", X, log_a)
    as_e = Binary("^", E, inner)
    params = (
        ("a", text(base)),
        ("log", text(log_a)),
        ("power", text(function)),
        ("u", text(inner)),
        ("as_e", text(as_e)),
    )
    steps = (
        Step("base_rewrite", Derivative(as_e), params),
        Step("base_chain", Binary("*", as_e, Derivative(inner)), params),
        Step("base_inner", Binary("*", as_e, log_a), params),
        Step("base_result", Binary("*", function, log_a), params),
    )
    return Derivation(function, steps)


# --- tidying -----------------------------------------------------------------------------------


def tidy(tree: Tree, memo: dict[int, tuple[Tree, Tree]] | None = None) -> Tree:
    """Remove the noise the rules leave behind: ``1·u``, ``u + −v``, ``u^1``, ``x·(1/x)``…

    ``memo`` (by node identity) lets a derivation skip the subtrees it tidied in earlier steps.
    """
    memo = {} if memo is None else memo
    for _ in range(MAX_TIDY_ROUNDS):
        new = _tidy(tree, memo)
        if new is tree or new == tree:
            return new
        tree = new
    return tree


def _tidy_operands(tree: Tree, ops: str, memo: dict[int, tuple[Tree, Tree]]) -> Tree:
    """Tidy the operands of a chain of ``ops`` (the chain itself is tidied as a whole)."""
    if isinstance(tree, Binary) and tree.op in ops:
        left = _tidy_operands(tree.left, ops, memo)
        right = _tidy_operands(tree.right, ops, memo)
        if left is tree.left and right is tree.right:
            return tree
        return Binary(tree.op, left, right)
    return _tidy(tree, memo)


def _small(value: Fraction) -> bool:
    return len(str(value)) <= MAX_FOLD_DIGITS


def _tidy(tree: Tree, memo: dict[int, tuple[Tree, Tree]]) -> Tree:
    known = memo.get(id(tree))
    if known is not None and known[0] is tree:
        return known[1]
    result = _tidy_node(tree, memo)
    memo[id(tree)] = (tree, result)
    return result


def _tidy_node(tree: Tree, memo: dict[int, tuple[Tree, Tree]]) -> Tree:
    if isinstance(tree, Binary) and tree.op in "+-":
        return _tidy_sum(_tidy_operands(tree, "+-", memo))
    if isinstance(tree, Binary) and tree.op in "*/":
        return _tidy_product(_tidy_operands(tree, "*/", memo))
    parts = children(tree)
    if parts:
        new = tuple(_tidy(c, memo) for c in parts)
        if any(a is not b for a, b in zip(new, parts, strict=True)):
            tree = _rebuild(tree, new)
    match tree:
        case Negate(Number(v)):
            return Number(-v)
        case Negate(Negate(u)):
            return u
        case Binary("^", base, exponent):
            return _tidy_power(tree, base, exponent)
        case Call("ln", Constant("e")):
            return ONE
        case Call("ln", Number(v)) if v == 1:
            return ZERO
        case Call("exp", Number(v)) if v == 0:
            return ONE
    return tree


def _tidy_sum(tree: Binary) -> Tree:
    """Collect like terms (``x + 1 - x`` is 1) in their first order; ``+ -u`` becomes ``- u``."""
    keys: list[Tree | None] = []
    totals: list[Fraction] = []
    for sign, term in _terms(tree):
        parts = _product_parts(term)
        if parts is None:
            coefficient, key = Fraction(sign), term
        else:
            coefficient, top, bottom = parts
            coefficient *= sign
            key = None if not top and not bottom else _monomial(top, bottom)
        if not _small(coefficient):
            return tree
        index = _index(keys, key)
        if index < 0:
            keys.append(key)
            totals.append(Fraction(0))
        totals[index] += coefficient
    terms: list[tuple[int, Tree]] = []
    for key, coefficient in zip(keys, totals, strict=True):
        if coefficient == 0:
            continue
        sign = 1 if coefficient > 0 else -1
        if key is None:
            terms.append((sign, Number(abs(coefficient))))
        elif abs(coefficient) == 1:
            terms.append((sign, key))
        else:
            terms.append((sign, _tidy_product(Binary("*", Number(abs(coefficient)), key))))
    return _sum(terms) if terms else ZERO


def _index(items: list, item: object) -> int:
    """The position of ``item`` by equality, −1 if absent (trees hash slowly: no dict here)."""
    for position, candidate in enumerate(items):
        if candidate == item:
            return position
    return -1


def _monomial(top: list[Tree], bottom: list[Tree]) -> Tree:
    result = _product(top)
    return Binary("/", result, _product(bottom)) if bottom else result


def _product_parts(tree: Tree) -> tuple[Fraction, list[Tree], list[Tree]] | None:
    """(coefficient, numerator factors, denominator factors), or None if a 0 is divided by."""
    match tree:
        case Binary("*", left, right):
            a, b = _product_parts(left), _product_parts(right)
            if a is None or b is None:
                return None
            return a[0] * b[0], a[1] + b[1], a[2] + b[2]
        case Binary("/", left, right):
            a, b = _product_parts(left), _product_parts(right)
            if a is None or b is None or b[0] == 0:
                return None
            return a[0] / b[0], a[1] + b[2], a[2] + b[1]
        case Negate(operand):
            inner = _product_parts(operand)
            return None if inner is None else (-inner[0], inner[1], inner[2])
        case Number(value):
            return value, [], []
    return Fraction(1), [tree], []


def _split_power(factor: Tree) -> tuple[Tree, Fraction]:
    if isinstance(factor, Binary) and factor.op == "^" and isinstance(factor.right, Number):
        return factor.left, factor.right.value
    return factor, Fraction(1)


def _is_x_power(factor: Tree) -> bool:
    return isinstance(_split_power(factor)[0], Variable)


def _tidy_product(tree: Binary) -> Tree:
    """Fold numbers into one coefficient, merge powers of a base (``x^3/x`` is ``x^2``)."""
    parts = _product_parts(tree)
    if parts is None:
        return tree
    coefficient, top, bottom = parts
    if coefficient == 0:
        return ZERO
    if not _small(coefficient):
        return tree
    bases: list[Tree] = []
    exponents: list[Fraction] = []
    for factors, sign in ((top, 1), (bottom, -1)):
        for factor in factors:
            base, exponent = _split_power(factor)
            index = _index(bases, base)
            if index < 0:
                bases.append(base)
                exponents.append(Fraction(0))
            exponents[index] += sign * exponent
    if not all(_small(e) for e in exponents):
        return tree
    top, bottom = [], []
    for base, exponent in zip(bases, exponents, strict=True):
        if exponent == 0:
            continue
        side = top if exponent > 0 else bottom
        side.append(base if abs(exponent) == 1 else Binary("^", base, Number(abs(exponent))))
    top.sort(key=lambda factor: not _is_x_power(factor))
    magnitude = abs(coefficient)
    if not top and not bottom:
        return Number(coefficient)
    if magnitude.numerator != 1 or not top:
        top.insert(0, Number(Fraction(magnitude.numerator)))
    if magnitude.denominator != 1:
        bottom.insert(0, Number(Fraction(magnitude.denominator)))
    result = _monomial(top, bottom)
    return Negate(result) if coefficient < 0 else result


def _tidy_power(tree: Binary, base: Tree, exponent: Tree) -> Tree:
    if exponent == ONE:
        return base
    if exponent == ZERO or base == ONE:
        return ONE
    if (
        isinstance(exponent, Number)
        and exponent.value.denominator == 1
        and isinstance(base, Binary)
        and base.op == "^"
        and isinstance(base.right, Number)
        and _small(base.right.value * exponent.value)
    ):  # (u^m)^n = u^(mn) for a whole n, wherever u^m is defined
        product = Number(base.right.value * exponent.value)
        return _tidy_power(Binary("^", base.left, product), base.left, product)
    if isinstance(base, Number) and isinstance(exponent, Number):
        n = exponent.value
        if n.denominator == 1 and abs(n) <= 64 and (base.value != 0 or n > 0):
            value = base.value ** int(n)
            if _small(value):
                return Number(value)
    return tree


# --- factoring ---------------------------------------------------------------------------------


def _transcendental(tree: Tree) -> bool:
    """Whether ``tree`` holds x inside a function or an exponent (e^x, 2^x, log x, x^x)."""
    match tree:
        case Call(_, arg):
            return depends_on_x(arg)
        case Log(base, arg):
            return depends_on_x(base) or depends_on_x(arg)
        case Binary("^", base, exponent):
            return depends_on_x(exponent) or _transcendental(base)
        case Binary(_, left, right):
            return _transcendental(left) or _transcendental(right)
        case Negate(operand):
            return _transcendental(operand)
    return False


def _exponential(tree: Tree) -> bool:
    """e^u, a^u or u^v with x in the exponent: the factor a teacher writes last."""
    return (isinstance(tree, Call) and tree.name == "exp") or (
        isinstance(tree, Binary) and tree.op == "^" and depends_on_x(tree.right)
    )


def _degree(term: Tree) -> int:
    """The power of x in a term (0 when x only appears inside a function)."""
    parts = _product_parts(term)
    if parts is None:
        return 0
    total = Fraction(0)
    for factor in parts[1]:
        base, exponent = _split_power(factor)
        if isinstance(base, Variable):
            total += exponent
    return int(total)


def factor(tree: Tree) -> Tree:
    """Take the common factors out of every sum where a teacher would: ``e^x + x·e^x`` is
    ``(x + 1)e^x``, ``x^2 + 3x^2 log x`` is ``x^2(3 log x + 1)``; plain polynomials stay."""
    parts = children(tree)
    if parts:
        new = tuple(factor(child) for child in parts)
        if any(a is not b for a, b in zip(new, parts, strict=True)):
            tree = _rebuild(tree, new)
    if isinstance(tree, Binary) and tree.op in "+-":
        return _factor_sum(tree)
    right = tree.right if isinstance(tree, Binary) and tree.op == "*" else None
    if isinstance(right, Binary) and right.op == "*":  # u·(v·w) from a factored sum: u·v·w
        return Binary("*", Binary("*", tree.left, right.left), right.right)
    return tree


def _factor_sum(tree: Binary) -> Tree:
    terms = _terms(tree)
    split = [_product_parts(term) for _, term in terms]
    if any(parts is None for parts in split):
        return tree
    powers: list[tuple[list[Tree], list[Fraction]]] = []
    for parts in split:
        assert parts is not None
        bases: list[Tree] = []
        exponents: list[Fraction] = []
        for factor_ in parts[1]:
            base, exponent = _split_power(factor_)
            index = _index(bases, base)
            if index < 0:
                bases.append(base)
                exponents.append(Fraction(0))
            exponents[index] += exponent
        powers.append((bases, exponents))
    common: list[tuple[Tree, Fraction]] = []
    first_bases, first_exponents = powers[0]
    for base, exponent in zip(first_bases, first_exponents, strict=True):
        if not depends_on_x(base) and not _exponential(base):
            continue
        lowest = exponent
        for bases, exponents in powers[1:]:
            index = _index(bases, base)
            lowest = min(lowest, exponents[index]) if index >= 0 else Fraction(0)
        if lowest > 0:
            common.append((base, lowest))
    if not common:
        return tree
    shared = [base if e == 1 else Binary("^", base, Number(e)) for base, e in common]
    cofactors: list[tuple[int, Tree]] = []
    for (sign, _), parts, (bases, exponents) in zip(terms, split, powers, strict=True):
        assert parts is not None
        coefficient, _, bottom = parts
        top: list[Tree] = []
        for base, exponent in zip(bases, exponents, strict=True):
            for shared_base, shared_exponent in common:
                if shared_base == base:
                    exponent -= shared_exponent
            if exponent:
                top.append(base if exponent == 1 else Binary("^", base, Number(exponent)))
        term = _monomial(top, bottom) if top or bottom else ONE
        value = coefficient * sign
        term = _tidy_product(Binary("*", Number(abs(value)), term))
        cofactors.append((1 if value > 0 else -1, term))
    whole = [f for f in shared if _exponential(f)]
    polynomial = [f for f in shared if not _exponential(f)]
    if not whole and not any(_transcendental(term) for _, term in cofactors):
        return tree  # 2x + 2x^2 stays as it is
    cofactors.sort(key=lambda item: (not depends_on_x(item[1]), -_degree(item[1])))
    if cofactors[0][0] < 0 and all(sign < 0 for sign, _ in cofactors):
        return tree
    inner = _sum(cofactors)
    return _product([*polynomial, inner, *whole])


# --- numbers -----------------------------------------------------------------------------------


class Undefined(Exception):
    """The expression has no real value at this point."""


class TooLarge(Exception):
    """The value would be too large to build."""


def real_value(tree: Tree, x: mpmath.mpf) -> mpmath.mpf:
    """The real value of ``tree`` at ``x`` with mpmath at the current precision.

    Raises ``Undefined`` outside the real domain and ``TooLarge`` before building a value
    whose logarithm exceeds ``MAX_EXPONENT``.
    """
    match tree:
        case Number(value):
            return mpmath.mpf(value.numerator) / value.denominator
        case Constant("e"):
            return mpmath.e()
        case Constant(_):
            return mpmath.pi()
        case Variable():
            return x
        case Negate(operand):
            return -real_value(operand, x)
        case Call(name, arg):
            v = real_value(arg, x)
            if name == "exp":
                return _exp(v)
            if name == "sqrt":
                if v < 0:
                    raise Undefined
                return mpmath.sqrt(v)
            if v <= 0:
                raise Undefined
            return mpmath.log(v)
        case Log(base, arg):
            a, v = real_value(base, x), real_value(arg, x)
            if a <= 0 or a == 1 or v <= 0:
                raise Undefined
            return mpmath.log(v) / mpmath.log(a)
        case Binary(op, left, right):
            a = real_value(left, x)
            b = real_value(right, x)
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if op == "/":
                if b == 0:
                    raise Undefined
                return a / b
            return _power(a, b)
    raise Undefined


def _exp(v: mpmath.mpf) -> mpmath.mpf:
    if abs(v) > MAX_EXPONENT:
        raise TooLarge
    return mpmath.exp(v)


def _power(a: mpmath.mpf, b: mpmath.mpf) -> mpmath.mpf:
    if a == 0:
        if b > 0:
            return mpmath.mpf(0)
        raise Undefined
    if a < 0 and b != mpmath.floor(b):
        raise Undefined
    if abs(b * mpmath.log(abs(a))) > MAX_EXPONENT:
        raise TooLarge
    result = mpmath.power(abs(a), b)
    if a < 0 and int(mpmath.floor(b)) % 2:
        result = -result
    return result


def point_value(tree: Tree, x: float | mpmath.mpf, digits: int = 30) -> float:
    """``tree`` at ``x`` as a finite float, or Undefined / TooLarge."""
    with mpmath.workdps(digits):
        value = real_value(tree, mpmath.mpf(x))
    result = float(value)
    if not math.isfinite(result):
        raise TooLarge
    return result


def sample(tree: Tree, xs: np.ndarray) -> np.ndarray:
    """``tree`` on an array of x values; NaN where it has no finite real value."""
    import numpy as np  # for plots, in the workers: parsing and checking input need no numpy

    with np.errstate(all="ignore"):
        values = _sample(tree, xs)
        values = np.broadcast_to(np.asarray(values, dtype=float), xs.shape).copy()
    values[~np.isfinite(values)] = np.nan
    return values


def _sample(tree: Tree, xs: np.ndarray) -> np.ndarray | float:
    import numpy as np

    match tree:
        case Number(value):
            return float(value)
        case Constant("e"):
            return math.e
        case Constant(_):
            return math.pi
        case Variable():
            return xs
        case Negate(operand):
            return -_sample(operand, xs)
        case Call(name, arg):
            v = np.asarray(_sample(arg, xs), dtype=float)
            if name == "exp":
                return np.exp(v)
            if name == "sqrt":
                return np.sqrt(v)
            return np.where(v > 0, np.log(np.where(v > 0, v, 1.0)), np.nan)
        case Log(base, arg):
            a = np.asarray(_sample(base, xs), dtype=float)
            v = np.asarray(_sample(arg, xs), dtype=float)
            ok = (a > 0) & (a != 1) & (v > 0)
            top = np.log(np.where(ok, v, 2.0))
            return np.where(ok, top / np.log(np.where(ok, a, 2.0)), np.nan)
        case Binary(op, left, right):
            a = np.asarray(_sample(left, xs), dtype=float)
            b = np.asarray(_sample(right, xs), dtype=float)
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if op == "/":
                return np.where(b != 0, a / np.where(b != 0, b, 1.0), np.nan)
            # 0^b is defined for b > 0 only, as in real_value (numpy would give 0^0 = 1)
            return np.where((a == 0) & (b <= 0), np.nan, np.power(a, b))
    return np.nan


# --- the oracle's view -------------------------------------------------------------------------


def to_sympy(tree: Tree):
    """The tree as a sympy expression in the symbol ``x`` (built from nodes, never text).

    A variable named otherwise (``a``, ``y`` in the statement of a law) is its own symbol.
    """
    import sympy

    symbol = sympy.Symbol("x")

    def convert(node: Tree) -> sympy.Expr:
        match node:
            case Number(value):
                return sympy.Rational(value.numerator, value.denominator)
            case Constant("e"):
                return sympy.E
            case Constant(_):
                return sympy.pi
            case Variable(name):
                return symbol if name == "x" else sympy.Symbol(name)
            case Negate(operand):
                return -convert(operand)
            case Log(base, arg):
                return sympy.log(convert(arg)) / sympy.log(convert(base))
            case Call("exp", arg):
                return sympy.exp(convert(arg))
            case Call("sqrt", arg):
                return sympy.sqrt(convert(arg))
            case Call(_, arg):
                return sympy.log(convert(arg))
            case Derivative(operand):
                return sympy.Derivative(convert(operand), symbol)
            case Binary(op, left, right):
                a, b = convert(left), convert(right)
                if op == "+":
                    return a + b
                if op == "-":
                    return a - b
                if op == "*":
                    return a * b
                return a / b if op == "/" else sympy.Pow(a, b)
        raise AssertionError(f"unknown node {node!r}")

    return convert(tree)
