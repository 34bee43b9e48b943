"""Rendering: bot-generated LaTeX to PNG through mathtext, and plots through the OO API.

Images are opaque light cards with dark ink, so they read the same on Discord's dark and
light themes and in Slack. No TeX install and no pyplot: formulas go straight through
mathtext's parser onto a NumPy card (no Figure, no Agg canvas per formula) and plots through
``Figure`` + the Agg canvas, imported with the first plot (a reply of formulas alone never
loads them). Only LaTeX built by the core is rendered here, never a user's string.
"""

from __future__ import annotations

import io
import logging
import re
import string
from collections import OrderedDict
from collections.abc import Sequence
from fractions import Fraction
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib
import numpy as np
from matplotlib import _mathtext
from matplotlib.font_manager import FontProperties, findfont, fontManager
from matplotlib.ft2font import FT2Font, LoadFlags
from matplotlib.mathtext import MathTextParser
from PIL import Image

from napier.printer import rounded
from napier.reply import Attachment

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

log = logging.getLogger(__name__)

BACKGROUND = (250, 250, 247)
INK = (28, 28, 32)
INK_HEX = "#1c1c20"
BORDER = (214, 214, 208)
ACCENT = "#1f6feb"
PALETTE = ("#1f6feb", "#d9480f", "#2b8a3e", "#862e9c", "#e67700")

FORMULA_SIZE = 22  # points
FORMULA_DPI = 100
MIN_FORMULA_SIZE = 10
MAX_WIDTH = 1400  # pixels; wider formulas are rendered smaller
MAX_HEIGHT = 1400
PADDING = 24
LINE_GAP = 14
MASK_CACHE_BYTES = 16 * 1024 * 1024  # formulas kept per process (a /pow line is ~10 kB)

PLOT_SIZE = (6.4, 4.0)  # inches

Line = str | tuple[str, str]  # LaTeX, or (label in the text font, LaTeX)
PLOT_DPI = 110


def _register_japanese_font() -> str:
    """Register the bundled IPAexGothic font (matplotlib-fontja) without importing it."""
    spec = find_spec("matplotlib_fontja")
    if spec is None or not spec.submodule_search_locations:
        log.warning("matplotlib-fontja is not installed: Japanese text may not render")
        return "DejaVu Sans"
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / "ipaexg.ttf"
    fontManager.addfont(str(path))
    return FontProperties(fname=str(path)).get_name()


JAPANESE_FONT = _register_japanese_font()
matplotlib.rcParams.update(
    {
        "font.family": ["DejaVu Sans", JAPANESE_FONT],
        "mathtext.fontset": "dejavusans",
        "axes.unicode_minus": True,
        "figure.facecolor": "#fafaf7",
        "axes.facecolor": "#fafaf7",
        "savefig.facecolor": "#fafaf7",
        "text.color": "#1c1c20",
        "axes.labelcolor": "#1c1c20",
        "xtick.color": "#1c1c20",
        "ytick.color": "#1c1c20",
        "axes.edgecolor": "#5c5c60",
        "axes.grid": True,
        "grid.color": "#d6d6d0",
        "grid.linewidth": 0.6,
        "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
        "axes.titley": 1.0,  # a fixed title position skips a costly overlap search per draw
        "axes.titlepad": 8.0,
        "legend.frameon": True,
        "legend.framealpha": 0.9,
    }
)


@cache
def _parser() -> _mathtext.Parser:
    return _mathtext.Parser()


@cache
def _font(size: float) -> FontProperties:
    return FontProperties(size=size)


# backend_agg's hinting flags for each ``text.hinting`` setting: the same glyphs as the Agg
# canvas and ``MathTextParser("agg")`` draw, without importing the canvas for a formula.
_HINTING = {
    "default": LoadFlags.DEFAULT,
    "no_autohint": LoadFlags.NO_AUTOHINT,
    "force_autohint": LoadFlags.FORCE_AUTOHINT,
    "no_hinting": LoadFlags.NO_HINTING,
    True: LoadFlags.FORCE_AUTOHINT,
    False: LoadFlags.NO_HINTING,
    "either": LoadFlags.DEFAULT,
    "native": LoadFlags.NO_AUTOHINT,
    "auto": LoadFlags.FORCE_AUTOHINT,
    "none": LoadFlags.NO_HINTING,
}


