"""Tests of ``/grow``: every amount, factor and count it shows, against closed forms."""

from __future__ import annotations

import math
import pickle
import re
from collections.abc import Iterator
from fractions import Fraction

import mpmath
import pytest
from png_checks import assert_readable_png

from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.commands import grow as command
from napier.errors import UserError
from napier.i18n import CATALOGUE, t
from napier.reply import Reply

LOCALES = ("ja", "en")
GROW = COMMANDS["grow"]
NUMBER = r"(-?[\d,]+(?:\.\d+)?(?: × 10\^-?\d+)?)"


DEFAULT_PREC = mpmath.mp.prec  # what the workers run at


def run(line: str, locale: str = "en") -> Reply:
    """The reply to a typed command line, computed at mpmath's default precision as in the
    workers (the tests' own oracle runs at 60 digits)."""
    found, args = parse_line(line)
    assert found is GROW
    with mpmath.workprec(DEFAULT_PREC):
        return GROW.reply(GROW.prepare(args), locale)


def mp(value: Fraction | int) -> mpmath.mpf:
    """An exact rational as an mpmath number."""
    value = Fraction(value)
    return mpmath.mpf(value.numerator) / value.denominator


def value_of(text: str) -> mpmath.mpf:
    """A number as the reply shows it (``164,872.13``, ``1.2338 × 10^181``, ``10/3``)."""
    text = text.replace(",", "")
    if "/" in text:
        fraction = Fraction(text)
        return mpmath.mpf(fraction.numerator) / fraction.denominator
    if " × 10^" in text:
        mantissa, exponent = text.split(" × 10^")
        return mpmath.mpf(mantissa) * mpmath.mpf(10) ** int(exponent)
    return mpmath.mpf(text)


def cents(exact: Fraction) -> str:
    """The closed form rounded to the cent (half up), with separators."""
    rounded = math.floor(exact * 100 + Fraction(1, 2))
    return f"{rounded // 100:,}.{rounded % 100:02d}"


def agrees(shown: str, true: mpmath.mpf, significant: int = 10) -> bool:
    """A rounded display agrees with the true value to its ``significant`` digits."""
    return abs(value_of(shown) - true) <= abs(true) * mpmath.mpf(10) ** (1 - significant) / 2


@pytest.fixture(autouse=True)
def oracle_precision() -> Iterator[None]:
    """The tests' closed forms are evaluated at 60 digits, restored afterwards."""
    with mpmath.workdps(60):
        yield


# --- interest -----------------------------------------------------------------------------


def test_interest_defaults() -> None:
    """With no options: 100000 at 5 % for 10 years, compounding yearly."""
    request = GROW.prepare({"model": "interest"})
    assert (request.principal, request.rate, request.years, request.compounding) == (
        100_000,
        5,
        10,
        "yearly",
    )
    assert GROW.prepare({}) == request


@pytest.mark.parametrize(
    "line",
    [
        "/grow interest",
        "/grow interest principal:2500.5 rate:3.25 years:7 compounding:monthly",
        "/grow interest principal:1 rate:100 years:30 compounding:daily",
        "/grow interest rate:0 years:3",
    ],
)
def test_interest_table_matches_closed_forms(line: str) -> None:
    """Every row: simple P(1+rt), compound P(1+r/n)^(nt) exact in fractions, to the cent;
    continuous P·e^(rt) by mpmath."""
    reply = run(line)
    request = GROW.prepare(parse_line(line)[1])
    p, r = request.principal, request.rate / 100
    rows = re.findall(r"^- year ([\d,]+): (.*)$", reply.text, flags=re.MULTILINE)
    assert rows and int(rows[-1][0].replace(",", "")) == request.years
    for year_text, cells in rows:
        year = int(year_text.replace(",", ""))
        shown = dict(re.findall(r"(\w+) " + NUMBER, cells))
        assert shown["simple"] == cents(p * (1 + r * year))
        yearly = p * (1 + r) ** year
        assert (
            shown["yearly"] == cents(yearly)
            if yearly < 10**15
            else agrees(shown["yearly"], mp(yearly))
        )
        for name, n in (("monthly", 12), ("daily", 365)):
            if name in shown:
                exact = p * (1 + r / n) ** (n * year)
                assert shown[name] == cents(exact)
        continuous = mp(p) * mpmath.exp(mp(r) * year)
        assert abs(value_of(shown["continuous"]) - continuous) <= mpmath.mpf("0.005") + 1e-30


