"""Alembic migrations, run programmatically: at ``Store.open`` and by ``python -m bot migrate``.

The whole upgrade is one transaction (both databases have transactional DDL), taken under a
lock so that several bot processes starting at once migrate once: an advisory lock on
PostgreSQL, the write lock (``BEGIN IMMEDIATE``) on SQLite.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
ADVISORY_LOCK = 0x4E61706965  # "Napie": one key for every Napier database on a server


def config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the project's migrations (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision."""
    revision = ScriptDirectory.from_config(config()).get_current_head()
    assert revision is not None
    return revision


def revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    """The revision the database on ``connection`` is at (None: never migrated)."""
    return MigrationContext.configure(connection).get_current_revision()


async def upgrade(engine: AsyncEngine, revision: str = "head") -> str | None:
    """Upgrade the database to ``revision``; returns the revision it is at afterwards."""

    def run(connection: Connection) -> str | None:
        before = current_revision(connection)
        command.upgrade(config(connection), revision)
        after = current_revision(connection)
        if after != before:
            log.info("database migrated from %s to %s", before or "empty", after)
        return after

    async with engine.connect() as connection:
        await connection.execution_options(napier_write=True)
        async with connection.begin():
            if connection.dialect.name == "postgresql":
                await connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK}
                )
            return await connection.run_sync(run)
