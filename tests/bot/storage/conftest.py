"""Storage suites run against a SQLite file and against a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.storage import Store


@dataclass(frozen=True)
class Database:
    """Where a test's store lives: ``url`` None means SQLite in ``data_dir``."""

    kind: str
    url: str | None
    data_dir: Path


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    """A fresh, empty database of each kind."""
    if request.param == "sqlite":
        return Database("sqlite", None, tmp_path / "data")
    server = request.getfixturevalue("postgres")
    return Database("postgresql", server.create_database(), tmp_path / "data")


@pytest.fixture
async def store(database: Database) -> AsyncIterator[Store]:
    """An open store on a fresh database, migrated to the newest schema."""
    opened = await Store.open(database.url, database.data_dir)
    try:
        yield opened
    finally:
        await opened.close()
