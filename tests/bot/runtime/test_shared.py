"""State shared by replicas through a real Redis: one rate limit and one memory of requests for
every replica, and each replica on its own (never failing) while Redis is unreachable."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from servers import RedisServer, free_port

from bot.runtime import Runtime
from bot.runtime.shared import SharedState, from_settings, local
from bot.settings import Settings
from napier.errors import UserError


def settings_for(url: str | None, burst: int = 3) -> Settings:
    return Settings(
        _env_file=None,
        napier_redis_url=url,
        napier_rate_burst=burst,
        napier_rate_per_minute=6,
        napier_redis_timeout=1.0,
    )


@pytest.fixture
async def replicas(redis_server: RedisServer) -> AsyncIterator[list[SharedState]]:
    """The shared state of two replicas on the same Redis."""
    states = [from_settings(settings_for(redis_server.url)) for _ in range(2)]
    yield states
    for state in states:
        await state.close()


def person() -> str:
    return f"discord:{uuid.uuid4().hex}"


async def test_two_replicas_count_one_burst_per_person(replicas: list[SharedState]) -> None:
    """A burst of 3 is 3 commands across both replicas: the fourth, on either, is told to wait
    up to the 10 s one command takes to refill at 6 per minute; another person is not."""
    first, second = replicas
    me = person()
    waits = [await state.limiter.acquire(me) for state in (first, second, first)]
    assert waits == [0.0, 0.0, 0.0]
    refused = await second.limiter.acquire(me)
    assert 0 < refused <= 10
    assert await first.limiter.acquire(me) > 0
    assert await second.limiter.acquire(person()) == 0.0


async def test_replicas_without_redis_count_alone() -> None:
    """Without Redis each process keeps its own buckets: the same person gets a full burst on
    each of two replicas."""
    first, second = local(settings_for(None)), local(settings_for(None))
    me = person()
    assert [await first.limiter.acquire(me) for _ in range(3)] == [0.0] * 3
    assert [await second.limiter.acquire(me) for _ in range(3)] == [0.0] * 3
    assert await first.limiter.acquire(me) > 0


async def test_a_request_is_first_on_one_replica_only(replicas: list[SharedState]) -> None:
    """The same request key is new once across replicas; a different key is new."""
    first, second = replicas
    key = f"discord:{uuid.uuid4().int}"
    assert await first.dedup.first(key)
    assert not await second.dedup.first(key)
    assert not await first.dedup.first(key)
    assert await second.dedup.first(key + "0")


async def test_unreachable_redis_leaves_each_replica_on_its_own() -> None:
    """With nothing listening at the Redis URL, the limit and the memory of requests still
    work in the process (no exception reaches the caller), and the health check says so."""
    state = from_settings(settings_for(f"redis://127.0.0.1:{free_port()}/0"))
    try:
        me = person()
        assert [await state.limiter.acquire(me) for _ in range(3)] == [0.0] * 3
        assert await state.limiter.acquire(me) > 0
        assert await state.dedup.first("slack:x") and not await state.dedup.first("slack:x")
        assert await state.ping() is False
        assert state.report.failures >= 5
    finally:
        await state.close()


async def test_runtime_admission_uses_the_shared_limit(redis_server: RedisServer) -> None:
    """Two runtimes on one Redis refuse the same person past one burst, with the message that
    says how long to wait."""
    settings = settings_for(redis_server.url, burst=2)
    runtimes = [Runtime(settings, workers=1, shared=from_settings(settings)) for _ in range(2)]
    try:
        who = f"learner-{uuid.uuid4().hex}"
        await runtimes[0].admit(who, "pow", {"base": "2", "exponent": "3"})
        await runtimes[1].admit(who, "pow", {"base": "2", "exponent": "3"})
        with pytest.raises(UserError) as refused:
            await runtimes[0].admit(who, "pow", {"base": "2", "exponent": "3"})
        assert refused.value.key == "runtime.rate_limited"
        assert 1 <= refused.value.params["seconds"] <= 10
    finally:
        for runtime in runtimes:
            await runtime.close()
