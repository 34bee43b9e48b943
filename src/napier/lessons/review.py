"""The lesson of ``/review``: a new exercise of the most due skill, or when the next one is."""

from __future__ import annotations

from dataclasses import replace

from napier.commands.review import ReviewView
from napier.dates import moment
from napier.i18n import t
from napier.lessons.practice import answer as exercise
from napier.reply import Action, Reply


def _skill(skill: str, locale: str) -> str:
    return t(f"practice.skill.{skill}", locale)


def answer(view: ReviewView, locale: str) -> Reply:
    """The exercise to review (the practice lesson, introduced as a review)."""
    if view.practice is not None:
        shown = exercise(view.practice, locale)
        intro = t("review.due", locale, skill=_skill(view.practice.skill, locale))
        return replace(shown, text=f"{intro}\n{shown.text}" if shown.text else intro)
    if view.next_skill:
        when = moment(view.next_due, view.now, locale)
        text = t("review.not_yet", locale, skill=_skill(view.next_skill, locale), when=when)
    else:
        text = t("review.never", locale)
    return Reply(
        title=t("review.title", locale),
        text=text,
        actions=(Action(t("review.practice", locale), "practice"),),
    )
