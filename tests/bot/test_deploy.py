"""The deployment files name only settings the bot reads (a typo would be silently ignored)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SETTING = re.compile(r"\b((?:NAPIER|DISCORD|SLACK)_[A-Z_]+)\b")


@pytest.mark.parametrize("name", ["docker-compose.yml", "Dockerfile", ".env.example"])
def test_deployment_files_name_real_settings(name: str) -> None:
    """Every NAPIER_/DISCORD_/SLACK_ name in the file is a setting of ``bot.settings``."""
    named = set(SETTING.findall((ROOT / name).read_text()))
    assert named
    unknown = sorted(n for n in named if n.lower() not in Settings.model_fields)
    assert unknown == []
