"""Size first, compute second: how big a power is, without building it.

For a power too large (or too small) to write out, this module gives the exact digit count and
leading digits, and the last digits of integer powers (from modular powers); for a power tower
whose exponent cannot be built either, the size of the size: the digit count of the digit
count, and so on.

Nothing here is an estimate. Each floor and each leading digit comes from interval arithmetic
(``mpmath.iv``) at a precision chosen from the size of the number (its integer digits plus
guard digits), raised while an interval still straddles a boundary. A value that sits exactly
on a boundary — a power of ten, a power whose base-10 logarithm is rational, a rational power
equal to N·10^k — is decided with exact arithmetic instead.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction

import mpmath
import sympy
from mpmath import iv, libmp

from napier.exact import MAX_DIGITS

log = logging.getLogger(__name__)

GUARD_DIGITS = 30  # decimal digits carried beyond the integer part and the leading digits
LEADING = 15
TRAILING = 10
MAX_EXACT_DIGITS = 1_000_000  # rational powers up to this size are compared exactly
MAX_PRECISION_FACTOR = 8  # precision is raised (doubling) up to this multiple of the first
MAX_ROOT_INDEX = 1_000  # denominators of exponents tried as roots of a rational base
MAX_LOG_DENOMINATOR = 64  # log10 b = p/q is looked for with q up to this
CORRECTION_DIGITS = 5  # |log10 log10 a| + 2 < 10^5 for every base and level admitted


class Undecided(Exception):
    """A size could not be decided with certainty within the precision limit."""


def digits_of(n: int) -> int:
    """How many decimal digits the positive integer ``n`` has (cheap for big ``n``)."""
    if n < 10**15:
        return len(str(n))
    estimate = int(n.bit_length() * 0.30102999566398120)
    return estimate + (n >= 10**estimate)


def leading_digits(n: int, count: int = LEADING) -> str:
    """The first ``count`` digits of the positive integer ``n`` (all of them if fewer)."""
    extra = digits_of(n) - count
    return str(n // 10**extra if extra > 0 else n)


@dataclass(frozen=True)
class Tower:
    """A positive integer ``levels[0] ^ levels[1] ^ … ^ levels[-1]`` (right-associative).

    Every level is an exact positive integer; the whole need not be computable.
    """

    levels: tuple[int, ...]

    def exact(self) -> int | None:
        """The value, if it has at most ``MAX_DIGITS`` digits."""
        start, value = _computable_suffix(_trimmed(self.levels))
        return value if start == 0 else None

    @property
    def is_even(self) -> bool:
        return self.levels[0] % 2 == 0


def _trimmed(levels: tuple[int, ...]) -> tuple[int, ...]:
    """The levels up to the first 1 (1^anything = 1, so a level of 1 ends the tower)."""
    return levels[: levels.index(1) + 1] if 1 in levels else levels


def _computable_suffix(levels: tuple[int, ...]) -> tuple[int, int]:
    """``(j, value)``: ``levels[j:]`` is the longest top part of the tower whose value has at
    most ``MAX_DIGITS`` digits, and ``value`` is that value."""
    j, value = len(levels) - 1, levels[-1]
    while j > 0:
        base = levels[j - 1]
        if base == 1:
            value = 1
        elif value > 10**6 or value * math.log10(base) > MAX_DIGITS:
            break
        else:
            value = base**value
        j -= 1
    return j, value


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
    """How large |V| is, for a power V too large or too small to write out.

    ``level`` 1: ``floor`` = ⌊log10|V|⌋ and ``leading`` are the first digits of |V|. A large V
    has ``count`` = floor + 1 digits; a tiny one (``tiny``, floor < 0) has ``zeros`` = −floor − 1
    zeros after the decimal point before its first digit.
    ``level`` k ≥ 2: the count of level k − 1 (digits, or zeros for a tiny V) is itself too
    long to write; ``count`` is its number of digits and ``leading`` its first digits.
    """

    level: int
    floor: int
    leading: str
    tiny: bool = False

    @property
    def count(self) -> int:
        """floor + 1: the number of digits (level 1), or of the count below (level ≥ 2)."""
        return self.floor + 1

    @property
    def zeros(self) -> int:
        """For a tiny V at level 1: the zeros between the decimal point and the first digit."""
        return -self.floor - 1

    def lifted(self) -> Size:
        """The same number described one level up: the size of this level's count."""
        count = self.zeros if self.tiny and self.level == 1 else self.count
        return Size(self.level + 1, digits_of(count) - 1, leading_digits(count), self.tiny)


