"""Tests of ``/solve``: the replies a learner sees, in both languages, through the command path
(the solutions themselves are checked against sympy in ``test_solver.py``)."""

from __future__ import annotations

import pickle
import re

import pytest
from png_checks import assert_readable_png

from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.errors import UserError
from napier.i18n import CATALOGUE, LOCALES, t
from napier.lessons.solve import answer_text
from napier.relation import parse_relation
from napier.reply import Reply
from napier.solver import solve

SOLVE = COMMANDS["solve"]
E_NOTATION = re.compile(r"\d[eE][+-]?\d")
COMMAND_IN_TEXT = re.compile(r"`(/[a-z]+[^`]*)`")


def run(line: str, locale: str = "en") -> Reply:
    """The reply to a typed command line, as the console would produce it."""
    command, args = parse_line(line)
    return command.reply(command.prepare(args), locale)


def everything_shown(reply: Reply) -> str:
    """All the text a learner can see: text, steps, fields, alt texts, button labels."""
    parts = [reply.title, reply.text, *reply.steps]
    parts += [f"{field.name} {field.value}" for field in reply.fields]
    parts += [attachment.alt_text for attachment in reply.attachments]
    parts += [action.label for action in reply.actions]
    return "\n".join(parts)


def field(reply: Reply, key: str, locale: str) -> str:
    name = t(key, locale)
    return next(f.value for f in reply.fields if f.name == name)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("/solve 4^x - 2^(x+1) - 8 = 0", "x = 2"),
        ("/solve (1/2)^x > 4", "x < -2"),
        ("/solve 2^(x+1) = 8", "x = 2"),
        ("/solve 9^x = 27^(x-1)", "x = 3"),
        ("/solve 9^x - 4*3^x + 3 < 0", "0 < x < 1"),
        ("/solve 2^x + 2^(-x) = 5/2", "x = -1, 1"),
    ],
)
def test_issue_examples_answer_in_both_languages(line: str, answer: str, locale: str) -> None:
    """The done-when examples: the answer, the steps, a formula card and a plot as PNGs."""
    reply = run(line, locale)
    assert f"`{answer}`" == field(reply, "solve.answer", locale)
    assert answer in reply.text
    assert len(reply.steps) >= 2
    assert len(reply.images) == 2
    for image in reply.images:
        assert_readable_png(image.data)
        assert image.alt_text
    assert not E_NOTATION.search(everything_shown(reply))


def test_the_answer_field_is_the_engines_answer() -> None:
    """What the reply calls the answer is exactly the solution checked against sympy."""
    for text in ("3^x = 5", "2^x < 3^(x-1)", "4^x + 2^x - 1 > 0", "2^(x^2 - x) >= 4"):
        for locale in LOCALES:
            reply = run(f"/solve {text}", locale)
            expected = answer_text(solve(parse_relation(text)), locale)
            assert field(reply, "solve.answer", locale) == f"`{expected}`"


def test_japanese_reads_as_a_japanese_textbook() -> None:
    """≦ ≧ in Japanese, ≤ ≥ in English; log, never ln; the direction change said in words."""
    ja = run("/solve 2^(x^2 - x) >= 4", "ja")
    en = run("/solve 2^(x^2 - x) >= 4", "en")
    assert "≦" in field(ja, "solve.answer", "ja") and "≧" not in field(ja, "solve.answer", "ja")
    assert field(ja, "solve.answer", "ja") == "`x ≦ -1, 2 ≦ x`"
    assert field(en, "solve.answer", "en") == "`x ≤ -1 or x ≥ 2`"
    reversed_ja = run("/solve (1/2)^x > 4", "ja")
    assert "減少関数" in everything_shown(reversed_ja)
    assert "不等号の向きが変わります" in everything_shown(reversed_ja)
    reversed_en = run("/solve (1/2)^x > 4", "en")
    assert "decreasing" in everything_shown(reversed_en)
    assert "reversed" in everything_shown(reversed_en)
    for reply in (ja, en, reversed_ja, reversed_en, run("/solve 3^x = 5", "ja")):
        assert "ln" not in everything_shown(reply)


def test_rejected_root_is_explained() -> None:
    """t = -2 is rejected because t = 2^x > 0, in both languages."""
    for locale in LOCALES:
        reply = run("/solve 4^x - 2^(x+1) - 8 = 0", locale)
        step = next(s for s in reply.steps if "`t = -2`" in s and "t > 0" in s)
        assert step


def test_logarithm_answers_show_exact_form_and_decimal() -> None:
    """3^x = 5: x = log_3 5 = (log 5)/(log 3) ≈ 1.464973521."""
    reply = run("/solve 3^x = 5", "en")
    assert "`x = log_3 5 = (log 5)/(log 3) ≈ 1.464973521`" in reply.steps[-1]
    assert "1.464973521" in field(reply, "solve.field.decimal", "en")


