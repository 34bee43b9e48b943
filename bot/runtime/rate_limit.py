"""A per-user token bucket: a burst of commands, then a steady rate.

``Limiter`` is what the runtime asks; ``RateLimiter`` keeps the buckets in this process, and
``bot.runtime.shared.RedisRateLimiter`` keeps the same buckets in Redis for every replica.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol


class Limiter(Protocol):
    """Counts commands per key (a person on a platform)."""

    burst: int

    async def acquire(self, key: str) -> float:
        """Take one command for ``key``: 0 when it may run, else the seconds to wait."""
        ...


class RateLimiter:
    """Allows ``burst`` commands at once per user, refilled at ``per_minute``.

    ``take(user)`` returns 0 when the command may run, else the seconds to wait. At most
    ``max_users`` buckets are kept (the least recently seen are forgotten).
    """

    def __init__(
        self,
        burst: int,
        per_minute: float,
        *,
        max_users: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst = burst
        self.rate = per_minute / 60.0
        self.max_users = max_users
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, user: str) -> float:
        now = self.clock()
        tokens, last = self._buckets.pop(user, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if tokens >= 1.0:
            self._buckets[user] = (tokens - 1.0, now)
            wait = 0.0
        else:
            self._buckets[user] = (tokens, now)
            wait = (1.0 - tokens) / self.rate
        while len(self._buckets) > self.max_users:
            self._buckets.popitem(last=False)
        return wait

    async def acquire(self, key: str) -> float:
        return self.take(key)

    @staticmethod
    def seconds(wait: float) -> int:
        """A wait rounded up to whole seconds for a message."""
        return max(1, math.ceil(wait))
