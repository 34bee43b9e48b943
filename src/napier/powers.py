"""Exact powers of positive rationals, and expressions as sums of terms c·∏ bᴾ⁽ˣ⁾.

Every positive rational q ≠ 1 is, in exactly one way, b^k with b > 1 not itself a perfect
power and k a nonzero integer (8 = 2^3, 1/2 = 2^(-1), 4/9 = (3/2)^(-2)); call b its
*primitive base*. Two such numbers are rational powers of each other exactly when they share
their primitive base (if b^s = c^t with b, c primitive and s, t ≠ 0, unique factorisation
gives b = c). That is the test behind "write both sides with the same base" and behind
"log_4 8 is rational".

``expand`` turns a parsed expression into a sum of ``Term`` values, c·∏ bᵢ^Pᵢ(x), with c
rational, each bᵢ a primitive base or e, and each Pᵢ a polynomial in x of degree at most 2.
It raises ``Unsupported`` (with a reason key) for anything else: x outside an exponent, a
logarithm, π, a negative base under a fractional exponent… Every number it builds is bounded
in size before it is computed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from napier.errors import UserError
from napier.parser import Binary, Call, Constant, Negate, Node, Number, Variable, has_variable

MAX_DIGITS = 400  # of any numerator or denominator built here
MAX_TERMS = 12  # terms of a sum, after and before collecting
MAX_DEGREE = 2  # of an exponent polynomial
MAX_SUM_POWER = 4  # (u + v)^n is multiplied out for n up to this
MAX_ROOT_BITS = 4000  # perfect-power search limit (a 400-digit number has about 1,330 bits)
E = "e"

Base = Fraction | str  # a primitive rational > 1, or E
Poly = tuple[Fraction, ...]  # coefficients of 1, x, x^2; no trailing zeros; () is 0


class Unsupported(Exception):
    """The expression is outside the forms the engines handle; ``reason`` is a message suffix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def too_large(example: str) -> UserError:
    return UserError("powers.too_large", limit=MAX_DIGITS, example=example)


# --- integers and rationals ------------------------------------------------------------------


def digits(n: int) -> int:
    """An upper bound on the number of decimal digits of ``n`` (cheap, exact within one)."""
    return int(abs(n).bit_length() * 0.30103) + 1


def fraction_digits(value: Fraction) -> int:
    return max(digits(value.numerator), digits(value.denominator))


