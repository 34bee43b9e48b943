"""The text grammar for commands typed as a line: ``/law 1.4 a:2 x:3 y:2``.

Shared by the console and Slack. Options go by position, in the command's order, or by name
as ``name:value`` (Discord style); quotes keep spaces together.
"""

from __future__ import annotations

import unicodedata

from napier.commands import Command, get
from napier.errors import UserError

MAX_LINE = 400
_QUOTES = {'"': '"', "'": "'", "「": "」", "“": "”"}


def split_words(text: str) -> list[str]:
    """Whitespace-separated words; quotes group words with spaces."""
    if len(text) > MAX_LINE:
        raise UserError("command.line_too_long", limit=MAX_LINE)
    text = text.replace("\u3000", " ")
    words: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
            continue
        word: list[str] = []
        while i < len(text) and not text[i].isspace():
            if text[i] in _QUOTES:
                close = text.find(_QUOTES[text[i]], i + 1)
                if close < 0:
                    raise UserError("command.unclosed_quote")
                word.append(text[i + 1 : close])
                i = close + 1
            else:
                word.append(text[i])
                i += 1
        words.append("".join(word))
    return words


def parse_arguments(command: Command, text: str) -> dict[str, str]:
    """Map the words of ``text`` onto ``command``'s options (by position or ``name:value``)."""
    named: dict[str, str] = {}
    positional: list[str] = []
    names = {o.name for o in command.options}
    for word in split_words(text):
        colon = min((i for i in (word.find(":"), word.find("：")) if i >= 0), default=-1)
        key, sep, value = (
            (unicodedata.normalize("NFKC", word[:colon]), ":", word[colon + 1 :])
            if colon > 0
            else ("", "", word)
        )
        if sep and key.lower() in names:
            named[key.lower()] = value
        elif sep and key.isidentifier() and key.isascii():
            raise UserError(
                "command.unknown_option",
                command=command.name,
                option=key[:32],
                options=", ".join(o.name for o in command.options) or "—",
            )
        else:
            positional.append(word)
    free = [o for o in command.options if o.name not in named]
    for word in positional:
        # The next free option of the chosen mode: /grow bacteria 100 0.5 5 fills start,
        # doubling and hours, not the interest options that come first.
        slot = next((o for o in free if o.applies(named)), None)
        if slot is None:
            raise UserError(
                "command.too_many_values", command=command.name, example=command.example
            )
        named[slot.name] = word
        free.remove(slot)
    return named


def parse_line(line: str) -> tuple[Command, dict[str, str]]:
    """``/pow 2 3`` → (the pow command, {"base": "2", "exponent": "3"})."""
    if len(line) > MAX_LINE:
        raise UserError("command.line_too_long", limit=MAX_LINE)
    stripped = line.replace("\u3000", " ").strip()
    if not unicodedata.normalize("NFKC", stripped[:1]) == "/":
        raise UserError("command.not_a_command")
    name, _, rest = stripped[1:].partition(" ")
    command = get(unicodedata.normalize("NFKC", name))
    return command, parse_arguments(command, rest)
