"""/pow base exponent — a power, computed exactly and explained step by step."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import TEXT, Command, Option
from napier.errors import UserError
from napier.notice import Notice
from napier.parser import Binary, Negate, Node, parse
from napier.printer import text

EXAMPLE = "/pow 2 3"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class PowRequest:
    """A parsed /pow: the base and exponent trees. ``negated``: the learner typed ``-2^2``,
    which is −(2^2), not (−2)^2; the reply computes 2^2 and says so. ``notices``: what the
    parser assumed (``2^3pi`` read as 2^(3pi))."""

    base: Node
    exponent: Node
    negated: bool = False
    notices: tuple[Notice, ...] = ()


_OPERATORS = "^*/+-"
_SPOKEN = (
    # 2の3乗, ２ の ３ 乗
    re.compile(r"^\s*(?P<base>.+?)\s*の\s*(?P<exponent>.+?)\s*乗\s*$"),
    # 2 to the 3rd (power), 2 to the power (of) 3, 2 raised to (the power of) 3
    re.compile(
        r"^\s*(?P<base>\S+)\s+(?:to|raised\s+to)\s+(?:the\s+)?(?:power\s+(?:of\s+)?)?"
        r"(?P<exponent>[-+]?\d+)(?:st|nd|rd|th)?(?:\s+power)?\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*(?P<base>\S+)\s+(?P<word>squared|cubed)\s*$", re.IGNORECASE),
)


def _spoken_power(text: str) -> tuple[str, str] | None:
    """``("2", "3")`` for a power said in words (``2の3乗``, ``2 to the 3rd``, ``2 cubed``)."""
    normalized = unicodedata.normalize("NFKC", text)
    for pattern in _SPOKEN:
        found = pattern.match(normalized)
        if found is None:
            continue
        groups = found.groupdict()
        exponent = groups.get("exponent") or {"squared": "2", "cubed": "3"}[groups["word"].lower()]
        base = groups["base"].strip()
        try:
            parse(base, example=EXAMPLE, max_tower=None)
            parse(exponent, example=EXAMPLE, max_tower=None)
        except UserError:
            return None
        return base, exponent.strip()
    return None


def _two_values(text: str) -> tuple[str, str] | None:
    """``2 3`` or ``2 -3``: two values side by side, not one expression with spaces."""
    words = text.split()
    if len(words) != 2 or _joined(*words):
        return None
    return words[0], words[1]


def _joined(first: str, second: str) -> bool:
    """Whether two pieces are one expression split by a space (``2 ^3``, ``2^ 3``)."""
    first, second = first.strip(), second.strip()
    return not first or not second or first[-1] in _OPERATORS + "(" or second[0] in "^*/)"


def parse_request(args: Mapping[str, str]) -> PowRequest:
    """Parse the base and exponent; ``/pow 2^10`` with no exponent splits at the top ``^``.

    ``/pow 2 3`` gives two values and ``/pow 2 ^ 3`` one expression typed with spaces; a
    power said in words (``2の3乗``, ``2 to the 3rd``) gets the command that computes it.
    """
    base_text, exponent_text = args["base"], args.get("exponent")
    whole = base_text if exponent_text is None else f"{base_text} {exponent_text}"
    spoken = _spoken_power(whole)
    if spoken is not None:
        raise UserError(
            "pow.did_you_mean", suggestion=f"/pow {spoken[0]} {spoken[1]}", power="^".join(spoken)
        )
    if exponent_text is None:
        pair = _two_values(base_text)
        if pair is not None:
            base_text, exponent_text = pair
    elif _joined(base_text, exponent_text):
        base_text, exponent_text = whole, None
    notices: list[Notice] = []
    try:
        base = parse(base_text, example=EXAMPLE, notices=notices, max_tower=None)
        exponent = None
        if exponent_text is not None:
            exponent = parse(exponent_text, example=EXAMPLE, notices=notices, max_tower=None)
    except UserError as error:
        if error.key == "parse.missing_operator" and len(whole.split()) > 2:
            raise UserError("command.too_many_values", command="pow", example=EXAMPLE) from None
        raise
    if exponent is not None:
        return PowRequest(base, exponent, notices=tuple(notices))
    negated = isinstance(base, Negate) and isinstance(base.operand, Binary)
    power = base.operand if isinstance(base, Negate) else base
    if isinstance(power, Binary) and power.op == "^":
        return PowRequest(power.left, power.right, negated, tuple(notices))
    raise UserError("pow.need_exponent", base=text(base))


COMMAND = Command(
    name="pow",
    description="pow.description",
    options=(
        Option("base", "pow.option.base", TEXT, required=True, max_length=100),
        Option("exponent", "pow.option.exponent", TEXT, max_length=100, greedy=True),
    ),
    example=EXAMPLE,
    parse=parse_request,
    answer="napier.lessons.pow:answer",
)
