"""The runtime every adapter shares: admission, cache, rate limit, workers, shutdown.

Adapters ``await admit`` (fast: validates the input and the user's rate, raising
``UserError``), answer the platform at once, then ``await execute`` for the Reply. ``execute``
never raises for a user's input, a hung job or a bug: each becomes a Reply with ``error``
set and a clear message in the user's language. With a learner memory, ``execute`` also
records what the reply says the learner did (``Reply.event``), once per request.

``start_soon`` lets a server accept commands at once: the workers import and warm up in the
background, then the common lessons (``Command.common``, every language, and /help) are
rendered one at a time and kept in the cache. Jobs that come earlier wait for the first warm
worker. The bot process itself never imports sympy, matplotlib or numpy.

The rate limit and the deduplication of platform requests live in a ``SharedState``: this
process's memory by default, Redis for replicas (``bot.runtime.shared``). ``observer``, when
set, is told each command's name, outcome and seconds (the metrics of ``bot.metrics``).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable, Hashable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.jobs import Caller, Job, notice, outcome_reply, rejection
from bot.runtime.cache import CacheKey, ReplyCache, ReplyStore, renderer_version
from bot.runtime.daily import DailyProblems
from bot.runtime.rate_limit import RateLimiter
from bot.runtime.shared import SharedState, local
from bot.runtime.shared_cache import RedisReplyCache
from bot.runtime.workers import JobTimeout, PoolBusy, PoolClosed, WorkerDied, WorkerPool
from bot.settings import Settings, get_settings
from napier import commands
from napier.command_line import parse_arguments
from napier.errors import UserError
from napier.help import help_reply
from napier.i18n import LOCALES, t
from napier.reply import Reply

if TYPE_CHECKING:
    from bot.runtime.memory import Memory  # the storage loads where a memory is made

log = logging.getLogger(__name__)


__all__ = ["Caller", "Job", "Runtime", "caller_of", "common_jobs", "notice", "rejection"]


def caller_of(who: str | Caller) -> Caller:
    """A caller from an adapter's ``Caller`` or a bare user name (tests, tools)."""
    return who if isinstance(who, Caller) else Caller("console", "local", str(who))


def common_jobs() -> list[Job]:
    """The common lessons of every visible command (``Command.common``), as jobs."""
    jobs = []
    for command in commands.visible():
        for text in command.common:
            jobs.append(Job(command.name, command.prepare(parse_arguments(command, text))))
    return jobs


