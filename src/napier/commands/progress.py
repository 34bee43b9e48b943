"""``/progress [user]``: what a learner has mastered, their streak, and what is due next.

The light half: the request, and the view the runtime fills from the learner memory (the core
never reads it). The lesson (``napier.lessons.progress``) turns the view into text and one chart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import USER, Command, Option, member

EXAMPLE = "/progress"
MASTERY = ("attempted", "familiar", "proficient", "mastered")  # Khan Academy's levels, in order


@dataclass(frozen=True)
class ProgressRequest:
    """Whose progress: ``user`` is another member's id, empty for the learner who asks."""

    user: str = ""


@dataclass(frozen=True)
class SkillRow:
    """One skill of a learner: mastery (one of ``MASTERY``, empty when never practised), right
    and total answers, the highest level answered right, and when it is due (local ISO time,
    empty when not scheduled)."""

    skill: str
    mastery: str = ""
    correct: int = 0
    total: int = 0
    top_level: int = 0
    due: str = ""


@dataclass(frozen=True)
class ProgressView:
    """A learner's progress in one server, as the runtime read it (times in the server's zone).

    ``own`` says whether the learner asked about themselves; ``next_skill`` and ``next_due``
    name the review most due (``next_is_due``: already due, else the next one to come).
    """

    name: str
    own: bool
    skills: tuple[SkillRow, ...]
    streak: int
    practised_today: bool
    next_skill: str = ""
    next_due: str = ""
    next_is_due: bool = False
    now: str = ""


def parse(args: Mapping[str, str]) -> ProgressRequest:
    """Check the member option (a mention or an id)."""
    if "user" not in args:
        return ProgressRequest()
    return ProgressRequest(member("user", args["user"], EXAMPLE))


COMMAND = Command(
    name="progress",
    description="progress.description",
    options=(Option("user", "progress.option.user", kind=USER),),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.progress:answer",
    memory="progress",
)
