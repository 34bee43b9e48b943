"""The runtime: hung jobs are killed, replies cached, users rate-limited, workers reaped."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from processes import alive

from bot.runtime import Runtime, workers
from napier.commands import COMMANDS
from napier.errors import UserError
from napier.i18n import t


@pytest.fixture
def sleep_command() -> Iterator[str]:
    """``/sleep`` registered here and (through the initializer) in the workers."""
    import slow_command

    COMMANDS[slow_command.NAME] = slow_command.SLEEP
    COMMANDS[slow_command.HOG_NAME] = slow_command.HOG
    yield "slow_worker"
    COMMANDS.pop(slow_command.NAME, None)
    COMMANDS.pop(slow_command.HOG_NAME, None)


async def test_hung_job_is_killed_and_the_next_one_answered(sleep_command: str) -> None:
    """A job past the time limit gets the time-out reply, its worker is killed and replaced,
    and the next job is answered by the replacement."""
    async with Runtime(workers=1, timeout=1, initializer=sleep_command) as runtime:
        (first,) = runtime.pool.pids
        started = asyncio.get_running_loop().time()
        reply = await runtime.execute(await runtime.admit("a", "sleep", {"seconds": "30"}), "ja")
        assert asyncio.get_running_loop().time() - started < 1 + 10
        assert reply.error
        assert reply.text == t("runtime.timeout", "ja", seconds="1")
        after = await runtime.execute(await runtime.admit("a", "sleep", {"seconds": "0"}), "en")
        assert not after.error and after.text == "slept 0 s"
        assert not alive(first)
        assert runtime.pool.replaced == 1
        assert runtime.pool.pids and first not in runtime.pool.pids


async def test_memory_cap_stops_a_greedy_job_and_the_next_one_is_answered(
    sleep_command: str,
) -> None:
    """A job that needs more than the worker's address-space cap gets the memory message; the
    worker is replaced and answers the next job."""
    async with Runtime(workers=1, timeout=20, memory_mb=1024, initializer=sleep_command) as runtime:
        (first,) = runtime.pool.pids
        reply = await runtime.execute(await runtime.admit("m", "hog", {"seconds": "4096"}), "en")
        assert reply.error and reply.problem == "limit"
        assert reply.text == t("runtime.memory", "en")
        small = await runtime.execute(await runtime.admit("m", "hog", {"seconds": "8"}), "en")
        assert not small.error and small.text == "held 8 MiB"
        assert first not in runtime.pool.pids


async def test_a_job_that_waits_too_long_for_a_worker_is_told_it_is_busy(
    sleep_command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every worker busy past the queue limit, a waiting job gets the busy message
    instead of waiting forever, and the busy worker's job still completes."""
    monkeypatch.setattr(workers, "QUEUE_TIMEOUT", 0.5)
    async with Runtime(workers=1, timeout=10, initializer=sleep_command) as runtime:
        slow = asyncio.create_task(
            runtime.execute(await runtime.admit("q", "sleep", {"seconds": "2"}), "en")
        )
        await asyncio.sleep(0.2)
        waiting = await runtime.execute(await runtime.admit("r", "sleep", {"seconds": "0"}), "ja")
        assert waiting.error and waiting.text == t("runtime.busy", "ja")
        assert (await slow).text == "slept 2 s"


async def test_identical_requests_render_once(runtime: Runtime) -> None:
    """The same command, arguments and locale are answered from the cache the second time,
    and two identical jobs in flight share one computation."""
    job = await runtime.admit("cache-test", "pow", {"base": "7", "exponent": "5"})
    hits = runtime.cache.hits
    first = await runtime.execute(job, "en")
    second = await runtime.execute(job, "en")
    assert not first.error
    assert second is first
    assert runtime.cache.hits == hits + 1
    other_locale = await runtime.execute(job, "ja")
    assert other_locale is not first and other_locale.text != first.text
    twin = await runtime.admit("cache-test", "pow", {"base": "7", "exponent": "6"})
    together = await asyncio.gather(runtime.execute(twin, "en"), runtime.execute(twin, "en"))
    assert together[0] is together[1]


async def test_rate_limit_says_when_to_retry_per_user() -> None:
    """Past the burst a user is refused with the seconds to wait; other users are not."""
    runtime = Runtime(workers=1, rate_burst=2, rate_per_minute=6)
    for _ in range(2):
        await runtime.admit("eager", "pow", {"base": "2", "exponent": "3"})
    with pytest.raises(UserError) as refused:
        await runtime.admit("eager", "pow", {"base": "2", "exponent": "3"})
    assert refused.value.key == "runtime.rate_limited"
    assert 1 <= refused.value.params["seconds"] <= 10
    await runtime.admit("patient", "pow", {"base": "2", "exponent": "3"})


async def test_bad_input_is_refused_at_admission() -> None:
    """Input the parser rejects raises a UserError at once, before any worker is involved."""
    runtime = Runtime(workers=1)
    with pytest.raises(UserError):
        await runtime.admit("someone", "pow", {"base": "__import__('os')"})
    with pytest.raises(UserError) as unknown:
        await runtime.admit("someone", "rm", {})
    assert unknown.value.key == "command.unknown"


async def test_shutdown_leaves_no_worker_behind() -> None:
    """After close, every worker process is gone and new work is refused with a message."""
    runtime = Runtime(workers=2, timeout=5)
    await runtime.start()
    pids = runtime.pool.pids
    assert len(pids) == 2 and all(alive(pid) for pid in pids)
    job = await runtime.admit("late", "pow", {"base": "2", "exponent": "9"})
    await runtime.close()
    assert not any(alive(pid) for pid in pids)
    with pytest.raises(UserError) as refused:
        await runtime.admit("late", "pow", {"base": "2", "exponent": "3"})
    assert refused.value.key == "runtime.shutting_down"
    reply = await runtime.execute(job, "en")
    assert reply.error and reply.text == t("runtime.shutting_down", "en")


async def test_shutdown_lets_a_job_in_flight_finish_within_the_grace_period(
    sleep_command: str,
) -> None:
    """A job already running when shutdown starts is answered normally within the grace."""
    runtime = Runtime(workers=1, timeout=10, initializer=sleep_command)
    await runtime.start()
    running = asyncio.create_task(
        runtime.execute(await runtime.admit("g", "sleep", {"seconds": "1"}), "en")
    )
    await asyncio.sleep(0.2)
    await runtime.close(grace=10)
    assert (await running).text == "slept 1 s"


async def test_shutdown_answers_a_job_past_the_grace_period_with_a_message(
    sleep_command: str,
) -> None:
    """A job still running when the grace period ends gets the 'restarting' message."""
    runtime = Runtime(workers=1, timeout=30, initializer=sleep_command)
    await runtime.start()
    pids = runtime.pool.pids
    running = asyncio.create_task(
        runtime.execute(await runtime.admit("g", "sleep", {"seconds": "20"}), "ja")
    )
    await asyncio.sleep(0.2)
    await runtime.close(grace=0.5)
    reply = await asyncio.wait_for(running, 10)
    assert reply.error and reply.text == t("runtime.shutting_down", "ja")
    assert not any(alive(pid) for pid in pids)
