"""``practice-answer exercise answer``: checks an answer to an exercise (reached from the
exercise's **Answer** button, which asks for the answer first).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from napier import parser
from napier.commands import TEXT, Command, Option
from napier.notice import Notice
from napier.practice.claims import clean_answer
from napier.practice.ids import (
    RANGE_SKILLS,
    VALUE_OF_X_SKILLS,
    answer_command,
    exercise_id,
    parse_exercise_id,
)
from napier.practice.ranges import read_range, value_of_x

EXAMPLE = "/practice-answer law1.1:1:7 2^12"


@dataclass(frozen=True)
class AnswerRequest:
    """An exercise id, the learner's answer as typed, and what the parser assumed about it."""

    exercise: str
    answer: str
    notices: tuple[Notice, ...] = ()


def parse(args: Mapping[str, str]) -> AnswerRequest:
    """Check the exercise id and that the answer reads as an answer to it (an expression, a
    value of x, or a range of x), fast, without checking it."""
    skill, level, seed = parse_exercise_id(args["exercise"])
    exercise = exercise_id(skill, level, seed)
    answer = args["answer"]
    example = answer_command(exercise, skill, level)
    notices: list[Notice] = []
    if skill in RANGE_SKILLS:
        read_range(clean_answer(answer), example)
        return AnswerRequest(exercise, answer)
    text = clean_answer(answer)
    parser.parse(
        value_of_x(text) if skill in VALUE_OF_X_SKILLS else text,
        example=example,
        variable=True,
        functions=True,
        notices=notices,
        bases=True,
    )
    return AnswerRequest(exercise, answer, tuple(notices))


COMMAND = Command(
    name="practice-answer",
    description="practice.option.answer",
    options=(
        Option("exercise", "practice.option.exercise", kind=TEXT, required=True, max_length=30),
        Option(
            "answer",
            "practice.option.answer",
            kind=TEXT,
            required=True,
            max_length=parser.MAX_LENGTH,
            greedy=True,
        ),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.practice:check_answer",
    hidden=True,
)
