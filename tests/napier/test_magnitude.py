"""Size first: digit counts, leading and trailing digits of powers and towers, checked against
exact integer arithmetic where the power can be built, and otherwise against the decimal module
(independent of mpmath) at twice the precision the code uses."""

from __future__ import annotations

import sys
from decimal import ROUND_FLOOR, Decimal, getcontext, localcontext
from fractions import Fraction

import pytest
import sympy
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from napier.format import digits
from napier.magnitude import (
    GUARD_DIGITS,
    LEADING,
    Size,
    Tower,
    digits_of,
    rational_log10,
    size_of_power,
    tower_mod,
)

BASES = st.one_of(
    st.integers(2, 1000).map(Fraction),
    st.builds(Fraction, st.integers(1, 1000), st.integers(1, 1000)).filter(lambda f: f != 1),
)
BIG_EXPONENTS = st.integers(10**17, 10**100)


def sym(value: Fraction | int) -> sympy.Rational:
    value = Fraction(value)
    return sympy.Rational(value.numerator, value.denominator)


def exact_size(p: int, q: int) -> tuple[int, str]:
    """⌊log10(p/q)⌋ and the first 15 digits of p/q, by integer arithmetic alone."""
    floor = digits_of(p) - digits_of(q)
    if p * 10 ** max(0, -floor) < q * 10 ** max(0, floor):
        floor -= 1
    shift = LEADING - 1 - floor
    lead = p * 10**shift // q if shift >= 0 else p // (q * 10**-shift)
    return floor, str(lead)


def decimal_size(top: Decimal) -> tuple[int, str]:
    """⌊top⌋ and the first 15 digits of 10^top, in the current decimal context."""
    floor = int(top.to_integral_value(rounding=ROUND_FLOOR))
    fraction = top - floor
    # The oracle is trusted only well away from a boundary (cases on one, such as 3·10^k, are
    # decided exactly and tested against values derived by hand).
    margin = Decimal(10) ** -(getcontext().prec // 3)
    assume(margin < fraction < 1 - margin)
    scaled = Decimal(10) ** (fraction + LEADING - 1)
    assume(abs(scaled - scaled.to_integral_value()) > margin * 10**LEADING)
    return floor, str(int(scaled.to_integral_value(rounding=ROUND_FLOOR)))


def oracle_precision(integer_digits: int) -> int:
    """Twice the decimal digits the code works with for a top of this many integer digits."""
    return 2 * (integer_digits + LEADING + GUARD_DIGITS)


def log10_decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator).log10() - Decimal(value.denominator).log10()


@given(st.integers(2, 5000), st.integers(5, 20000))
@example(5000, 5)  # 3125·10^15: leading digits followed only by zeros
@example(80, 7)  # 2097152·10^7
@example(1000, 4000)  # exactly 10^12000
@settings(max_examples=60, deadline=None)
def test_digit_count_and_leading_digits_equal_exact_computation(base: int, n: int) -> None:
    """Where the power can be built, the size agrees with it digit for digit."""
    exact = digits(base**n)
    size = size_of_power(sympy.Integer(base), n)
    assert (size.level, size.count, size.tiny) == (1, len(exact), False)
    assert size.leading == (exact + "0" * 15)[:15]  # the significand's first 15 digits


@given(st.integers(1, 300), st.integers(1, 300), st.integers(-3000, 3000))
@example(1, 8, 3000)  # 1/2^9000: 5^9000 / 10^9000
@example(1, 1000, 5)  # exactly 10^-15
@settings(max_examples=60, deadline=None)
def test_fractions_to_integer_powers_equal_exact_computation(p: int, q: int, n: int) -> None:
    """(p/q)^n, large or tiny, has the floor and leading digits of the exact fraction."""
    assume(p != q and n != 0)
    value = Fraction(p, q) ** n
    floor, lead = exact_size(value.numerator, value.denominator)
    size = size_of_power(sym(Fraction(p, q)), n)
    assert (size.floor, size.leading, size.tiny) == (floor, lead, value < 1)


@given(BASES, BIG_EXPONENTS, st.booleans())
@example(Fraction(2), 2**64, False)  # 5,553,023,288,523,357,133 digits
@example(Fraction(3), 10**60 + 7, False)
@example(Fraction(999, 1000), 10**100, True)
@settings(max_examples=150, deadline=None)
def test_huge_exponents_agree_with_a_decimal_oracle(
    base: Fraction, exponent: int, negative: bool
) -> None:
    """Exponents from 10^17 to 10^100 of either sign, for bases 2–1000 and fractions: the floor
    of log10 and the first 15 digits agree with the decimal module at twice the precision."""
    exponent = -exponent if negative else exponent
    with localcontext() as context:
        context.prec = oracle_precision(len(str(abs(exponent))) + 4)
        floor, lead = decimal_size(Decimal(exponent) * log10_decimal(base))
    size = size_of_power(sym(base), exponent)
    assert size.level == 1
    assert (size.floor, size.leading, size.tiny) == (floor, lead, floor < 0)
    if not size.tiny:
        assert size.count == floor + 1


