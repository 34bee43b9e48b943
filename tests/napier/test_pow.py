"""/pow: exact results, the steps shown, hostile input, and astronomically large powers."""

from __future__ import annotations

import re
from decimal import Decimal, localcontext
from fractions import Fraction

import mpmath
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from png_checks import assert_readable_png
from reading import read

from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.errors import UserError
from napier.exact import evaluate
from napier.format import digits
from napier.i18n import LOCALES
from napier.parser import parse
from napier.reply import Reply

POW = COMMANDS["pow"]


def ask(line: str, locale: str = "en") -> Reply:
    command, args = parse_line(line)
    return command.reply(command.prepare(args), locale)


def field(reply: Reply, name: str) -> str:
    return next(f.value for f in reply.fields if f.name == name)


def exact_sides(step: str) -> list[Fraction]:
    """Every side of a step ``a = b = c (law …)``, evaluated by the parser as an oracle."""
    line = re.sub(r"\s*[((](law|公式).*$", "", step)
    sides = [s.strip() for s in line.split("=")]
    values = []
    for side in sides:
        value = evaluate(parse(side.replace("√", "sqrt"), functions=True))
        values.append(value)
    return values


@pytest.mark.parametrize("locale", LOCALES)
def test_two_cubed_is_written_out(locale: str) -> None:
    """``/pow 2 3`` shows 2 × 2 × 2 = 8 with a formula image."""
    reply = ask("/pow 2 3", locale)
    assert "2 × 2 × 2 = 8" in reply.full_text()
    assert reply.latex == r"2^3 = 2 \times 2 \times 2 = 8"
    assert len(reply.images) == 1
    assert_readable_png(reply.images[0].data)
    assert "2 × 2 × 2 = 8" in reply.images[0].alt_text


@settings(max_examples=80, deadline=None)
@given(st.integers(-40, 40).filter(lambda b: b not in (0,)), st.integers(-40, 40))
def test_small_integer_powers_equal_exact_arithmetic(base: int, n: int) -> None:
    """The value shown equals Python's exact Fraction power, and every step is an equality."""
    assume(len(str(abs(base) ** abs(n))) <= 60)  # longer values are shortened for reading
    reply = ask(f"/pow {base} {n}")
    expected = Fraction(base) ** n
    shown = field(reply, "Value")
    assert Fraction(shown) == expected
    for step in reply.steps:
        sides = exact_sides(step)
        assert all(side == sides[0] for side in sides), step
    if reply.steps:
        assert exact_sides(reply.steps[-1])[-1] == expected


@pytest.mark.parametrize(("base", "n"), [(2, 13), (3, 200), (7, 1000), (2, 33000)])
def test_large_exponents_use_repeated_squaring_with_the_laws(base: int, n: int) -> None:
    """Exponents above 10 are built by squaring (law 1.4) and combining (law 1.1)."""
    reply = ask(f"/pow {base} {n}")
    text = reply.full_text()
    assert "law 1.4" in text
    assert ("law 1.1" in text) == (bin(n).count("1") > 1)
    assert len(reply.steps) <= n.bit_length() + 1
    value = base**n
    if len(digits(value)) <= 60:
        assert field(reply, "Value") == str(value)
    else:
        files = [a for a in reply.attachments if not a.is_image]
        assert files[0].data.decode().strip() == digits(value)
        assert field(reply, "Digits") == f"{len(digits(value)):,}"


def test_squaring_steps_are_true_equalities() -> None:
    """Each squaring step of 2^13 is an exact equality."""
    reply = ask("/pow 2 13")
    for step in reply.steps:
        sides = exact_sides(step)
        assert all(side == sides[0] for side in sides), step
    assert exact_sides(reply.steps[-1])[-1] == 8192


