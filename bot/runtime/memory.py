"""The learner memory as the runtime uses it: recording what learners did (who is asking, a
``Caller``, comes with each job: ``bot.jobs``).

The core never stores anything: a reply that records practice carries a ``PracticeEvent``,
and the runtime writes it here, once per request key. When the database cannot be reached
the lessons go on and the learner is told that progress is not being saved; the store is
opened again in the background.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.jobs import Caller
from bot.settings import Settings
from bot.storage import Learner, StorageUnavailable, Store, UnknownLearner
from napier.reply import PracticeEvent

log = logging.getLogger(__name__)

RETRY_SECONDS = 30.0  # between attempts to open a database that was down
KNOWN_LEARNERS = 4096  # learners remembered in this process (saves an upsert per command)


def local_zone() -> str:
    """This machine's IANA time zone (``TZ``, ``/etc/timezone`` or ``/etc/localtime``), else
    UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text().strip())
    with contextlib.suppress(OSError):
        candidates.append(os.readlink("/etc/localtime").partition("zoneinfo/")[2])
    for name in candidates:
        if name:
            try:
                ZoneInfo(name)
            except (ValueError, ZoneInfoNotFoundError):
                continue
            return name
    return "UTC"


class Memory:
    """The store, opened in the background and reopened after a failure.

    ``open_store`` opens it (``Store.open`` with the settings); ``Memory.from_settings``
    builds one from ``NAPIER_DATABASE_URL`` / ``NAPIER_DATA_DIR``.
    """

    def __init__(
        self, open_store: Callable[[], Awaitable[Store]], *, retry: float = RETRY_SECONDS
    ) -> None:
        self._open_store = open_store
        self.retry = retry
        self.store: Store | None = None
        self._opening: asyncio.Task[None] | None = None
        self._learners: OrderedDict[tuple[str, str, str, str, str], Learner] = OrderedDict()

    @classmethod
    def from_settings(cls, settings: Settings) -> Memory:
        """The memory the settings describe: PostgreSQL by URL, else SQLite in the data
        folder."""
        return cls(
            lambda: Store.open(
                settings.database_url, settings.napier_data_dir, settings.napier_database_timeout
            )
        )

    @property
    def available(self) -> bool:
        return self.store is not None

    async def start(self) -> None:
        """Open the store now; when that fails, keep trying in the background."""
        if self.store is not None or self._opening is not None:
            return
        if not await self._try_open():
            self._opening = asyncio.create_task(self._keep_trying())

    async def _try_open(self) -> bool:
        try:
            self.store = await self._open_store()
        except StorageUnavailable as error:
            log.warning("learner memory unavailable (lessons go on without it): %s", error)
            return False
        return True

    async def _keep_trying(self) -> None:
        while not await self._try_open():
            await asyncio.sleep(self.retry)
        log.info("learner memory available again")
        self._opening = None

    async def close(self) -> None:
        if self._opening is not None:
            self._opening.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._opening
        if self.store is not None:
            await self.store.close()
            self.store = None

    def current(self) -> Store:
        """The open store; StorageUnavailable while the database is down."""
        if self.store is None:
            raise StorageUnavailable("the learner memory is not open")
        return self.store

    async def learner(self, caller: Caller, locale: str) -> Learner:
        """The caller as a stored learner (created on first use)."""
        store = self.current()
        cache_key = (caller.platform, caller.team, caller.user, caller.name, locale)
        known = self._learners.get(cache_key)
        if known is not None:
            self._learners.move_to_end(cache_key)
            return known
        learner = await store.learner(
            caller.platform,
            caller.team,
            caller.user,
            display_name=caller.name or caller.user,
            locale=locale,
        )
        if caller.platform == "console" and not self._learners:
            # The console's "server" is this machine: its days and times are local ones.
            await store.set_server_settings(caller.platform, caller.team, timezone=local_zone())
        self._learners[cache_key] = learner
        while len(self._learners) > KNOWN_LEARNERS:
            self._learners.popitem(last=False)
        return learner

    def forget_cached(self, platform: str, user: str) -> None:
        """Drop cached learners of a user (after ``/forget-me``)."""
        for key in [k for k in self._learners if k[0] == platform and k[2] == user]:
            del self._learners[key]

    async def record(
        self,
        caller: Caller,
        locale: str,
        event: PracticeEvent,
        at: datetime,
        elapsed: float | None = None,
    ) -> bool:
        """Write what the learner did (at ``at``, UTC); False when it could not be saved
        (database down)."""
        try:
            return await self._record(caller, locale, event, at, elapsed)
        except UnknownLearner:
            self.forget_cached(caller.platform, caller.user)
            try:
                return await self._record(caller, locale, event, at, elapsed)
            except (StorageUnavailable, UnknownLearner) as error:
                log.warning("could not record %s: %s", event.kind, error)
                return False
        except StorageUnavailable as error:
            log.warning("could not record %s: %s", event.kind, error)
            return False

    async def _record(
        self,
        caller: Caller,
        locale: str,
        event: PracticeEvent,
        at: datetime,
        elapsed: float | None,
    ) -> bool:
        store = self.current()
        learner = await self.learner(caller, locale)
        key = caller.request_key(f":{event.kind}")
        if event.kind == "answer":
            await store.record_answer(
                learner,
                key=key,
                exercise=event.exercise,
                skill=event.skill,
                level=event.level,
                answer=event.answer,
                correct=event.correct,
                mistake=event.mistake,
                elapsed=elapsed,
                at=at,
            )
        else:
            await store.record_view(
                learner, key=key, kind=event.kind, exercise=event.exercise, at=at
            )
        return True
