"""``forget-me-confirm`` (hidden, behind ``/forget-me``'s button): the runtime deletes everything
stored about the learner on this platform, then the lesson says what was deleted."""

from __future__ import annotations

from napier.commands import Command
from napier.commands.forget import parse

COMMAND = Command(
    name="forget-me-confirm",
    description="forget.description",
    options=(),
    example="/forget-me",
    parse=parse,
    answer="napier.lessons.forget:forgotten",
    hidden=True,
    memory="forget",
    private=True,
)
