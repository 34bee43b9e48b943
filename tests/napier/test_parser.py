"""The safe parser: what learners type, and what hostile input gets."""

from __future__ import annotations

import contextlib
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from napier.errors import UserError
from napier.exact import evaluate
from napier.i18n import LOCALES
from napier.notice import Notice
from napier.parser import (
    CONSTANTS,
    MAX_NESTING,
    Binary,
    Constant,
    Negate,
    Node,
    Number,
    Variable,
    parse,
    power,
    tokenize,
    tower_height,
)


def value(text: str):
    return evaluate(parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2^3", 8),
        ("2**3", 8),
        ("2^3^2", 512),
        ("(2^3)^2", 64),
        ("-2^2", -4),
        ("(-2)^2", 4),
        ("2^-3", Fraction(1, 8)),
        ("1/3 + 0.5", Fraction(5, 6)),
        ("0.125", Fraction(1, 8)),
        (".5", Fraction(1, 2)),
        ("2(3+4)", 14),
        ("10 - 2 - 3", 5),
        ("2/4/2", Fraction(1, 4)),
        ("２＾３", 8),
        ("２＊＊１０", 1024),
        ("－３", -3),
        ("−3", -3),
        ("１．５", Fraction(3, 2)),
        ("2³", 8),
        ("10⁻²", Fraction(1, 100)),
        ("（１＋２）＾２", 9),
        ("2 × 3 ÷ 4", Fraction(3, 2)),
    ],
)
def test_accepts_what_keyboards_and_imes_type(text: str, expected: object) -> None:
    """Half- and full-width digits, operators, superscripts and minus signs all parse exactly."""
    result = value(text)
    assert result == Fraction(expected).limit_denominator(10**9) or result == expected


def test_decimals_are_kept_exact() -> None:
    """A decimal literal is an exact fraction, not a float."""
    assert parse("0.1") == Number(Fraction(1, 10))


def test_power_is_right_associative() -> None:
    """``2^3^2`` is ``2^(3^2)``."""
    assert parse("2^3^2") == Binary(
        "^", Number(Fraction(2)), Binary("^", Number(Fraction(3)), Number(Fraction(2)))
    )


def test_unary_minus_binds_looser_than_power() -> None:
    """``-2^2`` is ``-(2^2)``, as in mathematics."""
    assert isinstance(parse("-2^2"), Negate)


def test_constants_and_pi_symbol() -> None:
    """``e``, ``pi`` and ``π`` are the constants."""
    assert parse("e") == Constant("e")
    assert parse("π") == Constant("pi") == parse("pi")
    assert parse("2pi") == Binary("*", Number(Fraction(2)), Constant("pi"))


def test_variable_only_where_allowed() -> None:
    """``x`` is a variable only for commands that allow it, with implicit products."""
    assert parse("3x", variable=True) == Binary("*", Number(Fraction(3)), Variable())
    with pytest.raises(UserError) as caught:
        parse("3x")
    assert caught.value.key == "parse.no_variable"


def test_towers_of_any_height_parse_right_associative() -> None:
    """A tower as tall as the length limit allows parses, grouping from the right, where the
    command sizes it (max_tower=None, as /pow does); a formula drawn in full stops at 12."""
    with pytest.raises(UserError) as caught:
        parse("^".join(["2"] * 13), example="/pow 2 10")
    assert caught.value.key == "parse.tower"
    assert tower_height(parse("^".join(["2"] * 12))) == 12
    node = parse("^".join(["2"] * 50), max_tower=None)
    levels = 0
    while isinstance(node, Binary):
        assert node.op == "^" and node.left == Number(Fraction(2))
        node, levels = node.right, levels + 1
    assert node == Number(Fraction(2)) and levels == 49


HOSTILE = [
    ("__import__('os').system('ls')", "parse.bad_char"),
    ("eval(1)", "parse.unknown_name"),
    ("exec", "parse.unknown_name"),
    ("().__class__", "parse.bad_char"),
    ("lambda: 1", "parse.unknown_name"),
    ("2; import os", "parse.bad_char"),
    ("1e1000000", "parse.scientific"),
    ("1E5", "parse.scientific"),
    ("9" * 5000, "parse.too_long"),
    ("9" * 101, "parse.too_long"),
    ("(" * 300 + "1" + ")" * 300, "parse.too_long"),
    ("(" * 30 + "1" + ")" * 30, "parse.nesting"),
    ("", "parse.empty"),
    ("   \t ", "parse.empty"),
    ("2\x003", "parse.bad_char"),
    ("\u202e2^3", "parse.bad_char"),
    ("2\u200b3", "parse.bad_char"),
    ("2^", "parse.incomplete"),
    ("(2", "parse.unbalanced"),
    ("2)", "parse.unbalanced"),
    ("2 3", "parse.missing_operator"),
    ("*2", "parse.unexpected"),
    ("@everyone", "parse.bad_char"),
    ("<@123>", "parse.bad_char"),
    ("sqrt(2)", "parse.no_functions"),
]


@pytest.mark.parametrize(("text", "key"), HOSTILE)
def test_hostile_input_is_a_clear_user_error(text: str, key: str) -> None:
    """Injection attempts, huge literals, deep nesting and control characters are refused."""
    with pytest.raises(UserError) as caught:
        parse(text)
    assert caught.value.key == key
    for locale in LOCALES:
        message = caught.value.message(locale)
        assert message and "{" not in message


