"""Teaching buttons, shared by the adapters: a Reply's follow-up actions and "next step".

A button carries everything needed to answer its click — the command, its arguments, how
many steps to show, and whether it first asks for an answer or answers privately — encoded in
the button's id (Discord ``custom_id``, Slack action ``value``), so a click still works after a
restart: the runtime recomputes or hits its cache.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from napier.errors import UserError
from napier.i18n import t
from napier.reply import Reply

PREFIX = "napier:"
MAX_ID = 100  # Discord's custom_id limit; Slack's value limit is larger
FIRST_STEPS = 1  # steps shown before the learner asks for the next one
ANSWER_OPTION = "answer"  # the option an asked-for text is passed as
ASK, PRIVATE = "a", "p"  # payload flags


@dataclass(frozen=True)
class Button:
    """One button: its label and what its click runs."""

    label: str
    command: str
    args: tuple[tuple[str, str], ...]
    revealed: int | None = None  # show this many steps of the same reply (a "next step" click)
    ask: bool = False  # ask the learner for a line of text first (a modal), passed as "answer"
    private: bool = False  # answer the click privately (ephemeral)

    @property
    def payload(self) -> str:
        data: list[object] = [self.command, [list(pair) for pair in self.args]]
        flags = (ASK if self.ask else "") + (PRIVATE if self.private else "")
        if self.revealed is not None or flags:
            data.append(self.revealed)
        if flags:
            data.append(flags)
        return PREFIX + json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @property
    def arguments(self) -> dict[str, str]:
        return dict(self.args)


def decode(payload: str) -> Button:
    """The button a click came from; a tampered or unknown payload is a UserError."""
    try:
        if not payload.startswith(PREFIX) or len(payload) > 2000:
            raise ValueError(payload[:20])
        data = json.loads(payload[len(PREFIX) :])
        command, args = str(data[0]), tuple((str(k), str(v)) for k, v in data[1])
        revealed = int(data[2]) if len(data) > 2 and data[2] is not None else None
        flags = str(data[3]) if len(data) > 3 else ""
    except (ValueError, TypeError, IndexError, KeyError):
        raise UserError("button.invalid") from None
    return Button("", command, args, revealed, ASK in flags, PRIVATE in flags)


def with_answer(button: Button, text: str) -> dict[str, str]:
    """The arguments of an asked-for button's command, with the learner's text as ``answer``."""
    return {**button.arguments, ANSWER_OPTION: text}


def shown_steps(reply: Reply, revealed: int | None) -> int:
    """How many steps to show: all when there are few, else ``revealed`` (default the first)."""
    if len(reply.steps) <= FIRST_STEPS + 1:
        return len(reply.steps)
    return min(len(reply.steps), revealed if revealed is not None else FIRST_STEPS)


def buttons_for(
    reply: Reply, command: str, args: Mapping[str, str], locale: str, revealed: int
) -> list[Button]:
    """The buttons to show under ``reply``: "next step" while steps remain, then its actions.

    Buttons whose payload would not fit a platform's id are left out.
    """
    found: list[Button] = []
    if not reply.error and revealed < len(reply.steps):
        found.append(
            Button(
                t("button.next_step", locale, shown=revealed, total=len(reply.steps)),
                command,
                tuple(sorted(args.items())),
                revealed + 1,
            )
        )
    found.extend(
        Button(a.label, a.command, a.args, ask=bool(a.ask), private=a.private)
        for a in reply.actions
    )
    return [b for b in found if len(b.payload.encode()) <= MAX_ID][:5]
