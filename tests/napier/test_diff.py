"""``/diff``: a^x through laws 1.5/1.6, expressions in x, the numeric table, tangents and plots."""

from __future__ import annotations

import pickle
import re

import mpmath
import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st
from png_checks import assert_readable_png
from reading import read
from sympy_oracle import X, expression, of_tree

from napier import calculus
from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.commands.diff import BASE, BASE_NONPOSITIVE, BASE_ONE, COMMAND, EXPRESSION
from napier.errors import UserError
from napier.i18n import both
from napier.parser import parse as parse_tree
from napier.reply import Reply

BASES = {"2": sympy.Integer(2), "e": sympy.E, "1/2": sympy.Rational(1, 2), "10": sympy.Integer(10)}


def run(line: str, locale: str = "en") -> Reply:
    command, args = parse_line(line)
    return command.reply(command.prepare(args), locale)


def request(line: str):
    command, args = parse_line(line)
    return command.prepare(args)


def field(reply: Reply, prefix: str) -> float:
    matches = [f.value for f in reply.fields if f.name.startswith(prefix)]
    assert matches, [f.name for f in reply.fields]
    return float(matches[0])


def test_the_command_is_registered_with_valid_metadata() -> None:
    """/diff is in the registry; names fit Discord and descriptions are 1–100 chars in ja and en."""
    assert COMMANDS["diff"] is COMMAND
    for key in (COMMAND.description, *(o.description for o in COMMAND.options)):
        for text in both(key).values():
            assert 1 <= len(text) <= 100, text
    for option in COMMAND.options:
        assert re.fullmatch(r"[-_a-z0-9]{1,32}", option.name)
    assert [o.name for o in COMMAND.options] == ["f", "at"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("/diff 2", BASE),
        ("/diff e", BASE),
        ("/diff 1/2", BASE),
        ("/diff 0.5", BASE),
        ("/diff pi", BASE),
        ("/diff 1", BASE_ONE),
        ("/diff 2/2", BASE_ONE),
        ("/diff 0", BASE_NONPOSITIVE),
        ("/diff -3", BASE_NONPOSITIVE),
        ("/diff x^x", EXPRESSION),
        ("/diff 3x", EXPRESSION),
    ],
)
def test_a_constant_is_a_base_and_an_expression_in_x_is_a_function(line: str, kind: str) -> None:
    """Constants mean a^x (a = 1 and a ≤ 0 classified apart); anything with x is f(x)."""
    parsed = request(line)
    assert parsed.kind == kind
    assert hash(parsed) == hash(pickle.loads(pickle.dumps(parsed)))


@pytest.mark.parametrize("a", list(BASES))
@pytest.mark.parametrize("locale", ["ja", "en"])
def test_base_reply_derives_law_1_5_and_checks_it_with_numbers(a: str, locale: str) -> None:
    """(a^x)' = a^x log a; the table (a^h − 1)/h matches mpmath at 80 digits; log a is shown."""
    reply = run(f"/diff {a}", locale)
    assert not reply.error
    base = BASES[a]
    with mpmath.workdps(80):
        exact_log = mpmath.log(mpmath.mpf(sympy.N(base, 90).__str__()))
        rows = re.findall(r"h = ([0-9.]+)[^=]*= ([-0-9.]+)`", reply.text)
        assert [h for h, _ in rows] == ["0.1", "0.01", "0.001", "0.0001", "0.00001", "0.000001"]
        for h, shown in rows:
            step = mpmath.mpf(h)
            oracle = (mpmath.power(mpmath.mpf(sympy.N(base, 90).__str__()), step) - 1) / step
            assert abs(mpmath.mpf(shown) - oracle) <= mpmath.mpf(10) ** -9 * abs(oracle)
        assert abs(mpmath.mpf(field(reply, "log")) - exact_log) <= 1e-9 * abs(exact_log)
        errors = [abs(mpmath.mpf(v) - exact_log) for _, v in rows]
        assert errors == sorted(errors, reverse=True)  # converging to log a
    assert ("1.5" if a != "e" else "1.6") in reply.text
    assert len(reply.images) == 2
    for image in reply.images:
        assert_readable_png(image.data)
        assert image.alt_text


