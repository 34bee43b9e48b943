"""One message catalogue in Japanese and English, and the choice of locale per request."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from napier.messages import CATALOGUE

log = logging.getLogger(__name__)

LOCALES = ("ja", "en")
DEFAULT_LOCALE = "en"


def pick_locale(*candidates: str | None) -> str:
    """The first candidate that is Japanese or English (``ja-JP``, ``en-US`` …), else English."""
    for candidate in candidates:
        if not candidate:
            continue
        code = str(candidate).strip().lower().replace("_", "-").split("-")[0]
        if code in LOCALES:
            return code
    return DEFAULT_LOCALE


def t(key: str, locale: str, /, **params: Any) -> str:
    """The message ``key`` in ``locale`` (English when the locale is unknown), filled in."""
    entry = CATALOGUE[key]
    template = entry.get(locale) or entry[DEFAULT_LOCALE]
    return template.format(**params) if params else template


def both(key: str) -> dict[str, str]:
    """The message ``key`` in every locale, e.g. for command descriptions."""
    return {locale: CATALOGUE[key][locale] for locale in LOCALES}


def missing_translations(catalogue: Mapping[str, Mapping[str, str]] = CATALOGUE) -> list[str]:
    """Keys that lack a non-empty text in one of the locales."""
    return [
        f"{key}:{locale}"
        for key, entry in catalogue.items()
        for locale in LOCALES
        if not entry.get(locale)
    ]
