"""Dates and times as a learner reads them, in the server's time zone (light: no I/O)."""

from __future__ import annotations

from datetime import datetime

from napier.i18n import t

_WEEKDAYS_JA = "月火水木金土日"
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def moment(when: str, now: str, locale: str) -> str:
    """An ISO time (with its offset) as ``11月30日(月) 9:00`` or ``Mon 30 Nov, 09:00``; a time
    not after ``now`` is "now"."""
    at = datetime.fromisoformat(when)
    if now and at <= datetime.fromisoformat(now):
        return t("dates.now", locale)
    if locale == "ja":
        return f"{at.month}月{at.day}日({_WEEKDAYS_JA[at.weekday()]}) {at.hour}:{at.minute:02d}"
    weekday, month = _WEEKDAYS_EN[at.weekday()], _MONTHS_EN[at.month - 1]
    return f"{weekday} {at.day} {month}, {at.hour:02d}:{at.minute:02d}"
