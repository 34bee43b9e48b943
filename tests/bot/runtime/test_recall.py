"""The memory commands through the runtime, on real SQLite and PostgreSQL databases: what they
read, what they change, who may change it, and that nothing crosses a server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from servers import Postgres, free_port

from bot.runtime import Runtime
from bot.runtime.memory import Caller, Memory
from bot.storage import ServerSettings, Store
from napier.commands import COMMANDS
from napier.commands.forget import ForgottenView
from napier.commands.leaderboard import LeaderboardView
from napier.commands.progress import ProgressView
from napier.commands.review import ReviewView
from napier.commands.settings import SettingsView
from napier.i18n import t
from napier.practice.skills import exercise
from napier.printer import typed
from napier.reply import Reply

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # a Monday


class Clock:
    """The runtime's clock, moved by the tests."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], object]:
    """How a fresh database of each kind is opened."""
    if request.param == "sqlite":
        return lambda: Store.open(None, tmp_path / "data")
    url = request.getfixturevalue("postgres").create_database()
    return lambda: Store.open(url)


@pytest.fixture
async def memory_runtime(open_store: Callable[[], object]) -> AsyncIterator[tuple[Runtime, Clock]]:
    clock = Clock()
    memory = Memory(open_store)  # type: ignore[arg-type]
    async with Runtime(workers=1, memory=memory, clock=clock) as started:
        yield started, clock


def ada(key: str = "", **changes: object) -> Caller:
    fields: dict[str, object] = {
        "platform": "discord",
        "team": "G1",
        "user": "100000000000000101",
        "name": "Ada",
        "channel": "C1",
        "key": key,
    }
    fields.update(changes)
    return Caller(**fields)  # type: ignore[arg-type]


async def run(runtime: Runtime, caller: Caller, line: str, locale: str = "en", **raw: str) -> Reply:
    """``/command`` with options, as a caller, through admit and execute."""
    return await runtime.execute(await runtime.admit(caller, line.lstrip("/"), raw), locale)


async def view(runtime: Runtime, caller: Caller, command: str, **raw: str) -> object:
    """The view a memory command's lesson gets (what the runtime read)."""
    job = await runtime.admit(caller, command, raw)
    return await runtime._recall(COMMANDS[command].memory, job, "en")


async def answer(runtime: Runtime, caller: Caller, exercise_id: str, right: bool = True) -> Reply:
    """Answer an exercise, right or with its first known mistake."""
    task = exercise(exercise_id).task
    text = typed(task.answer if right else task.mistakes[0].answer)
    return await run(runtime, caller, "practice-answer", exercise=exercise_id, answer=text)


async def test_progress_shows_what_was_practised(memory_runtime: tuple[Runtime, Clock]) -> None:
    """After a right and a wrong answer, /progress reads the skill as familiar, 1 of 2 right,
    with the streak and the next review, and the reply has its chart."""
    started, _ = memory_runtime
    await answer(started, ada("k1"), "pow.integer:1:5", right=False)
    await answer(started, ada("k2"), "pow.integer:1:5")
    seen = await view(started, ada(), "progress")
    assert isinstance(seen, ProgressView)
    row = next(r for r in seen.skills if r.skill == "pow.integer")
    assert (row.mastery, row.correct, row.total, row.top_level) == ("familiar", 1, 2, 1)
    assert seen.streak == 1 and seen.own and seen.name == "Ada"
    assert seen.next_skill == "pow.integer"
    reply = await run(started, ada(), "progress", "ja")
    assert "累乗の計算" in reply.text and "慣れてきた" in reply.text
    assert [a.filename for a in reply.images] == ["progress.png"]


async def test_another_members_progress_stays_inside_the_server(
    memory_runtime: tuple[Runtime, Clock],
) -> None:
    """A member of the same server is found by id; the same user in another server, or someone
    who never practised, is not."""
    started, _ = memory_runtime
    await answer(started, ada("k1"), "law1.1:1:7")
    grace = ada(user="100000000000000202", name="Grace")
    other = await view(started, grace, "progress", user="100000000000000101")
    assert isinstance(other, ProgressView) and other.name == "Ada" and not other.own
    elsewhere = ada(team="G2", user="100000000000000303")
    refused = await run(started, elsewhere, "progress", user="100000000000000101")
    assert refused.error and t("memory.no_member", "en") in refused.text
    nothing = await view(started, ada(team="G2"), "progress")
    assert isinstance(nothing, ProgressView) and not nothing.skills


