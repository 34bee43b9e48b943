"""``/check`` claims: three forms read, the learner's slip named, unreadable claims explained."""

from __future__ import annotations

import pytest
import sympy
from practice_oracle import X, read, tree

from napier.errors import UserError
from napier.i18n import LOCALES
from napier.practice import check, claims, solutions
from napier.practice.tasks import derivative_task, equal_task, evaluate_task
from napier.practice.trees import show

TASKS = {
    claims.DERIVATIVE: derivative_task,
    claims.VALUE: evaluate_task,
    claims.EQUAL: equal_task,
}


def verdict(text: str) -> check.Verdict:
    claim = claims.read_claim(text)
    return check.check(TASKS[claim.kind](claim.left), claim.claimed)


@pytest.mark.parametrize(
    ("text", "kind", "left", "claimed"),
    [
        ("2^3*2^4 = 2^12", claims.EQUAL, 2**3 * 2**4, "2^12"),
        ("diff 2^x x*2^(x-1)", claims.DERIVATIVE, 2**X, "x*2^(x-1)"),
        ("diff 2^x = 2^x*log(2)", claims.DERIVATIVE, 2**X, "2^x*log(2)"),
        ("d e^(2x), 2e^(2x)", claims.DERIVATIVE, sympy.exp(2 * X), "2e^(2x)"),
        ("微分 x^2 + 1 2x", claims.DERIVATIVE, X**2 + 1, "2x"),
        ("(2^x)' = x*2^(x-1)", claims.DERIVATIVE, 2**X, "x*2^(x-1)"),
        ("(e^x)′ = e^x", claims.DERIVATIVE, sympy.exp(X), "e^x"),
        ("pow -2^2 4", claims.VALUE, -4, "4"),
        ("pow 2 3 8", claims.VALUE, 8, "8"),
        ("pow -2 2 = 4", claims.VALUE, 4, "4"),
        ("pow 2 ^ 10 = 1024", claims.VALUE, 1024, "1024"),
        ("２＾３＊２＾４ ＝ ２＾７", claims.EQUAL, 2**7, "2^7"),
    ],
)
def test_the_three_forms_are_read(text: str, kind: str, left: object, claimed: str) -> None:
    """Equalities, derivatives (verb or prime) and values are split where the learner meant."""
    claim = claims.read_claim(text)
    assert claim.kind == kind
    assert sympy.simplify(tree(claim.left) - sympy.sympify(left)) == 0
    assert claim.claimed == claimed


@pytest.mark.parametrize(
    ("text", "mistake", "law"),
    [
        ("2^3*2^4 = 2^12", "product_exponents_multiplied", "1.1"),
        ("2^3*2^4 = 4^7", "product_bases_multiplied", "1.1"),
        ("diff 2^x x*2^(x-1)", "power_rule_on_exponential", "1.5"),
        ("diff 3^x 3^x", "forgot_log", "1.5"),
        ("diff e^(2x) e^(2x)", "dropped_chain", "1.6"),
        ("diff e^(x^2) x^2*e^(x^2)", "inner_instead_of_derivative", "1.6"),
        ("pow -2^2 4", "minus_inside", ""),
        ("pow 2 -3 -8", "negative_as_minus", "1.2"),
        ("pow 5 0 0", "zero_power_zero", "1.3"),
        ("(3^2)^4 = 3^6", "power_exponents_added", "1.4"),
        ("5^7/5^3 = 5^10", "quotient_exponents_added", "1.3"),
        ("(2+3)^2 = 13", "power_over_sum", ""),
        ("2^x*2^(2x) = 2^(2x^2)", "product_exponents_multiplied", "1.1"),
    ],
)
def test_the_slip_in_a_claim_is_named(text: str, mistake: str, law: str) -> None:
    """A wrong claim is matched with the misconception that produces it, and its law."""
    found = verdict(text)
    assert found.status == check.MISTAKE, found
    assert found.mistake is not None and (found.mistake.id, found.mistake.law) == (mistake, law)


@pytest.mark.parametrize(
    "text",
    ["2^3*2^4 = 2^7", "diff 2^x 2^x*ln(2)", "pow -2^2 -4", "(x e^x)' = (x+1)e^x", "pow 8 2/3 4"],
)
def test_a_true_claim_is_confirmed(text: str) -> None:
    """Right claims, in any equal form, are confirmed."""
    assert verdict(text).correct


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "check.unreadable"),
        ("hello", "check.unreadable"),
        ("2^3*2^4", "check.unreadable"),
        ("diff", "check.unreadable"),
        ("diff 2 3", "check.not_a_function"),
        ("pow 2^x 3", "check.no_x_in_value"),
        ("pow 8", "check.unreadable"),
        ("= 2", "check.unreadable"),
        ("diff 2^x 2^x +", "check.unreadable"),
        ("x" * 300, "parse.too_long"),
    ],
)
def test_an_unreadable_claim_says_what_to_type(text: str, key: str) -> None:
    """Claims that cannot be read get a message, in both languages, that shows working forms."""
    with pytest.raises(UserError) as caught:
        claims.read_claim(text)
    assert caught.value.key == key
    for locale in LOCALES:
        assert caught.value.message(locale)


def test_the_unreadable_message_examples_work() -> None:
    """Every example the unreadable-claim message shows is itself a readable, true claim."""
    import re

    message = UserError("check.unreadable").message("en")
    examples = re.findall(r"`/check ([^`]+)`", message)
    assert len(examples) == 5
    for example in examples:
        assert verdict(example).correct, example


@pytest.mark.parametrize(
    ("text", "goal", "steps"),
    [
        ("2^3*2^4 = 2^12", solutions.VALUE, ["2^(3 + 4)", "2^7", "128"]),
        ("5^7/5^3 = 5^10", solutions.POWER, ["5^(7 - 3)", "5^4"]),
        ("2^-3 = -8", solutions.VALUE, ["1/2^3", "1/8"]),
        ("1/2^5 = -2^5", solutions.POWER, ["2^(-5)"]),
        ("(2^3)^2 = 2^5", solutions.POWER, ["2^(3·2)", "2^6"]),
    ],
)
def test_the_right_result_comes_with_its_steps(text: str, goal: str, steps: list[str]) -> None:
    """The worked steps apply one law at a time, each equal to the start, toward the goal."""
    claim = claims.read_claim(text)
    lines = solutions.law_steps(claim.left, goal)
    assert [show(line.tree) for line in lines] == steps
    for line in lines:
        assert sympy.simplify(read(show(line.tree)) - tree(claim.left)) == 0
