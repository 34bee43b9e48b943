"""Fixtures shared by the tests: one warm Runtime for the whole session."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.runtime import Runtime


@pytest.fixture(scope="session")
async def runtime() -> AsyncIterator[Runtime]:
    """A started Runtime with two real worker processes, shared by every async test."""
    async with Runtime(workers=2, timeout=5) as started:
        yield started