def size_of_power(base: sympy.Expr, exponent: sympy.Expr | int | Tower) -> Size:
    """The size of base**exponent: an exact exponent of either sign, or a positive tower.

    ``base`` is exact, real, nonzero and |base| ≠ 1. Raises ``Undecided`` in the (never yet
    seen) case where a boundary cannot be decided within the precision limit.
    """
    if isinstance(exponent, int):
        exponent = sympy.Integer(exponent)
    if not isinstance(exponent, Tower):
        return _level_one(abs(base), exponent)
    levels = _trimmed(exponent.levels)
    start, value = _computable_suffix(levels)
    if start == 0:
        return _level_one(abs(base), sympy.Integer(value))
    return _tower_level(abs(base), levels, start + 1, value)


# --- exact logarithms -----------------------------------------------------------------------


def _power_of_ten(n: int) -> int | None:
    """k when the positive integer n = 10^k."""
    k = digits_of(n) - 1
    return k if n == 10**k else None


def rational_log10(value: sympy.Expr) -> Fraction | None:
    """r when the positive number ``value`` is exactly 10^r with r rational (10 → 1,
    1/100 → −2, √10 → 1/2, 10·√10 → 3/2), else None."""
    if value.is_Rational:
        p, q = int(value.p), int(value.q)
        if q == 1:
            k = _power_of_ten(p)
            return None if k is None else Fraction(k)
        k = _power_of_ten(q) if p == 1 else None
        return None if k is None else Fraction(-k)
    with mpmath.workdps(60):
        approx = mpmath.log10(mpmath.mpmathify(sympy.N(value, 70)))
        guess = Fraction(mpmath.nstr(approx, 50, min_fixed=-math.inf, max_fixed=math.inf))
        guess = guess.limit_denominator(MAX_LOG_DENOMINATOR)
        if abs(approx - mpmath.mpf(guess.numerator) / guess.denominator) > mpmath.mpf(10) ** -40:
            return None
    # Confirm exactly: value^q = 10^p.
    if abs(guess.numerator) * guess.denominator > 10 * MAX_DIGITS:
        return None
    powered = sympy.expand(sympy.Pow(value, guess.denominator))
    return guess if powered == sympy.Rational(10) ** guess.numerator else None


def _rational_power(base: sympy.Expr, exponent: sympy.Expr) -> tuple[int, int, int] | None:
    """``(p, q, n)`` with base**exponent = (p/q)**n exactly, when that power is rational."""
    if (
        isinstance(base, sympy.Pow)
        and base.base.is_Rational
        and base.exp.is_Rational
        and base.base > 0
    ):
        return _rational_power(base.base, base.exp * exponent)
    if not (base.is_Rational and exponent.is_Rational):
        return None
    numerator, denominator = int(base.p), int(base.q)
    n, root = int(exponent.p), int(exponent.q)
    if root > 1:
        if root > MAX_ROOT_INDEX:
            return None
        numerator, exact_top = sympy.integer_nthroot(numerator, root)
        denominator, exact_bottom = sympy.integer_nthroot(denominator, root)
        if not (exact_top and exact_bottom):
            return None
    return int(numerator), int(denominator), n


# --- interval arithmetic ---------------------------------------------------------------------


@contextmanager
def _interval_precision(digits: int) -> Iterator[None]:
    """``mpmath.iv`` at ``digits`` decimal digits, restored afterwards (iv has no workdps)."""
    saved = iv.prec
    iv.dps = digits
    try:
        yield
    finally:
        iv.prec = saved


