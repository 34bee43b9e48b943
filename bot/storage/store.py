"""The learner memory: one ``Store`` the runtime calls, over SQLite (default) or PostgreSQL.

Every call runs in its own connection and transaction, so concurrent tasks never share one.
A database that is down, locked or unreachable makes every call raise ``StorageUnavailable``
within a bounded time (connect, lock and statement time-outs, and a deadline per call).

Writes that must happen once are idempotent inserts on a unique key: an answer or a view per
request key (the platform's interaction id), a daily post per (platform, team, local date).
A learner's answers are serialised by a lock on the learner's row (``SELECT … FOR UPDATE`` on
PostgreSQL; on SQLite every write transaction is ``BEGIN IMMEDIATE``, one writer at a time),
so the review state changes in the same transaction as the answer that changed it and always
equals a replay of the log (``rebuild_review``). Mastery rules: see ``bot.storage.review``.

Streak: the number of consecutive local days (in the server's time zone) with at least one
answer, up to today — or up to yesterday while today has no answer yet.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time as clock
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Final, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fsrs import Card, Rating
from sqlalchemy import (
    URL,
    and_,
    case,
    delete,
    distinct,
    event,
    func,
    make_url,
    select,
    true,
    update,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.sql.dml import Insert

from bot.storage import migrate
from bot.storage.models import Answer, DailyPost, Review, Server, View
from bot.storage.models import Learner as LearnerRow
from bot.storage.review import Attempt, Mastery, advance, card_from_json, mastery, rating, replay

log = logging.getLogger(__name__)

PLATFORMS: Final = frozenset({"discord", "slack", "console"})
VIEW_KINDS: Final = frozenset({"hint", "solution"})
PERIODS: Final = ("week", "month", "all")
LANGUAGES: Final = frozenset({"ja", "en"})
DATABASE_FILE: Final = "napier.db"
DIRECT_MESSAGES: Final = "dm"  # the team of Discord direct messages: everyone's, no group
MAX_ANSWER_CHARS: Final = 2000  # longer answers are stored cut to this length
MIGRATION_TIMEOUT: Final = 60.0

Period = Literal["week", "month", "all"]


class StorageUnavailable(Exception):
    """The database cannot be reached or used right now (lessons go on without progress)."""


class UnknownLearner(LookupError):
    """The learner is not (or no longer) stored: forgotten meanwhile."""


@dataclass(frozen=True)
class Learner:
    """A member of one study group (platform, team, user)."""

    id: int
    platform: str
    team: str
    user: str
    display_name: str
    locale: str
    leaderboard_visible: bool
    created_at: datetime


@dataclass(frozen=True)
class ReviewState:
    """A learner's FSRS card for a skill and when it is due."""

    skill: str
    card: Card
    due: datetime


@dataclass(frozen=True)
class Recorded:
    """The outcome of ``record_answer``: ``new`` is False for a repeated request key (then the
    rating is the original answer's and ``review`` the current state)."""

    new: bool
    rating: Rating
    review: ReviewState


@dataclass(frozen=True)
class DueReview:
    """The skill whose review is most due; ``is_due`` is False when it is only the next one."""

    skill: str
    due: datetime
    is_due: bool


@dataclass(frozen=True)
class SkillProgress:
    skill: str
    mastery: Mastery
    correct: int
    total: int
    top_level: int  # the highest level answered right, 0 for none
    due: datetime | None


@dataclass(frozen=True)
class Progress:
    skills: tuple[SkillProgress, ...]  # by skill id
    streak: int
    practised_today: bool
    next_review: DueReview | None


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int  # shared by equal counts (1, 2, 2, 4)
    user: str
    display_name: str
    correct: int  # distinct exercises answered right in the period
    streak: int


@dataclass(frozen=True)
class Forgotten:
    """How many rows ``forget`` deleted."""

    learners: int
    answers: int
    views: int
    reviews: int


@dataclass(frozen=True)
class ServerSettings:
    platform: str
    team: str
    language: str | None = None  # None: each member's own language
    timezone: str = "UTC"
    daily_channel: str | None = None
    daily_time: str = "09:00"  # local HH:MM
    daily_enabled: bool = False

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive datetime is refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: pass an aware datetime")
    return moment.astimezone(UTC)


def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name`` (ValueError for an unknown one)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone {name!r}") from error


