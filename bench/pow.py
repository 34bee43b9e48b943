"""/pow against its floors: bare mathtext, and the real-LaTeX pipeline where it is installed.

Run ``python bench/pow.py [--runs N]``. In one run it times, as medians after a warm-up:

- ``/pow 2 3`` through the core, uncached (parse, compute, explain, render), against the floor
  ``matplotlib.mathtext.math_to_image`` of the same LaTeX (target: ratio ≤ 1.3);
- the same formula through ``latex`` + ``dvipng`` (``sympy.preview``), the pipeline TeX-based
  chat bots use, where both programs are installed (target: ≥ 20× slower than the core);
- ``/pow 9 9^9`` (369,693,100 digits, never built): the size summary alone and the whole answer
  (target: summary under 50 ms).
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import sympy
from matplotlib import mathtext
from matplotlib.mathtext import MathTextParser

from napier.commands import COMMANDS
from napier.magnitude import Tower, size_of_power, tower_mod
from napier.render import FORMULA_DPI

POW = COMMANDS["pow"]
# Debian's texlive-latex-base has no standalone class, which sympy.preview uses by default.
PREAMBLE = r"\documentclass[12pt]{article}\usepackage{amsmath}\pagestyle{empty}\begin{document}"


def _clear_caches() -> None:
    MathTextParser._parse_cached.cache_clear()


def median_ms(work: Callable[[], object], runs: int) -> float:
    """The median wall time of ``work`` in milliseconds, after one warm-up call."""
    work()
    times = []
    for _ in range(runs):
        _clear_caches()
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def core(base: str, exponent: str) -> Callable[[], object]:
    def run() -> object:
        return POW.reply(POW.prepare({"base": base, "exponent": exponent}), "en")

    return run


def floor(latex: str) -> Callable[[], object]:
    def run() -> object:
        buffer = io.BytesIO()
        mathtext.math_to_image(f"${latex}$", buffer, dpi=FORMULA_DPI, format="png")
        return buffer

    return run


def real_latex(latex: str) -> Callable[[], object]:
    def run() -> object:
        buffer = io.BytesIO()
        sympy.preview(
            f"${latex}$",
            viewer="BytesIO",
            outputbuffer=buffer,
            preamble=PREAMBLE,
            dvioptions=["-D", str(FORMULA_DPI), "-T", "tight"],
        )
        return buffer

    return run


def summary() -> object:
    size = size_of_power(sympy.Integer(9), Tower((9**9,)))
    return size.count, size.leading(), tower_mod((9, 9**9), 10**10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs per case (median)")
    args = parser.parse_args()

    latex = core("2", "3")().latex
    ours = median_ms(core("2", "3"), args.runs)
    bare = median_ms(floor(latex), args.runs)
    print(f"/pow 2 3 through the core      {ours:8.2f} ms")
    print(
        f"math_to_image floor            {bare:8.2f} ms   ratio {ours / bare:5.2f}  (target ≤ 1.3)"
    )
    if shutil.which("latex") and shutil.which("dvipng"):
        try:
            tex = median_ms(real_latex(latex), max(3, args.runs // 4))
        except RuntimeError as error:
            print(f"latex + dvipng: skipped ({str(error).splitlines()[0][:60]})")
            tex = 0.0
    else:
        tex = 0.0
    if tex:
        print(
            f"latex + dvipng (sympy.preview) {tex:8.2f} ms   core is {tex / ours:5.1f}× faster"
            "  (target ≥ 20×)"
        )
    huge = median_ms(summary, args.runs)
    whole = median_ms(core("9", "9^9"), args.runs)
    print(f"/pow 9 9^9 size summary        {huge:8.2f} ms   (target < 50 ms)")
    print(f"/pow 9 9^9 whole answer        {whole:8.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
