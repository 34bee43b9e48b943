"""The reply cache shared by replicas: Redis behind this process's own LRU.

A reply is stored under ``CacheKey.digest()`` — the same in every process for the same
command, request and language, and different for a different renderer version, so replicas
running different code never share an image — as the bytes of ``bot.runtime.codec`` (never a
pickle), with a TTL; the Redis server's ``maxmemory`` and ``allkeys-lru`` policy bound its
size. A hit in Redis is kept in the local LRU too, so a replica asks Redis once per reply it
has not seen. Redis being unreachable is a miss, never an error.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.runtime.cache import CacheKey, ReplyCache
from bot.runtime.codec import BadReply, decode, encode
from bot.runtime.shared import Unreachable, _errors
from napier.reply import Reply

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)


class RedisReplyCache:
    """Replies in Redis for every replica, in front of ``local`` (this process's LRU)."""

    def __init__(self, redis: Redis, local: ReplyCache, ttl: int, report: Unreachable) -> None:
        self.redis = redis
        self.local = local
        self.ttl = ttl
        self._report = report
        self._errors = _errors()
        self.shared_hits = 0

    @property
    def hits(self) -> int:
        return self.local.hits + self.shared_hits

    @property
    def misses(self) -> int:
        return self.local.misses - self.shared_hits

    async def get(self, key: CacheKey) -> Reply | None:
        found = self.local.get_now(key)
        if found is not None:
            return found
        try:
            data = await self.redis.get(key.digest())
        except self._errors as error:
            self._report("reply cache", error)
            return None
        if data is None:
            return None
        try:
            reply = decode(data)
        except BadReply as error:
            log.warning("unreadable reply in Redis under %s: %s", key.digest(), error)
            return None
        self.shared_hits += 1
        self.local.put_now(key, reply)
        return reply

    async def put(self, key: CacheKey, reply: Reply, *, keep: bool = False) -> None:
        """Keep ``reply`` here (``keep``: a common lesson, never evicted here) and in Redis."""
        self.local.put_now(key, reply, keep=keep)
        try:
            await self.redis.set(key.digest(), encode(reply), ex=self.ttl)
        except self._errors as error:
            self._report("reply cache", error)
