"""Spaced review and mastery, as pure functions of the answer log (no I/O).

**Review.** Each skill is one FSRS card per learner (py-fsrs, default parameters). An answer
becomes a rating (``rating``): wrong → Again; right after a hint or the solution → Hard;
right → Good; right with no hint at level 3 in at most 60 s → Easy. Fuzzing is off, so the
same answers always give the same card: the stored card is derived data that
``replay`` rebuilds from the log.

**Mastery** of a skill (``mastery``), in the spirit of Khan Academy's levels, from the log and
the card (S = the card's stability in days, the interval at which FSRS expects 90 % recall):

- *attempted*: at least one answer;
- *familiar*: at least one right answer;
- *proficient*: a right answer at level 2 or 3, and the card is in FSRS's Review state (it has
  graduated from the learning steps and the last answer was not a lapse: a wrong answer
  moves it to Relearning until the learner answers right again);
- *mastered*: proficient, a right answer at level 3, and S ≥ 21 days (what Anki calls a
  mature card: it takes right answers spread over days, never one sitting).

Each level implies the ones before it; a lapse drops a proficient or mastered skill to
familiar until it is relearned.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from fsrs import Card, Rating, Scheduler, State

SCHEDULER = Scheduler(enable_fuzzing=False)
EASY_SECONDS = 60.0
TOP_LEVEL = 3
MATURE_DAYS = 21.0


class Mastery(StrEnum):
    """How well a learner knows a skill, from least to most."""

    ATTEMPTED = "attempted"
    FAMILIAR = "familiar"
    PROFICIENT = "proficient"
    MASTERED = "mastered"


def rating(correct: bool, hints: int, level: int, elapsed: float | None) -> Rating:
    """The FSRS rating of one answer (see the module docstring)."""
    if not correct:
        return Rating.Again
    if hints > 0:
        return Rating.Hard
    if level >= TOP_LEVEL and elapsed is not None and elapsed <= EASY_SECONDS:
        return Rating.Easy
    return Rating.Good


@dataclass(frozen=True)
class Attempt:
    """What the review needs of one logged answer."""

    at: datetime
    correct: bool
    hints: int
    level: int
    elapsed: float | None


def advance(card: Card | None, attempt: Attempt) -> tuple[Card, Rating]:
    """The card after ``attempt`` (a new card for the first answer) and the rating used.

    A review time earlier than the card's last review (clocks of two processes) counts as
    at the last review, so the card never goes back in time."""
    at = attempt.at.astimezone(UTC)
    if card is None:
        card = Card(card_id=int(at.timestamp() * 1000), due=at)
    elif card.last_review is not None and at < card.last_review:
        at = card.last_review
    used = rating(attempt.correct, attempt.hints, attempt.level, attempt.elapsed)
    reviewed, _ = SCHEDULER.review_card(card, used, review_datetime=at)
    return reviewed, used


def replay(attempts: Iterable[Attempt]) -> Card | None:
    """The card after every attempt in log order (None for no attempt)."""
    card = None
    for attempt in attempts:
        card, _ = advance(card, attempt)
    return card


def card_from_json(text: str) -> Card:
    """The card stored as ``Card.to_json()``."""
    card = Card.from_json(text)
    # fsrs parses times with fromisoformat; keep them in the UTC zone it requires.
    card.due = card.due.astimezone(UTC)
    if card.last_review is not None:
        card.last_review = card.last_review.astimezone(UTC)
    return card


def mastery(answers: int, top_correct_level: int, card: Card | None) -> Mastery | None:
    """The mastery level from the number of answers, the highest level answered right
    (0 for none) and the card (None before any answer)."""
    if answers <= 0:
        return None
    if top_correct_level <= 0:
        return Mastery.ATTEMPTED
    graduated = card is not None and card.state == State.Review
    if not graduated or top_correct_level < 2:
        return Mastery.FAMILIAR
    if top_correct_level >= TOP_LEVEL and (card.stability or 0.0) >= MATURE_DAYS:
        return Mastery.MASTERED
    return Mastery.PROFICIENT
