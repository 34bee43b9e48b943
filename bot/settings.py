"""Settings from the environment and an optional ``.env`` file (see ``.env.example``)."""

from __future__ import annotations

import os
import re
import socket
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting the bot reads. Tokens are secrets: they never appear in logs or reprs."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        case_sensitive=False,
    )

    discord_token: SecretStr | None = None
    discord_guild_id: int | None = None
    discord_mode: Literal["gateway", "http"] = "gateway"
    discord_public_key: str | None = None  # hex Ed25519 key of the interactions endpoint
    discord_inline_seconds: float = Field(default=2.0, ge=0, le=2.5)

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_mode: Literal["socket", "http"] = "socket"
    slack_port: int = Field(default=3000, ge=1, le=65535)
    slack_default_locale: str = "en"
    slack_client_id: str | None = None  # many workspaces: the OAuth install flow
    slack_client_secret: SecretStr | None = None
    slack_redirect_uri: str | None = None

    napier_workers: int = Field(default=0, ge=0, le=64)
    napier_job_timeout: float = Field(default=5.0, gt=0, le=120)
    napier_worker_memory_mb: int = Field(default=2048, ge=256, le=65536)
    napier_cache_size: int = Field(default=256, ge=0, le=100_000)
    napier_cache_mb: int = Field(default=128, ge=0, le=8192)
    napier_rate_burst: int = Field(default=6, ge=1, le=1000)
    napier_rate_per_minute: float = Field(default=20.0, gt=0, le=6000)
    napier_log_level: str = "INFO"
    napier_lang: str | None = None  # the console's language (else LANG)

    napier_data_dir: Path = Path("napier-data")  # the embedded database: napier.db in here
    napier_database_url: SecretStr | None = None  # postgresql+asyncpg://… instead of SQLite
    napier_database_timeout: float = Field(default=5.0, gt=0, le=60)

    napier_http_host: str = "0.0.0.0"
    napier_http_port: int | None = Field(default=None, ge=1, le=65535)
    napier_redis_url: SecretStr | None = None  # redis://… : state shared by replicas
    napier_redis_timeout: float = Field(default=0.5, gt=0, le=10)
    napier_cache_ttl: int = Field(default=86_400, ge=60)  # seconds a reply stays in Redis
    napier_dedup_seconds: int = Field(default=3600, ge=60, le=86_400)
    napier_replica_id: str = ""  # in every log line and /healthz (default: host-pid)
    napier_log_format: Literal["text", "json"] = "text"

    @field_validator("discord_public_key")
    @classmethod
    def _public_key(cls, value: str | None) -> str | None:
        """An empty key is no key; any other must be the portal's 64 hexadecimal digits."""
        if value is None or not value.strip():
            return None
        if not re.fullmatch(r"[0-9a-fA-F]{64}", value.strip()):
            raise ValueError(
                "must be the 64 hexadecimal digits of General Information → Public Key"
            )
        return value.strip()

    @property
    def database_url(self) -> str | None:
        """The PostgreSQL URL, or None for the SQLite file in the data folder."""
        url = self.napier_database_url and self.napier_database_url.get_secret_value()
        return url or None

    @property
    def redis_url(self) -> str | None:
        """The Redis URL, or None for state kept in this process."""
        url = self.napier_redis_url and self.napier_redis_url.get_secret_value()
        return url or None

    @property
    def replica(self) -> str:
        """This process's name in logs and health checks."""
        return self.napier_replica_id or f"{socket.gethostname()}-{os.getpid()}"

    @property
    def http_port(self) -> int:
        """The port of the HTTP server: the setting, else SLACK_PORT in Slack's HTTP mode,
        else 8080."""
        if self.napier_http_port is not None:
            return self.napier_http_port
        return self.slack_port if self.slack_http else 8080

    @property
    def discord_http(self) -> bool:
        """Discord through the interactions endpoint rather than the gateway."""
        return self.discord_mode == "http"

    @property
    def slack_oauth(self) -> bool:
        """Slack for many workspaces: tokens come from the install flow."""
        secret = self.slack_client_secret and self.slack_client_secret.get_secret_value()
        return bool(self.slack_client_id and secret)

    @property
    def slack_http(self) -> bool:
        """Slack through HTTP requests (always so for many workspaces)."""
        return self.slack_mode == "http" or self.slack_oauth

    @property
    def workers(self) -> int:
        """Worker processes: the setting, or one per CPU (at least one)."""
        return self.napier_workers or max(1, os.cpu_count() or 1)

    @property
    def has_discord(self) -> bool:
        return bool(self.discord_token and self.discord_token.get_secret_value())

    @property
    def has_slack(self) -> bool:
        bot = self.slack_bot_token and self.slack_bot_token.get_secret_value()
        secret = self.slack_signing_secret and self.slack_signing_secret.get_secret_value()
        if self.slack_oauth:
            return bool(secret)
        if self.slack_mode == "http":
            return bool(bot and secret)
        app = self.slack_app_token and self.slack_app_token.get_secret_value()
        return bool(bot and app)


@cache
def get_settings() -> Settings:
    """The settings, read once."""
    return Settings()
