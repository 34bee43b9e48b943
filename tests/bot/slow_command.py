"""Test-only commands: ``/sleep seconds``, ``/hog mebibytes`` and ``/oversized``.

Nothing is registered on import (test collection must not see them); worker processes register
them through ``Runtime(initializer="slow_worker")`` and tests add them to the registry
themselves, so tests can make a job hang, exhaust its memory or answer with more than a
platform accepts, without any hook in the real commands.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from png_checks import tiny_png

from napier.commands import COMMANDS, Command, Option
from napier.errors import UserError
from napier.reply import Action, Attachment, Field, Reply

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

OVERSIZED_NAME = "oversized"
OVERSIZED_FILE_BYTES = 11 * 1024 * 1024  # over the 10 MiB the fake Discord allows


def _oversized(_: object, locale: str) -> Reply:
    """More of everything than any platform takes: a 300-character title, 120,000 characters of
    text, 80 long steps, 30 fields of 1,000 characters, an 11 MiB file among 14 images."""
    images = tuple(Attachment(f"image-{i:02d}.png", tiny_png(), f"image {i}") for i in range(13))
    huge = Attachment("huge.png", tiny_png() + bytes(OVERSIZED_FILE_BYTES), "too large")
    return Reply(
        title="T" * 300,
        text="\n".join(f"**line {i}** " + "word " * 40 for i in range(600)),
        steps=tuple(f"step {i}: " + "x" * 500 for i in range(80)),
        fields=tuple(Field(f"field {i:02d}", "v" * 1000) for i in range(30)),
        attachments=(images[0], huge, *images[1:]),
        actions=(Action("Again", OVERSIZED_NAME),),
    )


OVERSIZED = Command(
    name=OVERSIZED_NAME,
    description="app.name",
    options=(),
    example="/oversized",
    parse=lambda raw: 0,
    answer="slow_command:_oversized",
)


def register() -> None:
    """Add the test commands to the registry (in a worker process: ``slow_worker``)."""
    for command in (SLEEP, HOG, OVERSIZED):
        COMMANDS.setdefault(command.name, command)
