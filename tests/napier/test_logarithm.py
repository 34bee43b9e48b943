"""Tests of ``napier.logarithm``: exact values against exact arithmetic, the laws and their
derivations against sympy, and citations without circles."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import mpmath
import pytest
import sympy

from napier import calculus
from napier.errors import UserError
from napier.i18n import LOCALES
from napier.logarithm import ARTICLE, LAWS, evaluate
from napier.parser import parse
from napier.steps import IFF, Formula

TOLERANCE = sympy.Float(10) ** -35


def _node(value: Fraction | str):
    return parse(str(value), functions=True)


@pytest.mark.parametrize(
    ("a", "x", "exact"),
    [
        ("2", "8", Fraction(3)),
        ("4", "8", Fraction(3, 2)),
        ("1/2", "4", Fraction(-2)),
        ("9", "27", Fraction(3, 2)),
        ("10", "0.001", Fraction(-3)),
        ("2", "1", Fraction(0)),
        ("8", "4^(1/3)", Fraction(2, 9)),
        ("e", "e^2", Fraction(2)),
        ("e", "1/e", Fraction(-1)),
        ("sqrt(2)", "8", Fraction(6)),
        ("27/8", "4/9", Fraction(-2, 3)),
        ("3", "5", None),
        ("2", "24", None),
        ("e", "5", None),
        ("2", "e", None),
        ("1 + sqrt(2)", "3", None),
    ],
)
def test_values_are_exact_where_rational(a: str, x: str, exact: Fraction | None) -> None:
    """log_2 8 = 3, log_4 8 = 3/2, log_(1/2) 4 = -2 exactly; log_3 5 only as a decimal."""
    value = evaluate(_node(a), _node(x))
    assert value.exact == exact
    oracle = sympy.log(calculus.to_sympy(_node(x))) / sympy.log(calculus.to_sympy(_node(a)))
    assert abs(sympy.N(oracle, 50) - sympy.Float(mpmath.nstr(value.value, 40), 40)) < TOLERANCE
    assert abs(sympy.N(calculus.to_sympy(value.natural) - oracle, 50)) < TOLERANCE
    if exact is not None:
        assert sympy.simplify(oracle - sympy.Rational(exact.numerator, exact.denominator)) == 0


def _rational_log(a: Fraction, x: Fraction) -> Fraction | None:
    """log_a x by brute force over small exponents: a^p = x^q (exact integer arithmetic)."""
    if x == 1:
        return Fraction(0)
    for q in range(1, 13):
        for p in range(-60, 61):
            if p and a**p == x**q:
                return Fraction(p, q)
    return None


def test_exactness_matches_brute_force_on_a_grid() -> None:
    """For rationals 1/8…27 the engine finds a rational value exactly when one exists."""
    values = sorted(
        {Fraction(n, d) for n in (1, 2, 3, 4, 6, 8, 9, 12, 16, 27) for d in (1, 2, 3, 4, 8)}
    )
    for a, x in itertools.product(values, repeat=2):
        if a == 1:
            continue
        found = evaluate(_node(a), _node(x)).exact
        assert found == _rational_log(a, x), (a, x)


def test_irrational_values_say_why_for_two_different_bases() -> None:
    """log_3 5: 3 and 5 share no base, so the steps say no rational p has 3^p = 5."""
    reasons = [step.reason for step in evaluate(_node("3"), _node("5")).steps]
    assert reasons == ["definition", "not_rational", "change_of_base"]
    reasons = [step.reason for step in evaluate(_node("e"), _node("5")).steps]
    assert "not_rational" not in reasons


@pytest.mark.parametrize(
    ("a", "x", "key"),
    [
        ("-2", "8", "log.base_positive"),
        ("0", "8", "log.base_positive"),
        ("1", "8", "log.base_one"),
        ("2^0", "8", "log.base_one"),
        ("2", "0", "log.arg_positive"),
        ("2", "-8", "log.arg_positive"),
        ("2", "(-8)^(1/3)", "log.arg_not_real"),
        ("log(-1)", "2", "log.base_not_real"),
        ("2", "e^(10^6)", "log.too_large"),
    ],
)
def test_values_outside_the_definition_are_refused(a: str, x: str, key: str) -> None:
    """a ≤ 0, a = 1, x ≤ 0 and non-real values get a message that says which condition."""
    with pytest.raises(UserError) as caught:
        evaluate(_node(a), _node(x))
    assert caught.value.key == key
    for locale in LOCALES:
        assert "/log 2 8" in caught.value.message(locale)


# --- the laws --------------------------------------------------------------------------------

A, X, Y, R, B = sympy.symbols("a x y r b", positive=True)


def _sample() -> dict[sympy.Symbol, sympy.Expr]:
    rng = random.Random(7)
    while True:
        a = sympy.Rational(rng.randint(2, 40), rng.randint(1, 9))
        b = sympy.Rational(rng.randint(2, 40), rng.randint(1, 9))
        if a != 1 and b != 1:
            break
    return {
        A: a,
        B: b,
        X: sympy.Rational(rng.randint(1, 50), rng.randint(1, 9)),
        Y: sympy.Rational(rng.randint(1, 50), rng.randint(1, 9)),
        R: sympy.Rational(rng.randint(-9, 9), rng.randint(1, 5)),
    }


def _sympy(item, values):
    expression = calculus.to_sympy(item)
    names = {symbol.name: symbol for symbol in expression.free_symbols}
    substitutions = {names[s.name]: v for s, v in values.items() if s.name in names}
    expression = expression.subs(substitutions)
    return expression.doit() if expression.has(sympy.Derivative) else expression


def _equal(left, right, values) -> bool:
    difference = sympy.N(_sympy(left, values) - _sympy(right, values), 50)
    return abs(difference) < TOLERANCE


@pytest.mark.parametrize("law", LAWS, ids=[law.key for law in LAWS])
def test_each_law_holds_and_each_step_is_true(law) -> None:
    """Statement and every '=' of its derivation hold for sample values (p = log_a x,
    q = log_a y, y = log x in the derivative), computed by sympy from our trees."""
    values = _sample()
    p, q = sympy.Symbol("p"), sympy.Symbol("q")
    values[p] = sympy.log(values[X]) / sympy.log(values[A])
    values[q] = sympy.log(values[Y]) / sympy.log(values[A])
    x_symbol = sympy.Symbol("x")
    for line in (law.statement, *(line for step in law.steps for line in step.lines)):
        segments = [[line.items[0]]]
        for op, item in zip(line.ops, line.items[1:], strict=True):
            if op == IFF:
                segments.append([item])
            else:
                assert op == "="
                segments[-1].append(item)
        for segment in segments:
            trees = [item for item in segment if not isinstance(item, Formula)]
            for left, right in itertools.pairwise(trees):
                local = dict(values)
                if law.key == "derivative":
                    local = {x_symbol: values[X], sympy.Symbol("y"): sympy.log(values[X])}
                    left_value = _derivative_value(left, local)
                    right_value = _derivative_value(right, local)
                    assert abs(sympy.N(left_value - right_value, 50)) < TOLERANCE, line
                else:
                    assert _equal(left, right, local), (law.key, line)


def _derivative_value(item, values):
    expression = calculus.to_sympy(item)
    if expression.has(sympy.Derivative):
        expression = expression.doit()
    names = {s.name: s for s in expression.free_symbols}
    return expression.subs({names[s.name]: v for s, v in values.items() if s.name in names})


def test_derivative_laws_agree_with_sympy() -> None:
    """(log x)' = 1/x and (log_a x)' = 1/(x log a), differentiated by sympy."""
    x, a = sympy.Symbol("x"), sympy.Symbol("a")
    for law in LAWS:
        if not law.key.startswith("derivative"):
            continue
        left, right = (calculus.to_sympy(item) for item in law.statement.items)
        assert sympy.simplify(left.doit() - right.subs({})) == 0
        assert x in right.free_symbols
        assert a in right.free_symbols or law.key == "derivative"


def test_citations_only_look_back() -> None:
    """Each law cites only earlier laws or the article's (1.1)–(1.6) and the inverse rule:
    no law is derived from itself or from one that comes after it."""
    seen: list[str] = []
    for law in LAWS:
        cited = set(law.cites) | {c for step in law.steps for c in step.cites}
        for citation in cited:
            assert citation in ARTICLE or citation in seen, (law.key, citation)
        seen.append(f"log.{law.key}")


def test_laws_use_each_exponent_law_and_end_at_the_derivative() -> None:
    """(1.1)–(1.4) each justify a law; the last two are the derivatives, from (1.6)."""
    cited = {c for law in LAWS for c in law.cites}
    assert {"1.1", "1.2", "1.3", "1.4", "1.6"} <= cited
    assert [law.key for law in LAWS][-2:] == ["derivative", "derivative_base"]
    assert "1.5" not in cited  # (1.5) is not needed: the derivative comes from (1.6) alone
