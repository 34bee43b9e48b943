"""The database schema as SQLAlchemy models (the migrations in ``migrations/`` create it).

Times are stored in UTC: ``timestamptz`` on PostgreSQL, an ISO string on SQLite (``UTCDateTime``
returns aware UTC datetimes from both and refuses naive ones).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Row ids: BIGINT on PostgreSQL, INTEGER on SQLite (only INTEGER PRIMARY KEY is the rowid).
RowId = BigInteger().with_variant(Integer(), "sqlite")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored in UTC; naive datetimes are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime (UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Learner(Base):
    """A member of one study group: (platform, team, user). Each server is its own group."""

    __tablename__ = "learners"
    __table_args__ = (
        UniqueConstraint("platform", "team", "user_id"),
        Index(None, "platform", "user_id"),
    )

    id: Mapped[int] = mapped_column(RowId, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(16))
    team: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(100))
    locale: Mapped[str] = mapped_column(String(16))
    leaderboard_visible: Mapped[bool] = mapped_column(Boolean, server_default=true())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Answer(Base):
    """One answer to an exercise: the append-only log that progress and review derive from.

    ``day`` is the learner's local date in the server's time zone when the answer was
    recorded (streaks count these days; a later change of time zone does not rewrite them).
    """

    __tablename__ = "answers"
    __table_args__ = (
        Index(None, "learner_id", "skill"),
        Index(None, "learner_id", "day"),
        Index(None, "learner_id", "at"),
    )

    id: Mapped[int] = mapped_column(RowId, primary_key=True, autoincrement=True)
    request_key: Mapped[str] = mapped_column(String(128), unique=True)
    learner_id: Mapped[int] = mapped_column(RowId, ForeignKey("learners.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    day: Mapped[date] = mapped_column(Date)
    exercise: Mapped[str] = mapped_column(String(128))
    skill: Mapped[str] = mapped_column(String(64))
    level: Mapped[int] = mapped_column(SmallInteger)
    answer: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(Boolean)
    mistake: Mapped[str] = mapped_column(String(64), server_default=text("''"))
    hints: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))
    elapsed: Mapped[float | None] = mapped_column(Float)


class View(Base):
    """A hint or a worked solution shown to a learner (append-only)."""

    __tablename__ = "views"
    __table_args__ = (Index(None, "learner_id", "exercise"),)

    id: Mapped[int] = mapped_column(RowId, primary_key=True, autoincrement=True)
    request_key: Mapped[str] = mapped_column(String(128), unique=True)
    learner_id: Mapped[int] = mapped_column(RowId, ForeignKey("learners.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))
    exercise: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Review(Base):
    """A learner's FSRS card for one skill: derived from the answers, rebuildable from them."""

    __tablename__ = "reviews"
    __table_args__ = (Index(None, "learner_id", "due"),)

    learner_id: Mapped[int] = mapped_column(
        RowId, ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    skill: Mapped[str] = mapped_column(String(64), primary_key=True)
    card: Mapped[str] = mapped_column(Text)
    due: Mapped[datetime] = mapped_column(UTCDateTime)


class Server(Base):
    """A study group's settings, set by its administrators (absent row: the defaults)."""

    __tablename__ = "servers"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8))
    timezone: Mapped[str] = mapped_column(String(64), server_default=text("'UTC'"))
    daily_channel: Mapped[str | None] = mapped_column(String(64))
    daily_time: Mapped[str] = mapped_column(String(5), server_default=text("'09:00'"))
    daily_enabled: Mapped[bool] = mapped_column(Boolean, server_default=false())


class DailyPost(Base):
    """A day's daily problem, claimed once per server even when several bot processes run."""

    __tablename__ = "daily_posts"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- Slack for many workspaces: the tables of slack_sdk's SQLAlchemy stores ------------------
# slack_sdk reads and writes them with its own Table objects; they are declared here so that
# the migrations and the models agree, and a test compares them with slack_sdk's definitions.


def _slack_workspace() -> list[Column[Any]]:
    return [
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("client_id", String(32), nullable=False),
        Column("app_id", String(32), nullable=False),
        Column("enterprise_id", String(32)),
        Column("enterprise_name", String(200)),
    ]


def _slack_bot() -> list[Column[Any]]:
    return [
        Column("bot_token", String(200)),
        Column("bot_id", String(32)),
        Column("bot_user_id", String(32)),
        Column("bot_scopes", String(1000)),
        Column("bot_refresh_token", String(200)),
        Column("bot_token_expires_at", DateTime),
    ]


SLACK_INSTALLATIONS = Table(
    "slack_installations",
    Base.metadata,
    *_slack_workspace(),
    Column("enterprise_url", String(200)),
    Column("team_id", String(32)),
    Column("team_name", String(200)),
    *_slack_bot(),
    Column("user_id", String(32), nullable=False),
    Column("user_token", String(200)),
    Column("user_scopes", String(1000)),
    Column("user_refresh_token", String(200)),
    Column("user_token_expires_at", DateTime),
    Column("incoming_webhook_url", String(200)),
    Column("incoming_webhook_channel", String(200)),
    Column("incoming_webhook_channel_id", String(200)),
    Column("incoming_webhook_configuration_url", String(200)),
    Column("is_enterprise_install", Boolean, nullable=False),
    Column("token_type", String(32)),
    Column("installed_at", DateTime, nullable=False),
    Index("slack_installations_idx", "client_id", "enterprise_id", "team_id", "user_id",
          "installed_at"),
)  # fmt: skip

SLACK_BOTS = Table(
    "slack_bots",
    Base.metadata,
    *_slack_workspace(),
    Column("team_id", String(32)),
    Column("team_name", String(200)),
    *_slack_bot(),
    Column("is_enterprise_install", Boolean, nullable=False),
    Column("installed_at", DateTime, nullable=False),
    Index("slack_bots_idx", "client_id", "enterprise_id", "team_id", "installed_at"),
)

SLACK_OAUTH_STATES = Table(
    "slack_oauth_states",
    Base.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("state", String(200), nullable=False),
    Column("expire_at", DateTime, nullable=False),
)
