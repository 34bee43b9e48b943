"""Logging set-up: one format, the replica's name, and secrets redacted from every record.

``NAPIER_LOG_FORMAT=json`` writes one JSON object per line (time, level, logger, replica,
message, and the traceback if any) for a log collector; ``text`` (the default) is for people.
"""

from __future__ import annotations

import json
import logging
import os
import time
from datetime import UTC, datetime

from bot.settings import Settings

_IMPORTED = time.monotonic()


def since_start_ms() -> float:
    """Milliseconds since this process started (since this module was imported where the
    system does not say when the process started)."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # seconds after boot
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.monotonic() - _IMPORTED) * 1000


def log_ready(adapter: str) -> None:
    """Log that ``adapter`` accepts commands, with the time since the process started."""
    logging.getLogger(f"bot.{adapter.lower()}").info(
        "%s: ready in %.0f ms (commands accepted; workers warm up in the background)",
        adapter,
        since_start_ms(),
    )


class RedactSecrets(logging.Filter):
    """Replaces any configured token that appears in a log record with ``[redacted]``."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if len(s) >= 8]

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            if any(secret in message for secret in self.secrets):
                for secret in self.secrets:
                    message = message.replace(secret, "[redacted]")
                record.msg, record.args = message, None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per record, with the replica's name."""

    def __init__(self, replica: str) -> None:
        super().__init__()
        self.replica = replica

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "replica": self.replica,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure(settings: Settings, level: str | None = None) -> None:
    """Log to stderr at ``level`` (default: the configured one), with tokens redacted."""
    secrets = [
        value.get_secret_value()
        for value in (
            settings.discord_token,
            settings.slack_bot_token,
            settings.slack_app_token,
            settings.slack_signing_secret,
        )
        if value is not None
    ]
    handler = logging.StreamHandler()
    if settings.napier_log_format == "json":
        handler.setFormatter(JsonFormatter(settings.replica))
    else:
        replica = f" [{settings.napier_replica_id}]" if settings.napier_replica_id else ""
        handler.setFormatter(
            logging.Formatter(f"%(asctime)s %(levelname)s{replica} %(name)s: %(message)s")
        )
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel((level or settings.napier_log_level).upper())
    # Alembic announces each plugin as it is imported; the migration logs its own one line.
    logging.getLogger("alembic").setLevel(logging.WARNING)
