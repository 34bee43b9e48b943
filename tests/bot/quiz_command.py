"""Test-only commands for the answer flow, registered on import.

``/quiz`` shows a question with an *Answer* button (asks for text) and a private *Hint*;
``quiz-check`` (hidden) checks the typed answer and offers *Try again* after a wrong one.
Nothing is registered on import (collection must not see these commands); worker processes
register them through ``Runtime(initializer="quiz_worker")``, tests with ``registered()``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from napier.commands import COMMANDS, Command, Option
from napier.errors import UserError
from napier.reply import Action, PracticeEvent, Reply

QUESTION = "2^3 = ?"
RIGHT, WRONG, HINT = "Right: 2 × 2 × 2 = 8", "Not quite", "Multiply three 2s"


def _answer_action(label: str) -> Action:
    return Action(label, "quiz-check", (("q", "1"),), ask="2^3 =", private=True)


def _quiz(_: object, locale: str) -> Reply:
    return Reply(
        title=QUESTION,
        text="Work it out together.",
        actions=(
            _answer_action("Answer"),
            Action("Hint", "quiz-hint", (("q", "1"),), private=True),
        ),
    )


def _check_parse(raw: Mapping[str, str]) -> str:
    text = raw.get("answer", "").strip()
    if not text.lstrip("-").isdigit():
        raise UserError("command.bad_integer", option="answer", low=0, high=99, example="8")
    return text


def _check(answer: str, locale: str) -> Reply:
    correct = answer == "8"
    event = PracticeEvent("answer", "quiz:1:1", "quiz", 1, answer, correct)
    if correct:
        return Reply(title=RIGHT, text=RIGHT, event=event)
    return Reply(
        title=WRONG, text=f"{WRONG}: {answer}", actions=(_answer_action("Try again"),), event=event
    )


def _hint(_: object, locale: str) -> Reply:
    return Reply(title="Hint", text=HINT)


QUIZ = Command("quiz", "app.name", (), "/quiz", parse=lambda raw: (), answer="quiz_command:_quiz")
CHECK = Command(
    "quiz-check",
    "app.name",
    (Option("q", "app.name"), Option("answer", "app.name", required=True)),
    "/quiz",
    parse=_check_parse,
    answer="quiz_command:_check",
    hidden=True,
)
HINT_COMMAND = Command(
    "quiz-hint",
    "app.name",
    (Option("q", "app.name"),),
    "/quiz",
    parse=lambda raw: (),
    answer="quiz_command:_hint",
    hidden=True,
)
ALL = (QUIZ, CHECK, HINT_COMMAND)


def register() -> None:
    """Add the quiz commands to the registry (in a worker process)."""
    for command in ALL:
        COMMANDS.setdefault(command.name, command)


@contextmanager
def registered() -> Iterator[None]:
    """The quiz commands in the registry for the duration of a test module."""
    register()
    try:
        yield
    finally:
        for command in ALL:
            COMMANDS.pop(command.name, None)
