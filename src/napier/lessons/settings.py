"""The lesson of ``/settings``: what is set now (and what was just changed)."""

from __future__ import annotations

from napier.commands.settings import EXAMPLE, SERVER_EXAMPLE, SettingsView
from napier.i18n import t
from napier.reply import Reply


def answer(view: SettingsView, locale: str) -> Reply:
    """The learner's or the server's settings, one per line."""
    lines = []
    if view.changed:
        lines += [t("settings.changed", locale, options=", ".join(view.changed)), ""]
    if view.scope == "me":
        value = t("settings.yes" if view.leaderboard else "settings.no", locale)
        lines.append(t("settings.leaderboard", locale, value=value))
        example = EXAMPLE
    else:
        language = (
            t(f"settings.choice.{view.language}", locale)
            if view.language
            else t("settings.unset", locale)
        )
        lines.append(t("settings.language", locale, value=language))
        lines.append(t("settings.timezone", locale, value=view.timezone))
        lines.append(
            t("settings.daily_on", locale, time=view.time, timezone=view.timezone)
            if view.daily
            else t("settings.daily_off", locale)
        )
        example = SERVER_EXAMPLE
    lines += ["", t("settings.how", locale, example=example)]
    return Reply(title=t(f"settings.title.{view.scope}", locale), text="\n".join(lines))
