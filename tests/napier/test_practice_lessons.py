"""The practice skills of /log, /solve and /grow decay: the textbook examples, answers written
as logarithms, values of x and ranges of x, the named mistakes, and hostile answers."""

from __future__ import annotations

import time
from fractions import Fraction

import pytest
import sympy
from practice_oracle import right_answer, same

from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.errors import UserError
from napier.i18n import LOCALES
from napier.lessons.practice import lesson_action
from napier.practice import check, feedback, skills
from napier.practice.ids import answer_command
from napier.practice.ranges import Range, range_typed, read_range
from napier.practice.trees import rational, show
from napier.reply import Reply

NEW_SKILLS = ("grow.decay", "log.value", "log.laws", "solve.equation", "solve.inequality")
SEEDS = range(30)


def run(line: str, locale: str = "en") -> Reply:
    command, args = parse_line(line)
    return command.reply(command.prepare(args), locale)


def find(skill: str, level: int, statement: str) -> skills.Exercise:
    """The first exercise of ``skill`` and ``level`` whose problem reads ``statement``."""
    for seed in range(5000):
        exercise = skills.generate(skill, level, seed)
        if dict(exercise.params).get("expr") == statement:
            return exercise
    raise AssertionError(f"no {skill} {level} exercise reads {statement}")


@pytest.mark.parametrize(
    ("level", "statement", "value", "slips"),
    [
        (1, "log_2 8", Fraction(3), {"256": "log_power_instead", "4": "log_divided"}),
        (2, "log_4 8", Fraction(3, 2), {"3": "common_base_exponent", "2/3": "log_reciprocal"}),
        (3, "log_(1/2) 4", Fraction(-2), {"2": "log_sign_dropped", "-1/2": "log_reciprocal"}),
    ],
)
def test_the_textbook_values_of_logarithms(
    level: int, statement: str, value: Fraction, slips: dict[str, str]
) -> None:
    """log_2 8 = 3, log_4 8 = 3/2, log_(1/2) 4 = -2 (sympy agrees); 2^8, 8/2, the exponent of
    the common base and the reciprocal are each named for what they are."""
    exercise = find("log.value", level, statement)
    assert rational(exercise.task.answer) == value
    assert same(sympy.Rational(value.numerator, value.denominator), right_answer(exercise))
    assert check.check(exercise.task, str(value)).correct
    for typed, mistake in slips.items():
        verdict = check.check(exercise.task, typed)
        assert verdict.status == check.MISTAKE and verdict.mistake.id == mistake, typed


def test_a_logarithm_typed_as_an_answer() -> None:
    """log_5(49/3), log_(5)(147/9) and ｌｏｇ＿５（４９／３） are one logarithm; the unsimplified
    sum and log(49/3)/log(5) are equal but not yet a single logarithm."""
    exercise = find("log.laws", 3, "2 log_5 7 - log_5 3")
    for text in ("log_5(49/3)", "log_(5)(147/9)", "ｌｏｇ＿５（４９／３）", "log_5(7^2/3)"):
        assert check.check(exercise.task, text).correct, text
    for text in ("2*log_5(7) - log_5(3)", "log(49/3)/log(5)"):
        verdict = check.check(exercise.task, text)
        assert verdict.status == check.FORM and verdict.missing == check.NOT_LOG, text
    verdict = check.check(exercise.task, "log_5(14/3)")
    assert verdict.mistake is not None and verdict.mistake.id == "coefficient_inside"
    assert verdict.mistake.law == "log.power"


@pytest.mark.parametrize(
    "text",
    [
        "log_1(2)",
        "log_(-2)(4)",
        "log_2(-8)",
        "log_x(2)",
        "log_2(9^9^9^9)",
        "log_(2^2^2^2^2)(4)",
        "log_2",
        "log_2 8",
        "log__2(8)",
        "log_2()",
        "log_(log_2(4))(8)",
        "log_0(0)",
        "log_" + "(" * 30 + "2" + ")" * 30 + "(8)",
    ],
)
def test_hostile_logarithms_in_answers(text: str) -> None:
    """Malformed or undefined logarithms get a message in both languages or a calm verdict,
    never a traceback, and quickly."""
    exercise = find("log.value", 1, "log_2 8")
    start = time.perf_counter()
    try:
        verdict = check.check(exercise.task, text, answer_command(exercise.id, "log.value", 1))
    except UserError as error:
        messages = [error.message(locale) for locale in LOCALES]
        assert all(messages) and messages[0] != messages[1]
        assert "/practice-answer log.value:1:" in messages[0]
    else:
        assert not verdict.correct
    assert time.perf_counter() - start < 5  # generous: a bound on work, not a timing claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x < -2", Range(None, -2, False, False)),
        ("-2 > x", Range(None, -2, False, False)),
        ("x<=-2", Range(None, -2, False, True)),
        ("x ≦ -2", Range(None, -2, False, True)),
        ("ｘ≧３", Range(3, None, True, False)),
        ("3 <= x", Range(3, None, True, False)),
        ("x >= 3.", Range(3, None, True, False)),
        ("0 < x < 1", Range(0, 1, False, False)),
        ("1 > x >= 0", Range(0, 1, True, False)),
        ("-1 ≤ x ≤ 1/2", Range(-1, Fraction(1, 2), True, True)),
    ],
)
def test_ranges_of_x_are_read_in_every_textbook_form(text: str, expected: Range) -> None:
    """One symbol either way round, two symbols pointing the same way, ≦ ≧ ≤ ≥ and full width."""
    found = read_range(text, "/practice-answer solve.inequality:1:1 x < 11/7")
    ends = [None if end is None else rational(end) for end in (found.low, found.high)]
    assert ends == [expected.low, expected.high]
    assert (found.low_closed, found.high_closed) == (expected.low_closed, expected.high_closed)


