"""How long hostile input takes: the cases the tests feed in, timed against a trivial answer.

Run ``python bench/hostile.py [--runs N]``. Each hostile case — towers, long products, nested
functions, astronomical exponents — is timed from the typed line to a reply or a refusal, as
the median of several runs (mathtext's and the core's formula caches cleared before each), and
printed as a ratio to the floor of its command measured in the same run: the uncached answer
to an easy request of the same command (``/pow 2 3``: one formula; ``/diff x^2``: a formula and
a plot). Target: every case within ``TARGET`` floors, far inside the workers' time limit. These
timings used to be assertions inside the tests; on a shared machine they belong here.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from matplotlib import mathtext

from napier import calculus, render
from napier.command_line import parse_line
from napier.errors import UserError
from napier.parser import parse

FLOORS = {"pow": "/pow 2 3", "diff": "/diff x^2"}
TARGET = 50
LINES = (
    "/pow 9 9^9",
    "/pow 9**9**9**9",
    "/pow 10^10^10^10",
    "/pow 2 2^64",
    "/pow 10 10^99",
    "/pow 9 9^9^9^9^9",
    "/pow 2^2^2^2^2",
    "/pow e 9^9^9^9",
    "/pow 1/2 9^9^9",
    "/pow (2^5000)^2 2",
    "/pow 2 (9^9^9)^(1/2)",
    "/pow " + "9" * 90 + " " + "9" * 90,
    "/diff x^x^x^x",
    "/diff " + "*".join(["x"] * 42),
    "/diff ((((((((((x/(x+1))/(x+2))/(x+3))/(x+4))/(x+5))/(x+6))/(x+7))/(x+8))/(x+9))/(x+10))",
    "/diff exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(x)))))))))))))))",
    "/diff sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(x^x))))))))))",
    "/diff " + "".join(f"(x+{k})" for k in range(1, 18)),
    "/diff e^(e^(e^x)) at:5",
)


def answer(line: str) -> None:
    """The typed line to a reply or a refusal, as a worker would produce it."""
    with contextlib.suppress(UserError):
        command, args = parse_line(line)
        command.reply(command.prepare(args), "en")


def point_value() -> None:
    with contextlib.suppress(calculus.TooLarge):
        calculus.point_value(parse("e^(e^(e^x))", variable=True), 5)


def timed(action, runs: int) -> float:  # type: ignore[no-untyped-def]
    """Median seconds of ``action()`` after one warm-up run, the formula caches cleared."""
    action()
    samples = []
    for _ in range(runs):
        mathtext.MathTextParser._parse_cached.cache_clear()
        render.clear_formula_cache()
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    floors = {name: timed(lambda line=line: answer(line), runs) for name, line in FLOORS.items()}
    for name, line in FLOORS.items():
        print(f"floor of /{name}, {line!r}: {floors[name] * 1000:.1f} ms")
    print(f"{'case':60} {'ms':>9} {'ratio':>7}")
    cases = [(line, lambda line=line: answer(line)) for line in LINES]
    cases.append(("/diff: calculus.point_value(e^(e^(e^x)), 5)", point_value))
    worst = 0.0
    for name, action in cases:
        seconds = timed(action, runs)
        ratio = seconds / floors[name[1:].split(maxsplit=1)[0].rstrip(":")]
        worst = max(worst, ratio)
        shown = name if len(name) <= 60 else name[:57] + "..."
        print(f"{shown:60} {seconds * 1000:9.1f} {ratio:7.2f}")
    print(f"worst ratio {worst:.2f} (target ≤ {TARGET})")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
