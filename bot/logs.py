"""Logging set-up: one format, and secrets redacted from every record."""

from __future__ import annotations

import logging
import os
import time

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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel((level or settings.napier_log_level).upper())
