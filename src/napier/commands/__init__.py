"""The command registry: every command, declared once, that every adapter exposes.

A command has two halves. ``parse`` is fast and bounded: it turns the raw option strings into
a hashable, picklable request (or raises a ``UserError``), so that adapters can reject bad
input at once and the runtime can cache by request. ``answer`` does the heavy work —
computation and rendering — and returns a ``Reply``; the runtime runs it in a worker process.

The declarations here and in ``napier.commands.<name>`` are light: they import neither sympy
nor matplotlib, so the bot process (adapters, runtime, input checks) stays small. ``answer``
is an import path (``"napier.lessons.pow:answer"``) resolved only where a reply is computed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import import_module
from pkgutil import iter_modules
from typing import Any

from napier.errors import UserError
from napier.notice import Notice
from napier.reply import Reply

TEXT = "text"
CHOICE = "choice"
INTEGER = "integer"
USER = "user"  # a member of the server: a user picker on Discord, a mention on Slack


@dataclass(frozen=True)
class Option:
    """One option of a command. ``description`` is a message key (ja and en).

    ``choice_labels``, when given, are message keys naming each of ``choices`` for people
    (a chat platform's picker shows them; the values stay what the command takes).
    ``when`` = (other option, value, …) limits an option to some modes of its command, e.g.
    ``("model", "bacteria", "decay")``: values given by position skip options of the other
    modes.
    ``greedy`` marks a text option that takes the rest of a typed line, spaces included
    (``/diff e^x + x^2``, ``/pow 2 ^ 3``); options after it are given by name.
    """

    name: str
    description: str
    kind: str = TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    choice_labels: tuple[str, ...] = ()
    min_value: int | None = None
    max_value: int | None = None
    max_length: int = 100
    suggestions: tuple[str, ...] = ()
    when: tuple[str, ...] | None = None
    greedy: bool = False

    def applies(self, given: Mapping[str, str]) -> bool:
        """Whether this option belongs to the mode chosen in ``given`` (always, without a mode)."""
        if self.when is None:
            return True
        option, *values = self.when
        chosen = given.get(option)
        return chosen is None or chosen.strip().lower() in values


@dataclass(frozen=True)
class Command:
    """A command: its name, description (message key), options, example, and two halves.

    ``answer`` is the import path of the heavy half (``"module:function"``). A ``hidden``
    command is reached only through buttons (an exercise's *Answer*, *Hint*), never typed.
    ``common`` lists option texts, as typed after the name (``"1.4"``, ``""`` for none), of
    lessons that are the same for every learner and often asked: the runtime renders them at
    start, in every language, and keeps them. ``memory`` names what the runtime adds from the
    learner memory before the heavy half runs (``progress``, ``review`` …: the core itself
    never reads or writes it); a ``private`` command's reply is shown only to the one who
    asked.
    """

    name: str
    description: str
    options: tuple[Option, ...]
    example: str
    parse: Callable[[Mapping[str, str]], Hashable]
    answer: str
    hidden: bool = False
    common: tuple[str, ...] = ()
    memory: str = ""
    private: bool = False

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    def prepare(self, raw: Mapping[str, object]) -> Hashable:
        """Check the raw options and parse them into a request (fast; may raise UserError)."""
        args: dict[str, str] = {}
        for name, value in raw.items():
            option = self.option(name)
            if option is None:
                raise UserError(
                    "command.unknown_option",
                    command=self.name,
                    option=str(name)[:32],
                    options=", ".join(o.name for o in self.options) or "—",
                )
            if value is None:
                continue
            text = str(value).strip()
            if text:
                args[name] = text
        for option in self.options:
            if option.required and option.name not in args:
                raise UserError(
                    "command.missing_option",
                    command=self.name,
                    option=option.name,
                    example=self.example,
                )
        return self.parse(args)

    def reply(self, request: Hashable, locale: str) -> Reply:
        """The heavy half: compute, explain and render the reply to a prepared request. What
        ``parse`` assumed about the input (the request's ``notices``) opens the answer."""
        answer = lesson(self.answer)(request, locale)
        notices: tuple[Notice, ...] = getattr(request, "notices", ())
        if not notices or answer.error:
            return answer
        said = "\n".join(notice.message(locale) for notice in dict.fromkeys(notices))
        return replace(answer, text=f"{said}\n{answer.text}" if answer.text else said)


@cache
def lesson(path: str) -> Callable[[Any, str], Reply]:
    """The function an import path (``"napier.lessons.pow:answer"``) names, imported once."""
    module, _, function = path.partition(":")
    return getattr(import_module(module), function)


def choose(option: str, value: str, choices: tuple[str, ...]) -> str:
    """``value`` if it is one of ``choices`` (case-insensitive), else a clear error."""
    lowered = value.strip().lower()
    for choice in choices:
        if choice.lower() == lowered:
            return choice
    raise UserError("command.bad_choice", option=option, choices=", ".join(choices))


_MENTION = re.compile(r"<@!?([A-Za-z0-9]{1,32})(?:\|[^>]{0,80})?>")
_USER_ID = re.compile(r"[0-9]{5,25}|[UW][A-Z0-9]{4,20}")


def member(option: str, value: str, example: str) -> str:
    """The user id a member option names: a Discord id or mention (``<@123>``), a Slack
    mention (``<@U123|name>``) or id (``U123``); anything else is a clear UserError."""
    text = value.strip()
    found = _MENTION.fullmatch(text)
    user = found.group(1) if found else text
    if not _USER_ID.fullmatch(user):
        raise UserError("command.bad_user", option=option, example=example)
    return user


def integer(option: str, value: str | None, default: int, low: int, high: int, example: str) -> int:
    """``value`` as a whole number in ``[low, high]`` (``default`` when absent)."""
    if value is None:
        return default
    import unicodedata

    text = unicodedata.normalize("NFKC", value).strip().replace(",", "").replace("_", "")
    if text.startswith(("+", "-")):
        sign, digits = text[0], text[1:]
    else:
        sign, digits = "", text
    if not digits.isdigit() or len(digits) > 12 or not (low <= int(sign + digits) <= high):
        raise UserError("command.bad_integer", option=option, low=low, high=high, example=example)
    return int(sign + digits)


# How help and adapters list the commands.
ORDER = ("pow", "law", "diff", "napier", "grow", "log", "graph", "solve", "practice", "check")


def _load() -> dict[str, Command]:
    """Every module in this package that defines ``COMMAND``, in ``ORDER``."""
    found = [m.name for m in iter_modules(__path__) if not m.name.startswith("_")]
    found.sort(key=lambda name: (ORDER.index(name) if name in ORDER else len(ORDER), name))
    commands: dict[str, Command] = {}
    for module_name in found:
        command = import_module(f"napier.commands.{module_name}").COMMAND
        commands[command.name] = command
    return commands


COMMANDS: dict[str, Command] = _load()


def get(name: str) -> Command:
    """The command called ``name``, or a UserError that lists the commands."""
    command = COMMANDS.get(name.strip().lstrip("/").lower())
    if command is None:
        raise UserError(
            "command.unknown",
            name=name.strip().lstrip("/")[:32],
            commands=", ".join(f"/{n}" for n in COMMANDS),
        )
    return command


def answer(name: str, request: Hashable, locale: str) -> Reply:
    """Run the heavy half of command ``name`` (called in a worker process)."""
    return COMMANDS[name].reply(request, locale)


def visible() -> list[Command]:
    """The commands people type (adapters expose these; hidden ones come from buttons)."""
    return [command for command in COMMANDS.values() if not command.hidden]
