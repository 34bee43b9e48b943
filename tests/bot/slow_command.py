"""Test-only commands, registered on import: ``/sleep seconds`` and ``/hog mebibytes``.

Worker processes import this module through ``Runtime(initializer=...)``, so tests can make a
job hang or exhaust its memory without any hook in the real commands.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from napier.commands import COMMANDS, Command, Option
from napier.errors import UserError
from napier.reply import Reply

NAME = "sleep"


def _parse(raw: Mapping[str, str]) -> float:
    error = UserError("command.bad_integer", option="seconds", low=0, high=60, example="/sleep 1")
    try:
        seconds = float(raw["seconds"])
    except ValueError:
        raise error from None
    if not 0 <= seconds <= 60:
        raise error
    return seconds


def _answer(seconds: float, locale: str) -> Reply:
    time.sleep(seconds)
    return Reply(title="sleep", text=f"slept {seconds:g} s")


SLEEP = Command(
    name=NAME,
    description="app.name",
    options=(Option("seconds", "app.name", required=True, max_length=10),),
    example="/sleep 1",
    parse=_parse,
    answer="slow_command:_answer",
)

HOG_NAME = "hog"


def _hog(mebibytes: float, locale: str) -> Reply:
    block = bytearray(int(mebibytes) * 1024 * 1024)
    return Reply(title="hog", text=f"held {len(block) >> 20} MiB")


HOG = Command(
    name=HOG_NAME,
    description="app.name",
    options=(Option("seconds", "app.name", required=True, max_length=10),),
    example="/hog 1",
    parse=lambda raw: float(raw["seconds"]),
    answer="slow_command:_hog",
)

COMMANDS.setdefault(NAME, SLEEP)
COMMANDS.setdefault(HOG_NAME, HOG)
