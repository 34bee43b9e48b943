"""``/check claim``: a learner checks their own work — an equality, a derivative or a value.

The claim grammar is in ``napier.practice.claims``: ``/check 2^3*2^4 = 2^12``,
``/check diff 2^x x*2^(x-1)``, ``/check pow -2^2 4``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import TEXT, Command, Option
from napier.notice import Notice
from napier.practice.claims import MAX_CLAIM, Claim, read_claim

EXAMPLE = "/check 2^3*2^4 = 2^7"


@dataclass(frozen=True)
class CheckRequest:
    """The claim, read (the expressions parsed; nothing computed yet)."""

    claim: Claim

    @property
    def notices(self) -> tuple[Notice, ...]:
        """What the parser assumed about the claim (the registry says it above the answer)."""
        return self.claim.notices


def parse(args: Mapping[str, str]) -> CheckRequest:
    return CheckRequest(read_claim(args["claim"]))


COMMAND = Command(
    name="check",
    description="check.description",
    options=(
        Option(
            "claim",
            "check.option.claim",
            kind=TEXT,
            required=True,
            max_length=MAX_CLAIM,
            greedy=True,
            suggestions=("2^3*2^4 = 2^7", "diff 2^x 2^x*log(2)", "pow -2^2 -4"),
        ),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.check:answer",
)
