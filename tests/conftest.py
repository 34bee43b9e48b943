"""Fixtures shared by the tests: one warm Runtime, one PostgreSQL and one Redis server per
session, and a guard that fails any test which leaves a global precision changed
(``precision_guard.py``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from precision_guard import precision_unchanged  # noqa: F401  (an autouse fixture)
from servers import Postgres, RedisServer, start_postgres, start_redis

from bot.runtime import Runtime


@pytest.fixture(scope="session")
async def runtime() -> AsyncIterator[Runtime]:
    """A started Runtime with two real worker processes, shared by every async test."""
    async with Runtime(workers=2, timeout=5) as started:
        yield started


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """A real PostgreSQL server on loopback for the whole session (see ``servers.py``)."""
    server = start_postgres()
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A real Redis server on loopback for the whole session (see ``servers.py``)."""
    server = start_redis()
    try:
        yield server
    finally:
        server.remove()
