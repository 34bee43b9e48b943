"""What the memory commands read from (and write to) the learner memory.

A command with ``memory`` set (``/progress``, ``/review``, ``/leaderboard``, ``/settings``,
``forget-me-confirm``) is declared in the core like any other; before its lesson runs, the
runtime calls the function of that name here, which turns the parsed request into the view
the lesson shows (plain values: the core never touches the database). Everything stays inside
the caller's own server.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable, Hashable
from datetime import datetime, tzinfo

from bot.jobs import Caller
from bot.runtime.memory import Memory
from bot.storage import Learner, Progress, Store
from bot.storage.store import DIRECT_MESSAGES
from napier.commands.forget import ForgottenView
from napier.commands.leaderboard import LeaderboardRequest, LeaderboardView, Standing
from napier.commands.practice import PracticeRequest
from napier.commands.progress import ProgressRequest, ProgressView, SkillRow
from napier.commands.review import ReviewView
from napier.commands.settings import SERVER_EXAMPLE, SettingsRequest, SettingsView
from napier.errors import UserError
from napier.practice.ids import MAX_SEED

Recall = Callable[[Memory, Caller, Hashable, str, datetime], Awaitable[Hashable]]
_DRAW = random.Random()  # new review exercises; seeded by the operating system


async def _zone(store: Store, caller: Caller) -> tzinfo:
    return (await store.server_settings(caller.platform, caller.team)).zone


def _local(moment: datetime | None, zone: tzinfo) -> str:
    return moment.astimezone(zone).isoformat() if moment is not None else ""


def _rows(progress: Progress, zone: tzinfo) -> tuple[SkillRow, ...]:
    return tuple(
        SkillRow(
            skill=skill.skill,
            mastery=str(skill.mastery),
            correct=skill.correct,
            total=skill.total,
            top_level=skill.top_level,
            due=_local(skill.due, zone),
        )
        for skill in progress.skills
    )


async def progress(
    memory: Memory, caller: Caller, request: Hashable, locale: str, now: datetime
) -> ProgressView:
    """The asker's progress, or another member's in the same server."""
    assert isinstance(request, ProgressRequest)
    store = memory.current()
    own = request.user in ("", caller.user)
    learner = await store.find_learner(caller.platform, caller.team, request.user or caller.user)
    if learner is None:
        if not own:
            raise UserError("memory.no_member")
        return ProgressView(caller.name or caller.user, True, (), 0, False)
    zone = await _zone(store, caller)
    found = await store.progress(learner, now)
    due = found.next_review
    return ProgressView(
        name=learner.display_name,
        own=own,
        skills=_rows(found, zone),
        streak=found.streak,
        practised_today=found.practised_today,
        next_skill=due.skill if due else "",
        next_due=_local(due.due if due else None, zone),
        next_is_due=bool(due and due.is_due),
        now=_local(now, zone),
    )


async def review(
    memory: Memory, caller: Caller, request: Hashable, locale: str, now: datetime
) -> ReviewView:
    """A new exercise of the most due skill, at the highest level answered right so far."""
    store = memory.current()
    learner = await store.find_learner(caller.platform, caller.team, caller.user)
    if learner is None:
        return ReviewView()
    due = await store.most_due(learner, now)
    zone = await _zone(store, caller)
    if due is None:
        return ReviewView()
    if not due.is_due:
        return ReviewView(
            next_skill=due.skill, next_due=_local(due.due, zone), now=_local(now, zone)
        )
    found = await store.progress(learner, now)
    level = max((s.top_level for s in found.skills if s.skill == due.skill), default=1)
    exercise = PracticeRequest(due.skill, max(1, level), _DRAW.randint(0, MAX_SEED))
    return ReviewView(practice=exercise, now=_local(now, zone))


async def leaderboard(
    memory: Memory, caller: Caller, request: Hashable, locale: str, now: datetime
) -> LeaderboardView:
    """The caller's server's standings in the period."""
    assert isinstance(request, LeaderboardRequest)
    if caller.team == DIRECT_MESSAGES:
        raise UserError("leaderboard.dm")
    rows = await memory.current().leaderboard(caller.platform, caller.team, request.period, now)
    return LeaderboardView(
        request.period,
        tuple(Standing(r.rank, r.display_name, r.correct, r.streak) for r in rows),
    )


async def settings(
    memory: Memory, caller: Caller, request: Hashable, locale: str, now: datetime
) -> SettingsView:
    """Apply the changes (a server's only by its administrators) and show what is set."""
    assert isinstance(request, SettingsRequest)
    store = memory.current()
    if request.scope == "me":
        learner: Learner = await memory.learner(caller, locale)
        changed = ()
        if request.leaderboard is not None:
            learner = await store.set_leaderboard_visible(learner, request.leaderboard)
            changed = ("leaderboard",)
        return SettingsView("me", changed, leaderboard=learner.leaderboard_visible)
    if caller.team == DIRECT_MESSAGES:
        raise UserError("settings.no_server")
    if request.changes and not caller.admin:
        raise UserError("settings.not_admin")
    changes: dict[str, object] = {}
    if request.language is not None:
        changes["language"] = request.language
    if request.timezone is not None:
        changes["timezone"] = request.timezone
    if request.time is not None:
        changes["daily_time"] = request.time
    if request.daily is not None:
        changes["daily_enabled"] = request.daily
        if request.daily:
            changes["daily_channel"] = caller.channel
    try:
        found = await store.set_server_settings(caller.platform, caller.team, **changes)
    except ValueError:
        raise UserError(
            "settings.bad_timezone", given=str(request.timezone)[:40], example=SERVER_EXAMPLE
        ) from None
    names = {"daily_time": "time", "daily_enabled": "daily", "daily_channel": ""}
    changed = tuple(dict.fromkeys(names.get(k, k) for k in changes if names.get(k, k)))
    return SettingsView(
        "server",
        changed,
        language=found.language or "",
        timezone=found.timezone,
        daily=found.daily_enabled,
        channel=found.daily_channel or "",
        time=found.daily_time,
    )


async def forget(
    memory: Memory, caller: Caller, request: Hashable, locale: str, now: datetime
) -> ForgottenView:
    """Delete everything stored about the caller on this platform (every server)."""
    gone = await memory.current().forget(caller.platform, caller.user)
    memory.forget_cached(caller.platform, caller.user)
    return ForgottenView(gone.learners, gone.answers, gone.views, gone.reviews)


RECALLS: dict[str, Recall] = {
    "progress": progress,
    "review": review,
    "leaderboard": leaderboard,
    "settings": settings,
    "forget": forget,
}
