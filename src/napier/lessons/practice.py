"""The heavy half of ``/practice`` and its buttons: the exercise, the verdict on an answer, the
hints one at a time, and the worked solution.

Exercises are rebuilt from their ids (``skill:level:seed``) in whichever worker answers, so a
button keeps working after a restart. Each reply to a learner's action carries a
``PracticeEvent`` for the runtime to record; the core stores nothing.
"""

from __future__ import annotations

import logging

from napier import render
from napier.commands.practice import PracticeRequest
from napier.commands.practice_answer import AnswerRequest
from napier.commands.practice_hint import HintRequest
from napier.commands.practice_solution import SolutionRequest
from napier.i18n import t
from napier.practice import check as checking
from napier.practice import feedback
from napier.practice.ids import LEVELS, answer_command
from napier.practice.skills import SKILLS, Exercise, exercise
from napier.reply import Action, Attachment, Field, PracticeEvent, Reply

log = logging.getLogger(__name__)

MAX_ALT = 300


# --- buttons -------------------------------------------------------------------------------------


def answer_action(ex: Exercise, locale: str, label: str = "practice.action.answer") -> Action:
    """**Answer** (or **Try again**): ask for one line, then check it privately."""
    return Action(
        t(label, locale),
        "practice-answer",
        (("exercise", ex.id),),
        ask=t("practice.action.answer_field", locale),
        private=True,
    )


def hint_action(ex: Exercise, n: int, locale: str) -> Action:
    label = "practice.action.hint" if n == 1 else "practice.action.next_hint"
    return Action(
        t(label, locale), "practice-hint", (("exercise", ex.id), ("n", str(n))), private=True
    )


def solution_action(ex: Exercise, locale: str) -> Action:
    return Action(
        t("practice.action.solution", locale),
        "practice-solution",
        (("exercise", ex.id),),
        private=True,
    )


def lesson_action(ex: Exercise, locale: str, law: str = "") -> Action:
    """A link to the law the exercise (or the mistake) is about, else to its lesson: ``/law``
    for the article's laws, ``/log`` for the laws of logarithms, ``/graph`` for a^x rising
    or falling."""
    law = law or SKILLS[ex.skill].law or ex.task.law
    if law.startswith("log."):
        name = t(f"log.law.name.{law.removeprefix('log.')}", locale)
        return Action(t("practice.action.log_law", locale, name=name), "log", ())
    if law.startswith("graph."):
        bases = (("bases", feedback.GRAPH_BASES),)
        return Action(t("practice.action.graph", locale), "graph", bases)
    if law:
        return Action(t("practice.action.law", locale, law=law), "law", (("id", law),))
    command, args = ex.task.lesson
    return Action(t("practice.action.lesson", locale), command, args)


def next_actions(ex: Exercise, locale: str) -> list[Action]:
    actions = [
        Action(
            t("practice.action.next", locale),
            "practice",
            (("skill", ex.skill), ("level", str(ex.level))),
        )
    ]
    if ex.level < LEVELS[-1]:
        actions.append(
            Action(
                t("practice.action.level_up", locale, level=ex.level + 1),
                "practice",
                (("skill", ex.skill), ("level", str(ex.level + 1))),
            )
        )
    return actions


def _event(ex: Exercise, kind: str, **values: object) -> PracticeEvent:
    return PracticeEvent(kind, ex.id, ex.skill, ex.level, **values)  # type: ignore[arg-type]


def _image(ex: Exercise, locale: str) -> Attachment:
    alt = feedback.statement(ex, locale)[:MAX_ALT]
    return render.formula(
        [ex.formula(locale)], "exercise.png", t("practice.image.alt", locale, expr=alt)
    )


# --- the exercise --------------------------------------------------------------------------------


def answer(request: PracticeRequest, locale: str) -> Reply:
    """The exercise: statement (text and image), how to answer, and the buttons."""
    ex = exercise(request.exercise)
    lines = [
        feedback.statement(ex, locale),
        "",
        t("practice.how_to_answer", locale, example=ex.example),
    ]
    if request.listed:
        lines += ["", t("practice.skills_list", locale), *feedback.skills_list(locale)]
    return Reply(
        title=feedback.title(ex, locale),
        text="\n".join(lines),
        latex=ex.formula(locale),
        fields=(Field(t("practice.field.exercise", locale), f"`{ex.id}`"),),
        attachments=(_image(ex, locale),),
        actions=(
            answer_action(ex, locale),
            hint_action(ex, 1, locale),
            solution_action(ex, locale),
            lesson_action(ex, locale),
        ),
    )


# --- an answer -----------------------------------------------------------------------------------


def check_answer(request: AnswerRequest, locale: str) -> Reply:
    """The verdict on an answer: right, right but not in the asked form, a named mistake …"""
    ex = exercise(request.exercise)
    example = answer_command(ex.id, ex.skill, ex.level)
    verdict = checking.check(ex.task, request.answer, example)
    hint = ex.hints[0] if ex.hints else None
    lines = [feedback.statement(ex, locale), ""]
    lines += feedback.verdict_lines(verdict, ex.task, locale, hint)
    if verdict.correct:
        actions = [*next_actions(ex, locale), solution_action(ex, locale)]
    else:
        law = verdict.mistake.law if verdict.mistake is not None else ""
        actions = [
            answer_action(ex, locale, "practice.action.try_again"),
            hint_action(ex, 1, locale),
            solution_action(ex, locale),
            lesson_action(ex, locale, law),
        ]
    return Reply(
        title=feedback.title(ex, locale),
        text="\n".join(lines),
        actions=tuple(actions),
        event=_event(
            ex,
            "answer",
            answer=verdict.shown,
            correct=verdict.correct,
            mistake=verdict.note,
        ),
    )


# --- hints and the solution -----------------------------------------------------------------------


def hint(request: HintRequest, locale: str) -> Reply:
    """Hint n of the exercise, with a button for the next one."""
    ex = exercise(request.exercise)
    total = len(ex.hints)
    n = min(request.n, total)
    actions = []
    if n < total:
        actions.append(hint_action(ex, n + 1, locale))
    actions += [answer_action(ex, locale), solution_action(ex, locale)]
    return Reply(
        title=t("practice.hint.title", locale, n=n, total=total),
        text="\n".join([feedback.statement(ex, locale), "", feedback.hint(ex, n, locale)]),
        actions=tuple(actions),
        event=_event(ex, "hint"),
    )


def solution(request: SolutionRequest, locale: str) -> Reply:
    """The worked solution, step by step, with the answer and the formulas as an image."""
    ex = exercise(request.exercise)
    steps = feedback.solution_lines(ex, locale)
    answer = feedback.answer_text(ex.task, locale)
    result = t("practice.solution.value", locale) + f": **`{answer}`**"
    lines = feedback.solution_latex(ex, locale)
    shown = t("practice.solution.alt", locale, answer=answer)[:MAX_ALT]
    return Reply(
        title=f"{t('practice.solution.title', locale)}: {feedback.title(ex, locale)}",
        text="\n".join([feedback.statement(ex, locale), "", result]),
        steps=tuple(steps),
        latex=feedback.answer_latex(ex.task, locale),
        attachments=(render.formula(lines, "solution.png", shown),),
        actions=(lesson_action(ex, locale), *next_actions(ex, locale)),
        event=_event(ex, "solution"),
    )
