"""Nothing lost, nothing doubled, never a hang: crashes, racing processes and databases that
are down, hung or locked."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from servers import MISSING, Postgres, free_port, postgres_bin, start_postgres
from sqlalchemy import select

from bot.storage import StorageUnavailable, Store
from bot.storage.models import Answer

if TYPE_CHECKING:
    from conftest import Database

CHILD = Path(__file__).with_name("storage_child.py")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HANG_GUARD = 60  # seconds: a call that takes this long has hung (the bound is a few seconds)


async def spawn(database: Database, prefix: str, count: int) -> asyncio.subprocess.Process:
    """Start a child process that records answers and wait until its store is open."""
    child = await asyncio.create_subprocess_exec(
        sys.executable, str(CHILD), database.url or "-", str(database.data_dir), prefix,
        str(count), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert child.stdout is not None
    line = await asyncio.wait_for(child.stdout.readline(), HANG_GUARD)
    assert line == b"ready\n", line
    return child


def go(child: asyncio.subprocess.Process) -> None:
    assert child.stdin is not None
    child.stdin.write(b"go\n")


async def lines(child: asyncio.subprocess.Process) -> list[list[str]]:
    assert child.stdout is not None
    out, _ = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    assert child.returncode == 0
    return [line.split() for line in out.decode().splitlines()]


async def stored_keys(store: Store) -> list[str]:
    async with store.engine.connect() as connection:
        return list((await connection.execute(select(Answer.request_key))).scalars())


def cards(states: dict) -> dict:  # type: ignore[type-arg]
    return {skill: state.card.to_dict() for skill, state in states.items()}


async def test_sigkill_between_answers_loses_nothing_committed(database: Database) -> None:
    """A process killed with SIGKILL mid-stream: every answer it reported committed is there,
    and each review still equals a replay of the log."""
    child = await spawn(database, "crash", 100_000)
    go(child)
    assert child.stdout is not None
    committed = []
    while len(committed) < 40:
        line = await asyncio.wait_for(child.stdout.readline(), HANG_GUARD)
        if line.startswith(b"committed"):
            committed.append(line.split()[1].decode())
    os.kill(child.pid, signal.SIGKILL)
    await child.wait()
    store = await Store.open(database.url, database.data_dir)
    try:
        keys = await stored_keys(store)
        assert set(committed) <= set(keys)
        assert len(keys) == len(set(keys)) >= 40
        learner = await store.find_learner("console", "local", "me")
        assert learner is not None
        before = await store.reviews(learner)
        assert cards(await store.rebuild_review(learner)) == cards(before)
        assert sum(s.total for s in (await store.progress(learner, T0)).skills) == len(keys)
    finally:
        await store.close()


async def test_two_processes_racing_the_same_requests_record_each_once(
    database: Database,
) -> None:
    """Two bot processes handed the same 40 requests at once: each is new in exactly one of
    them, the log holds 40 answers, and one process wins the day's daily post."""
    children = [await spawn(database, "same", 40) for _ in range(2)]
    for child in children:
        go(child)
    outputs = [await lines(child) for child in children]
    claims = [int(line[1]) for out in outputs for line in out if line[0] == "claim"]
    assert sorted(claims) == [0, 1]
    new = [line[1] for out in outputs for line in out if line[0] == "committed" and line[2] == "1"]
    assert sorted(new) == sorted(f"same:{i}" for i in range(40))
    store = await Store.open(database.url, database.data_dir)
    try:
        assert len(await stored_keys(store)) == 40
        learner = await store.find_learner("console", "local", "me")
        assert learner is not None
        before = await store.reviews(learner)
        assert cards(await store.rebuild_review(learner)) == cards(before)
    finally:
        await store.close()


async def test_two_stores_opening_a_new_database_at_once_both_work(database: Database) -> None:
    """Two processes starting together migrate the database once and both can write."""
    first, second = await asyncio.gather(
        Store.open(database.url, database.data_dir), Store.open(database.url, database.data_dir)
    )
    try:
        for store in (first, second):
            learner = await store.learner("slack", "T", "U", display_name="U", locale="ja")
            assert learner.team == "T"
        assert await first.revision() == await second.revision() is not None
    finally:
        await first.close()
        await second.close()


# --- a database that is down -------------------------------------------------------------------


async def every_call_is_unavailable(store: Store) -> None:
    """Each kind of call raises StorageUnavailable (and none hangs)."""
    from bot.storage import Learner

    ghost = Learner(1, "discord", "g", "u", "U", "en", True, T0)
    calls = [
        store.learner("discord", "g", "u", display_name="U", locale="en"),
        store.record_answer(
            ghost, key="k", exercise="e", skill="s", level=1, answer="a", correct=True, at=T0
        ),
        store.record_view(ghost, key="v", kind="hint", exercise="e", at=T0),
        store.progress(ghost, T0),
        store.most_due(ghost, T0),
        store.leaderboard("discord", "g", "week", T0),
        store.forget("discord", "u"),
        store.server_settings("discord", "g"),
        store.claim_daily_post("discord", "g", T0.date()),
    ]
    for call in calls:
        with pytest.raises(StorageUnavailable):
            await asyncio.wait_for(call, HANG_GUARD)


