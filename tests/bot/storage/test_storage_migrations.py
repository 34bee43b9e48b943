"""The schema migrates forward: from nothing, and from the first release's schema with data in
it; the migrations build exactly the models; ``python -m bot migrate`` runs them alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fsrs import Rating, State
from servers import free_port
from sqlalchemy import make_url

from bot.storage import Store, migrate
from bot.storage.models import Base
from bot.storage.review import Attempt, replay
from bot.storage.store import create_engine, sqlite_url

if TYPE_CHECKING:
    from conftest import Database

ROOT = Path(__file__).resolve().parents[3]
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ZONE = ZoneInfo("Asia/Tokyo")


def url_of(database: Database) -> sa.URL:
    if database.url is None:
        database.data_dir.mkdir(parents=True, exist_ok=True)
        return sqlite_url(database.data_dir)
    return make_url(database.url)


async def test_all_migrations_on_an_empty_database_build_the_models(database: Database) -> None:
    """From nothing to head; the resulting schema has no difference from the models."""
    store = await Store.open(database.url, database.data_dir)
    try:
        assert await store.revision() == migrate.head() == migrate.revisions()[-1]

        def differences(connection: sa.Connection) -> list[object]:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))

        async with store.engine.connect() as connection:
            assert await connection.run_sync(differences) == []
    finally:
        await store.close()


# The first release's tables, as it wrote them (plain types: no code of today's models).
LEARNERS = sa.table(
    "learners",
    *(sa.column(name) for name in ("platform", "team", "user_id", "display_name", "locale")),
    sa.column("created_at", sa.DateTime(timezone=True)),
)
ANSWERS = sa.table(
    "answers",
    *(sa.column(n) for n in ("request_key", "learner_id", "exercise", "skill", "level", "answer")),
    *(sa.column(n) for n in ("correct", "mistake", "hints", "elapsed")),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("day", sa.Date()),
)
REVIEWS = sa.table(
    "reviews",
    sa.column("learner_id"),
    sa.column("skill"),
    sa.column("card"),
    sa.column("due", sa.DateTime(timezone=True)),
)
SERVERS = sa.table("servers", sa.column("platform"), sa.column("team"), sa.column("timezone"))


async def test_a_database_of_the_first_release_with_data_upgrades_to_head(
    database: Database,
) -> None:
    """Data written under the first migration reads back right after upgrading to head:
    learner, answers, review card, streak, settings; and new answers continue its cards."""
    url = url_of(database)
    engine = create_engine(url, 5)
    first = migrate.revisions()[0]
    attempts = [Attempt(T0 + timedelta(days=d), d != 1, 0, 2, 30.0) for d in range(3)]
    card = replay(attempts)
    assert card is not None
    try:
        assert await migrate.upgrade(engine, first) == first
        async with engine.begin() as connection:
            await connection.execute(
                sa.insert(SERVERS).values(platform="slack", team="T1", timezone="Asia/Tokyo")
            )
            learner_id = (
                await connection.execute(
                    sa.insert(LEARNERS)
                    .values(
                        platform="slack",
                        team="T1",
                        user_id="U1",
                        display_name="Aki",
                        locale="ja",
                        created_at=T0,
                    )
                    .returning(sa.column("id"))
                )
            ).scalar_one()
            for i, attempt in enumerate(attempts):
                local = attempt.at.astimezone(ZONE).date()
                await connection.execute(
                    sa.insert(ANSWERS).values(
                        request_key=f"slack:{i}",
                        learner_id=learner_id,
                        at=attempt.at,
                        day=local,
                        exercise=f"law1.1:2:{i}",
                        skill="law1.1",
                        level=2,
                        answer="a^5",
                        correct=attempt.correct,
                        mistake="" if attempt.correct else "law1.1.mul",
                        hints=0,
                        elapsed=30.0,
                    )
                )
            await connection.execute(
                sa.insert(REVIEWS).values(
                    learner_id=learner_id, skill="law1.1", card=card.to_json(), due=card.due
                )
            )
    finally:
        await engine.dispose()

    store = await Store.open(database.url, database.data_dir)
    try:
        assert await store.revision() == migrate.head()
        learner = await store.find_learner("slack", "T1", "U1")
        assert learner is not None and learner.leaderboard_visible and learner.created_at == T0
        assert (await store.server_settings("slack", "T1")).timezone == "Asia/Tokyo"
        progress = await store.progress(learner, T0 + timedelta(days=2, hours=1))
        skill = progress.skills[0]
        assert (skill.skill, skill.correct, skill.total, skill.due) == ("law1.1", 2, 3, card.due)
        assert progress.streak == 3
        stored = (await store.reviews(learner))["law1.1"].card
        assert stored.to_dict() == card.to_dict() and stored.state in State
        rebuilt = (await store.rebuild_review(learner))["law1.1"].card
        assert rebuilt.to_dict() == card.to_dict()
        result = await store.record_answer(
            learner, key="slack:new", exercise="law1.1:2:9", skill="law1.1", level=2,
            answer="a^5", correct=True, at=card.due,
        )  # fmt: skip
        assert result.new and result.rating == Rating.Good
        assert json.loads(result.review.card.to_json())["card_id"] == card.card_id
    finally:
        await store.close()


def run_migrate(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("NAPIER_", "DISCORD_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", "migrate"],
        env=clean | env, cwd=cwd, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_python_m_bot_migrate_creates_the_embedded_database(tmp_path: Path) -> None:
    """With no setting, `python -m bot migrate` makes napier.db in the data folder at head."""
    done = run_migrate({"NAPIER_DATA_DIR": str(tmp_path / "data")}, tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"schema revision {migrate.head()}" in done.stdout
    assert (tmp_path / "data" / "napier.db").is_file()
    default = run_migrate({}, tmp_path)  # the default folder is ./napier-data
    assert default.returncode == 0 and (tmp_path / "napier-data" / "napier.db").is_file()


def test_python_m_bot_migrate_on_postgresql(postgres, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With NAPIER_DATABASE_URL it migrates PostgreSQL; an unreachable one exits 1, clearly."""
    done = run_migrate({"NAPIER_DATABASE_URL": postgres.create_database()}, tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"schema revision {migrate.head()}" in done.stdout
    url = f"postgresql+asyncpg://napier:hunter22@127.0.0.1:{free_port()}/x"
    failed = run_migrate({"NAPIER_DATABASE_URL": url, "NAPIER_DATABASE_TIMEOUT": "1"}, tmp_path)
    assert failed.returncode == 1
    assert "database unavailable" in failed.stderr and "Traceback" not in failed.stderr
    assert "hunter22" not in failed.stderr + failed.stdout
    assert not (tmp_path / "napier-data").exists()  # no SQLite fallback behind the user's back


def test_migrations_are_a_single_line_of_history() -> None:
    """Each revision revises the one before it: one head, no branches to merge."""
    script = ScriptDirectory.from_config(migrate.config())
    revisions = migrate.revisions()
    assert script.get_heads() == [revisions[-1]] == [migrate.head()]
    parents = [script.get_revision(rev).down_revision for rev in revisions]
    assert parents == [None, *revisions[:-1]]
