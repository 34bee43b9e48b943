"""Rendering: formula cards and plots as readable PNGs, Japanese without tofu, no pyplot."""

from __future__ import annotations

import sys
import unicodedata
import warnings
from pathlib import Path

from matplotlib.font_manager import FontProperties, findfont
from matplotlib.ft2font import FT2Font
from png_checks import assert_readable_png

from napier import render
from napier.i18n import CATALOGUE


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
