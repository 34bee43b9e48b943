"""``/napier [topic] [n]``: Napier's number e — mnemonics, digits, limit, series, derivative."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import CHOICE, INTEGER, Command, Option, integer
from napier.errors import UserError

log = logging.getLogger(__name__)

TOPICS = ("mnemonic", "digits", "limit", "series", "derivative")
ALIASES = {
    "語呂": "mnemonic",
    "語呂合わせ": "mnemonic",
    "覚え方": "mnemonic",
    "桁": "digits",
    "数字": "digits",
    "極限": "limit",
    "級数": "series",
    "微分": "derivative",
    "導関数": "derivative",
}
EXAMPLE = "/napier digits n:50"

DEFAULT_DIGITS = 50
MAX_DIGITS = 10_000


# --- the request -----------------------------------------------------------------------------


@dataclass(frozen=True)
class NapierRequest:
    """A topic about e ("" for the overview) and, for ``digits``, how many decimals."""

    topic: str = ""
    n: int = DEFAULT_DIGITS


def parse(args: Mapping[str, str]) -> NapierRequest:
    """Check the topic and ``n`` (``n`` belongs to ``digits`` only)."""
    topic = ""
    if "topic" in args:
        raw = unicodedata.normalize("NFKC", args["topic"]).strip()
        lowered = raw.lower()
        topic = lowered if lowered in TOPICS else ALIASES.get(raw, "")
        if not topic:
            raise UserError(
                "napier.bad_topic", topic=raw[:32], topics=", ".join(TOPICS), example=EXAMPLE
            )
    if "n" not in args:
        return NapierRequest(topic)
    if topic != "digits":
        raise UserError("napier.n_without_digits", example=EXAMPLE)
    return NapierRequest(topic, integer("n", args["n"], DEFAULT_DIGITS, 1, MAX_DIGITS, EXAMPLE))


COMMAND = Command(
    name="napier",
    description="napier.description",
    options=(
        Option(
            "topic",
            "napier.option.topic",
            kind=CHOICE,
            choices=TOPICS,
            choice_labels=tuple(f"napier.choice.{topic}" for topic in TOPICS),
        ),
        Option(
            "n",
            "napier.option.n",
            kind=INTEGER,
            min_value=1,
            max_value=MAX_DIGITS,
            max_length=12,
            suggestions=("50", "1000", "10000"),
        ),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.napier:answer",
    common=("", *TOPICS),
)