def test_compounding_limit_fields_approach_e_to_the_r() -> None:
    """(1 + r/n)^n for n = 1, 12, 365 and e^r are correct to ten digits, increasing toward e^r."""
    reply = run("/grow interest rate:5 compounding:daily")
    factors = []
    for field, n in zip(reply.fields, (1, 12, 365, None), strict=True):
        shown = re.search(r"= ([\d.]+)`", field.value).group(1)
        true = mpmath.e ** mpmath.mpf("0.05") if n is None else (1 + mpmath.mpf("0.05") / n) ** n
        assert agrees(shown, true)
        factors.append(true)
    assert factors == sorted(factors)
    assert "◀" in reply.fields[2].name
    limit = re.search(r"e\^r = ([\d.]+)", reply.text).group(1)
    assert agrees(limit, mpmath.e ** mpmath.mpf("0.05"))


def test_interest_steps_show_the_closed_forms() -> None:
    """The steps' final amounts equal the closed forms for simple, yearly, monthly, daily and
    continuous compounding."""
    reply = run("/grow interest principal:100000 rate:5 years:10")
    p, r = Fraction(100_000), Fraction(5, 100)
    assert reply.steps[0].endswith(f"= {cents(p * (1 + r * 10))}`")
    assert reply.steps[1].endswith(f"= {cents(p * (1 + r) ** 10)}`")
    assert f"n = 12: {cents(p * (1 + r / 12) ** 120)}" in reply.steps[2]
    assert f"n = 365: {cents(p * (1 + r / 365) ** 3650)}" in reply.steps[2]
    shown = re.search(r"= " + NUMBER + r"`$", reply.steps[3]).group(1)
    assert abs(value_of(shown) - 100_000 * mpmath.exp(mpmath.mpf("0.5"))) <= 0.005


def test_huge_balances_are_shown_in_scientific_notation() -> None:
    """Past 10^15 amounts show ten correct significant digits and the right power of ten."""
    reply = run("/grow interest rate:50 years:1000 compounding:monthly")
    last = reply.text.split("- year 1,000: ")[1].splitlines()[0]
    shown = dict(re.findall(r"(\w+) " + NUMBER, last))
    p = mpmath.mpf(100_000)
    assert agrees(shown["yearly"], p * mpmath.mpf("1.5") ** 1000)
    assert agrees(shown["monthly"], p * (1 + mpmath.mpf("0.5") / 12) ** 12000)
    assert agrees(shown["continuous"], p * mpmath.exp(500))
    assert shown["simple"] == cents(Fraction(100_000) * (1 + Fraction(1, 2) * 1000))


def test_interest_images_and_alt_text_in_the_request_language() -> None:
    """A formula card and a two-panel plot, both real PNGs, described in the reply's language."""
    for locale in LOCALES:
        reply = run("/grow interest compounding:monthly", locale)
        assert len(reply.images) == 2
        for image in reply.images:
            _check_png(image.data)
        alt = reply.images[1].alt_text
        if locale == "ja":  # amounts in yen, to the yen
            assert "164,701 円" in alt and "150,000 円" in alt
        else:
            assert "164,700.95" in alt and "150,000.00" in alt
        if locale == "ja":
            assert re.search(r"[\u3040-\u30ff]", alt) and re.search(r"[\u3040-\u30ff]", reply.text)


# --- bacteria -----------------------------------------------------------------------------


def test_bacteria_defaults_double_ten_times() -> None:
    """100 bacteria doubling every 0.5 h for 5 h: 100·2^10 = 102,400, hour by hour exact."""
    reply = run("/grow bacteria")
    rows = re.findall(r"after (\d+) h \(t/T = (\d+)\): ([\d,]+)", reply.text)
    assert [int(hours) for hours, _, _ in rows] == [1, 2, 3, 4, 5]
    for hours, doublings, count in rows:
        assert int(doublings) == 2 * int(hours)
        assert int(count.replace(",", "")) == 100 * 2 ** (2 * int(hours))
    assert "**102,400**" in reply.text
    assert reply.fields[1].value == "`102,400`"


