"""The text grammar of typed commands, shared by the console and Slack."""

from __future__ import annotations

import pytest

from napier.command_line import MAX_LINE, parse_arguments, parse_line, split_words
from napier.commands import COMMANDS, Command, Option, lesson, visible
from napier.errors import UserError


def test_options_by_position_and_by_name() -> None:
    """Values fill the options in order, or go by ``name:value``."""
    assert parse_line("/pow 2 3")[1] == {"base": "2", "exponent": "3"}
    assert parse_line("/pow exponent:3 base:2")[1] == {"base": "2", "exponent": "3"}
    assert parse_line("/law 1.4 a:2 x:3 y:2")[1] == {"id": "1.4", "a": "2", "x": "3", "y": "2"}


def test_named_and_positional_values_mix() -> None:
    """Positional values fill the options not given by name."""
    assert parse_line("/law a:2 1.4")[1] == {"a": "2", "id": "1.4"}


def test_japanese_keyboard_input() -> None:
    """A full-width slash, colon and space are read as their ASCII forms."""
    command, args = parse_line("／ｐｏｗ　base：２　３")
    assert command.name == "pow"
    assert args == {"base": "２", "exponent": "３"}


def test_values_are_left_for_the_parser_untouched() -> None:
    """Superscripts stay in the value (NFKC would turn 2³ into 23); the parser lifts them."""
    assert parse_line("/pow 2³")[1] == {"base": "2³"}


def test_quotes_keep_spaces_together() -> None:
    """Double quotes, single quotes and 「」 group words."""
    assert split_words("\"1 + 1\" '2 ^ 3' 「e ^ 2」") == ["1 + 1", "2 ^ 3", "e ^ 2"]


def test_values_for_the_chosen_mode_skip_the_other_modes_options() -> None:
    """``/grow bacteria 100 0.5 5`` fills start, doubling and hours, not the interest options."""
    grow = COMMANDS["grow"]
    assert parse_arguments(grow, "bacteria 100 0.5 5") == {
        "model": "bacteria",
        "start": "100",
        "doubling": "0.5",
        "hours": "5",
    }
    assert parse_arguments(grow, "interest 1000 3 20 monthly") == {
        "model": "interest",
        "principal": "1000",
        "rate": "3",
        "years": "20",
        "compounding": "monthly",
    }


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("pow 2 3", "command.not_a_command"),
        ("/power 2 3", "command.unknown"),
        ("/pow 2 3 4", "command.too_many_values"),
        ("/grow bacteria 100 0.5 5 7", "command.too_many_values"),
        ("/pow base:2 power:3", "command.unknown_option"),
        ('/pow "2 3', "command.unclosed_quote"),
        ("/pow " + "9" * MAX_LINE, "command.line_too_long"),
    ],
)
def test_malformed_lines_are_clear_user_errors(line: str, key: str) -> None:
    """Unknown commands and options, extra values, open quotes and long lines are refused."""
    with pytest.raises(UserError) as caught:
        command, args = parse_line(line)
        command.prepare(args)
    assert caught.value.key == key
    assert caught.value.message("ja") and caught.value.message("en")


def _greedy_command() -> Command:
    """A command shaped like /solve: a mode, then an equation that takes the rest of the line."""
    return Command(
        name="demo",
        description="app.name",
        options=(
            Option("mode", "app.name"),
            Option("equation", "app.name", greedy=True),
            Option("at", "app.name"),
        ),
        example="/demo",
        parse=dict,
        answer="napier.lessons.pow:answer",
    )


def test_a_greedy_option_takes_the_rest_of_the_line_with_its_spaces() -> None:
    """``/solve 4^x - 2 = 0`` keeps the spaces of the equation; trailing ``at:1`` stays apart."""
    command = _greedy_command()
    assert parse_arguments(command, "eq 4^x - 2^(x+1)  = 0 at:1") == {
        "mode": "eq",
        "equation": "4^x - 2^(x+1)  = 0",
        "at": "1",
    }
    assert parse_arguments(command, "mode:eq (e^x)' = e^x") == {
        "mode": "eq",
        "equation": "(e^x)' = e^x",
    }
    assert parse_arguments(command, "equation:x=1 mode:eq") == {"equation": "x=1", "mode": "eq"}


def test_a_greedy_option_given_by_name_takes_the_rest_of_the_line() -> None:
    """``/solve problem:2^x = 8`` is the whole equation, not its last words."""
    command = _greedy_command()
    assert parse_arguments(command, "equation:2^x = 8 at:1") == {"equation": "2^x = 8", "at": "1"}
    assert parse_arguments(command, "mode:eq equation:4^x - 2 = 0") == {
        "mode": "eq",
        "equation": "4^x - 2 = 0",
    }
    assert parse_arguments(command, "equation：2^x = 8")["equation"] == "2^x = 8"


def test_a_greedy_option_keeps_quotes_as_typed() -> None:
    """A prime or a quote inside a greedy option is part of it, not an unclosed quote."""
    assert parse_arguments(_greedy_command(), "d (e^x)'")["equation"] == "(e^x)'"


def test_hidden_commands_are_not_offered() -> None:
    """Commands reached only through buttons are left out of the typed command list."""
    assert all(not command.hidden for command in visible())
    assert {c.name for c in visible()} == {n for n, c in COMMANDS.items() if not c.hidden}


def test_each_lesson_path_names_a_function() -> None:
    """Every command's heavy half resolves to a function in ``napier.lessons``."""
    for command in COMMANDS.values():
        assert command.answer.startswith("napier.lessons.")
        assert callable(lesson(command.answer))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/diff e^x + x^2", {"f": "e^x + x^2"}),
        ("/diff x * e^x at:1", {"f": "x * e^x", "at": "1"}),
        ("/diff (e^x)'", {"f": "(e^x)'"}),
        ("/diff f'(x) = 2x", {"f": "f'(x) = 2x"}),
        ("/pow 2 ^ 3", {"base": "2", "exponent": "^ 3"}),
        ('/pow "1 / 2" 10', {"base": "1 / 2", "exponent": "10"}),
        ("/pow 2 1 / 2", {"base": "2", "exponent": "1 / 2"}),
    ],
)
def test_expressions_keep_their_spaces_and_primes(line: str, expected: dict[str, str]) -> None:
    """The last text option of /diff and /pow takes the rest of the line as typed: spaces and
    a prime are part of the expression, not separate values or an unclosed quote."""
    assert parse_line(line)[1] == expected