def integer_root(n: int, k: int) -> int | None:
    """The exact k-th root of ``n ≥ 0``, or None when ``n`` is not a k-th power."""
    if n < 2 or k == 1:
        return n
    bits = n.bit_length()
    if k >= bits:  # 2^k > n ≥ 2, so only 1 could be the root, and 1^k ≠ n
        return None
    x = 1 << -(-bits // k)  # ≥ the root
    for _ in range(4 * bits + 8):  # Newton's method decreases strictly to ⌊n^(1/k)⌋
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            break
        x = y
    return x if x**k == n else None


def _primes(limit: int) -> list[int]:
    sieve = bytearray([1]) * (limit + 1)
    sieve[:2] = b"\x00\x00"
    for i in range(2, math.isqrt(limit) + 1):
        if sieve[i]:
            sieve[i * i :: i] = bytearray(len(sieve[i * i :: i]))
    return [i for i, flag in enumerate(sieve) if flag]


_PRIMES = _primes(MAX_ROOT_BITS)


def perfect_power(n: int) -> tuple[int, int]:
    """``n ≥ 2`` as root^exponent with the largest exponent (root not a perfect power)."""
    if n < 2:
        raise ValueError(n)
    if n.bit_length() > MAX_ROOT_BITS:
        raise too_large("8")
    exponent = 1
    for p in _PRIMES:
        if p >= n.bit_length():
            break
        while (root := integer_root(n, p)) is not None and root >= 2:
            n, exponent = root, exponent * p
            if p >= n.bit_length():
                break
    return n, exponent


def primitive(value: Fraction) -> tuple[Fraction, int]:
    """``value > 0``, ≠ 1, as (b, k) with value = b^k, b > 1 not a perfect power."""
    if value <= 0 or value == 1:
        raise ValueError(value)
    p, q = value.numerator, value.denominator
    root_p, e_p = perfect_power(p) if p > 1 else (1, 0)
    root_q, e_q = perfect_power(q) if q > 1 else (1, 0)
    k = math.gcd(e_p, e_q)
    base = Fraction(root_p ** (e_p // k), root_q ** (e_q // k))
    return (base, k) if base > 1 else (1 / base, -k)


def fits(value: Fraction, exponent: Fraction) -> bool:
    """Whether ``value^exponent`` has at most ``MAX_DIGITS`` digits (decided before computing)."""
    if value == 0 or abs(value) == 1:
        return True
    size = max(math.log10(abs(value.numerator)), math.log10(value.denominator))
    return abs(exponent) * size <= MAX_DIGITS


def rational_power(value: Fraction, exponent: Fraction, example: str) -> Fraction | None:
    """``value^exponent`` when it is rational, None when it is not; a UserError past the limit.

    ``value`` may be negative only for an integer exponent (a^(m/n) is defined for a > 0).
    """
    if value == 0:
        if exponent <= 0:
            raise UserError("math.division_by_zero", example=example)
        return Fraction(0)
    if exponent.denominator != 1:
        if value < 0:
            raise Unsupported("negative_base")
        if value == 1:
            return Fraction(1)
        base, k = primitive(value)
        exponent = k * exponent
        if exponent.denominator != 1:
            return None
        value = base
    if not fits(value, exponent):
        raise too_large(example)
    return value**exponent.numerator


# --- polynomials in x ------------------------------------------------------------------------


def poly(*coefficients: Fraction | int) -> Poly:
    values = [Fraction(c) for c in coefficients]
    while values and values[-1] == 0:
        values.pop()
    return tuple(values)


def degree(p: Poly) -> int:
    return len(p) - 1  # -1 for the zero polynomial


def is_constant(p: Poly) -> bool:
    return len(p) <= 1


def constant(p: Poly) -> Fraction:
    return p[0] if p else Fraction(0)


def poly_add(p: Poly, q: Poly) -> Poly:
    n = max(len(p), len(q))
    return poly(*((p[i] if i < len(p) else 0) + (q[i] if i < len(q) else 0) for i in range(n)))


def poly_scale(p: Poly, factor: Fraction) -> Poly:
    return poly(*(c * factor for c in p))


def poly_mul(p: Poly, q: Poly) -> Poly:
    if not p or not q:
        return ()
    if degree(p) + degree(q) > MAX_DEGREE:
        raise Unsupported("degree")
    out = [Fraction(0)] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return poly(*out)


def _bounded(value: Fraction, example: str) -> Fraction:
    if fraction_digits(value) > MAX_DIGITS:
        raise too_large(example)
    return value


def exponent_poly(node: Node, example: str) -> Poly:
    """An exponent as a polynomial in x with rational coefficients (degree ≤ 2)."""
    match node:
        case Number(value):
            return poly(value)
        case Variable("x"):
            return poly(0, 1)
        case Negate(operand):
            return poly_scale(exponent_poly(operand, example), Fraction(-1))
        case Binary("+", left, right):
            return poly_add(exponent_poly(left, example), exponent_poly(right, example))
        case Binary("-", left, right):
            return poly_add(
                exponent_poly(left, example),
                poly_scale(exponent_poly(right, example), Fraction(-1)),
            )
        case Binary("*", left, right):
            result = poly_mul(exponent_poly(left, example), exponent_poly(right, example))
            return tuple(_bounded(c, example) for c in result)
        case Binary("/", left, right):
            divisor = exponent_poly(right, example)
            if not is_constant(divisor):
                raise Unsupported("x_in_denominator")
            if not divisor:
                raise UserError("math.division_by_zero", example=example)
            top = exponent_poly(left, example)
            return tuple(_bounded(c, example) for c in poly_scale(top, 1 / divisor[0]))
        case Binary("^", base, power):
            n = exponent_poly(power, example)
            if not is_constant(n):
                raise Unsupported("tower")
            b = exponent_poly(base, example)
            if is_constant(b):
                value = rational_power(constant(b), constant(n), example)
                if value is None:
                    raise Unsupported("irrational_exponent")
                return poly(value)
            m = constant(n)
            if m.denominator != 1 or not 0 <= m <= MAX_DEGREE:
                raise Unsupported("degree")
            result: Poly = poly(1)
            for _ in range(int(m)):
                result = poly_mul(result, b)
            return tuple(_bounded(c, example) for c in result)
        case Constant(_):
            raise Unsupported("irrational_exponent")
        case Call(_, _):
            raise Unsupported("function_in_exponent")
    raise Unsupported("function_in_exponent")


# --- terms -----------------------------------------------------------------------------------


def _base_key(base: Base) -> tuple[int, Fraction]:
    return (0, Fraction(0)) if base == E else (1, base)  # type: ignore[return-value]


@dataclass(frozen=True)
class Term:
    """coefficient · ∏ base^exponent, bases primitive (or e), sorted, exponents nonzero."""

    coefficient: Fraction
    factors: tuple[tuple[Base, Poly], ...] = ()

    @property
    def has_x(self) -> bool:
        return any(not is_constant(p) for _, p in self.factors)

    @property
    def bases(self) -> tuple[Base, ...]:
        return tuple(base for base, _ in self.factors)

    def exponent(self, base: Base) -> Poly:
        return next((p for b, p in self.factors if b == base), ())


def _factors(items: list[tuple[Base, Poly]]) -> tuple[tuple[Base, Poly], ...]:
    merged: dict[tuple[int, Fraction], tuple[Base, Poly]] = {}
    for base, p in items:
        key = _base_key(base)
        if key in merged:
            p = poly_add(merged[key][1], p)
        merged[key] = (base, p)
    return tuple(merged[key] for key in sorted(merged) if merged[key][1])


def term_mul(a: Term, b: Term, example: str) -> Term:
    coefficient = _bounded(a.coefficient * b.coefficient, example)
    return Term(coefficient, _factors([*a.factors, *b.factors]))


def term_inverse(a: Term, example: str) -> Term:
    if a.coefficient == 0:
        raise UserError("math.division_by_zero", example=example)
    return Term(1 / a.coefficient, tuple((b, poly_scale(p, Fraction(-1))) for b, p in a.factors))


def collect(terms: list[Term]) -> list[Term]:
    """Like terms added (same factors), zero terms dropped, first-seen order kept."""
    shapes: list[tuple[tuple[Base, Poly], ...]] = []
    totals: list[Fraction] = []
    for term in terms:
        if term.factors in shapes:
            totals[shapes.index(term.factors)] += term.coefficient
        else:
            shapes.append(term.factors)
            totals.append(term.coefficient)
    return [Term(c, f) for f, c in zip(shapes, totals, strict=True) if c != 0]


def _limit(terms: list[Term]) -> list[Term]:
    if len(terms) > MAX_TERMS:
        raise Unsupported("too_many_terms")
    return terms


def power_of_constant(term: Term, exponent: Poly, example: str) -> Term:
    """(c·∏ bᵢ^rᵢ)^P for a constant term: c^r computed when rational and small, else kept
    as a power of its primitive base; for P with x the base must be positive."""
    if term.has_x:
        raise Unsupported("x_in_base")
    c = term.coefficient
    if not is_constant(exponent):
        if c <= 0:
            raise Unsupported("negative_base" if c < 0 else "zero_base")
        factors = [(b, poly_mul(p, exponent)) for b, p in term.factors]
        if c != 1:
            base, k = primitive(c)
            factors.append((base, poly_scale(exponent, Fraction(k))))
        return Term(Fraction(1), _factors(factors))
    return scale_power(term, constant(exponent), example)


def scale_power(term: Term, r: Fraction, example: str) -> Term:
    """term^r for a rational r: exponents times r; the coefficient exact where it can be."""
    c = term.coefficient
    if c < 0 and r.denominator != 1:
        raise Unsupported("negative_base")
    if c == 0:
        if r <= 0:
            raise UserError("math.division_by_zero", example=example)
        return Term(Fraction(0))
    factors = [(b, poly_scale(p, r)) for b, p in term.factors]
    sign = -1 if c < 0 and r.numerator % 2 else 1
    magnitude = abs(c)
    if magnitude == 1:
        return Term(Fraction(sign), _factors(factors))
    base, k = primitive(magnitude)
    power = k * r
    if power.denominator == 1 and fits(base, power):
        return Term(sign * base**power.numerator, _factors(factors))
    return Term(Fraction(sign), _factors([*factors, (base, poly(power))]))


def expand(node: Node, example: str) -> list[Term]:
    """``node`` as a sum of terms (like terms collected); ``Unsupported`` outside the forms."""
    match node:
        case Number(value):
            return [Term(value)] if value else []
        case Constant("e"):
            return [Term(Fraction(1), ((E, poly(1)),))]
        case Constant(_):
            raise Unsupported("pi")
        case Variable():
            raise Unsupported("x_outside_exponent")
        case Negate(operand):
            return [Term(-t.coefficient, t.factors) for t in expand(operand, example)]
        case Binary("+" | "-" as op, left, right):
            sign = 1 if op == "+" else -1
            left_terms, right_terms = expand(left, example), expand(right, example)
            right_terms = [Term(sign * t.coefficient, t.factors) for t in right_terms]
            return _limit(collect(_limit([*left_terms, *right_terms])))
        case Binary("*", left, right):
            a, b = expand(left, example), expand(right, example)
            _limit([Term(Fraction(0))] * (len(a) * len(b)))
            return _limit(collect([term_mul(s, t, example) for s in a for t in b]))
        case Binary("/", left, right):
            divisor = expand(right, example)
            if not divisor:
                raise UserError("math.division_by_zero", example=example)
            if len(divisor) > 1:
                raise Unsupported("divided_by_sum")
            inverse = term_inverse(divisor[0], example)
            return collect([term_mul(t, inverse, example) for t in expand(left, example)])
        case Binary("^", base, exponent):
            if has_variable(base) and has_variable(exponent):
                raise Unsupported("x_in_base")
            return _power(expand(base, example), exponent_poly(exponent, example), example)
        case Call("exp", arg):
            return _power(
                [Term(Fraction(1), ((E, poly(1)),))], exponent_poly(arg, example), example
            )
        case Call("sqrt", arg):
            return _power(expand(arg, example), poly(Fraction(1, 2)), example)
        case Call(_, _):
            raise Unsupported("logarithm")
    raise Unsupported("logarithm")


def _power(base: list[Term], exponent: Poly, example: str) -> list[Term]:
    if not base:  # 0^P
        if is_constant(exponent) and constant(exponent) > 0:
            return []
        if is_constant(exponent):
            raise UserError("math.division_by_zero", example=example)
        raise Unsupported("zero_base")
    if len(base) == 1:
        if base[0].has_x:
            if not is_constant(exponent):
                raise Unsupported("x_in_base")
            return [scale_power(base[0], constant(exponent), example)]
        return [power_of_constant(base[0], exponent, example)]
    n = constant(exponent) if is_constant(exponent) else None
    if n is None:
        raise Unsupported("base_not_power")
    if n.denominator != 1 or not 0 <= n <= MAX_SUM_POWER:
        raise Unsupported("power_of_sum")
    result = [Term(Fraction(1))]
    for _ in range(int(n)):
        _limit([Term(Fraction(0))] * (len(result) * len(base)))
        result = _limit(collect([term_mul(s, t, example) for s in result for t in base]))
    return result
