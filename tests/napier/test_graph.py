"""Tests of ``/graph``: what the reply says about each base, checked against mpmath, and the
plot as a PNG, in both languages."""

from __future__ import annotations

import re

import mpmath
import pytest
from png_checks import assert_readable_png

from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.errors import UserError
from napier.i18n import LOCALES
from napier.lessons.graph import _half_width
from napier.reply import Reply

GRAPH = COMMANDS["graph"]
SLOPE = re.compile(r"≈ (-?[0-9.]+)")


def run(line: str, locale: str = "en") -> Reply:
    command, args = parse_line(line)
    assert command is GRAPH
    return GRAPH.reply(GRAPH.prepare(args), locale)


@pytest.mark.parametrize("locale", LOCALES)
def test_default_bases_show_the_lesson(locale: str) -> None:
    """2, e, 10, 1/2: the point (0, 1), e's slope 1, 1/2 mirroring 2, and one readable plot."""
    reply = run("/graph", locale)
    assert "(0, 1)" in reply.text
    assert "log e = 1" in reply.text
    assert "y = (1/2)^x" in reply.text and "2^(-x)" in reply.text
    assert len(reply.images) == 2
    assert_readable_png(reply.images[0].data)
    assert "log 2 ≈ 0.6931" in reply.images[0].alt_text
    image = assert_readable_png(reply.images[1].data)
    assert image.size[0] > image.size[1]
    slopes = reply.fields[0].value.splitlines()
    assert slopes[1] == "`log e = 1`"
    for line, base in zip(slopes, (2, mpmath.e, 10, mpmath.mpf(1) / 2), strict=True):
        match = SLOPE.search(line)
        if match:
            assert abs(mpmath.mpf(match.group(1)) - mpmath.log(base)) < 1e-3


def test_increasing_and_decreasing_are_said_per_base() -> None:
    """a > 1 is increasing and 0 < a < 1 decreasing, in each language's words."""
    en = run("/graph 3 1/3", "en").text
    assert "3 > 1, so it is increasing" in en and "0 < 1/3 < 1, so it is decreasing" in en
    ja = run("/graph 3 1/3", "ja").text
    assert "増加関数" in ja and "減少関数" in ja
    assert "y 軸について対称" in ja


def test_no_mirror_line_without_a_reciprocal_pair() -> None:
    """2 and 3 are not reciprocals: no mirror sentence."""
    assert "mirror" not in run("/graph 2 3", "en").text


def test_window_widens_for_bases_near_one() -> None:
    """A base near 1 widens x so that its curve still rises; the default keeps -3…3."""
    assert _half_width([mpmath.mpf(2), mpmath.e]) == pytest.approx(3.0)
    assert _half_width([mpmath.mpf("1.1")]) == 10.0
    assert "-10" in run("/graph 1.1 2", "en").images[1].alt_text


def test_duplicates_are_drawn_once() -> None:
    """2 and 4/2 are the same base."""
    assert len(GRAPH.prepare({"bases": "2 4/2 2"}).bases) == 1


@pytest.mark.parametrize(
    ("bases", "key"),
    [
        ("0", "graph.bad_base"),
        ("1", "graph.bad_base"),
        ("-2", "graph.bad_base"),
        ("(-8)^(1/3)", "graph.bad_base"),
        ("10^6", "graph.base_range"),
        ("1 2 3 4 5 6 7", "graph.too_many"),
        ("x", "parse.no_variable"),
    ],
)
def test_bad_bases_are_refused_at_once(bases: str, key: str) -> None:
    """A base ≤ 0, 1, too far from 1, or too many bases: a message in both languages."""
    with pytest.raises(UserError) as caught:
        GRAPH.prepare({"bases": bases})
    assert caught.value.key == key
    for locale in LOCALES:
        assert "/graph" in caught.value.message(locale)
