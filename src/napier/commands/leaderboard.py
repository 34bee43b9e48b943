"""``/leaderboard [period]``: the study group's right answers this week, month or ever.

The light half; the runtime fills the view from the learner memory, inside one server only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import CHOICE, Command, Option, choose

EXAMPLE = "/leaderboard week"
PERIODS = ("week", "month", "all")


@dataclass(frozen=True)
class LeaderboardRequest:
    period: str = "week"


@dataclass(frozen=True)
class Standing:
    """One row: rank (shared by equal counts), display name, exercises answered right (each
    exercise once), and the current streak in days."""

    rank: int
    name: str
    correct: int
    streak: int


@dataclass(frozen=True)
class LeaderboardView:
    period: str
    rows: tuple[Standing, ...]


def parse(args: Mapping[str, str]) -> LeaderboardRequest:
    """Check the period (week by default)."""
    if "period" not in args:
        return LeaderboardRequest()
    return LeaderboardRequest(choose("period", args["period"], PERIODS))


COMMAND = Command(
    name="leaderboard",
    description="leaderboard.description",
    options=(
        Option(
            "period",
            "leaderboard.option.period",
            kind=CHOICE,
            choices=PERIODS,
            choice_labels=tuple(f"leaderboard.choice.{p}" for p in PERIODS),
        ),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.leaderboard:answer",
    memory="leaderboard",
)