def test_two_to_the_two_to_the_64_has_the_exact_digit_count() -> None:
    """2^(2^64) has 5,553,023,288,523,357,133 digits: ⌊2^64 log10 2⌋ + 1, the value the
    double-precision estimate once got wrong by 52."""
    size = size_of_power(sympy.Integer(2), Tower((2, 64)))
    assert size.count == 5_553_023_288_523_357_133
    assert size.leading == "190697401160447"


@pytest.mark.parametrize("k", [1, 2, 17, 18, 30, 60, 99, 100, 1000])
def test_ten_to_the_ten_to_the_k_has_ten_to_the_k_plus_one_digits(k: int) -> None:
    """10^(10^k) = 1 followed by 10^k zeros: exactly 10^k + 1 digits, decided exactly."""
    size = size_of_power(sympy.Integer(10), 10**k)
    assert (size.count, size.leading) == (10**k + 1, "1" + "0" * 14)


@pytest.mark.parametrize(
    ("base", "exponent", "floor"),
    [
        (sympy.Integer(100), 10**40, 2 * 10**40),
        (sympy.Rational(1, 1000), 10**30, -3 * 10**30),
        (sympy.sqrt(10), 2 * 10**50, 10**50),
        (10 * sympy.sqrt(10), 2 * 10**20, 3 * 10**20),
        (sympy.Integer(10) ** sympy.Rational(1, 3), 3 * 10**25, 10**25),
    ],
)
def test_powers_of_ten_with_rational_logarithms_are_exact(
    base: sympy.Expr, exponent: int, floor: int
) -> None:
    """A base whose log10 is rational (100, 1/1000, √10, 10√10, ∛10) lands exactly on a power
    of ten: the floor is exact and the digits are 1 followed by zeros."""
    size = size_of_power(base, exponent)
    assert (size.floor, size.leading) == (floor, "1" + "0" * 14)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (sympy.Integer(1000), Fraction(3)),
        (sympy.Rational(1, 10**7), Fraction(-7)),
        (sympy.sqrt(10), Fraction(1, 2)),
        (10 * sympy.sqrt(10), Fraction(3, 2)),
        (sympy.Integer(2), None),
        (sympy.Rational(10, 3), None),
        (sympy.E, None),
        (sympy.sqrt(1000) / 10, Fraction(1, 2)),
    ],
)
def test_rational_logarithms_are_recognised_exactly(
    value: sympy.Expr, expected: Fraction | None
) -> None:
    """log10 is rational exactly for 10^k and its rational powers, never for 2, 10/3 or e."""
    assert rational_log10(value) == expected


def test_a_rational_exponent_of_ten_has_irrational_leading_digits() -> None:
    """10^(10^30/3): ⌊log10⌋ = 333…3 and the digits are those of 10^(1/3) = 2.15443469003188…"""
    size = size_of_power(sympy.Integer(10), sympy.Rational(10**30, 3))
    assert size.floor == (10**30 - 1) // 3
    assert size.leading == "215443469003188"


@given(BASES, st.integers(2, 1000), st.integers(10**17, 10**60))
@example(Fraction(2), 9, 9**9)  # 9^9^9^9 with base 2
@example(Fraction(1, 2), 3, 10**40)
@settings(max_examples=100, deadline=None)
def test_size_of_the_size_agrees_with_a_decimal_oracle(base: Fraction, a: int, top: int) -> None:
    """base^(a^top): the digit count of the digit count is ⌊top·log10 a + log10|log10 base|⌋
    + 1 and begins with the digits of 10 to that power (decimal module, twice the precision)."""
    with localcontext() as context:
        context.prec = oracle_precision(len(str(top)) + 4)
        ell = abs(log10_decimal(base))
        floor, lead = decimal_size(Decimal(top) * Decimal(a).log10() + ell.log10())
    size = size_of_power(sym(base), Tower((a, top)))
    assert (size.level, size.floor, size.leading, size.tiny) == (2, floor, lead, base < 1)


@given(BASES, st.integers(2, 50), st.integers(2, 50), st.integers(10**17, 10**40))
@settings(max_examples=60, deadline=None)
def test_three_level_sizes_agree_with_a_decimal_oracle(
    base: Fraction, a1: int, a2: int, top: int
) -> None:
    """base^(a1^(a2^top)): log10 of the digit count's digit count is top·log10 a2 +
    log10 log10 a1, up to a term below 10^-1000 (decimal module, twice the precision)."""
    with localcontext() as context:
        context.prec = oracle_precision(len(str(top)) + 4)
        floor, lead = decimal_size(Decimal(top) * Decimal(a2).log10() + Decimal(a1).log10().log10())
    size = size_of_power(sym(base), Tower((a1, a2, top)))
    assert (size.level, size.floor, size.leading) == (3, floor, lead)


