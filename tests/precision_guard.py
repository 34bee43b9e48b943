"""An autouse fixture (imported by conftest.py) that fails any test which leaves mpmath's or
decimal's global precision changed."""

from __future__ import annotations

import decimal
from collections.abc import Iterator

import mpmath
import pytest


def _precisions() -> dict[str, int]:
    return {
        "mpmath.mp.prec": mpmath.mp.prec,
        "mpmath.iv.prec": mpmath.iv.prec,
        "decimal precision": decimal.getcontext().prec,
    }


@pytest.fixture(autouse=True)
def precision_unchanged() -> Iterator[None]:
    """Fail a test that changes mpmath's or decimal's global precision and leaves it changed:
    later tests would run at that precision while production runs at the default, which hides
    precision bugs. Use ``mpmath.workdps`` and ``decimal.localcontext`` instead."""
    before = _precisions()
    yield
    after = _precisions()
    if after != before:
        mpmath.mp.prec, mpmath.iv.prec = before["mpmath.mp.prec"], before["mpmath.iv.prec"]
        decimal.getcontext().prec = before["decimal precision"]
        changed = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
        pytest.fail(f"the test left a global precision changed: {changed}")
