"""The platform-neutral answer to a command; only adapters turn it into messages."""

from __future__ import annotations

from dataclasses import dataclass

PNG = "image/png"
TEXT = "text/plain"


@dataclass(frozen=True)
class Attachment:
    """A file sent with a reply: a PNG image (with alt text) or a text file."""

    filename: str
    data: bytes
    alt_text: str
    media_type: str = PNG

    @property
    def is_image(self) -> bool:
        return self.media_type == PNG


@dataclass(frozen=True)
class Field:
    """A short named value (an embed field on Discord, a section on Slack)."""

    name: str
    value: str


@dataclass(frozen=True)
class Action:
    """A follow-up the learner can take with one click: run ``command`` with ``args``.

    ``ask``, when set, is the label of one line of text the adapter asks for first (a modal on
    Discord and Slack, a prompt on the console); the text goes to the command as the option
    ``answer``. ``private`` shows the reply to the click only to the learner who clicked.
    """

    label: str
    command: str
    args: tuple[tuple[str, str], ...] = ()
    ask: str = ""
    private: bool = False


@dataclass(frozen=True)
class PracticeEvent:
    """What a reply means for the learner's record; the runtime stores it (the core never does).

    ``kind`` is ``answer`` (an answer was checked), ``hint`` or ``solution`` (shown);
    ``exercise`` is the exercise id (``skill:level:seed``); ``mistake`` the diagnosed
    misconception's id, if any.
    """

    kind: str
    exercise: str
    skill: str
    level: int
    answer: str = ""
    correct: bool = False
    mistake: str = ""


@dataclass(frozen=True)
class Reply:
    """What a command answers.

    ``text`` and ``steps`` use a small markdown subset: ``**bold**``, ```code```, and lines
    starting with ``- `` as bullets. ``steps`` are the derivation, one per item, so that an
    adapter can reveal them one at a time. ``latex`` is the formula shown in the first image.
    ``error`` marks a reply that is not an answer — a rejected input, a time-out, a bug —
    which adapters show privately (ephemeral); ``problem`` says which (``input``, ``limit``,
    ``bug``) for logs and exit codes. ``event``, when set, is what the learner did (answered
    an exercise, asked for a hint) for the runtime to record.
    """

    title: str
    text: str
    steps: tuple[str, ...] = ()
    latex: str = ""
    fields: tuple[Field, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    actions: tuple[Action, ...] = ()
    error: bool = False
    problem: str = ""
    event: PracticeEvent | None = None

    @property
    def images(self) -> tuple[Attachment, ...]:
        return tuple(a for a in self.attachments if a.is_image)

    def full_text(self, revealed: int | None = None) -> str:
        """The text followed by the first ``revealed`` steps (all by default)."""
        shown = self.steps if revealed is None else self.steps[:revealed]
        parts = [self.text, *shown] if self.text else list(shown)
        return "\n".join(parts)

    @classmethod
    def rejected(cls, title: str, message: str, problem: str = "input") -> Reply:
        """A private reply that explains why there is no answer."""
        return cls(title=title, text=message, error=True, problem=problem)
