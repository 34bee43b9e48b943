"""``/practice`` and ``/check`` through the registry and the typed-line grammar, both languages."""

from __future__ import annotations

import re

import pytest
from png_checks import assert_readable_png

from bot.buttons import MAX_ID, Button
from napier.command_line import parse_line
from napier.commands import COMMANDS, visible
from napier.errors import UserError
from napier.i18n import LOCALES, both
from napier.practice import feedback, skills
from napier.practice.ids import SKILL_IDS
from napier.practice.trees import show, typed_text
from napier.reply import Reply

HIDDEN = ("practice-answer", "practice-hint", "practice-solution")
E_NOTATION = re.compile(r"\d[eE][+-]?\d")


def run(line: str, locale: str = "en") -> Reply:
    command, args = parse_line(line)
    return command.reply(command.prepare(args), locale)


def action(reply: Reply, command: str):
    return next(a for a in reply.actions if a.command == command)


def exercise_of(reply: Reply) -> str:
    return dict(action(reply, "practice-answer").args)["exercise"]


def test_the_commands_are_declared_for_every_platform() -> None:
    """/practice and /check are visible with valid metadata; the button commands are hidden."""
    names = [command.name for command in visible()]
    assert "practice" in names and "check" in names
    for name in HIDDEN:
        assert COMMANDS[name].hidden and name not in names
    for name in ("practice", "check", *HIDDEN):
        command = COMMANDS[name]
        assert re.fullmatch(r"[-_a-z0-9]{1,32}", name)
        for key in (command.description, *(o.description for o in command.options)):
            for text in both(key).values():
                assert 1 <= len(text) <= 100, text
    skill = COMMANDS["practice"].option("skill")
    assert skill is not None and skill.choices == SKILL_IDS and len(skill.choices) <= 25
    for label in skill.choice_labels:
        assert all(1 <= len(text) <= 100 for text in both(label).values())
    assert COMMANDS["check"].option("claim").greedy
    assert COMMANDS["practice-answer"].option("answer").greedy


@pytest.mark.parametrize("locale", LOCALES)
def test_an_exercise_has_text_an_image_and_its_buttons(locale: str) -> None:
    """/practice law1.1 2: the statement, a formula image and Answer/Hint/Solution/law buttons."""
    reply = run("/practice law1.1 2", locale)
    exercise = skills.exercise(exercise_of(reply))
    assert exercise.skill == "law1.1" and exercise.level == 2
    assert show(exercise.task.given) in reply.text
    assert len(reply.images) == 1
    assert_readable_png(reply.images[0].data)
    assert reply.images[0].alt_text
    answer = action(reply, "practice-answer")
    assert answer.ask and answer.private
    assert action(reply, "practice-hint").private and action(reply, "practice-solution").private
    assert dict(action(reply, "law").args) == {"id": "1.1"}
    assert reply.event is None and not reply.error


def test_practice_without_a_skill_picks_one_and_lists_them_all() -> None:
    """No skill: an exercise on some skill, and every skill named in Japanese and English."""
    reply = run("/practice")
    assert exercise_of(reply).split(":")[0] in SKILL_IDS
    for skill in SKILL_IDS:
        assert f"`{skill}`" in reply.text
        assert both(f"practice.skill.{skill}")["ja"] in reply.text
        assert both(f"practice.skill.{skill}")["en"] in reply.text


def test_each_practice_draws_a_new_exercise() -> None:
    """Asking twice gives (almost always) two different exercises; a seed gives the same one."""
    ids = {exercise_of(run("/practice law1.4 1")) for _ in range(8)}
    assert len(ids) >= 2
    assert exercise_of(run("/practice law1.4 1 seed:42")) == "law1.4:1:42"
    assert run("/practice law1.4 1 42").text == run("/practice law1.4 1 seed:42").text


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("/practice law9", "practice.bad_skill"),
        ("/practice law1.1 4", "command.bad_integer"),
        ("/practice-answer nope 2", "practice.bad_exercise"),
        ("/practice-answer law1.1:1:1 2^^3", "parse.unexpected"),
        ("/practice-hint law1.1:1:1 9", "command.bad_integer"),
        ("/check hello", "check.unreadable"),
    ],
)
def test_bad_input_is_refused_at_once(line: str, key: str) -> None:
    """Bad skills, levels, ids, answers and claims are UserErrors before any heavy work."""
    command, args = parse_line(line)
    with pytest.raises(UserError) as caught:
        command.prepare(args)
    assert caught.value.key == key
    assert all(caught.value.message(locale) for locale in LOCALES)


