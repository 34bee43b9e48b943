"""The runtime every adapter shares: admission, cache, rate limit, workers, shutdown.

Adapters call ``admit`` (fast: validates the input and the user's rate, raising
``UserError``), answer the platform at once, then ``await execute`` for the Reply. ``execute``
never raises for a user's input, a hung job or a bug: each becomes a Reply with ``error``
set and a clear message in the user's language. With a learner memory, ``execute`` also
records what the reply says the learner did (``Reply.event``), once per request.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from bot.runtime.cache import ReplyCache
from bot.runtime.memory import Caller, Memory
from bot.runtime.rate_limit import RateLimiter
from bot.runtime.workers import JobTimeout, PoolBusy, PoolClosed, WorkerDied, WorkerPool
from bot.settings import Settings, get_settings
from napier import commands
from napier.errors import UserError
from napier.i18n import t
from napier.printer import rounded
from napier.reply import Reply

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """An admitted command: its name, its parsed, hashable request, and who asked."""

    command: str
    request: Hashable
    caller: Caller | None = None


def caller_of(who: str | Caller) -> Caller:
    """A caller from an adapter's ``Caller`` or a bare user name (tests, tools)."""
    return who if isinstance(who, Caller) else Caller("console", "local", str(who))


def rejection(error: UserError, locale: str, problem: str = "input") -> Reply:
    """The private reply that tells a user why their input was rejected."""
    return Reply.rejected(t("error.title", locale), error.message(locale), problem)


class Runtime:
    """Runs commands for adapters off the event loop, within time, memory and rate limits."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        initializer: str | None = None,
        memory: Memory | None = None,
        **overrides: float,
    ) -> None:
        """``overrides`` replace settings (workers, timeout, memory_mb, cache_size, cache_mb,
        rate_burst, rate_per_minute); ``initializer`` is a module every worker imports;
        ``memory`` is the learner memory (none: nothing is recorded)."""
        settings = settings or get_settings()
        self.timeout = float(overrides.get("timeout", settings.napier_job_timeout))
        self.pool = WorkerPool(
            size=int(overrides.get("workers", settings.workers)),
            timeout=self.timeout,
            memory_mb=int(overrides.get("memory_mb", settings.napier_worker_memory_mb)),
            initializer=initializer,
        )
        self.cache = ReplyCache(
            max_entries=int(overrides.get("cache_size", settings.napier_cache_size)),
            max_bytes=int(overrides.get("cache_mb", settings.napier_cache_mb)) * 1024 * 1024,
        )
        self.limiter = RateLimiter(
            burst=int(overrides.get("rate_burst", settings.napier_rate_burst)),
            per_minute=float(overrides.get("rate_per_minute", settings.napier_rate_per_minute)),
        )
        self.memory = memory
        self._inflight: dict[tuple[str, Hashable, str], asyncio.Future[Reply]] = {}
        self._closing = False
        self._starting: asyncio.Future[None] | None = None

    async def start(self) -> None:
        """Start the worker processes and wait until they are warm (else the first job does);
        open the learner memory (in the background while its database is down)."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._start())
        await asyncio.shield(self._starting)

    async def _start(self) -> None:
        if self.memory is not None:
            await self.memory.start()
        await self.pool.start()

    async def __aenter__(self) -> Runtime:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def closing(self) -> bool:
        return self._closing

    def admit(self, who: str | Caller, command: str, raw: Mapping[str, object]) -> Job:
        """Check the caller's rate and the input; fast, raises UserError with the reason."""
        if self._closing:
            raise UserError("runtime.shutting_down")
        caller = caller_of(who)
        wait = self.limiter.take(caller.rate_key if isinstance(who, Caller) else str(who))
        if wait > 0:
            raise UserError("runtime.rate_limited", seconds=RateLimiter.seconds(wait))
        spec = commands.get(command)
        return Job(spec.name, spec.prepare(raw), caller)

    async def execute(self, job: Job, locale: str) -> Reply:
        """The Reply for an admitted job: cached, shared with an identical job in flight, or
        computed in a worker; what it says the learner did is recorded. Never raises for
        input, time-outs or bugs."""
        reply = await self._reply(job, locale)
        if reply.event is not None and self.memory is not None and job.caller is not None:
            saved = await self.memory.record(job.caller, locale, reply.event)
            if not saved:
                reply = notice(reply, t("memory.unavailable", locale))
        return reply

    async def _reply(self, job: Job, locale: str) -> Reply:
        key = (job.command, job.request, locale)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        future = self._inflight.get(key)
        if future is None:
            future = asyncio.ensure_future(self._compute(job, locale))
            self._inflight[key] = future
            future.add_done_callback(lambda _: self._inflight.pop(key, None))
        return await asyncio.shield(future)

    async def ask(self, user: str, command: str, raw: Mapping[str, object], locale: str) -> Reply:
        """``admit`` then ``execute``, with a rejected input answered as a Reply."""
        try:
            job = self.admit(user, command, raw)
        except UserError as error:
            return rejection(error, locale)
        return await self.execute(job, locale)

    async def _compute(self, job: Job, locale: str) -> Reply:
        if self._closing:
            return rejection(UserError("runtime.shutting_down"), locale, "limit")
        await self.start()
        try:
            kind, value = await self.pool.run((job.command, job.request, locale))
        except JobTimeout:
            log.warning("job /%s %r ran past %.1f s", job.command, job.request, self.timeout)
            timeout = UserError("runtime.timeout", seconds=rounded(Fraction(self.timeout), 3))
            return rejection(timeout, locale, "limit")
        except PoolClosed:
            return rejection(UserError("runtime.shutting_down"), locale, "limit")
        except PoolBusy:
            log.error("no worker free for /%s within the queue limit", job.command)
            return rejection(UserError("runtime.busy"), locale, "limit")
        except WorkerDied:
            log.error("worker died on /%s %r", job.command, job.request)
            return rejection(UserError("runtime.memory"), locale, "limit")
        if kind == "ok":
            self.cache.put((job.command, job.request, locale), value)
            return value
        if kind == "user":
            return rejection(value, locale)
        if kind == "memory":
            log.warning("job /%s %r ran out of memory", job.command, job.request)
            return rejection(UserError("runtime.memory"), locale, "limit")
        log.error("bug in /%s %r:\n%s", job.command, job.request, value)
        return Reply.rejected(t("error.title", locale), t("runtime.bug", locale), "bug")

    async def close(self, grace: float = 10.0) -> None:
        """Stop taking work, let jobs in flight finish for ``grace`` seconds, stop the workers.

        Jobs still running after the grace period are answered with a 'restarting' message.
        """
        if self._closing:
            return
        self._closing = True
        if self._starting is None:
            return
        pending = list(self._inflight.values())
        if pending:
            log.info("waiting for %d jobs in flight", len(pending))
            await asyncio.wait(pending, timeout=grace)
        await self.pool.close()
        if pending:
            await asyncio.wait(pending, timeout=5)
        if self.memory is not None:
            await self.memory.close()


def notice(reply: Reply, text: str) -> Reply:
    """``reply`` with a short notice after its text (e.g. progress not saved)."""
    return dataclasses.replace(reply, text=f"{reply.text}\n\n⚠ {text}".lstrip())
