"""Checking answers: equal forms accepted, forms checked, mistakes named, hostile text refused."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest
import sympy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from practice_oracle import X, read, right_answer, same, tree

from napier.errors import UserError
from napier.i18n import LOCALES
from napier.practice import check, skills
from napier.practice.check import check as check_answer
from napier.practice.ids import SKILL_IDS
from napier.practice.rewrite import rules
from napier.practice.tasks import (
    AMOUNT,
    EQUATION,
    EVALUATE,
    FORM_LOG,
    INEQUALITY,
    SINGLE_POWER,
    derivative_task,
    single_power_task,
)
from napier.practice.trees import X as TX
from napier.practice.trees import pw, typed_text

SEEDS = range(12)
CASES = [(skill, level) for skill in SKILL_IDS for level in (1, 2, 3)]
FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


def full_width(text: str) -> str:
    """What a Japanese IME types: every ASCII character in its full-width form."""
    return "".join(FULL_WIDTH.get(c, c) for c in text)


def sympy_text(expr: sympy.Expr) -> str:
    """sympy's own printing (``2**x*log(2)``, ``exp(2*x)``): a form our printer never uses."""
    return sympy.sstr(expr)


def commuted(expr: sympy.Expr) -> str:
    """A product or sum written with its terms in the reverse of sympy's order."""
    if isinstance(expr, sympy.Mul):
        return "*".join(f"({sympy.sstr(a)})" for a in reversed(expr.args))
    if isinstance(expr, sympy.Add):
        return " + ".join(f"({sympy.sstr(a)})" for a in reversed(expr.args))
    return sympy.sstr(expr)