def _interval(value: sympy.Expr) -> mpmath.ctx_iv.ivmpf:
    """An interval that contains the exact real number ``value`` (built from our own trees)."""
    if value.is_Rational:
        return iv.mpf(int(value.p)) / int(value.q)
    if value == sympy.E:
        return iv.e + 0
    if value == sympy.pi:
        return iv.pi + 0
    if isinstance(value, sympy.Add):
        total = iv.mpf(0)
        for term in value.args:
            total += _interval(term)
        return total
    if isinstance(value, sympy.Mul):
        product = iv.mpf(1)
        for factor in value.args:
            product *= _interval(factor)
        return product
    if isinstance(value, sympy.Pow):
        if value.exp.is_Integer:
            return _interval(value.base) ** int(value.exp)
        return iv.exp(_interval(value.exp) * iv.log(_interval(value.base)))
    if isinstance(value, sympy.exp):
        return iv.exp(_interval(value.args[0]))
    if isinstance(value, sympy.log):
        return iv.log(_interval(value.args[0]))
    raise Undecided(f"no interval for {type(value).__name__}")


def _floor(bound: mpmath.ctx_iv.ivmpf, upper: bool = False) -> int:
    """⌊lower end⌋ (or ⌊upper end⌋) of an interval, exactly."""
    return int(libmp.to_int(bound._mpi_[1 if upper else 0], "f"))


def _width_digits(value: mpmath.ctx_iv.ivmpf) -> float:
    """−log10 of the width of an interval (how many decimals it pins down)."""
    low, high = value._mpi_
    width = libmp.mpf_sub(high, low, 60)
    if width == libmp.fzero:
        return math.inf
    return -float(libmp.to_float(libmp.mpf_log(width, 60))) / math.log(10)


@dataclass(frozen=True)
class _Boundary:
    """An interval that straddles 10^floor (``digit`` False) or N·10^(floor − 14) (True)."""

    floor: int
    leading: int
    digit: bool


def _decide(top: mpmath.ctx_iv.ivmpf) -> tuple[int, str] | _Boundary | None:
    """``(⌊top⌋, first digits of 10^top)`` when the interval decides both; the boundary it
    straddles when it is narrow but on one; None when it is too wide to say."""
    if _width_digits(top) < LEADING + 2:
        return None
    low, high = _floor(top), _floor(top, upper=True)
    if high > low + 1:
        return None
    if high == low + 1:
        return _Boundary(high, 10 ** (LEADING - 1), digit=False)
    scaled = iv.power(10, top - low + (LEADING - 1))
    first, last = _floor(scaled), _floor(scaled, upper=True)
    if first == last and 10 ** (LEADING - 1) <= first < 10**LEADING:
        return low, str(first)
    if last == first + 1 and 10 ** (LEADING - 1) < last < 10**LEADING:
        return _Boundary(low, last, digit=True)
    return None


def _settle(boundary: _Boundary, above: bool) -> tuple[int, str]:
    """Floor and leading digits once the side of a straddled boundary is known exactly."""
    if not boundary.digit:
        if above:
            return boundary.floor, "1" + "0" * (LEADING - 1)
        return boundary.floor - 1, "9" * LEADING
    return boundary.floor, str(boundary.leading if above else boundary.leading - 1)


def _start_precision(integer_digits: float) -> int:
    return max(0, int(integer_digits)) + LEADING + GUARD_DIGITS


# --- level 1: log10|V| ---------------------------------------------------------------------


def _level_one(base: sympy.Expr, exponent: sympy.Expr) -> Size:
    """The size of base**exponent (base > 0, base ≠ 1): log10 V = exponent·log10 base."""
    exact_log = rational_log10(base)
    if exact_log is not None and exponent.is_Rational:
        top = exact_log * Fraction(int(exponent.p), int(exponent.q))
        floor, leading = _exact_top(top, 0, math.inf)
        return Size(1, floor, leading, tiny=top < 0)
    rational = _rational_power(base, exponent)
    estimate = _log10_estimate(exponent) + math.log10(abs(_log10_estimate_of_base(base)) + 1e-300)
    start = precision = _start_precision(estimate)
    while precision <= MAX_PRECISION_FACTOR * start:
        with _interval_precision(precision):
            top = _interval(exponent) * iv.log10(_interval(base))
            outcome = _decide(top)
            tiny = _floor(top, upper=True) < 0
        if isinstance(outcome, tuple):
            return Size(1, *outcome, tiny=tiny)
        if isinstance(outcome, _Boundary) and rational is not None and _cheap(rational):
            return Size(1, *_settle(outcome, _at_least(rational, outcome)), tiny=tiny)
        precision *= 2
    raise Undecided(f"{base}^{exponent}")


