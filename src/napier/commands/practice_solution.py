"""``practice-solution exercise``: the worked solution of an exercise (its **Solution** button)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import TEXT, Command, Option
from napier.practice.ids import exercise_id, parse_exercise_id

EXAMPLE = "/practice-solution law1.1:1:7"


@dataclass(frozen=True)
class SolutionRequest:
    """An exercise id."""

    exercise: str


def parse(args: Mapping[str, str]) -> SolutionRequest:
    return SolutionRequest(exercise_id(*parse_exercise_id(args["exercise"])))


COMMAND = Command(
    name="practice-solution",
    description="practice.solution.title",
    options=(
        Option("exercise", "practice.option.exercise", kind=TEXT, required=True, max_length=30),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.practice:solution",
    hidden=True,
)
