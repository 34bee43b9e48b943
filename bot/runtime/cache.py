"""A bounded LRU cache of replies, by entries and by bytes."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from napier.reply import Reply


def reply_size(reply: Reply) -> int:
    """Roughly how many bytes a reply holds (its files dominate)."""
    return (
        len(reply.text)
        + sum(len(s) for s in reply.steps)
        + sum(len(a.data) for a in reply.attachments)
        + 256
    )


class ReplyCache:
    """Keeps the most recently used replies: at most ``max_entries`` and ``max_bytes``."""

    def __init__(self, max_entries: int, max_bytes: int) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[Hashable, tuple[Reply, int]] = OrderedDict()
        self.bytes = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> Reply | None:
        item = self._items.get(key)
        if item is None:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return item[0]

    def put(self, key: Hashable, reply: Reply) -> None:
        size = reply_size(reply)
        if self.max_entries <= 0 or size > self.max_bytes:
            return
        old = self._items.pop(key, None)
        if old is not None:
            self.bytes -= old[1]
        self._items[key] = (reply, size)
        self.bytes += size
        while len(self._items) > self.max_entries or self.bytes > self.max_bytes:
            _, (_, dropped) = self._items.popitem(last=False)
            self.bytes -= dropped
