"""Learner memory: learners, the answer and view log, review cards, server settings, daily posts.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ROW_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC_TIME = sa.DateTime(timezone=True)


def _learner_id() -> sa.Column:
    return sa.Column("learner_id", ROW_ID, nullable=False)


def _learner_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["learner_id"],
        ["learners.id"],
        name=f"fk_{table}_learner_id_learners",
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "learners",
        sa.Column("id", ROW_ID, autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("team", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("locale", sa.String(16), nullable=False),
        sa.Column("leaderboard_visible", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_learners"),
        sa.UniqueConstraint(
            "platform", "team", "user_id", name="uq_learners_platform_team_user_id"
        ),
    )
    op.create_index("ix_learners_platform_user_id", "learners", ["platform", "user_id"])

    op.create_table(
        "answers",
        sa.Column("id", ROW_ID, autoincrement=True, nullable=False),
        sa.Column("request_key", sa.String(128), nullable=False),
        _learner_id(),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("exercise", sa.String(128), nullable=False),
        sa.Column("skill", sa.String(64), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("mistake", sa.String(64), server_default=sa.text("''"), nullable=False),
        sa.Column("hints", sa.SmallInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("elapsed", sa.Float(), nullable=True),
        _learner_fk("answers"),
        sa.PrimaryKeyConstraint("id", name="pk_answers"),
        sa.UniqueConstraint("request_key", name="uq_answers_request_key"),
    )
    op.create_index("ix_answers_learner_id_skill", "answers", ["learner_id", "skill"])
    op.create_index("ix_answers_learner_id_day", "answers", ["learner_id", "day"])
    op.create_index("ix_answers_learner_id_at", "answers", ["learner_id", "at"])

    op.create_table(
        "views",
        sa.Column("id", ROW_ID, autoincrement=True, nullable=False),
        sa.Column("request_key", sa.String(128), nullable=False),
        _learner_id(),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("exercise", sa.String(128), nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        _learner_fk("views"),
        sa.PrimaryKeyConstraint("id", name="pk_views"),
        sa.UniqueConstraint("request_key", name="uq_views_request_key"),
    )
    op.create_index("ix_views_learner_id_exercise", "views", ["learner_id", "exercise"])

    op.create_table(
        "reviews",
        _learner_id(),
        sa.Column("skill", sa.String(64), nullable=False),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("due", UTC_TIME, nullable=False),
        _learner_fk("reviews"),
        sa.PrimaryKeyConstraint("learner_id", "skill", name="pk_reviews"),
    )
    op.create_index("ix_reviews_learner_id_due", "reviews", ["learner_id", "due"])

    op.create_table(
        "servers",
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("team", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("timezone", sa.String(64), server_default=sa.text("'UTC'"), nullable=False),
        sa.Column("daily_channel", sa.String(64), nullable=True),
        sa.Column("daily_time", sa.String(5), server_default=sa.text("'09:00'"), nullable=False),
        sa.Column("daily_enabled", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("platform", "team", name="pk_servers"),
    )

    op.create_table(
        "daily_posts",
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("team", sa.String(64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("claimed_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("platform", "team", "day", name="pk_daily_posts"),
    )


def downgrade() -> None:
    for table in ("daily_posts", "servers", "reviews", "views", "answers", "learners"):
        op.drop_table(table)
