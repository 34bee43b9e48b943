"""The text grammar for commands typed as a line: ``/law 1.4 a:2 x:3 y:2``.

Shared by the console and Slack. Options go by position, in the command's order, or by name
as ``name:value`` (Discord style); quotes keep spaces together.
"""

from __future__ import annotations

import re
import unicodedata

from napier.commands import Command, get
from napier.errors import UserError

MAX_LINE = 400
_QUOTES = {'"': '"', "'": "'", "「": "」", "“": "”"}


def split_words(text: str) -> list[str]:
    """Whitespace-separated words; quotes group words with spaces."""
    return [word for word, _ in _words(text)]


def _words(text: str) -> list[tuple[str, int]]:
    """The words of ``text`` with the position where each starts."""
    if len(text) > MAX_LINE:
        raise UserError("command.line_too_long", limit=MAX_LINE)
    text = text.replace("\u3000", " ")
    words: list[tuple[str, int]] = []
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        start = i
        word, i = _read_word(text, i)
        words.append((word, start))
    return words


def _read_word(text: str, i: int) -> tuple[str, int]:
    """The word that starts at ``i`` (quotes group spaces) and where it ends."""
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
    return "".join(word), i


def _named(word: str, names: set[str]) -> tuple[str, str] | None:
    """``(name, value)`` when ``word`` is ``name:value`` for one of ``names``."""
    colon = min((i for i in (word.find(":"), word.find("：")) if i >= 0), default=-1)
    if colon <= 0:
        return None
    key = unicodedata.normalize("NFKC", word[:colon]).lower()
    return (key, word[colon + 1 :]) if key in names else None


def _option_like(word: str) -> bool:
    """Whether ``word`` looks like ``name:value`` (a known option or a misspelt one)."""
    colon = min((i for i in (word.find(":"), word.find("：")) if i >= 0), default=-1)
    key = unicodedata.normalize("NFKC", word[:colon]) if colon > 0 else ""
    return bool(key) and key.isidentifier() and key.isascii()


def parse_arguments(command: Command, text: str) -> dict[str, str]:
    """Map the words of ``text`` onto ``command``'s options (by position or ``name:value``).

    A greedy option (``Option.greedy``) reached by position takes the rest of the line as it
    was typed, spaces included, up to any trailing ``name:value`` words of other options.
    """
    names = {o.name for o in command.options}
    greedy = next((o for o in command.options if o.greedy), None)
    if greedy is not None:
        text = text.replace("\u3000", " ")
        if len(text) > MAX_LINE:
            raise UserError("command.line_too_long", limit=MAX_LINE)
    words = _words(text) if greedy is None else _greedy_words(command, text, names)
    named: dict[str, str] = {}
    positional: list[str] = []
    for word, _ in words:
        pair = _named(word, names)
        colon = min((i for i in (word.find(":"), word.find("：")) if i >= 0), default=-1)
        key = unicodedata.normalize("NFKC", word[:colon]) if colon > 0 else ""
        if pair is not None:
            named[pair[0]] = pair[1]
        elif key and key.isidentifier() and key.isascii():
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


def _greedy_words(command: Command, text: str, names: set[str]) -> list[tuple[str, int]]:
    """The words of a line for a command with a greedy option: the options before it by
    position (quotes group spaces), then the rest of the line as typed as one
    ``name:value`` word, then trailing ``name:value`` words of other options."""
    greedy = next(i for i, o in enumerate(command.options) if o.greedy)
    tokens = [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]
    at = dict((start, word) for word, start in tokens)
    given = {pair[0] for word, _ in tokens if (pair := _named(word, names)) is not None}
    leading = sum(o.name not in given for o in command.options[:greedy])
    end = len(tokens)
    while end > 0 and _option_like(tokens[end - 1][0]):
        end -= 1
    stop = tokens[end - 1][1] + len(tokens[end - 1][0]) if end else 0
    name = command.options[greedy].name
    words: list[tuple[str, int]] = []
    i = filled = 0
    while True:
        while i < stop and text[i].isspace():
            i += 1
        named = i in at and _option_like(at[i])
        if i >= stop or (filled >= leading and not named):
            break
        pair = _named(at[i], names) if named else None
        if pair is not None and pair[0] == name:
            # the greedy option by name (problem:2^x = 8): its value runs on to the end too
            i += min(at[i].find(c) for c in ":：" if c in at[i]) + 1
            break
        word, after = _read_word(text, i)
        words.append((word, i))
        filled += not named
        i = after
    if i < stop:
        words.append((f"{name}:{text[i:stop]}", i))
    return words + tokens[end:]


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
