"""Skill ids, levels and exercise ids (``skill:level:seed``): light, for the command halves."""

from __future__ import annotations

from napier.errors import UserError

SKILL_IDS = (
    "pow.integer",
    "pow.zero",
    "pow.negative",
    "pow.fraction",
    "law1.1",
    "law1.2",
    "law1.3",
    "law1.4",
    "law1.5",
    "law1.6",
    "grow.interest",
    "grow.doubling",
)
ALIASES = {"interest": "grow.interest", "doubling": "grow.doubling"}
LEVELS = (1, 2, 3)
MAX_SEED = 999_999
MAX_ID = 30


def exercise_id(skill: str, level: int, seed: int) -> str:
    return f"{skill}:{level}:{seed}"


def parse_exercise_id(text: str) -> tuple[str, int, int]:
    """(skill, level, seed) from ``skill:level:seed``, or a UserError in both languages."""
    given = str(text).strip()
    parts = given.split(":")
    bad = UserError("practice.bad_exercise", given=given[:MAX_ID])
    if len(given) > MAX_ID or len(parts) != 3:
        raise bad
    skill, level, seed = parts
    if skill not in SKILL_IDS or level not in ("1", "2", "3"):
        raise bad
    if not seed.isascii() or not seed.isdigit() or len(seed) > len(str(MAX_SEED)):
        raise bad
    return skill, int(level), int(seed)


def check_skill(skill: str) -> str:
    """``skill`` if it is one of ours (case-insensitive), else a UserError listing them."""
    lowered = skill.strip().lower()
    lowered = ALIASES.get(lowered, lowered)
    if lowered in SKILL_IDS:
        return lowered
    raise UserError("practice.bad_skill", skill=skill[:MAX_ID], skills=", ".join(SKILL_IDS))
