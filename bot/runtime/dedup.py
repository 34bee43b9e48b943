"""Each platform request handled once: a retried Slack request, a repeated interaction id.

``Deduplicator.first(key)`` is True for the first request with ``key`` within ``ttl`` seconds
and False for every repeat. ``SeenRequests`` remembers keys in this process;
``bot.runtime.shared.RedisDeduplicator`` in Redis (``SET key NX EX``), for every replica.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol


class Deduplicator(Protocol):
    async def first(self, key: str) -> bool:
        """Whether ``key`` is new (and remember it)."""
        ...


class SeenRequests:
    """Keys seen in the last ``ttl`` seconds, at most ``max_keys`` (the oldest forgotten)."""

    def __init__(
        self,
        ttl: float,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.max_keys = max_keys
        self.clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first_now(self, key: str) -> bool:
        now = self.clock()
        while self._seen:
            oldest, at = next(iter(self._seen.items()))
            if now - at < self.ttl and len(self._seen) < self.max_keys:
                break
            del self._seen[oldest]
        if key in self._seen:
            return False
        self._seen[key] = now
        return True

    async def first(self, key: str) -> bool:
        return self.first_now(key)
