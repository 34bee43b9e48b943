"""Tests of ``/log``: values, the lesson on the laws and the derivative, and the mirror plot,
through the command path in both languages."""

from __future__ import annotations

import pickle
import re

import mpmath
import pytest
from png_checks import assert_readable_png

from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.errors import UserError
from napier.i18n import LOCALES, t
from napier.logarithm import LAWS
from napier.reply import Reply

LOG = COMMANDS["log"]
E_NOTATION = re.compile(r"\d[eE][+-]?\d")


def run(line: str, locale: str = "en") -> Reply:
    command, args = parse_line(line)
    assert command is LOG
    return LOG.reply(LOG.prepare(args), locale)


def shown(reply: Reply) -> str:
    parts = [reply.title, reply.text, *reply.steps]
    parts += [f"{f.name} {f.value}" for f in reply.fields]
    parts += [a.alt_text for a in reply.attachments] + [a.label for a in reply.actions]
    return "\n".join(parts)


def field(reply: Reply, key: str, locale: str) -> str:
    return next(f.value for f in reply.fields if f.name == t(key, locale))


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("line", "value", "form"),
    [
        ("/log 2 8", "3", "2^3 = 8"),
        ("/log 4 8", "3/2", "4^(3/2) = 8"),
        ("/log 1/2 4", "-2", "(1/2)^(-2) = 4"),
        ("/log 10 0.001", "-3", "10^(-3) = 0.001"),
    ],
)
def test_rational_values_with_their_exponent_form(
    line: str, value: str, form: str, locale: str
) -> None:
    """log_2 8 = 3 (2^3 = 8), log_4 8 = 3/2 (4^(3/2) = 8): exact, with the exponent form."""
    reply = run(line, locale)
    assert field(reply, "log.field.value", locale) == f"`{value}`"
    assert field(reply, "log.field.exponent", locale) == f"`{form}`"
    assert len(reply.images) == 2
    for image in reply.images:
        assert_readable_png(image.data)
    assert not E_NOTATION.search(shown(reply))


def test_log_4_8_goes_through_the_common_base() -> None:
    """8 = 2^3 = (2^2)^(3/2) = 4^(3/2), citing law 1.4."""
    reply = run("/log 4 8", "ja")
    assert any("`8 = 2^3 = (2^2)^(3/2) = 4^(3/2)`" in step for step in reply.steps)
    assert any("(1.4)" in step for step in reply.steps)


@pytest.mark.parametrize("locale", LOCALES)
def test_irrational_value_has_exact_form_and_decimal(locale: str) -> None:
    """log_3 5 = log 5 / log 3 ≈ 1.464973521 (mpmath), 3^1.464973521 ≈ 5, and why no fraction."""
    reply = run("/log 3 5", locale)
    expected = mpmath.nstr(mpmath.log(5) / mpmath.log(3), 10)
    assert expected == "1.464973521"
    assert field(reply, "log.field.value", locale) == f"`{expected}`"
    assert f"log_3 5 = (log 5)/(log 3) ≈ {expected}" in reply.text
    assert field(reply, "log.field.exponent", locale) == f"`3^{expected} ≈ 5`"
    assert len(reply.steps) == 3
    assert any(a.command == "solve" and dict(a.args)["problem"] == "3^x = 5" for a in reply.actions)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_lesson_derives_every_law_and_the_derivative(locale: str) -> None:
    """/log: the definition, one step per law with its derivation, ending at (log x)' = 1/x."""
    reply = run("/log", locale)
    assert len(reply.steps) == len(LAWS)
    assert "(log x)' = 1/x" in reply.steps[-2]
    assert "(1.6)" in reply.steps[-2]
    assert "1/(x log a)" in reply.steps[-1]
    for law, number in (("product", "1.1"), ("quotient", "1.3"), ("power", "1.4")):
        step = reply.steps[[item.key for item in LAWS].index(law)]
        assert f"({number})" in step
    assert "log_a M = p ⇔ a^p = M" in reply.text
    assert "ln" not in shown(reply)
    for image in reply.images:
        assert_readable_png(image.data)


def test_a_base_alone_gives_the_lesson_with_that_base_plotted() -> None:
    """/log 3 is the lesson; its plot is y = 3^x and y = log_3 x."""
    reply = run("/log 3", "en")
    assert len(reply.steps) == len(LAWS)
    assert "y = 3^x" in reply.images[1].alt_text and "log_3 x" in reply.images[1].alt_text


def test_plot_marks_the_point_and_its_mirror_image() -> None:
    """/log 2 8: (3, 8) on y = 2^x and (8, 3) on y = log_2 x; far points are said to be outside."""
    assert "(3, 8)" in run("/log 2 8", "en").images[1].alt_text
    far = run("/log 2 10^6", "en").images[1].alt_text
    assert "outside" in far
    assert_readable_png(run("/log e 1/1000", "ja").images[1].data)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("/log 1 8", "log.base_one"),
        ("/log -2 8", "log.base_positive"),
        ("/log 2 -8", "log.arg_positive"),
        ("/log 2 0", "log.arg_positive"),
        ("/log 0 5", "log.base_positive"),
        ("/log 2 x", "parse.no_variable"),
        ("/log 2 y", "parse.unknown_name"),
        ("/log 2 8 16", "command.too_many_values"),
        ("/log 9^9^9^9 8", "log.too_large"),
    ],
)
def test_bad_input_is_refused_at_once(line: str, key: str) -> None:
    """a ≤ 0, a = 1, x ≤ 0 and malformed input are refused while parsing, in both languages."""
    with pytest.raises(UserError) as caught:
        command, args = parse_line(line)
        command.prepare(args)
    assert caught.value.key == key
    for locale in LOCALES:
        assert caught.value.message(locale)


def test_a_tower_base_is_still_exact() -> None:
    """log_(2^2^2^2^2) 8 = 3/65536: the base stays 2^65536, never built."""
    reply = run("/log 2^2^2^2^2 8", "en")
    assert field(reply, "log.field.value", "en") == "`3/65536`"


def test_x_alone_is_the_natural_logarithm() -> None:
    """/log x:5 is log 5 = log_e 5 ≈ 1.609437912 (mpmath), as log means log_e in the article."""
    reply = run("/log x:5", "ja")
    assert field(reply, "log.field.value", "ja") == f"`{mpmath.nstr(mpmath.log(5), 10)}`"
    assert reply.title == t("log.title.value", "ja", expression="log 5")


def test_requests_are_hashable_and_picklable() -> None:
    """Parsed requests can be cached and sent to a worker process."""
    request = LOG.prepare({"a": "4", "x": "8"})
    assert pickle.loads(pickle.dumps(request)) == request
    assert hash(request) == hash(LOG.prepare({"a": "４", "x": "８"}))