@pytest.mark.parametrize(
    ("base", "levels", "expected"),
    [
        # 10^10^10^10: the digit count is 10^10^10 + 1, whose digit count is 10^10 + 1.
        (sympy.Integer(10), (10, 10, 10), Size(2, 10**10, "1" + "0" * 14)),
        # one level more: D_2 = 10^10^10 + 1 has 10^10 + 1 digits.
        (sympy.Integer(10), (10, 10, 10, 10), Size(3, 10**10, "1" + "0" * 14)),
        # 0.1^10^10^10 has 10^10^10 − 1 zeros after the point: 10^10 nines.
        (sympy.Rational(1, 10), (10, 10, 10), Size(2, 10**10 - 1, "9" * 15, tiny=True)),
        # 2^(10^10)^10^10^10: D_1 has exactly 10^(10^10 + 1) digits, so D_3 = 10^10 + 2.
        (sympy.Integer(2), (10**10, 10, 10, 10), Size(3, 10**10 + 1, "1" + "0" * 14)),
        # 1000^1000^(10^20): log10 V = 3·10^(3·10^20), so D_1 = 3·10^(3·10^20) + 1.
        (sympy.Integer(1000), (1000, 10**20), Size(2, 3 * 10**20, "3" + "0" * 14)),
        # 0.001^1000^(10^20) has 3·10^(3·10^20) − 1 zeros after the point: 2999…9.
        (sympy.Rational(1, 1000), (1000, 10**20), Size(2, 3 * 10**20, "2" + "9" * 14, True)),
        # (10^(1/3))^10^(10^20): log10 V = 10^(10^20)/3, so D_1 = 333…34 with 10^20 digits.
        (sympy.Integer(10) ** sympy.Rational(1, 3), (10, 10**20), Size(2, 10**20 - 1, "3" * 15)),
    ],
)
def test_towers_of_tens_are_decided_exactly(
    base: sympy.Expr, levels: tuple[int, ...], expected: Size
) -> None:
    """Towers whose logarithms are whole numbers sit exactly on digit boundaries; the counts
    derived by hand come out exactly."""
    assert size_of_power(base, Tower(levels)) == expected


def test_a_tower_of_twos_is_sized_whatever_its_height() -> None:
    """2^2^2^2^2^2^2 (seven levels) is described at the level where its size can be stated."""
    size = size_of_power(sympy.Integer(2), Tower((2,) * 6))
    assert size.level == 3
    with localcontext() as context:
        context.prec = 60
        top = 65536 * Decimal(2).log10() + Decimal(2).log10().log10()
    assert size.count == int(top) + 1 == 19_728


def test_lifting_a_count_describes_its_own_digits() -> None:
    """A level-1 count with 10^100 + 1 digits lifts to level 2: 101 digits, beginning 1000…"""
    size = size_of_power(sympy.Integer(10), 10**100).lifted()
    assert (size.level, size.count, size.leading) == (2, 101, "1" + "0" * 14)


def test_nine_nine_nine_has_369693100_digits() -> None:
    """9^9^9 has 369,693,100 digits (independent check with the decimal module)."""
    with localcontext() as context:
        context.prec = 60
        expected = int(Decimal(9**9) * Decimal(9).log10()) + 1
    size = size_of_power(sympy.Integer(9), Tower((9, 9)))
    assert size.level == 1
    assert size.count == expected == 369_693_100


@pytest.mark.parametrize(
    "levels",
    [(2, 3), (3, 3, 2), (2, 2, 2, 2), (7, 2, 3), (10, 5), (6, 4, 2), (5, 3, 3), (12, 2, 2, 2)],
)
@pytest.mark.parametrize("modulus", [10**10, 2**10, 5**10, 97, 1])
def test_tower_mod_equals_modular_power(levels: tuple[int, ...], modulus: int) -> None:
    """The generalised Euler theorem gives the same residue as Python's exact pow."""
    exponent = 1
    for level in reversed(levels[1:]):
        exponent = level**exponent
    assert tower_mod(levels, modulus) == pow(levels[0], exponent, modulus)


def test_digits_beyond_pythons_string_limit() -> None:
    """``digits`` writes numbers longer than Python's 4,300-digit str limit."""
    n = 7**12000
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        assert digits(n) == str(n)
    finally:
        sys.set_int_max_str_digits(old)


@pytest.mark.parametrize("k", [1, 2, 15, 16, 17, 100, 1000, 4300, 10_000])
def test_digit_count_at_powers_of_ten(k: int) -> None:
    """``digits_of`` counts exactly at the boundaries 10^k - 1, 10^k and 10^k + 1."""
    for n, expected in ((10**k - 1, k), (10**k, k + 1), (10**k + 1, k + 1)):
        assert digits_of(n) == expected


@given(st.integers(1, 2**40000))
@settings(max_examples=200, deadline=None)
def test_digit_count_equals_the_written_length(n: int) -> None:
    """``digits_of`` agrees with the decimal writing of any positive integer."""
    assert digits_of(n) == len(digits(n))
