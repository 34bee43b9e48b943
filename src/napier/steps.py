"""Steps as data: a reason (a message key suffix) and the lines it leads to, as trees.

The engines (``napier.logarithm``, ``napier.solver``) return steps; the lessons render them to
Japanese or English text and to LaTeX. A line is a chain ``a = b = c`` or a relation
``x < -2``; its items are trees of ``napier.calculus`` (printed by ``printer.text`` and
``printer.latex``), or a fixed ``Formula`` where a tree cannot say it (dx/dy).
"""

from __future__ import annotations

from dataclasses import dataclass

import mpmath

from napier import printer
from napier.calculus import Tree

IFF = "iff"  # ⇔ between two lines of a chain
EQ = "="


@dataclass(frozen=True)
class Formula:
    """A fixed formula given as plain text and LaTeX (the same in every language)."""

    text: str
    latex: str


Item = Tree | Formula


@dataclass(frozen=True)
class Line:
    """``items[0] ops[0] items[1] ops[1] …`` and, if given, ``≈ approx`` at the end."""

    items: tuple[Item, ...]
    ops: tuple[str, ...] = ()
    approx: mpmath.mpf | None = None

    def __post_init__(self) -> None:
        if len(self.ops) != max(0, len(self.items) - 1):
            raise ValueError("a line needs one operator between each two items")


def item_text(item: Item) -> str:
    """The plain text of an item (trees through ``printer.text``)."""
    return item.text if isinstance(item, Formula) else printer.text(item)


def chain(*items: Item, approx: mpmath.mpf | None = None) -> Line:
    """``a = b = c`` without consecutive repeats: no form equals the one before it as printed
    (``1/2`` typed as a division and the number 1/2 read the same)."""
    kept: list[Item] = []
    for item in items:
        if not kept or item_text(kept[-1]) != item_text(item):
            kept.append(item)
    return Line(tuple(kept), (EQ,) * (len(kept) - 1), approx)


def relation(op: str, left: Item, right: Item) -> Line:
    return Line((left, right), (op,))


Param = Item | str | int | mpmath.mpf


@dataclass(frozen=True)
class Step:
    """One reason and what it leads to; ``params`` fill the reason's message, ``cites`` names
    the laws it uses (``1.1`` … ``1.6`` of the article, ``log.*`` of the logarithm lesson)."""

    reason: str
    lines: tuple[Line, ...] = ()
    params: tuple[tuple[str, Param], ...] = ()
    cites: tuple[str, ...] = ()
