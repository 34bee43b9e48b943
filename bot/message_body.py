"""A Reply's message body, shared by the adapters: its text with the steps revealed so far,
and a splitter that cuts long bodies into pieces that fit a platform's text limit."""

from __future__ import annotations

import logging

from bot.buttons import shown_steps
from napier.reply import Reply

log = logging.getLogger(__name__)


def body(reply: Reply, revealed: int | None = None) -> str:
    """The reply's text followed by the steps to show (``buttons.shown_steps``)."""
    return reply.full_text(shown_steps(reply, revealed))


def split_text(text: str, limit: int) -> list[str]:
    """``text`` cut into non-empty pieces of at most ``limit`` characters, at line breaks when
    a line fits, else inside the line; surrounding blank lines are dropped."""
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            cut = line.rfind(" ", 0, limit + 1)
            cut = cut if cut > limit // 2 else limit
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        joined = f"{current}\n{line}" if current else line
        if len(joined) <= limit:
            current = joined
        else:
            pieces.append(current)
            current = line
    pieces.append(current)
    return [piece.strip("\n") for piece in pieces if piece.strip()]