@pytest.mark.parametrize("locale", LOCALES)
def test_negative_exponent_uses_law_1_2(locale: str) -> None:
    """``2^-3 = 1/2^3 = 1/8``, naming law 1.2 in the user's language."""
    reply = ask("/pow 2 -3", locale)
    assert "1/8" in reply.full_text()
    assert ("law 1.2" if locale == "en" else "公式 1.2") in reply.full_text()
    assert Fraction(field(reply, "Value" if locale == "en" else "値")) == Fraction(1, 8)


@pytest.mark.parametrize("locale", LOCALES)
def test_exponent_zero_explains_why_and_needs_a_nonzero_base(locale: str) -> None:
    """``5^0 = 1`` comes with the division argument (law 1.3) and the condition a ≠ 0."""
    reply = ask("/pow 5 0", locale)
    assert reply.title == "5^0 = 1"
    assert "1.3" in reply.text
    assert ("a ≠ 0" in reply.text) and "/pow 0 0" in reply.text


@pytest.mark.parametrize("locale", LOCALES)
def test_zero_to_the_zero_is_undefined_and_one_only_by_convention(locale: str) -> None:
    """``/pow 0 0`` leads with 0^0 being undefined in high-school mathematics, and names
    0^0 = 1 as a convention — never as the answer."""
    reply = ask("/pow 0 0", locale)
    first = reply.text.splitlines()[0]
    assert "0^0 = 1" not in reply.title and "0^0 = 1" not in first
    undefined, convention = {"en": ("undefined", "convention"), "ja": ("定義しません", "約束")}[
        locale
    ]
    assert undefined in reply.title and undefined in first
    assert convention in reply.text and "0^0 = 1" in reply.text
    value = field(reply, {"en": "Value", "ja": "値"}[locale])
    assert value != "1" and ("convention" in value or "慣習" in value)


@pytest.mark.parametrize("line", ["/pow 0 -1", "/pow 0 -1/2", "/pow 0^-1"])
def test_zero_to_a_negative_power_is_undefined(line: str) -> None:
    """``0^-1`` is a clear 'undefined' error in both languages, not a crash."""
    with pytest.raises(UserError) as caught:
        ask(line)
    for locale in LOCALES:
        assert caught.value.message(locale)
    assert "undefined" in caught.value.message("en")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/pow 8 2/3", Fraction(4)),
        ("/pow 32 -2/5", Fraction(1, 4)),
        ("/pow 1/4 1/2", Fraction(1, 2)),
    ],
)
def test_fractional_exponents_are_roots(line: str, expected: Fraction) -> None:
    """p/q exponents are the q-th root of a^p (law 1.4 when p ≠ 1), exact when rational."""
    reply = ask(line)
    assert Fraction(field(reply, "Value")) == expected
    assert ("law 1.4" in reply.full_text()) == (not line.endswith("1/2"))
    for step in reply.steps:
        sides = [read(side) for side in re.sub(r" \(law.*$", "", step).split(" = ")]
        assert all(side == sides[0] for side in sides), step


@pytest.mark.parametrize(
    ("line", "oracle"),
    [
        ("/pow 2 1/2", mpmath.sqrt(2)),
        ("/pow 2 pi", mpmath.power(2, mpmath.pi)),
        ("/pow e 3", mpmath.e**3),
        ("/pow 10 1/3", mpmath.cbrt(10)),
        ("/pow pi e", mpmath.pi**mpmath.e),
    ],
)
def test_irrational_results_show_15_significant_digits(line: str, oracle: mpmath.mpf) -> None:
    """Irrational values come in exact form with a decimal correct to 15 significant digits."""
    with mpmath.workdps(40):
        reply = ask(line)
        shown = field(reply, "Decimal (15 digits)")
        assert shown == mpmath.nstr(oracle, 15, strip_zeros=False)


