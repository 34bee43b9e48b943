"""Rendering: formula cards and plots as readable PNGs, Japanese without tofu, no pyplot."""

from __future__ import annotations

import io
import sys
import unicodedata
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.font_manager import FontProperties, findfont
from matplotlib.ft2font import FT2Font
from matplotlib.mathtext import MathTextParser
from PIL import Image
from png_checks import assert_readable_png

from napier import render
from napier.command_line import parse_line
from napier.i18n import CATALOGUE, LOCALES


def test_formula_is_a_light_card_with_ink() -> None:
    """A formula renders as a readable PNG on a light card."""
    image = assert_readable_png(render.formula_png([r"2^{3} = 2 \times 2 \times 2 = 8"]))
    assert image.getpixel((3, 3)) == render.BACKGROUND


def test_very_long_formulas_are_bounded_in_size() -> None:
    """A formula far wider than a chat window is shrunk to the width limit."""
    latex = " + ".join(f"2^{{{k}}}" for k in range(200))
    image = assert_readable_png(render.formula_png([latex]), max_size=(render.MAX_WIDTH, 2000))
    assert image.width <= render.MAX_WIDTH


def test_many_lines_are_bounded_in_height() -> None:
    """A card with many lines stops at the height limit."""
    image = assert_readable_png(render.formula_png([r"e^{x}"] * 200))
    assert image.height <= render.MAX_HEIGHT


# Formulas as the lessons write them: scripts, fractions, roots, delimiters, fonts, limits.
FORMULAS = [
    [r"2^3 = 2 \times 2 \times 2 = 8"],
    [r"2^{-3} = \dfrac{1}{2^3} = \dfrac{1}{8}"],
    [r"8^{2/3} = \sqrt[3]{8^2} = \sqrt[3]{64} = 4"],
    [r"9^{9^9} \approx 4.28124773175747 \times 10^{369{,}693{,}099}"],
    [r"\mathrm{(1.4)}\quad \left(a^{x}\right)^{y} = a^{xy}"],
    [r"a > 0:\ x, y \in \mathbb{R}\qquad a < 0:\ x, y \in \mathbb{Z}\qquad a \neq 0"],
    [r"e=\lim_{n\to\infty}\left(1+\dfrac{1}{n}\right)^{n}=\sum_{k=0}^{\infty}\dfrac{1}{k!}"],
    [r"f'(x) = \left(x^{x}\right)'", r"= x^{x}\,\left(\log x + 1\right)", r"= e^{x}"],
    [" + ".join(f"2^{{{k}}}" for k in range(200))],
    [r"e^{x}"] * 200,
]


def reference_png_pixels(lines: list[str]) -> np.ndarray:
    """The card drawn the plain way: matplotlib's mathtext raster of each line, shrunk to the
    width limit, blended in floating point from the background to the ink."""
    parser = MathTextParser("agg")
    masks = []
    for latex in lines:

        def raster(size: float, latex: str = latex) -> np.ndarray:
            prop = FontProperties(size=size)
            return np.asarray(parser.parse(f"${latex}$", dpi=render.FORMULA_DPI, prop=prop).image)

        mask = raster(render.FORMULA_SIZE)
        if mask.shape[1] + 2 * render.PADDING > render.MAX_WIDTH:
            room = render.MAX_WIDTH - 2 * render.PADDING
            size = max(render.MIN_FORMULA_SIZE, render.FORMULA_SIZE * room / mask.shape[1])
            mask = raster(size)
        masks.append(mask[:, : render.MAX_WIDTH - 2 * render.PADDING])
    pad, gap = render.PADDING, render.LINE_GAP
    width = max(m.shape[1] for m in masks) + 2 * pad
    height = min(
        sum(m.shape[0] for m in masks) + gap * (len(masks) - 1) + 2 * pad, render.MAX_HEIGHT
    )
    alpha = np.zeros((height, width), dtype=np.float32)
    y = pad
    for mask in masks:
        h = min(mask.shape[0], height - pad - y)
        if h <= 0:
            break
        alpha[y : y + h, pad : pad + mask.shape[1]] = mask[:h] / 255.0
        y += mask.shape[0] + gap
    background = np.array(render.BACKGROUND, dtype=np.float32)
    ink = np.array(render.INK, dtype=np.float32)
    rgb = background + (ink - background) * alpha[..., None]
    rgb[[0, -1], :, :] = render.BORDER
    rgb[:, [0, -1], :] = render.BORDER
    return rgb.astype(np.uint8)


def pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


@pytest.mark.parametrize("lines", FORMULAS, ids=lambda lines: lines[0][:24])
def test_formula_cards_match_plain_mathtext_pixel_for_pixel(lines: list[str]) -> None:
    """The fast formula path (cached masks, a colour table) draws exactly the pixels of the
    plain mathtext pipeline, the first time a formula is seen and when it comes from the cache."""
    render.clear_formula_cache()
    expected = reference_png_pixels(lines)
    first = pixels(render.formula_png(lines))
    again = pixels(render.formula_png(lines))
    assert first.shape == expected.shape and np.array_equal(first, expected)
    assert np.array_equal(again, expected)


def test_the_formula_cache_is_bounded_in_bytes() -> None:
    """Formulas drawn once are kept within the cache's byte budget, oldest dropped first."""
    render.clear_formula_cache()
    for k in range(300):
        render.formula_png([f"2^{{{k}}} = x_{{{k}}}"])
    assert 0 < render._masks.bytes <= render.MASK_CACHE_BYTES
    budget = render._masks.max_bytes
    try:
        render._masks.max_bytes = render._masks.bytes // 2
        render.formula_png([r"\mathrm{one\ more}"])
        assert render._masks.bytes <= render._masks.max_bytes
        assert render._masks.get("2^{0} = x_{0}") is None
    finally:
        render._masks.max_bytes = budget
        render.clear_formula_cache()


def plain_raster(latex: str, size: float) -> tuple[np.ndarray, int] | None:
    """matplotlib's own raster of ``$latex$`` and its depth (None where mathtext refuses the
    formula)."""
    prop = FontProperties(size=size)
    try:
        parsed = MathTextParser("agg").parse(f"${latex}$", dpi=render.FORMULA_DPI, prop=prop)
    except ValueError:
        return None
    return np.asarray(parsed.image), int(parsed.depth)


def same_mask(latex: str, size: float) -> bool:
    """Whether the core draws ``latex`` as plain mathtext does: pixels and baseline."""
    expected = plain_raster(latex, size)
    if expected is None:
        with pytest.raises(ValueError):
            render._raster(latex, size)
        return True
    drawn, depth = render._raster(latex, size)
    return (
        drawn.shape == expected[0].shape
        and bool(np.array_equal(drawn, expected[0]))
        and depth == expected[1]
    )


SYMBOLS = sorted(render._SIMPLE_CHARS) + sorted(render._SIMPLE_SYMBOLS)
SPACES = st.sampled_from(["", "", " ", "  "])


def simple_formulas() -> st.SearchStrategy[str]:
    """Formulas of symbols, sub- and superscripts, braces and spaces, with stray blanks."""
    atom = st.builds(str.__add__, SPACES, st.sampled_from(SYMBOLS))
    formula = st.deferred(lambda: st.lists(token, min_size=1, max_size=5).map("".join))
    placeable = st.one_of(atom, atom, atom, formula.map(lambda inner: "{" + inner + "}"))
    script = st.builds(
        lambda before, op, p: before + op + p, SPACES, st.sampled_from("^_"), placeable
    )
    token = st.one_of(
        placeable,
        st.builds(str.__add__, placeable, script),
        st.builds(lambda n, a, b: n + a + b, placeable, script, script),
        st.sampled_from(sorted(render._SIMPLE_SPACES)),
    )
    return formula


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(simple_formulas(), st.sampled_from([render.FORMULA_SIZE, 13.7]))
def test_simple_formulas_skip_the_grammar_and_draw_the_same_pixels(latex: str, size: float) -> None:
    """Any formula of symbols, scripts, braces and spaces draws exactly mathtext's pixels, or
    is refused exactly where mathtext refuses it (a double superscript)."""
    assert same_mask(latex, size), latex


