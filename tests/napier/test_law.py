"""Tests of ``/law``: every formula, step and number it shows, checked against sympy and mpmath."""

from __future__ import annotations

import itertools
import pickle
import re
import sys
from fractions import Fraction

import mpmath
import pytest
import sympy
from png_checks import assert_readable_png
from reading import read

from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.commands import law as command
from napier.errors import UserError
from napier.i18n import CATALOGUE, t
from napier.lessons import law as lesson
from napier.reply import Attachment, Reply

LOCALES = ("ja", "en")
LAW = COMMANDS["law"]
CODE = re.compile(r"`([^`]*)`")
SYMBOL_A, SYMBOL_X, SYMBOL_Y = sympy.symbols("a x y")


def run(line: str, locale: str = "en") -> Reply:
    """The reply to a typed command line, as the console would produce it."""
    found, args = parse_line(line)
    assert found is LAW
    return LAW.reply(LAW.prepare(args), locale)


def shown_value(text: str) -> sympy.Expr:
    """The exact value of a form the reply shows (``(2^3)^2``, ``2 log 2``, ``√2``), read by
    sympy's own parser (an oracle independent of the bot's printer and parser)."""
    return read(text)


def same(left: sympy.Expr, right: sympy.Expr) -> bool:
    """Equal to 50 significant digits (the oracle's comparison for irrational values)."""
    if left == right:
        return True
    scale = max(mpmath.mpf(1), abs(mpmath.mpf(sympy.N(left, 70))))
    return abs(sympy.N(left - right, 70)) <= scale * sympy.Float(10) ** -50


def oracle(law: str, a: sympy.Expr, x: sympy.Expr, y: sympy.Expr) -> tuple[sympy.Expr, sympy.Expr]:
    """Both sides of a law, built by sympy from the textbook statement."""
    statement = {
        "1.1": (SYMBOL_A**SYMBOL_X * SYMBOL_A**SYMBOL_Y, SYMBOL_A ** (SYMBOL_X + SYMBOL_Y)),
        "1.2": (1 / SYMBOL_A**SYMBOL_X, SYMBOL_A ** (-SYMBOL_X)),
        "1.3": (SYMBOL_A**SYMBOL_Y / SYMBOL_A**SYMBOL_X, SYMBOL_A ** (SYMBOL_Y - SYMBOL_X)),
        "1.4": ((SYMBOL_A**SYMBOL_X) ** SYMBOL_Y, SYMBOL_A ** (SYMBOL_X * SYMBOL_Y)),
    }[law]
    values = {SYMBOL_A: a, SYMBOL_X: x, SYMBOL_Y: y}
    return tuple(side.subs(values) for side in statement)  # type: ignore[return-value]


def chains(reply: Reply) -> list[list[str]]:
    """The ``=`` chains of the worked example's left and right sides."""
    found = []
    for step in reply.steps[:2]:
        (chain,) = CODE.findall(step)
        found.append([form.strip() for form in chain.split(" = ")])
    return found


# --- ids and parsing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("1.4", "1.4"),
        ("１．４", "1.4"),
        ("(1.4)", "1.4"),
        ("（１．４）", "1.4"),
        (" 1.1 ", "1.1"),
        ("(1.6)", "1.6"),
    ],
)
def test_law_ids_accept_the_article_forms(given: str, expected: str) -> None:
    """1.4, full-width １．４ and (1.4) all name law 1.4."""
    assert command.law_id(given) == expected


@pytest.mark.parametrize("given", ["1.7", "14", "1.4.1", "abc", "1", "2.1", "(1.4", "1,4", "0x1"])
def test_unknown_law_ids_list_the_six_laws(given: str) -> None:
    """Anything else is refused with a message listing every law, in both languages."""
    with pytest.raises(UserError) as caught:
        LAW.prepare({"id": given})
    for locale in LOCALES:
        message = caught.value.message(locale)
        for law in command.LAWS:
            assert f"({law})" in message
        assert "/law 1.4" in message