def test_negative_base_odd_root_has_real_and_principal_values() -> None:
    """(-8)^(1/3): real value -2, principal value 1 + 1.732…i (mpmath), after the lesson on
    why high-school mathematics leaves it undefined."""
    reply = ask("/pow -8 1/3")
    assert field(reply, "Real value (real root)") == "-2"
    with mpmath.workdps(30):
        principal = mpmath.power(mpmath.mpc(-8), mpmath.mpf(1) / 3)
    shown = field(reply, "Principal value (complex)")
    real, imag = re.match(r"(\S+) \+ (\S+)i", shown).groups()
    assert abs(mpmath.mpf(real) - principal.real) < 1e-13
    assert abs(mpmath.mpf(imag) - principal.imag) < 1e-13
    text = reply.text
    assert text.index("a > 0") < text.index("principal") and "real value" in text


def test_negative_base_even_root_has_only_a_complex_value() -> None:
    """(-4)^(1/2) has no real value; the principal value is 2i."""
    reply = ask("/pow -4 1/2")
    assert not any(f.name.startswith("Real value") for f in reply.fields)
    assert field(reply, "Principal value (complex)") == "0 + 2i"


ROUTE = re.compile(r"`([^`]+)`")


def route_values(reply: Reply) -> list[str]:
    """The last side of each route line (``… = 2`` or ``…: … is not a real number``)."""
    lines = [line for line in reply.text.splitlines() if line.startswith("- ")]
    return [ROUTE.search(line).group(1) for line in lines]


@pytest.mark.parametrize("locale", LOCALES)
def test_negative_base_with_an_unreduced_fraction_shows_two_routes_disagreeing(
    locale: str,
) -> None:
    """/pow -8 2/6: reduce 2/6 = 1/3, then (-8)^(1/3) = ∛(-8) = -2 but ((-8)^2)^(1/6) = 2 —
    before any real or principal value is given."""
    reply = ask("/pow -8 2/6", locale)
    text = reply.text
    intro = {"en": "defined **only for a base a > 0**", "ja": "**底 a > 0 のときだけ**"}[locale]
    assert text.splitlines()[0].count(intro) == 1
    assert "2/6" in text.splitlines()[1] and "1/3" in text.splitlines()[1]
    first, second = route_values(reply)
    assert first == "(-8)^(1/3) = ³√(-8) = -2"
    assert second == "(-8)^(2/6) = ((-8)^2)^(1/6) = ⁶√64 = 2"
    for route in (first, second):  # each side of each route is the same real number
        sides = [side.replace("³√", "").replace("⁶√", "") for side in route.split(" = ")[1:]]
        assert sides[-1] in ("-2", "2")
    principal = {"en": "principal value", "ja": "主値"}[locale]
    assert text.index(second) < text.index(principal)
    assert ("law 1.4" if locale == "en" else "公式 1.4") in text


@pytest.mark.parametrize(
    ("line", "first", "second"),
    [
        ("/pow -8 2/3", "(-8)^(2/3) = (³√(-8))^2 = (-2)^2 = 4", "is not a real number"),
        ("/pow -4 1/2", "is not a real number", "(-4)^(2/4) = ((-4)^2)^(1/4) = ⁴√16 = 2"),
        ("/pow -27 -1/3", "(-27)^(-1/3) = ³√(-1/27) = -1/3", "= 1/3"),
    ],
)
def test_every_negative_base_fraction_gets_two_disagreeing_routes(
    line: str, first: str, second: str
) -> None:
    """Whatever the fraction, two ways through law 1.4 give different answers (or one leaves
    the real numbers), so a^(m/n) is left undefined for a < 0."""
    shown = route_values(ask(line))
    assert first in shown[0] and second in shown[1]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_minus_sign_before_a_power_negates_the_power(locale: str) -> None:
    """/pow -2^2 is −(2^2) = −4, set beside (−2)^2 = 4, with a button for (−2)^2."""
    reply = ask("/pow -2^2", locale)
    assert reply.title == "-2^2 = -4"
    assert "-2^2 = -(2^2) = -4" in reply.text
    assert "(-2)^2 = 4" in reply.text
    assert field(reply, {"en": "Value", "ja": "値"}[locale]) == "-4"
    assert field(reply, {"en": "Base", "ja": "底"}[locale]) == "2"
    other = next(a for a in reply.actions if a.command == "pow")
    assert dict(other.args) == {"base": "-2", "exponent": "2"}
    assert field(ask("/pow -2 2", locale), {"en": "Value", "ja": "値"}[locale]) == "4"


