"""``/settings``: a learner's own settings (``me``) and the study group's (``server``: its
language, time zone and daily problem — for server administrators only).

The light half: the options are checked here; the runtime applies them to the learner memory
and fills the view of what is set now.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import CHOICE, TEXT, Command, Option, choose
from napier.errors import UserError

EXAMPLE = "/settings me leaderboard:off"
SERVER_EXAMPLE = "/settings server daily:on time:07:30 timezone:Asia/Tokyo"
SCOPES = ("me", "server")
SWITCH = ("on", "off")
LANGUAGES = ("ja", "en")
MINE = ("leaderboard",)
THE_SERVERS = ("language", "timezone", "daily", "time")
_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")
_ZONE = re.compile(r"[A-Za-z0-9_+\-]{1,32}(/[A-Za-z0-9_+\-]{1,32}){0,2}")


@dataclass(frozen=True)
class SettingsRequest:
    """What to change (``None``: leave as it is) for ``scope`` ``me`` or ``server``."""

    scope: str = "me"
    leaderboard: bool | None = None
    language: str | None = None
    timezone: str | None = None
    daily: bool | None = None
    time: str | None = None

    @property
    def changes(self) -> bool:
        return any(
            value is not None
            for value in (self.leaderboard, self.language, self.timezone, self.daily, self.time)
        )


@dataclass(frozen=True)
class SettingsView:
    """The settings as they are now, after ``changed`` were applied. ``channel`` is where the
    daily problem goes (the channel ``daily:on`` was given in)."""

    scope: str
    changed: tuple[str, ...]
    leaderboard: bool = True
    language: str = ""
    timezone: str = "UTC"
    daily: bool = False
    channel: str = ""
    time: str = "09:00"


def _switch(option: str, value: str | None) -> bool | None:
    return None if value is None else choose(option, value, SWITCH) == "on"


def parse(args: Mapping[str, str]) -> SettingsRequest:
    """Check the scope and each value's form; a server option under ``me`` (or the reverse)
    is a clear error."""
    scope = choose("scope", args["scope"], SCOPES) if "scope" in args else "me"
    wrong = [o for o in (THE_SERVERS if scope == "me" else MINE) if o in args]
    if wrong:
        raise UserError(
            "settings.wrong_scope",
            option=wrong[0],
            scope=scope,
            example=SERVER_EXAMPLE if scope == "me" else EXAMPLE,
        )
    time = args.get("time")
    if time is not None:
        time = unicodedata.normalize("NFKC", time).strip()
        found = _TIME.fullmatch(time)
        if not found:
            raise UserError("settings.bad_time", given=time[:20], example=SERVER_EXAMPLE)
        time = f"{int(found.group(1)):02d}:{found.group(2)}"
    zone = args.get("timezone")
    if zone is not None:
        zone = unicodedata.normalize("NFKC", zone).strip()
        if not _ZONE.fullmatch(zone):
            raise UserError("settings.bad_timezone", given=zone[:40], example=SERVER_EXAMPLE)
    return SettingsRequest(
        scope=scope,
        leaderboard=_switch("leaderboard", args.get("leaderboard")),
        language=choose("language", args["language"], LANGUAGES) if "language" in args else None,
        timezone=zone,
        daily=_switch("daily", args.get("daily")),
        time=time,
    )


COMMAND = Command(
    name="settings",
    description="settings.description",
    options=(
        Option(
            "scope",
            "settings.option.scope",
            kind=CHOICE,
            choices=SCOPES,
            choice_labels=tuple(f"settings.choice.{s}" for s in SCOPES),
        ),
        Option(
            "leaderboard",
            "settings.option.leaderboard",
            kind=CHOICE,
            choices=SWITCH,
            choice_labels=("settings.choice.on", "settings.choice.off"),
        ),
        Option(
            "language",
            "settings.option.language",
            kind=CHOICE,
            choices=LANGUAGES,
            choice_labels=("settings.choice.ja", "settings.choice.en"),
        ),
        Option(
            "timezone",
            "settings.option.timezone",
            kind=TEXT,
            max_length=64,
            suggestions=("Asia/Tokyo", "UTC", "America/New_York", "Europe/London"),
        ),
        Option(
            "daily",
            "settings.option.daily",
            kind=CHOICE,
            choices=SWITCH,
            choice_labels=("settings.choice.on", "settings.choice.off"),
        ),
        Option("time", "settings.option.time", kind=TEXT, max_length=8, suggestions=("07:30",)),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.settings:answer",
    memory="settings",
    private=True,
)
