"""Each command's uncached ``answer()`` time beside the bare matplotlib floor for its images.

Run ``python bench/commands.py [--runs N]``. For every command in the registry and a
representative request, the script records the images the answer draws (the LaTeX lines of each
formula card, the size and axes of each plot), then times

- the answer itself, as a worker runs it with an empty result cache, and
- the floor: ``matplotlib.mathtext.math_to_image`` of the same LaTeX lines, and an empty-data
  ``Figure`` of the same size with the same (empty) axes saved to PNG,

each as the median of several runs after a warm-up, and prints the ratio (target ≤ 1.3).
mathtext's parse cache and the core's formula cache are cleared before every run on both
sides, so neither side is timed on a cached formula.
"""

from __future__ import annotations

import argparse
import io
import logging
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from matplotlib import mathtext
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

from napier import render
from napier.command_line import parse_line
from napier.commands import COMMANDS, Command
from napier.reply import Reply

log = logging.getLogger(__name__)

# Representative requests beyond each command's own example.
EXTRA = {
    "law": ("/law", "/law 1.4 a:2 x:3 y:2", "/law 1.5", "/law 1.6"),
    "grow": ("/grow interest compounding:monthly", "/grow bacteria", "/grow decay"),
    "diff": ("/diff 2", "/diff x^x"),
    "napier": ("/napier mnemonic", "/napier limit"),
    "pow": ("/pow 2 10",),
    "log": ("/log 2 8", "/log 4 8", "/log 3 5", "/log"),
    "graph": ("/graph", "/graph 2 1/2"),
    "solve": (
        "/solve 2^(x+1) = 8",
        "/solve (1/2)^x > 4",
        "/solve 9^x - 4*3^x + 3 < 0",
        "/solve 3^x = 5",
        "/solve compare 4^(1/3) 8^(1/4)",
    ),
}
TARGET = 1.3


@dataclass
class Images:
    """What one answer drew: formula lines and plot frames (size, dpi, axes positions)."""

    formulas: list[list[str]] = field(default_factory=list)
    plots: list[tuple[tuple[float, float], float, list[tuple[float, float, float, float]]]] = field(
        default_factory=list
    )


def record(command: Command, args: dict[str, str], locale: str) -> tuple[Reply, Images]:
    """Answer once, noting every formula and plot drawn through ``napier.render``."""
    images = Images()
    formula_png, figure_png = render.formula_png, render.figure_png

    def formula_spy(lines):  # type: ignore[no-untyped-def]
        images.formulas.append(list(lines))
        return formula_png(lines)

    def figure_spy(figure: Figure) -> bytes:
        frames = [tuple(axes.get_position().bounds) for axes in figure.axes]
        images.plots.append((tuple(figure.get_size_inches()), figure.dpi, frames))
        return figure_png(figure)

    render.formula_png, render.figure_png = formula_spy, figure_spy
    try:
        reply = command.reply(command.prepare(args), locale)
    finally:
        render.formula_png, render.figure_png = formula_png, figure_png
    return reply, images


def floor(images: Images) -> None:
    """The bare matplotlib work for the same images."""
    for lines in images.formulas:
        for line in lines:
            latex = line[1] if isinstance(line, tuple) else line  # a labelled line: its math
            mathtext.math_to_image(
                f"${latex}$",
                io.BytesIO(),
                prop=FontProperties(size=render.FORMULA_SIZE),
                dpi=render.FORMULA_DPI,
                format="png",
            )
    for size, dpi, frames in images.plots:
        figure = Figure(figsize=size, dpi=dpi)
        FigureCanvasAgg(figure)
        for bounds in frames:
            figure.add_axes(bounds)
        figure.savefig(io.BytesIO(), format="png")


def _clear_caches() -> None:
    mathtext.MathTextParser._parse_cached.cache_clear()
    render.clear_formula_cache()


def timed(action, runs: int) -> float:  # type: ignore[no-untyped-def]
    """Median seconds of ``runs`` calls after one warm-up call."""
    _clear_caches()
    action()
    samples = []
    for _ in range(runs):
        _clear_caches()
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case (median)")
    parser.add_argument("--locale", default="ja", choices=("ja", "en"))
    parser.add_argument("--only", help="a single command name")
    options = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(f"{'case':44} {'answer ms':>10} {'floor ms':>9} {'ratio':>6}  images")
    worst = 0.0
    for name, command in COMMANDS.items():
        if options.only and name != options.only:
            continue
        if command.memory:  # its lesson needs the runtime's reading of the memory: storage.py
            continue
        lines = dict.fromkeys((*EXTRA.get(name, ()), command.example))
        for line in lines:
            try:
                found, args = parse_line(line)
            except Exception as error:  # an example this command no longer accepts
                print(f"{line:44} skipped: {error!r}")
                continue
            if found is not command:
                continue
            reply, images = record(command, args, options.locale)
            drawn = len(images.formulas) + len(images.plots)
            note = f"{len(images.formulas)} formula, {len(images.plots)} plot"
            if drawn < len(reply.images):
                note += f" (+{len(reply.images) - drawn} drawn outside napier.render: no floor)"
            answer_time = timed(
                lambda c=command, a=args: c.reply(c.prepare(a), options.locale), options.runs
            )
            if not drawn:  # no image, no matplotlib floor: the time alone
                print(f"{line[:44]:44} {answer_time * 1000:10.1f} {'—':>9} {'—':>6}  no image")
                continue
            floor_time = timed(lambda i=images: floor(i), options.runs)
            ratio = answer_time / floor_time
            worst = max(worst, ratio)
            flag = "" if ratio <= TARGET else "  > target"
            print(
                f"{line[:44]:44} {answer_time * 1000:10.1f} {floor_time * 1000:9.1f} "
                f"{ratio:6.2f}  {note}{flag}"
            )
    print(f"worst ratio {worst:.2f} (target ≤ {TARGET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
