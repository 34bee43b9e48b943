"""The learner memory: answers, review, progress, leaderboards and study-group settings."""

from __future__ import annotations

from bot.storage.review import Mastery, mastery, rating
from bot.storage.store import (
    DueReview,
    Forgotten,
    LeaderboardRow,
    Learner,
    Progress,
    Recorded,
    ReviewState,
    ServerSettings,
    SkillProgress,
    StorageUnavailable,
    Store,
    UnknownLearner,
)

__all__ = [
    "DueReview",
    "Forgotten",
    "LeaderboardRow",
    "Learner",
    "Mastery",
    "Progress",
    "Recorded",
    "ReviewState",
    "ServerSettings",
    "SkillProgress",
    "StorageUnavailable",
    "Store",
    "UnknownLearner",
    "mastery",
    "rating",
]
