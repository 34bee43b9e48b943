"""Known mistakes as wrong rewrites of a tree, each beside the right rewrite of the same part.

A rule looks at one part of an expression (a product of powers, a quotient, a power of a
power, a negative exponent …) and says what a learner who holds a misconception makes of it
and what the law makes of it. Applied to a whole task, it gives the answer that mistake
produces on *this* task, and the part where it goes wrong, for the feedback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction

from napier.parser import Binary, Call, Negate, Node, Number
from napier.practice.trees import (
    E,
    clean,
    div,
    factors,
    has_x,
    is_power,
    mul,
    negate,
    num,
    power_of,
    pw,
    rational,
    split_power,
)

log = logging.getLogger(__name__)

MAX_SITES = 4  # single-site variants of one rule on one task


@dataclass(frozen=True)
class Rewrite:
    """One rule at one place: the ``site``, what the mistake makes of it, what the law does.

    ``replaced`` is what the mistake puts in place of the visited node (the site itself, or
    the whole product chain that holds it).
    """

    site: Node
    wrong: Node
    right: Node
    replaced: Node


@dataclass(frozen=True)
class Rule:
    """A misconception as a wrong rewrite: its id, the law it breaks, where it applies."""

    id: str
    law: str
    apply: Callable[[Node], Rewrite | None]


# --- helpers ------------------------------------------------------------------------------------


def _exponent_value(node: Node) -> Fraction | None:
    return None if has_x(node) else rational(node)


def _same_base(a: Node, b: Node) -> bool:
    if a == b:
        return True
    va, vb = _exponent_value(a), _exponent_value(b)
    return va is not None and va == vb


def _negated(node: Node) -> Node | None:
    """``m`` when ``node`` is ``-m`` (a negated term or a negative literal), else None."""
    if isinstance(node, Negate):
        return node.operand
    if isinstance(node, Number) and node.value < 0:
        return num(-node.value)
    return None


def _power_groups(node: Node) -> tuple[list[Node], list[int]] | None:
    """The factors of a product and the positions of the first base that appears twice."""
    parts = factors(node)
    for i, first in enumerate(parts):
        if not is_power(first):
            continue
        base = split_power(first)[0]
        group = [i] + [
            j
            for j in range(i + 1, len(parts))
            if is_power(parts[j]) and _same_base(split_power(parts[j])[0], base)
        ]
        if len(group) >= 2:
            return parts, group
    return None


def _rebuild_product(parts: list[Node], group: list[int], combined: Node) -> Node:
    kept = [combined if i == group[0] else p for i, p in enumerate(parts) if i not in group[1:]]
    return mul(*kept)


def _product_rule(combine: Callable[[Node, list[Node]], Node | None]) -> Callable:
    def apply(node: Node) -> Rewrite | None:
        if not (isinstance(node, Binary) and node.op == "*"):
            return None
        found = _power_groups(node)
        if found is None:
            return None
        parts, group = found
        powers = [split_power(parts[i]) for i in group]
        base = powers[0][0]
        exponents = [e for _, e in powers]
        wrong = combine(base, exponents)
        if wrong is None:
            return None
        total = exponents[0]
        for e in exponents[1:]:
            total = Binary("+", total, e)
        right = pw(base, total)
        site = mul(*(parts[i] for i in group))
        return Rewrite(site, wrong, right, _rebuild_product(parts, group, wrong))

    return apply


def _multiplied_exponents(base: Node, exponents: list[Node]) -> Node:
    return power_of(base, mul(*exponents))


def _multiplied_bases(base: Node, exponents: list[Node]) -> Node | None:
    if not isinstance(base, Number):
        return None
    total = exponents[0]
    for e in exponents[1:]:
        total = Binary("+", total, e)
    return power_of(num(base.value ** len(exponents)), total)


def _quotient_rule(combine: Callable[[Node, Node, Node], Node | None]) -> Callable:
    """a^y / a^x: ``combine(a, y, x)`` is the mistake's single power."""

    def apply(node: Node) -> Rewrite | None:
        if not (isinstance(node, Binary) and node.op == "/"):
            return None
        top, bottom = node.left, node.right
        if not (is_power(top) and is_power(bottom)):
            return None
        (a, y), (b, x) = split_power(top), split_power(bottom)
        if not _same_base(a, b):
            return None
        wrong = combine(a, y, x)
        if wrong is None:
            return None
        return Rewrite(node, wrong, pw(a, Binary("-", y, x)), wrong)

    return apply


