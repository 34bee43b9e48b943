"""``/practice [skill] [level]``: an exercise on one skill of the lesson, with Answer, Hint and
Solution buttons. Without a skill one is picked at random and every skill is listed by name.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import CHOICE, INTEGER, Command, Option, integer
from napier.practice.ids import LEVELS, MAX_SEED, SKILL_IDS, check_skill, exercise_id

log = logging.getLogger(__name__)

EXAMPLE = "/practice law1.1 2"


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
    """Check the skill and level and draw the seed of a new exercise.

    The seed comes from a private ``random.Random`` seeded by the operating system, never the
    global random state; the request carries it, so the exercise is the same in any process.
    """
    draw = random.Random()
    raw = args.get("skill")
    skill = check_skill(raw) if raw else draw.choice(SKILL_IDS)
    level = integer("level", args.get("level"), LEVELS[0], LEVELS[0], LEVELS[-1], EXAMPLE)
    return PracticeRequest(skill, level, draw.randint(0, MAX_SEED), listed=raw is None)


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
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.practice:answer",
)