def streak(days: Iterable[date], today: date) -> int:
    """Consecutive days ending today or yesterday, from distinct ``days`` newest first."""
    expected: date | None = None
    count = 0
    for day in days:
        if expected is None:
            if day > today:
                continue
            if day < today - timedelta(days=1):
                return 0
            expected = day
        if day != expected:
            break
        count += 1
        expected = day - timedelta(days=1)
    return count


def period_start(period: Period, now: datetime, tz: ZoneInfo) -> datetime | None:
    """The UTC instant a leaderboard period starts: local Monday 00:00 for a week, the 1st at
    00:00 for a month, None for all time."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}, not {period!r}")
    if period == "all":
        return None
    local = utc(now).astimezone(tz).date()
    first = local - timedelta(days=local.weekday()) if period == "week" else local.replace(day=1)
    return datetime.combine(first, time(), tzinfo=tz).astimezone(UTC)


def _text(name: str, value: str, limit: int) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError(f"{name} must be a non-empty string of at most {limit} characters")
    return value


def _daily_time(value: str) -> str:
    hours, sep, minutes = value.partition(":")
    if not (sep and len(hours) == len(minutes) == 2 and hours.isdigit() and minutes.isdigit()):
        raise ValueError(f"daily time must be HH:MM, not {value!r}")
    if int(hours) > 23 or int(minutes) > 59:
        raise ValueError(f"daily time must be between 00:00 and 23:59, not {value!r}")
    return value


_UNAVAILABLE = (
    sa_exc.OperationalError,
    sa_exc.InterfaceError,
    sa_exc.TimeoutError,
    sa_exc.DisconnectionError,
    OSError,
    TimeoutError,
)


def _unavailable(error: BaseException) -> bool:
    if isinstance(error, _UNAVAILABLE):
        return True
    return isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated


def sqlite_url(data_dir: str | Path) -> URL:
    """The URL of the embedded database in ``data_dir``."""
    return URL.create("sqlite+aiosqlite", database=str(Path(data_dir) / DATABASE_FILE))


def create_engine(url: URL, timeout: float, wait: float | None = None) -> AsyncEngine:
    """An engine with bounded waits: ``timeout`` seconds to connect or for a pooled
    connection, ``wait`` (default ``timeout``) for a lock or a statement."""
    wait = timeout if wait is None else wait
    if url.get_backend_name() == "sqlite":
        engine = create_async_engine(
            url, connect_args={"timeout": wait}, pool_timeout=timeout, pool_size=4
        )

        @event.listens_for(engine.sync_engine, "connect")
        def connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (see below)
            cursor = dbapi_connection.cursor()
            # Switching a new file to WAL can find it locked by another process doing the same
            # (SQLite does not always apply its busy timeout there): retry within the wait.
            deadline = clock.monotonic() + wait
            while True:
                try:
                    cursor.execute("PRAGMA journal_mode=WAL")
                    break
                except Exception as error:
                    if "locked" not in str(error) or clock.monotonic() > deadline:
                        raise
                    clock.sleep(0.05)
            for pragma in ("foreign_keys=ON", "synchronous=FULL"):
                cursor.execute(f"PRAGMA {pragma}")
            cursor.close()

        @event.listens_for(engine.sync_engine, "begin")
        def begin(connection: Any) -> None:
            # Writers take the write lock first, so two never deadlock upgrading a read lock.
            write = connection.get_execution_options().get("napier_write", False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    if url.get_backend_name() != "postgresql":
        raise ValueError(f"unsupported database {url.get_backend_name()!r}: sqlite or postgresql")
    milliseconds = str(int(wait * 1000))
    return create_async_engine(
        url.set(drivername="postgresql+asyncpg"),
        pool_pre_ping=True,
        pool_timeout=timeout,
        connect_args={
            "timeout": timeout,
            "command_timeout": wait * 1.5,  # the client's bound if the server stops answering
            "server_settings": {
                "statement_timeout": milliseconds,
                "lock_timeout": milliseconds,
                "idle_in_transaction_session_timeout": str(int(wait * 4000)),
            },
        },
    )


class Store:
    """The learner memory. ``await Store.open(url, data_dir)`` migrates and returns it."""

    def __init__(self, engine: AsyncEngine, timeout: float) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.where = engine.url.render_as_string(hide_password=True)
        self._writer = engine.execution_options(napier_write=True)
        # Pool wait, connect and a few statements are each bounded: this is a backstop,
        # never reached while the driver time-outs work.
        self._deadline = timeout * 5

    @classmethod
    async def open(
        cls,
        url: str | URL | None = None,
        data_dir: str | Path = "napier-data",
        timeout: float = 5.0,
    ) -> Store:
        """Open the database at ``url`` (default: ``napier.db`` in ``data_dir``, created if
        needed) and migrate it to the newest schema. Raises ``StorageUnavailable``."""
        if url is None:
            try:
                Path(data_dir).mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageUnavailable(
                    f"cannot create the data folder {data_dir}: {error}"
                ) from error
            url = sqlite_url(data_dir)
        url = make_url(url)
        # Migrating may wait for another process that is migrating the same database.
        migrator = create_engine(url, timeout, wait=max(timeout, MIGRATION_TIMEOUT))
        try:
            async with asyncio.timeout(timeout + max(timeout, MIGRATION_TIMEOUT) * 2):
                await migrate.upgrade(migrator)
        except Exception as error:
            if _unavailable(error):
                raise StorageUnavailable(
                    _describe(url.render_as_string(hide_password=True), error)
                ) from error
            raise
        finally:
            await migrator.dispose()
        log.info("learner memory in %s", url.render_as_string(hide_password=True))
        return cls(create_engine(url, timeout), timeout)

    async def close(self) -> None:
        await self.engine.dispose()

    async def revision(self) -> str | None:
        """The schema revision the database is at."""
        async with self._transaction() as connection:
            return await connection.run_sync(migrate.current_revision)

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @asynccontextmanager
    async def _transaction(self, write: bool = False) -> AsyncIterator[AsyncConnection]:
        engine = self._writer if write else self.engine
        try:
            async with asyncio.timeout(self._deadline), engine.begin() as connection:
                yield connection
        except Exception as error:
            if _unavailable(error):
                raise StorageUnavailable(_describe(self.where, error)) from error
            raise

    def _insert(self, table: Any) -> Insert:
        return (pg_insert if self.dialect == "postgresql" else sqlite_insert)(table)

    # --- learners ------------------------------------------------------------------------

    async def learner(
        self, platform: str, team: str, user: str, *, display_name: str, locale: str
    ) -> Learner:
        """The learner (platform, team, user), created on first use; the display name and
        locale are updated when they change."""
        if platform not in PLATFORMS:
            raise ValueError(f"platform must be one of {sorted(PLATFORMS)}")
        _text("team", team, 64)
        _text("user", user, 64)
        display_name = (display_name or user)[:100]
        locale = (locale or "en")[:16]
        key = _learner_key(platform, team, user)
        async with self._transaction() as connection:
            row = (await connection.execute(select(LearnerRow).where(key))).first()
        if row is not None and (row.display_name, row.locale) == (display_name, locale):
            return _learner(row)
        insert = self._insert(LearnerRow).values(
            platform=platform,
            team=team,
            user_id=user,
            display_name=display_name,
            locale=locale,
            created_at=datetime.now(UTC),
        )
        insert = insert.on_conflict_do_update(
            index_elements=["platform", "team", "user_id"],
            set_={"display_name": insert.excluded.display_name, "locale": insert.excluded.locale},
        ).returning(*LearnerRow.__table__.columns)
        async with self._transaction(write=True) as connection:
            return _learner((await connection.execute(insert)).one())

    async def find_learner(self, platform: str, team: str, user: str) -> Learner | None:
        """The stored learner, or None (never creates one)."""
        async with self._transaction() as connection:
            query = select(LearnerRow).where(_learner_key(platform, team, user))
            row = (await connection.execute(query)).first()
        return None if row is None else _learner(row)

    async def set_leaderboard_visible(self, learner: Learner, visible: bool) -> Learner:
        """Show or hide the learner on their server's leaderboard."""
        query = (
            update(LearnerRow)
            .where(LearnerRow.id == learner.id)
            .values(leaderboard_visible=bool(visible))
            .returning(*LearnerRow.__table__.columns)
        )
        async with self._transaction(write=True) as connection:
            row = (await connection.execute(query)).first()
        if row is None:
            raise UnknownLearner(learner.user)
        return _learner(row)

    # --- the log ---------------------------------------------------------------------------

    async def record_answer(
        self,
        learner: Learner,
        *,
        key: str,
        exercise: str,
        skill: str,
        level: int,
        answer: str,
        correct: bool,
        mistake: str = "",
        hints: int | None = None,
        elapsed: float | None = None,
        at: datetime | None = None,
    ) -> Recorded:
        """Record an answer once per ``key`` and update the skill's review in the same
        transaction. ``hints`` None counts the learner's hint and solution views of this
        exercise so far (``hints_used``). ``key`` is unique in the whole database: prefix it
        with the platform (``"discord:<interaction id>"``)."""
        _text("key", key, 128)
        _text("exercise", exercise, 128)
        _text("skill", skill, 64)
        if mistake and len(mistake) > 64:
            raise ValueError("mistake must be at most 64 characters")
        if level not in (1, 2, 3):
            raise ValueError("level must be 1, 2 or 3")
        if hints is not None and not 0 <= hints <= 1000:
            raise ValueError("hints must be between 0 and 1000")
        if elapsed is not None and not (math.isfinite(elapsed) and elapsed >= 0):
            raise ValueError("elapsed must be a finite number of seconds ≥ 0, or None")
        at = utc(at or datetime.now(UTC))
        async with self._transaction(write=True) as connection:
            tz = await self._lock_learner(connection, learner)
            if hints is None:
                hints = await self._hints(connection, learner.id, exercise)
            insert = (
                self._insert(Answer)
                .values(
                    request_key=key,
                    learner_id=learner.id,
                    at=at,
                    day=at.astimezone(tz).date(),
                    exercise=exercise,
                    skill=skill,
                    level=level,
                    answer=str(answer)[:MAX_ANSWER_CHARS],
                    correct=bool(correct),
                    mistake=mistake or "",
                    hints=hints,
                    elapsed=elapsed,
                )
                .on_conflict_do_nothing(index_elements=["request_key"])
                .returning(Answer.id)
            )
            if (await connection.execute(insert)).first() is None:
                return await self._repeated(connection, key)
            query = select(Review.card).where(
                Review.learner_id == learner.id, Review.skill == skill
            )
            stored = (await connection.execute(query)).scalar()
            attempt = Attempt(at, bool(correct), hints, level, elapsed)
            card, used = advance(None if stored is None else card_from_json(stored), attempt)
            upsert = self._insert(Review).values(
                learner_id=learner.id, skill=skill, card=card.to_json(), due=card.due
            )
            upsert = upsert.on_conflict_do_update(
                index_elements=["learner_id", "skill"],
                set_={"card": upsert.excluded.card, "due": upsert.excluded.due},
            )
            await connection.execute(upsert)
        return Recorded(True, used, ReviewState(skill, card, card.due))

    async def _lock_learner(self, connection: AsyncConnection, learner: Learner) -> ZoneInfo:
        """Lock the learner's row for this transaction; returns its server's time zone."""
        query = (
            select(LearnerRow.id, Server.timezone)
            .outerjoin(
                Server,
                and_(Server.platform == LearnerRow.platform, Server.team == LearnerRow.team),
            )
            .where(LearnerRow.id == learner.id)
            .with_for_update(of=LearnerRow)
        )
        row = (await connection.execute(query)).first()
        if row is None:
            raise UnknownLearner(learner.user)
        return ZoneInfo(row.timezone or "UTC")

    async def _repeated(self, connection: AsyncConnection, key: str) -> Recorded:
        query = select(Answer).where(Answer.request_key == key)
        original = (await connection.execute(query)).one()
        query = select(Review.card).where(
            Review.learner_id == original.learner_id, Review.skill == original.skill
        )
        card = card_from_json((await connection.execute(query)).scalar_one())
        used = rating(original.correct, original.hints, original.level, original.elapsed)
        return Recorded(False, used, ReviewState(original.skill, card, card.due))

    async def record_view(
        self,
        learner: Learner,
        *,
        key: str,
        kind: Literal["hint", "solution"],
        exercise: str,
        at: datetime | None = None,
    ) -> bool:
        """Record that a hint or the solution was shown; False for a repeated ``key``."""
        _text("key", key, 128)
        _text("exercise", exercise, 128)
        if kind not in VIEW_KINDS:
            raise ValueError(f"kind must be one of {sorted(VIEW_KINDS)}")
        at = utc(at or datetime.now(UTC))
        insert = (
            self._insert(View)
            .values(request_key=key, learner_id=learner.id, kind=kind, exercise=exercise, at=at)
            .on_conflict_do_nothing(index_elements=["request_key"])
            .returning(View.id)
        )
        async with self._transaction(write=True) as connection:
            await self._lock_learner(connection, learner)
            return (await connection.execute(insert)).first() is not None

    async def hints_used(self, learner: Learner, exercise: str) -> int:
        """How many hints (and solutions: a solution counts as a hint) the learner has seen
        for this exercise: what the rating of their next answer to it uses."""
        async with self._transaction() as connection:
            return await self._hints(connection, learner.id, exercise)

    @staticmethod
    async def _hints(connection: AsyncConnection, learner_id: int, exercise: str) -> int:
        query = select(func.count()).where(View.learner_id == learner_id, View.exercise == exercise)
        return int((await connection.execute(query)).scalar_one())

    # --- review ------------------------------------------------------------------------------

    async def reviews(self, learner: Learner) -> dict[str, ReviewState]:
        """The learner's review state per skill."""
        async with self._transaction() as connection:
            return await self._reviews(connection, learner.id)

    @staticmethod
    async def _reviews(connection: AsyncConnection, learner_id: int) -> dict[str, ReviewState]:
        query = select(Review.skill, Review.card).where(Review.learner_id == learner_id)
        states = {}
        for skill, text in await connection.execute(query):
            card = card_from_json(text)
            states[skill] = ReviewState(skill, card, card.due)
        return states

    async def rebuild_review(self, learner: Learner) -> dict[str, ReviewState]:
        """Recompute the learner's review state from the answer log and store it."""
        query = (
            select(
                Answer.skill, Answer.at, Answer.correct, Answer.hints, Answer.level, Answer.elapsed
            )
            .where(Answer.learner_id == learner.id)
            .order_by(Answer.id)
        )
        async with self._transaction(write=True) as connection:
            await self._lock_learner(connection, learner)
            attempts: dict[str, list[Attempt]] = {}
            for skill, *fields in await connection.execute(query):
                attempts.setdefault(skill, []).append(Attempt(*fields))
            states = {}
            for skill, log_ in attempts.items():
                card = replay(log_)
                assert card is not None
                states[skill] = ReviewState(skill, card, card.due)
            await connection.execute(delete(Review).where(Review.learner_id == learner.id))
            if states:
                rows = [
                    {"learner_id": learner.id, "skill": s.skill, "card": s.card.to_json()}
                    | {"due": s.due}
                    for s in states.values()
                ]
                await connection.execute(self._insert(Review), rows)
        return states

    async def most_due(self, learner: Learner, now: datetime) -> DueReview | None:
        """The skill due the longest, or the next one to come due; None before any answer."""
        now = utc(now)
        query = (
            select(Review.skill, Review.due)
            .where(Review.learner_id == learner.id)
            .order_by(Review.due, Review.skill)
            .limit(1)
        )
        async with self._transaction() as connection:
            row = (await connection.execute(query)).first()
        return None if row is None else DueReview(row.skill, row.due, row.due <= now)

    # --- progress and leaderboard ---------------------------------------------------------------

    async def progress(self, learner: Learner, now: datetime) -> Progress:
        """Mastery, counts and next review per skill, and the streak, as of ``now``."""
        now = utc(now)
        correct = case((Answer.correct, 1), else_=0)
        top = case((Answer.correct, Answer.level), else_=0)
        counts = (
            select(Answer.skill, func.count().label("total"))
            .add_columns(func.sum(correct).label("right"), func.max(top).label("top"))
            .where(Answer.learner_id == learner.id)
            .group_by(Answer.skill)
            .subquery()
        )
        timezone = select(Server.timezone).where(
            Server.platform == learner.platform, Server.team == learner.team
        )
        query = select(counts, Review.card, timezone.scalar_subquery().label("tz")).outerjoin(
            Review, and_(Review.learner_id == learner.id, Review.skill == counts.c.skill)
        )
        async with self._transaction() as connection:
            rows = sorted((await connection.execute(query)).all())
            tz = ZoneInfo(rows[0].tz or "UTC") if rows else ZoneInfo("UTC")
            days = (0, False)
            if rows:
                days = await self._streak(connection, learner.id, now.astimezone(tz).date())
        skills = []
        for row in rows:
            card = None if row.card is None else card_from_json(row.card)
            level = mastery(row.total, int(row.top or 0), card)
            assert level is not None
            due = None if card is None else card.due
            skills.append(
                SkillProgress(row.skill, level, int(row.right), row.total, int(row.top), due)
            )
        next_review = None
        scheduled = [(s.due, s.skill) for s in skills if s.due is not None]
        if scheduled:
            due, skill = min(scheduled)
            next_review = DueReview(skill, due, due <= now)
        return Progress(tuple(skills), days[0], days[1], next_review)

    @staticmethod
    async def _timezone(connection: AsyncConnection, platform: str, team: str) -> ZoneInfo:
        query = select(Server.timezone).where(Server.platform == platform, Server.team == team)
        return ZoneInfo((await connection.execute(query)).scalar() or "UTC")

    @staticmethod
    async def _streak(
        connection: AsyncConnection, learner_id: int, today: date
    ) -> tuple[int, bool]:
        """(streak, practised today), reading only as many days back as the streak goes."""
        limit = 32
        while True:
            query = (
                select(Answer.day)
                .distinct()
                .where(Answer.learner_id == learner_id, Answer.day <= today)
                .order_by(Answer.day.desc())
                .limit(limit)
            )
            days = (await connection.execute(query)).scalars().all()
            count = streak(days, today)
            if count < len(days) or len(days) < limit:
                return count, bool(days) and days[0] == today
            limit *= 8

    async def leaderboard(
        self, platform: str, team: str, period: Period, now: datetime, *, limit: int = 10
    ) -> list[LeaderboardRow]:
        """The server's top learners by distinct exercises answered right in the period
        (week and month start at local midnight in the server's time zone), with their
        streaks. Only this (platform, team); hidden learners are left out. Direct messages
        (team ``"dm"``) are no study group: ValueError."""
        now = utc(now)
        if not 1 <= limit <= 100:
            raise ValueError("limit must be between 1 and 100")
        if team == DIRECT_MESSAGES:
            raise ValueError("direct messages are not a study group: no leaderboard there")
        async with self._transaction() as connection:
            tz = await self._timezone(connection, platform, team)
            start = period_start(period, now, tz)
            count = func.count(distinct(Answer.exercise)).label("correct")
            query = (
                select(LearnerRow.id, LearnerRow.user_id, LearnerRow.display_name, count)
                .join(Answer, Answer.learner_id == LearnerRow.id)
                .where(
                    LearnerRow.platform == platform,
                    LearnerRow.team == team,
                    LearnerRow.leaderboard_visible == true(),
                    Answer.correct == true(),
                    Answer.at <= now,
                )
                .group_by(LearnerRow.id, LearnerRow.user_id, LearnerRow.display_name)
                .order_by(count.desc(), LearnerRow.display_name, LearnerRow.id)
                .limit(limit)
            )
            if start is not None:
                query = query.where(Answer.at >= start)
            rows = (await connection.execute(query)).all()
            today = now.astimezone(tz).date()
            streaks = [(await self._streak(connection, row.id, today))[0] for row in rows]
        board: list[LeaderboardRow] = []
        for position, (row, days) in enumerate(zip(rows, streaks, strict=True), start=1):
            rank = board[-1].rank if board and board[-1].correct == row.correct else position
            board.append(LeaderboardRow(rank, row.user_id, row.display_name, row.correct, days))
        return board

    # --- privacy -----------------------------------------------------------------------------

    async def forget(self, platform: str, user: str) -> Forgotten:
        """Delete everything stored about ``user`` on ``platform``, in every team."""
        async with self._transaction(write=True) as connection:
            query = (
                select(LearnerRow.id)
                .where(LearnerRow.platform == platform, LearnerRow.user_id == user)
                .with_for_update()
            )
            ids = (await connection.execute(query)).scalars().all()
            if not ids:
                return Forgotten(0, 0, 0, 0)
            counts = []
            for table in (Answer, View, Review):
                result = await connection.execute(delete(table).where(table.learner_id.in_(ids)))
                counts.append(result.rowcount)
            await connection.execute(delete(LearnerRow).where(LearnerRow.id.in_(ids)))
        log.info("forgot a %s user: %d learner rows", platform, len(ids))
        return Forgotten(len(ids), *counts)

    # --- study-group settings and the daily problem -----------------------------------------------

    async def server_settings(self, platform: str, team: str) -> ServerSettings:
        """The server's settings (the defaults when none were set)."""
        query = select(Server).where(Server.platform == platform, Server.team == team)
        async with self._transaction() as connection:
            row = (await connection.execute(query)).first()
        return ServerSettings(platform, team) if row is None else _settings(row)

    async def set_server_settings(
        self,
        platform: str,
        team: str,
        *,
        language: str | _Unset | None = UNSET,
        timezone: str | _Unset = UNSET,
        daily_channel: str | _Unset | None = UNSET,
        daily_time: str | _Unset = UNSET,
        daily_enabled: bool | _Unset = UNSET,
    ) -> ServerSettings:
        """Change the given settings (the others keep their value); returns them all."""
        if platform not in PLATFORMS:
            raise ValueError(f"platform must be one of {sorted(PLATFORMS)}")
        _text("team", team, 64)
        changes: dict[str, object] = {}
        if not isinstance(language, _Unset):
            if language is not None and language not in LANGUAGES:
                raise ValueError(f"language must be one of {sorted(LANGUAGES)} or None")
            changes["language"] = language
        if not isinstance(timezone, _Unset):
            zone(timezone)
            changes["timezone"] = timezone
        if not isinstance(daily_channel, _Unset):
            if daily_channel is not None:
                _text("daily channel", daily_channel, 64)
            changes["daily_channel"] = daily_channel
        if not isinstance(daily_time, _Unset):
            changes["daily_time"] = _daily_time(daily_time)
        if not isinstance(daily_enabled, _Unset):
            changes["daily_enabled"] = bool(daily_enabled)
        defaults = ServerSettings(platform, team)
        values = {
            name: changes.get(name, getattr(defaults, name))
            for name in ("language", "timezone", "daily_channel", "daily_time", "daily_enabled")
        }
        insert = self._insert(Server).values(platform=platform, team=team, **values)
        if changes:
            statement = insert.on_conflict_do_update(
                index_elements=["platform", "team"],
                set_={name: getattr(insert.excluded, name) for name in changes},
            )
        else:
            statement = insert.on_conflict_do_nothing(index_elements=["platform", "team"])
        query = select(Server).where(Server.platform == platform, Server.team == team)
        async with self._transaction(write=True) as connection:
            await connection.execute(statement)
            return _settings((await connection.execute(query)).one())

    async def daily_servers(self) -> list[ServerSettings]:
        """Every server with the daily problem enabled and a channel to post it in."""
        query = (
            select(Server)
            .where(Server.daily_enabled == true(), Server.daily_channel.is_not(None))
            .order_by(Server.platform, Server.team)
        )
        async with self._transaction() as connection:
            return [_settings(row) for row in await connection.execute(query)]

    async def claim_daily_post(
        self, platform: str, team: str, day: date, at: datetime | None = None
    ) -> bool:
        """True for exactly one caller per (platform, team, local date), across processes."""
        insert = (
            self._insert(DailyPost)
            .values(platform=platform, team=team, day=day, claimed_at=utc(at or datetime.now(UTC)))
            .on_conflict_do_nothing(index_elements=["platform", "team", "day"])
            .returning(DailyPost.day)
        )
        async with self._transaction(write=True) as connection:
            return (await connection.execute(insert)).first() is not None


def _describe(where: str, error: BaseException) -> str:
    reason = str(getattr(error, "orig", None) or error).splitlines()[0] if str(error) else ""
    return f"database unavailable ({where}): {type(error).__name__} {reason}".strip()


def _learner_key(platform: str, team: str, user: str) -> Any:
    return and_(
        LearnerRow.platform == platform, LearnerRow.team == team, LearnerRow.user_id == user
    )


def _learner(row: Any) -> Learner:
    return Learner(
        row.id,
        row.platform,
        row.team,
        row.user_id,
        row.display_name,
        row.locale,
        bool(row.leaderboard_visible),
        row.created_at,
    )


def _settings(row: Any) -> ServerSettings:
    return ServerSettings(
        row.platform,
        row.team,
        row.language,
        row.timezone,
        row.daily_channel,
        row.daily_time,
        bool(row.daily_enabled),
    )