def test_a_minus_sign_before_an_odd_power() -> None:
    """/pow -2^3 = −8, and (−2)^3 = −8 too: both shown, both equal to exact arithmetic."""
    reply = ask("/pow -2^3")
    assert field(reply, "Value") == str(-(2**3))
    assert f"(-2)^3 = {(-2) ** 3}" in reply.text


def test_nine_to_the_nine_to_the_nine() -> None:
    """9^9^9: 369,693,100 digits, leading digits from a logarithm, last digits by modular power."""
    reply = ask("/pow 9 9^9")
    assert field(reply, "Digits") == "369,693,100"
    with localcontext() as context:
        context.prec = 60
        log = Decimal(9**9) * Decimal(9).log10()
        leading = str(int(Decimal(10) ** (log - int(log) + 14)))
    assert field(reply, "First 15 digits") == leading + "…"
    assert field(reply, "Last 10 digits") == "…" + str(pow(9, 9**9, 10**10)).zfill(10)


@pytest.mark.parametrize("line", ["/pow 9**9**9**9", "/pow 10^10^10^10", "/pow 2 -(9^9^9)"])
def test_astronomical_powers_are_described_in_words(line: str) -> None:
    """Towers whose digit count cannot be written get the size of the size, in both languages."""
    for locale in LOCALES:
        reply = ask(line, locale)
        assert not reply.error
        assert re.search(r"\d{1,3}(,\d{3})+", reply.text)
    assert "digits" in ask(line).text


def test_four_nines_digit_count_has_369693100_digits() -> None:
    """9^9^9^9: its number of digits itself has 369,693,100 digits."""
    assert "369,693,100 digits" in ask("/pow 9^9^9^9").text


FIELD_NAMES = {
    "en": ("Digits", "First 15 digits", "Last 10 digits"),
    "ja": ("桁数", "先頭の 15 桁", "末尾の 10 桁"),
}


@pytest.mark.parametrize("locale", LOCALES)
def test_two_to_the_two_to_the_64_has_its_exact_digit_count(locale: str) -> None:
    """/pow 2 2^64: 5,553,023,288,523,357,133 digits (⌊2^64·log10 2⌋ + 1, by the decimal
    module at 80 digits), its first and last digits, in both languages."""
    with localcontext() as context:
        context.prec = 80
        top = Decimal(2**64) * Decimal(2).log10()
        count = int(top) + 1
        leading = str(int(Decimal(10) ** (top - int(top) + 14)))
    assert count == 5_553_023_288_523_357_133
    reply = ask("/pow 2 2^64", locale)
    names = FIELD_NAMES[locale]
    assert field(reply, names[0]) == f"{count:,}"
    assert f"{count:,}" in reply.text
    assert field(reply, names[1]) == leading + "…"
    assert field(reply, names[2]) == "…" + str(pow(2, 2**64, 10**10)).zfill(10)
    assert r"10^{5{,}553{,}023{,}288{,}523{,}357{,}132}" in reply.latex


@pytest.mark.parametrize("k", [5, 17, 40, 100])
def test_ten_to_the_ten_to_the_k_has_ten_to_the_k_plus_one_digits(k: int) -> None:
    """/pow 10 10^k: exactly 10^k + 1 digits, 1 followed by zeros, ending in zeros."""
    for locale in LOCALES:
        reply = ask(f"/pow 10 10^{k}", locale)
        names = FIELD_NAMES[locale]
        assert field(reply, names[0]) == f"{10**k + 1:,}"
        assert field(reply, names[1]) == "1" + "0" * 14 + "…"
        assert field(reply, names[2]) == "…" + "0" * 10


