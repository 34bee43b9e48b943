"""The Store against real SQLite and PostgreSQL: learners, the log, review, progress,
leaderboards, privacy and study-group settings."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from itertools import count

import pytest
from fsrs import Rating, State
from sqlalchemy import delete, func, select

from bot.storage import Learner, Mastery, Store, UnknownLearner
from bot.storage.models import Answer, Review
from bot.storage.models import Learner as LearnerRow

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
_keys = count()


async def join(store: Store, user: str = "u1", team: str = "g1", **kw: str) -> Learner:
    platform = kw.pop("platform", "discord")
    return await store.learner(
        platform, team, user, display_name=kw.get("name", user.upper()), locale="en"
    )


async def answer(
    store: Store,
    learner: Learner,
    at: datetime,
    *,
    correct: bool = True,
    skill: str = "law1.1",
    level: int = 2,
    exercise: str | None = None,
    key: str | None = None,
    **kw: object,
):  # type: ignore[no-untyped-def]
    n = next(_keys)
    return await store.record_answer(
        learner,
        key=key or f"test:{n}",
        exercise=exercise or f"{skill}:{level}:{n}",
        skill=skill,
        level=level,
        answer="2^5",
        correct=correct,
        at=at,
        **kw,  # type: ignore[arg-type]
    )


async def count_answers(store: Store) -> int:
    async with store.engine.connect() as connection:
        return int((await connection.execute(select(func.count()).select_from(Answer))).scalar())


# --- learners ------------------------------------------------------------------------------


async def test_a_learner_is_created_once_and_keeps_its_latest_name_and_locale(
    store: Store,
) -> None:
    """The same (platform, team, user) is one learner; a new display name or locale is kept."""
    first = await store.learner("discord", "g1", "u1", display_name="Ann", locale="en")
    again = await store.learner("discord", "g1", "u1", display_name="Annie", locale="ja")
    assert again.id == first.id and (again.display_name, again.locale) == ("Annie", "ja")
    assert await store.find_learner("discord", "g1", "u1") == again
    assert first.leaderboard_visible and first.created_at.tzinfo == UTC


async def test_a_new_learner_arriving_many_times_at_once_is_created_once(store: Store) -> None:
    """Ten first commands of one user at once give one learner row and one id."""
    learners = await asyncio.gather(*(join(store, "new") for _ in range(10)))
    assert len({learner.id for learner in learners}) == 1
    async with store.engine.connect() as connection:
        rows = (await connection.execute(select(func.count()).select_from(LearnerRow))).scalar()
    assert rows == 1


async def test_each_server_is_its_own_study_group(store: Store) -> None:
    """The same user in two servers (or on two platforms) has separate progress."""
    here = await join(store, team="g1")
    there = await join(store, team="g2")
    slack = await join(store, team="g1", platform="slack")
    assert len({here.id, there.id, slack.id}) == 3
    await answer(store, here, T0)
    assert len((await store.progress(here, T0)).skills) == 1
    assert (await store.progress(there, T0)).skills == ()
    assert (await store.progress(slack, T0)).skills == ()
    assert await store.find_learner("discord", "g3", "u1") is None


async def test_hostile_names_and_long_answers_are_stored_safely(store: Store) -> None:
    """Quotes and SQL in names are data; an over-long answer is cut, never refused."""
    name = "Robert'); DROP TABLE learners;--" + "x" * 200
    learner = await store.learner("slack", "T1", "U1", display_name=name, locale="ja")
    assert learner.display_name == name[:100]
    await store.record_answer(
        learner, key="k", exercise="e:1:1", skill="pow", level=1, answer="9" * 10_000,
        correct=False, at=T0,
    )  # fmt: skip
    async with store.engine.connect() as connection:
        text = (await connection.execute(select(Answer.answer))).scalar_one()
    assert text == "9" * 2000
    assert (await store.find_learner("slack", "T1", "U1")) is not None


async def test_bad_arguments_are_refused(store: Store) -> None:
    """Naive datetimes, unknown platforms and out-of-range levels raise ValueError."""
    learner = await join(store)
    with pytest.raises(ValueError, match="naive"):
        await answer(store, learner, datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        await answer(store, learner, T0, level=4)
    with pytest.raises(ValueError):
        await answer(store, learner, T0, elapsed=-1.0)
    with pytest.raises(ValueError):
        await store.learner("irc", "g", "u", display_name="x", locale="en")
    with pytest.raises(ValueError):
        await store.record_view(learner, key="v", kind="peek", exercise="e")  # type: ignore[arg-type]
    assert await count_answers(store) == 0


# --- the log -------------------------------------------------------------------------------


async def test_a_repeated_request_is_recorded_once(store: Store) -> None:
    """The same key twice: one row; the repeat reports the original's rating and the state."""
    learner = await join(store)
    first = await answer(store, learner, T0, key="discord:1", exercise="law1.1:3:7", level=3,
                         elapsed=20.0)  # fmt: skip
    repeat = await answer(store, learner, T0 + timedelta(seconds=2), key="discord:1",
                          exercise="law1.1:3:7", level=3, correct=False)  # fmt: skip
    assert first.new and not repeat.new
    assert first.rating == repeat.rating == Rating.Easy
    assert repeat.review.card.to_dict() == first.review.card.to_dict()
    assert await count_answers(store) == 1