@pytest.mark.parametrize(
    "text",
    ["3", "x = 3", "x < x", "x", "<", "x << 3", "3 < x > 5", "x < 0, x > 1", "y > 2", "x ≠ 3"],
)
def test_what_is_not_a_range_is_refused_with_a_working_example(text: str) -> None:
    """A number, an equation, mixed or repeated symbols: a message in both languages that
    offers an answer command which itself works."""
    exercise = skills.generate("solve.inequality", 1, 1)
    example = answer_command(exercise.id, "solve.inequality", 1)
    with pytest.raises(UserError) as caught:
        check.check(exercise.task, text, example)
    for locale in LOCALES:
        assert example in caught.value.message(locale)
    command, args = parse_line(example)
    assert not run(example).error and command.prepare(args)


def test_the_direction_kept_for_a_base_below_one_is_named() -> None:
    """(1/a)^u op N answered with the direction kept: the named mistake, the decreasing graph
    of a^x linked (/graph 2 1/2) in both languages; the turned-round answer is right."""
    for seed in SEEDS:
        exercise = skills.generate("solve.inequality", 2, seed)
        kept = exercise.task.mistake("direction_kept")
        assert kept is not None and kept.law == "graph.decreasing"
        answer = range_typed(kept.answer)
        for locale in LOCALES:
            reply = run(f"/practice-answer {exercise.id} {answer}", locale)
            assert reply.event.mistake == "direction_kept"
            assert "`/graph 2 1/2`" in reply.text
            assert any(action.command == "graph" for action in reply.actions)
        right = range_typed(exercise.task.answer)
        assert run(f"/practice-answer {exercise.id} {right}").event.correct


def test_halving_t_times_instead_of_t_over_t_is_named() -> None:
    """The amount left: N0·(1/2)^t is the named slip; N0·(1/2)^(t/T), the number and its
    exact decimal are right."""
    for seed in SEEDS:
        exercise = skills.generate("grow.decay", 1, seed)
        params = dict(exercise.params)
        n0, period, time_ = params["N0"].replace(",", ""), params["T"], params["t"]
        verdict = check.check(exercise.task, f"{n0}*(1/2)^{time_}")
        assert verdict.mistake is not None and verdict.mistake.id == "halved_t_times"
        left = Fraction(int(n0), 2 ** (int(time_) // int(period)))
        for text in (f"{n0}*(1/2)^({time_}/{period})", str(left), f"{float(left)}"):
            assert check.check(exercise.task, text).correct, (exercise.id, text)


def test_a_value_of_x_with_or_without_x_equals() -> None:
    """x = 3/2, 3/2, x=1.5 and ｘ＝３／２ answer an equation; a range does not (a clear
    message in both languages)."""
    exercise = find("solve.equation", 1, "4^x = 8")
    for text in ("x = 3/2", "3/2", "x=1.5", "ｘ＝３／２", "x = 3/2."):
        assert check.check(exercise.task, text).correct, text
    with pytest.raises(UserError) as caught:
        check.check(exercise.task, "x < 2", answer_command(exercise.id, "solve.equation", 1))
    assert all(caught.value.message(locale) for locale in LOCALES)
    assert check.check(exercise.task, "3").mistake.id == "bases_not_matched"
    assert check.check(exercise.task, "8").mistake.id == "exponent_equals_number"


def test_taking_logarithms_the_wrong_way_up_is_named() -> None:
    """3^x = 5: log(5)/log(3), log_3(5) and a rounded decimal are told apart from the
    upside-down ratio, the divided numbers and the log of the quotient."""
    exercise = find("solve.equation", 3, "3^x = 5")
    assert check.check(exercise.task, "log(5)/log(3)").correct
    assert check.check(exercise.task, "x = log_3(5)").correct
    assert check.check(exercise.task, "1.465").status == check.ROUNDED
    for text, mistake in (
        ("log(3)/log(5)", "log_upside_down"),
        ("5/3", "numbers_divided"),
        ("log(5/3)", "log_of_quotient"),
    ):
        assert check.check(exercise.task, text).mistake.id == mistake, text


@pytest.mark.parametrize("skill", NEW_SKILLS)
def test_the_worked_solution_ends_at_the_answer(skill: str) -> None:
    """Every level's solution, in both languages, reaches the answer it states, and its
    image is drawn; the engine's steps read as words, not message keys."""
    for level in (1, 2, 3):
        exercise = skills.generate(skill, level, 7)
        for locale in LOCALES:
            reply = run(f"/practice-solution {exercise.id}", locale)
            answer = feedback.answer_text(exercise.task, locale)
            assert f"`{answer}`" in reply.text
            last = reply.steps[-1]
            assert answer.removeprefix("x = ") in last or show(exercise.task.answer) in last
            assert not any("practice." in step or ".step." in step for step in reply.steps)
            assert reply.images and reply.images[0].data.startswith(b"\x89PNG")


@pytest.mark.parametrize("skill", NEW_SKILLS)
def test_the_lesson_button_of_every_exercise_works(skill: str) -> None:
    """The link under an exercise (/log, /solve of the same problem, /grow decay, /graph, a
    law) is a command that accepts its arguments."""
    for level in (1, 2, 3):
        for seed in range(5):
            exercise = skills.generate(skill, level, seed)
            laws = [""] + [m.law for m in exercise.task.mistakes]
            for law in laws:
                action = lesson_action(exercise, "en", law)
                COMMANDS[action.command].prepare(dict(action.args))