def test_requests_are_hashable_and_picklable() -> None:
    """Parsed requests can be cached and sent to a worker process."""
    request = LAW.prepare({"id": "1.4", "a": "2", "x": "1/2", "y": "e"})
    assert pickle.loads(pickle.dumps(request)) == request
    assert hash(request) == hash(LAW.prepare({"id": "(1.4)", "a": "2", "x": "1/2", "y": "e"}))


def test_command_metadata_fits_discord() -> None:
    """Names, descriptions (1–100 characters) and choices fit the platform limits."""
    assert re.fullmatch(r"[-_a-z0-9]{1,32}", LAW.name)
    for key in [LAW.description, *(option.description for option in LAW.options)]:
        for locale in LOCALES:
            assert 1 <= len(t(key, locale)) <= 100
    assert LAW.options[0].choices == command.LAWS
    assert all(re.fullmatch(r"[-_a-z0-9]{1,32}", option.name) for option in LAW.options)


def test_every_law_message_is_bilingual() -> None:
    """Each /law message has a non-empty Japanese and English text."""
    keys = [key for key in CATALOGUE if key.startswith("law.")]
    assert len(keys) > 40
    for key in keys:
        assert CATALOGUE[key]["ja"] and CATALOGUE[key]["en"]
        assert CATALOGUE[key]["ja"] != CATALOGUE[key]["en"] or key.startswith("law.action.")


# --- the worked examples, against sympy ---------------------------------------------------


def test_issue_example_power_of_a_power() -> None:
    """/law 1.4 a:2 x:3 y:2 shows (2^3)^2 = 8^2 = 64 = 2^6, every form equal to 2**6."""
    reply = run("/law 1.4 a:2 x:3 y:2")
    left, right = chains(reply)
    assert left == ["(2^3)^2", "8^2", "64"]
    assert right == ["2^(3·2)", "2^6", "64"]
    assert all(shown_value(form) == 2**6 for form in left + right)
    assert "✓" in reply.steps[2]


VALUES = ["2", "1/2", "e", "sqrt(2)", "-2", "-1/3", "0"]
EXPONENTS = ["3", "-1", "1/2", "-2/3", "0", "pi"]