async def test_concurrent_duplicates_are_recorded_once(store: Store) -> None:
    """Twenty copies of one request fired at once: exactly one is new."""
    learner = await join(store)
    results = await asyncio.gather(
        *(answer(store, learner, T0, key="slack:trigger-1", exercise="pow:1:1") for _ in range(20))
    )
    assert sum(result.new for result in results) == 1
    assert await count_answers(store) == 1
    assert (await store.progress(learner, T0)).skills[0].total == 1


async def test_concurrent_answers_all_count_and_the_review_equals_a_replay(store: Store) -> None:
    """Different answers of one learner at once are all kept, serialised per learner."""
    learner = await join(store)
    await asyncio.gather(
        *(
            answer(store, learner, T0 + timedelta(minutes=i), correct=i % 3 != 0, skill=f"s{i % 2}")
            for i in range(16)
        )
    )
    progress = await store.progress(learner, T0)
    assert [(s.skill, s.total, s.correct) for s in progress.skills] == [
        ("s0", 8, 5),
        ("s1", 8, 5),
    ]
    before = await store.reviews(learner)
    assert _cards(await store.rebuild_review(learner)) == _cards(before)


async def test_hints_and_solutions_seen_make_a_right_answer_hard(store: Store) -> None:
    """Views of this exercise (not others, not others') are the hints its answer is rated with."""
    ann, bob = await join(store, "ann"), await join(store, "bob")
    assert await store.record_view(ann, key="h1", kind="hint", exercise="law1.2:1:5", at=T0)
    assert not await store.record_view(ann, key="h1", kind="hint", exercise="law1.2:1:5", at=T0)
    await store.record_view(ann, key="h2", kind="solution", exercise="law1.2:1:5", at=T0)
    await store.record_view(ann, key="h3", kind="hint", exercise="law1.2:1:6", at=T0)
    await store.record_view(bob, key="h4", kind="hint", exercise="law1.2:1:7", at=T0)
    assert await store.hints_used(ann, "law1.2:1:5") == 2
    assert await store.hints_used(ann, "law1.2:1:7") == 0
    helped = await answer(store, ann, T0, exercise="law1.2:1:5", skill="law1.2")
    alone = await answer(store, ann, T0, exercise="law1.2:1:7", skill="law1.2b")
    told = await answer(store, ann, T0, exercise="law1.2:1:8", skill="law1.2c", hints=0)
    assert (helped.rating, alone.rating, told.rating) == (Rating.Hard, Rating.Good, Rating.Good)


async def test_a_forgotten_learner_cannot_be_written_to(store: Store) -> None:
    """An answer for a learner deleted meanwhile raises UnknownLearner and stores nothing."""
    learner = await join(store)
    await store.forget("discord", "u1")
    with pytest.raises(UnknownLearner):
        await answer(store, learner, T0)
    with pytest.raises(UnknownLearner):
        await store.record_view(learner, key="v", kind="hint", exercise="e", at=T0)
    assert await count_answers(store) == 0


# --- review --------------------------------------------------------------------------------


def _cards(states: dict) -> dict:  # type: ignore[type-arg]
    return {skill: (state.card.to_dict(), state.due) for skill, state in states.items()}