def test_base_steps_name_their_rules_in_both_languages() -> None:
    """The a^x steps: rewrite with e (law 1.4), chain rule with law 1.6, constant multiple,
    back to a^x — ending at a^x log a."""
    ja, en = run("/diff 2", "ja"), run("/diff 2", "en")
    assert len(ja.steps) == len(en.steps) == 4
    assert "chain rule" in en.steps[1].lower() and "合成関数" in ja.steps[1]
    assert "law 1.4" in en.steps[0] and "公式 1.4" in ja.steps[0]
    assert "`2^x = e^(x log 2)`" in en.steps[0]
    assert en.steps[-1].endswith("`(2^x)' = 2^x log 2`")


def test_base_e_is_its_own_derivative() -> None:
    """/diff e says (e^x)' = e^x, law 1.6, with the tangent y = x + 1 at 0."""
    reply = run("/diff e")
    assert "`f'(x) = e^x`" in reply.text and "1.6" in reply.text
    assert reply.latex.endswith("= e^{x}")
    assert "`y = x + 1`" in reply.text


def test_other_bases_are_offered_as_actions() -> None:
    """a^x replies offer the other bases (and the law) as buttons that parse as commands."""
    reply = run("/diff 2")
    bases = [dict(a.args)["f"] for a in reply.actions if a.command == "diff"]
    assert bases == ["e", "10", "1/2"]
    for action in reply.actions:
        if action.command == "diff":
            COMMANDS["diff"].prepare(dict(action.args))
    assert any(a.command == "law" and dict(a.args) == {"id": "1.5"} for a in reply.actions)


@pytest.mark.parametrize(("a", "key"), [("1", "a ≠ 1"), ("-2", "a > 0"), ("0", "a > 0")])
def test_bases_outside_the_condition_get_an_explanation(a: str, key: str) -> None:
    """a = 1 and a ≤ 0 are explained (a > 0, a ≠ 1) instead of given a formula."""
    for locale in ("ja", "en"):
        reply = run(f"/diff {a}", locale)
        assert not reply.error
        assert key in reply.text
        assert "log a" in reply.latex or "\\log a" in reply.latex
        assert_readable_png(reply.images[0].data)
        assert reply.actions


@pytest.mark.parametrize(
    ("source", "at"),
    [
        ("x^x", "1"),
        ("x*e^x", "0"),
        ("2^(3x+1)", "1/2"),
        ("3*2^x", "-1"),
        ("e^(x^2)", "1"),
        ("ln(x)", "2"),
        ("sqrt(x^2+1)", "-2"),
        ("x^x", "pi/4"),
    ],
)
def test_expression_reply_matches_sympy_at_the_tangent_point(source: str, at: str) -> None:
    """The result equals sympy's diff; f(x0) and f'(x0) in the reply match sympy's values."""
    reply = run(f"/diff {source} at:{at}")
    function = expression(source)  # sympy's own reading of the test's formula
    oracle = sympy.diff(function, X)
    result = re.search(r"`f'\(x\) = ([^`]+)`", reply.text).group(1)
    assert sympy.simplify(read(result) - oracle) == 0
    x0 = expression(at)
    value = float(sympy.N(function.subs(X, x0), 30))
    slope = float(sympy.N(oracle.subs(X, x0), 30))
    assert field(reply, "f(") == pytest.approx(value, rel=1e-9, abs=1e-12)
    assert field(reply, "slope") == pytest.approx(slope, rel=1e-9, abs=1e-12)
    expected = value + slope * (X - x0)
    lines = re.findall(r"`y = ([^`]+)`", reply.text)
    assert lines  # the exact line, then its decimals (or only decimals when too long)
    for line in lines:
        tangent = read(line)
        for point in (-1, 0, 2):
            assert float(tangent.subs(X, point)) == pytest.approx(
                float(sympy.N(expected.subs(X, point))), rel=1e-8, abs=1e-8
            )
    for image in reply.images:
        assert_readable_png(image.data)


def test_steps_name_their_rule_and_end_at_sympys_derivative() -> None:
    """Each shown step names its rule in bold and gives f'(x); the last reads back to sympy's diff.

    That every step equals the previous one is checked on the trees in test_calculus.
    """
    reply = run("/diff x*e^x")
    for step in reply.steps:
        assert step.startswith("**") and "`f'(x) = " in step
    assert "product rule" in reply.steps[0].lower()
    final = re.search(r"`f'\(x\) = ([^`]+)`", reply.steps[-1]).group(1)
    assert final == "(x + 1)e^x"
    oracle = sympy.diff(X * sympy.exp(X), X)
    assert sympy.simplify(read(final) - oracle) == 0