@pytest.mark.parametrize("law", ["1.1", "1.2", "1.3", "1.4"])
def test_laws_on_a_grid_agree_with_sympy(law: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a grid of a, x, y every shown form equals sympy's value of its side, or the law is
    explained as not applicable exactly when the values break its conditions."""
    # The math is under test here; the formula card is checked as a PNG elsewhere.
    monkeypatch.setattr(
        lesson.render, "formula", lambda lines, name, alt: Attachment(name, b"", alt)
    )
    uses_y = "y" in command.USES[law]
    checked = explained = 0
    for a_text, x_text, y_text in itertools.product(VALUES, EXPONENTS, EXPONENTS[:4]):
        if not uses_y and y_text != EXPONENTS[0]:
            continue
        line = f"/law {law} a:{a_text} x:{x_text}" + (f" y:{y_text}" if uses_y else "")
        reply = run(line)
        a, x = shown_value(a_text), shown_value(x_text)
        y = shown_value(y_text) if uses_y else sympy.Integer(0)
        exponents = [x, y] if uses_y else [x]
        broken = (
            (a.is_negative and not all(e.is_integer for e in exponents))
            or (a.is_zero and law in ("1.2", "1.3"))
            or (a.is_zero and not all(e.is_positive for e in exponents))
        )
        if broken:
            assert "⚠" in reply.text and not reply.steps, line
            explained += 1
            continue
        assert "⚠" not in reply.text, line
        left_side, right_side = oracle(law, a, x, y)
        assert same(left_side, right_side), line  # the law itself, by sympy
        left, right = chains(reply)
        for form in left:
            assert same(shown_value(form), left_side), (line, form)
        for form in right:
            assert same(shown_value(form), right_side), (line, form)
        assert "✓" in reply.steps[2]
        checked += 1
    assert checked >= 20 and explained >= 5


def test_irrational_sides_are_shown_equal_to_45_digits() -> None:
    """When sympy's canonical forms differ, the two sides are still checked numerically."""
    reply = run("/law 1.1 a:2+sqrt(3) x:1/2 y:-1/3")
    left, right = chains(reply)
    value = (2 + sympy.sqrt(3)) ** sympy.Rational(1, 6)
    assert same(shown_value(left[-1]), value) and same(shown_value(right[-1]), value)


def test_huge_worked_examples_show_their_first_and_last_digits_and_count() -> None:
    """2^15000 is shown as its true first and last 20 digits, with its number of digits."""
    reply = run("/law 1.4 a:2 x:5000 y:3")
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        digits = str(2**15000)
    finally:
        sys.set_int_max_str_digits(limit)
    assert f"{digits[:20]}…{digits[-20:]}" in reply.steps[1]
    assert f"({len(digits):,} digits)" in reply.steps[2].replace("a number of ", "")
    assert_readable_png(reply.images[0].data)


def test_exponent_pattern_of_law_1_2_is_right() -> None:
    """The pattern 2^3, 2^2, … 2^-2 in the explanation of (1.2) divides by 2 each step."""
    reply = run("/law 1.2", "ja")
    pairs = re.findall(r"2\^\(?(-?\d)\)? = (\d+(?:/\d+)?)", reply.text)
    assert [int(n) for n, _ in pairs] == [3, 2, 1, 0, -1, -2]
    for n, shown in pairs:
        assert Fraction(shown) == Fraction(2) ** int(n)


def test_the_negative_base_trap_is_true() -> None:
    """((-2)^2)^(1/2) = 4^(1/2) = 2 but (-2)^(2·1/2) = -2, as the explanation says."""
    reply = run("/law 1.4 a:-2 x:2 y:1/2")
    for chain, value in (("((-2)^2)^(1/2) = 4^(1/2) = 2", 2), ("(-2)^(2·1/2) = (-2)^1 = -2", -2)):
        assert chain in reply.text
        assert [shown_value(form) for form in chain.split(" = ")] == [value] * 3


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("/law 1.1 a:-8 x:1/3 y:1/3", "law.obstacle.negative_base"),
        ("/law 1.1 a:0 x:0 y:2", "law.obstacle.zero_power"),
        ("/law 1.4 a:0 x:-1 y:2", "law.obstacle.zero_power"),
        ("/law 1.2 a:0", "law.obstacle.zero_division"),
        ("/law 1.3 a:0 x:1 y:2", "law.obstacle.zero_division"),
        ("/law 1.5 a:1", "law.obstacle.derivative_one"),
        ("/law 1.5 a:-2", "law.obstacle.derivative_base"),
        ("/law 1.5 a:0", "law.obstacle.derivative_base"),
    ],
)
def test_values_outside_the_conditions_get_an_explanation(line: str, key: str) -> None:
    """Values that break a law's conditions are explained, never shown as a false equality."""
    for locale in LOCALES:
        reply = run(line, locale)
        assert not reply.error and not reply.steps
        assert "✓" not in reply.full_text()
        found = command.LAWS[command.LAWS.index(line.split()[1])]
        assert t(key, locale, law=found, a=line.split("a:")[1].split()[0]) in reply.text
        assert len(reply.images) == 1
        assert_readable_png(reply.images[0].data)