def _not_distributed(first: Node, rest: Node) -> Node | None:
    """``first − (u ± v)`` worked out as ``first − u ± v`` (the minus reaches u only)."""
    if isinstance(rest, Binary) and rest.op in "+-":
        return Binary(rest.op, Binary("-", first, rest.left), rest.right)
    return None


def _power_power_rule(combine: Callable[[Node, Node, Node], Node | None]) -> Callable:
    """(a^p)^q: ``combine(a, p, q)`` is the mistake's single power."""

    def apply(node: Node) -> Rewrite | None:
        if not (isinstance(node, Binary) and node.op == "^" and is_power(node.left)):
            return None
        a, p = split_power(node.left)
        q = node.right
        wrong = combine(a, p, q)
        if wrong is None:
            return None
        return Rewrite(node, wrong, pw(a, Binary("*", p, q)), wrong)

    return apply


def _power_not_distributed(a: Node, p: Node, q: Node) -> Node | None:
    if isinstance(p, Binary) and p.op in "+-":
        return power_of(a, Binary(p.op, Binary("*", q, p.left), p.right))
    return None


def _reciprocal_rule(combine: Callable[[Node, Node], Node | None]) -> Callable:
    """1/a^p: ``combine(a, p)`` is what the mistake writes."""

    def apply(node: Node) -> Rewrite | None:
        if not (isinstance(node, Binary) and node.op == "/" and is_power(node.right)):
            return None
        if rational(node.left) != 1:
            return None
        a, p = split_power(node.right)
        wrong = combine(a, p)
        if wrong is None:
            return None
        return Rewrite(node, wrong, pw(a, negate(p)), wrong)

    return apply


def _reciprocal_not_distributed(a: Node, p: Node) -> Node | None:
    if isinstance(p, Binary) and p.op in "+-":
        return power_of(a, Binary(p.op, Negate(p.left), p.right))
    return None


# --- evaluating powers ------------------------------------------------------------------------


def _numeric_power(node: Node) -> tuple[Node, Fraction] | None:
    """(base, exponent value) of a power with a constant base and a rational exponent."""
    if not (isinstance(node, Binary) and node.op == "^") or has_x(node):
        return None
    exponent = rational(node.right)
    return None if exponent is None else (node.left, exponent)


def _negative_as_minus(node: Node) -> Rewrite | None:
    found = _numeric_power(node)
    if found is None or found[1] >= 0:
        return None
    base, exponent = found
    positive = pw(base, -exponent)
    return Rewrite(node, Negate(positive), div(num(1), positive), Negate(positive))


def _negative_ignored(node: Node) -> Rewrite | None:
    found = _numeric_power(node)
    if found is None or found[1] >= 0:
        return None
    base, exponent = found
    positive = pw(base, -exponent)
    return Rewrite(node, positive, div(num(1), positive), positive)


def _zero_rule(result: Callable[[Node], Node]) -> Callable:
    def apply(node: Node) -> Rewrite | None:
        found = _numeric_power(node)
        if found is None or found[1] != 0 or rational(found[0]) == 0:
            return None
        wrong = result(found[0])
        return Rewrite(node, wrong, num(1), wrong)

    return apply


def _times_exponent(node: Node) -> Rewrite | None:
    found = _numeric_power(node)
    if found is None or found[1] in (0, 1) or rational(found[0]) is None:
        return None
    base, exponent = found
    wrong = mul(base, num(exponent))
    return Rewrite(node, wrong, node, wrong)


def _swapped(node: Node) -> Rewrite | None:
    found = _numeric_power(node)
    if found is None:
        return None
    base, exponent = found
    value = rational(base)
    if value is None or value.denominator != 1 or value < 2 or exponent.denominator != 1:
        return None
    if exponent < 2:
        return None
    wrong = pw(num(exponent), base)
    return Rewrite(node, wrong, node, wrong)