def test_literal_digit_bound() -> None:
    """A 100-digit literal is accepted; the tokenizer refuses a 101-digit one on its own."""
    assert value("9" * 100) == 10**100 - 1
    with pytest.raises(UserError) as caught:
        tokenize("9" * 101, "2^10", CONSTANTS)
    assert caught.value.key == "parse.too_many_digits"


def test_deep_nesting_is_refused_before_recursing() -> None:
    """Nesting past the limit is an error, exactly one level past it."""
    parse("(" * MAX_NESTING + "1" + ")" * MAX_NESTING)
    with pytest.raises(UserError):
        parse("(" * (MAX_NESTING + 1) + "1" + ")" * (MAX_NESTING + 1))


def test_scientific_notation_suggests_a_power_of_ten() -> None:
    """``1e1000000`` is explained, with ``10^1000000`` as the way to write it."""
    with pytest.raises(UserError) as caught:
        parse("1e1000000")
    assert "10^1000000" in caught.value.message("en")


def test_messages_show_a_valid_example() -> None:
    """An error message carries the caller's example, which itself parses."""
    with pytest.raises(UserError) as caught:
        parse("2 +", example="2^10")
    assert "2^10" in caught.value.message("ja")
    parse("2^10")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=120))
def test_any_text_parses_or_is_a_user_error(text: str) -> None:
    """Arbitrary text never raises anything but a UserError."""
    try:
        parse(text, variable=True, functions=True)
    except UserError as error:
        assert error.message("en")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789+-*/^().eπx ２＾", max_size=60))
def test_arithmetic_text_parses_or_is_a_user_error(text: str) -> None:
    """Text made of the grammar's own symbols parses or is refused, never crashes."""
    with contextlib.suppress(UserError):
        parse(text, variable=True)


@given(st.integers(-(10**20), 10**20), st.integers(1, 10**6))
def test_fractions_parse_exactly(p: int, q: int) -> None:
    """``p/q`` evaluates to the exact fraction."""
    assert value(f"{p}/{q}") == Fraction(p, q)


@pytest.mark.parametrize(
    ("text", "tree", "read"),
    [
        ("e^2x", power(Constant("e"), Binary("*", Number(Fraction(2)), Variable())), "e^(2x)"),
        (
            "2^3x",
            power(Number(Fraction(2)), Binary("*", Number(Fraction(3)), Variable())),
            "2^(3x)",
        ),
        (
            "e^-2x",
            power(Constant("e"), Negate(Binary("*", Number(Fraction(2)), Variable()))),
            "e^(-2x)",
        ),
        (
            "e^2(x+1)",
            power(
                Constant("e"),
                Binary("*", Number(Fraction(2)), Binary("+", Variable(), Number(Fraction(1)))),
            ),
            "e^(2(x+1))",
        ),
    ],
)
def test_a_number_against_a_letter_after_a_caret_stays_in_the_exponent(
    text: str, tree: Node, read: str
) -> None:
    """e^2x is e^(2x), as students mean it — and a notice says how it was read."""
    notices: list[Notice] = []
    assert parse(text, variable=True, notices=notices) == tree
    (notice,) = notices
    assert notice.key == "parse.implicit_exponent"
    assert dict(notice.params)["read"] == read
    assert read in notice.message("ja") and read in notice.message("en")


def test_a_space_ends_the_exponent_and_that_is_said() -> None:
    """e^2 x is e^2·x, with a notice; 2x^2 and e^(2x) need none."""
    notices: list[Notice] = []
    tree = parse("e^2 x", variable=True, notices=notices)
    assert tree == Binary("*", power(Constant("e"), Number(Fraction(2))), Variable())
    assert [n.key for n in notices] == ["parse.spaced_exponent"]
    quiet: list[Notice] = []
    parse("2x^2 + e^(2x)", variable=True, notices=quiet)
    assert quiet == []


@pytest.mark.parametrize("text", ["sin(x)", "cos x", "tan(2)", "sinx", "arctan(1)"])
def test_trigonometric_functions_are_named_as_such(text: str) -> None:
    """sin, cos, tan are not 'unknown names': the message says the bot covers exponential and
    logarithmic functions."""
    with pytest.raises(UserError) as caught:
        parse(text, variable=True, functions=True, example="/diff x*e^x")
    assert caught.value.key == "parse.trigonometric"
    assert "/diff x*e^x" in caught.value.message("en")


@pytest.mark.parametrize(
    ("text", "base", "arg"),
    [
        ("log_2(8)", Fraction(2), Fraction(8)),
        ("log_10(1/100)", Fraction(10), Fraction(1, 100)),
        ("log_(1/2)(4)", Fraction(1, 2), Fraction(4)),
        ("ｌｏｇ＿３（５）", Fraction(3), Fraction(5)),
    ],
)
def test_a_logarithm_to_a_base_is_read_only_where_asked(
    text: str, base: Fraction, arg: Fraction
) -> None:
    """log_2(8) is log to base 2 with ``bases=True`` (a practice answer), typed back the same
    way; elsewhere ``_`` is not a character of the grammar."""
    from napier.parser import Log
    from napier.practice.trees import rational
    from napier.printer import typed

    tree = parse(text, functions=True, bases=True)
    assert isinstance(tree, Log)
    assert (rational(tree.base), rational(tree.arg)) == (base, arg)
    assert parse(typed(tree), functions=True, bases=True) == tree
    with pytest.raises(UserError) as caught:
        parse(text, functions=True)
    assert caught.value.key == "parse.bad_char"
