"""The skills of the seed article, each with levels 1–3 and a deterministic generator.

``generate(skill, level, seed)`` draws the parameters from ``random.Random`` seeded with the
three values (never the global random state), so an exercise id ``skill:level:seed`` rebuilds
the same exercise in any process. Parameters are redrawn until the right answer and every
listed misconception's answer differ (no a = 2 with x = y = 2, no base e when testing a
forgotten log a).
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from fractions import Fraction

from napier import printer
from napier.errors import UserError
from napier.parser import Call, Negate, Node
from napier.practice import derivative as bugs
from napier.practice import equations, logs, rewrite
from napier.practice.check import missing_form
from napier.practice.drafts import Draft, Generator, Line, p
from napier.practice.ids import (
    LEVELS,
    MAX_SEED,
    SKILL_IDS,
    answer_example,
    exercise_id,
    parse_exercise_id,
)
from napier.practice.tasks import (
    AMOUNT,
    FORM_ANY,
    Mistake,
    Task,
    all_distinct,
    derivative_task,
    evaluate_task,
    pow_lesson,
    single_power_task,
)
from napier.practice.trees import (
    E,
    X,
    add,
    clean,
    div,
    ln,
    mul,
    negate,
    num,
    power_of,
    pw,
    rational,
    scale,
    show,
    sub,
    times,
)
from napier.steps import Step

log = logging.getLogger(__name__)

MAX_DRAWS = 60


@dataclass(frozen=True)
class Exercise:
    """A drawn exercise: its id, the task to check against, and what to show.

    ``statement`` is a message key filled with ``params``; ``latex`` is the formula of the
    statement image (built by the bot, never from user text); ``example`` shows the syntax of
    an answer (it is never the answer); ``required`` lists the misconceptions this exercise
    is built to tell apart; ``steps`` are a lesson engine's steps of the worked solution
    (messages under ``step_prefix``).
    """

    id: str
    skill: str
    level: int
    seed: int
    task: Task
    statement: str
    params: tuple[tuple[str, str], ...]
    latex: str
    hints: tuple[Line, ...]
    solution: tuple[Line, ...]
    example: str
    required: tuple[str, ...]
    steps: tuple[Step, ...] = ()
    step_prefix: str = ""
    latex_ja: str = ""

    def formula(self, locale: str) -> str:
        """The statement's formula in the reader's notation (≦ ≧ in Japanese)."""
        return self.latex_ja if locale == "ja" and self.latex_ja else self.latex


def text(tree: Node) -> str:
    return show(tree)


def latex(tree: Node) -> str:
    return printer.latex(tree)


_p = p


def _frac(value: Fraction) -> str:
    return str(value)


# --- evaluating powers -------------------------------------------------------------------------


def _evaluate(
    given: Node,
    rule_ids: tuple[str, ...],
    required: tuple[str, ...],
    hints: list[Line],
    solution: list[Line],
    *,
    law: str = "",
    extra: tuple[Mistake, ...] = (),
) -> Draft:
    task = evaluate_task(given, rewrite.rules(*rule_ids), law=law, lesson=pow_lesson(given))
    if extra:
        task = _with_mistakes(task, extra)
    return Draft(
        task,
        "practice.statement.evaluate",
        {"expr": text(given)},
        latex(given),
        hints,
        [*solution, Line("practice.solution.value", tree=task.answer)],
        required,
    )


def _with_mistakes(task: Task, extra: tuple[Mistake, ...]) -> Task:
    from napier.practice.tasks import distinct

    mistakes = distinct(task.answer, [*task.mistakes, *extra], task.variable)
    return Task(
        task.kind,
        task.given,
        task.answer,
        tuple(mistakes),
        task.form,
        task.variable,
        task.law,
        task.lesson,
        task.extra,
    )


def _written_out(base: Node, n: int) -> str:
    factor = text(base)
    if isinstance(base, Negate) or (hasattr(base, "value") and base.value < 0):  # type: ignore[attr-defined]
        factor = f"({factor})"
    return "·".join([factor] * n)


def pow_integer(rng: random.Random, level: int) -> Draft:
    if level == 1:
        a, n = rng.randint(2, 9), rng.randint(2, 5)
        given = pw(num(a), n)
        return _evaluate(
            given,
            ("base_times_exponent", "exponent_swapped"),
            ("base_times_exponent", "exponent_swapped"),
            [
                Line("practice.hint.power_meaning", _p(a=a, n=n)),
                Line("practice.hint.write_out", _p(product=_written_out(num(a), n))),
            ],
            [Line("practice.solution.write_out", _p(product=_written_out(num(a), n)))],
        )
    if level == 2:
        a, n = rng.randint(2, 6), rng.choice((2, 4))
        if rng.random() < 0.5:
            given: Node = Negate(pw(num(a), n))
            required = ("minus_inside",)
            hint = Line("practice.hint.minus_outside_power", _p(a=a, n=n))
            step = Line(
                "practice.solution.minus_outside_power",
                _p(a=a, n=n, product=_written_out(num(a), n)),
            )
        else:
            given = pw(Negate(num(a)), n)
            required = ("minus_outside",)
            hint = Line("practice.hint.minus_inside_power", _p(a=a, n=n))
            step = Line(
                "practice.solution.minus_inside_power",
                _p(a=a, n=n, product=_written_out(Negate(num(a)), n)),
            )
        return _evaluate(
            given,
            ("minus_inside", "minus_outside", "base_times_exponent"),
            (*required, "base_times_exponent"),
            [hint, Line("practice.hint.even_power")],
            [step],
        )
    if rng.random() < 0.5:
        q = rng.randint(3, 7)
        p = rng.choice([k for k in range(2, q) if Fraction(k, q).denominator == q])
        n = rng.choice((2, 3))
        given = pw(num(Fraction(p, q)), n)
        return _evaluate(
            given,
            ("numerator_only", "base_times_exponent"),
            ("numerator_only", "base_times_exponent"),
            [Line("practice.hint.fraction_power", _p(p=p, q=q, n=n))],
            [Line("practice.solution.fraction_power", _p(p=p, q=q, n=n, top=p**n, bottom=q**n))],
        )
    u, v = rng.randint(1, 5), rng.randint(1, 5)
    n = rng.choice((2, 3))
    given = pw(add(num(u), num(v)), n)
    return _evaluate(
        given,
        ("power_over_sum",),
        ("power_over_sum",),
        [Line("practice.hint.inside_first", _p(u=u, v=v))],
        [Line("practice.solution.inside_first", _p(u=u, v=v, s=u + v, n=n))],
    )


def pow_zero(rng: random.Random, level: int) -> Draft:
    if level == 1:
        a = rng.randint(2, 20)
        given = pw(num(a), 0)
        return _evaluate(
            given,
            ("zero_power_zero", "zero_power_base"),
            ("zero_power_zero", "zero_power_base"),
            [Line("practice.hint.zero_pattern", _p(a=a)), Line("practice.hint.zero_quotient")],
            [Line("practice.solution.zero_quotient", _p(a=a))],
            law="1.3",
        )
    if level == 2:
        variant = rng.choice(("multiple", "minus", "bracket"))
        a = rng.randint(2, 9)
        if variant == "multiple":
            c = rng.choice([k for k in range(2, 10) if k != a])
            given: Node = mul(num(c), pw(num(a), 0))
            required = ("zero_power_zero", "zero_power_base")
            step = Line("practice.solution.zero_multiple", _p(a=a, c=c))
        elif variant == "minus":
            given = Negate(pw(num(a), 0))
            required = ("zero_power_zero", "minus_inside")
            step = Line("practice.solution.zero_minus", _p(a=a))
        else:
            given = pw(Negate(num(a)), 0)
            required = ("zero_power_zero", "minus_outside")
            step = Line("practice.solution.zero_bracket", _p(a=a))
        return _evaluate(
            given,
            ("zero_power_zero", "zero_power_base", "minus_inside", "minus_outside"),
            required,
            [Line("practice.hint.zero_pattern", _p(a=a)), Line("practice.hint.zero_sign")],
            [step],
            law="1.3",
        )
    a, n = rng.randint(2, 9), rng.randint(2, 6)
    given = div(pw(num(a), n), pw(num(a), n))
    zero = pw(num(a), 0)
    extra = (
        Mistake(
            "zero_power_zero",
            "1.3",
            num(0),
            site=text(zero),
            wrong="0",
            right="1",
        ),
    )
    return _evaluate(
        given,
        ("quotient_exponents_divided", "quotient_exponents_added"),
        ("quotient_exponents_divided", "zero_power_zero"),
        [Line("practice.hint.law13", _p(a=a)), Line("practice.hint.zero_quotient")],
        [
            Line("practice.solution.law13", _p(), pw(num(a), sub(num(n), num(n)))),
            Line("practice.solution.exponent", _p(), zero),
            Line("practice.solution.zero_meaning", _p(a=a)),
        ],
        law="1.3",
        extra=extra,
    )


def pow_negative(rng: random.Random, level: int) -> Draft:
    rules = ("negative_as_minus", "negative_exponent_ignored", "base_times_exponent")
    if level == 1:
        a, n = rng.randint(2, 6), rng.randint(2, 3)
        given = pw(num(a), num(-n))
        solution = [Line("practice.solution.law12", _p(), div(num(1), pw(num(a), n)))]
        required = rules
        hint_params = _p(a=a, n=n)
    elif level == 2:
        q = rng.randint(2, 5)
        p = rng.choice([k for k in range(1, 7) if k != q and Fraction(k, q).denominator == q])
        n = rng.randint(2, 3)
        base = num(Fraction(p, q))
        given = pw(base, num(-n))
        solution = [
            Line("practice.solution.law12", _p(), div(num(1), pw(base, n))),
            Line("practice.solution.flip", _p(p=p, q=q), pw(num(Fraction(q, p)), n)),
        ]
        required = ("negative_as_minus", "negative_exponent_ignored")
        hint_params = _p(a=f"({p}/{q})", n=n)
    else:
        a, n = rng.randint(2, 5), rng.randint(2, 3)
        given = div(num(1), pw(num(a), num(-n)))
        solution = [
            Line("practice.solution.law12", _p(), div(num(1), div(num(1), pw(num(a), n)))),
            Line("practice.solution.reciprocal_of_reciprocal", _p(), pw(num(a), n)),
        ]
        required = ("negative_as_minus", "negative_exponent_ignored")
        hint_params = _p(a=a, n=n)
    return _evaluate(
        given,
        rules,
        required,
        [Line("practice.hint.negative_pattern", hint_params), Line("practice.hint.law12")],
        solution,
        law="1.2",
    )


def pow_fraction(rng: random.Random, level: int) -> Draft:
    b, n = rng.randint(2, 5), rng.choice((2, 3))
    a = b**n
    if level == 1:
        m = 1
    else:
        m = rng.choice([k for k in (2, 3, 5) if k % n])
    exponent = Fraction(m, n) if level < 3 else Fraction(-m, n)
    given = pw(num(a), num(exponent))
    root = pw(num(a), num(Fraction(1, n)))
    solution = [Line("practice.solution.root", _p(a=a, n=n, b=b), num(b))]
    if m != 1:
        solution.insert(0, Line("practice.solution.law14_root", _p(a=a, n=n, m=m), pw(root, m)))
        solution.append(Line("practice.solution.power_of_root", _p(), pw(num(b), m)))
    if level == 3:
        solution.insert(
            0, Line("practice.solution.law12", _p(), div(num(1), pw(num(a), num(-exponent))))
        )
    rule_ids = ("base_times_exponent", "fraction_inverted", "root_only")
    if level == 3:
        rule_ids += ("negative_as_minus", "negative_exponent_ignored")
        required: tuple[str, ...] = ("negative_as_minus", "negative_exponent_ignored")
    elif level == 2:
        required = ("base_times_exponent", "root_only", "fraction_inverted")
    else:
        required = ("base_times_exponent", "fraction_inverted")
    return _evaluate(
        given,
        rule_ids,
        required,
        [
            Line("practice.hint.root_meaning", _p(n=n)),
            Line("practice.hint.root_of", _p(a=a, n=n)),
        ],
        solution,
        law="1.4",
    )


# --- single powers (laws 1.1–1.4) ---------------------------------------------------------------


def _base(rng: random.Random, level: int) -> Node:
    if level == 1:
        return num(rng.randint(2, 7))
    return rng.choice((num(2), num(3), num(5), num(10), E))


def _linear(rng: random.Random, low: int = 1, high: int = 5, constant: bool = False) -> Node:
    """k·x (or k·x ± c) with small k."""
    k = rng.randint(low, high)
    term = times(k, X)
    if not constant:
        return term
    c = rng.randint(1, 5)
    return add(term, num(c)) if rng.random() < 0.5 else sub(term, num(c))


def _single(
    given: Node,
    answer: Node,
    rule_ids: tuple[str, ...],
    required: tuple[str, ...],
    law: str,
    hints: list[Line],
    steps: list[Line],
) -> Draft:
    task = single_power_task(given, answer, rewrite.rules(*rule_ids), law=law)
    return Draft(
        task,
        "practice.statement.single_power",
        {"expr": text(given)},
        latex(given),
        hints,
        steps,
        required,
    )


def law11(rng: random.Random, level: int) -> Draft:
    a = _base(rng, level)
    if level == 1:
        p, q = num(rng.randint(2, 9)), num(rng.randint(2, 9))
    elif level == 2:
        p, q = _linear(rng), _linear(rng)
    else:
        p, q = _linear(rng, constant=True), _linear(rng, constant=True)
    given = mul(pw(a, p), pw(a, q))
    answer = power_of(a, add(p, q))
    required = ("product_exponents_multiplied",)
    if level == 1:
        required += ("product_bases_multiplied",)
    return _single(
        given,
        answer,
        ("product_exponents_multiplied", "product_bases_multiplied"),
        required,
        "1.1",
        [
            Line("practice.hint.same_base", _p(a=text(a))),
            Line("practice.hint.law11", _p(p=text(p), q=text(q))),
        ],
        [
            Line("practice.solution.law11", _p(), pw(a, add(p, q))),
            Line("practice.solution.exponent", _p(), answer),
        ],
    )


def law12(rng: random.Random, level: int) -> Draft:
    a = _base(rng, level)
    if level == 1:
        p: Node = num(rng.randint(2, 6))
    elif level == 2:
        p = _linear(rng, 2, 5)
    else:
        p = _linear(rng, 1, 4, constant=True)
    given = div(num(1), pw(a, p))
    answer = power_of(a, negate(p))
    required = ("reciprocal_as_minus", "reciprocal_exponent")
    if level == 3:
        required = ("sign_not_distributed", "reciprocal_as_minus")
    return _single(
        given,
        answer,
        ("reciprocal_as_minus", "reciprocal_exponent", "sign_not_distributed"),
        required,
        "1.2",
        [Line("practice.hint.law12_form"), Line("practice.hint.negate_all", _p(p=text(p)))],
        [
            Line("practice.solution.law12", _p(), pw(a, Negate(p))),
            Line("practice.solution.exponent", _p(), answer),
        ],
    )


def law13(rng: random.Random, level: int) -> Draft:
    a = _base(rng, level)
    if level == 1:
        x_exp = rng.randint(2, 6)
        y_exp = rng.randint(x_exp + 2, x_exp + 7)
        y, x = num(y_exp), num(x_exp)
    elif level == 2:
        k = rng.randint(1, 4)
        y, x = _linear(rng, k + 1, k + 5), _linear(rng, k, k)
    else:
        k = rng.randint(1, 3)
        y = _linear(rng, k + 1, k + 3, constant=True)
        x = _linear(rng, k, k, constant=True)
    given = div(pw(a, y), pw(a, x))
    answer = power_of(a, sub(y, x))
    required: tuple[str, ...] = (
        "quotient_exponents_added",
        "quotient_exponents_divided",
        "quotient_backwards",
    )
    if level == 3:
        required = ("sign_not_distributed", "quotient_exponents_added")
    return _single(
        given,
        answer,
        (
            "quotient_exponents_added",
            "quotient_exponents_divided",
            "quotient_backwards",
            "sign_not_distributed",
        ),
        required,
        "1.3",
        [
            Line("practice.hint.same_base", _p(a=text(a))),
            Line("practice.hint.law13_subtract", _p(y=text(y), x=text(x))),
        ],
        [
            Line("practice.solution.law13", _p(), pw(a, sub(y, x))),
            Line("practice.solution.exponent", _p(), answer),
        ],
    )


def law14(rng: random.Random, level: int) -> Draft:
    a = _base(rng, level)
    q_value = rng.randint(2, 5)
    q = num(q_value)
    if level == 1:
        p: Node = num(rng.randint(2, 5))
    elif level == 2:
        p = _linear(rng, 1, 4)
    else:
        p = _linear(rng, 1, 4, constant=True)
    given = pw(pw(a, p), q)
    answer = power_of(a, scale(q, p))
    required: tuple[str, ...] = ("power_exponents_added", "power_tower")
    if level == 3:
        required = ("power_not_distributed", "power_exponents_added")
    return _single(
        given,
        answer,
        ("power_exponents_added", "power_tower", "power_not_distributed"),
        required,
        "1.4",
        [
            Line("practice.hint.law14", _p(p=text(p), q=q_value)),
            Line("practice.hint.law14_multiply", _p(p=text(p), q=q_value)),
        ],
        [
            Line("practice.solution.law14", _p(), pw(a, mul(p, q))),
            Line("practice.solution.exponent", _p(), answer),
        ],
    )


# --- derivatives (formulas 1.5 and 1.6) --------------------------------------------------------


def _derivative(function: Node, required: tuple[str, ...], law: str, hints: list[Line]) -> Draft:
    task = derivative_task(function, law=law)
    return Draft(
        task,
        "practice.statement.derivative",
        {"f": text(function)},
        f"y = {latex(function)}",
        hints,
        [Line("practice.solution.derivation", _p(f=text(function)))],
        required,
    )


BASES_15 = (num(2), num(3), num(5), num(10), num(Fraction(1, 2)), num(Fraction(3, 2)))


def law15(rng: random.Random, level: int) -> Draft:
    a = rng.choice(BASES_15)
    if level == 1:
        function: Node = pw(a, X)
        required: tuple[str, ...] = (
            bugs.POWER_RULE,
            bugs.FORGOT_LOG,
            bugs.INTEGRATED,
            bugs.LOG10,
        )
    elif level == 2:
        k = rng.choice((2, 3, 4, -1, -2, Fraction(1, 2)))
        function = pw(a, times(k, X))
        required = (bugs.DROPPED_CHAIN, bugs.FORGOT_LOG, bugs.POWER_RULE)
    else:
        c = rng.randint(1, 4)
        inner = add(pw(X, 2), num(c)) if rng.random() < 0.5 else mul(num(c + 1), pw(X, 2))
        function = pw(a, inner)
        required = (bugs.INNER, bugs.DROPPED_CHAIN, bugs.FORGOT_LOG)
    return _derivative(
        function,
        required,
        "1.5",
        [
            Line("practice.hint.law15", _p(a=text(a))),
            Line("practice.hint.chain" if level > 1 else "practice.hint.log_natural"),
        ],
    )


def law16(rng: random.Random, level: int) -> Draft:
    if level == 1:
        k = rng.choice((2, 3, 4, 5, -1, -2, -3, Fraction(1, 2)))
        function: Node = pw(E, times(k, X))
        required: tuple[str, ...] = (bugs.DROPPED_CHAIN, bugs.POWER_RULE, bugs.INNER)
        hints = [Line("practice.hint.law16"), Line("practice.hint.chain")]
    elif level == 2:
        b = rng.randint(1, 4)
        if rng.random() < 0.5:
            inner: Node = add(pw(X, 2), times(b, X))
        else:
            inner = times(b, pw(X, 2))
        function = pw(E, inner)
        required = (bugs.INNER, bugs.DROPPED_CHAIN)
        hints = [Line("practice.hint.law16"), Line("practice.hint.chain")]
    else:
        n = rng.choice((1, 2))
        k = rng.choice((1, 2, 3, -1))
        power = X if n == 1 else pw(X, n)
        exponent = times(k, X)
        function = mul(power, pw(E, exponent))
        required = (bugs.PRODUCT,)
        hints = [Line("practice.hint.product_rule"), Line("practice.hint.law16")]
    return _derivative(function, required, "1.6", hints)


# --- growth problems ------------------------------------------------------------------------------


def _money(value: Fraction) -> str:
    if value.denominator == 1:
        return f"{value.numerator:,}"
    return f"{float(value):,.2f}" if value * 100 == int(value * 100) else str(value)


def _amount_task(
    formula: Node,
    answer: Node,
    mistakes: list[Mistake],
    lesson: tuple[str, tuple[tuple[str, str], ...]],
    extra: tuple[tuple[str, str], ...] = (),
) -> Task:
    from napier.practice.tasks import distinct

    return Task(
        AMOUNT,
        formula,
        answer,
        tuple(distinct(answer, mistakes, False)),
        FORM_ANY,
        False,
        "",
        lesson,
        extra,
    )


def _model_mistake(mistake_id: str, wrong: Node, right: Node) -> Mistake:
    return Mistake(mistake_id, "", wrong, site="", wrong=text(wrong), right=text(right))


def interest(rng: random.Random, level: int) -> Draft:
    principal = rng.choice((10_000, 20_000, 50_000, 100_000, 200_000))
    rate = rng.choice((1, 2, 3, 4, 5, 6, 8, 10))
    r = num(Fraction(rate, 100))
    P = num(principal)
    if level == 1:
        years = rng.choice((2, 3))
        formula = mul(P, pw(add(num(1), r), years))
        mistakes = [
            _model_mistake("simple_interest", mul(P, add(num(1), mul(r, num(years)))), formula),
            _model_mistake(
                "interest_only", mul(P, sub(pw(add(num(1), r), years), num(1))), formula
            ),
            _model_mistake("percent_not_converted", mul(P, pw(num(1 + rate), years)), formula),
        ]
        params = {"P": f"{principal:,}", "r": rate, "n": years}
        statement = "practice.statement.interest"
        required: tuple[str, ...] = ("simple_interest", "interest_only")
        lesson_args = _p(model="interest", principal=principal, rate=rate, years=years)
        steps = [Line("practice.solution.interest", _p(r=rate, n=years), formula)]
    elif level == 2:
        periods = rng.choice((2, 4, 12))
        years = rng.choice((1, 2))
        rate = rng.choice((2, 4, 6, 12)) if periods != 12 else 12
        r = num(Fraction(rate, 100))
        per = num(Fraction(rate, 100 * periods))
        formula = mul(P, pw(add(num(1), per), periods * years))
        mistakes = [
            _model_mistake(
                "rate_not_divided", mul(P, pw(add(num(1), r), periods * years)), formula
            ),
            _model_mistake("periods_not_multiplied", mul(P, pw(add(num(1), per), years)), formula),
            _model_mistake("simple_interest", mul(P, add(num(1), mul(r, num(years)))), formula),
        ]
        params = {"P": f"{principal:,}", "r": rate, "m": periods, "t": years}
        statement = "practice.statement.interest_periods"
        required = ("rate_not_divided", "periods_not_multiplied")
        lesson_args = (
            _p(model="interest", compounding="monthly")
            if periods == 12
            else _p(model="interest", rate=rate, years=years)
        )
        steps = [
            Line(
                "practice.solution.interest_periods",
                _p(r=rate, m=periods, t=years, per=text(per), count=periods * years),
                formula,
            )
        ]
    else:
        years = rng.choice((2, 4, 5, 10))
        formula = mul(P, pw(E, mul(r, num(years))))
        mistakes = [
            _model_mistake("yearly_not_continuous", mul(P, pw(add(num(1), r), years)), formula),
            _model_mistake("simple_interest", mul(P, add(num(1), mul(r, num(years)))), formula),
            _model_mistake("percent_not_converted", mul(P, pw(E, num(rate * years))), formula),
        ]
        params = {"P": f"{principal:,}", "r": rate, "t": years}
        statement = "practice.statement.interest_continuous"
        required = ("yearly_not_continuous", "simple_interest")
        lesson_args = _p(model="interest", compounding="continuous")
        steps = [
            Line("practice.solution.continuous", _p(r=rate, t=years), formula),
            Line(
                "practice.solution.exponent",
                _p(),
                clean(mul(P, pw(E, num(Fraction(rate * years, 100))))),
            ),
        ]
    value = rational(formula)
    answer = num(value) if value is not None else formula
    if value is not None:
        steps.append(Line("practice.solution.amount", _p(value=_money(value))))
    task = _amount_task(formula, answer, mistakes, ("grow", lesson_args), (("round_to", "1"),))
    return Draft(
        task,
        statement,
        {k: str(v) for k, v in params.items()},
        _interest_latex(params, level),
        [Line(f"practice.hint.interest{level}"), Line("practice.hint.interest_formula")],
        steps,
        required,
    )


def _interest_latex(params: dict[str, object], level: int) -> str:
    principal = str(params["P"]).replace(",", "{,}")
    parts = [rf"P = {principal}", rf"r = {params['r']}\,\%"]
    if level == 2:
        parts.append(rf"m = {params['m']}")
    parts.append(rf"t = {params.get('n', params.get('t'))}")
    return r",\quad ".join(parts)


def doubling(rng: random.Random, level: int) -> Draft:
    start = rng.choice((100, 200, 300, 500, 1000))
    period = rng.choice((10, 15, 20, 30))
    k = rng.choice((3, 4, 5, 6))
    N0 = num(start)
    two_k = pw(num(2), k)
    if level == 1:
        minutes = k * period
        formula = mul(N0, two_k)
        mistakes = [
            _model_mistake("linear_growth", mul(N0, add(num(1), num(k))), formula),
            _model_mistake("times_doublings", mul(N0, num(2), num(k)), formula),
            _model_mistake("doublings_squared", mul(N0, pw(num(k), 2)), formula),
        ]
        params = {"N0": start, "T": period, "t": minutes}
        statement = "practice.statement.doubling"
        required: tuple[str, ...] = ("linear_growth", "times_doublings")
        steps = [
            Line("practice.solution.doublings", _p(t=minutes, T=period, k=k)),
            Line("practice.solution.doubling_count", _p(N0=start, k=k), formula),
        ]
        latex_line = rf"N_0 = {start},\quad T = {period},\quad t = {minutes}"
    elif level == 2:
        target = start * 2**k
        formula = mul(num(k), num(period))
        mistakes = [
            _model_mistake("doublings_as_time", num(k), formula),
            _model_mistake("linear_growth", mul(sub(num(2**k), num(1)), num(period)), formula),
        ]
        params = {"N0": start, "T": period, "M": f"{target:,}"}
        statement = "practice.statement.doubling_time"
        required = ("doublings_as_time", "linear_growth")
        steps = [
            Line("practice.solution.ratio", _p(M=f"{target:,}", N0=start, ratio=2**k, k=k)),
            Line("practice.solution.doubling_minutes", _p(k=k, T=period), formula),
        ]
        latex_line = rf"N_0 = {start},\quad T = {period},\quad N = {target}"
    else:
        T = num(period)
        formula = div(ln(num(2)), T)
        mistakes = [
            _model_mistake("log10", div(div(ln(num(2)), ln(num(10))), T), formula),
            _model_mistake("inverted_rate", div(T, ln(num(2))), formula),
            _model_mistake("rate_as_reciprocal", div(num(1), T), formula),
        ]
        params = {"T": period}
        statement = "practice.statement.doubling_rate"
        required = ("log10", "inverted_rate")
        steps = [
            Line("practice.solution.rate_equation", _p(T=period)),
            Line("practice.solution.rate_log", _p(T=period), formula),
        ]
        latex_line = rf"N = N_0\, e^{{kt}},\quad N(t + {period}) = 2\,N(t)"
    value = rational(formula)
    answer = num(value) if value is not None else formula
    task = _amount_task(
        formula,
        answer,
        mistakes,
        ("grow", _p(model="bacteria", start=start, doubling=Fraction(period, 60))),
    )
    return Draft(
        task,
        statement,
        {key: str(v) for key, v in params.items()},
        latex_line,
        [
            Line(f"practice.hint.doubling{level}", _p(T=period)),
            Line("practice.hint.doubling_formula"),
        ],
        steps,
        required,
    )


DECAY_STARTS = (800, 1000, 1200, 1600, 2000, 3200, 6400)
HALF_LIVES = (5, 8, 10, 12, 20, 30)
FRACTIONS = (3, 5, 6, 10)  # 1/m left, m not a power of 2: the time needs logarithms


def decay(rng: random.Random, level: int) -> Draft:
    """Half-lives: the amount left (level 1), the time to fall to 1/2^k (level 2) or to 1/m
    (level 3, with logarithms)."""
    start = rng.choice(DECAY_STARTS)
    period = rng.choice(HALF_LIVES)
    k = rng.choice((2, 3, 4, 5))
    N0, T = num(start), num(period)
    half = num(Fraction(1, 2))
    lesson = ("grow", _p(model="decay", start=start, **{"half-life": period}, time=k * period))
    if level == 1:
        time = k * period
        formula = mul(N0, pw(half, k))
        mistakes = [
            _model_mistake("halved_t_times", mul(N0, pw(half, time)), formula),
            _model_mistake("halvings_multiplied", div(N0, mul(num(2), num(k))), formula),
            _model_mistake("decayed_amount", sub(N0, mul(N0, pw(half, k))), formula),
        ]
        params: dict[str, object] = {"N0": f"{start:,}", "T": period, "t": time}
        statement = "practice.statement.decay"
        required: tuple[str, ...] = ("halved_t_times", "halvings_multiplied")
        steps = [
            Line("practice.solution.halvings", _p(t=time, T=period, k=k)),
            Line("practice.solution.halving_count", _p(N0=start, k=k), formula),
        ]
        latex_line = rf"N_0 = {start},\quad T = {period},\quad t = {time}"
    elif level == 2:
        formula = mul(num(k), T)
        mistakes = [
            _model_mistake("halvings_as_time", num(k), formula),
            _model_mistake("denominator_as_halvings", mul(num(2**k), T), formula),
            _model_mistake(
                "linear_decay", mul(num(2), T, sub(num(1), num(Fraction(1, 2**k)))), formula
            ),
        ]
        params = {"N0": f"{start:,}", "T": period, "f": f"1/{2**k}"}
        statement = "practice.statement.decay_time"
        required = ("halvings_as_time", "denominator_as_halvings")
        steps = [
            Line("practice.solution.fraction_halvings", _p(f=f"1/{2**k}", k=k)),
            Line("practice.solution.halving_time", _p(k=k, T=period), formula),
        ]
        latex_line = rf"N_0 = {start},\quad T = {period},\quad N = \frac{{N_0}}{{{2**k}}}"
    else:
        m = rng.choice(FRACTIONS)
        formula = div(mul(T, ln(num(m))), ln(num(2)))
        mistakes = [
            _model_mistake("log_upside_down", div(mul(T, ln(num(2))), ln(num(m))), formula),
            _model_mistake("denominator_as_halvings", mul(num(m), T), formula),
            _model_mistake("log_sign_lost", negate(formula), formula),
        ]
        params = {"N0": f"{start:,}", "T": period, "f": f"1/{m}"}
        statement = "practice.statement.decay_log"
        required = ("log_upside_down", "denominator_as_halvings")
        steps = [
            Line("practice.solution.decay_equation", _p(T=period, m=m)),
            Line("practice.solution.decay_logs", _p(T=period, m=m)),
            Line("practice.solution.decay_log_time", _p(T=period, m=m), formula),
        ]
        latex_line = rf"N_0 = {start},\quad T = {period},\quad N = \frac{{N_0}}{{{m}}}"
    value = rational(formula)
    answer = num(value) if value is not None else formula
    if value is not None:
        steps.append(Line("practice.solution.evaluate", tree=answer))
    task = _amount_task(formula, answer, mistakes, lesson)
    return Draft(
        task,
        statement,
        {key: str(v) for key, v in params.items()},
        latex_line,
        [Line(f"practice.hint.decay{level}", _p(T=period)), Line("practice.hint.decay_formula")],
        steps,
        required,
    )


# --- the catalogue -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Skill:
    """A skill: its id (``practice.skill.<id>`` names it), the law it is about, its generator."""

    id: str
    law: str
    generate: Generator


SKILLS: dict[str, Skill] = {
    skill.id: skill
    for skill in (
        Skill("pow.integer", "", pow_integer),
        Skill("pow.zero", "1.3", pow_zero),
        Skill("pow.negative", "1.2", pow_negative),
        Skill("pow.fraction", "1.4", pow_fraction),
        Skill("law1.1", "1.1", law11),
        Skill("law1.2", "1.2", law12),
        Skill("law1.3", "1.3", law13),
        Skill("law1.4", "1.4", law14),
        Skill("law1.5", "1.5", law15),
        Skill("law1.6", "1.6", law16),
        Skill("grow.interest", "", interest),
        Skill("grow.doubling", "", doubling),
        Skill("grow.decay", "", decay),
        Skill("log.value", "log.definition", logs.value),
        Skill("log.laws", "", logs.laws),
        Skill("solve.equation", "", equations.equation),
        Skill("solve.inequality", "", equations.inequality),
    )
}


assert tuple(SKILLS) == SKILL_IDS


def generate(skill: str, level: int, seed: int) -> Exercise:
    """The exercise ``skill:level:seed``, the same in every process."""
    if skill not in SKILLS or level not in LEVELS or not 0 <= seed <= MAX_SEED:
        raise UserError("practice.bad_exercise", given=exercise_id(skill, level, seed)[:30])
    rng = random.Random(f"{skill}:{level}:{seed}")
    for _ in range(MAX_DRAWS):
        draft = SKILLS[skill].generate(rng, level)
        if _valid(draft):
            break
    else:  # pragma: no cover - the generators are tested over many seeds
        raise AssertionError(f"no valid draw for {skill}:{level}:{seed}")
    return Exercise(
        id=exercise_id(skill, level, seed),
        skill=skill,
        level=level,
        seed=seed,
        task=draft.task,
        statement=draft.statement,
        params=tuple(draft.params.items()),
        latex=draft.latex,
        hints=tuple(draft.hints),
        solution=tuple(draft.solution),
        example=answer_example(skill, level),
        required=draft.required,
        steps=draft.steps,
        step_prefix=draft.step_prefix,
        latex_ja=draft.latex_ja,
    )


def _valid(draft: Draft) -> bool:
    """Every required misconception is present and every answer differs from the others."""
    present = {m.id for m in draft.task.mistakes}
    if not set(draft.required) <= present:
        return False
    if missing_form(draft.task.answer, draft.task.form):
        return False
    return all_distinct(draft.task.answer, draft.task.mistakes, draft.task.variable)


def exercise(text: str) -> Exercise:
    """Rebuild an exercise from its id ``skill:level:seed`` (a UserError if malformed)."""
    return generate(*parse_exercise_id(text))


__all__ = ["LEVELS", "SKILLS", "Call", "Exercise", "Line", "Skill", "exercise", "generate"]
