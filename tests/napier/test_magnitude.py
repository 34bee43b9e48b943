"""Size first: digit counts, leading and trailing digits of powers, checked exactly."""

from __future__ import annotations

import sys
from decimal import Decimal, localcontext

import pytest
import sympy
from hypothesis import example, given, settings
from hypothesis import strategies as st

from napier.format import digits
from napier.magnitude import Tower, digits_of, size_of_power, tower_mod


@given(st.integers(2, 5000), st.integers(5, 20000))
@example(5000, 5)  # 3125·10^15: leading digits followed only by zeros
@settings(max_examples=60, deadline=None)
def test_digit_count_and_leading_digits_equal_exact_computation(base: int, n: int) -> None:
    """Where the power can be built, the estimate agrees with it digit for digit."""
    exact = digits(base**n)
    size = size_of_power(sympy.Integer(base), n)
    assert size.count == len(exact)
    if len(exact) > 15:
        assert size.leading(15) == exact[:15]


@pytest.mark.parametrize("base", [10, 100, 1000])
def test_powers_of_ten_are_exact(base: int) -> None:
    """A power of ten sits on a digit boundary, and still gets the right count."""
    size = size_of_power(sympy.Integer(base), 12345)
    assert size.count == len(str(base)) * 12345 - 12345 + 1
    assert size.leading(15) == "1" + "0" * 14


def test_rational_base_below_one_gives_the_magnitude_of_a_tiny_number() -> None:
    """(1/2)^n ≈ m × 10^k with m the leading digits of 5^n."""
    n = 20000
    size = size_of_power(sympy.Rational(1, 2), n)
    five = digits(5**n)
    assert size.leading(15) == five[:15]
    assert int(sympy.floor(size.top)) == -(n - len(five) + 1)


def test_nine_nine_nine_has_369693100_digits() -> None:
    """9^9^9 has 369,693,100 digits (independent check with the decimal module)."""
    with localcontext() as context:
        context.prec = 60
        expected = int(Decimal(9**9) * Decimal(9).log10()) + 1
    size = size_of_power(sympy.Integer(9), Tower((9, 9)))
    assert size.level == 1
    assert size.count == expected == 369_693_100


def test_tower_of_four_nines_reports_the_size_of_the_size() -> None:
    """9^9^9^9: the digit count itself has as many digits as 9^9^9 has, give or take one."""
    size = size_of_power(sympy.Integer(9), Tower((9, 9, 9)))
    assert size.level == 2
    with localcontext() as context:
        context.prec = 60
        log_digits = Decimal(9**9) * Decimal(9).log10() + (Decimal(9).log10()).log10()
    assert size.count == int(log_digits) + 1


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
