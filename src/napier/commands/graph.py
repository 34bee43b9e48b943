"""``/graph [bases…]``: y = a^x for several bases on one plot (default 2, e, 10, 1/2).

The bases take the rest of the typed line (``/graph 2 3 1/2``); each must be a real number
a > 0, a ≠ 1, within a range that keeps its curve readable. The heavy half is
``napier.lessons.graph``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass

import mpmath

from napier import calculus
from napier.commands import TEXT, Command, Option
from napier.errors import UserError
from napier.parser import Node
from napier.parser import parse as parse_expression

log = logging.getLogger(__name__)

EXAMPLE = "/graph 2 e 10 1/2"
DEFAULT = ("2", "e", "10", "1/2")
MAX_BASES = 6
MAX_LOG_BASE = 10  # |log a| ≤ 10: about 0.0000454 < a < 22026
_SEPARATORS = re.compile(r"[\s,、，]+")


@dataclass(frozen=True)
class GraphRequest:
    """The bases to draw, in the order given (duplicates removed)."""

    bases: tuple[Node, ...]


def parse(args: Mapping[str, str]) -> GraphRequest:
    """Read up to six bases and check each one (a > 0, a ≠ 1, |log a| ≤ 10)."""
    raw = args.get("bases", "").strip()
    words = tuple(w for w in _SEPARATORS.split(raw) if w) if raw else DEFAULT
    if len(words) > MAX_BASES:
        raise UserError("graph.too_many", limit=MAX_BASES, example=EXAMPLE)
    bases: list[Node] = []
    seen: list[mpmath.mpf] = []
    for word in words:
        node = parse_expression(word, example=EXAMPLE, functions=True)
        try:
            with mpmath.workdps(30):
                value = calculus.real_value(node, mpmath.mpf(0))
        except (calculus.Undefined, calculus.TooLarge):
            raise UserError("graph.bad_base", base=word[:20], example=EXAMPLE) from None
        if value <= 0 or abs(value - 1) < mpmath.mpf(10) ** -20:
            raise UserError("graph.bad_base", base=word[:20], example=EXAMPLE)
        if abs(mpmath.log(value)) > MAX_LOG_BASE:
            raise UserError("graph.base_range", base=word[:20], example=EXAMPLE)
        if any(abs(value - other) < mpmath.mpf(10) ** -20 for other in seen):
            continue
        seen.append(value)
        bases.append(node)
    return GraphRequest(tuple(bases))


COMMAND = Command(
    name="graph",
    description="graph.description",
    options=(
        Option(
            "bases",
            "graph.option.bases",
            kind=TEXT,
            greedy=True,
            max_length=100,
            suggestions=("2 e 10 1/2", "2 1/2", "1.5 2 3", "e"),
        ),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.graph:answer",
)
