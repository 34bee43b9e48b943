"""``/log [a] [x]``: the logarithm log_a x as the inverse of a^x.

``/log a x`` evaluates log_a x (exactly where it is rational) with its steps, and ``/log x:5``
the natural logarithm log 5. ``/log`` alone, or with a base only, is the lesson: the
definition, the laws derived from (1.1)–(1.4), and (log x)' = 1/x from (1.6). The heavy half
is ``napier.lessons.log``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from napier import logarithm
from napier.commands import TEXT, Command, Option
from napier.parser import Node
from napier.parser import parse as parse_expression

log = logging.getLogger(__name__)

EXAMPLE = "/log 2 8"


@dataclass(frozen=True)
class LogRequest:
    """The base and the number (``None``: the lesson; a base alone: the lesson on that base)."""

    base: Node | None = None
    arg: Node | None = None


def parse(args: Mapping[str, str]) -> LogRequest:
    """Parse a and x with the safe parser and check a > 0, a ≠ 1, x > 0 (cheap, exact)."""
    raw_base, raw_arg = args.get("a"), args.get("x")
    if raw_base is None and raw_arg is None:
        return LogRequest()
    # x alone is the natural logarithm: log x means log_e x, as in the article
    base = parse_expression(raw_base or "e", example=EXAMPLE, functions=True)
    if raw_arg is None:
        logarithm.check_base(base)
        return LogRequest(base)
    arg = parse_expression(raw_arg, example=EXAMPLE, functions=True)
    logarithm.evaluate(base, arg)
    return LogRequest(base, arg)


COMMAND = Command(
    name="log",
    description="log.description",
    options=(
        Option(
            "a", "log.option.a", kind=TEXT, max_length=100, suggestions=("2", "4", "1/2", "e", "10")
        ),
        Option(
            "x", "log.option.x", kind=TEXT, max_length=100, suggestions=("8", "5", "1/4", "100")
        ),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.log:answer",
)