def _minus_inside(node: Node) -> Rewrite | None:
    """-a^n read as (-a)^n."""
    if not isinstance(node, Negate):
        return None
    found = _numeric_power(node.operand)
    if found is None or found[1].denominator != 1:
        return None
    base, exponent = found
    wrong = pw(Negate(base), num(exponent))
    return Rewrite(node, wrong, Negate(node.operand), wrong)


def _minus_outside(node: Node) -> Rewrite | None:
    """(-a)^n read as -a^n."""
    found = _numeric_power(node)
    if found is None or found[1].denominator != 1:
        return None
    base, exponent = found
    inner = _negated(base)
    if inner is None:
        return None
    wrong = Negate(pw(inner, num(exponent)))
    return Rewrite(node, wrong, node, wrong)


def _over_sum(node: Node) -> Rewrite | None:
    found = _numeric_power(node)
    if found is None:
        return None
    base, exponent = found
    if not (isinstance(base, Binary) and base.op in "+-") or exponent.denominator != 1:
        return None
    if exponent < 2:
        return None
    n = num(exponent)
    wrong = Binary(base.op, pw(base.left, n), pw(base.right, n))
    return Rewrite(node, wrong, node, wrong)


def _numerator_only(node: Node) -> Rewrite | None:
    found = _numeric_power(node)
    if found is None:
        return None
    base, exponent = found
    value = rational(base)
    if value is None or value.denominator == 1 or exponent.denominator != 1 or exponent < 2:
        return None
    wrong = div(pw(num(value.numerator), num(exponent)), num(value.denominator))
    return Rewrite(node, wrong, node, wrong)


def _fraction_rule(result: Callable[[Node, Fraction], Node | None]) -> Callable:
    def apply(node: Node) -> Rewrite | None:
        found = _numeric_power(node)
        if found is None or found[1].denominator == 1:
            return None
        wrong = result(found[0], found[1])
        if wrong is None:
            return None
        return Rewrite(node, wrong, node, wrong)

    return apply


def _root_only(base: Node, exponent: Fraction) -> Node | None:
    if abs(exponent.numerator) == 1:
        return None
    return pw(base, num(Fraction(1, exponent.denominator)))


def _inverted(base: Node, exponent: Fraction) -> Node | None:
    return pw(base, num(1 / exponent))


RULES: tuple[Rule, ...] = (
    Rule("product_exponents_multiplied", "1.1", _product_rule(_multiplied_exponents)),
    Rule("product_bases_multiplied", "1.1", _product_rule(_multiplied_bases)),
    Rule(
        "quotient_exponents_added",
        "1.3",
        _quotient_rule(lambda a, y, x: power_of(a, Binary("+", y, x))),
    ),
    Rule(
        "quotient_exponents_divided",
        "1.3",
        _quotient_rule(lambda a, y, x: power_of(a, Binary("/", y, x))),
    ),
    Rule(
        "quotient_backwards",
        "1.3",
        _quotient_rule(lambda a, y, x: power_of(a, Binary("-", x, y))),
    ),
    Rule(
        "sign_not_distributed",
        "1.3",
        _quotient_rule(
            lambda a, y, x: (
                None if (wrong := _not_distributed(y, x)) is None else power_of(a, wrong)
            )
        ),
    ),
    Rule(
        "power_exponents_added",
        "1.4",
        _power_power_rule(lambda a, p, q: power_of(a, Binary("+", p, q))),
    ),
    Rule("power_tower", "1.4", _power_power_rule(lambda a, p, q: power_of(a, pw(p, q)))),
    Rule("power_not_distributed", "1.4", _power_power_rule(_power_not_distributed)),
    Rule("reciprocal_as_minus", "1.2", _reciprocal_rule(lambda a, p: Negate(pw(a, p)))),
    Rule(
        "reciprocal_exponent",
        "1.2",
        _reciprocal_rule(lambda a, p: power_of(a, div(num(1), p))),
    ),
    Rule("sign_not_distributed", "1.2", _reciprocal_rule(_reciprocal_not_distributed)),
    Rule("negative_as_minus", "1.2", _negative_as_minus),
    Rule("negative_exponent_ignored", "1.2", _negative_ignored),
    Rule("zero_power_zero", "1.3", _zero_rule(lambda base: num(0))),
    Rule("zero_power_base", "1.3", _zero_rule(lambda base: base)),
    Rule("base_times_exponent", "", _times_exponent),
    Rule("exponent_swapped", "", _swapped),
    Rule("minus_inside", "", _minus_inside),
    Rule("minus_outside", "", _minus_outside),
    Rule("power_over_sum", "", _over_sum),
    Rule("numerator_only", "", _numerator_only),
    Rule("root_only", "1.4", _fraction_rule(_root_only)),
    Rule("fraction_inverted", "1.4", _fraction_rule(_inverted)),
)
RULE_IDS = tuple(dict.fromkeys(rule.id for rule in RULES))


