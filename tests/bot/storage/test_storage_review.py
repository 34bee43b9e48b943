"""Pure review rules: the FSRS rating of an answer, mastery levels, streaks, periods."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fsrs import Card, Rating, State

from bot.storage.review import Attempt, Mastery, advance, card_from_json, mastery, rating, replay
from bot.storage.store import period_start, streak

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("correct", "hints", "level", "elapsed", "expected"),
    [
        (False, 0, 3, 5.0, Rating.Again),
        (False, 2, 1, None, Rating.Again),
        (True, 1, 3, 5.0, Rating.Hard),
        (True, 3, 1, None, Rating.Hard),
        (True, 0, 1, 5.0, Rating.Good),
        (True, 0, 2, 5.0, Rating.Good),
        (True, 0, 3, None, Rating.Good),
        (True, 0, 3, 60.01, Rating.Good),
        (True, 0, 3, 60.0, Rating.Easy),
        (True, 0, 3, 0.0, Rating.Easy),
    ],
)
def test_rating_of_an_answer(
    correct: bool, hints: int, level: int, elapsed: float | None, expected: Rating
) -> None:
    """Wrong → Again, right after hints → Hard, right → Good, right fast at level 3 → Easy."""
    assert rating(correct, hints, level, elapsed) == expected


def card(state: State, stability: float) -> Card:
    return Card(card_id=1, state=state, step=None, stability=stability, difficulty=5.0, due=T0)


@pytest.mark.parametrize(
    ("answers", "top", "review", "expected"),
    [
        (0, 0, None, None),
        (1, 0, card(State.Learning, 0.2), Mastery.ATTEMPTED),
        (5, 0, card(State.Review, 30.0), Mastery.ATTEMPTED),
        (1, 1, card(State.Learning, 2.3), Mastery.FAMILIAR),
        (2, 1, card(State.Review, 30.0), Mastery.FAMILIAR),
        (2, 2, card(State.Learning, 2.3), Mastery.FAMILIAR),
        (2, 3, card(State.Relearning, 30.0), Mastery.FAMILIAR),
        (2, 2, card(State.Review, 2.3), Mastery.PROFICIENT),
        (2, 2, card(State.Review, 40.0), Mastery.PROFICIENT),
        (2, 3, card(State.Review, 20.99), Mastery.PROFICIENT),
        (2, 3, card(State.Review, 21.0), Mastery.MASTERED),
    ],
)
def test_mastery_boundaries(
    answers: int, top: int, review: Card | None, expected: Mastery | None
) -> None:
    """Each mastery level starts exactly at its documented boundary."""
    assert mastery(answers, top, review) == expected


def test_two_right_answers_graduate_the_card_and_a_wrong_one_is_a_lapse() -> None:
    """Good twice leaves the learning steps (Review state); a wrong answer → Relearning."""
    first, used = advance(None, Attempt(T0, True, 0, 2, 30.0))
    assert used == Rating.Good and first.state == State.Learning
    second, _ = advance(first, Attempt(T0 + timedelta(minutes=15), True, 0, 2, 30.0))
    assert second.state == State.Review and second.due > T0 + timedelta(days=1)
    lapse, used = advance(second, Attempt(second.due, False, 0, 2, 30.0))
    assert used == Rating.Again and lapse.state == State.Relearning
    assert lapse.stability is not None and lapse.stability < second.stability  # type: ignore[operator]


def test_a_review_time_before_the_last_review_counts_as_the_last_review() -> None:
    """A late-arriving older timestamp never moves a card back in time."""
    first, _ = advance(None, Attempt(T0, True, 0, 2, None))
    again, _ = advance(first, Attempt(T0 - timedelta(hours=1), True, 0, 2, None))
    same, _ = advance(first, Attempt(T0, True, 0, 2, None))
    assert again.to_dict() == same.to_dict()
    assert again.last_review == T0


def test_replay_equals_answers_applied_one_by_one_and_survives_json() -> None:
    """Replaying a log gives the card the incremental updates gave, through JSON each step."""
    log = [
        Attempt(T0 + timedelta(days=d, minutes=m), ok, h, lvl, el)
        for d, m, ok, h, lvl, el in [
            (0, 0, False, 0, 1, 20.0),
            (0, 3, True, 1, 1, 40.0),
            (0, 20, True, 0, 2, 30.0),
            (3, 0, True, 0, 3, 50.0),
            (9, 0, False, 0, 3, 90.0),
            (9, 15, True, 0, 3, None),
        ]
    ]
    stored = None
    for attempt in log:
        updated, _ = advance(None if stored is None else card_from_json(stored), attempt)
        stored = updated.to_json()
    rebuilt = replay(log)
    assert rebuilt is not None and rebuilt.to_json() == stored
    assert replay([]) is None


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ([], 0),
        ([0], 1),
        ([1], 1),
        ([2], 0),
        ([0, 1, 2], 3),
        ([1, 2, 3, 5], 3),
        ([0, 1, 3, 4], 2),
        ([0, 2], 1),
        ([-1, 0, 1], 2),  # a day after today (another clock) is not counted
        ([-1], 0),
    ],
)
def test_streak_counts_consecutive_days_up_to_today_or_yesterday(
    days: list[int], expected: int
) -> None:
    """Today without practice does not break a streak that reached yesterday."""
    today = date(2026, 3, 10)
    assert streak([today - timedelta(days=d) for d in days], today) == expected


def test_periods_start_at_local_midnight() -> None:
    """A week starts on the local Monday at 00:00, a month on the 1st, in the server's zone."""
    tokyo = ZoneInfo("Asia/Tokyo")
    sunday_night_utc = datetime(2026, 3, 8, 16, 0, tzinfo=UTC)  # Monday 01:00 in Tokyo
    assert period_start("week", sunday_night_utc, tokyo) == datetime(2026, 3, 8, 15, tzinfo=UTC)
    assert period_start("week", sunday_night_utc, ZoneInfo("UTC")) == datetime(
        2026, 3, 2, tzinfo=UTC
    )
    assert period_start("month", datetime(2026, 2, 28, 15, 30, tzinfo=UTC), tokyo) == datetime(
        2026, 2, 28, 15, tzinfo=UTC
    )
    assert period_start("all", sunday_night_utc, tokyo) is None
    with pytest.raises(ValueError):
        period_start("year", sunday_night_utc, tokyo)  # type: ignore[arg-type]
