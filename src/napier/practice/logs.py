"""Skills of the logarithm lesson (``/log``): evaluating log_a x and the laws of logarithms.

- ``log.value``: log_a x where x is a rational power of a — log_2 8 = 3 (level 1), log_4 8 =
  3/2 through a common base (level 2), log_(1/2) 8 = -3 and log_4 (1/8) = -3/2 (level 3); the
  worked solution is ``napier.logarithm.evaluate``'s.
- ``log.laws``: log_a M ± log_a N as a number (level 1), log_a (M^p) as a number (level 2), and
  p·log_a M ± log_a N as one logarithm (level 3).

Every answer is built from the drawn numbers with exact fractions; each mistake's answer is
what that misconception makes of the same numbers.
"""

from __future__ import annotations

import logging
import random
from fractions import Fraction

from napier import logarithm, printer
from napier.parser import Binary, Log, Node
from napier.practice.drafts import Draft, Line, p
from napier.practice.tasks import (
    EVALUATE,
    FORM_LOG,
    FORM_NUMBER,
    Mistake,
    Task,
    distinct,
)
from napier.practice.trees import div, mul, num, pw, show, typed_text

log = logging.getLogger(__name__)

VALUE_BASES = {2: 6, 3: 4, 5: 3, 7: 2, 10: 2}  # base: the highest power drawn at level 1
COMMON_BASES = (2, 3, 5)
SUM_BASES = (6, 10, 12, 15)  # bases with two prime factors: log_6 4 + log_6 9 = 2
POWER_LIMIT = 10**6  # arguments stay below this


def _log(base: int | Fraction | Node, arg: int | Fraction | Node) -> Log:
    return Log(base if not isinstance(base, int | Fraction) else num(base), _node(arg))


def _node(value: int | Fraction | Node) -> Node:
    return num(value) if isinstance(value, int | Fraction) else value


def _mistake(
    mistake_id: str,
    law: str,
    answer: Node | Log,
    site: Node | Log,
    right: Node | Log,
    **params: object,
) -> Mistake:
    """A mistake on a logarithm task: what it gives (``wrong``) on ``site``, and the right
    result (``right``); ``params`` fill in the explanation."""
    return Mistake(
        mistake_id,
        law,
        answer,
        site=show(site),  # type: ignore[arg-type]
        wrong=show(answer),  # type: ignore[arg-type]
        right=show(right),  # type: ignore[arg-type]
        params=p(**params),
    )


def _task(
    given: Node | Log,
    answer: Node | Log,
    mistakes: list[Mistake],
    form: str,
    law: str,
    lesson: tuple[str, tuple[tuple[str, str], ...]],
) -> Task:
    kept = distinct(answer, mistakes, False)
    return Task(EVALUATE, given, answer, tuple(kept), form, False, law, lesson)


def _value_lesson(base: Node, arg: Node) -> tuple[str, tuple[tuple[str, str], ...]]:
    return ("log", (("a", typed_text(base)), ("x", typed_text(arg))))


# --- log.value ---------------------------------------------------------------------------------


def value(rng: random.Random, level: int) -> Draft:
    """log_a x: a whole number, a fraction through a common base, or a negative value."""
    if level == 1:
        a = rng.choice(tuple(VALUE_BASES))
        n = rng.randint(2, VALUE_BASES[a])
        base, arg, answer = Fraction(a), Fraction(a**n), Fraction(n)
        c, m = a, 1
    else:
        c = rng.choice(COMMON_BASES)
        m = rng.choice((2, 3)) if level == 2 else rng.choice((-1, 1, 2, -2))
        n = rng.choice([k for k in range(1, 6) if abs(m) == 1 or k % abs(m)])
        if level == 3:
            n = -n if m > 0 else n  # a negative value: 1/c^n to a base above 1, or base 1/c
        base, arg = Fraction(c) ** m, Fraction(c) ** n
        answer = Fraction(n, m)
    if arg > POWER_LIMIT or 1 / arg > POWER_LIMIT:
        return value(rng, level)
    given = _log(base, arg)
    b, x, right = num(base), num(arg), num(answer)
    shown = {"a": show(b), "x": show(x), "p": show(right)}
    mistakes = [
        _mistake("log_power_instead", "log.definition", pw(b, x), given, right, **shown),
        _mistake("log_divided", "log.definition", div(x, b), given, right, **shown),
        _mistake("log_reciprocal", "log.definition", num(1 / answer), given, right, **shown),
    ]
    if level == 2:
        mistakes.append(
            _mistake("common_base_exponent", "1.4", num(n), given, right, c=c, n=n, m=m, **shown)
        )
    if level == 3:
        mistakes.append(
            _mistake("log_sign_dropped", "log.definition", num(-answer), given, right, **shown)
        )
    required = {
        1: ("log_divided", "log_reciprocal"),
        2: ("common_base_exponent", "log_reciprocal"),
        3: ("log_sign_dropped", "log_reciprocal"),
    }[level]
    task = _task(given, right, mistakes, FORM_NUMBER, "log.definition", _value_lesson(b, x))
    hints = [Line("practice.hint.log_definition", p(a=show(b), x=show(x)))]
    if level == 1:
        hints.append(Line("practice.hint.log_powers", p(a=show(b))))
    elif level == 2:
        hints.append(Line("practice.hint.log_common_base", p(a=show(b), x=show(x), c=c)))
    else:
        hints.append(Line("practice.hint.log_negative", p(a=show(b), x=show(x))))
    return Draft(
        task,
        "practice.statement.log_value",
        {"expr": show(given)},
        printer.latex(given),
        hints,
        [],
        required,
        steps=logarithm.evaluate(b, x).steps,
        step_prefix="log.step",
    )