def _log10_estimate(value: sympy.Expr) -> float:
    """log10|value| roughly (for choosing a precision only)."""
    if value.is_zero:
        return 0.0
    if value.is_Integer:
        return float(digits_of(abs(int(value))))
    if value.is_Rational:
        return float(digits_of(abs(int(value.p))) - digits_of(int(value.q)) + 1)
    return float(sympy.log(abs(sympy.N(value, 20)), 10))


def _log10_estimate_of_base(base: sympy.Expr) -> float:
    """log10 log10-size of the base: log10 base, roughly, kept away from 0."""
    with mpmath.workdps(30):
        return float(mpmath.log10(mpmath.mpmathify(sympy.N(base, 30))))


def _cheap(rational: tuple[int, int, int]) -> bool:
    p, q, n = rational
    return abs(n) * (digits_of(p) + digits_of(q)) <= MAX_EXACT_DIGITS


def _at_least(rational: tuple[int, int, int], boundary: _Boundary) -> bool:
    """Whether (p/q)^n ≥ the boundary's value, by exact integer arithmetic."""
    p, q, n = rational
    if n < 0:
        p, q, n = q, p, -n
    if boundary.digit:
        mantissa, power = boundary.leading, boundary.floor - (LEADING - 1)
    else:
        mantissa, power = 1, boundary.floor
    left, right = p**n, mantissa * q**n
    if power >= 0:
        right *= 10**power
    else:
        left *= 10**-power
    return left >= right


def _exact_top(top: Fraction, sign: int, correction: float) -> tuple[int, str]:
    """Floor and leading digits of 10^(top + δ) for an exact rational ``top`` and an error δ
    of sign ``sign`` (0: none) with |δ| < 10^-``correction`` (far below any precision)."""
    if top.denominator == 1:
        if sign >= 0:
            return int(top), "1" + "0" * (LEADING - 1)
        return int(top) - 1, "9" * LEADING
    floor = math.floor(top)
    fraction = top - floor
    start = precision = LEADING + GUARD_DIGITS
    while precision <= MAX_PRECISION_FACTOR * start:
        with _interval_precision(precision):
            value = iv.mpf(fraction.numerator) / fraction.denominator
            if correction != math.inf:
                slack = iv.mpf(10) ** -min(correction, precision + 10)
                value += iv.mpf([-1, 1]) * slack
            outcome = _decide(value)
        if isinstance(outcome, tuple):
            # The fraction is at least 1/denominator from 0 and 1, far more than δ: floor 0.
            return floor + outcome[0], outcome[1]
        precision *= 2
    raise Undecided(f"10^{top}")


# --- levels 2 and up: towers -----------------------------------------------------------------


def _tower_level(base: sympy.Expr, levels: tuple[int, ...], level: int, top_value: int) -> Size:
    """The size of base^(levels[0]^levels[1]^…) at ``level`` ≥ 2.

    Write a_0 = base, a_i = levels[i − 1], ℓ_i = |log10 a_i|, F_i = a_i^F_(i+1) (the tower from
    a_i up), so that V = a_0^F_1, and let D_1 be the digit count of V (for a tiny V: its zeros
    after the decimal point) and D_j the digit count of D_(j−1). With m = ``level``, F_m is
    ``top_value`` (computable) and F_(m−1) is not. Then

        log10 D_(m−1) = M + δ,   M = F_m·ℓ_(m−1) + log10 ℓ_(m−2),

    where |δ| < 10^5 / 10^M is far below any precision: F_(m−1) has more than ``MAX_DIGITS``
    digits, so M > 900. An interval for M decides the floor and leading digits unless 10^M sits
    on a boundary; that needs ℓ_(m−1) and ℓ_(m−2) rational (towers of tens and bases such as
    1000), and then 10^M is the rational r·10^E, decided exactly (``_exact_level``).
    """
    tiny = base < 1

    def a(i: int) -> sympy.Expr:
        return base if i == 0 else sympy.Integer(levels[i - 1])

    exact = _exact_power_of_main(a, level, top_value)
    if exact is not None:
        return _exact_level(a, level, tiny, *exact)
    estimate = digits_of(top_value) + math.log10(math.log10(levels[level - 2]))
    start = precision = _start_precision(estimate)
    while precision <= MAX_PRECISION_FACTOR * start:
        with _interval_precision(precision):
            main = top_value * iv.log10(_interval(a(level - 1))) + _log_log(a(level - 2))
            lowest = _floor(main)
            slack = iv.mpf(10) ** (CORRECTION_DIGITS - min(lowest, precision + 20))
            outcome = _decide(main + iv.mpf([-1, 1]) * slack)
        if isinstance(outcome, tuple):
            return Size(level, *outcome, tiny)
        precision *= 2
    raise Undecided(f"tower level {level}")