# --- derivatives (1.5, 1.6) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a_text", "x_text"),
    [("2", "1"), ("3", "2"), ("1/2", "-1"), ("10", "1/2"), ("e", "pi"), ("sqrt(2)", "0")],
)
def test_derivative_values_agree_with_sympy_and_mpmath(a_text: str, x_text: str) -> None:
    """(1.5): the slope shown at x equals sympy's derivative of a^x there, and every decimal
    (the value, the average rates of change) matches mpmath."""
    reply = run(f"/law 1.5 a:{a_text} x:{x_text}")
    a, x = shown_value(a_text), shown_value(x_text)
    exact = sympy.diff(SYMBOL_A**SYMBOL_X, SYMBOL_X).subs({SYMBOL_A: a, SYMBOL_X: x})
    result = CODE.findall(reply.fields[-1].value)[0]
    value_text, approx_text = result.split(" ≈ ")
    assert same(shown_value(value_text), exact)
    with mpmath.workdps(40):
        true = mpmath.mpf(sympy.N(exact, 50))
        assert abs(mpmath.mpf(approx_text) - true) <= abs(true) * 1e-9 + 1e-12
    header = next(i for i, step in enumerate(reply.steps) if step.startswith("**Worked example**"))
    chain = CODE.findall(reply.steps[header + 1])[0]
    forms = [form.split(" ≈ ")[0] for form in chain.split(" = ")]
    for form in forms:
        assert same(shown_value(form), exact), form
    quotients = re.findall(r"h = ([\d.]+): (-?[\d.]+)", reply.steps[header + 2])
    assert [h for h, _ in quotients] == ["0.1", "0.001", "0.00001"]
    with mpmath.workdps(40):
        base, point = mpmath.mpf(sympy.N(a, 50)), mpmath.mpf(sympy.N(x, 50))
        for h_text, shown in quotients:
            h = mpmath.mpf(Fraction(h_text).numerator) / Fraction(h_text).denominator
            quotient = (base ** (point + h) - base**point) / h
            assert abs(mpmath.mpf(shown) - quotient) <= abs(quotient) * 1e-7
    assert len(reply.images) == 2
    assert_readable_png(reply.images[1].data, min_colours=10)


def test_e_to_the_x_is_its_own_derivative() -> None:
    """(1.6): the slope shown at x equals sympy's derivative of e^x there, and the plot is
    attached."""
    for x_text in ("1", "-2", "1/2"):
        reply = run(f"/law 1.6 x:{x_text}", "ja")
        x = sympy.Rational(x_text)
        slope = sympy.diff(sympy.exp(SYMBOL_X), SYMBOL_X).subs(SYMBOL_X, x)
        header = next(i for i, step in enumerate(reply.steps) if step.startswith("**計算例**"))
        chain = CODE.findall(reply.steps[header + 1])[0]
        for form in chain.split(" = "):
            assert same(shown_value(form.split(" ≈ ")[0]), slope)
        approx_text = chain.split(" ≈ ")[1]
        with mpmath.workdps(30):
            assert abs(mpmath.mpf(approx_text) - mpmath.e ** mpmath.mpf(sympy.N(x, 30))) < 1e-8
        plot = reply.images[1]
        assert_readable_png(plot.data, min_colours=10)
        assert re.search(r"[\u3040-\u30ff]", plot.alt_text)


def test_law_1_6_accepts_only_base_e() -> None:
    """a:e is accepted for (1.6); any other base points to (1.5) in both languages."""
    LAW.prepare({"id": "1.6", "a": "e"})
    with pytest.raises(UserError) as caught:
        LAW.prepare({"id": "1.6", "a": "3"})
    for locale in LOCALES:
        assert "/law 1.5" in caught.value.message(locale)


def test_extreme_slopes_are_refused() -> None:
    """Bases and points whose slopes would overflow the plot get a clear error."""
    for line in ("/law 1.5 a:10^9", "/law 1.5 a:2 x:1000", "/law 1.6 x:300"):
        _found, args = parse_line(line)
        with pytest.raises(UserError) as caught:
            LAW.reply(LAW.prepare(args), "en")
        assert caught.value.key == "law.derivative_range"


# --- images, actions, overview ------------------------------------------------------------


def test_every_law_has_a_formula_image_and_navigation() -> None:
    """Each law renders its formula card; ◀/▶ actions point to the neighbouring laws."""
    for index, law in enumerate(command.LAWS):
        for locale in LOCALES:
            reply = run(f"/law {law}", locale)
            assert reply.title and reply.latex == lesson.STATEMENTS_LATEX[law]
            assert_readable_png(reply.images[0].data)
            targets = [dict(action.args).get("id") for action in reply.actions]
            expected = [
                *(command.LAWS[index - 1 : index] if index else []),
                *command.LAWS[index + 1 : index + 2],
                None,
            ]
            assert targets == expected
            assert all(action.command == "law" for action in reply.actions)
            if locale == "ja":
                assert re.search(r"[\u3040-\u30ff]", reply.text)
                assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", reply.images[0].alt_text)


