"""``/solve equation|inequality`` and ``/solve compare a b …``: exponential equations and
inequalities of the standard types, step by step, and numbers put in order.

The option takes the rest of the typed line (``/solve 4^x - 2^(x+1) - 8 = 0``). The input is
parsed and solved here, so that an equation outside the covered types is refused at once;
the lesson (``napier.lessons.solve``) solves it again and explains and draws it.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from napier import solver
from napier.commands import TEXT, Command, Option
from napier.errors import UserError
from napier.parser import Node
from napier.parser import parse as parse_expression
from napier.relation import MAX_RELATION_LENGTH, Relation, parse_relation

log = logging.getLogger(__name__)

EXAMPLE = "/solve 4^x - 2^(x+1) - 8 = 0"
COMPARE_EXAMPLE = "/solve compare 4^(1/3) 8^(1/4)"
COMPARE_WORDS = ("compare", "比較", "大小", "くらべる", "比べる")
_SEPARATORS = re.compile(r"[\s,、，]+")


@dataclass(frozen=True)
class SolveRequest:
    """An equation or inequality to solve, or (``relation`` None) numbers to compare."""

    relation: Relation | None
    values: tuple[Node, ...] = ()


def split_compare(text: str) -> tuple[str, ...] | None:
    """The numbers after ``compare`` (or 比較, 大小), or None when the text is not a comparison."""
    normalized = unicodedata.normalize("NFKC", text).strip()
    for word in COMPARE_WORDS:
        if normalized.lower().startswith(word):
            rest = normalized[len(word) :].strip().lstrip(":").strip()
            return tuple(part for part in _SEPARATORS.split(rest) if part)
    return None


def parse(args: Mapping[str, str]) -> SolveRequest:
    """Read the problem and check that it is of a covered type (it is solved here once)."""
    text = args["problem"]  # required: prepare() has checked that it is there
    if len(text) > MAX_RELATION_LENGTH:
        raise UserError(
            "parse.too_long", limit=MAX_RELATION_LENGTH, length=len(text), example=EXAMPLE
        )
    words = split_compare(text)
    if words is not None:
        if not 2 <= len(words) <= solver.MAX_COMPARE:
            raise UserError(
                "solve.compare_count", limit=solver.MAX_COMPARE, example=COMPARE_EXAMPLE
            )
        values = tuple(
            parse_expression(word, example=COMPARE_EXAMPLE, variable=True, functions=True)
            for word in words
        )
        solver.compare(values)
        return SolveRequest(None, values)
    relation = parse_relation(text, example="/solve 2^(x+1) = 8")
    solver.solve(relation)
    return SolveRequest(relation)


COMMAND = Command(
    name="solve",
    description="solve.description",
    options=(
        Option(
            "problem",
            "solve.option.problem",
            kind=TEXT,
            required=True,
            greedy=True,
            max_length=MAX_RELATION_LENGTH,
            suggestions=(
                "2^(x+1) = 8",
                "(1/2)^x > 4",
                "4^x - 2^(x+1) - 8 = 0",
                "9^x - 4*3^x + 3 < 0",
                "3^x = 5",
                "compare 4^(1/3) 8^(1/4)",
            ),
        ),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.solve:answer",
)