async def test_rebuild_from_the_log_equals_the_incremental_review(store: Store) -> None:
    """Weeks of answers over three skills: the stored cards equal a replay of the log, and a
    lost review row comes back."""
    learner = await join(store)
    at = T0
    for day in range(20):
        for i, skill in enumerate(("law1.1", "law1.4", "diff")):
            correct = (day + i) % 4 != 0
            await answer(store, learner, at + timedelta(minutes=i), skill=skill, correct=correct,
                         level=1 + (day + i) % 3, elapsed=30.0 + day)  # fmt: skip
        at += timedelta(days=1, hours=day % 5)
    incremental = await store.reviews(learner)
    assert set(incremental) == {"law1.1", "law1.4", "diff"}
    assert _cards(await store.rebuild_review(learner)) == _cards(incremental)
    async with store.engine.begin() as connection:
        await connection.execute(delete(Review).where(Review.skill == "diff"))
    assert "diff" not in await store.reviews(learner)
    await store.rebuild_review(learner)
    assert _cards(await store.reviews(learner)) == _cards(incremental)


async def test_most_due_is_the_longest_overdue_skill_else_the_next_one(store: Store) -> None:
    """Nothing before any answer; the skill due longest; when none is due, the next one."""
    learner = await join(store)
    assert await store.most_due(learner, T0) is None
    wrong = await answer(store, learner, T0, skill="law1.3", correct=False)
    right = await answer(store, learner, T0, skill="law1.1")
    assert wrong.review.due < right.review.due
    due = await store.most_due(learner, T0 + timedelta(hours=1))
    assert due is not None and (due.skill, due.is_due) == ("law1.3", True)
    assert due.due == wrong.review.due and due.due.tzinfo == UTC
    upcoming = await store.most_due(learner, T0)
    assert upcoming is not None and (upcoming.skill, upcoming.is_due) == ("law1.3", False)


# --- progress --------------------------------------------------------------------------------


async def test_mastery_grows_with_spaced_right_answers_and_drops_after_a_lapse(
    store: Store,
) -> None:
    """attempted → familiar → proficient → mastered over spaced reviews; a slip → familiar."""
    learner = await join(store)

    async def level_now(at: datetime) -> Mastery:
        skills = (await store.progress(learner, at)).skills
        return skills[0].mastery

    await answer(store, learner, T0, correct=False, level=3)
    assert await level_now(T0) == Mastery.ATTEMPTED
    result = await answer(store, learner, T0 + timedelta(minutes=2), level=1)
    assert await level_now(T0) == Mastery.FAMILIAR
    result = await answer(store, learner, result.review.due, level=1)
    assert result.review.card.state == State.Review
    assert await level_now(result.review.due) == Mastery.FAMILIAR  # level 1 only
    result = await answer(store, learner, result.review.due, level=3)
    assert await level_now(result.review.due) == Mastery.PROFICIENT
    reviews = 0
    while result.review.card.stability < 21:  # type: ignore[operator]
        assert await level_now(result.review.due) == Mastery.PROFICIENT
        result = await answer(store, learner, result.review.due, level=3)
        reviews += 1
    assert reviews >= 1  # mastery needs answers spread over days, not one sitting
    assert result.review.due - T0 > timedelta(days=21)
    assert await level_now(result.review.due) == Mastery.MASTERED
    await answer(store, learner, result.review.due, level=3, correct=False)
    assert await level_now(result.review.due) == Mastery.FAMILIAR


async def test_progress_counts_and_due_times_per_skill(store: Store) -> None:
    """Per skill: right and total answers, the top level answered right, the next review."""
    learner = await join(store)
    await answer(store, learner, T0, skill="pow", level=3, correct=False)
    await answer(store, learner, T0, skill="pow", level=2)
    await answer(store, learner, T0, skill="pow", level=1)
    last = await answer(store, learner, T0, skill="diff", level=1, correct=False)
    progress = await store.progress(learner, T0)
    assert [(s.skill, s.correct, s.total, s.top_level) for s in progress.skills] == [
        ("diff", 0, 1, 0),
        ("pow", 2, 3, 2),
    ]
    assert progress.skills[0].due == last.review.due
    assert progress.next_review is not None and progress.next_review.skill == "diff"


async def test_the_streak_counts_local_days_in_the_servers_time_zone(store: Store) -> None:
    """23:30 and 00:30 in Tokyo are two days there, though one day in UTC."""
    await store.set_server_settings("discord", "tokyo", timezone="Asia/Tokyo")
    tokyo, utc_ = await join(store, team="tokyo"), await join(store, team="utc")
    late = datetime(2026, 3, 5, 14, 30, tzinfo=UTC)  # 23:30 in Tokyo
    for learner in (tokyo, utc_):
        await answer(store, learner, late)
        await answer(store, learner, late + timedelta(hours=1))  # 00:30 in Tokyo
    after = late + timedelta(hours=2)
    assert (await store.progress(tokyo, after)).streak == 2
    assert (await store.progress(utc_, after)).streak == 1


