"""/pow base exponent — a power, computed exactly and explained step by step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import TEXT, Command, Option
from napier.errors import UserError
from napier.parser import Binary, Negate, Node, parse
from napier.printer import node_text

EXAMPLE = "/pow 2 3"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class PowRequest:
    """A parsed /pow: the base and exponent trees. ``negated``: the learner typed ``-2^2``,
    which is −(2^2), not (−2)^2; the reply computes 2^2 and says so."""

    base: Node
    exponent: Node
    negated: bool = False


def parse_request(args: Mapping[str, str]) -> PowRequest:
    """Parse the base and exponent; ``/pow 2^10`` with no exponent splits at the top ``^``."""
    base = parse(args["base"], example=EXAMPLE)
    exponent_text = args.get("exponent")
    if exponent_text is None:
        negated = isinstance(base, Negate) and isinstance(base.operand, Binary)
        power = base.operand if isinstance(base, Negate) else base
        if isinstance(power, Binary) and power.op == "^":
            return PowRequest(power.left, power.right, negated)
        raise UserError("pow.need_exponent", base=node_text(base))
    return PowRequest(base, parse(exponent_text, example=EXAMPLE))


COMMAND = Command(
    name="pow",
    description="pow.description",
    options=(
        Option("base", "pow.option.base", TEXT, required=True, max_length=100),
        Option("exponent", "pow.option.exponent", TEXT, max_length=100),
    ),
    example=EXAMPLE,
    parse=parse_request,
    answer="napier.lessons.pow:answer",
)
