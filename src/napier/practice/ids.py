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
    "grow.decay",
    "log.value",
    "log.laws",
    "solve.equation",
    "solve.inequality",
)
ALIASES = {
    "interest": "grow.interest",
    "doubling": "grow.doubling",
    "decay": "grow.decay",
    "log": "log.value",
    "equation": "solve.equation",
    "inequality": "solve.inequality",
}
RANGE_SKILLS = ("solve.inequality",)  # answered with a range of x: x < -2, 0 < x < 1
VALUE_OF_X_SKILLS = ("solve.equation",)  # answered with a value of x, ``x = `` allowed
LEVELS = (1, 2, 3)
MAX_SEED = 999_999
MAX_ID = 30


_EXAMPLES = {  # the syntax of an answer, per skill and level (never a possible answer)
    "pow.integer": ("83", "-17", "7/83"),
    "pow.zero": ("5", "-7", "5"),
    "pow.negative": ("1/7", "7/11", "11"),
    "pow.fraction": ("7", "7", "1/7"),
    "law1.1": ("11^12", "11^(2x)", "11^(5x-2)"),
    "law1.2": ("11^(-3)", "11^(-3x)", "11^(-3x+1)"),
    "law1.3": ("11^5", "11^(3x)", "11^(3x-1)"),
    "law1.4": ("11^6", "11^(6x)", "11^(6x+3)"),
    "law1.5": ("x*e^x", "x*e^x", "x*e^x"),
    "law1.6": ("x*e^x", "x*e^x", "x*e^x"),
    "grow.interest": ("12345*1.05^3", "12345*1.01^12", "12345*e^0.3"),
    "grow.doubling": ("123*2^4", "7", "log(3)/5"),
    "grow.decay": ("123*(1/2)^4", "7", "11*log(7)/log(2)"),
    "log.value": ("11/7", "11/7", "-11/7"),
    "log.laws": ("11/7", "11/7", "log_7(11)"),
    "solve.equation": ("x = 11/7", "x = 11/7", "x = log(11)/log(13)"),
    "solve.inequality": ("x < 11/7", "x > 11/7", "1/7 < x < 11/7"),
}


def answer_example(skill: str, level: int) -> str:
    """How an answer to a ``skill`` exercise of ``level`` is typed (a form, not the answer)."""
    return _EXAMPLES[skill][level - 1]


def answer_command(exercise: str, skill: str, level: int) -> str:
    """A whole command that answers the exercise (for the examples in error messages)."""
    return f"/practice-answer {exercise} {answer_example(skill, level)}"


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
