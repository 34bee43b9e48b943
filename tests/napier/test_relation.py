"""Tests of ``napier.relation``: one relation symbol between two parsed expressions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from napier.errors import UserError
from napier.i18n import LOCALES
from napier.parser import parse
from napier.relation import (
    EQ,
    GE,
    GT,
    LE,
    LT,
    MAX_RELATION_LENGTH,
    parse_relation,
    symbol_latex,
    symbol_text,
)


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("2^x = 8", EQ),
        ("2^x < 8", LT),
        ("2^x > 8", GT),
        ("2^x <= 8", LE),
        ("2^x >= 8", GE),
        ("2^x =< 8", LE),
        ("2^x ≦ 8", LE),
        ("2^x ≧ 8", GE),
        ("2^x ≤ 8", LE),
        ("2^x ≥ 8", GE),
        ("２＾ｘ ＝ ８", EQ),
        ("２＾ｘ＜８", LT),
        ("２＾ｘ ≦ ８", LE),
    ],
)
def test_every_way_of_typing_a_relation_is_read(text: str, op: str) -> None:
    """ASCII, Unicode and full-width symbols (as a Japanese IME types them) all work."""
    found = parse_relation(text)
    assert found.op == op
    assert found.left == parse("2^x", variable=True)
    assert found.right == parse("8")


def test_swapping_sides_reverses_the_symbol() -> None:
    """``8 < 2^x`` read from the other side is ``2^x > 8``."""
    swapped = parse_relation("8 < 2^x").swapped()
    assert swapped.op == GT and swapped.left == parse("2^x", variable=True)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2^x + 8", "relation.missing"),
        ("1 < 2^x < 8", "relation.several"),
        ("2^x = 8 = 2^3", "relation.several"),
        ("= 8", "relation.empty_side"),
        ("2^x =", "relation.empty_side"),
        ("2^x ≠ 8", "relation.unsupported_symbol"),
        ("2^x != 8", "relation.unsupported_symbol"),
        ("2^x = 8" + " " * MAX_RELATION_LENGTH, "parse.too_long"),
        ("2^x = y", "parse.unknown_name"),
    ],
)
def test_malformed_relations_get_clear_messages(text: str, key: str) -> None:
    """No symbol, two symbols, an empty side, ≠, too long: a message in both languages."""
    with pytest.raises(UserError) as caught:
        parse_relation(text)
    assert caught.value.key == key
    assert all(caught.value.message(locale) for locale in LOCALES)


def test_symbols_follow_the_locale() -> None:
    """Japanese textbooks print ≦ ≧ (\\leqq), English ones ≤ ≥ (\\leq)."""
    assert symbol_text(LE, "ja") == "≦" and symbol_text(GE, "ja") == "≧"
    assert symbol_text(LE, "en") == "≤" and symbol_latex(GE, "en") == r"\geq"
    assert symbol_latex(LE, "ja") == r"\leqq"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=250))
def test_any_text_gives_a_relation_or_a_user_error(text: str) -> None:
    """Hostile text never raises anything but a UserError."""
    try:
        parse_relation(text)
    except UserError as error:
        assert error.message("ja") and error.message("en")