def test_overview_shows_all_six_laws_on_one_image() -> None:
    """/law with no id: one image with six lines, and a button for each law."""
    for locale in LOCALES:
        reply = run("/law", locale)
        assert len(reply.images) == 1
        _width, height = assert_readable_png(reply.images[0].data).size
        assert height > 200
        assert [dict(action.args)["id"] for action in reply.actions] == list(command.LAWS)
        for law in command.LAWS:
            assert f"({law})" in reply.text and f"({law})" in reply.images[0].alt_text


# --- hostile input ------------------------------------------------------------------------

HOSTILE = [
    "9^9^9^9",
    "(" * 30 + "1" + ")" * 30,
    "1/0",
    "sqrt(-1)",
    "x",
    "__import__('os')",
    "1e5",
    "2\u202e3",
    "2^100000",
    "(-8)^(1/3)",
    "ln(0)",
    "10^10000",
    "1" * 200,
    "",
    "   ",
    "2^^3",
    "e^(e^(e^e))",
    "ln(-1)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_values_give_user_errors(text: str) -> None:
    """Hostile a, x or y give a UserError with a message in both languages, or a valid reply."""
    for option in ("a", "x", "y"):
        try:
            request = LAW.prepare({"id": "1.4", option: text})
            reply = LAW.reply(request, "en")
        except UserError as error:
            for locale in LOCALES:
                assert error.message(locale)
            assert error.message("ja") != error.message("en")
        else:
            assert isinstance(reply, Reply) and reply.images


def test_options_not_used_by_a_law_are_refused() -> None:
    """y for (1.2), or a, x, y without a law number, are refused with an example."""
    for args in ({"id": "1.2", "y": "3"}, {"a": "2"}, {"id": "1.6", "y": "1"}):
        with pytest.raises(UserError) as caught:
            LAW.prepare(args)
        for locale in LOCALES:
            assert "`/law" in caught.value.message(locale)


def test_too_large_values_are_refused_clearly() -> None:
    """A worked example past 10,000 digits gets its own message with an example."""
    _found, args = parse_line("/law 1.4 a:10 x:5000 y:3")
    with pytest.raises(UserError) as caught:
        LAW.reply(LAW.prepare(args), "ja")
    assert caught.value.key == "law.too_large"
    assert "/law 1.4 a:2 x:3 y:2" in caught.value.message("ja")


@pytest.mark.parametrize(
    ("left", "right", "agreement"),
    [
        (sympy.sqrt(8), 2 * sympy.sqrt(2), "exact"),
        (sympy.sqrt(2 + sympy.sqrt(3)), (sympy.sqrt(6) + sympy.sqrt(2)) / 2, "numeric"),
        (sympy.Integer(2), sympy.Integer(3), "different"),
        # agrees with √2 to 38 digits, and is still a different number
        (
            sympy.sqrt(2),
            sympy.Rational(141421356237309504880168872420969807857, 10**38),
            "different",
        ),
    ],
)
def test_the_equality_check_tells_equal_sides_from_different_ones(
    left: sympy.Expr, right: sympy.Expr, agreement: str
) -> None:
    """Exactly equal, equal to 45 digits (unprovable by expansion), or different."""
    assert lesson.equal(left, right) == agreement


@pytest.mark.parametrize("locale", ["ja", "en"])
def test_a_worked_example_whose_sides_differ_says_so(
    locale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a fault planted in the arithmetic (2^5 computed as 33), /law 1.1 a:2 x:3 y:2 does
    not claim the sides agree: it says they differ."""
    exact_pw = lesson.pw

    def faulty(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
        value = exact_pw(base, exponent)
        return value + 1 if exponent == 5 else value

    monkeypatch.setattr(lesson, "pw", faulty)
    reply = run("/law 1.1 a:2 x:3 y:2", locale)
    steps = "\n".join(reply.steps)
    assert t("law.step.different", locale) in steps
    assert "✓" not in steps
