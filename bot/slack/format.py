"""Turning a Reply into Slack: mrkdwn text and Block Kit blocks (pure, no network)."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from bot.buttons import Button
from bot.message_body import body, split_text
from napier.i18n import t
from napier.reply import Field, Reply

log = logging.getLogger(__name__)

SECTION_LIMIT = 3000  # characters of a section block's text
FIELD_LIMIT = 2000  # characters of one section field
FIELDS_PER_SECTION = 10
HEADER_LIMIT = 150
BUTTON_LABEL_LIMIT = 75
MAX_BLOCKS = 50
BUTTON_ACTION = "napier_button_{index}"
BUTTON_ACTION_PATTERN = re.compile(r"^napier_button_\d+$")
ANSWER_CALLBACK = "napier_answer"  # the answer modal's callback id
ANSWER_BLOCK = "answer"  # its input block (errors are keyed by it)
MODAL_TITLE_LIMIT = 24
MODAL_BUTTON_LIMIT = 24
INPUT_LABEL_LIMIT = 2000
ANSWER_MAX = 100  # characters (the parser's own limit)

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")

ZWSP = "\u200b"

Block = dict[str, Any]


def escape(text: str) -> str:
    """Text with Slack's control characters escaped, so it cannot form links or mentions."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_mrkdwn(text: str) -> str:
    """The core's markdown subset as Slack mrkdwn: ``**bold**`` → ``*bold*`` (also around or
    across code, ``**`f'(x) = 1`**`` → ``*`f'(x) = 1`*``), ``- `` bullets → ``•``, code spans
    kept as they are; ``&``, ``<`` and ``>`` escaped everywhere."""
    lines = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        if stripped.startswith("- "):
            line = f"{line[: len(line) - len(stripped)]}• {stripped[2:]}"
        lines.append(_inline(line))
    return "\n".join(lines)


def _bold_markers(line: str) -> list[int]:
    """Where ``**`` stands outside code spans (a backtick without a partner is plain text)."""
    markers: list[int] = []
    in_code = False
    i = 0
    while i < len(line):
        if line[i] == "`" and (in_code or "`" in line[i + 1 :]):
            in_code = not in_code
        elif not in_code and line.startswith("**", i):
            markers.append(i)
            i += 2
            continue
        i += 1
    return markers


def _inline(line: str) -> str:
    """One line: bold markers paired in order across code spans, each made a Slack ``*`` with
    a zero width space where Slack needs a word boundary (Japanese has no spaces); an opening
    marker without its closing one is dropped, never shown."""
    markers = _bold_markers(line)
    out: list[str] = []
    last = 0
    for number, position in enumerate(markers):
        out.append(escape(line[last:position]))
        last = position + 2
        if number == len(markers) - 1 and number % 2 == 0:
            continue
        if number % 2 == 0:
            before = line[position - 1] if position else " "
            out.append(("" if _boundary(before) else ZWSP) + "*")
        else:
            after = line[last] if last < len(line) else " "
            out.append("*" + ("" if _boundary(after) else ZWSP))
    out.append(escape(line[last:]))
    return "".join(out)


def _boundary(char: str) -> bool:
    return char.isspace() or char in ",.;:!?()[]'\"-`"


def plain(text: str) -> str:
    """The markdown subset without its marks, for plain-text places (headers, notifications)."""
    return _BOLD.sub(r"\1", text)