def test_a_digit_count_too_long_to_print_is_sized_and_attached() -> None:
    """/pow 10 10^200: the count 10^200 + 1 has 201 digits; all of them are in a file."""
    reply = ask("/pow 10 10^200")
    assert "**201 digits**" in reply.text
    (count_file,) = [a for a in reply.attachments if a.filename == "pow-digit-count.txt"]
    assert count_file.data.decode().strip() == "1" + "0" * 199 + "1"
    assert "201" in field(ask("/pow 10 10^200", "ja"), "桁数")


@pytest.mark.parametrize("locale", LOCALES)
def test_a_five_level_tower_is_answered_like_the_power_it_equals(locale: str) -> None:
    """/pow 2^2^2^2^2 is 2^65536: the same 19,729 digits, first and last digits as
    /pow 2 65536 — the tower's height is no limit."""
    tower, power = ask("/pow 2^2^2^2^2", locale), ask("/pow 2 65536", locale)
    for name in FIELD_NAMES[locale]:
        assert field(tower, name) == field(power, name)
    assert field(tower, FIELD_NAMES[locale][0]) == "19,729"
    exact = digits(2**65536)
    assert field(tower, FIELD_NAMES[locale][1]) == exact[:15] + "…"


def test_a_six_level_tower_gets_the_size_of_its_size() -> None:
    """/pow 9 9^9^9^9^9: counting digits three times still leaves 369,693,100 digits."""
    reply = ask("/pow 9 9^9^9^9^9")
    assert "3 counts" in reply.text and "**369,693,100 digits**" in reply.text
    assert "369,693,100 桁" in ask("/pow 9 9^9^9^9^9", "ja").text


@pytest.mark.parametrize("n", [11_900, 50_000, 123_457])
def test_huge_integer_power_matches_exact_digits(n: int) -> None:
    """Past 10,000 digits the count, first 15 and last 10 digits equal the exact number's."""
    reply = ask(f"/pow 7 {n}")
    exact = digits(7**n)
    assert field(reply, "Digits") == f"{len(exact):,}"
    assert field(reply, "First 15 digits") == exact[:15] + "…"
    assert field(reply, "Last 10 digits") == "…" + exact[-10:]


def test_negative_base_huge_power_has_the_right_sign() -> None:
    """(-3)^(3^20) is negative: an odd exponent leaves one minus sign."""
    reply = ask("/pow -3 3^20")
    assert "−" in reply.text
    assert reply.latex.split(r"\approx")[1].strip().startswith("-")


def test_exponent_can_be_part_of_the_base_text() -> None:
    """``/pow 2^10`` splits at the top-level power."""
    assert field(ask("/pow 2^10"), "Value") == "1024"


def test_missing_exponent_is_explained() -> None:
    """``/pow 2`` asks for the exponent with an example."""
    with pytest.raises(UserError) as caught:
        ask("/pow 2")
    assert "/pow 2 3" in caught.value.message("en")


HOSTILE = [
    "__import__('os').system('id') 2",
    "9**9**9**9",
    "10^10^10^10",
    "9" * 5000,
    "1e1000000 2",
    "(" * 300 + "2" + ")" * 300,
    '"" 2',
    "\x00 2",
    "2\u202e 3",
    "0 -1",
    "(9^9^9) 2",
    "2 (9^9^9)^(1/2)",
    "2 9^9^9+1",
    "e 9^9^9^9",
    "1/2 9^9^9",
    "-1 9^9^9",
    "2 1/(9^9)",
    "(2^5000)^2 2",
    "2 x",
    "@everyone 2",
]