async def test_leaderboard_counts_each_exercise_once_and_respects_hiding(
    memory_runtime: tuple[Runtime, Clock],
) -> None:
    """Two right answers to one exercise count once; a learner who hides is left out; another
    server's learners never appear; direct messages have no leaderboard."""
    started, _ = memory_runtime
    await answer(started, ada("k1"), "law1.1:1:7")
    await answer(started, ada("k2"), "law1.1:1:7")
    await answer(started, ada("k3"), "law1.2:1:7")
    grace = ada("g1", user="100000000000000202", name="Grace")
    await answer(started, grace, "law1.1:1:7")
    await answer(started, ada("x1", team="G2", user="100000000000000909", name="Eve"), "law1.1:1:7")
    board = await view(started, ada(), "leaderboard")
    assert isinstance(board, LeaderboardView)
    assert [(r.rank, r.name, r.correct) for r in board.rows] == [(1, "Ada", 2), (2, "Grace", 1)]
    hidden = await run(started, grace, "settings", scope="me", leaderboard="off")
    assert "leaderboard" in hidden.text
    board = await view(started, ada(), "leaderboard")
    assert [r.name for r in board.rows] == ["Ada"]
    refused = await run(started, ada(team="dm"), "leaderboard")
    assert refused.error and t("leaderboard.dm", "en") in refused.text


async def test_server_settings_are_for_administrators(
    memory_runtime: tuple[Runtime, Clock],
) -> None:
    """A member who is not an administrator cannot change the server's settings (reading them
    is fine); an administrator can, and daily:on takes the channel it was given in."""
    started, _ = memory_runtime
    refused = await run(started, ada(), "settings", "ja", scope="server", daily="on")
    assert refused.error and t("settings.not_admin", "ja") in refused.text
    read = await view(started, ada(), "settings", scope="server")
    assert isinstance(read, SettingsView) and not read.daily and read.timezone == "UTC"
    boss = ada(admin=True, channel="C42")
    changed = await view(
        started, boss, "settings", scope="server", daily="on", time="07:30", timezone="Asia/Tokyo"
    )
    assert isinstance(changed, SettingsView)
    assert (changed.daily, changed.channel, changed.time, changed.timezone) == (
        True,
        "C42",
        "07:30",
        "Asia/Tokyo",
    )
    assert set(changed.changed) == {"daily", "time", "timezone"}
    unknown = await run(started, boss, "settings", scope="server", timezone="Mars/Olympus")
    assert unknown.error and "Mars/Olympus" in unknown.text


async def test_review_picks_the_most_due_skill_once_it_is_due(
    memory_runtime: tuple[Runtime, Clock],
) -> None:
    """Before any practice there is nothing to review; right after an answer the next review
    lies ahead; once it is due, /review draws a new exercise of that skill."""
    started, clock = memory_runtime
    never = await view(started, ada(), "review")
    assert isinstance(never, ReviewView) and never.practice is None and not never.next_skill
    await answer(started, ada("k1"), "law1.3:2:11")
    ahead = await view(started, ada(), "review")
    assert isinstance(ahead, ReviewView) and ahead.practice is None
    assert ahead.next_skill == "law1.3" and ahead.next_due > ahead.now
    clock.now = T0 + timedelta(days=30)
    due = await view(started, ada(), "review")
    assert isinstance(due, ReviewView) and due.practice is not None
    assert (due.practice.skill, due.practice.level) == ("law1.3", 2)
    reply = await run(started, ada(), "review", "ja")
    assert t("review.due", "ja", skill=t("practice.skill.law1.3", "ja")) in reply.text


