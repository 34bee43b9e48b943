"""Size first, compute second: how big a power is, without building it.

For a power whose exact value would exceed ``exact.MAX_DIGITS`` digits this module gives the
exact digit count, the leading digits (from a high-precision logarithm) and the last digits
(from modular powers) — and for power towers whose exponent is itself astronomically large,
the size of the size, by taking logarithms level by level.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import mpmath
import sympy

from napier.exact import MAX_DIGITS

GUARD_DIGITS = 30  # extra decimal digits carried through each logarithm
LEADING = 15
TRAILING = 10
MAX_LEVEL = 4


def digits_of(n: int) -> int:
    """How many decimal digits the positive integer ``n`` has (cheap for big ``n``)."""
    if n < 10**15:
        return len(str(n))
    estimate = int(n.bit_length() * 0.30102999566398120)
    return estimate + (n >= 10**estimate)


@dataclass(frozen=True)
class Tower:
    """A positive integer ``levels[0] ^ levels[1] ^ … ^ levels[-1]`` (right-associative).

    Every level is an exact positive integer; the whole need not be computable.
    """

    levels: tuple[int, ...]

    def exact(self) -> int | None:
        """The value, if it has at most ``MAX_DIGITS`` digits."""
        value = self.levels[-1]
        for base in reversed(self.levels[:-1]):
            if base == 1:
                value = 1
                continue
            if value >= 10**18 or value * math.log10(base) > MAX_DIGITS:
                return None
            value = base**value
        return value

    @property
    def is_even(self) -> bool:
        return self.levels[0] % 2 == 0


def _capped(levels: tuple[int, ...], cap: int) -> int:
    """min(value, cap) for a tower, without building large numbers."""
    value = levels[-1]
    for base in reversed(levels[:-1]):
        if base == 1:
            value = 1
        elif value >= cap.bit_length() + 1:
            value = cap
        else:
            value = min(base**value, cap)
    return min(value, cap)


def tower_mod(levels: tuple[int, ...], modulus: int) -> int:
    """``levels[0] ^ (levels[1] ^ …)`` modulo ``modulus`` (generalised Euler theorem)."""
    if modulus == 1:
        return 0
    if len(levels) == 1:
        return levels[0] % modulus
    phi = int(sympy.totient(modulus))
    exponent = tower_mod(levels[1:], phi)
    # a^k ≡ a^(k mod φ + φ) (mod m) holds for every a once k ≥ log2(m).
    if _capped(levels[1:], modulus.bit_length()) >= modulus.bit_length():
        exponent += phi
    return pow(levels[0], exponent, modulus)


@dataclass(frozen=True)
class Size:
    """log10 applied ``level`` times to |value| gives ``top`` (an mpf), for |value| > 1.

    ``level`` 1: ``top`` is log10|value|, so the value has floor(top) + 1 digits.
    ``level`` 2: ``top`` is log10 of that, so the digit count has floor(top) + 1 digits; and so on.
    """

    level: int
    top: mpmath.mpf
    precision: int  # decimal digits ``top`` was computed with

    @property
    def count(self) -> int:
        """floor(top) + 1: the number of digits at this level."""
        return int(mpmath.floor(self.top)) + 1

    def leading(self, digits: int = LEADING) -> str:
        """The first ``digits`` digits of 10**top."""
        with mpmath.workdps(self.precision):
            fraction = self.top - mpmath.floor(self.top)
            scaled = mpmath.power(10, fraction + digits - 1)
            lead = int(mpmath.floor(scaled))
            # A value like 3125·10^k computes as 3124.999…: within the guard digits, it is exact.
            if scaled - lead > 1 - mpmath.mpf(10) ** -(GUARD_DIGITS // 2):
                lead += 1
        return str(lead)[:digits]


def _log10(value: sympy.Expr, precision: int) -> mpmath.mpf:
    """log10|value| to ``precision`` decimal digits (value exact, nonzero)."""
    with mpmath.workdps(precision):
        if value.is_Rational:
            p, q = abs(int(value.p)), int(value.q)
            return mpmath.log10(mpmath.mpf(p)) - mpmath.log10(mpmath.mpf(q))
        return mpmath.log10(abs(mpmath.mpmathify(sympy.N(value, precision))))


def size_of_power(base: sympy.Expr, exponent: sympy.Expr | int | Tower) -> Size:
    """The size of base**exponent for a positive exponent (exact, or an integer tower).

    For |base| > 1 the level-1 ``top`` is positive; for |base| < 1 it is negative (a tiny
    number) and higher levels describe the size of its negative logarithm.

    The precision grows with the exponent's own digits, so that the leading digits and the
    digit count come out right; near a digit boundary the precision is raised again.
    """
    if isinstance(exponent, Tower):
        exact_exponent = exponent.exact()
        if exact_exponent is not None:
            exponent = exact_exponent
    if not isinstance(exponent, Tower):
        return _size_exact(base, sympy.Integer(exponent) if isinstance(exponent, int) else exponent)
    below = _size_tower(exponent.levels)
    # log10 V = E·log10|b|, so log10 log10 V = log10 E + log10 log10|b|.
    precision = below.precision
    with mpmath.workdps(precision):
        if below.level == 1:
            top = below.top + mpmath.log10(abs(_log10(base, precision)))
        else:
            top = below.top  # the correction is far below the precision of so large a number
    return Size(below.level + 1, top, precision)


def _size_exact(base: sympy.Expr, exponent: sympy.Expr) -> Size:
    if exponent.is_Rational:
        precision = digits_of(max(abs(int(exponent.p)), int(exponent.q), 1)) + GUARD_DIGITS
    else:
        precision = max(0, int(math.log10(abs(float(exponent)) + 1))) + GUARD_DIGITS + 1
    for _ in range(4):
        with mpmath.workdps(precision):
            x = mpmath.mpmathify(sympy.N(exponent, precision))
            top = x * _log10(base, precision)
            fraction = top - mpmath.floor(top)
            margin = mpmath.mpf(10) ** (-(GUARD_DIGITS // 2))
        if margin < fraction < 1 - margin:
            break
        if _is_power_of_ten(base):
            break
        precision *= 2
    return Size(1, top, precision)


def _is_power_of_ten(value: sympy.Expr) -> bool:
    if not value.is_Integer:
        return False
    n = abs(int(value))
    return n > 1 and str(n).rstrip("0") == "1"


def _size_tower(levels: tuple[int, ...]) -> Size:
    """Size of a tower too large to build (``Tower.exact()`` is None)."""
    tail = Tower(levels[1:])
    tail_exact = tail.exact() if len(levels) > 1 else None
    if tail_exact is not None:
        return _size_exact(sympy.Integer(levels[0]), sympy.Integer(tail_exact))
    below = _size_tower(levels[1:])
    with mpmath.workdps(below.precision):
        if below.level == 1:
            top = below.top + mpmath.log10(mpmath.log10(levels[0]))
        else:
            top = below.top
    return Size(below.level + 1, top, below.precision)
