"""Alembic environment: runs on the connection that ``bot.storage.migrate`` passes in."""

from __future__ import annotations

from alembic import context

from bot.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the migrations with `python -m bot migrate` (bot.storage.migrate)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