# --- applying rules to a tree -------------------------------------------------------------------

Path = tuple[int, ...]


def _children(node: Node) -> tuple[Node, ...]:
    match node:
        case Binary(_, left, right):
            return (left, right)
        case Negate(operand) | Call(_, operand):
            return (operand,)
    return ()


def sites(tree: Node, path: Path = (), in_product: bool = False) -> Iterator[tuple[Path, Node]]:
    """Every node with its path, pre-order; inner links of a product chain are skipped."""
    is_product = isinstance(tree, Binary) and tree.op == "*"
    if not (is_product and in_product):
        yield path, tree
    for index, child in enumerate(_children(tree)):
        yield from sites(child, (*path, index), is_product)


def replace_at(tree: Node, path: Path, new: Node) -> Node:
    if not path:
        return new
    head, rest = path[0], path[1:]
    match tree:
        case Binary(op, left, right):
            if head == 0:
                return Binary(op, replace_at(left, rest, new), right)
            return Binary(op, left, replace_at(right, rest, new))
        case Negate(operand):
            return Negate(replace_at(operand, rest, new))
        case Call(name, arg):
            return Call(name, replace_at(arg, rest, new))
    raise AssertionError("path leads nowhere")


@dataclass(frozen=True)
class Applied:
    """A rule applied to a whole tree: the mistaken whole and the first place it changed."""

    rule: Rule
    answer: Node
    first: Rewrite


def apply_rule(rule: Rule, tree: Node) -> list[Applied]:
    """The trees ``rule`` makes of ``tree``: at each site alone, and at all sites at once."""
    found = [(path, rewrite) for path, node in sites(tree) if (rewrite := rule.apply(node))]
    if not found:
        return []
    results: list[Applied] = []
    for path, rewrite in found[:MAX_SITES]:
        results.append(Applied(rule, replace_at(tree, path, rewrite.replaced), rewrite))
    if len(found) > 1:
        everywhere = tree
        for path, rewrite in reversed(found):  # later sites first: earlier paths stay valid
            everywhere = replace_at(everywhere, path, rewrite.replaced)
        results.append(Applied(rule, everywhere, found[0][1]))
    return results


def mistakes_of(tree: Node, rules: tuple[Rule, ...] = RULES) -> list[Applied]:
    """Every known mistake that applies somewhere in ``tree``."""
    found: list[Applied] = []
    for rule in rules:
        found.extend(apply_rule(rule, tree))
    return found


def rules(*ids: str) -> tuple[Rule, ...]:
    """The rules with these ids (a mistake id may have one rule per law)."""
    chosen = tuple(rule for rule in RULES if rule.id in ids)
    assert {rule.id for rule in chosen} == set(ids), ids
    return chosen


def cleaned(rewrite: Rewrite) -> Rewrite:
    """The rewrite with numbers folded inside exponents (for showing)."""
    return Rewrite(
        rewrite.site, tidy_exponent(rewrite.wrong), tidy_exponent(rewrite.right), rewrite.replaced
    )


def tidy_exponent(node: Node) -> Node:
    """``a^(3+4)`` → ``a^7``: the exponent of a power tidied, the power kept."""
    if isinstance(node, Binary) and node.op == "^":
        return Binary("^", node.left, clean(node.right))
    return node


__all__ = ["RULES", "Applied", "E", "Rewrite", "Rule", "apply_rule", "mistakes_of", "rules"]
