"""``/practice [skill] [level] [seed]``: an exercise on one skill of the lesson, with Answer,
Hint and Solution buttons. Without a skill one is picked at random and every skill is listed by
name; without a seed the exercise is new, with one it is the same for everyone (a study group
can share ``seed:42``).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import CHOICE, INTEGER, Command, Option, integer
from napier.practice.ids import LEVELS, MAX_SEED, SKILL_IDS, check_skill, exercise_id

log = logging.getLogger(__name__)

EXAMPLE = "/practice law1.1 2 seed:42"


@dataclass(frozen=True)
class PracticeRequest:
    """The exercise to show; ``listed`` when the skill was picked for the learner."""

    skill: str
    level: int
    seed: int
    listed: bool = False

    @property
    def exercise(self) -> str:
        return exercise_id(self.skill, self.level, self.seed)


def parse(args: Mapping[str, str]) -> PracticeRequest:
    """Check the skill, level and seed; draw the seed of a new exercise when none is given.

    A drawn seed comes from a private ``random.Random`` seeded by the operating system, never
    the global random state; the request carries it, so the exercise is the same anywhere.
    """
    draw = random.Random()
    raw = args.get("skill")
    skill = check_skill(raw) if raw else draw.choice(SKILL_IDS)
    level = integer("level", args.get("level"), LEVELS[0], LEVELS[0], LEVELS[-1], EXAMPLE)
    seed = integer("seed", args.get("seed"), draw.randint(0, MAX_SEED), 0, MAX_SEED, EXAMPLE)
    return PracticeRequest(skill, level, seed, listed=raw is None)


COMMAND = Command(
    name="practice",
    description="practice.description",
    options=(
        Option(
            "skill",
            "practice.option.skill",
            kind=CHOICE,
            choices=SKILL_IDS,
            choice_labels=tuple(f"practice.skill.{skill}" for skill in SKILL_IDS),
        ),
        Option(
            "level",
            "practice.option.level",
            kind=INTEGER,
            min_value=LEVELS[0],
            max_value=LEVELS[-1],
        ),
        Option("seed", "practice.option.seed", kind=INTEGER, min_value=0, max_value=MAX_SEED),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.practice:answer",
)