def test_x_to_the_x_moves_the_default_tangent_to_a_defined_point() -> None:
    """x^x is undefined at 0: the default tangent moves to x = 1 (slope 1) and says so."""
    for locale in ("ja", "en"):
        reply = run("/diff x^x", locale)
        assert not reply.error
        assert field(reply, "f(1)") == 1
        assert "x = 1" in reply.text
    en = run("/diff x^x", "en")
    assert "logarithmic differentiation" in en.text.lower()
    assert "1.5" not in "".join(a.args[0][1] for a in en.actions)


def test_plot_alt_text_is_in_the_request_language() -> None:
    """The plot's alt text describes f, f' and the tangent in Japanese or English."""
    ja = run("/diff 2", "ja").images[-1].alt_text
    en = run("/diff 2", "en").images[-1].alt_text
    assert "接線" in ja and "tangent" in en and "0.6931" in en


def test_plot_shows_only_the_domain() -> None:
    """For sqrt(x) the plot has data only for x ≥ 0 (NaN is not drawn), and still renders."""
    reply = run("/diff sqrt(x) at:1")
    image = assert_readable_png(reply.images[-1].data)
    assert image.width <= 1000


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("/diff y^2", "diff.unknown_name"),
        ("/diff sin(x)", "parse.trigonometric"),
        ("/diff x*(-2)^x", "diff.bad_base_inside"),
        ("/diff x^x at:0", "diff.undefined_at"),
        ("/diff x^x at:-1", "diff.no_slope_at"),
        ("/diff sqrt(x) at:0", "diff.no_slope_at"),
        ("/diff ln(x) at:-2", "diff.undefined_at"),
        ("/diff x at:1000", "diff.at_range"),
        ("/diff x at:y", "diff.at_range"),
        ("/diff 10^1000", "diff.base_range"),
        ("/diff e^(e^x) at:20", "diff.too_large_at"),
        ("/diff 9^9^9^9", "diff.too_large"),
        ("/diff sqrt(-2)", "diff.not_real"),
        ("/diff x^", "parse.incomplete"),
        ("/diff ((((((((((((((((((((((x))))))))))))))))))))))", "parse.nesting"),
        ("/diff " + "x+" * 60 + "x", "parse.too_long"),
    ],
)
def test_bad_inputs_get_a_clear_error_with_an_example(line: str, key: str) -> None:
    """Rejected inputs raise a UserError whose message, in ja and en, shows a valid example."""
    with pytest.raises(UserError) as caught:
        request(line)
    assert caught.value.key == key
    ja, en = caught.value.message("ja"), caught.value.message("en")
    assert "例" in ja and "example" in en.lower()


def test_the_point_cannot_contain_x() -> None:
    """``at:x`` is refused: the point is a number, and the message shows one."""
    with pytest.raises(UserError) as caught:
        request("/diff x^2 at:x")
    assert caught.value.key in ("diff.at_range", "parse.no_variable", "parse.unknown_name")
    assert "例" in caught.value.message("ja") and "example" in caught.value.message("en")


def test_a_huge_derivative_is_refused() -> None:
    """A product of many factors whose derivative swells past the limit is a UserError."""
    line = "/diff " + "".join(f"(x+{k})" for k in range(1, 18))
    with pytest.raises(UserError) as caught:
        request(line)
    assert caught.value.key == "diff.too_complex"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=12)))
def test_arbitrary_text_is_parsed_or_refused(f: str, at: str | None) -> None:
    """Any text for f and at gives a request or a UserError (both languages)."""
    args = {"f": f} if at is None else {"f": f, "at": at}
    try:
        COMMAND.prepare(args)
    except UserError as error:
        assert error.message("ja") and error.message("en")


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.sampled_from(["x", "2", "e", "+", "-", "*", "/", "^", "(", ")", "ln(", "sqrt(", "x^x"]),
        min_size=1,
        max_size=12,
    )
)
def test_random_formulas_answer_or_refuse(pieces: list[str]) -> None:
    """Formula-like input either answers with images or is refused; never another exception."""
    source = "".join(pieces)
    try:
        parsed = COMMAND.prepare({"f": source})
    except UserError:
        return
    reply = COMMAND.reply(parsed, "en")
    assert reply.title and reply.text
    for image in reply.images:
        assert image.data.startswith(b"\x89PNG")


# --- input as students type it ---------------------------------------------------------------