@pytest.fixture
async def own_postgres() -> AsyncIterator[Postgres]:
    """A PostgreSQL server this test may stop, freeze and restart."""
    server = await asyncio.to_thread(start_postgres)
    try:
        yield server
    finally:
        await asyncio.to_thread(server.remove)


async def test_postgres_stopped_then_restarted(own_postgres: Postgres) -> None:
    """With the server down every call raises StorageUnavailable; once it is back the same
    store works again, with the data committed before."""
    store = await Store.open(own_postgres.url(), timeout=2)
    try:
        learner = await store.learner("discord", "g", "u", display_name="U", locale="en")
        await store.record_answer(learner, key="k1", exercise="e:1:1", skill="s", level=1,
                                  answer="a", correct=True, at=T0)  # fmt: skip
        await asyncio.to_thread(own_postgres.stop, "immediate")
        await every_call_is_unavailable(store)
        await asyncio.to_thread(own_postgres.start)
        assert (await store.progress(learner, T0)).skills[0].total == 1
    finally:
        await store.close()


def server_pids(server: Postgres) -> list[int]:
    """The postmaster and its children."""
    postmaster = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    pids = [postmaster]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == postmaster:
                pids.append(int(entry))
    return pids


async def test_a_hung_postgres_server_gives_storage_unavailable_not_a_hang(
    own_postgres: Postgres,
) -> None:
    """A server that stops answering mid-session (SIGSTOP): calls fail within their bound;
    when it resumes, the store recovers."""
    store = await Store.open(own_postgres.url(), timeout=1)
    try:
        learner = await store.learner("discord", "g", "u", display_name="U", locale="en")
        pids = server_pids(own_postgres)
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        try:
            with pytest.raises(StorageUnavailable):
                await asyncio.wait_for(store.progress(learner, T0), HANG_GUARD)
            with pytest.raises(StorageUnavailable):
                await asyncio.wait_for(
                    store.record_view(learner, key="v", kind="hint", exercise="e", at=T0),
                    HANG_GUARD,
                )
        finally:
            for pid in pids:
                os.kill(pid, signal.SIGCONT)
        assert await store.record_view(learner, key="v2", kind="hint", exercise="e", at=T0)
        assert await store.hints_used(learner, "e") == 1
    finally:
        await store.close()


async def test_an_unreachable_or_silent_server_fails_to_open_quickly() -> None:
    """A refused port and a server that accepts but never speaks both raise StorageUnavailable."""
    with pytest.raises(StorageUnavailable, match="database unavailable"):
        await asyncio.wait_for(
            Store.open(f"postgresql+asyncpg://napier:pw@127.0.0.1:{free_port()}/x", timeout=1),
            HANG_GUARD,
        )
    held: list[asyncio.StreamWriter] = []

    async def silent(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        with pytest.raises(StorageUnavailable) as raised:
            await asyncio.wait_for(
                Store.open(f"postgresql+asyncpg://napier:secret@127.0.0.1:{port}/x", timeout=1),
                HANG_GUARD,
            )
        assert "secret" not in str(raised.value)
    finally:
        server.close()
        for writer in held:
            writer.close()


async def test_a_locked_sqlite_database_fails_writes_quickly_and_keeps_reads(
    tmp_path: Path,
) -> None:
    """Another process holding SQLite's write lock: writes raise StorageUnavailable after the
    busy time-out, reads still work (WAL), and writes work again once it lets go."""
    store = await Store.open(None, tmp_path, timeout=0.5)
    try:
        learner = await store.learner("console", "local", "me", display_name="Me", locale="en")
        other = sqlite3.connect(tmp_path / "napier.db", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StorageUnavailable, match="locked"):
                await asyncio.wait_for(
                    store.record_answer(
                        learner,
                        key="k",
                        exercise="e",
                        skill="s",
                        level=1,
                        answer="a",
                        correct=True,
                        at=T0,
                    ),
                    HANG_GUARD,
                )
            assert (await store.progress(learner, T0)).skills == ()
        finally:
            other.rollback()
            other.close()
        result = await store.record_answer(learner, key="k", exercise="e", skill="s", level=1,
                                           answer="a", correct=True, at=T0)  # fmt: skip
        assert result.new
    finally:
        await store.close()


async def test_an_unusable_data_folder_raises_storage_unavailable(tmp_path: Path) -> None:
    """A data folder that is a file (or cannot be created) gives StorageUnavailable."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageUnavailable):
        await Store.open(None, blocker)
    with pytest.raises(StorageUnavailable):
        await Store.open(None, blocker / "below")


def test_missing_postgresql_binaries_fail_with_the_package_to_install(tmp_path: Path) -> None:
    """Without initdb the server fixture fails (never skips), naming Debian's package."""
    with pytest.raises(RuntimeError) as raised:
        postgres_bin(str(tmp_path))
    assert str(raised.value) == MISSING and "apt-get install -y postgresql" in MISSING
    assert postgres_bin().joinpath("pg_ctl").is_file()