class _MaskCache:
    """The masks of formulas already drawn in this process (LRU, bounded by bytes): a
    formula is parsed once per process, however many replies show it."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._masks: OrderedDict[Line, np.ndarray] = OrderedDict()

    def get(self, line: Line) -> np.ndarray | None:
        mask = self._masks.get(line)
        if mask is not None:
            self._masks.move_to_end(line)
        return mask

    def put(self, line: Line, mask: np.ndarray) -> None:
        if mask.nbytes > self.max_bytes or line in self._masks:
            return
        mask.flags.writeable = False
        self._masks[line] = mask
        self.bytes += mask.nbytes
        while self.bytes > self.max_bytes:
            _, dropped = self._masks.popitem(last=False)
            self.bytes -= dropped.nbytes

    def clear(self) -> None:
        self._masks.clear()
        self.bytes = 0


_masks = _MaskCache(max_bytes=MASK_CACHE_BYTES)


def clear_formula_cache() -> None:
    """Forget every formula drawn so far."""
    _masks.clear()


def _fontset(size: float) -> _mathtext.Fonts:
    """A fresh mathtext font set (as ``MathTextParser`` makes one per formula)."""
    prop = _font(size)
    fonts = MathTextParser._font_type_mapping[prop.get_math_fontfamily()]
    return fonts(prop, _HINTING[matplotlib.rcParams["text.hinting"]])


def _raster(latex: str, size: float) -> tuple[np.ndarray, int]:
    """The alpha mask of one line of math (uint8) and its depth below the baseline in pixels:
    what ``MathTextParser("agg")`` draws, through its parts. A simple formula skips the
    grammar (``_simple_box``)."""
    box = _simple_box(latex, size, FORMULA_DPI)
    if box is None:
        box = _parser().parse(f"${latex}$", _fontset(size), size, FORMULA_DPI)
    output = _mathtext.ship(box)
    antialiased = bool(matplotlib.rcParams["text.antialiased"])
    raster = output.to_raster(antialiased=antialiased)
    return np.asarray(raster.image), int(raster.depth)


def _rasterize(latex: str, size: float) -> np.ndarray:
    """The alpha mask of one line of math, as a uint8 array."""
    return _raster(latex, size)[0]


# --- Simple formulas without the grammar ----------------------------------------------------
#
# Most of a formula's cost is mathtext's pyparsing grammar, built for all of its TeX. A formula
# made only of symbols, sub- and superscripts, braces and spaces (powers, products, numbers:
# /pow's lines, the values in the law examples) is read here instead: the same parser actions
# are called, in the order the grammar calls them, so the boxes, and so the pixels, are
# mathtext's own (tests compare them). Anything else, or anything unexpected, goes through the
# grammar with a fresh font set.

_SIMPLE_CHARS = frozenset(string.ascii_letters + string.digits + "+-=<>(),./|!:;")
_SIMPLE_SYMBOLS = frozenset(
    {
        r"\times",
        r"\cdot",
        r"\approx",
        r"\to",
        r"\infty",
        r"\neq",
        r"\in",
        r"\pm",
        r"\mp",
        r"\leq",
        r"\geq",
        r"\ldots",
        r"\cdots",
        r"\pi",
    }
)
_SIMPLE_SPACES = frozenset(
    (r"\,", r"\;", r"\:", r"\>", r"\!", "\\ ", r"\quad", r"\qquad", r"\enspace", r"\thinspace")
)
# Each character has one reading (a command takes all the letters after its backslash), so a
# formula that does not match fails in linear time.
_SIMPLE = re.compile(r"(?:[ 0-9A-Za-z+\-=<>(),./|!:;{}^_]|\\[,;:>! ]|\\[A-Za-z]+(?![A-Za-z]))+")


class _NotSimple(Exception):
    """The formula needs the full grammar."""


class _Actions(_mathtext.Parser):
    """mathtext's parser actions without its grammar, which is built (some 20 ms) only when a
    formula needs it."""

    def __init__(self) -> None:  # the grammar's elements are never used here
        self._needs_space_after_subsuper = False


@cache
def _actions() -> _Actions:
    return _Actions()


class _Tokens(list):  # type: ignore[type-arg]
    """The one ``ParseResults`` method the ``math`` action uses."""

    def as_list(self) -> list[object]:
        return list(self)


class _SimpleReader:
    """Reads a simple formula, calling mathtext's parser actions as its grammar would."""

    def __init__(self, parser: _Actions, text: str) -> None:
        self.parser = parser
        self.text = text
        self.at = 0

    def _skip(self) -> None:
        while self.at < len(self.text) and self.text[self.at] == " ":
            self.at += 1

    def _command(self) -> str:
        """The ``\\name`` (or ``\\,``) at the cursor, not consumed."""
        end = self.at + 1
        while end < len(self.text) and self.text[end].isascii() and self.text[end].isalpha():
            end += 1
        return self.text[self.at : max(end, self.at + 2)]

    def tokens(self, closing: str = "") -> list[object]:
        """The nodes of the tokens up to ``closing`` (``}``) or the end."""
        nodes: list[object] = []
        while True:
            self._skip()
            if self.at == len(self.text) or self.text[self.at] == "}":
                if (self.at < len(self.text)) != bool(closing):
                    raise _NotSimple
                return nodes
            if self.text[self.at] == "\\" and (space := self._command()) in _SIMPLE_SPACES:
                self.at += len(space)
                nodes.extend(self.parser.space({"space": space}))
                continue
            nodes.extend(self._subsuper())

    def _subsuper(self) -> list[object]:
        start = self.at
        nucleus = self._placeable()
        scripts: list[object] = []
        self._skip()
        while self.at < len(self.text) and self.text[self.at] in "^_":
            scripts.append(self.text[self.at])
            self.at += 1
            if self.text[self.at : self.at + 1] in ("", " "):
                raise _NotSimple  # the grammar reads a blank after ^ as the script itself
            scripts.append(self._placeable())
            self._skip()
        if self.at < len(self.text) and self.text[self.at] == "'":
            raise _NotSimple
        toks = {"nucleus": nucleus, "subsuper": scripts, "apostrophes": ""}
        result = self.parser.subsuper(self.text, start, toks)
        return result if isinstance(result, list) else [result]

    def _placeable(self) -> object:
        if self.at == len(self.text):
            raise _NotSimple
        start, char = self.at, self.text[self.at]
        if char == "{":
            self.at += 1
            self.parser.start_group({})
            inner = self.tokens("}")
            self.at += 1
            self.parser.end_group()
            return self.parser.group({"group": inner})[0]
        if char in _SIMPLE_CHARS:
            self.at += 1
            return self.parser.symbol(self.text, start, {"sym": char})[0]
        name = self._command() if char == "\\" else ""
        if name not in _SIMPLE_SYMBOLS:
            raise _NotSimple
        self.at += len(name)
        return self.parser.symbol(self.text, start, {"sym": name})[0]