async def test_forget_me_deletes_everything_on_the_platform(
    memory_runtime: tuple[Runtime, Clock],
) -> None:
    """forget-me-confirm deletes the learner in every server of the platform (and only there),
    then /progress has nothing."""
    started, _ = memory_runtime
    await answer(started, ada("k1"), "law1.1:1:7")
    await answer(started, ada("k2", team="G2"), "law1.1:1:7")
    slack = ada("k3", platform="slack", team="T1")
    await answer(started, slack, "law1.1:1:7")
    gone = await view(started, ada(), "forget-me-confirm")
    assert isinstance(gone, ForgottenView) and (gone.learners, gone.answers) == (2, 2)
    after = await view(started, ada(), "progress")
    assert isinstance(after, ProgressView) and not after.skills
    kept = await view(started, slack, "progress")
    assert isinstance(kept, ProgressView) and kept.skills


async def test_without_a_memory_the_commands_say_so() -> None:
    """A runtime without a learner memory answers the memory commands with a clear word."""
    async with Runtime(workers=1) as started:
        reply = await run(started, ada(), "progress", "ja")
    assert reply.error and reply.text == t("memory.off", "ja")


async def test_a_database_that_is_down_is_said_plainly() -> None:
    """With the database unreachable, /progress says progress cannot be read right now."""
    dead = f"postgresql+asyncpg://napier@127.0.0.1:{free_port()}/postgres"
    memory = Memory(lambda: Store.open(dead, timeout=1), retry=3600)
    async with Runtime(workers=1, memory=memory) as started:
        reply = await run(started, ada(), "leaderboard")
    assert reply.error and reply.text == t("memory.down", "en")


async def test_a_daily_problem_is_posted_once_by_several_processes(postgres: Postgres) -> None:
    """Two runtimes sharing one database look at the clock at once: the day's problem is posted
    once, at the server's local time, and again the next day."""
    url = postgres.create_database()
    clock = Clock()
    posted: list[tuple[str, str, str]] = []

    async def poster(server: ServerSettings, reply: Reply, args: dict[str, str], locale: str):
        posted.append((server.team, server.daily_channel or "", reply.title))

    async with (
        Runtime(workers=1, memory=Memory(lambda: Store.open(url)), clock=clock) as one,
        Runtime(workers=1, memory=Memory(lambda: Store.open(url)), clock=clock) as two,
    ):
        one.daily.posters["discord"] = two.daily.posters["discord"] = poster
        boss = ada(admin=True, channel="C7")
        await run(
            one, boss, "settings", scope="server", daily="on", time="09:00", timezone="Asia/Tokyo"
        )
        clock.now = datetime(2026, 11, 2, 23, 59, tzinfo=UTC)  # 08:59 in Tokyo
        assert await one.daily.tick() + await two.daily.tick() == 0
        clock.now = datetime(2026, 11, 3, 0, 1, tzinfo=UTC)  # 09:01 in Tokyo
        counts = [await one.daily.tick(), await two.daily.tick(), await one.daily.tick()]
        assert sorted(counts) == [0, 0, 1]
        clock.now += timedelta(days=1)
        assert await two.daily.tick() + await one.daily.tick() == 1
    assert [(team, channel) for team, channel, _ in posted] == [("G1", "C7"), ("G1", "C7")]
    assert all(title for _, _, title in posted) and posted[0][2] != posted[1][2]


async def test_a_fast_right_answer_at_the_top_level_is_reviewed_later(
    memory_runtime: tuple[Runtime, Clock],
) -> None:
    """Right at level 3 within a minute of the exercise being shown is rated Easy: its review
    comes much later than after a right answer given slowly (Good)."""
    started, clock = memory_runtime
    now = clock.now.timestamp()
    fast = ada("f1", user="100000000000000111", shown=now - 20)
    slow = ada("s1", user="100000000000000222", shown=now - 600)
    await answer(started, fast, "law1.2:3:4")
    await answer(started, slow, "law1.2:3:4")
    fast_view = await view(started, fast, "progress")
    slow_view = await view(started, slow, "progress")
    assert isinstance(fast_view, ProgressView) and isinstance(slow_view, ProgressView)
    assert fast_view.next_due > slow_view.next_due
    fast_due = datetime.fromisoformat(fast_view.next_due)
    assert fast_due - clock.now > timedelta(days=1)
