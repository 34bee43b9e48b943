"""Worked solutions: the laws applied one step at a time, and derivatives from the lesson engine.

For a learner's own claim (``/check``) the steps come from the same rules that describe the
mistakes, applied the right way: each step rewrites one part of the expression by one law
(1.1 products, 1.2 reciprocals, 1.3 quotients, 1.4 powers of powers, a^0 = 1), and a number
is worked out at the end. Derivatives are the steps of ``napier.calculus.differentiate``.
"""

from __future__ import annotations

from napier import calculus
from napier.parser import Binary, Node
from napier.practice import rewrite
from napier.practice.skills import Line
from napier.practice.trees import num, rational

MAX_STEPS = 10
MAX_SHOWN_VALUE = 10**15

POWER = "power"  # the goal: one power
VALUE = "value"  # the goal: a number

_LAW_STEPS = (
    ("product_exponents_multiplied", "practice.solution.law11", (POWER, VALUE)),
    ("quotient_exponents_added", "practice.solution.law13", (POWER, VALUE)),
    ("power_exponents_added", "practice.solution.law14", (POWER, VALUE)),
    ("reciprocal_as_minus", "practice.solution.law12_up", (POWER,)),
    ("negative_as_minus", "practice.solution.law12", (VALUE,)),
    ("zero_power_zero", "practice.solution.zero", (POWER, VALUE)),
)


def _law_rules(goal: str) -> list[tuple[rewrite.Rule, str]]:
    chosen = []
    for rule_id, key, goals in _LAW_STEPS:
        if goal in goals:
            rule = next(r for r in rewrite.RULES if r.id == rule_id)
            chosen.append((rule, key))
    return chosen


def law_steps(tree: Node, goal: str) -> list[Line]:
    """``tree`` rewritten law by law toward ``goal`` (POWER or VALUE), then worked out."""
    lines: list[Line] = []
    rules = _law_rules(goal)
    for _ in range(MAX_STEPS):
        step = _first_step(tree, rules)
        if step is None:
            break
        key, tree, tidied = step
        lines.append(Line(key, tree=tree))
        if tidied != tree:
            lines.append(Line("practice.solution.exponent", tree=tidied))
            tree = tidied
    value = rational(tree)
    shown = value is not None and abs(value) < MAX_SHOWN_VALUE and tree != num(value)
    if shown and (goal == VALUE or not _is_single_power(tree)):
        assert value is not None
        lines.append(Line("practice.solution.evaluate", tree=num(value)))
    return lines


def _first_step(tree: Node, rules: list[tuple[rewrite.Rule, str]]) -> tuple[str, Node, Node] | None:
    """The first law that applies: its key, the tree it gives, and that tree tidied."""
    for path, node in rewrite.sites(tree):
        for rule, key in rules:
            found = rule.apply(node)
            if found is None or found.right == node:
                continue
            right, tidied = found.right, rewrite.tidy_exponent(found.right)
            if found.site != node:  # a group inside a longer product: rebuild the chain
                right = _regroup(node, found.site, right)
                tidied = _regroup(node, found.site, tidied)
            whole = rewrite.replace_at(tree, path, right)
            return key, whole, rewrite.replace_at(tree, path, tidied)
    return None


def _regroup(chain: Node, group: Node, combined: Node) -> Node:
    from napier.practice.trees import factors, mul

    parts = factors(chain)
    members = factors(group)
    kept: list[Node] = []
    placed = False
    remaining = list(members)
    for part in parts:
        if part in remaining:
            remaining.remove(part)
            if not placed:
                kept.append(combined)
                placed = True
            continue
        kept.append(part)
    return mul(*kept)


def _is_single_power(tree: Node) -> bool:
    return isinstance(tree, Binary) and tree.op == "^"


def derivative_steps(function: Node) -> list[calculus.Step]:
    """The lesson engine's steps for (function)'."""
    return list(calculus.differentiate(function).steps)