# Requests whose formulas cover every lesson: the examples and the pages around them.
REQUESTS = (
    "/pow 2 3",
    "/pow 2 -3",
    "/pow 8 2/3",
    "/pow -8 1/3",
    "/pow 2^100",
    "/pow 9 9^9",
    "/pow 9^9^9^9",
    "/pow 1/2 3",
    "/pow e 2",
    "/pow 2.5 2",
    "/pow 0 0",
    "/pow -2 3",
    "/law",
    "/law 1.1",
    "/law 1.2",
    "/law 1.3",
    "/law 1.4",
    "/law 1.5",
    "/law 1.6",
    "/law 1.4 a:2 x:3 y:2",
    "/law 1.5 a:10",
    "/law 1.1 a:1/2 x:1/2 y:-1",
    "/law 1.3 a:e x:2 y:5",
    "/diff 2",
    "/diff e",
    "/diff x^x",
    "/diff 2^(3x+1) at:1",
    "/diff x*e^x",
    "/diff ln(x)",
    "/napier",
    "/napier mnemonic",
    "/napier digits n:50",
    "/napier limit",
    "/napier series",
    "/napier derivative",
    "/grow bacteria 100 0.5 5",
    "/grow interest compounding:continuous",
    "/grow interest principal:100000 rate:5 years:10 compounding:monthly",
    "/grow decay",
    "/grow decay start:500 half-life:5730 time:10000",
    "/log 2 8",
    "/log 3 5",
    "/graph",
    "/solve 4^x - 2^(x+1) - 8 = 0",
    "/solve (1/2)^x > 4",
    "/solve compare 4^(1/3) 8^(1/4)",
)


def test_every_lesson_formula_draws_the_same_pixels(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every formula the lessons draw for a broad set of requests, in both languages, has the
    pixels and the baseline of plain mathtext (labelled lines included)."""
    seen: set[tuple[str, float]] = set()
    raster = render._raster

    def spy(latex: str, size: float) -> tuple[np.ndarray, int]:
        seen.add((latex, size))
        return raster(latex, size)

    monkeypatch.setattr(render, "_raster", spy)
    render.clear_formula_cache()
    for line in REQUESTS:
        command, args = parse_line(line)
        for locale in LOCALES:
            command.reply(command.prepare(args), locale)
    monkeypatch.undo()
    render.clear_formula_cache()
    assert len(seen) > 50
    assert all(same_mask(latex, size) for latex, size in seen)


def test_a_long_formula_outside_the_simple_ones_is_recognised_at_once() -> None:
    """A long /diff line full of commands and a closing prime is handed to the grammar (the
    quick check that recognises simple formulas never backtracks over command names)."""
    inner = r"\log\left(\left(\frac{1}{2}\right)^{1}\right)"
    latex = rf"= e^{{x\,{inner}}}\,\left(x\,{inner}\right)'" * 4
    assert render._simple_box(latex, render.FORMULA_SIZE, render.FORMULA_DPI) is None
    assert same_mask(latex, render.FORMULA_SIZE)


def test_powers_and_products_skip_the_grammar() -> None:
    """/pow's repeated multiplication is read without mathtext's grammar (the fast path the
    /pow benchmark relies on); a fraction is not."""
    simple = r"2^{10} = 2 \times 2 \times 2 = 8 \approx 10^{3}"
    assert render._simple_box(simple, render.FORMULA_SIZE, render.FORMULA_DPI)
    fraction = r"2^{-3} = \dfrac{1}{2^3}"
    assert render._simple_box(fraction, render.FORMULA_SIZE, render.FORMULA_DPI) is None


def _fonts() -> list[FT2Font]:
    japanese = Path(findfont(FontProperties(family=render.JAPANESE_FONT)))
    latin = Path(findfont(FontProperties(family="DejaVu Sans")))
    assert japanese.name == "ipaexg.ttf"
    return [FT2Font(str(latin)), FT2Font(str(japanese))]


def test_every_japanese_message_has_glyphs_in_the_bundled_fonts() -> None:
    """Each character of every Japanese message is in DejaVu Sans or IPAexGothic: no tofu."""
    fonts = _fonts()
    missing = set()
    for entry in CATALOGUE.values():
        for char in entry["ja"]:
            if char.isspace() or unicodedata.category(char).startswith("C"):
                continue
            if not any(font.get_char_index(ord(char)) for font in fonts):
                missing.add(char)
    assert not missing, sorted(missing)


def test_japanese_plot_text_renders_without_missing_glyph_warnings() -> None:
    """A plot titled and labelled in Japanese draws every glyph."""
    figure = render.new_figure()
    axes = figure.add_subplot()
    axes.plot([0, 1, 2], [1, 2, 4], label="指数関数 $y = 2^x$")
    axes.set_title("ネイピア数 e と接線")
    axes.set_xlabel("時間(h)")
    axes.legend()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = render.figure_png(figure)
    assert_readable_png(data)


def test_rendering_never_loads_pyplot() -> None:
    """Figures go through the object-oriented API: pyplot's global state is never imported."""
    render.figure_png(render.new_figure())
    assert "matplotlib.pyplot" not in sys.modules