def _simple_box(latex: str, size: float, dpi: float) -> _mathtext.Hlist | None:
    """mathtext's box of ``$latex$`` when the formula is simple, else None."""
    if not _SIMPLE.fullmatch(latex) or not latex.strip():
        return None
    parser = _actions()
    parser._state_stack = [_mathtext.ParserState(_fontset(size), "default", "rm", size, dpi)]
    parser._em_width_cache = {}
    try:
        before = parser.non_math([""])
        nodes = _SimpleReader(parser, latex).tokens()
        math = parser.math(_Tokens(nodes))
        after = parser.non_math([""])
        return _mathtext.Hlist([*before, *math, *after])
    except Exception:  # _NotSimple, or a formula the grammar would refuse as well
        return None
    finally:
        parser._state_stack = []
        parser._needs_space_after_subsuper = False
        parser._em_width_cache = {}


@cache
def _label_font() -> FT2Font:
    return FT2Font(findfont(FontProperties(family=JAPANESE_FONT)))


def _rasterize_label(label: str, size: float) -> tuple[np.ndarray, int]:
    """The alpha mask of a line of prose (Japanese or English) and its descent in pixels."""
    font = _label_font()
    font.set_size(size, FORMULA_DPI)
    font.set_text(label, 0.0)
    font.draw_glyphs_to_bitmap(antialiased=True)
    return np.asarray(font.get_image()), int(np.ceil(font.get_descent() / 64))


def _line(line: Line, size: float) -> np.ndarray:
    """One line: math, or a label in the text font followed by math, on a shared baseline."""
    if isinstance(line, str):
        return _rasterize(line, size)
    label, latex = line
    pieces: list[tuple[np.ndarray, int]] = [_rasterize_label(label, size)]
    if latex:
        pieces.append(_raster(latex, size))
    ascent = max(mask.shape[0] - descent for mask, descent in pieces)
    descent = max(descent for _, descent in pieces)
    gap = int(size * 0.5)
    width = sum(mask.shape[1] for mask, _ in pieces) + gap * (len(pieces) - 1)
    out = np.zeros((ascent + descent, width), dtype=np.uint8)
    x = 0
    for mask, below in pieces:
        top = ascent - (mask.shape[0] - below)
        out[top : top + mask.shape[0], x : x + mask.shape[1]] = mask
        x += mask.shape[1] + gap
    return out