@pytest.mark.parametrize(
    "line",
    [
        "/grow bacteria",
        "/grow bacteria start:1 doubling:0.33 hours:24",
        "/grow bacteria start:7 doubling:3 hours:1",
        "/grow bacteria start:1000000 doubling:20 hours:999",
    ],
)
def test_bacteria_counts_match_both_closed_forms(line: str) -> None:
    """Every count equals N0·2^(t/T); the e^(kt) step gives the same number, k = log 2 / T."""
    reply = run(line)
    request = GROW.prepare(parse_line(line)[1])
    n0, doubling = (
        request.start,
        mpmath.mpf(Fraction(request.doubling).numerator) / (Fraction(request.doubling).denominator),
    )
    rows = re.findall(r"after ([\d.,]+) h \(t/T = ([\d./]+)\): " + NUMBER, reply.text)
    assert rows
    for hours_text, doublings_text, count in rows:
        hours = mpmath.mpf(hours_text.replace(",", ""))
        true = n0 * mpmath.mpf(2) ** (hours / doubling)
        assert agrees(count, true)
        assert agrees(doublings_text, hours / doubling, 6)
    k = mpmath.log(2) / doubling
    shown_k = re.search(r"≈ ([\d.]+)`", reply.fields[0].value).group(1)
    assert agrees(shown_k, k)
    hours = mpmath.mpf(Fraction(request.hours).numerator) / Fraction(request.hours).denominator
    final = re.search(r"= " + NUMBER + r"`$", reply.steps[2]).group(1)
    assert agrees(final, n0 * mpmath.exp(k * hours))
    assert agrees(final, n0 * mpmath.mpf(2) ** (hours / doubling))


def test_bacteria_images() -> None:
    """A formula card and a linear/log plot, real PNGs, with alt text in the request language."""
    for locale in LOCALES:
        reply = run("/grow bacteria start:10 doubling:1 hours:12", locale)
        for image in reply.images:
            _check_png(image.data)
        assert "40,960" in reply.images[1].alt_text
        assert (locale == "ja") == bool(re.search(r"[\u3040-\u30ff]", reply.images[1].alt_text))


@pytest.mark.parametrize(
    "line",
    [
        "/grow interest years:2.5",
        "/grow interest principal:1000 rate:3 years:0.75 compounding:monthly",
        "/grow interest rate:12 years:7.25 compounding:daily",
    ],
)
def test_interest_over_a_non_whole_number_of_years(line: str) -> None:
    """Years such as 2.5 are accepted: simple interest exact to the cent, compound and
    continuous amounts equal P(1+r/n)^(nt) and P·e^(rt) at the fractional t (mpmath)."""
    reply = run(line)
    request = GROW.prepare(parse_line(line)[1])
    assert request.years.denominator > 1
    p, r = request.principal, request.rate / 100
    rows = re.findall(r"^- year ([\d.,]+): (.*)$", reply.text, flags=re.MULTILINE)
    assert rows and Fraction(rows[-1][0].replace(",", "")) == request.years
    for year_text, cells in rows:
        year = Fraction(year_text.replace(",", ""))
        shown = dict(re.findall(r"(\w+) " + NUMBER, cells))
        assert shown["simple"] == cents(p * (1 + r * year))
        for name, n in (("yearly", 1), ("monthly", 12), ("daily", 365)):
            if name in shown:
                exact = mp(p) * (1 + mp(r) / n) ** (n * mp(year))
                assert abs(value_of(shown[name]) - exact) <= mpmath.mpf("0.005") + 1e-30
        continuous = mp(p) * mpmath.exp(mp(r) * mp(year))
        assert abs(value_of(shown["continuous"]) - continuous) <= mpmath.mpf("0.005") + 1e-30


# --- decay --------------------------------------------------------------------------------


