"""Napier's pure core: parse, compute, explain, render — and a platform-neutral Reply."""

from __future__ import annotations

from napier.errors import UserError
from napier.reply import Action, Attachment, Field, PracticeEvent, Reply

__all__ = ["Action", "Attachment", "Field", "PracticeEvent", "Reply", "UserError"]
