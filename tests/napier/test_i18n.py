"""The message catalogue: complete in both languages, and every key the code uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from napier.commands import COMMANDS
from napier.i18n import CATALOGUE, LOCALES, missing_translations, pick_locale, t

SOURCES = Path(__file__).resolve().parents[2]


def test_every_message_exists_in_japanese_and_english() -> None:
    """No catalogue key lacks a text in either language."""
    assert missing_translations() == []


def test_a_missing_translation_is_reported() -> None:
    """The completeness check fails for a key without its Japanese text."""
    assert missing_translations({"demo.key": {"en": "Hello"}}) == ["demo.key:ja"]


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_both_languages_take_the_same_placeholders(key: str) -> None:
    """One language's ``{names}`` are among the other's (a typo in either would not be)."""
    names = [
        {field for _, field, _, _ in string.Formatter().parse(CATALOGUE[key][locale]) if field}
        for locale in LOCALES
    ]
    assert names[0] <= names[1] or names[1] <= names[0], key


def _keys_used_in_code() -> set[str]:
    pattern = re.compile(r"""\b(?:t|UserError|both|rejection)\(\s*["']([a-z_]+\.[\w.]+)["']""")
    found: set[str] = set()
    for folder in ("src/napier", "bot"):
        for path in (SOURCES / folder).rglob("*.py"):
            found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_literal_key_in_the_code_is_in_the_catalogue() -> None:
    """Each ``t("…")`` and ``UserError("…")`` with a literal key names a catalogue message."""
    used = _keys_used_in_code()
    assert len(used) > 50
    assert sorted(used - CATALOGUE.keys()) == []


def test_every_command_and_option_is_described_in_both_languages() -> None:
    """Registry descriptions and choice labels are catalogue keys with ja and en texts."""
    for command in COMMANDS.values():
        for key in (command.description, *(o.description for o in command.options)):
            for locale in LOCALES:
                assert t(key, locale)
        for option in command.options:
            assert len(option.choice_labels) in (0, len(option.choices)), option.name
            for key in option.choice_labels:
                assert all(t(key, locale) for locale in LOCALES)


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (("ja",), "ja"),
        (("ja-JP",), "ja"),
        (("ja_JP.UTF-8",), "ja"),
        (("en-US",), "en"),
        (("en-GB",), "en"),
        (("fr", "ja"), "ja"),
        (("fr",), "en"),
        ((None, ""), "en"),
        ((), "en"),
    ],
)
def test_locale_is_chosen_per_request_with_english_fallback(
    candidates: tuple[str | None, ...], expected: str
) -> None:
    """The first Japanese or English candidate wins; anything else falls back to English."""
    assert pick_locale(*candidates) == expected


def test_unknown_locale_reads_english() -> None:
    """A message asked for in an unknown locale comes back in English."""
    assert t("error.title", "fr") == t("error.title", "en")
