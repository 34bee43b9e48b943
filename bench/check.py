"""Checking an answer against its floor: one ``sympy.simplify(a - b) == 0`` on the same pair.

Run ``python bench/check.py [--seeds N] [--runs N]``. For every skill and level, over seeds,
it takes the answers a learner might type — the right answer in sympy's own form, the answer
of every known mistake, and an unrelated wrong answer — and times, per pair, as medians of
``--runs`` calls after a warm-up:

- the whole check (``napier.practice.check.check``: parse, compare, form, diagnosis);
- the floor: ``sympy.simplify(a - b) == 0`` on the same pair, sympy's cache cleared first
  (a and b are built beforehand from the parsed answer and the right answer);
- the same floor with a and b built inside the timing (from the trees, as a sympy-based
  checker would have to): sympy's constructors already cancel equal canonical forms and
  evaluate numbers, so for those pairs the bare ``simplify`` has nothing left to do;
- rebuilding the exercise from its id (done once per click, before the check).

It prints the ratio check/floor at the 50th, 90th and 99th percentiles (target: p99 under 3),
for all pairs and apart for numbers and for expressions in x, and the slowest single check
(which must stay far inside the worker's time limit).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import sympy
from sympy.core.cache import clear_cache

from napier import calculus, parser
from napier.practice import check, skills
from napier.practice.ids import RANGE_SKILLS, SKILL_IDS
from napier.practice.trees import typed_text


def median_ms(
    work: Callable[[], object], runs: int, before: Callable[[], None] = lambda: None
) -> float:
    """The median wall time of ``work`` in milliseconds, after one warm-up call."""
    before()
    work()
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def answers(exercise: skills.Exercise) -> list[str]:
    """What learners type: the right answer (sympy's form), each mistake's, and a wrong one."""
    right = sympy.sstr(calculus.to_sympy(exercise.task.answer))
    typed = [right if len(right) <= parser.MAX_LENGTH else typed_text(exercise.task.answer)]
    typed += [typed_text(m.answer) for m in exercise.task.mistakes]
    typed.append("x^2 + 1" if exercise.task.variable else "12345/7")
    return [text for text in typed if len(text) <= parser.MAX_LENGTH]


def _floor(a: sympy.Expr, b: sympy.Expr) -> bool:
    return sympy.simplify(a - b) == 0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _built_floor(answer: object, reference: object) -> bool:
    a, b = calculus.to_sympy(answer), calculus.to_sympy(reference)
    return sympy.simplify(a - b) == 0


def _report(name: str, ratios: list[float]) -> None:
    if not ratios:
        return
    row = "".join(f"{percentile(ratios, p):9.3f}" for p in (50, 90, 99))
    print(f"  {name:<34}{row}{max(ratios):9.3f}   ({len(ratios)} pairs)")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--seeds", type=int, default=3)
    options.add_argument("--runs", type=int, default=3)
    args = options.parse_args()

    ratios: dict[str, list[float]] = {"numbers": [], "expressions in x": []}
    built: dict[str, list[float]] = {"numbers": [], "expressions in x": []}
    checks: list[float] = []
    floors: list[float] = []
    rebuilds: list[float] = []
    beyond: list[float] = []  # check times of pairs whose floor fails in sympy itself
    slowest = (0.0, "")
    for skill in SKILL_IDS:
        if skill in RANGE_SKILLS:  # ranges of x are compared by their ends: no simplify floor
            continue
        for level in (1, 2, 3):
            for seed in range(args.seeds):
                exercise = skills.generate(skill, level, seed)
                rebuilds.append(median_ms(partial(skills.exercise, exercise.id), args.runs))
                right = calculus.to_sympy(exercise.task.answer)
                kind = "expressions in x" if exercise.task.variable else "numbers"
                for text in answers(exercise):
                    run = partial(check.check, exercise.task, text)
                    verdict = run()
                    learner = calculus.to_sympy(verdict.answer)
                    floor = partial(_floor, learner, right)
                    full = partial(_built_floor, verdict.answer, exercise.task.answer)
                    took = median_ms(run, args.runs)
                    try:
                        base = median_ms(floor, args.runs, before=clear_cache)
                        whole = median_ms(full, args.runs, before=clear_cache)
                    except ValueError:  # sympy cannot print an integer over 4,300 digits
                        beyond.append(took)
                        continue
                    checks.append(took)
                    floors.append(base)
                    ratios[kind].append(took / base)
                    built[kind].append(took / whole)
                    if took > slowest[0]:
                        slowest = (took, f"{exercise.id} ← {text}")
    every = ratios["numbers"] + ratios["expressions in x"]
    counted = len(SKILL_IDS) - len(RANGE_SKILLS)
    print(f"pairs: {len(every)} ({counted} skills × 3 levels × {args.seeds} seeds)")
    print("ratio check / floor                        p50      p90      p99      max")
    print(" floor = sympy.simplify(a - b) == 0 (a, b built beforehand):")
    _report("all pairs", every)
    for kind, values in ratios.items():
        _report(kind, values)
    print(" floor = a, b built from the trees, then simplify(a - b) == 0:")
    _report("all pairs", built["numbers"] + built["expressions in x"])
    for kind, values in built.items():
        _report(kind, values)
    print("times (ms)                                 p50      p90      p99      max")
    for name, values in (("check", checks), ("floor", floors), ("rebuild from id", rebuilds)):
        row = "".join(f"{percentile(values, p):9.2f}" for p in (50, 90, 99))
        print(f"  {name:<34}{row}{max(values):9.2f}")
    print(f"p99 check / p99 floor: {percentile(checks, 99) / percentile(floors, 99):.3f}")
    print(f"slowest check: {slowest[0]:.1f} ms ({slowest[1]})")
    if beyond:
        print(
            f"{len(beyond)} pairs where the floor fails (sympy's simplify cannot print an "
            f"integer over 4,300 digits); the check answered them in at most {max(beyond):.2f} ms"
        )


if __name__ == "__main__":
    main()