@pytest.mark.parametrize("locale", ["ja", "en"])
def test_e_to_the_2x_is_read_as_e_to_the_power_2x_and_says_so(locale: str) -> None:
    """/diff e^2x differentiates e^(2x) (sympy: 2e^(2x)), and its first line says how
    e^2x was read and what to write for e^2·x."""
    reply = run("/diff e^2x", locale)
    first = reply.text.splitlines()[0]
    assert "`e^2x`" in first and "`e^(2x)`" in first and "`e^2*x`" in first
    function = of_tree(request("/diff e^2x").function)
    assert sympy.simplify(function - sympy.exp(2 * X)) == 0
    shown = re.search(r"f'\(x\) = ([^`]+)`", reply.text).group(1)
    derivative = calculus.to_sympy(parse_tree(shown, variable=True, functions=True))
    assert sympy.simplify(derivative - 2 * sympy.exp(2 * X)) == 0
    assert "e^(2x)" in reply.title


def test_every_command_reads_implicit_exponents_the_same_way() -> None:
    """2^3x in /diff is 2^(3x); 2^3pi in /pow is 2^(3π): one rule, said each time."""
    function = of_tree(request("/diff 2^3x").function)
    assert sympy.simplify(function - 2 ** (3 * X)) == 0
    pow_reply = run("/pow 2^3pi")
    assert pow_reply.text.startswith("I read `2^3pi` as `2^(3pi)`")
    with mpmath.workdps(30):
        expected = mpmath.nstr(mpmath.power(2, 3 * mpmath.pi), 15, strip_zeros=False)
    decimal = next(f.value for f in pow_reply.fields if f.name.startswith("Decimal"))
    assert decimal == expected


def test_a_space_after_a_numeric_exponent_is_a_product_and_is_said() -> None:
    """/diff e^2 x is e^2·x (derivative e^2), with a line saying how to write e^(2x)."""
    reply = run("/diff e^2 x")
    assert reply.text.startswith("I read `e^2 x` as `e^2·x`")
    assert "`e^(2x)`" in reply.text.splitlines()[0]
    function = of_tree(request("/diff e^2 x").function)
    assert sympy.simplify(function - sympy.exp(2) * X) == 0


@pytest.mark.parametrize(
    ("line", "same_as"),
    [
        ("/diff 2^x", "/diff 2"),
        ("/diff e^x", "/diff e"),
        ("/diff exp(x)", "/diff e"),
        ("/diff (1/2)^x", "/diff 1/2"),
        ("/diff (e^x)'", "/diff e"),
        ("/diff y=e^x", "/diff e"),
        ("/diff y = 2^x at 1", "/diff 2 at:1"),
        ("/diff f(x) = 10^x", "/diff 10"),
        ("/diff (-2)^x", "/diff -2"),
    ],
)
def test_powers_of_x_as_students_write_them_get_the_lesson_on_a_to_the_x(
    line: str, same_as: str
) -> None:
    """a^x typed the way students write it (y=, f(x)=, a prime, 'at 1') gets exactly the
    full lesson on a^x that /diff a gives."""
    assert request(line) == request(same_as)
    assert run(line, "ja") == run(same_as, "ja")


@pytest.mark.parametrize(
    ("line", "f", "at"),
    [
        ("/diff e^x + x^2", "e^x + x^2", None),
        ("/diff x * e^x at:1", "x*e^x", "1"),
        ("/diff x^2 at 1", "x^2", "1"),
        ("/diff f(x) = x^3 - 2x at 2", "x^3-2x", "2"),
        ("/diff (x^2+1)'", "x^2+1", None),
    ],
)
def test_expressions_with_spaces_and_notation_read_as_written(
    line: str, f: str, at: str | None
) -> None:
    """Spaces inside the expression, ``at 1`` and f(x)= are understood: the request equals the
    one for the tidy form."""
    tidy = f"/diff {f}" + (f" at:{at}" if at else "")
    assert request(line) == request(tidy)


@pytest.mark.parametrize("name", ["sin", "cos", "tan"])
def test_trigonometric_functions_get_what_the_bot_covers(name: str) -> None:
    """/diff sin(x) says sin is trigonometric and that the bot covers exponential and
    logarithmic functions, with a working example, in both languages."""
    with pytest.raises(UserError) as caught:
        request(f"/diff {name}(x)")
    assert caught.value.key == "parse.trigonometric"
    assert "exponential and logarithmic" in caught.value.message("en")
    assert "指数関数と対数関数" in caught.value.message("ja")
