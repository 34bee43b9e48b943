"""The runtime records practice in the learner memory, once per request, and degrades clearly."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import quiz_command
from servers import Postgres, free_port

from bot.runtime import Runtime
from bot.runtime.memory import Caller, Memory
from bot.storage import Store
from napier.i18n import t


@pytest.fixture(scope="module")
def quiz() -> AsyncIterator[None]:
    with quiz_command.registered():
        yield


def caller(key: str, user: str = "U1") -> Caller:
    return Caller("discord", "G1", user, name="Ada", channel="C1", key=key)


async def answers(store: Store, user: str = "U1") -> tuple[int, int]:
    """(right, total) answers of the learner of ``caller(…, user)``."""
    learner = await store.find_learner("discord", "G1", user)
    assert learner is not None
    progress = await store.progress(learner, datetime.now(UTC))
    skill = next(s for s in progress.skills if s.skill == "quiz")
    return skill.correct, skill.total


async def test_an_answer_is_recorded_once_per_request(quiz: None, tmp_path: Path) -> None:
    """The same request (a retried interaction) is recorded once; a new request counts again;
    the reply itself is unchanged."""
    memory = Memory(lambda: Store.open(None, tmp_path))
    async with Runtime(workers=1, initializer="quiz_worker", memory=memory) as runtime:
        job = await runtime.admit(caller("I-1"), "quiz-check", {"answer": "8"})
        first = await runtime.execute(job, "en")
        again = await runtime.execute(job, "en")
        assert first.text == again.text == quiz_command.RIGHT
        wrong = await runtime.admit(caller("I-2"), "quiz-check", {"answer": "6"})
        await runtime.execute(wrong, "en")
        assert memory.store is not None
        assert await answers(memory.store) == (1, 2)


async def test_progress_survives_a_restart(quiz: None, tmp_path: Path) -> None:
    """What one runtime recorded in the SQLite file, the next one finds."""
    for key in ("A", "B"):
        memory = Memory(lambda: Store.open(None, tmp_path))
        async with Runtime(workers=1, initializer="quiz_worker", memory=memory) as runtime:
            await runtime.execute(
                await runtime.admit(caller(key), "quiz-check", {"answer": "8"}), "en"
            )
    async with await Store.open(None, tmp_path) as store:
        assert await answers(store) == (2, 2)


async def test_database_down_gives_the_lesson_with_a_clear_word(quiz: None) -> None:
    """With no database to reach, the answer is still checked and the learner is told that
    progress is not being saved."""
    dead = f"postgresql+asyncpg://napier@127.0.0.1:{free_port()}/postgres"
    memory = Memory(lambda: Store.open(dead, timeout=1), retry=3600)
    async with Runtime(workers=1, initializer="quiz_worker", memory=memory) as runtime:
        assert not memory.available
        for locale in ("en", "ja"):
            reply = await runtime.execute(
                await runtime.admit(caller(f"D-{locale}"), "quiz-check", {"answer": "8"}), locale
            )
            assert quiz_command.RIGHT in reply.text and not reply.error
            assert t("memory.unavailable", locale) in reply.text


async def test_the_memory_comes_back_when_the_database_does(quiz: None, postgres: Postgres) -> None:
    """Opened in the background: once the database answers, answers are recorded again."""
    url = postgres.create_database()
    dead = f"postgresql+asyncpg://napier@127.0.0.1:{free_port()}/postgres"
    targets = [dead]
    memory = Memory(lambda: Store.open(targets[0], timeout=1), retry=0.2)
    async with Runtime(workers=1, initializer="quiz_worker", memory=memory) as runtime:
        assert not memory.available
        targets[0] = url
        for _ in range(100):
            if memory.available:
                break
            await asyncio.sleep(0.1)
        reply = await runtime.execute(
            await runtime.admit(caller("R-1"), "quiz-check", {"answer": "8"}), "en"
        )
        assert t("memory.unavailable", "en") not in reply.text
        assert memory.store is not None
        assert await answers(memory.store) == (1, 1)
