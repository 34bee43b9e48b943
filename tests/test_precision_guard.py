"""The guard every test runs under (precision_guard.py, through conftest.py): a test that
leaves a global precision changed fails."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

LEAKY_TESTS = """
import decimal

import mpmath


def test_sets_mpmath_precision():
    mpmath.mp.dps = 50


def test_sets_interval_precision():
    mpmath.iv.dps = 50


def test_sets_decimal_precision():
    decimal.getcontext().prec = 60


def test_uses_local_contexts():
    with mpmath.workdps(50), decimal.localcontext() as context:
        context.prec = 60


def test_after_the_leaks_precision_is_back():
    assert mpmath.mp.dps == 15 and decimal.getcontext().prec == 28
"""


def test_a_test_that_leaves_precision_changed_fails(pytester: pytest.Pytester) -> None:
    """mp.dps, iv.dps or decimal's precision left changed is a failure of that test (and the
    precision is put back for the next); local contexts pass."""
    guard = Path(__file__).with_name("precision_guard.py").read_text(encoding="utf-8")
    pytester.makepyfile(precision_guard=guard)
    pytester.makeconftest("from precision_guard import precision_unchanged  # noqa: F401")
    pytester.makepyfile(test_leaky=LEAKY_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5, errors=3)
    result.stdout.fnmatch_lines(["*left a global precision changed*"])