# --- log.laws ----------------------------------------------------------------------------------


def _split(total: int, rng: random.Random, base: int) -> tuple[int, int] | None:
    """total = M·N with 1 < M, N and neither a power of ``base`` (else the law is not needed)."""
    pairs = [
        (m, total // m)
        for m in range(2, total)
        if total % m == 0 and not _is_power(m, base) and not _is_power(total // m, base)
    ]
    return rng.choice(pairs) if pairs else None


def _is_power(n: int, base: int) -> bool:
    while n > 1 and n % base == 0:
        n //= base
    return n == 1


def laws(rng: random.Random, level: int) -> Draft:
    if level == 1:
        return _sum_or_difference(rng)
    if level == 2:
        return _power_value(rng)
    return _single_log(rng)


def _sum_or_difference(rng: random.Random) -> Draft:
    """log_a M + log_a N (MN = a^k) or log_a M - log_a N (M/N = a^k), as a number."""
    if rng.random() < 0.5:
        a = rng.choice(SUM_BASES)
        k = rng.choice((1, 2)) if a < 12 else 1
        split = _split(a**k, rng, a)
        if split is None:
            return _sum_or_difference(rng)
        m, n = split
        given: Node = Binary("+", _log(a, m), _log(a, n))  # type: ignore[arg-type]
        inside = mul(num(m), num(n))
        right = _log(a, inside)
        mistakes = [
            _mistake("log_sum_inside", "log.product", _log(a, m + n), given, right),
            _mistake("answer_is_argument", "log.definition", num(m * n), _log(a, m * n), num(k)),
        ]
        law, key = "log.product", "practice.solution.log_product"
        required: tuple[str, ...] = ("log_sum_inside",)
        hint = Line("practice.hint.log_product")
        value = Fraction(m * n)
    else:
        a = rng.choice(COMMON_BASES)
        k = rng.choice((1, 2, 3)) if a < 5 else rng.choice((1, 2))
        n = rng.choice([d for d in (3, 5, 6, 7, 10, 11) if d % a])
        m = a**k * n
        given = Binary("-", _log(a, m), _log(a, n))  # type: ignore[arg-type]
        inside = div(num(m), num(n))
        right = _log(a, inside)
        mistakes = [
            _mistake("log_difference_inside", "log.quotient", _log(a, m - n), given, right),
            _mistake(
                "log_quotient_upside_down",
                "log.quotient",
                num(-k),
                given,
                right,
                upside=show(_log(a, div(num(n), num(m)))),
            ),
            _mistake("answer_is_argument", "log.definition", num(m // n), _log(a, m // n), num(k)),
        ]
        law, key = "log.quotient", "practice.solution.log_quotient"
        required = ("log_difference_inside", "log_quotient_upside_down")
        hint = Line("practice.hint.log_quotient")
        value = Fraction(m, n)
    task = _task(given, num(k), mistakes, FORM_NUMBER, law, ("log", ()))
    return Draft(
        task,
        "practice.statement.log_value",
        {"expr": show(given)},
        printer.latex(given),
        [hint, Line("practice.hint.log_definition_short")],
        [Line(key, tree=_log(a, inside)), Line("practice.solution.evaluate", tree=_log(a, value))],
        required,
        steps=logarithm.evaluate(num(a), num(value)).steps,
        step_prefix="log.step",
    )


def _power_value(rng: random.Random) -> Draft:
    """log_a (M^q) with M = a^j, as a number: q·log_a M = q·j."""
    a = rng.choice(COMMON_BASES)
    j = rng.choice((2, 3)) if a < 5 else 2
    q = rng.choice((2, 3, 4))
    m = a**j
    given = _log(a, pw(num(m), q))
    right = mul(num(q), _log(a, m))
    mistakes = [
        _mistake("power_of_log", "log.power", pw(num(j), q), given, right),
        _mistake("log_power_dropped", "log.power", num(j), given, right),
        _mistake(
            "log_power_instead",
            "log.definition",
            pw(num(a), pw(num(m), q)),
            given,
            num(q * j),
            a=a,
            x=show(pw(num(m), q)),
            p=q * j,
        ),
    ]
    task = _task(given, num(q * j), mistakes, FORM_NUMBER, "log.power", ("log", ()))
    return Draft(
        task,
        "practice.statement.log_value",
        {"expr": show(given)},
        printer.latex(given),
        [Line("practice.hint.log_power", p(q=q)), Line("practice.hint.log_powers", p(a=a))],
        [
            Line("practice.solution.log_power", tree=mul(num(q), _log(a, m))),
            Line("practice.solution.log_value", p(a=a, m=m, j=j), mul(num(q), num(j))),
            Line("practice.solution.evaluate", tree=num(q * j)),
        ],
        ("power_of_log", "log_power_dropped"),
    )


def _single_log(rng: random.Random) -> Draft:
    """q·log_a M ± log_a N as one logarithm log_a(M^q·N) or log_a(M^q/N) (M, N prime to a)."""
    a = rng.choice(COMMON_BASES)
    m = rng.choice([k for k in (2, 3, 5, 6, 7) if k % a])
    q = rng.choice((2, 3)) if m < 5 else 2
    n = rng.choice([k for k in (2, 3, 5, 7, 10) if k != m and k % a])
    power = m**q
    scaled: Node = mul(num(q), _log(a, m))  # type: ignore[arg-type]
    if rng.random() < 0.5:
        given: Node = Binary("+", scaled, _log(a, n))  # type: ignore[arg-type]
        value = Fraction(power * n)
        combined = _log(a, mul(pw(num(m), q), num(n)))
        mistakes = [
            _mistake("coefficient_inside", "log.power", _log(a, q * m * n), given, combined),
            _mistake("log_sum_inside", "log.product", _log(a, power + n), given, combined),
        ]
        key, required = "practice.solution.log_product", ("coefficient_inside", "log_sum_inside")
    else:
        given = Binary("-", scaled, _log(a, n))  # type: ignore[arg-type]
        value = Fraction(power, n)
        combined = _log(a, div(pw(num(m), q), num(n)))
        upside = show(_log(a, div(num(n), num(power))))
        mistakes = [
            _mistake(
                "coefficient_inside", "log.power", _log(a, Fraction(q * m, n)), given, combined
            ),
            _mistake(
                "log_quotient_upside_down",
                "log.quotient",
                _log(a, 1 / value),
                given,
                combined,
                upside=upside,
            ),
        ]
        if power > n:
            mistakes.insert(
                1,
                _mistake(
                    "log_difference_inside", "log.quotient", _log(a, power - n), given, combined
                ),
            )
        key, required = "practice.solution.log_quotient", ("coefficient_inside",)
    answer = _log(a, value)  # M and N are prime to a: the logarithm stays irrational
    raised = Binary(given.op, _log(a, pw(num(m), q)), _log(a, n))  # type: ignore[union-attr]
    task = _task(given, answer, mistakes, FORM_LOG, "log.power", ("log", ()))
    return Draft(
        task,
        "practice.statement.single_log",
        {"expr": show(given), "a": str(a)},
        printer.latex(given),
        [Line("practice.hint.log_power_up", p(q=q, m=m)), Line("practice.hint.log_combine")],
        [
            Line("practice.solution.log_power_up", p(q=q, m=m, a=a), raised),
            Line(key, tree=combined),
            Line("practice.solution.evaluate", tree=answer),
        ],
        required,
    )
