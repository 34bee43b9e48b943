"""``practice-hint exercise [n]``: the n-th hint of an exercise (its **Hint** button)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import INTEGER, TEXT, Command, Option, integer
from napier.practice.ids import exercise_id, parse_exercise_id

EXAMPLE = "/practice-hint law1.1:1:7 1"
MAX_HINTS = 5


@dataclass(frozen=True)
class HintRequest:
    """An exercise id and which hint (1-based)."""

    exercise: str
    n: int = 1


def parse(args: Mapping[str, str]) -> HintRequest:
    skill, level, seed = parse_exercise_id(args["exercise"])
    n = integer("n", args.get("n"), 1, 1, MAX_HINTS, EXAMPLE)
    return HintRequest(exercise_id(skill, level, seed), n)


COMMAND = Command(
    name="practice-hint",
    description="practice.option.hint",
    options=(
        Option("exercise", "practice.option.exercise", kind=TEXT, required=True, max_length=30),
        Option("n", "practice.option.hint", kind=INTEGER, min_value=1, max_value=MAX_HINTS),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.practice:hint",
    hidden=True,
)