def test_compare_issue_example() -> None:
    """compare 4^(1/3) 8^(1/4): base 2, exponents 8/12 < 9/12, so 4^(1/3) < 8^(1/4)."""
    for locale in LOCALES:
        reply = run("/solve compare 4^(1/3) 8^(1/4)", locale)
        assert field(reply, "solve.order", locale) == "`4^(1/3) < 8^(1/4)`"
        shown = everything_shown(reply)
        assert "`4^(1/3) = 2^(2/3)`" in shown and "`8/12 < 9/12`" in shown
        assert "1.587401052" in shown and "1.681792831" in shown
        assert_readable_png(reply.images[0].data)


@pytest.mark.parametrize(
    "line", ["/solve 比較 2^(1/2) 3^(1/3)", "/solve compare 2^(1/2), 3^(1/3), 5^(1/6)"]
)
def test_compare_in_japanese_words_and_with_commas(line: str) -> None:
    """比較 works like compare, and numbers may be separated by commas."""
    reply = run(line, "ja")
    assert "2^(1/2) < 3^(1/3)" in field(reply, "solve.order", "ja")


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("/solve x^2 = 4", "solve.unsupported.x_outside_exponent"),
        ("/solve 2^x + 3^x = 5", "solve.unsupported.several_bases"),
        ("/solve 2^x + 8", "relation.missing"),
        ("/solve 1 < 2^x < 8", "relation.several"),
        ("/solve 2 = 3", "solve.no_unknown"),
        ("/solve compare 2", "solve.compare_count"),
        ("/solve compare 2^x 3", "solve.compare_constant"),
        ("/solve __import__('os') = 1", "parse.bad_char"),
        ("/solve os(1) = 1", "parse.unknown_name"),
        ("/solve 2^x = 8 ; rm -rf /", "parse.bad_char"),
    ],
)
def test_hostile_and_unsupported_input_is_refused_at_once(line: str, key: str) -> None:
    """Refused while parsing (before any worker runs), with a message in both languages."""
    command, args = parse_line(line)
    with pytest.raises(UserError) as caught:
        command.prepare(args)
    assert caught.value.key == key
    assert all(caught.value.message(locale) for locale in LOCALES)


def test_every_command_in_a_solve_message_works() -> None:
    """Each `/…` example quoted in a /solve, /log or /graph message answers without error."""
    examples = set()
    for key, texts in CATALOGUE.items():
        if key.split(".")[0] in ("solve", "relation", "powers", "log", "graph"):
            for text in texts.values():
                examples.update(COMMAND_IN_TEXT.findall(text))
    assert len(examples) > 10
    for example in sorted(examples):
        if "{" in example:
            continue
        reply = run(example, "ja")
        assert reply.text or reply.steps, example


def test_requests_are_hashable_and_picklable() -> None:
    """Parsed requests can be cached and sent to a worker process."""
    request = SOLVE.prepare({"problem": "4^x - 2^(x+1) - 8 = 0"})
    assert pickle.loads(pickle.dumps(request)) == request
    assert hash(request) == hash(SOLVE.prepare({"problem": "4^x-2^(x+1)-8=0"}))


def test_problem_given_by_name_keeps_its_spaces() -> None:
    """``/solve problem:2^x = 8`` is the whole equation."""
    reply = run("/solve problem:2^x = 8", "en")
    assert field(reply, "solve.answer", "en") == "`x = 3`"


def test_plots_write_no_e_notation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tick labels of every new plot read 1.5×10⁹, never 1e9 or an offset above the axis."""
    from napier import render

    drawn = []
    original = render.figure_png

    def keep(figure):  # type: ignore[no-untyped-def]
        data = original(figure)
        drawn.append(figure)
        return data

    monkeypatch.setattr(render, "figure_png", keep)
    for line in ("/solve 2^x > 10^9", "/solve (1/10)^x < 10^(-8)", "/log 10 10^9", "/graph 10"):
        run(line, "en")
    assert len(drawn) == 4
    for figure in drawn:
        for axes in figure.axes:
            for axis in (axes.xaxis, axes.yaxis):
                labels = [label.get_text() for label in axis.get_ticklabels()]
                assert labels and not any(E_NOTATION.search(text) for text in labels), labels
                assert not axis.get_offset_text().get_text()
    big = [label.get_text() for label in drawn[0].axes[0].yaxis.get_ticklabels()]
    assert any("×10⁸" in text or "×10⁹" in text for text in big), big
