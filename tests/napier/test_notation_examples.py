"""The notation and teaching examples of issue 8, in both languages, checked against oracles
independent of the bot's printer (sympy's own parser, mpmath, exact arithmetic)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from fractions import Fraction

import mpmath
import pytest
import sympy
from matplotlib.figure import Figure
from matplotlib.text import Text
from reading import X, read

from napier import render
from napier.command_line import parse_line
from napier.errors import UserError
from napier.i18n import CATALOGUE, LOCALES
from napier.reply import Reply

E_NOTATION = re.compile(r"\d(?:\.\d+)?e[+-]?\d")


def ask(line: str, locale: str) -> Reply:
    command, args = parse_line(line)
    return command.reply(command.prepare(args), locale)


def everything(reply: Reply) -> str:
    """All the text a reply shows: title, text, steps, fields and alt texts."""
    parts = [reply.title, reply.full_text()]
    parts += [f"{field.name} {field.value}" for field in reply.fields]
    parts += [attachment.alt_text for attachment in reply.attachments]
    return "\n".join(parts)


def forms(line: str) -> list[str]:
    """The ``=`` forms of a step, without its law reference."""
    line = re.sub(r"\s*[((](law|公式).*$", "", line)
    return [form.strip() for form in line.split(" = ")]


# --- /pow -------------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_decimals_are_answered_as_the_learner_typed_them(locale: str) -> None:
    """/pow 1.1 10 leads with 1.1^10 = 2.5937424601; the exact fraction comes second."""
    reply = ask("/pow 1.1 10", locale)
    assert reply.title == "1.1^10 = 2.5937424601"
    assert Fraction("2.5937424601") == Fraction(11, 10) ** 10
    assert "25937424601/10000000000" in reply.text
    assert reply.text.index("2.5937424601") < reply.text.index("25937424601/10000000000")
    assert "(11/10)" not in everything(reply)
    for step in reply.steps:
        assert all(read(form) == Fraction(11, 10) ** 10 for form in forms(step))


@pytest.mark.parametrize("locale", LOCALES)
def test_a_square_root_is_not_explained_by_itself(locale: str) -> None:
    """/pow 2 1/2 never says 2^(1/2) = 2^(1/2): it is √2 by the definition of a^(1/n)."""
    reply = ask("/pow 2 1/2", locale)
    shown = everything(reply)
    assert "2^(1/2) = 2^(1/2)" not in shown
    assert reply.title == "2^(1/2) = √2"
    for step in reply.steps:
        values = [read(form) for form in forms(step)]
        assert all(sympy.simplify(value - sympy.sqrt(2)) == 0 for value in values)


@pytest.mark.parametrize("locale", LOCALES)
def test_e_to_the_minus_one_ends_at_one_over_e(locale: str) -> None:
    """/pow e -1 is e^(-1) = 1/e, not "= e^(-1)" again, and the decimal matches mpmath."""
    reply = ask("/pow e -1", locale)
    assert reply.title == "e^(-1) = 1/e"
    assert not re.search(r"= e\^\(-1\)", everything(reply))
    assert reply.steps[-1].startswith("e^(-1) = 1/e")
    decimal = next(f.value for f in reply.fields if "15" in f.name)
    with mpmath.workdps(30):
        assert abs(mpmath.mpf(decimal) - mpmath.exp(-1)) < mpmath.mpf(10) ** -15


@pytest.mark.parametrize(
    "line", ["/pow 2 3", "/pow 2 13", "/pow 8 2/3", "/pow 2 -3", "/pow 1/2 5", "/pow 0.5 -2"]
)
@pytest.mark.parametrize("locale", LOCALES)
def test_no_step_equals_its_own_left_side(line: str, locale: str) -> None:
    """No two neighbouring forms of a step are written the same, and every form is equal
    (read by sympy) to the first."""
    for step in ask(line, locale).steps:
        shown = forms(step)
        assert all(a != b for a, b in itertools.pairwise(shown)), step
        values = [read(form.replace("×", "*")) for form in shown]
        assert all(sympy.simplify(value - values[0]) == 0 for value in values), step


@pytest.mark.parametrize("locale", LOCALES)
def test_zero_to_a_negative_power_is_written_with_its_parentheses(locale: str) -> None:
    """0^(-1/2) = 1/(0^(1/2)): the power under the fraction bar is in parentheses."""
    command, args = parse_line("/pow 0 -1/2")
    with pytest.raises(UserError) as caught:
        command.prepare(args) and command.reply(command.prepare(args), locale)
    assert "0^(-1/2) = 1/(0^(1/2))" in caught.value.message(locale)


# --- /diff ------------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_one_half_to_the_x_is_titled_with_parentheses(locale: str) -> None:
    """/diff 1/2 is about (1/2)^x (not 1/2^x), and its log is log(1/2)."""
    reply = ask("/diff 1/2", locale)
    assert "(1/2)^x" in reply.title and "1/2^x" not in everything(reply)
    assert "log 1/2" not in everything(reply)
    result = re.search(r"`f'\(x\) = ([^`]+)`", reply.text)[1]
    assert result == "(1/2)^x·log(1/2)"
    assert sympy.simplify(read(result) - sympy.diff(sympy.Rational(1, 2) ** X, X)) == 0


@pytest.mark.parametrize("locale", LOCALES)
def test_tangent_of_two_to_the_x_is_exact_with_the_decimal_beside(locale: str) -> None:
    """/diff 2: the tangent at 0 is y = (log 2)x + 1, then its decimals (≈ mpmath)."""
    reply = ask("/diff 2", locale)
    lines = re.findall(r"`(y = [^`]+)`", reply.text)
    assert lines[0] == "y = (log 2)x + 1"
    assert read(lines[0][4:]) == sympy.log(2) * X + 1
    slope = re.match(r"y = ([\d.]+)x \+ 1$", lines[1])[1]
    with mpmath.workdps(30):
        assert abs(mpmath.mpf(slope) - mpmath.log(2)) < mpmath.mpf(10) ** -10


@pytest.mark.parametrize("locale", LOCALES)
def test_a_large_slope_is_written_without_e_notation(locale: str) -> None:
    """/diff 2^x at:100: the slope is 8.786684395 × 10^29 (mpmath), never 8.786684395e+29."""
    reply = ask("/diff 2^x at:100", locale)
    shown = everything(reply)
    assert not E_NOTATION.search(shown), E_NOTATION.search(shown)
    assert "8.786684395 × 10^29" in shown
    with mpmath.workdps(40):
        slope = mpmath.mpf(2) ** 100 * mpmath.log(2)
        assert abs(slope / mpmath.mpf("8.786684395e29") - 1) < mpmath.mpf(10) ** -9


@pytest.mark.parametrize("locale", LOCALES)
def test_results_are_written_as_a_teacher_writes_them(locale: str) -> None:
    """/diff x*e^x ends at (x + 1)e^x, which sympy confirms is the derivative."""
    reply = ask("/diff x*e^x", locale)
    result = re.search(r"`f'\(x\) = ([^`]+)`", reply.text)[1]
    assert result == "(x + 1)e^x"
    assert sympy.simplify(read(result) - sympy.diff(X * sympy.exp(X), X)) == 0


# --- images -----------------------------------------------------------------------------------


@pytest.fixture
def figure_texts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text drawn in a plot (titles, labels, tick labels, legends), as rendered."""
    seen: list[str] = []
    real = render.figure_png

    def spy(figure: Figure) -> bytes:
        data = real(figure)  # draws, so tick labels exist
        seen.extend(text.get_text() for text in figure.findobj(Text) if text.get_visible())
        return data

    monkeypatch.setattr(render, "figure_png", spy)
    yield seen