def _fit(line: Line) -> np.ndarray:
    """The mask of one line, shrunk to fit the width limit; cached per process."""
    cached = _masks.get(line)
    if cached is not None:
        return cached
    mask = _line(line, FORMULA_SIZE)
    width = mask.shape[1]
    if width + 2 * PADDING > MAX_WIDTH:
        size = max(MIN_FORMULA_SIZE, FORMULA_SIZE * (MAX_WIDTH - 2 * PADDING) / width)
        mask = _line(line, size)
    mask = mask[:, : MAX_WIDTH - 2 * PADDING]
    _masks.put(line, mask)
    return mask


def _ink_table() -> np.ndarray:
    """The card's colour for each alpha value 0…255: the background blended towards the ink."""
    alpha = (np.arange(256, dtype=np.uint8) / 255.0).astype(np.float32)
    background = np.array(BACKGROUND, dtype=np.float32)
    ink = np.array(INK, dtype=np.float32)
    return (background + (ink - background) * alpha[:, None]).astype(np.uint8)


_INK = _ink_table()


def formula_png(lines: Sequence[Line]) -> bytes:
    """PNG bytes of one or more lines on a light card. A line is bot-generated LaTeX, or
    (label, LaTeX): a label in the reader's language (Japanese included) before the math."""
    masks = [_fit(line) for line in lines]
    width = max(m.shape[1] for m in masks) + 2 * PADDING
    height = sum(m.shape[0] for m in masks) + LINE_GAP * (len(masks) - 1) + 2 * PADDING
    height = min(height, MAX_HEIGHT)
    alpha = np.zeros((height, width), dtype=np.uint8)
    y = PADDING
    for mask in masks:
        h = min(mask.shape[0], height - PADDING - y)
        if h <= 0:
            break
        alpha[y : y + h, PADDING : PADDING + mask.shape[1]] = mask[:h]
        y += mask.shape[0] + LINE_GAP
    rgb = _INK[alpha]
    rgb[[0, -1], :, :] = BORDER
    rgb[:, [0, -1], :] = BORDER
    return _encode(rgb)


# What the lessons' formulas use: scripts, fractions, roots, delimiters, fonts, big operators.
# The digits, letters and operators of most formulas, at the sizes of three script levels: the
# font hinter sets itself up per size the first time a glyph is drawn at it.
WARM_UP_FORMULAS = (
    r"\mathrm{(1.4)}\quad \left(a^{x}\right)^{y} = \dfrac{1}{2^3} \times \sqrt[3]{8}"
    r" \approx \sum_{k=0}^{\infty}\dfrac{1}{k!},\ x \in \mathbb{R}",
    r"(0123456789 - .,)^{(0123456789 + axeyntk)^{0123456789 - axeyntk}} \cdot \times = < >",
)


def warm_up() -> None:
    """Load what the first reply would otherwise load: the mathtext grammar, the math and
    text fonts (Japanese included) and the plot machinery, through one tiny formula and plot."""
    formula_png(WARM_UP_FORMULAS)
    figure = new_figure((2.0, 1.5))
    axes = figure.add_subplot()
    axes.plot([1.0, 10.0, 100.0], [1.0, 2.0, 4.0], label="y = 2^x")
    decade_ticks(axes, x=True)
    axes.set_title("指数関数 e^x")
    axes.legend(fontsize=8)
    figure_png(figure)


def formula(lines: Sequence[Line] | str, filename: str, alt_text: str) -> Attachment:
    """An image attachment of bot-generated LaTeX (lines as in ``formula_png``)."""
    if isinstance(lines, str):
        lines = [lines]
    return Attachment(filename=filename, data=formula_png(lines), alt_text=alt_text)