def test_the_console_round_trip() -> None:
    """An exercise, the right answer in another form, then a product mistake named with law 1.1."""
    reply = run("/practice law1.1 2")
    exercise = skills.exercise(exercise_of(reply))
    base, exponent = exercise.task.answer.left, exercise.task.answer.right
    coefficient = typed_text(exercise.task.answer.right).removesuffix("*x").removesuffix("x")
    right = run(f"/practice-answer {exercise.id} ({typed_text(base)})^(x*{coefficient or 1})")
    assert "✓" in right.text
    assert right.event.kind == "answer" and right.event.correct
    assert right.event.exercise == exercise.id and right.event.skill == "law1.1"
    assert any(a.command == "practice" for a in right.actions)
    product = exercise.task.given
    p, q = typed_text(product.left.right), typed_text(product.right.right)
    wrong = run(f"/practice-answer {exercise.id} {typed_text(base)}^(({p})*({q}))")
    assert "Multiplied the exponents of a product" in wrong.text and "/law 1.1" in wrong.text
    assert not wrong.event.correct and wrong.event.mistake == "product_exponents_multiplied"
    retry = action(wrong, "practice-answer")
    assert retry.ask and retry.label == "Try again"
    assert dict(action(wrong, "law").args) == {"id": "1.1"}
    del exponent


def test_hints_come_one_at_a_time() -> None:
    """Hint 1 offers hint 2; the last hint offers none; each records a hint event."""
    reply = run("/practice law1.3 1")
    exercise = exercise_of(reply)
    first = run(f"/practice-hint {exercise} 1", "ja")
    assert first.event.kind == "hint" and "ヒント 1/2" in first.title
    follow = action(first, "practice-hint")
    assert dict(follow.args)["n"] == "2" and follow.private
    last = run(f"/practice-hint {exercise} 2", "ja")
    assert not any(a.command == "practice-hint" for a in last.actions)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_solution_is_worked_step_by_step(locale: str) -> None:
    """The solution shows steps, the answer and a formula image, and records a solution event."""
    for skill in SKILL_IDS:
        exercise = skills.generate(skill, 2, 11)
        reply = run(f"/practice-solution {exercise.id}", locale)
        assert reply.steps and feedback.answer_text(exercise.task, locale) in reply.text
        assert_readable_png(reply.images[0].data, max_size=(1400, 1400))
        assert reply.event.kind == "solution" and reply.event.exercise == exercise.id


def test_check_names_the_power_rule_mistake() -> None:
    """/check diff 2^x x*2^(x-1) names the power-rule slip, links law 1.5, shows (2^x)'."""
    reply = run("/check diff 2^x x*2^(x-1)")
    assert "Used the power rule on an exponential" in reply.text
    assert "2^x log 2" in reply.text
    assert dict(action(reply, "law").args) == {"id": "1.5"}
    assert reply.steps and reply.images


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/check 2^3*2^4 = 2^12", "Multiplied the exponents of a product"),
        ("/check 2^3 * 2^4 = 2^7", "✓"),
        ("/check pow -2^2 4", "Put the minus sign inside the power"),
        ("/check pow 2 3 = 8", "✓"),
        ("/check (e^(3x))' = e^(3x)", "Dropped the chain-rule factor"),
    ],
)
def test_check_claims_through_the_typed_line(line: str, expected: str) -> None:
    """Claims with spaces reach /check whole (its option takes the rest of the line)."""
    reply = run(line)
    assert expected in reply.text
    assert reply.images and not reply.error and reply.event is None


def test_every_button_fits_a_platform_id() -> None:
    """Every action of every practice reply fits Discord's 100-character custom_id."""
    for skill in SKILL_IDS:
        for level in (1, 2, 3):
            exercise = skills.generate(skill, level, 999_999)
            replies = [
                run(f"/practice {skill} {level}"),
                run(f"/practice-answer {exercise.id} {exercise.example}"),
                run(f"/practice-hint {exercise.id} 1"),
                run(f"/practice-solution {exercise.id}"),
            ]
            for reply in replies:
                for item in reply.actions:
                    payload = Button(item.label, item.command, item.args).payload
                    assert len(payload) <= MAX_ID, payload


def test_replies_never_show_e_notation() -> None:
    """No reply text uses 1e+20 style numbers (here e is Napier's number)."""
    for skill in SKILL_IDS:
        for level in (1, 2, 3):
            exercise = skills.generate(skill, level, 5)
            for line in (
                f"/practice-answer {exercise.id} 123456789*10^30*x",
                f"/practice-answer {exercise.id} 10^(-30)",
                f"/practice-solution {exercise.id}",
            ):
                for locale in LOCALES:
                    try:
                        shown = run(line, locale).full_text()
                    except UserError as error:
                        shown = error.message(locale)
                    assert not E_NOTATION.search(shown), shown


@pytest.mark.parametrize(
    "line",
    ["/practice law1.5 2 seed:3", "/practice-solution law1.6:3:4", "/check diff 2^x x*2^(x-1)"],
)
def test_image_alt_text_is_words_not_latex(line: str) -> None:
    """Screen readers get plain words and formulas, never LaTeX source."""
    for locale in LOCALES:
        for image in run(line, locale).images:
            assert image.alt_text and "\\" not in image.alt_text and "{" not in image.alt_text
