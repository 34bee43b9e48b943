"""Replies as bytes for a store shared by replicas (Redis), without pickle.

A pickle read back from a shared store would run whatever code its writer chose; this format
holds only data: ``NR1``, the length of a JSON header, the header (every field of the Reply
but the file contents), then the attachments' bytes one after another.
"""

from __future__ import annotations

import json
import struct

from napier.reply import Action, Attachment, Field, PracticeEvent, Reply

MAGIC = b"NR1"
_LENGTH = struct.Struct(">I")


class BadReply(ValueError):
    """Bytes that are not an encoded reply."""


def encode(reply: Reply) -> bytes:
    """``reply`` as bytes (``decode`` gives an equal Reply back)."""
    header = {
        "title": reply.title,
        "text": reply.text,
        "steps": list(reply.steps),
        "latex": reply.latex,
        "fields": [[f.name, f.value] for f in reply.fields],
        "attachments": [
            [a.filename, len(a.data), a.alt_text, a.media_type] for a in reply.attachments
        ],
        "actions": [
            [a.label, a.command, [list(pair) for pair in a.args], a.ask, a.private]
            for a in reply.actions
        ],
        "error": reply.error,
        "problem": reply.problem,
        "event": None if reply.event is None else _event(reply.event),
    }
    raw = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    return b"".join([MAGIC, _LENGTH.pack(len(raw)), raw, *(a.data for a in reply.attachments)])


def _event(event: PracticeEvent) -> list[object]:
    return [
        event.kind,
        event.exercise,
        event.skill,
        event.level,
        event.answer,
        event.correct,
        event.mistake,
    ]


def _action(label: str, command: str, args: list[list[str]], ask: str, private: bool) -> Action:
    pairs = tuple((str(k), str(v)) for k, v in args)
    return Action(str(label), str(command), pairs, str(ask), bool(private))


def _practice(
    kind: str, exercise: str, skill: str, level: int, answer: str, correct: bool, mistake: str
) -> PracticeEvent:
    return PracticeEvent(
        str(kind), str(exercise), str(skill), int(level), str(answer), bool(correct), str(mistake)
    )


def decode(data: bytes) -> Reply:
    """The Reply ``encode`` wrote; ``BadReply`` for anything else."""
    try:
        if not data.startswith(MAGIC):
            raise BadReply("not an encoded reply")
        (length,) = _LENGTH.unpack_from(data, len(MAGIC))
        start = len(MAGIC) + _LENGTH.size
        header = json.loads(data[start : start + length])
        offset = start + length
        attachments = []
        for filename, size, alt_text, media_type in header["attachments"]:
            blob = data[offset : offset + int(size)]
            if len(blob) != int(size):
                raise BadReply("truncated attachment")
            attachments.append(Attachment(str(filename), blob, str(alt_text), str(media_type)))
            offset += int(size)
        if offset != len(data):
            raise BadReply("trailing bytes")
        event = header["event"]
        return Reply(
            title=str(header["title"]),
            text=str(header["text"]),
            steps=tuple(str(s) for s in header["steps"]),
            latex=str(header["latex"]),
            fields=tuple(Field(str(n), str(v)) for n, v in header["fields"]),
            attachments=tuple(attachments),
            actions=tuple(_action(*action) for action in header["actions"]),
            error=bool(header["error"]),
            problem=str(header["problem"]),
            event=None if event is None else _practice(*event),
        )
    except BadReply:
        raise
    except (ValueError, KeyError, TypeError, IndexError, struct.error) as error:
        raise BadReply(str(error)) from None