def test_decay_defaults_halve_three_times() -> None:
    """1000 with half-life 8 after 24: 1000·(1/2)^3 = 125, one row per half-life, exact."""
    reply = run("/grow decay")
    rows = re.findall(r"^- t = (\d+) \(t/T = (\d+)\): ([\d,.]+) \(([\d.]+) %", reply.text, re.M)
    assert [int(time) for time, *_ in rows] == [8, 16, 24]
    for time, halvings, amount, percent in rows:
        k = int(time) // 8
        assert int(halvings) == k
        assert Fraction(amount.replace(",", "")) == Fraction(1000, 2**k)
        assert Fraction(percent) == Fraction(100, 2**k)
    assert "**125**" in reply.text
    assert reply.fields[1].value == "`125` (12.5 %)"


@pytest.mark.parametrize(
    "line",
    [
        "/grow decay",
        "/grow decay 7 0.5 300",
        "/grow decay start:500 half-life:5730 time:10000",
        "/grow decay start:1 half-life:0.3 time:2.5",
        "/grow decay start:999999999999 half-life:1000000 time:1",
        "/grow decay start:3 half-life:0.001 time:1",
    ],
)
def test_decay_amounts_match_both_closed_forms(line: str) -> None:
    """Every amount and share left is N0·2^(-t/T); the e^(-kt) step gives the same number
    with k = log 2 / T (mpmath at 60 digits)."""
    reply = run(line)
    request = GROW.prepare(parse_line(line)[1])
    n0, half_life = request.start, mp(request.half_life)
    rows = re.findall(
        r"^- t = ([\d.,]+) \(t/T = ([\d./]+)\): " + NUMBER + r" \(" + NUMBER + " %",
        reply.text,
        re.M,
    )
    assert rows and Fraction(rows[-1][0].replace(",", "")) == request.time
    for time_text, halvings_text, amount, percent in rows:
        time = mp(Fraction(time_text.replace(",", "")))
        assert agrees(halvings_text, time / half_life, 6)
        assert agrees(amount, n0 * mpmath.mpf(2) ** (-time / half_life))
        assert agrees(percent, 100 * mpmath.mpf(2) ** (-time / half_life))
    k = mpmath.log(2) / half_life
    assert agrees(re.search(r"≈ " + NUMBER + "`", reply.fields[0].value).group(1), k)
    final = re.search(r"= " + NUMBER + r"`$", reply.steps[2]).group(1)
    time = mp(request.time)
    assert agrees(final, n0 * mpmath.exp(-k * time))
    assert agrees(final, n0 * mpmath.mpf(2) ** (-time / half_life))
    assert not re.search(r"\d[eE][+-]?\d", reply.full_text())


def test_decay_values_by_position_fill_the_decay_options() -> None:
    """/grow decay 1000 8 24 reads start, half-life and time, as the named form does."""
    assert GROW.prepare(parse_line("/grow decay 1000 8 24")[1]) == GROW.prepare(
        parse_line("/grow decay start:1000 half-life:8 time:24")[1]
    )
    request = GROW.prepare(parse_line("/grow decay 50 2.5 7.5")[1])
    assert (request.start, request.half_life, request.time) == (50, Fraction(5, 2), 7.5)


def test_decay_images_in_the_request_language() -> None:
    """A formula card and a linear/log plot, real PNGs; the plot's labels and alt text are in
    the reply's language (the Japanese and English plots differ only in their words)."""
    plots = {}
    for locale in LOCALES:
        reply = run("/grow decay start:1000 half-life:8 time:40", locale)
        assert len(reply.images) == 2
        for image in reply.images:
            _check_png(image.data)
        alt = reply.images[1].alt_text
        assert "31.25" in alt
        assert (locale == "ja") == bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", alt))
        plots[locale] = reply.images[1].data
    assert plots["ja"] != plots["en"]


