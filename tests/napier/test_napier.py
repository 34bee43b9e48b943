"""Tests of ``/napier``: every digit and number it shows, checked against independent oracles."""

from __future__ import annotations

import pickle
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction
from functools import cache
from math import factorial

import mpmath
import pytest
from png_checks import assert_readable_png

from bot.runtime import Runtime
from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.commands import napier as command
from napier.errors import UserError
from napier.i18n import CATALOGUE, t
from napier.lessons import napier as lesson
from napier.reply import Reply

LOCALES = ("ja", "en")
ORACLE_GUARD = 60
SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# Goroawase: the syllables by which Japanese reads each digit (from the digits' names).
GOROAWASE = {
    "に": {"2"},
    "ふ": {"2"},
    "ふた": {"2"},
    "な": {"7"},
    "い": {"1", "5"},
    "ひと": {"1"},
    "はち": {"8"},
    "や": {"8"},
    "わ": {"8"},
    "し": {"4"},
    "ご": {"5"},
    "く": {"9"},
    "お": {"0"},
}


# --- oracles ---------------------------------------------------------------------------------


@cache
def e_mpmath(places: int) -> str:
    """e's digits (``"2718…"``, places + 1 of them) from mpmath at a far higher precision."""
    with mpmath.workdps(places + ORACLE_GUARD):
        text = mpmath.nstr(mpmath.e, places + ORACLE_GUARD // 2, strip_zeros=False)
    return text.replace(".", "")[: places + 1]


@cache
def e_series(places: int) -> str:
    """e's digits from Σ 1/k! in scaled integer arithmetic, printed through ``decimal``."""
    guard = 20
    scale = 10 ** (places + guard)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(Decimal(total // 10**guard))[: places + 1]


def e_high() -> mpmath.mpf:
    return +mpmath.e


SCIENTIFIC = r"\d\.\d+ × 10\^-?\d+"


def number(text: str) -> mpmath.mpf:
    """``1.36 × 10^-7`` or ``2.718`` → an mpf (at the caller's precision)."""
    mantissa, _, power = text.partition(" × 10^")
    value = mpmath.mpf(mantissa)
    return value * mpmath.mpf(10) ** int(power) if power else value


def assert_rounded(shown: str, exact: mpmath.mpf) -> None:
    """``shown`` (plain or scientific) is ``exact`` rounded at its last shown digit."""
    mantissa = shown.partition(" × 10^")[0]
    places = len(mantissa.partition(".")[2])
    power = shown.partition(" × 10^")[2]
    ulp = mpmath.mpf(10) ** (-places + (int(power) if power else 0))
    assert abs(number(shown) - exact) <= ulp / 2 * (1 + mpmath.mpf(10) ** -30), (shown, exact)


def truncated_agreement(value: mpmath.mpf | Fraction, e: mpmath.mpf) -> int:
    """How many decimals of ``value`` and e agree when both are truncated."""
    a = mpmath.nstr(
        mpmath.mpf(value)
        if not isinstance(value, Fraction)
        else mpmath.mpf(value.numerator) / value.denominator,
        45,
        strip_zeros=False,
    )
    b = mpmath.nstr(e, 45, strip_zeros=False)
    count = 0
    for x, y in zip(a[2:40], b[2:40], strict=True):
        if x != y:
            break
        count += 1
    return count


# --- helpers ---------------------------------------------------------------------------------


@cache
def reply(line: str, locale: str) -> Reply:
    cmd, args = parse_line(line)
    return cmd.reply(cmd.prepare(args), locale)


def request(line: str) -> command.NapierRequest:
    cmd, args = parse_line(line)
    return cmd.prepare(args)


def digits_in(text: str) -> str:
    """The digits of the backquoted digit lines of a reply (``2.7182818284 59…``)."""
    lines = re.findall(r"^`([0-9. ]+)`$", text, flags=re.MULTILINE)
    return "".join(lines).replace(".", "").replace(" ", "")


def rows(text: str) -> dict[str, tuple[str, str, int]]:
    """``- n = 10^3: `2.716…`, error 1.36 × 10^-3 (…: 2)`` → {"10^3": (value, error, correct)}."""
    found = {}
    for line in text.splitlines():
        match = re.match(r"- [nN] = (\S+): `([0-9.]+)`\D+?(" + SCIENTIFIC + r")\D*(\d+)", line)
        if match:
            found[match[1]] = (match[2], match[3], int(match[4]))
    return found


TOPIC_LINES = (
    "/napier",
    "/napier mnemonic",
    "/napier digits n:50",
    "/napier limit",
    "/napier series",
    "/napier derivative",
)


# --- parsing and errors ----------------------------------------------------------------------


def test_registered_with_valid_names_and_descriptions() -> None:
    """/napier is in the registry with Discord-valid names and 1–100 character descriptions."""
    napier = COMMANDS["napier"]
    assert re.fullmatch(r"[-_a-z0-9]{1,32}", napier.name)
    for key in (napier.description, *(o.description for o in napier.options)):
        for locale in LOCALES:
            assert 1 <= len(t(key, locale)) <= 100
    assert napier.option("topic").choices == command.TOPICS
    assert napier.option("n").max_value == 10_000


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/napier", command.NapierRequest("", 50)),
        ("/napier digits", command.NapierRequest("digits", 50)),
        ("/napier digits n:10000", command.NapierRequest("digits", 10_000)),
        ("/napier digits 7", command.NapierRequest("digits", 7)),
        ("/napier ＤＩＧＩＴＳ n:１２", command.NapierRequest("digits", 12)),
        ("/napier 極限", command.NapierRequest("limit", 50)),
        ("/napier topic:Series", command.NapierRequest("series", 50)),
    ],
)
def test_parse_accepts_topics_and_n(line: str, expected: command.NapierRequest) -> None:
    """Topics (any case, full-width, Japanese aliases) and n parse into a request."""
    assert request(line) == expected


def test_request_is_hashable_and_picklable() -> None:
    """The request can be a cache key and cross to a worker process."""
    req = request("/napier digits n:99")
    assert hash(req) == hash(pickle.loads(pickle.dumps(req)))
    assert pickle.loads(pickle.dumps(req)) == req


@pytest.mark.parametrize(
    "line",
    [
        "/napier pi",
        "/napier digits n:0",
        "/napier digits n:10001",
        "/napier digits n:-5",
        "/napier digits n:1e4",
        "/napier digits n:abc",
        "/napier digits n:" + "9" * 80,
        "/napier limit n:50",
        "/napier n:50",
        "/napier digits 50 extra",
        "/napier " + "x" * 90,
        "/napier '<@everyone>'",
    ],
)
def test_hostile_input_is_a_user_error_in_both_languages(line: str) -> None:
    """Bad topics and bad or misplaced n are UserErrors that explain and give an example."""
    with pytest.raises(UserError) as caught:
        request(line)
    ja, en = caught.value.message("ja"), caught.value.message("en")
    assert ja and en and ja != en
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", ja)
    for message in (ja, en):
        assert "/napier" in message, message
        assert len(message) < 400


def test_catalogue_has_both_languages() -> None:
    """Every /napier message exists in Japanese and English, the Japanese one in Japanese."""
    keys = [key for key in CATALOGUE if key.startswith("napier.")]
    assert len(keys) > 40
    for key in keys:
        assert CATALOGUE[key]["en"] and CATALOGUE[key]["ja"]
        if key != "napier.row":
            assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", CATALOGUE[key]["ja"]), key


# --- digits ----------------------------------------------------------------------------------


def test_oracles_agree() -> None:
    """The two oracles (mpmath, integer series) agree on 10,001 digits of e."""
    assert e_mpmath(10_000) == e_series(10_000)
    assert e_mpmath(10_000).startswith("2718281828459045")


@pytest.mark.parametrize("places", [1, 9, 50, 777, 1_000, 10_000])
def test_digits_are_truncated_and_correct_to_the_last(places: int) -> None:
    """/napier digits n:N shows e truncated to N decimals, grouped, all from the true digits."""
    truth = e_series(places + 1)
    for locale in LOCALES:
        answer = reply(f"/napier digits n:{places}", locale)
        files = [a for a in answer.attachments if not a.is_image]
        shown = digits_in(answer.text)
        if files:
            (file,) = files
            assert file.media_type == "text/plain" and file.alt_text
            body = [
                re.fullmatch(r"\s*([\d,]+)  ([0-9. ]+)", line)
                for line in file.data.decode("utf-8").splitlines()[1:]
            ]
            full = "".join(match[2] for match in body)
            assert full.replace(".", "").replace(" ", "") == e_mpmath(places)
            assert e_mpmath(places).startswith(shown) and len(shown) >= 51
            positions = [int(match[1].replace(",", "")) for match in body]
            assert positions == list(range(1, places + 1, lesson.LINE))
        else:
            assert shown == e_mpmath(places) == truth[:-1]
        assert f"{truth[-1]})" in answer.text or f"{truth[-1]}）" in answer.text
        assert len(answer.full_text()) <= 2_000


def test_digits_are_grouped_for_reading() -> None:
    """Blocks of 10 digits, lines of 50 decimals, the first line starting with ``2.``."""
    lines = re.findall(r"^`([0-9. ]+)`$", reply("/napier digits n:1000", "en").text, re.M)
    assert lines[0].startswith("2.")
    for line in lines:
        blocks = line.removeprefix("2.").split(" ")
        assert all(len(block) == 10 for block in blocks[:-1]) and len(blocks) <= 5


def test_long_digits_go_to_a_file() -> None:
    """Short answers fit the message; long ones (over 1,500 characters) come as a text file."""
    assert not [a for a in reply("/napier digits n:1000", "ja").attachments if not a.is_image]
    assert [a for a in reply("/napier digits n:2000", "ja").attachments if not a.is_image]


def test_digit_counts_in_alt_text_match_oracle() -> None:
    """The digit-frequency plot's alt text counts each digit as the true digits do."""
    decimals = e_series(1_000)[1:]
    alt = reply("/napier digits n:1000", "en").images[1].alt_text
    for digit in range(10):
        assert f"{digit}: {decimals.count(str(digit))}" in alt


# --- mnemonics -------------------------------------------------------------------------------


def test_mnemonic_data_spell_their_phrases() -> None:
    """Each Japanese mnemonic's pieces spell its phrase; each digit-bearing sound is goroawase."""
    for mnemonic in lesson.MNEMONICS[:2]:
        assert "".join(s.text for s in mnemonic.sounds) == mnemonic.phrase
        for sound in mnemonic.sounds:
            if sound.digits:
                assert sound.digits in GOROAWASE[sound.reading], sound


def test_seed_mnemonic_reads_as_the_article_says() -> None:
    """二塁から内野にわたる reads 2.71828, as the seed article states, and those are e's digits."""
    seed = lesson.MNEMONICS[0]
    assert seed.phrase == "二塁から内野にわたる"
    assert seed.digits == "271828" == e_mpmath(5)


def test_english_mnemonic_counts_letters() -> None:
    """The English phrase's word lengths, counted here, are the first digits of e."""
    phrase = "To express e, remember to memorize a sentence to simplify this"
    lengths = "".join(str(sum(c.isalpha() for c in word)) for word in phrase.split())
    english = lesson.MNEMONICS[2]
    assert english.phrase == phrase and english.digits == lengths
    assert lengths == e_mpmath(len(lengths) - 1)


@pytest.mark.parametrize("locale", LOCALES)
def test_mnemonic_reply_shows_true_coverage(locale: str) -> None:
    """The reply states, for each mnemonic, how many digits of e it gets right (by the oracle)."""
    answer = reply("/napier mnemonic", locale)
    truth = e_mpmath(40)
    assert len(answer.fields) == 3
    for mnemonic, field in zip(lesson.MNEMONICS, answer.fields, strict=True):
        assert field.name == mnemonic.phrase
        count = next(
            i for i, (a, b) in enumerate(zip(mnemonic.digits + "x", truth, strict=False)) if a != b
        )
        assert count == len(mnemonic.digits)
        assert f" {count} " in field.value
        assert f"{truth[0]}.{truth[1:count]}" in field.value
        assert "✓" in field.value
    assert "二(に)=2" in answer.fields[0].value and "内(な・い)=7・1" in answer.fields[0].value


# --- limit and series ------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_limit_table_matches_oracle(locale: str) -> None:
    """Each (1 + 1/n)^n value, error and count of correct decimals matches a 120-digit oracle."""
    table = rows(reply("/napier limit", locale).text)
    assert len(table) == 8
    with mpmath.workdps(120):
        e = e_high()
        for k in range(8):
            n = 10**k
            key = "1" if k == 0 else f"10^{k}"
            value, error, correct = table[key]
            exact = (1 + mpmath.mpf(1) / n) ** n
            if k <= 3:
                fraction = Fraction(n + 1, n) ** n
                assert abs(exact - mpmath.mpf(fraction.numerator) / fraction.denominator) < 1e-100
            assert_rounded(value, exact)
            assert_rounded(error, e - exact)
            assert correct == truncated_agreement(exact, e)


@pytest.mark.parametrize("locale", LOCALES)
def test_series_table_matches_exact_fractions(locale: str) -> None:
    """Each partial sum of Σ 1/k!, its error and its correct decimals match exact fractions."""
    answer = reply("/napier series", locale)
    table = rows(answer.text)
    assert len(table) == len(lesson.SERIES_TERMS)
    with mpmath.workdps(120):
        e = e_high()
        for terms in lesson.SERIES_TERMS:
            exact = sum(Fraction(1, factorial(k)) for k in range(terms + 1))
            as_mpf = mpmath.mpf(exact.numerator) / exact.denominator
            value, error, correct = table[str(terms)]
            assert_rounded(value, as_mpf)
            assert_rounded(error, e - as_mpf)
            assert 0 < e - as_mpf < mpmath.mpf(1) / (factorial(terms) * terms)
            assert correct == truncated_agreement(exact, e)


@pytest.mark.parametrize("locale", LOCALES)
def test_series_contrast_is_true(locale: str) -> None:
    """The contrast names the fewest terms that beat (1 + 1/n)^n at n = 10^7, with both errors."""
    text = reply("/napier series", locale).text
    contrast = next(line for line in text.splitlines() if "10^7" in line)
    needed = int(re.search(r"N = (\d+)", contrast)[1])
    errors = re.findall(SCIENTIFIC, contrast)
    with mpmath.workdps(120):
        e = e_high()
        limit_error = e - (1 + mpmath.mpf(1) / 10**7) ** 10**7

        def series_error(n: int) -> mpmath.mpf:
            s = sum(Fraction(1, factorial(k)) for k in range(n + 1))
            return e - mpmath.mpf(s.numerator) / s.denominator

        assert series_error(needed) < limit_error <= series_error(needed - 1)
        assert_rounded(errors[0], series_error(needed))
        assert_rounded(errors[1], limit_error)


@pytest.mark.parametrize("locale", LOCALES)
def test_plot_alt_texts_state_true_values(locale: str) -> None:
    """The numbers in the limit and series plots' alt texts match the oracle."""
    with mpmath.workdps(120):
        e = e_high()
        limit_alt = reply("/napier limit", locale).images[1].alt_text
        value, error = re.findall(r"2\.\d{12}|" + SCIENTIFIC, limit_alt)
        exact = (1 + mpmath.mpf(1) / 10**7) ** 10**7
        assert_rounded(value, exact)
        assert_rounded(error, e - exact)
        series_alt = reply("/napier series", locale).images[1].alt_text
        shown = re.findall(SCIENTIFIC, series_alt)
        total = sum(Fraction(1, factorial(k)) for k in range(lesson.PLOT_TERMS + 1))
        assert_rounded(shown[0], e - mpmath.mpf(total.numerator) / total.denominator)
        assert_rounded(shown[1], e - (1 + mpmath.mpf(1) / lesson.PLOT_TERMS) ** lesson.PLOT_TERMS)


# --- derivative and overview -----------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_derivative_heights_and_slopes_match_oracle(locale: str) -> None:
    """At each tangent point the shown height is e^a and the measured slope the true quotient."""
    answer = reply("/napier derivative", locale)
    assert "/law 1.6" in answer.text
    assert len(answer.fields) == len(lesson.TANGENT_POINTS)
    with mpmath.workdps(120):
        h = mpmath.mpf(10) ** -6
        for a, field in zip(lesson.TANGENT_POINTS, answer.fields, strict=True):
            assert field.name == f"x = {a}".replace("-", "−")
            height, slope = re.findall(r"`([0-9.]+)`", field.value)
            assert_rounded(height, mpmath.exp(a))
            assert_rounded(slope, (mpmath.exp(a + h) - mpmath.exp(a)) / h)
    law = [a for a in answer.actions if a.command == "law"]
    assert bool(law) == ("law" in COMMANDS and COMMANDS["law"].option("id") is not None)


@pytest.mark.parametrize("locale", LOCALES)
def test_overview_has_facts_and_a_button_per_topic(locale: str) -> None:
    """The overview states e's digits truly and offers one working button per topic."""
    answer = reply("/napier", locale)
    shown = re.search(r"e = (2\.\d+)…", answer.text)[1]
    assert shown.replace(".", "") == e_mpmath(len(shown) - 2)
    assert "二塁から内野にわたる" in answer.text
    assert [dict(a.args)["topic"] for a in answer.actions] == list(command.TOPICS)
    for action in answer.actions:
        assert action.command == "napier"
        assert COMMANDS["napier"].prepare(dict(action.args)).topic in command.TOPICS


# --- every reply -----------------------------------------------------------------------------


@pytest.mark.parametrize("line", TOPIC_LINES)
def test_replies_are_bilingual_with_real_images(line: str) -> None:
    """Each topic answers in both languages with a formula image, real PNGs and alt text."""
    ja, en = reply(line, "ja"), reply(line, "en")
    assert ja.title != en.title and ja.text != en.text
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", ja.title + ja.text)
    for answer in (ja, en):
        assert not answer.error and answer.latex
        assert answer.images and answer.images[0].filename.endswith("-formula.png")
        for image in answer.images:
            _check_png(image.data)
            assert image.alt_text
        assert len(answer.fields) <= 25
        assert all(len(f.value) <= 1024 for f in answer.fields)
        assert len(answer.full_text()) <= 4_000
    if line != "/napier":
        assert len(ja.images) == 2
        for a, b in zip(ja.images, en.images, strict=True):
            assert a.alt_text != b.alt_text
            assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", a.alt_text)


def test_japanese_text_is_normalised() -> None:
    """Japanese messages use no half-width katakana (NFKC leaves them unchanged)."""
    for key in (k for k in CATALOGUE if k.startswith("napier.")):
        text = CATALOGUE[key]["ja"]
        assert not re.search(r"[\uff61-\uff9f]", unicodedata.normalize("NFC", text)), key


@pytest.mark.parametrize(
    "raw", [{"topic": "digits", "n": "10000"}, {"topic": "limit"}, {"topic": "series"}]
)
async def test_heaviest_topics_run_in_a_worker_within_the_time_limit(
    runtime: Runtime, raw: dict[str, str]
) -> None:
    """The heaviest topics cross to a worker process and back within the runtime's limit."""
    answer = await runtime.ask(f"napier-test-{raw['topic']}", "napier", raw, "ja")
    assert not answer.error, answer.text
    assert answer.images and all(image.data[:4] == b"\x89PNG" for image in answer.images)
    if raw["topic"] == "digits":
        (file,) = [a for a in answer.attachments if not a.is_image]
        digits = re.sub(r"^\s*[\d,]+  ", "", file.data.decode(), flags=re.M).splitlines()[1:]
        assert "".join(digits).replace(".", "").replace(" ", "") == e_series(10_000)


def _check_png(data: bytes) -> None:
    assert_readable_png(data, min_size=(150, 60))