@pytest.fixture
def formula_lines(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every line drawn on a formula card (LaTeX, or a (label, LaTeX) pair)."""
    seen: list[object] = []
    real = render.formula_png

    def spy(lines: list[object]) -> bytes:
        seen.extend(lines)
        return real(lines)

    monkeypatch.setattr(render, "formula_png", spy)
    yield seen


IMAGES = ["/diff 2^x at:100", "/diff x^x at:1", "/law 1.5", "/napier limit", "/grow"]


@pytest.mark.parametrize(
    "line", [*IMAGES, "/grow interest rate:50 years:1000", "/grow decay 7 0.5 300"]
)
def test_no_e_notation_in_any_image(line: str, figure_texts: list[str]) -> None:
    """Tick labels, titles and legends never use e-notation (nor an offset like 1e30), and
    write powers of ten with superscripts."""
    ask(line, "en")
    assert figure_texts
    for shown in figure_texts:
        assert not E_NOTATION.search(shown) and "1e" not in shown, (line, shown)
        assert "× 10^" not in shown, (line, shown)  # images write ×10²⁹, as the ticks do


ENGLISH_WORDS = re.compile(r"\b(simple|compound|continuous|tangent|derivative|balance|years)\b")


@pytest.mark.parametrize("line", [*IMAGES, "/grow bacteria", "/grow decay", "/pow 9 9^9^9"])
def test_japanese_images_have_japanese_labels(
    line: str, figure_texts: list[str], formula_lines: list[object]
) -> None:
    """A Japanese reply's images carry no English labels (the /grow formula card included)."""
    ask(line, "ja")
    labels = [line[0] for line in formula_lines if isinstance(line, tuple)]
    for shown in [*figure_texts, *labels]:
        assert not ENGLISH_WORDS.search(shown), (line, shown)
        assert "mathrm{simple" not in shown
    if line == "/grow":
        assert labels and all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", label) for label in labels)


def test_the_tower_image_states_the_size(formula_lines: list[object]) -> None:
    """9^9^9^9's card says how many digits its digit count has (369,693,100 digits: ≈ 4.08 ×
    10^369,693,099, as exact integer arithmetic on 9^9 confirms)."""
    ask("/pow 9 9^9^9", "en")
    size = [line for line in formula_lines if isinstance(line, tuple)]
    assert size and size[0][0] == "digits"
    assert "369{,}693{,}099" in size[0][1]
    with mpmath.workdps(40):
        digit_count_log = 9**9 * mpmath.log10(9) + mpmath.log10(mpmath.log10(9))
        assert int(mpmath.floor(digit_count_log)) == 369_693_099


def test_tangents_are_drawn_only_where_f_is_defined(monkeypatch: pytest.MonkeyPatch) -> None:
    """x^x at 1: the tangent line is drawn for x > 0 only, where x^x is defined."""
    drawn: dict[str, object] = {}
    real = render.curve

    def spy(axes, xs, ys, kind="main", label=None):  # type: ignore[no-untyped-def]
        drawn[kind] = (xs, ys)
        real(axes, xs, ys, kind, label)

    monkeypatch.setattr(render, "curve", spy)
    ask("/diff x^x at:1", "en")
    xs, ys = drawn["tangent"]
    import numpy as np

    visible = np.isfinite(ys)
    assert visible.any() and (xs[visible] > 0).all()
    assert (xs <= 0).any()  # the window does reach x ≤ 0, where nothing is drawn


@pytest.mark.parametrize(("line", "topic"), [("/law 1.5", "law"), ("/diff 2", "diff")])
def test_plot_titles_are_typeset_like_the_legends(
    line: str, topic: str, figure_texts: list[str]
) -> None:
    """Where the legend writes formulas in mathtext ($…$), so does the title."""
    ask(line, "ja")
    assert any(shown.startswith("$") for shown in figure_texts)  # a legend entry
    titles = [shown for shown in figure_texts if "導関数" in shown and "$" in shown]
    assert titles, (topic, figure_texts)


# --- Japanese as in a textbook ----------------------------------------------------------------


def test_japanese_messages_use_textbook_terms() -> None:
    """log (not ln) for the natural logarithm except where ln is explained, 平均変化率 (not
    差分商), 倍率 (not 増加率 for a ratio), 微分の公式 for (1.5)/(1.6), no 回倍増, no カバー."""
    for key, entry in CATALOGUE.items():
        ja = entry["ja"]
        assert "差分商" not in ja, key
        assert "回倍増" not in ja and "カバー" not in ja, key
        assert "増加率 (1 + r/n)" not in ja, key
        if re.search(r"\bln\b", ja):
            assert "log" in ja, key  # ln only where it is explained next to log
    assert "微分の公式" in CATALOGUE["law.description"]["ja"]
    assert "指数法則 (1.1)〜(1.6)" not in CATALOGUE["law.description"]["ja"]


@pytest.mark.parametrize("line", ["/grow", "/grow interest rate:3 compounding:daily"])
def test_japanese_amounts_are_in_yen(line: str) -> None:
    """Money in Japanese replies is in whole yen (円), and the amount is the exact closed
    form rounded to the yen."""
    reply = ask(line, "ja")
    amounts = re.findall(r"([\d,]+) 円", reply.text)
    assert amounts and not re.search(r"\d\.\d\d 円", reply.text)
    final = re.search(r"\*\*([\d,]+) 円\*\*", reply.text)[1]
    rate = Fraction(5 if line == "/grow" else 3, 100)
    periods = 1 if line == "/grow" else 365
    exact = Fraction(100_000) * (1 + rate / periods) ** (10 * periods)
    assert int(final.replace(",", "")) == int(exact + Fraction(1, 2))


def test_trivial_rules_are_not_repeated_on_every_step() -> None:
    """'(ここで (x)' = 1 も使用)' appears at most once in a derivation (no filler on every step)."""
    reply = ask("/diff x*e^x+x^3+2x", "ja")
    assert sum("(x)' = 1" in step for step in reply.steps) <= 1
