"""The reply cache: replies keyed by request, language and renderer version.

``ReplyStore`` is the interface the runtime uses; ``ReplyCache`` keeps replies in this
process (an LRU bounded by entries and bytes, plus the common lessons, kept apart from the
LRU). A store shared by several processes (Redis) implements the same two methods and keys
its entries by ``CacheKey.digest()``, which is the same in every process and changes with the
renderer version, so that replicas running different code never share an image.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Protocol

import napier.reply
from napier.reply import Reply

# What a reply shows depends on the core's code and on these libraries' versions.
RENDERING_LIBRARIES = ("matplotlib", "matplotlib-fontja", "sympy", "mpmath", "numpy", "pillow")


@cache
def renderer_version() -> str:
    """A short digest of the core's source and the rendering libraries' versions: it changes
    whenever what a reply shows can change (read once; imports none of those libraries)."""
    digest = hashlib.sha256()
    root = Path(napier.reply.__file__).parent  # the core's package folder
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    for name in RENDERING_LIBRARIES:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class CacheKey:
    """A reply's identity: its command, parsed request, language and renderer version."""

    command: str
    request: Hashable
    locale: str
    version: str

    def digest(self) -> str:
        """The key as text, equal in every process (``repr`` of a request is deterministic:
        requests are frozen dataclasses of strings, numbers and parse trees)."""
        request = hashlib.sha256(repr(self.request).encode()).hexdigest()[:32]
        return f"napier:reply:{self.version}:{self.command}:{self.locale}:{request}"


class ReplyStore(Protocol):
    """Where replies are kept: this process's memory, or a store shared by replicas."""

    async def get(self, key: CacheKey) -> Reply | None:
        """The reply stored under ``key``, or None."""
        ...

    async def put(self, key: CacheKey, reply: Reply, *, keep: bool = False) -> None:
        """Store ``reply``; ``keep`` marks a common lesson, never evicted for newer replies."""
        ...


def reply_size(reply: Reply) -> int:
    """Roughly how many bytes a reply holds (its files dominate)."""
    return (
        len(reply.text)
        + sum(len(s) for s in reply.steps)
        + sum(len(a.data) for a in reply.attachments)
        + 256
    )


class ReplyCache:
    """Replies in this process: the most recently used ones, at most ``max_entries`` and
    ``max_bytes``, and the kept common lessons (a fixed, small set) besides."""

    def __init__(self, max_entries: int, max_bytes: int) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[Hashable, tuple[Reply, int]] = OrderedDict()
        self._kept: dict[Hashable, Reply] = {}
        self.bytes = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items) + len(self._kept)

    @property
    def kept(self) -> int:
        """How many common lessons are kept."""
        return len(self._kept)

    async def get(self, key: CacheKey) -> Reply | None:
        return self.get_now(key)

    async def put(self, key: CacheKey, reply: Reply, *, keep: bool = False) -> None:
        self.put_now(key, reply, keep=keep)

    def get_now(self, key: Hashable) -> Reply | None:
        """``get`` without awaiting (this store never waits)."""
        kept = self._kept.get(key)
        if kept is not None:
            self.hits += 1
            return kept
        item = self._items.get(key)
        if item is None:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return item[0]

    def put_now(self, key: Hashable, reply: Reply, *, keep: bool = False) -> None:
        """``put`` without awaiting."""
        if keep:
            self._drop(key)
            self._kept[key] = reply
            return
        size = reply_size(reply)
        if key in self._kept or self.max_entries <= 0 or size > self.max_bytes:
            return
        self._drop(key)
        self._items[key] = (reply, size)
        self.bytes += size
        while len(self._items) > self.max_entries or self.bytes > self.max_bytes:
            _, (_, dropped) = self._items.popitem(last=False)
            self.bytes -= dropped

    def _drop(self, key: Hashable) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self.bytes -= old[1]
