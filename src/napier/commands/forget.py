"""``/forget-me``: delete everything Napier stores about the learner, after a confirmation.

``/forget-me`` only explains and offers the confirmation button; the hidden
``forget-me-confirm`` (``napier.commands.forget_confirm``) deletes: the runtime does it, then
the lesson says what was deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import Command


@dataclass(frozen=True)
class ForgetRequest:
    """The confirmation step (no options)."""


@dataclass(frozen=True)
class ForgottenView:
    """What was deleted: learner records (one per server), answers, hint views, reviews."""

    learners: int
    answers: int
    views: int
    reviews: int


def parse(args: Mapping[str, str]) -> ForgetRequest:
    return ForgetRequest()


COMMAND = Command(
    name="forget-me",
    description="forget.description",
    options=(),
    example="/forget-me",
    parse=parse,
    answer="napier.lessons.forget:confirm",
    private=True,
)