class Runtime:
    """Runs commands for adapters off the event loop, within time, memory and rate limits."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        initializer: str | None = None,
        memory: Memory | None = None,
        clock: Callable[[], datetime] | None = None,
        shared: SharedState | None = None,
        **overrides: float,
    ) -> None:
        """``overrides`` replace settings (workers, timeout, memory_mb, cache_size, cache_mb,
        rate_burst, rate_per_minute); ``initializer`` is a module every worker imports;
        ``memory`` is the learner memory (none: nothing is recorded); ``clock`` gives the
        current time (aware, UTC) to the memory and the daily problems; ``shared`` the rate
        limit and deduplication (default: this process's own)."""
        settings = settings or get_settings()
        self.timeout = float(overrides.get("timeout", settings.napier_job_timeout))
        self.pool = WorkerPool(
            size=int(overrides.get("workers", settings.workers)),
            timeout=self.timeout,
            memory_mb=int(overrides.get("memory_mb", settings.napier_worker_memory_mb)),
            initializer=initializer,
        )
        # Replies in this process; a store shared by replicas (ReplyStore) can take its place.
        self.cache: ReplyStore = ReplyCache(
            max_entries=int(overrides.get("cache_size", settings.napier_cache_size)),
            max_bytes=int(overrides.get("cache_mb", settings.napier_cache_mb)) * 1024 * 1024,
        )
        self.shared = shared if shared is not None else local(settings, **overrides)
        if self.shared.redis is not None and isinstance(self.cache, ReplyCache):
            self.cache = RedisReplyCache(
                self.shared.redis, self.cache, settings.napier_cache_ttl, self.shared.report
            )
        self.limiter = self.shared.limiter
        self.dedup = self.shared.dedup
        self.observer: Callable[[str, str, float], None] | None = None
        self.memory = memory
        self.clock = clock or now
        self.daily = DailyProblems(self)
        self.version = renderer_version()
        self._inflight: dict[CacheKey, asyncio.Future[Reply]] = {}
        self._closing = False
        self._starting: asyncio.Future[None] | None = None
        self._opening: asyncio.Future[None] | None = None
        self._prerendering: asyncio.Task[int] | None = None
        self._help: dict[str, Reply] = {}

    def _start_background(self) -> asyncio.Future[None]:
        """Start the workers and open the learner memory, both at once, in the background."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(
                asyncio.gather(self._open_memory(), self.pool.start())
            )
            self._starting.add_done_callback(_log_failure)
        return self._starting

    def _open_memory(self) -> asyncio.Future[None]:
        """Open the learner memory (in the background while its database is down)."""
        if self._opening is None:
            opening = self.memory.start() if self.memory is not None else asyncio.sleep(0)
            self._opening = asyncio.ensure_future(opening)
        return self._opening

    async def start(self) -> None:
        """Start the worker processes and wait until they are warm (else the first job does);
        open the learner memory (in the background while its database is down)."""
        await asyncio.shield(self._start_background())

    def start_soon(self, *, prerender: bool = True) -> None:
        """Warm the workers and open the memory in the background, then (``prerender``) render
        the common lessons; returns at once, so that adapters connect meanwhile."""
        self._start_background()
        if prerender and self._prerendering is None:
            self._prerendering = asyncio.create_task(self.prerender())
            self._prerendering.add_done_callback(_log_failure)

    async def prerender(self) -> int:
        """Render every common lesson in every language, one job at a time (other workers
        stay free for users), and keep them in the cache; returns how many were kept."""
        started = time.perf_counter()
        kept = 0
        for locale in LOCALES:
            self.help(locale)
        for job in common_jobs():
            for locale in LOCALES:
                if self._closing:
                    return kept
                reply = await self.execute(job, locale)
                if not reply.error:
                    await self.cache.put(self.key(job, locale), reply, keep=True)
                    kept += 1
        log.info("%d common lessons ready in %.0f ms", kept, (time.perf_counter() - started) * 1000)
        return kept

    def key(self, job: Job, locale: str) -> CacheKey:
        """The cache key of ``job``'s reply in ``locale`` for this renderer version."""
        return CacheKey(job.command, job.request, locale, self.version)

    def help(self, locale: str) -> Reply:
        """The list of commands (/help), built once per language (in this process: it needs no
        worker) and kept."""
        reply = self._help.get(locale)
        if reply is None:
            reply = self._help[locale] = help_reply(locale)
        return reply

    async def __aenter__(self) -> Runtime:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def closing(self) -> bool:
        return self._closing

    async def admit(self, who: str | Caller, command: str, raw: Mapping[str, object]) -> Job:
        """Check the caller's rate and the input; fast, raises UserError with the reason."""
        if self._closing:
            raise UserError("runtime.shutting_down")
        caller = caller_of(who)
        wait = await self.limiter.acquire(caller.rate_key if isinstance(who, Caller) else str(who))
        known = command if command in commands.COMMANDS else "unknown"
        if wait > 0:
            self._observe(known, "rate_limited", 0.0)
            raise UserError("runtime.rate_limited", seconds=RateLimiter.seconds(wait))
        try:
            spec = commands.get(command)
            return Job(spec.name, spec.prepare(raw), caller)
        except UserError:
            self._observe(known, "input", 0.0)
            raise

    def _observe(self, command: str, outcome: str, seconds: float) -> None:
        if self.observer is not None:
            self.observer(command, outcome, seconds)

    async def execute(self, job: Job, locale: str) -> Reply:
        """The Reply for an admitted job: cached, shared with an identical job in flight, or
        computed in a worker; what it says the learner did is recorded. A memory command's
        request is first filled from the learner memory. Never raises for input, time-outs
        or bugs."""
        started = time.perf_counter()
        spec = commands.COMMANDS.get(job.command)
        if spec is not None and spec.memory:
            try:
                job = dataclasses.replace(job, request=await self._recall(spec.memory, job, locale))
            except UserError as error:
                return rejection(error, locale)
        reply = await self._reply(job, locale)
        self._observe(job.command, reply.problem or "ok", time.perf_counter() - started)
        if reply.event is not None and self.memory is not None and job.caller is not None:
            await asyncio.shield(self._open_memory())
            moment = self.clock()
            shown = job.caller.shown
            elapsed = max(0.0, moment.timestamp() - shown) if shown else None
            saved = await self.memory.record(job.caller, locale, reply.event, moment, elapsed)
            if not saved:
                reply = notice(reply, t("memory.unavailable", locale))
        return reply

    async def _recall(self, name: str, job: Job, locale: str) -> Hashable:
        """The view a memory command shows, read from the learner memory (UserError when
        there is none, or its database is down)."""
        if self.memory is None:
            raise UserError("memory.off")
        from bot.runtime.recall import RECALLS
        from bot.storage import StorageUnavailable

        await asyncio.shield(self._open_memory())
        try:
            return await RECALLS[name](
                self.memory, job.caller or caller_of("console"), job.request, locale, self.clock()
            )
        except StorageUnavailable:
            raise UserError("memory.down") from None

    async def _reply(self, job: Job, locale: str) -> Reply:
        key = self.key(job, locale)
        cached = await self.cache.get(key)
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
            job = await self.admit(user, command, raw)
        except UserError as error:
            return rejection(error, locale)
        return await self.execute(job, locale)

    async def _compute(self, job: Job, locale: str) -> Reply:
        if self._closing:
            return rejection(UserError("runtime.shutting_down"), locale, "limit")
        self._start_background()  # the job waits for the first warm worker
        try:
            kind, value = await self.pool.run((job.command, job.request, locale))
        except JobTimeout:
            kind, value = "timeout", None
        except PoolClosed:
            return rejection(UserError("runtime.shutting_down"), locale, "limit")
        except PoolBusy:
            log.error("no worker free for /%s within the queue limit", job.command)
            return rejection(UserError("runtime.busy"), locale, "limit")
        except WorkerDied:
            kind, value = "died", None
        reply = outcome_reply(kind, value, job, locale, self.timeout)
        if kind == "ok":
            await self.cache.put(self.key(job, locale), reply)
        return reply

    async def close(self, grace: float = 10.0) -> None:
        """Stop taking work, let jobs in flight finish for ``grace`` seconds, stop the workers.

        Jobs still running after the grace period are answered with a 'restarting' message.
        """
        if self._closing:
            return
        self._closing = True
        if self._prerendering is not None:
            self._prerendering.cancel()
        await self.daily.stop()
        if self._starting is None:
            await self.shared.close()
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
        await self.shared.close()


def now() -> datetime:
    """The current time, aware, in UTC (the memory's clock)."""
    return datetime.now(UTC)


def _log_failure(task: asyncio.Future[Any]) -> None:
    if task.cancelled():
        return
    error = task.exception()
    # A start-up cut short by the shutdown (its worker spawns cancelled) is no failure.
    if error is not None and not isinstance(error, asyncio.CancelledError):
        log.error("background start-up failed", exc_info=error)