async def test_a_day_not_yet_practised_does_not_break_the_streak(store: Store) -> None:
    """Three days in a row: 3 today and tomorrow (not practised yet), 0 the day after."""
    learner = await join(store)
    for day in range(3):
        await answer(store, learner, T0 + timedelta(days=day))
    today = await store.progress(learner, T0 + timedelta(days=2, hours=5))
    assert (today.streak, today.practised_today) == (3, True)
    tomorrow = await store.progress(learner, T0 + timedelta(days=3, hours=5))
    assert (tomorrow.streak, tomorrow.practised_today) == (3, False)
    assert (await store.progress(learner, T0 + timedelta(days=4, hours=5))).streak == 0


async def test_a_long_streak_is_counted_in_full(store: Store) -> None:
    """A 75-day streak (longer than one page of days read) counts every day."""
    learner = await join(store)
    for day in range(75):
        await answer(store, learner, T0 + timedelta(days=day, minutes=day % 7))
    await answer(store, learner, T0 - timedelta(days=2))  # before a gap: not counted
    assert (await store.progress(learner, T0 + timedelta(days=74, hours=1))).streak == 75


# --- leaderboard -------------------------------------------------------------------------------


async def test_leaderboard_counts_distinct_exercises_answered_right(store: Store) -> None:
    """The same exercise right twice counts once; wrong answers do not count; ranks tie."""
    ann, bob, cy = [
        await join(store, u, name=n) for u, n in [("a", "Ann"), ("b", "Bob"), ("c", "Cy")]
    ]
    await answer(store, ann, T0, exercise="pow:1:1")
    await answer(store, ann, T0, exercise="pow:1:1")
    await answer(store, ann, T0, exercise="pow:1:2")
    await answer(store, bob, T0, exercise="pow:1:1")
    await answer(store, bob, T0, exercise="pow:1:3")
    await answer(store, bob, T0, exercise="pow:1:4", correct=False)
    await answer(store, cy, T0, exercise="pow:1:9")
    board = await store.leaderboard("discord", "g1", "all", T0 + timedelta(hours=1))
    assert [(r.rank, r.display_name, r.correct, r.streak) for r in board] == [
        (1, "Ann", 2, 1),
        (1, "Bob", 2, 1),
        (3, "Cy", 1, 1),
    ]
    assert [r.user for r in board] == ["a", "b", "c"]
    assert len(await store.leaderboard("discord", "g1", "all", T0, limit=1)) == 1


async def test_leaderboard_never_crosses_servers_and_hides_who_asked(store: Store) -> None:
    """Only this server's visible learners: not another guild, platform, or a hidden one."""
    here, hidden = await join(store, "a"), await join(store, "h")
    elsewhere = await join(store, "b", team="g2")
    slack = await join(store, "c", platform="slack")
    for learner in (here, hidden, elsewhere, slack):
        await answer(store, learner, T0)
    hidden = await store.set_leaderboard_visible(hidden, False)
    assert not hidden.leaderboard_visible
    board = await store.leaderboard("discord", "g1", "week", T0 + timedelta(hours=1))
    assert [row.user for row in board] == ["a"]
    await store.set_leaderboard_visible(hidden, True)
    board = await store.leaderboard("discord", "g1", "week", T0 + timedelta(hours=1))
    assert [row.user for row in board] == ["a", "h"]
    await answer(store, await join(store, "d1", team="dm"), T0)
    with pytest.raises(ValueError, match="direct messages"):
        await store.leaderboard("discord", "dm", "all", T0)  # DMs of strangers: no board


async def test_leaderboard_periods_start_at_local_midnight(store: Store) -> None:
    """In Tokyo, Sunday 23:30 is last week and Monday 00:00 this week; the 1st starts a month."""
    await store.set_server_settings("discord", "g1", timezone="Asia/Tokyo")
    sunday, monday = await join(store, "sun"), await join(store, "mon")
    monday_midnight = datetime(2026, 3, 8, 15, 0, tzinfo=UTC)  # Mon 9 March 00:00 in Tokyo
    await answer(store, sunday, monday_midnight - timedelta(minutes=30))
    await answer(store, monday, monday_midnight)
    now = monday_midnight + timedelta(hours=3)
    week = await store.leaderboard("discord", "g1", "week", now)
    month = await store.leaderboard("discord", "g1", "month", now)
    assert [r.user for r in week] == ["mon"]
    assert [r.user for r in month] == ["mon", "sun"]
    march_first = datetime(2026, 2, 28, 15, 0, tzinfo=UTC)  # 1 March 00:00 in Tokyo
    early = await join(store, "feb")
    await answer(store, early, march_first - timedelta(seconds=1))
    assert "feb" not in [r.user for r in await store.leaderboard("discord", "g1", "month", now)]
    assert "feb" in [r.user for r in await store.leaderboard("discord", "g1", "all", now)]


