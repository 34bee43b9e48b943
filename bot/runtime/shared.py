"""State that several replicas share: in Redis when ``NAPIER_REDIS_URL`` is set, else here.

- The rate limit: the same token bucket as ``RateLimiter``, kept in a Redis hash and updated
  by one Lua script (Redis runs a script atomically, and its clock is the one clock every
  replica reads). The ``limits`` library offers fixed and moving windows but no token bucket,
  and what a learner sees — a burst, then a steady rate, and "try again in N s" — must be
  the same with and without Redis.
- Deduplication of platform requests: ``SET key 1 NX EX ttl``.
- The reply cache: see ``bot.runtime.shared_cache``.

Redis is a cache and a counter here, never the only copy of anything a learner did (that is
the database). When it cannot be reached, each replica falls back to its own memory for the
rate limit and the deduplication, and computes replies without the shared cache; every wait
on Redis is bounded by ``NAPIER_REDIS_TIMEOUT``.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.runtime.dedup import Deduplicator, SeenRequests
from bot.runtime.rate_limit import Limiter, RateLimiter
from bot.settings import Settings

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)

PREFIX = "napier:"
WARN_EVERY = 30.0  # seconds between two warnings that Redis is unreachable

# KEYS[1]: the bucket; ARGV: burst, tokens per second. Returns the wait in seconds (a string:
# Redis turns Lua numbers into integers).
TOKEN_BUCKET = """
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1000000
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or t
tokens = math.min(burst, tokens + math.max(0, t - at) * rate)
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = (1 - tokens) / rate
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'at',
           string.format('%.6f', t))
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 1)
return string.format('%.6f', wait)
"""


class Unreachable:
    """Logs that Redis is unreachable at most every ``WARN_EVERY`` seconds."""

    def __init__(self) -> None:
        self._last = -WARN_EVERY
        self.failures = 0

    def __call__(self, what: str, error: BaseException) -> None:
        self.failures += 1
        now = time.monotonic()
        if now - self._last >= WARN_EVERY:
            self._last = now
            log.warning("Redis unreachable (%s: %s); this replica uses its own memory", what, error)


def _errors() -> tuple[type[BaseException], ...]:
    from redis.exceptions import RedisError

    return (RedisError, OSError, TimeoutError)


class RedisRateLimiter:
    """The token bucket of ``RateLimiter`` in Redis, one hash per person (it expires once
    full again); ``fallback`` counts alone while Redis is unreachable."""

    def __init__(
        self,
        redis: Redis,
        burst: int,
        per_minute: float,
        fallback: RateLimiter,
        report: Unreachable,
    ) -> None:
        self.burst = burst
        self.rate = per_minute / 60.0
        self.fallback = fallback
        self._script = redis.register_script(TOKEN_BUCKET)
        self._report = report
        self._errors = _errors()

    async def acquire(self, key: str) -> float:
        try:
            wait = await self._script(keys=[f"{PREFIX}rate:{key}"], args=[self.burst, self.rate])
        except self._errors as error:
            self._report("rate limit", error)
            return self.fallback.take(key)
        return float(wait)


class RedisDeduplicator:
    """Request keys in Redis for ``ttl`` seconds (``SET NX EX``); ``fallback`` while Redis is
    unreachable."""

    def __init__(self, redis: Redis, ttl: int, fallback: SeenRequests, report: Unreachable) -> None:
        self.redis = redis
        self.ttl = ttl
        self.fallback = fallback
        self._report = report
        self._errors = _errors()

    async def first(self, key: str) -> bool:
        try:
            return bool(await self.redis.set(f"{PREFIX}seen:{key}", b"1", nx=True, ex=self.ttl))
        except self._errors as error:
            self._report("deduplication", error)
            return self.fallback.first_now(key)


@dataclass
class SharedState:
    """The rate limit and the deduplication of one replica, and Redis when there is one."""

    limiter: Limiter
    dedup: Deduplicator
    redis: Redis | None = None
    report: Unreachable = field(default_factory=Unreachable)

    @property
    def where(self) -> str:
        return "redis" if self.redis is not None else "memory"

    async def ping(self) -> bool | None:
        """Whether Redis answers (None: no Redis configured)."""
        if self.redis is None:
            return None
        try:
            return bool(await self.redis.ping())
        except _errors():
            return False

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()


def local(settings: Settings, **overrides: Any) -> SharedState:
    """Everything in this process (the embedded bot, and tests)."""
    return SharedState(
        limiter=RateLimiter(
            burst=int(overrides.get("rate_burst", settings.napier_rate_burst)),
            per_minute=float(overrides.get("rate_per_minute", settings.napier_rate_per_minute)),
        ),
        dedup=SeenRequests(settings.napier_dedup_seconds),
    )


def connect(url: str, timeout: float) -> Redis:
    """A Redis client for ``url`` whose every wait is bounded by ``timeout`` seconds."""
    from redis.asyncio import Redis

    return Redis.from_url(
        url,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        health_check_interval=30,
    )


def from_settings(settings: Settings, **overrides: Any) -> SharedState:
    """Redis when ``NAPIER_REDIS_URL`` is set, else this process's memory."""
    mine = local(settings, **overrides)
    url = settings.redis_url
    if url is None:
        return mine
    redis = connect(url, settings.napier_redis_timeout)
    report = Unreachable()
    fallback = mine.limiter
    assert isinstance(fallback, RateLimiter) and isinstance(mine.dedup, SeenRequests)
    return SharedState(
        limiter=RedisRateLimiter(redis, fallback.burst, fallback.rate * 60, fallback, report),
        dedup=RedisDeduplicator(redis, settings.napier_dedup_seconds, mine.dedup, report),
        redis=redis,
        report=report,
    )