# --- refused input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "/grow interest years:-5",
        "/grow interest years:0",
        "/grow interest years:1001",
        "/grow interest years:1000000000",
        "/grow interest rate:1000000",
        "/grow interest rate:-3",
        "/grow interest rate:abc",
        "/grow interest rate:1e5",
        "/grow interest principal:0",
        "/grow interest principal:-100",
        "/grow interest principal:10^20",
        "/grow interest principal:" + "9" * 30,
        "/grow interest rate:1000 years:100",
        "/grow interest compounding:hourly",
        "/grow savings",
        "/grow bacteria doubling:0",
        "/grow bacteria doubling:-1",
        "/grow bacteria hours:-1",
        "/grow bacteria hours:0",
        "/grow bacteria hours:100000",
        "/grow bacteria start:0",
        "/grow bacteria start:10^20",
        "/grow bacteria start:100000000000000000000",
        "/grow bacteria hours:1000 doubling:0.5",
        "/grow bacteria rate:5",
        "/grow interest hours:5",
        "/grow interest rate:NaN",
        "/grow interest rate:inf",
        "/grow interest rate:5%%",
        "/grow interest years:0",
        "/grow decay half-life:0",
        "/grow decay half-life:-8",
        "/grow decay half-life:abc",
        "/grow decay time:0",
        "/grow decay time:1e9",
        "/grow decay time:10000000",
        "/grow decay start:0",
        "/grow decay start:1.5",
        "/grow decay half-life:0.001 time:2",
        "/grow decay doubling:3",
        "/grow decay rate:5",
        "/grow bacteria half-life:8",
        "/grow interest time:3",
    ],
)
def test_absurd_values_get_clear_errors(line: str) -> None:
    """Absurd or malformed values give a UserError, in both languages, with a valid example."""
    found, args = parse_line(line)
    with pytest.raises(UserError) as caught:
        found.prepare(args)
    for locale in LOCALES:
        message = caught.value.message(locale)
        assert message
    assert caught.value.message("ja") != caught.value.message("en")


def test_error_examples_are_valid_commands() -> None:
    """The examples that error messages suggest are themselves accepted."""
    for example in (*command.EXAMPLES.values(), GROW.example):
        found, args = parse_line(example)
        assert isinstance(found.prepare(args), command.GrowRequest)


def test_inputs_in_full_width_and_with_units() -> None:
    """Full-width digits, separators and a % sign are read as the plain number."""
    request = GROW.prepare({"model": "interest", "principal": "１００，０００", "rate": "5%"})
    assert (request.principal, request.rate) == (100_000, 5)


def test_requests_are_hashable_and_picklable() -> None:
    """Requests can be cached and sent to worker processes."""
    request = GROW.prepare({"model": "bacteria", "doubling": "0.25"})
    assert pickle.loads(pickle.dumps(request)) == request
    assert hash(request) == hash(GROW.prepare({"model": "bacteria", "doubling": ".25"}))


def test_metadata_and_messages() -> None:
    """Descriptions fit Discord (1–100 characters); every grow message is bilingual."""
    for key in [GROW.description, *(option.description for option in GROW.options)]:
        for locale in LOCALES:
            assert 1 <= len(t(key, locale)) <= 100
    assert GROW.options[0].name == "model" and GROW.options[0].choices == command.MODELS
    for key in (key for key in CATALOGUE if key.startswith("grow.")):
        assert CATALOGUE[key]["ja"] and CATALOGUE[key]["en"]


def _check_png(data: bytes) -> None:
    assert_readable_png(data, min_size=(200, 100), max_size=(1400, 1000), min_colours=8)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_rate_below_one_percent_is_computed_as_typed_with_a_notice(locale: str) -> None:
    """rate:0.05 is 0.05 % a year — the amount after 10 years is P·1.0005^10 to the cent (to
    the yen in Japanese) — and the answer opens by saying so and how to write 5 %."""
    reply = run("/grow interest rate:0.05", locale)
    first = reply.text.splitlines()[0]
    assert "`rate:0.05`" in first and "`rate:5`" in first
    assert "0.05 %" in first and "5 %" in first
    exact = Fraction(100_000) * Fraction(10005, 10000) ** 10
    shown = f"{math.floor(exact + Fraction(1, 2)):,} 円" if locale == "ja" else cents(exact)
    assert shown in reply.text


def test_a_rate_with_a_percent_sign_or_above_one_needs_no_notice() -> None:
    """rate:0.05% and rate:5 are unambiguous: no notice."""
    for line in ("/grow interest rate:0.05%", "/grow interest rate:5", "/grow interest"):
        assert "`rate:" not in run(line).text.splitlines()[0]
