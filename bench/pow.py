"""/pow against its floors: bare mathtext, and the real-LaTeX pipeline where it is installed.

Run ``python bench/pow.py [--runs N]``. In one run it times, as medians after a warm-up:

- ``/pow 2 3`` through the core, uncached (parse, compute, explain, render a formula this
  process has not drawn before), against the floor ``matplotlib.mathtext.math_to_image`` of the
  same LaTeX (target: ratio ≤ 1.3);
- the same answer when its formula was drawn before in this process (each distinct formula is
  parsed once per process);
- the same formula through ``latex`` + ``dvipng`` (``sympy.preview``), the pipeline TeX-based
  chat bots use, where both programs are installed (target: ≥ 20× slower than the core, the
  uncached one);
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

from napier.commands import COMMANDS
from napier.magnitude import Tower, size_of_power, tower_mod
from napier.render import FORMULA_DPI, clear_formula_cache

POW = COMMANDS["pow"]
# Debian's texlive-latex-base has no standalone class, which sympy.preview uses by default.
PREAMBLE = r"\documentclass[12pt]{article}\usepackage{amsmath}\pagestyle{empty}\begin{document}"


def median_ms(work: Callable[[], object], runs: int, *, fresh: bool = True) -> float:
    """The median wall time of ``work`` in milliseconds, after one warm-up call; ``fresh``
    forgets every formula drawn before each run."""
    work()
    times = []
    for _ in range(runs):
        if fresh:
            clear_formula_cache()
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
    return size.count, size.leading, tower_mod((9, 9**9), 10**10)


def measure(runs: int) -> dict[str, float]:
    """Every figure of this benchmark, in milliseconds (``latex`` is 0 where not installed)."""
    latex = core("2", "3")().latex
    figures = {
        "core": median_ms(core("2", "3"), runs),
        "core_seen": median_ms(core("2", "3"), runs, fresh=False),
        "floor": median_ms(floor(latex), runs),
        "latex": 0.0,
        "summary": median_ms(summary, runs),
        "whole": median_ms(core("9", "9^9"), runs),
    }
    if shutil.which("latex") and shutil.which("dvipng"):
        try:
            figures["latex"] = median_ms(real_latex(latex), max(3, runs // 4))
        except RuntimeError as error:
            print(f"latex + dvipng: skipped ({str(error).splitlines()[0][:60]})")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs per case (median)")
    args = parser.parse_args()

    f = measure(args.runs)
    ours, bare, tex = f["core"], f["floor"], f["latex"]
    print(f"/pow 2 3 through the core      {ours:8.2f} ms   (a formula new to this process)")
    print(f"  formula drawn before         {f['core_seen']:8.2f} ms")
    print(
        f"math_to_image floor            {bare:8.2f} ms   ratio {ours / bare:5.2f}  (target ≤ 1.3)"
    )
    if tex:
        print(
            f"latex + dvipng (sympy.preview) {tex:8.2f} ms   core is {tex / ours:5.1f}× faster"
            f"  (target ≥ 20×; {tex / f['core_seen']:.0f}× for a formula drawn before)"
        )
    print(f"/pow 9 9^9 size summary        {f['summary']:8.2f} ms   (target < 50 ms)")
    print(f"/pow 9 9^9 whole answer        {f['whole']:8.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