def sections(text: str) -> list[Block]:
    """Section blocks holding ``text`` (markdown subset), each within Slack's limit."""
    blocks: list[Block] = []
    for piece in split_text(text, SECTION_LIMIT * 2 // 3):
        for chunk in split_text(to_mrkdwn(piece), SECTION_LIMIT):
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
    return blocks


def field_sections(fields: tuple[Field, ...]) -> list[Block]:
    """The reply's fields as section fields, ten to a section."""
    texts = [
        _cut(f"*{escape(plain(field.name))}*\n{to_mrkdwn(field.value)}", FIELD_LIMIT)
        for field in fields
    ]
    return [
        {
            "type": "section",
            "fields": [
                {"type": "mrkdwn", "text": text}
                for text in texts[start : start + FIELDS_PER_SECTION]
            ],
        }
        for start in range(0, len(texts), FIELDS_PER_SECTION)
    ]


def actions(buttons: list[Button]) -> list[Block]:
    """The teaching buttons as one actions block; each value is the button's payload."""
    if not buttons:
        return []
    return [
        {
            "type": "actions",
            "block_id": "napier_buttons",
            "elements": [
                {
                    "type": "button",
                    "text": {
                        "type": "plain_text",
                        "text": _cut(plain(button.label), BUTTON_LABEL_LIMIT),
                        "emoji": True,
                    },
                    "action_id": BUTTON_ACTION.format(index=index),
                    "value": button.payload,
                }
                for index, button in enumerate(buttons)
            ],
        }
    ]


def header(title: str) -> list[Block]:
    """A header block for ``title`` (none for an empty title)."""
    if not title.strip():
        return []
    text = _cut(plain(title), HEADER_LIMIT)
    return [{"type": "header", "text": {"type": "plain_text", "text": text, "emoji": True}}]


def reply_blocks(
    reply: Reply, revealed: int | None, buttons: list[Button], note: str = ""
) -> list[Block]:
    """The blocks of a reply's message: title, an optional note, text with the revealed steps,
    fields and buttons (within Slack's 50 blocks, the buttons kept)."""
    top = header(reply.title)
    if note:
        top.append({"type": "context", "elements": [{"type": "mrkdwn", "text": to_mrkdwn(note)}]})
    middle = sections(body(reply, revealed)) + field_sections(reply.fields)
    bottom = actions(buttons)
    room = MAX_BLOCKS - len(top) - len(bottom)
    if len(middle) > room:
        log.warning("reply %r needs %d blocks; cut to %d", reply.title, len(middle), room)
        middle = middle[:room]
    return top + middle + bottom


def answer_modal(
    payload: str, title: str, locale: str, channel: str, shown: str = ""
) -> dict[str, Any]:
    """The modal that asks for an answer (``views.open``); its metadata carries the clicked
    button's payload, the channel and the time of the message it came from (``ts``), so the
    submission is answered from the view alone."""
    return {
        "type": "modal",
        "callback_id": ANSWER_CALLBACK,
        "private_metadata": json.dumps({"payload": payload, "channel": channel, "ts": shown}),
        "title": _plain_text(title or t("ask.title", locale), MODAL_TITLE_LIMIT),
        "submit": _plain_text(t("ask.submit", locale), MODAL_BUTTON_LIMIT),
        "close": _plain_text(t("ask.cancel", locale), MODAL_BUTTON_LIMIT),
        "blocks": [
            {
                "type": "input",
                "block_id": ANSWER_BLOCK,
                "label": _plain_text(t("ask.field", locale), INPUT_LABEL_LIMIT),
                "element": {
                    "type": "plain_text_input",
                    "action_id": ANSWER_BLOCK,
                    "max_length": ANSWER_MAX,
                    "focus_on_load": True,
                },
            }
        ],
    }


def _plain_text(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": _cut(plain(text), limit), "emoji": True}


def submitted_answer(view: dict[str, Any]) -> tuple[str, str, str, float]:
    """(the button's payload, the channel, the typed answer, when the message it came from was
    posted — epoch seconds, 0 when unknown) of a submitted answer modal."""
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        meta = {}
    values = ((view.get("state") or {}).get("values") or {}).get(ANSWER_BLOCK) or {}
    text = (values.get(ANSWER_BLOCK) or {}).get("value") or ""
    try:
        shown = float(meta.get("ts") or 0)
    except (TypeError, ValueError):
        shown = 0.0
    return str(meta.get("payload", "")), str(meta.get("channel", "")), str(text), shown


def notification_text(reply: Reply) -> str:
    """The message's fallback text (notifications, screen readers): title, then text."""
    first = reply.text.split("\n", 1)[0] if reply.text else ""
    return _cut(to_mrkdwn(" — ".join(part for part in (reply.title, first) if part)), 3000)


def error_text(reply: Reply) -> str:
    """A rejected input's message as mrkdwn: the title in bold, then the reason."""
    title = f"*{escape(plain(reply.title))}*" if reply.title else ""
    return "\n".join(part for part in (title, to_mrkdwn(reply.text)) if part)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
