"""The daily problem: each study group that asked for one gets an exercise in its channel at its
local time, once a day — even when several bot processes run (the day's post is claimed in the
database first, under a unique key).

The scheduler lives in the bot process; the adapters register how they post (``Poster``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from typing import TYPE_CHECKING

from bot.jobs import Caller, Job
from napier.commands.practice import PracticeRequest
from napier.practice.ids import LEVELS, MAX_SEED, SKILL_IDS
from napier.reply import Reply

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.storage import ServerSettings

log = logging.getLogger(__name__)

INTERVAL = 30.0  # seconds between looks at the clock
DAILY = "practice"  # the command a daily problem is

Poster = Callable[["ServerSettings", Reply, dict[str, str], str], Awaitable[None]]
"""Posts a reply in a server's daily channel: (settings, reply, the command's arguments,
locale)."""


def daily_exercise(team: str, day: date) -> PracticeRequest:
    """The day's exercise of a server: the skills in turn, the level rising each round, a seed
    drawn from the server and the date (the same in every process)."""
    turn = day.toordinal()
    skill = SKILL_IDS[turn % len(SKILL_IDS)]
    level = LEVELS[(turn // len(SKILL_IDS)) % len(LEVELS)]
    digest = hashlib.sha256(f"{team}:{day.isoformat()}".encode()).digest()
    return PracticeRequest(skill, level, int.from_bytes(digest[:8], "big") % (MAX_SEED + 1))


class DailyProblems:
    """Looks at the clock every ``INTERVAL`` seconds and posts what is due."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.posters: dict[str, Poster] = {}
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:
                log.exception("daily problems: a round failed")
            await asyncio.sleep(INTERVAL)

    async def tick(self) -> int:
        """Post every daily problem that is due now; how many were posted."""
        from bot.storage import StorageUnavailable  # the storage loads where a memory is made

        runtime = self.runtime
        if runtime.memory is None or not self.posters:
            return 0
        moment = runtime.clock()
        try:
            store = runtime.memory.current()
            servers = await store.daily_servers()
        except StorageUnavailable as error:
            log.info("daily problems skipped: %s", error)
            return 0
        posted = 0
        for server in servers:
            poster = self.posters.get(server.platform)
            local = moment.astimezone(server.zone)
            if poster is None or local.strftime("%H:%M") < server.daily_time:
                continue
            try:
                if not await store.claim_daily_post(server.platform, server.team, local.date()):
                    continue  # posted today already (here or by another process)
            except StorageUnavailable as error:
                log.info("daily problem of %s not claimed: %s", server.team, error)
                continue
            exercise = daily_exercise(server.team, local.date())
            args = {"skill": exercise.skill, "level": str(exercise.level)}
            args["seed"] = str(exercise.seed)
            locale = server.language or "en"
            channel = server.daily_channel or ""
            caller = Caller(server.platform, server.team, "daily", channel=channel)
            reply = await runtime.execute(Job(DAILY, exercise, caller), locale)
            if reply.error:
                log.warning("daily problem of %s failed: %s", server.team, reply.text)
                continue
            try:
                await poster(server, reply, args, locale)
                posted += 1
            except Exception:
                log.exception("could not post the daily problem of %s", server.team)
        return posted