@pytest.mark.parametrize("args", HOSTILE)
def test_hostile_input_gets_a_reply_or_a_clear_error(args: str) -> None:
    """Injection, towers, huge literals, control characters: a reply or a UserError (their
    timing is in bench/hostile.py)."""
    try:
        reply = ask(f"/pow {args}")
        assert reply.text
    except UserError as error:
        for locale in LOCALES:
            message = error.message(locale)
            assert message and "{" not in message and "Traceback" not in message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet="0123456789^*/()-+.e πx²³ ", min_size=1, max_size=25),
    st.text(alphabet="0123456789^*/()-+.e πx ", min_size=1, max_size=25),
)
def test_any_input_gives_a_reply_or_a_user_error(base: str, exponent: str) -> None:
    """Arbitrary base and exponent text: a Reply or a UserError, never another exception."""
    try:
        request = POW.prepare({"base": base, "exponent": exponent})
        reply = POW.reply(request, "ja")
        assert isinstance(reply, Reply) and reply.title
    except UserError as error:
        assert error.message("ja") and error.message("en")


def test_every_pow_image_is_readable() -> None:
    """The formula image of each kind of answer is a readable PNG with alt text."""
    for line in ["/pow 2 13", "/pow -8 1/3", "/pow 9 9^9", "/pow 2 -3", "/pow 3 200"]:
        reply = ask(line, "ja")
        for image in reply.images:
            assert_readable_png(image.data)
            assert image.alt_text


# --- input as students type it ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("/pow 2 ^ 3", Fraction(8)),
        ("/pow 2 ^3", Fraction(8)),
        ("/pow 2^ 3", Fraction(8)),
        ("/pow (1/2) ^ 10", Fraction(1, 1024)),
        ('/pow "1 / 2" 10', Fraction(1, 1024)),
        ("/pow 3 -2", Fraction(1, 9)),
    ],
)
def test_spaces_inside_a_power_are_understood(line: str, value: Fraction) -> None:
    """A power typed with spaces (2 ^ 3) is one expression; two values (3 -2) stay two."""
    assert Fraction(field(ask(line), "Value")) == value


@pytest.mark.parametrize(
    ("line", "suggestion"),
    [
        ("/pow 2の3乗", "/pow 2 3"),
        ("/pow ２の１０乗", "/pow 2 10"),
        ("/pow 2 to the 3rd", "/pow 2 3"),
        ("/pow 2 to the power of 10", "/pow 2 10"),
        ("/pow 5 squared", "/pow 5 2"),
    ],
)
def test_a_power_said_in_words_gets_the_command(line: str, suggestion: str) -> None:
    """2の3乗 and "2 to the 3rd" get "did you mean `/pow 2 3`?" in both languages, and the
    suggested command works."""
    with pytest.raises(UserError) as caught:
        ask(line)
    assert caught.value.key == "pow.did_you_mean"
    assert f"Did you mean `{suggestion}`?" in caught.value.message("en")
    assert f"`{suggestion}` のことでしょうか" in caught.value.message("ja")
    assert ask(suggestion).title


@pytest.mark.parametrize("name", ["sin", "cos"])
def test_trigonometric_names_say_what_the_bot_covers(name: str) -> None:
    """/pow sin(1) 2: sin is trigonometric; Napier covers exponential and logarithmic
    functions."""
    with pytest.raises(UserError) as caught:
        ask(f"/pow {name}(1) 2")
    assert caught.value.key == "parse.trigonometric"
    assert f"`{name}`" in caught.value.message("ja")


def test_a_tower_as_tall_as_the_input_allows_is_answered_with_its_image() -> None:
    """/pow 2^2^…^2 with 50 levels: its size at the level where it can be stated, and a
    formula image that draws the tower with dots instead of fifty nested exponents."""
    reply = ask("/pow " + "^".join(["2"] * 50))
    assert not reply.error and "45 counts" in reply.text
    assert r"\cdot" in reply.latex
    assert_readable_png(reply.images[0].data)
