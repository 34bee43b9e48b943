"""Skills and exercises: deterministic ids, right answers, every known mistake told apart."""

from __future__ import annotations

import subprocess
import sys

import pytest
from practice_oracle import right_answer, same, tree, typed

from napier.errors import UserError
from napier.i18n import LOCALES
from napier.practice import check, skills
from napier.practice.feedback import answer_text
from napier.practice.ids import SKILL_IDS
from napier.practice.tasks import SINGLE_POWER
from napier.practice.trees import show

SEEDS = range(25)
CASES = [(skill, level) for skill in SKILL_IDS for level in (1, 2, 3)]


@pytest.mark.parametrize(("skill", "level"), CASES)
def test_the_right_answer_matches_an_independent_oracle(skill: str, level: int) -> None:
    """The stored answer equals what sympy (or exact arithmetic) makes of the statement shown."""
    for seed in SEEDS:
        exercise = skills.generate(skill, level, seed)
        assert same(tree(exercise.task.answer), right_answer(exercise)), exercise.id


@pytest.mark.parametrize(("skill", "level"), CASES)
def test_every_mistake_is_recognised_as_itself_and_never_as_correct(skill: str, level: int) -> None:
    """Typing the answer a misconception gives is diagnosed as exactly that misconception."""
    for seed in SEEDS:
        exercise = skills.generate(skill, level, seed)
        ids = [m.id for m in exercise.task.mistakes]
        assert set(exercise.required) <= set(ids), exercise.id
        right = right_answer(exercise)
        for mistake in exercise.task.mistakes:
            assert not same(tree(mistake.answer), right), (exercise.id, mistake.id)
            verdict = check.check(exercise.task, typed(mistake.answer))
            assert verdict.status == check.MISTAKE, (exercise.id, mistake.id, verdict.status)
            assert verdict.mistake is not None and verdict.mistake.id == mistake.id


@pytest.mark.parametrize(("skill", "level"), CASES)
def test_the_answers_of_different_mistakes_differ(skill: str, level: int) -> None:
    """No two misconceptions (nor one and the right answer) give the same answer on a task."""
    for seed in SEEDS:
        exercise = skills.generate(skill, level, seed)
        answers = [tree(exercise.task.answer), *(tree(m.answer) for m in exercise.task.mistakes)]
        for i, a in enumerate(answers):
            for b in answers[i + 1 :]:
                assert not same(a, b), exercise.id


@pytest.mark.parametrize(("skill", "level"), CASES)
def test_the_stored_answer_is_accepted_in_its_own_form(skill: str, level: int) -> None:
    """The answer the bot shows in a solution is itself checked as correct (form included)."""
    for seed in SEEDS:
        exercise = skills.generate(skill, level, seed)
        verdict = check.check(exercise.task, typed(exercise.task.answer))
        assert verdict.correct, (exercise.id, verdict.status, verdict.note)
        if exercise.task.kind == SINGLE_POWER:
            assert verdict.answer == exercise.task.answer or verdict.correct


def test_an_id_rebuilds_the_same_exercise() -> None:
    """``exercise(id)`` gives the exercise that ``generate`` drew, every time."""
    for skill, level in CASES:
        first = skills.generate(skill, level, 4242)
        again = skills.exercise(first.id)
        assert again == first
        assert first.id == f"{skill}:{level}:4242" and len(first.id) <= 30


def test_an_id_rebuilds_the_same_exercise_in_another_process() -> None:
    """Another interpreter (other hash seed) rebuilds the same exercise from the id alone."""
    ids = [f"{skill}:{level}:77" for skill, level in CASES]
    script = (
        "import sys\n"
        "from napier.practice import skills\n"
        "from napier.practice.feedback import answer_text\n"
        "from napier.practice.trees import show\n"
        "for i in sys.argv[1:]:\n"
        "    e = skills.exercise(i)\n"
        "    print(show(e.task.given), answer_text(e.task, 'en'), sep='|')\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", script, *ids],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
    ).stdout.splitlines()
    here = [
        f"{show(e.task.given)}|{answer_text(e.task, 'en')}"
        for e in (skills.exercise(i) for i in ids)
    ]
    assert output == here


def test_seeds_give_varied_exercises() -> None:
    """Different seeds draw different parameters (a generator is not stuck on one exercise)."""
    for skill, level in CASES:
        statements = {skills.generate(skill, level, seed).params for seed in range(12)}
        assert len(statements) >= 3, (skill, level)


@pytest.mark.parametrize(
    "given",
    [
        "",
        "law1.1",
        "law1.1:2",
        "law1.1:4:1",
        "law1.1:0:1",
        "law1.1:2:-1",
        "law1.1:2:1234567",
        "law9.9:1:1",
        "law1.1:2:1:1",
        "law1.1:２:1",
        "LAW1.1:2:1",
        "law1.1:2:1x",
        "'; DROP TABLE attempts; --",
        "a" * 500,
    ],
)
def test_a_bad_exercise_id_is_a_clear_user_error(given: str) -> None:
    """A malformed id (from a tampered button) is refused with a message in both languages."""
    with pytest.raises(UserError) as caught:
        skills.exercise(given)
    assert caught.value.key == "practice.bad_exercise"
    for locale in LOCALES:
        message = caught.value.message(locale)
        assert "/practice law1.1 2" in message and len(message) < 300


def test_the_catalogue_covers_the_seed_article() -> None:
    """Powers, the four laws, both derivative formulas, interest, doubling and decay, and the
    lessons the article leads to (logarithms, equations and inequalities) all have skills."""
    assert set(SKILL_IDS) == {
        "pow.integer",
        "pow.zero",
        "pow.negative",
        "pow.fraction",
        "law1.1",
        "law1.2",
        "law1.3",
        "law1.4",
        "law1.5",
        "law1.6",
        "grow.interest",
        "grow.doubling",
        "grow.decay",
        "log.value",
        "log.laws",
        "solve.equation",
        "solve.inequality",
    }
    mistakes = {
        m.id
        for skill, level in CASES
        for seed in range(10)
        for m in skills.generate(skill, level, seed).task.mistakes
    }
    assert {
        "product_exponents_multiplied",
        "power_exponents_added",
        "quotient_exponents_added",
        "power_over_sum",
        "negative_as_minus",
        "zero_power_zero",
        "power_rule_on_exponential",
        "forgot_log",
        "integrated",
        "dropped_chain",
        "inner_instead_of_derivative",
        "log10",
        "log_power_instead",
        "log_divided",
        "log_reciprocal",
        "log_sum_inside",
        "power_of_log",
        "bases_not_matched",
        "log_upside_down",
        "direction_kept",
        "halved_t_times",
    } <= mistakes


@pytest.mark.parametrize(("skill", "level"), CASES)
def test_the_answer_example_reads_for_every_exercise(skill: str, level: int) -> None:
    """The syntax example shown with an exercise is a readable answer to it (x only where x
    belongs), so the error messages that offer it offer something that works."""
    for seed in SEEDS:
        exercise = skills.generate(skill, level, seed)
        verdict = check.check(exercise.task, exercise.example)
        assert not verdict.correct, exercise.id  # a form to copy, never the answer itself