# --- privacy -----------------------------------------------------------------------------------


async def test_forget_deletes_the_user_everywhere_on_that_platform_only(store: Store) -> None:
    """/forget-me removes every team's learner, answers, views and reviews; no one else's."""
    mine = [await join(store, "me", team=t) for t in ("g1", "g2")]
    other = await join(store, "you")
    slack_me = await join(store, "me", platform="slack")
    for learner in [*mine, other, slack_me]:
        await answer(store, learner, T0)
        await answer(store, learner, T0, skill="pow")
    await store.record_view(mine[0], key="v1", kind="hint", exercise="x", at=T0)
    gone = await store.forget("discord", "me")
    assert (gone.learners, gone.answers, gone.views, gone.reviews) == (2, 4, 1, 4)
    assert await store.find_learner("discord", "g1", "me") is None
    assert await store.find_learner("discord", "g2", "me") is None
    assert await store.find_learner("slack", "g1", "me") is not None
    assert (await store.progress(other, T0)).skills != ()
    assert [r.user for r in await store.leaderboard("discord", "g1", "all", T0)] == ["you"]
    assert await count_answers(store) == 4
    assert (await store.forget("discord", "me")).learners == 0


# --- settings and the daily problem ----------------------------------------------------------


async def test_server_settings_default_and_change_one_at_a_time(store: Store) -> None:
    """Defaults until set; each change keeps the other settings; bad values are refused."""
    assert (await store.server_settings("slack", "T1")).timezone == "UTC"
    changed = await store.set_server_settings("slack", "T1", language="ja", daily_time="07:30")
    changed = await store.set_server_settings("slack", "T1", timezone="Europe/Paris")
    assert (changed.language, changed.timezone, changed.daily_time) == (
        "ja",
        "Europe/Paris",
        "07:30",
    )
    assert await store.server_settings("slack", "T1") == changed
    assert (await store.set_server_settings("slack", "T1", language=None)).language is None
    for bad in ({"timezone": "Mars/Olympus"}, {"daily_time": "24:00"}, {"daily_time": "7:30"},
                {"language": "fr"}, {"timezone": "../../etc/passwd"}):  # fmt: skip
        with pytest.raises(ValueError):
            await store.set_server_settings("slack", "T1", **bad)  # type: ignore[arg-type]
    assert await store.server_settings("slack", "T1") == changed.__class__(
        "slack", "T1", None, "Europe/Paris", None, "07:30", False
    )


async def test_daily_servers_lists_only_enabled_servers_with_a_channel(store: Store) -> None:
    """The scheduler sees servers with the daily problem on and a channel to post in."""
    await store.set_server_settings("discord", "a", daily_enabled=True, daily_channel="c1")
    await store.set_server_settings("discord", "b", daily_enabled=True)
    await store.set_server_settings("discord", "c", daily_channel="c3")
    await store.set_server_settings("slack", "T", daily_channel="C9", daily_enabled=True,
                                    timezone="Asia/Tokyo", daily_time="08:00")  # fmt: skip
    servers = await store.daily_servers()
    assert [(s.platform, s.team, s.daily_channel) for s in servers] == [
        ("discord", "a", "c1"),
        ("slack", "T", "C9"),
    ]
    assert servers[1].zone.key == "Asia/Tokyo" and servers[1].daily_time == "08:00"


async def test_a_days_daily_post_is_claimed_once(store: Store) -> None:
    """Ten claims at once: one wins; another day or another server is a new claim."""
    day = date(2026, 3, 2)
    wins = await asyncio.gather(*(store.claim_daily_post("discord", "g1", day) for _ in range(10)))
    assert sum(wins) == 1
    assert await store.claim_daily_post("discord", "g1", day + timedelta(days=1))
    assert await store.claim_daily_post("discord", "g2", day)
    assert not await store.claim_daily_post("discord", "g1", day)
