"""The lesson of ``/leaderboard``: the study group's standings as text."""

from __future__ import annotations

from napier.commands.leaderboard import LeaderboardView
from napier.i18n import t
from napier.reply import Reply


def answer(view: LeaderboardView, locale: str) -> Reply:
    """One line per learner, best first; a short note on how it is counted."""
    period = t(f"leaderboard.choice.{view.period}", locale)
    lines = [
        t(
            "leaderboard.row",
            locale,
            rank=row.rank,
            name=row.name,
            correct=row.correct,
            streak=row.streak,
        )
        for row in view.rows
    ] or [t("leaderboard.empty", locale)]
    lines += ["", t("leaderboard.note", locale)]
    return Reply(title=t("leaderboard.title", locale, period=period), text="\n".join(lines))
