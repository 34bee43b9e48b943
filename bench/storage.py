"""The learner memory against its floors, on SQLite and on PostgreSQL.

Run ``python bench/storage.py [--runs N]``. For each database (a SQLite file in a temporary
folder; a temporary PostgreSQL server with fsync on, started like the tests' fixture), it
times as medians after a warm-up:

- ``Store.record_answer`` (lock the learner, idempotent insert, FSRS update, commit) against
  the floor of one bare SQL ``INSERT`` of an answer row in its own committed transaction;
- ``Store.progress`` for a learner with 10,000 answers (per-skill counts, cards, streak)
  against one bare aggregate ``SELECT count(*), sum(…)`` over that learner's answers;
- ``Store.leaderboard`` (week) for a server with 1,000 learners (20,000 answers) against one
  bare aggregate over that server's right answers;

and prints each as a ratio to its floor.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

from sqlalchemy import insert, select, text

from bot.storage import Store
from bot.storage.models import Answer, Learner

sys.path.append(str(Path(__file__).resolve().parents[1] / "tests"))  # after bot is imported
from servers import start_postgres

NOW = datetime(2026, 6, 4, 12, 0, tzinfo=UTC)  # a Thursday: half a week of answers
SKILLS = [f"skill{i}" for i in range(12)]
_keys = count()


async def median_ms(work: Callable[[], Awaitable[object]], runs: int) -> float:
    """The median wall time of ``work`` in milliseconds, after two warm-up calls."""
    for _ in range(2):
        await work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        await work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def answers_for(learner_id: int, n: int, days: int, rng: random.Random) -> list[dict[str, object]]:
    rows = []
    for i in range(n):
        at = NOW - timedelta(days=days * (n - i) / n, minutes=rng.randrange(600))
        skill = rng.choice(SKILLS)
        rows.append(
            {
                "request_key": f"seed:{next(_keys)}",
                "learner_id": learner_id,
                "at": at,
                "day": at.date(),
                "exercise": f"{skill}:{1 + i % 3}:{rng.randrange(10**6)}",
                "skill": skill,
                "level": 1 + i % 3,
                "answer": "2^5",
                "correct": rng.random() < 0.7,
                "mistake": "",
                "hints": 0,
                "elapsed": float(rng.randrange(5, 120)),
            }
        )
    return rows


async def fill(store: Store) -> tuple[int, str]:
    """One learner with 10,000 answers; a server 'big' of 1,000 learners with 20 each."""
    rng = random.Random(7)
    heavy = await store.learner("discord", "solo", "heavy", display_name="Heavy", locale="en")
    async with store.engine.begin() as connection:
        await connection.execute(insert(Answer), answers_for(heavy.id, 10_000, 200, rng))
        learners = [
            {"platform": "discord", "team": "big", "user_id": f"u{i}", "display_name": f"User {i}"}
            | {"locale": "en", "created_at": NOW - timedelta(days=90)}
            for i in range(1000)
        ]
        await connection.execute(insert(Learner), learners)
        query = select(Learner.id).where(Learner.team == "big")
        ids = (await connection.execute(query)).scalars().all()
        rows = [row for learner_id in ids for row in answers_for(learner_id, 20, 60, rng)]
        await connection.execute(insert(Answer), rows)
    async with store.engine.connect() as connection:  # table statistics, as a live database has
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text("ANALYZE"))
    await store.rebuild_review(heavy)
    return heavy.id, "big"


async def bench(name: str, store: Store, runs: int) -> list[tuple[str, float, float]]:
    heavy_id, team = await fill(store)
    heavy = await store.find_learner("discord", "solo", "heavy")
    recorder = await store.learner("discord", "solo", "writer", display_name="W", locale="en")
    assert heavy is not None and heavy.id == heavy_id
    engine = store.engine

    async def record() -> object:
        n = next(_keys)
        return await store.record_answer(
            recorder, key=f"bench:{n}", exercise=f"pow:2:{n}", skill=SKILLS[n % 12], level=2,
            answer="2^5", correct=n % 3 != 0, hints=0, elapsed=20.0, at=NOW,
        )  # fmt: skip

    insert_sql = text(
        "INSERT INTO answers (request_key, learner_id, at, day, exercise, skill, level, answer,"
        " correct, mistake, hints, elapsed) VALUES (:key, :learner, :at, :day, 'pow:2:1', 'pow',"
        " 2, '2^5', :ok, '', 0, 20.0)"
    )
    at = NOW.replace(tzinfo=None) if store.dialect == "sqlite" else NOW

    async def bare_insert() -> object:
        async with engine.begin() as connection:
            values = {"key": f"bare:{next(_keys)}", "learner": recorder.id, "at": at}
            return await connection.execute(insert_sql, values | {"day": NOW.date(), "ok": True})

    aggregate_sql = text(
        "SELECT count(*), sum(CASE WHEN correct THEN 1 ELSE 0 END) FROM answers"
        " WHERE learner_id = :learner"
    )

    async def bare_aggregate() -> object:
        async with engine.connect() as connection:
            return (await connection.execute(aggregate_sql, {"learner": heavy_id})).one()

    board_sql = text(
        "SELECT count(*) FROM answers JOIN learners ON learners.id = answers.learner_id"
        " WHERE learners.platform = 'discord' AND learners.team = :team AND answers.correct"
        " AND answers.at >= :start"
    )
    start = NOW - timedelta(days=NOW.weekday(), hours=12)
    start = start.replace(tzinfo=None) if store.dialect == "sqlite" else start

    async def bare_board() -> object:
        async with engine.connect() as connection:
            return (await connection.execute(board_sql, {"team": team, "start": start})).one()

    progress = await store.progress(heavy, NOW)
    assert sum(s.total for s in progress.skills) == 10_000
    board = await store.leaderboard("discord", team, "week", NOW)
    assert len(board) == 10
    results = []
    pairs = [
        ("record an answer", record, bare_insert),
        ("progress, 10,000 answers", lambda: store.progress(heavy, NOW), bare_aggregate),
        (
            "leaderboard, 1,000 learners",
            lambda: store.leaderboard("discord", team, "week", NOW),
            bare_board,
        ),
    ]
    for label, work, floor in pairs:
        floor_ms = await median_ms(floor, runs)
        work_ms = await median_ms(work, runs)
        results.append((f"{name}: {label}", work_ms, floor_ms))
    return results


async def main(runs: int) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        store = await Store.open(None, folder)
        try:
            rows += await bench("SQLite", store, runs)
        finally:
            await store.close()
    server = await asyncio.to_thread(start_postgres, True)
    try:
        store = await Store.open(server.url())
        try:
            rows += await bench("PostgreSQL", store, runs)
        finally:
            await store.close()
    finally:
        await asyncio.to_thread(server.remove)
    print(f"{'measure':<44} {'median ms':>10} {'floor ms':>10} {'ratio':>7}")
    for label, work_ms, floor_ms in rows:
        print(f"{label:<44} {work_ms:>10.2f} {floor_ms:>10.2f} {work_ms / floor_ms:>7.1f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs per measure")
    asyncio.run(main(parser.parse_args().runs))