def _encode(rgb: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(rgb, mode="RGB").save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()


# Fixed margins in inches (room for tick labels, axis labels and a title). A layout engine
# would find them per figure, but its extra drawing pass doubles the cost of a plot.
MARGINS = {"left": 0.8, "right": 0.2, "bottom": 0.7, "top": 0.45}


def new_figure(size: tuple[float, float] = PLOT_SIZE, *, left: float | None = None) -> Figure:
    """A chat-sized figure with the light theme and fixed margins, on an Agg canvas (no pyplot).

    ``left`` widens the left margin (inches) for long tick labels.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    width, height = size
    figure = Figure(figsize=size, dpi=PLOT_DPI)
    FigureCanvasAgg(figure)
    figure.subplots_adjust(
        left=(left or MARGINS["left"]) / width,
        right=1 - MARGINS["right"] / width,
        bottom=MARGINS["bottom"] / height,
        top=1 - MARGINS["top"] / height,
        wspace=0.4,
        hspace=0.35,
    )
    return figure


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")

# One plot style for every command: sizes, and how each kind of curve is drawn.
TITLE_SIZE = 11
LEGEND_SIZE = 9
TICK_DIGITS = 8
CURVES: dict[str, dict[str, object]] = {
    "main": {"linewidth": 2.4},  # the function being taught
    "second": {"linewidth": 2.0, "linestyle": "--"},  # its derivative, a second model
    "third": {"linewidth": 1.8, "linestyle": "-."},
    "tangent": {"linewidth": 1.6, "linestyle": ":", "color": PALETTE[2]},
    "reference": {"linewidth": 1.2, "linestyle": "--", "color": "#5c5c60"},  # a limit, e
}


def curve(axes: Axes, xs: object, ys: object, kind: str = "main", label: str | None = None) -> None:
    """Draw a curve in the shared style (``kind`` is a key of ``CURVES``)."""
    axes.plot(xs, ys, label=label, **CURVES[kind])  # type: ignore[arg-type]


def point(axes: Axes, x: float, y: float, colour: str = INK_HEX) -> None:
    """Mark a point (the point of tangency, a table value)."""
    axes.plot([x], [y], "o", color=colour, markersize=6)


def image_number(shown: str) -> str:
    """A number from ``napier.format`` as an image writes it: ``8.787×10²⁹``, ``−0.5``."""
    if " × 10^" in shown:
        mantissa, power = shown.split(" × 10^")
        shown = ("" if mantissa == "1" else f"{mantissa}×") + "10" + power.translate(_SUPERSCRIPT)
    return shown.replace("-", "−")


def tick_label(value: float, _position: int | None = None) -> str:
    """A tick label without e-notation: ``0.5``, ``12000``, ``2×10²⁹``, ``−3``."""
    if not np.isfinite(value):
        return ""
    return image_number(rounded(Fraction(float(value)), TICK_DIGITS))


def finish(
    axes: Axes,
    title: str,
    *,
    xlabel: str = "x",
    ylabel: str | None = "y",
    legend: str | None = "best",
) -> None:
    """Title, axis labels, tick labels (never e-notation) and legend in the shared style.

    Write the formulas of a title the way the legend writes them (``$y = 2^{x}$`` when the
    legend uses mathtext), so that title and legend read alike.
    """
    from matplotlib.ticker import FixedFormatter, FuncFormatter

    axes.set_title(title, fontsize=TITLE_SIZE)
    axes.set_xlabel(xlabel)
    if ylabel is not None:
        axes.set_ylabel(ylabel)
    for axis in (axes.xaxis, axes.yaxis):
        named = isinstance(axis.get_major_formatter(), FixedFormatter)  # words, not numbers
        if axis.get_scale() == "linear" and not named:
            axis.set_major_formatter(FuncFormatter(tick_label))
    if legend is not None:
        axes.legend(loc=legend, fontsize=LEGEND_SIZE)
    texts = [axes.title, axes.xaxis.label, axes.yaxis.label]
    if axes.get_legend() is not None:
        texts += axes.get_legend().get_texts()
    for artist in texts:
        _mixed_math(artist)


def _mixed_math(artist: Text) -> None:
    """Prose around ``$…$`` is set by mathtext in the artist's first font, which has no
    Japanese: give such an artist the Japanese font first (it has Latin letters too)."""
    shown = artist.get_text()
    if "$" in shown and any(ord(char) > 0x2FFF for char in shown):
        artist.set_fontfamily([JAPANESE_FONT, "DejaVu Sans"])


def decade_ticks(axes: Axes, *, x: bool = False, y: bool = False) -> None:
    """Log-scale axes with ticks at powers of ten only, labelled ``10⁻⁷`` in plain text.

    As readable as mathtext labels and minor ticks, at a fraction of the drawing cost.
    """
    from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

    for flag, axis, scale in ((x, axes.xaxis, axes.set_xscale), (y, axes.yaxis, axes.set_yscale)):
        if flag:
            scale("log")
            axis.set_major_locator(LogLocator(base=10, numticks=9))
            axis.set_minor_locator(NullLocator())
            axis.set_major_formatter(FuncFormatter(_decade_label))


def _decade_label(value: float, _position: int | None = None) -> str:
    exponent = round(float(np.log10(value))) if value > 0 else 0
    return f"10{str(exponent).translate(_SUPERSCRIPT)}"


def figure_png(figure: Figure) -> bytes:
    """PNG bytes of a figure, opaque, at the figure's own size."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    return _encode(np.ascontiguousarray(rgba[..., :3]))


def plot(figure: Figure, filename: str, alt_text: str) -> Attachment:
    """An image attachment of a figure."""
    return Attachment(filename=filename, data=figure_png(figure), alt_text=alt_text)