def exact_decimal(value: sympy.Rational) -> str | None:
    """The terminating decimal of a rational (1/16 → 0.0625), if it has one."""
    p, q = int(value.p), int(value.q)
    places = 0
    while (10**places) % q:
        places += 1
        if places > 60:
            return None
    digits = str(abs(p) * 10**places // q).rjust(places + 1, "0")
    sign = "-" if p < 0 else ""
    whole, fraction = digits[: len(digits) - places], digits[len(digits) - places :]
    return f"{sign}{whole}.{fraction}" if places else f"{sign}{whole}"


def rewrites(exercise: skills.Exercise) -> list[str]:
    """Ways a learner may write the right answer, built from the oracle, not our printer."""
    right = right_answer(exercise)
    kind = exercise.task.kind
    found: list[str] = []
    if kind == INEQUALITY:
        return inequality_rewrites(right)
    if kind in (EVALUATE, AMOUNT, EQUATION) and not isinstance(right, sympy.Set):
        simple = sympy.simplify(right)
        right = simple if simple.is_Rational else right
    if exercise.task.form == FORM_LOG:
        a = int(dict(exercise.params)["a"])
        inside = sympy.simplify(a**right)  # log_a M = right
        assert inside.is_Rational
        found += [
            f"log_{a}({inside.p}/{inside.q})",
            f"log_({a})({inside})",
            f"log_{a}(({inside.p})/({inside.q}))",
        ]
    elif kind in (EVALUATE, AMOUNT, EQUATION) and right.is_Rational:
        found += [f"{right.p}/{right.q}", f"({right.p})/({right.q})"]
        decimal = exact_decimal(right)
        if decimal:
            found.append(decimal)
    elif kind == SINGLE_POWER:
        base, exponent = (
            read(typed_text(exercise.task.answer.left)),
            read(typed_text(exercise.task.answer.right)),
        )
        found += [
            f"({sympy_text(base)})^({sympy_text(exponent)})",
            f"({sympy_text(base)})^({commuted(exponent)})",
        ]
        if base == sympy.E:
            found.append(f"exp({sympy_text(exponent)})")
    else:
        found += [sympy_text(right), commuted(right), sympy_text(sympy.factor(right))]
        found.append(sympy_text(sympy.expand(right)))
    if kind == EQUATION:
        found += [f"x = {text}" for text in found[:2]] + [f"x={found[0]}"]
    with_ln = [text.replace("log(", "ln(") for text in found if "log(" in text]
    return found + with_ln + [full_width(found[0])]


def inequality_rewrites(right: sympy.Interval) -> list[str]:
    """x < 3 as 3 > x, x<3, ｘ＜３; 0 <= x <= 1 as 0 ≦ x ≦ 1 and 1 >= x >= 0 …"""
    low, high = (sympy.simplify(end) for end in (right.start, right.end))
    less_low = "<" if right.left_open else "<="
    less_high = "<" if right.right_open else "<="
    more_low = less_low.replace("<", ">")
    more_high = less_high.replace("<", ">")
    ja = {"<=": "≦", ">=": "≧", "<": "<", ">": ">"}
    if low == -sympy.oo:
        forms = [f"x {less_high} {high}", f"{high} {more_high} x", f"x{ja[less_high]}{high}"]
    elif high == sympy.oo:
        forms = [f"x {more_low} {low}", f"{low} {less_low} x", f"x{ja[more_low]}{low}"]
    else:
        forms = [
            f"{low} {less_low} x {less_high} {high}",
            f"{high} {more_high} x {more_low} {low}",
            f"{low}{ja[less_low]}x{ja[less_high]}{high}",
            f"({low}) {less_low} x {less_high} ({high})",
        ]
    return [*forms, full_width(forms[0]), f"{forms[0]}."]


@pytest.mark.parametrize(("skill", "level"), CASES)
def test_equivalent_rewritings_of_the_right_answer_are_accepted(skill: str, level: int) -> None:
    """Commuted, factored, expanded, log/ln, exact decimals and full-width forms are all correct."""
    for seed in SEEDS:
        exercise = skills.generate(skill, level, seed)
        for text in rewrites(exercise):
            if len(text) > 100:
                continue
            verdict = check_answer(exercise.task, text)
            assert verdict.correct, (exercise.id, text, verdict.status, verdict.note)


def test_a_derivative_in_several_forms() -> None:
    """(x·e^x)' as (x+1)e^x, e^x + x e^x, e^x*(1+x) or ｅ＾ｘ（ｘ＋１） is correct each time."""
    task = derivative_task(read_tree("x*e^x"))
    for text in (
        "(x+1)e^x",
        "e^x + x*e^x",
        "e^x*(1+x)",
        "ｅ＾ｘ（ｘ＋１）",
        "y = (x + 1)·e^x",
        "f'(x)=e^x(x+1)",
    ):
        assert check_answer(task, text).correct, text


def read_tree(text: str):
    from napier.parser import parse

    return parse(text, variable=True, functions=True)


def test_a_single_power_form_is_checked_and_the_missing_part_named() -> None:
    """An equal value that is not one power is told what is missing, in both languages."""
    exercise = skills.generate("law1.1", 1, 3)
    a = typed_text(exercise.task.answer.left)
    total = int(typed_text(exercise.task.answer.right))
    p = total // 2
    cases = {
        f"{a}^{p}*{a}^{total - p}": check.PRODUCT,
        f"({a}^{p})^1*{a}^{total - p}": check.PRODUCT,
        str(int(a) ** total): check.NUMBER,
        f"{a}^{total + 1}/{a}": check.QUOTIENT,
    }
    for text, missing in cases.items():
        verdict = check_answer(exercise.task, text)
        assert verdict.status == check.FORM and verdict.missing == missing, text


def test_a_number_form_is_checked() -> None:
    """An evaluation answered with the power itself is equal but not worked out."""
    exercise = skills.generate("pow.negative", 1, 0)
    given = typed_text(exercise.task.given)
    verdict = check_answer(exercise.task, given)
    assert verdict.status == check.FORM and verdict.missing == check.NOT_NUMBER


def test_the_law_1_1_mistake_is_named_on_the_exercise() -> None:
    """For a^p·a^q, typing a^(pq) names the product mistake and points to law 1.1."""
    for seed in range(10):
        exercise = skills.generate("law1.1", 2, seed)
        product = exercise.task.given
        a = typed_text(product.left.left)
        p, q = typed_text(product.left.right), typed_text(product.right.right)
        verdict = check_answer(exercise.task, f"{a}^(({p})*({q}))")
        assert verdict.status == check.MISTAKE
        assert verdict.mistake.id == "product_exponents_multiplied" and verdict.mistake.law == "1.1"


def test_power_rule_forgotten_log_and_integration_are_told_apart_on_a_to_the_x() -> None:
    """On (a^x)' the power rule, a missing log a and an antiderivative are three named slips."""
    for seed in range(10):
        exercise = skills.generate("law1.5", 1, seed)
        a = typed_text(exercise.task.given.left)
        expected = {
            f"x*({a})^(x-1)": "power_rule_on_exponential",
            f"({a})^x": "forgot_log",
            f"({a})^x/log({a})": "integrated",
            f"({a})^x*log({a})/log(10)": "log10",
        }
        for text, mistake in expected.items():
            verdict = check_answer(exercise.task, text)
            assert verdict.mistake is not None and verdict.mistake.id == mistake, (text, verdict)
            assert verdict.mistake.law == "1.5"


def test_a_rounded_decimal_is_close_but_not_correct() -> None:
    """2^x·0.6931 is recognised as log 2 rounded, and 2^x·0.3010 as the base-10 slip rounded."""
    task = derivative_task(pw(read_tree("2"), TX))
    assert check_answer(task, "2^x*0.6931").status == check.ROUNDED
    verdict = check_answer(task, "2^x*0.3010")
    assert verdict.status == check.MISTAKE and verdict.rounded and verdict.mistake.id == "log10"


def test_a_constant_factor_and_a_sign_are_reported() -> None:
    """A constant multiple of the right derivative is reported with the factor (or as a sign)."""
    task = derivative_task(read_tree("e^(3x)"))
    verdict = check_answer(task, "6e^(3x)")
    assert verdict.status == check.FACTOR and verdict.factor == 2
    assert check_answer(task, "-3e^(3x)").factor == -1


def test_a_wrong_answer_gets_a_point_where_the_two_differ() -> None:
    """The reported x and both values are right (checked with sympy at that x)."""
    task = derivative_task(read_tree("x^2*e^x"))
    verdict = check_answer(task, "x^2*e^x + 1")
    assert verdict.status == check.DIFFERENT and verdict.point is not None
    x, mine, right = verdict.point
    point = sympy.Rational(str(x))
    assert abs(float(mine) - float((X**2 * sympy.exp(X) + 1).subs(X, point))) < 1e-9
    assert abs(float(right) - float(sympy.diff(X**2 * sympy.exp(X), X).subs(X, point))) < 1e-9


def test_an_implicit_exponent_is_read_as_meant_and_said() -> None:
    """``2^7x`` for 2^(7x) is read as the learner means it, and the verdict keeps the notice."""
    task = single_power_task(
        read_tree("2^(3x)*2^(4x)"),
        read_tree("2^(7x)"),
        rules("product_exponents_multiplied"),
        law="1.1",
    )
    verdict = check_answer(task, "2^7x")
    assert verdict.correct
    assert [notice.key for notice in verdict.notices] == ["parse.implicit_exponent"]


def test_amounts_rounded_to_the_yen_are_close() -> None:
    """An amount rounded to the yen is close; the exact amount or its formula is correct."""
    exercise = next(
        e
        for e in (skills.generate("grow.interest", 2, s) for s in range(50))
        if Fraction(right_answer(e)).denominator > 1
    )
    exact = Fraction(right_answer(exercise))
    assert check_answer(exercise.task, str(round(exact))).status == check.ROUNDED
    assert check_answer(exercise.task, f"{exact.numerator}/{exact.denominator}").correct


def test_symbolic_check_decides_where_sampling_cannot() -> None:
    """An answer defined on too few sampled points is compared by sympy from our trees."""
    task = derivative_task(read_tree("2^x"))
    verdict = check_answer(task, "log(x-100)")
    assert verdict.status in (check.UNDEFINED, check.DIFFERENT)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "9^9^9^9^9",
        "(" * 60 + "1" + ")" * 60,
        "1e5",
        "x" * 200,
        "2^x\x00",
        "__import__('os').system('ls')",
        "@everyone",
        "2^^3",
        "log 2",
        "sin(x)",
        "1/",
        "\u202e2^x",
    ],
)
def test_hostile_answers_get_a_clear_message(text: str) -> None:
    """Junk, code and huge towers get a UserError in both languages, or a calm verdict."""
    task = derivative_task(read_tree("2^x"))
    try:
        verdict = check_answer(task, text)
    except UserError as error:
        for locale in LOCALES:
            message = error.message(locale)
            assert message and "Traceback" not in message
        return
    assert not verdict.correct


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="0123456789x+-*/^().elognqrtp ＾（）", max_size=40))
def test_any_answer_text_gives_a_verdict_or_a_user_error(text: str) -> None:
    """Arbitrary answer text never raises anything but a UserError, and checks in bounded time."""
    exercise = skills.generate("law1.6", 3, 1)
    try:
        verdict = check_answer(exercise.task, text)
    except UserError as error:
        assert all(error.message(locale) for locale in LOCALES)
        return
    assert verdict.status in (
        check.CORRECT,
        check.FORM,
        check.MISTAKE,
        check.ROUNDED,
        check.FACTOR,
        check.DIFFERENT,
        check.UNDEFINED,
    )
    if verdict.correct:
        assert same(right_answer(exercise), tree(verdict.answer))


def test_huge_numbers_do_not_reach_sympy() -> None:
    """A tower in an answer is judged without building it (the check stays quick)."""
    exercise = skills.generate("pow.integer", 1, 0)
    precision = mpmath.mp.dps
    verdict = check_answer(exercise.task, "9^9^9^9")
    assert verdict.status == check.UNDEFINED
    assert mpmath.mp.dps == precision  # local precision only
