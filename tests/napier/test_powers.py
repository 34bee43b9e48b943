"""Tests of ``napier.powers``: exact roots, primitive bases and terms, against exact arithmetic
and sympy objects written here."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from napier.errors import UserError
from napier.parser import parse
from napier.powers import (
    MAX_DIGITS,
    E,
    Term,
    Unsupported,
    expand,
    integer_root,
    perfect_power,
    primitive,
    rational_power,
)

X = sympy.Symbol("x")


@given(st.integers(min_value=0, max_value=10**60), st.integers(min_value=1, max_value=70))
def test_integer_root_is_exact_or_none(n: int, k: int) -> None:
    """The k-th root is returned exactly when n is a k-th power, and None otherwise."""
    root = integer_root(n, k)
    floor = sympy.integer_nthroot(n, k)
    assert root == (floor[0] if floor[1] else None)


@given(st.integers(min_value=2, max_value=500), st.integers(min_value=1, max_value=40))
def test_perfect_powers_are_found_with_the_largest_exponent(base: int, exponent: int) -> None:
    """base^exponent is split into a root that is not a perfect power and the full exponent."""
    root, found = perfect_power(base**exponent)
    assert root**found == base**exponent
    assert found % exponent == 0
    assert all(integer_root(root, k) is None for k in range(2, root.bit_length() + 1))


def test_primitive_bases_of_textbook_numbers() -> None:
    """8 = 2^3, 1/2 = 2^(-1), 4/9 = (3/2)^(-2), 12 = 12^1."""
    assert primitive(Fraction(8)) == (Fraction(2), 3)
    assert primitive(Fraction(1, 2)) == (Fraction(2), -1)
    assert primitive(Fraction(4, 9)) == (Fraction(3, 2), -2)
    assert primitive(Fraction(12)) == (Fraction(12), 1)
    assert primitive(Fraction(1, 1000)) == (Fraction(10), -3)


@given(
    st.fractions(min_value=Fraction(1, 500), max_value=500).filter(lambda q: q != 1),
)
def test_primitive_base_is_unique(value: Fraction) -> None:
    """value = b^k with b > 1 not a perfect power (checked by brute force over exponents)."""
    base, k = primitive(value)
    assert base > 1 and base**k == value
    for m in range(2, 12):
        p, q = integer_root(base.numerator, m), integer_root(base.denominator, m)
        assert p is None or q is None


def test_rational_power_is_exact_and_refuses_irrational_and_huge_results() -> None:
    """8^(2/3) = 4; 2^(1/2) is not rational; a 10^500 result is refused before computing."""
    assert rational_power(Fraction(8), Fraction(2, 3), "2") == 4
    assert rational_power(Fraction(1, 4), Fraction(-3, 2), "2") == 8
    assert rational_power(Fraction(2), Fraction(1, 2), "2") is None
    with pytest.raises(UserError) as caught:
        rational_power(Fraction(10), Fraction(MAX_DIGITS + 100), "2")
    assert caught.value.key == "powers.too_large"
    with pytest.raises(Unsupported):
        rational_power(Fraction(-8), Fraction(1, 3), "2")


def _value(terms: list[Term], x: sympy.Expr) -> sympy.Expr:
    total = sympy.Integer(0)
    for term in terms:
        value = sympy.Rational(term.coefficient.numerator, term.coefficient.denominator)
        for base, p in term.factors:
            b = sympy.E if base == E else sympy.Rational(base.numerator, base.denominator)
            exponent = sum(
                sympy.Rational(c.numerator, c.denominator) * x**i for i, c in enumerate(p)
            )
            value *= b**exponent
        total += value
    return total


@pytest.mark.parametrize(
    ("text", "oracle"),
    [
        ("4^x - 2^(x+1) - 8", 4**X - 2 ** (X + 1) - 8),
        ("9^x - 4*3^x + 3", 9**X - 4 * 3**X + 3),
        ("(1/2)^x", sympy.Rational(1, 2) ** X),
        ("sqrt(2)^x * 8", sympy.sqrt(2) ** X * 8),
        ("e^(2x) - 3e^x + 2", sympy.exp(2 * X) - 3 * sympy.exp(X) + 2),
        ("exp(x^2 - x)", sympy.exp(X**2 - X)),
        ("2^x + 2^(-x)", 2**X + 2 ** (-X)),
        ("(2^x - 1)^2", (2**X - 1) ** 2),
        ("3*2^x/6", 3 * 2**X / 6),
        ("27^((x-1)/3)", 27 ** ((X - 1) / 3)),
        ("(4^x)^(1/2)", (4**X) ** sympy.Rational(1, 2)),
        ("2^10000 * 2^x", 2**10000 * 2**X),
        ("(-2)^3 * 5^x", -8 * 5**X),
    ],
)
def test_expansion_keeps_the_value(text: str, oracle: sympy.Expr) -> None:
    """The terms have the expression's value at several points (oracle written by hand)."""
    terms = expand(parse(text, variable=True, functions=True), "2")
    for point in (sympy.Rational(-3, 2), 0, sympy.Rational(1, 3), 2):
        ours, theirs = _value(terms, point), oracle.subs(X, point)
        assert abs(sympy.N(ours - theirs, 50)) <= sympy.Float(10) ** -40 * (
            1 + abs(sympy.N(theirs, 20))
        )


def test_like_terms_are_collected() -> None:
    """2^x + 2^x is one term 2·2^x; 2^x - 2^x is nothing."""
    (term,) = expand(parse("2^x + 2^x", variable=True), "2")
    assert term.coefficient == 2
    assert expand(parse("2^x - 2^x", variable=True), "2") == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("x*2^x", "x_outside_exponent"),
        ("x^x", "x_in_base"),
        ("2^(x^3)", "degree"),
        ("log(x)", "logarithm"),
        ("pi^x", "pi"),
        ("(-2)^x", "negative_base"),
        ("(-8)^(1/3)", "negative_base"),
        ("2^(1/x)", "x_in_denominator"),
        ("1/(2^x + 1)", "divided_by_sum"),
        ("(2^(1/2) + 1)^x", "base_not_power"),
        ("(2^x + 1)^x", "x_in_base"),
        ("(2^x + 1)^9", "power_of_sum"),
        ("2^(2^x)", "tower"),
        ("2^(e*x)", "irrational_exponent"),
    ],
)
def test_forms_outside_the_engines_are_named(text: str, reason: str) -> None:
    """Each unsupported form raises Unsupported with its own reason."""
    with pytest.raises(Unsupported) as caught:
        expand(parse(text, variable=True, functions=True), "2")
    assert caught.value.reason == reason


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789x^*/+-()e.", min_size=1, max_size=40))
def test_any_expression_expands_or_is_refused(text: str) -> None:
    """Arbitrary input gives terms, Unsupported or a UserError — never another exception."""
    try:
        node = parse(text, variable=True, functions=True)
    except UserError:
        return
    try:
        terms = expand(node, "2")
    except (Unsupported, UserError):
        return
    for term in terms:
        numerator, denominator = term.coefficient.numerator, term.coefficient.denominator
        assert math.log10(max(abs(numerator), denominator, 1)) <= MAX_DIGITS + 1
