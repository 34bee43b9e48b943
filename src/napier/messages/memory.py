"""Messages about the learner memory: saving progress, and the memory commands."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "memory.unavailable": {
        "ja": "いまは学習の記録を保存できません(データベースに接続できません)。レッスンはこのまま使えます。",
        "en": "Progress is not being saved right now (the database cannot be reached). "
        "The lessons work as usual.",
    },
}