def _log_log(value: sympy.Expr) -> mpmath.ctx_iv.ivmpf:
    """log10 |log10 value| as an interval."""
    return iv.log10(abs(iv.log10(_interval(value))))


def _ell(value: sympy.Expr) -> Fraction | None:
    """|log10 value| when it is rational."""
    exact = rational_log10(value)
    return None if exact is None else abs(exact)


def _exact_power_of_main(a, level: int, top_value: int) -> tuple[Fraction, int] | None:
    """``(r, E)`` with 10^M = r·10^E, M = F_m·ℓ_(m−1) + log10 ℓ_(m−2), when ℓ_(m−1) is a whole
    number (a_(m−1) = 10^s) and ℓ_(m−2) = r is rational; else None."""
    ell = _ell(a(level - 1))
    below = _ell(a(level - 2))
    if ell is None or below is None or ell.denominator != 1:
        return None
    return below, top_value * int(ell)


def _rational_size(value: Fraction) -> tuple[int, Fraction]:
    """⌊log10 value⌋ and value scaled to [10^14, 10^15), exactly."""
    p, q = value.numerator, value.denominator
    floor = digits_of(p) - digits_of(q)
    if p * 10 ** max(0, -floor) < q * 10 ** max(0, floor):
        floor -= 1
    return floor, value * Fraction(10) ** (LEADING - 1 - floor)


def _exact_level(a, level: int, tiny: bool, r: Fraction, exponent: int) -> Size:
    """D_(m−1) = r·10^E + k exactly, k a small whole number (when r·10^E is whole) or a
    fraction below 1: its floor of log10 and first digits. k moves the first digits only
    when r·10^E is whole and k < 0 (3·10^E − 1 begins 2999…)."""
    floor, scaled = _rational_size(r)
    floor += exponent
    lead = math.floor(scaled)
    if scaled.denominator == 1 and _deviation_sign(a, level, tiny) < 0:
        lead -= 1
        if lead < 10 ** (LEADING - 1):
            return Size(level, floor - 1, "9" * LEADING, tiny)
    return Size(level, floor, str(lead), tiny)


def _deviation_sign(a, level: int, tiny: bool) -> int:
    """The sign of D_(j−1) − X for a level j where X = 10^(M_j) is a whole number.

    j = 2: D_1 = ⌊log10 V⌋ + 1 = X + 1 (a tiny V: X − 1 zeros): positive (negative).
    j ≥ 3: log10 D_(j−2) = X + c + δ' with c = log10 ℓ_(j−3), so D_(j−1) = X + ⌊c + δ'⌋ + 1;
    δ' matters only when c is a whole number (then 10^(M_(j−1)) = 10^(X + c) is whole too, and
    the same question is asked one level down).
    """
    if level == 2:
        return -1 if tiny else 1
    ell = _ell(a(level - 3))
    exact_c = (
        None if ell is None else rational_log10(sympy.Rational(ell.numerator, ell.denominator))
    )
    if exact_c is not None and exact_c.denominator == 1:
        below = _deviation_sign(a, level - 1, tiny)
        floor_c = int(exact_c) - (1 if below < 0 else 0)
    elif exact_c is not None:
        floor_c = math.floor(exact_c)
    else:
        floor_c = _floor_of_log_log(a(level - 3))
    shift = floor_c + 1
    return (shift > 0) - (shift < 0)


def _floor_of_log_log(value: sympy.Expr) -> int:
    """⌊log10 |log10 value|⌋ for a value where it is irrational."""
    precision = 40
    while precision <= 40 * MAX_PRECISION_FACTOR:
        with _interval_precision(precision):
            c = _log_log(value)
            low, high = _floor(c), _floor(c, upper=True)
        if low == high:
            return low
        precision *= 2
    raise Undecided(f"log10 log10 {value}")
