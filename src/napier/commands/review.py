"""``/review``: the exercise the learner most needs to review now (spaced review with FSRS).

The light half; the runtime picks the skill from the learner memory and draws a new exercise
of it (a ``PracticeRequest``), or says when the next review is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import Command
from napier.commands.practice import PracticeRequest


@dataclass(frozen=True)
class ReviewRequest:
    """No options: the runtime decides."""


@dataclass(frozen=True)
class ReviewView:
    """What to review: ``practice`` (a new exercise of the most due skill), or nothing due yet
    (``next_skill`` due at ``next_due``, local ISO time), or no practice at all yet."""

    practice: PracticeRequest | None = None
    next_skill: str = ""
    next_due: str = ""
    now: str = ""


def parse(args: Mapping[str, str]) -> ReviewRequest:
    return ReviewRequest()


COMMAND = Command(
    name="review",
    description="review.description",
    options=(),
    example="/review",
    parse=parse,
    answer="napier.lessons.review:answer",
    memory="review",
)
