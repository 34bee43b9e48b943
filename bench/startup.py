"""Start fast, stay light: every start-up figure in one run (a script, not a test).

``python bench/startup.py [--runs N] [--before REV]`` measures, on this machine, in this run:

1. the one-shot console ``python -m bot console "/pow 2 3"`` against the import floor (a bare
   interpreter importing matplotlib with Agg and mathtext, sympy and mpmath): both commands
   alternately, ``--runs`` times each, medians (target: ratio ≤ 1.5);
2. the first request in a fresh worker against the same request warm (its tenth run, with
   the worker's formula and sympy caches emptied before each so the work is the same), for
   requests of every command (target: ≤ 1.2);
3. ``/pow 2 3`` through the core against real LaTeX (``bench/pow.py``; target ≥ 20×);
4. ``python -m bot discord`` against the loopback Discord API and gateway of the tests, with
   the code of ``--before`` (main before this work) and of this tree: time to ready (commands
   accepted), the first ``/law 1.4`` and ``/napier limit`` once the bot has warmed up, and the
   bot process's resident memory after answering every command's example in both languages;
5. ``python -m bot slack`` (Socket Mode, loopback Web API): time to ready (target < 3 s).

Real LaTeX needs Debian's ``texlive-latex-base`` and ``dvipng`` (the row is skipped without).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Awaitable, Callable
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "bot"
sys.path[:0] = [
    str(ROOT / "src"),
    str(ROOT),
    str(TESTS),
    str(TESTS / "discord"),
    str(TESTS / "slack"),
    str(ROOT / "bench"),
]

import forget  # noqa: E402
import pow as pow_bench  # noqa: E402
from discord_fake import APPLICATION_ID, FAKE_TOKEN, FakeDiscord, Payloads  # noqa: E402
from loopback_bot import BotProcess, bot_process, discord_command, slack_command  # noqa: E402
from slack_fake import APP_TOKEN, BOT_TOKEN, SlackFake  # noqa: E402

from bot.runtime import Runtime  # noqa: E402
from napier.command_line import parse_line  # noqa: E402
from napier.commands import INTEGER, visible  # noqa: E402

BEFORE = "d7181e394496920e40f69fa8b4f2cef3e90efa44"  # main before the lean start-up work
FLOOR = "import matplotlib; matplotlib.use('Agg'); import matplotlib.mathtext, sympy, mpmath"
FIRST_REQUESTS = ("/law 1.4", "/napier limit")
# Requests for the cold/warm comparison: every lesson, none of them the examples that workers
# answer while they warm up.
COLD_REQUESTS = (
    "/pow 3 4",
    "/law 1.2 a:3 x:2",
    "/diff 3 at:2",
    "/diff x*e^x",
    "/napier digits n:80",
    "/grow bacteria 200 1 6",
    *FIRST_REQUESTS,
)
COMMON_READY = re.compile(r"common lessons ready")
READY_MS = re.compile(r"ready in (\d+) ms")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# --- 1. the one-shot console against the import floor ------------------------------------------


def timed_ms(argv: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU (user + system, the process and the children it waited for) milliseconds
    of one run of ``argv``."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv[:4]} failed")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def one_shot_against_floor(runs: int, scratch: Path) -> dict[str, float]:
    """Medians (ms, wall and CPU) of the import floor and of the one-shot console, run
    alternately."""
    floor, one_shot = [], []
    console = [sys.executable, "-m", "bot", "console", "/pow 2 3", "--out", str(scratch / "out")]
    for _ in range(runs):
        floor.append(timed_ms([sys.executable, "-c", FLOOR], scratch))
        one_shot.append(timed_ms(console, scratch))
    return {
        "floor": median([wall for wall, _ in floor]),
        "floor_cpu": median([cpu for _, cpu in floor]),
        "one_shot": median([wall for wall, _ in one_shot]),
        "one_shot_cpu": median([cpu for _, cpu in one_shot]),
    }


# --- 2. the first request in a fresh worker against the same request warm -----------------------


async def cold_and_warm(line: str, runs: int, fresh: int = 3) -> tuple[float, float]:
    """Milliseconds of ``line`` as a fresh worker's first job (median over ``fresh`` new
    workers), and warm (median of ``runs`` later runs, what it computed forgotten before each)."""
    command, args = parse_line(line)
    cold: list[float] = []
    warm: list[float] = []
    for attempt in range(fresh):
        async with Runtime(
            workers=1,
            timeout=60,
            cache_size=0,
            rate_burst=1000,
            rate_per_minute=6000,
            initializer="forget",
        ) as runtime:
            job = await runtime.admit("bench", command.name, args)
            start = time.perf_counter()
            reply = await runtime.execute(job, "en")
            cold.append((time.perf_counter() - start) * 1000)
            assert not reply.error, reply.text
            for _ in range(runs // fresh + (attempt < runs % fresh)):
                await runtime.execute(await runtime.admit("bench", forget.NAME, {}), "en")
                start = time.perf_counter()
                await runtime.execute(job, "en")
                warm.append((time.perf_counter() - start) * 1000)
    return median(cold), median(warm)


# --- 4. and 5. the bot processes against the loopback platforms --------------------------------


def before_tree(revision: str, into: Path) -> Path:
    """The code of ``revision`` (``src`` and ``bot``) extracted under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src", "bot"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def example_options(line: str) -> tuple[str, dict[str, Any]]:
    command, raw = parse_line(line)
    kinds = {o.name: o.kind for o in command.options}
    return command.name, {k: int(v) if kinds.get(k) == INTEGER else v for k, v in raw.items()}


async def wait_line(bot: BotProcess, pattern: re.Pattern[str], timeout: float) -> str | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = next((line for line in bot.lines if pattern.search(line)), None)
        if found is not None or bot.process.returncode is not None:
            return found
        await asyncio.sleep(0.05)
    return None


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (the bot's workers)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def memory_kib(pid: int) -> dict[str, int]:
    status = Path(f"/proc/{pid}/status").read_text()
    return {
        name: int(re.search(rf"^{name}:\s+(\d+) kB", status, re.MULTILINE).group(1))  # type: ignore[union-attr]
        for name in ("VmRSS", "VmHWM")
    }


async def interaction_ms(
    fake: FakeDiscord, payloads: Payloads, users: list[int], line: str, locale: str = "en-US"
) -> float:
    """Milliseconds from pushing ``line`` through the gateway to its followup at the API."""
    name, options = example_options(line)
    users.append(users[-1] + 1)
    payload = payloads.slash(name, options, user_id=users[-1], locale=locale)
    path = f"/webhooks/{APPLICATION_ID}/{payload['token']}"
    start = time.perf_counter()
    await fake.send_event("INTERACTION_CREATE", payload)
    followup = await fake.wait_for(lambda r: r.method == "POST" and r.path == path, 120)
    return (followup.at - start) * 1000


async def discord_session(
    root: Path, scratch: Path, *, lessons: bool, announces: bool = True
) -> dict[str, float]:
    """One fresh Discord bot process with the code at ``root``: time to ready and (with
    ``lessons``) the first /law 1.4 and /napier limit once warm, and its memory after every
    command's example. ``announces``: the code logs when its common lessons are ready."""
    fake = FakeDiscord()
    await fake.start()
    payloads, users = Payloads(), [10_000]
    figures: dict[str, float] = {}
    try:
        command = discord_command(fake.base, fake.gateway_url)
        start = time.perf_counter()
        data = tempfile.mkdtemp(dir=scratch)  # each bot its own learner memory
        async with bot_process(
            command,
            scratch,
            root,
            DISCORD_TOKEN=FAKE_TOKEN,
            NAPIER_WORKERS="2",
            NAPIER_DATA_DIR=data,
        ) as bot:
            await asyncio.wait_for(fake.identified.wait(), 60)
            figures["ready"] = (time.perf_counter() - start) * 1000
            logged = await wait_line(bot, READY_MS, 5) if announces else None
            figures["logged"] = float(READY_MS.search(logged).group(1)) if logged else 0.0
            if not lessons:
                return figures
            # Warm: this tree renders the common lessons in the background and says when;
            # the code before started its workers before connecting.
            if announces:
                said = await wait_line(bot, COMMON_READY, 120)
                figures["warm"] = (time.perf_counter() - start) * 1000 if said else float("nan")
            for line in FIRST_REQUESTS:
                figures[line] = await interaction_ms(fake, payloads, users, line)
            for command_ in visible():
                for locale in ("ja", "en-US"):
                    await interaction_ms(fake, payloads, users, command_.example, locale)
            figures.update(memory_kib(bot.process.pid))
            workers = [memory_kib(child)["VmRSS"] for child in children(bot.process.pid)]
            figures["workers"] = max(workers, default=0)
            await bot.stop()
    finally:
        await fake.close()
    return figures


async def slack_ready_ms(root: Path, scratch: Path) -> float:
    fake = SlackFake()
    await fake.start()
    try:
        command = slack_command(fake.base_url)
        settings = {
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_APP_TOKEN": APP_TOKEN,
            "NAPIER_WORKERS": "2",
            "NAPIER_DATA_DIR": tempfile.mkdtemp(dir=scratch),
        }
        start = time.perf_counter()
        async with bot_process(command, scratch, root, **settings) as bot:
            await fake.wait_for(lambda: fake.socket_connected, 60)
            ready = (time.perf_counter() - start) * 1000
            await bot.stop()
        return ready
    finally:
        await fake.close()


async def repeat(times: int, measure: Callable[[], Awaitable[float]]) -> float:
    return median([await measure() for _ in range(times)])


# --- the report ----------------------------------------------------------------------------


def check(ok: bool) -> str:
    return "✓" if ok else "✗"


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per figure (median)")
    parser.add_argument(
        "--before",
        default=BEFORE,
        help="the code to compare against (default: main before this work)",
    )
    args = parser.parse_args()
    runs = args.runs

    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        old = before_tree(args.before, scratch / "before")

        print("1. one-shot console against the import floor …", flush=True)
        start_up = one_shot_against_floor(runs, scratch)
        floor, one_shot = start_up["floor"], start_up["one_shot"]
        print(
            f"   floor {floor:.0f} ms ({start_up['floor_cpu']:.0f} ms CPU), "
            f"one-shot {one_shot:.0f} ms ({start_up['one_shot_cpu']:.0f} ms CPU)"
        )

        print("2. first request in a fresh worker against warm …", flush=True)
        first: dict[str, tuple[float, float]] = {}
        for line in COLD_REQUESTS:
            first[line] = await cold_and_warm(line, runs)
            cold, warm = first[line]
            print(f"   {line:45s} cold {cold:7.1f} ms  warm {warm:7.1f} ms  {cold / warm:5.2f}")

        print("3. /pow 2 3 against real LaTeX …", flush=True)
        power = pow_bench.measure(max(runs, 21))

        print("4. Discord bot processes, before and after …", flush=True)
        sessions = {
            "before": await discord_session(old, scratch, lessons=True, announces=False),
            "after": await discord_session(ROOT, scratch, lessons=True),
        }
        ready = {
            "before": await repeat(runs // 3 or 1, lambda: _ready(old, scratch, False)),
            "after": await repeat(runs // 3 or 1, lambda: _ready(ROOT, scratch, True)),
        }

        print("5. Slack bot process …", flush=True)
        slack = {
            tree: await repeat(runs // 3 or 1, lambda r=root: slack_ready_ms(r, scratch))
            for tree, root in (("before", old), ("after", ROOT))
        }

    ratio_one_shot = one_shot / floor
    ratios = {line: cold / warm for line, (cold, warm) in first.items()}
    overall = sum(c for c, _ in first.values()) / sum(w for _, w in first.values())
    worst = max(ratios, key=ratios.__getitem__)
    before, after = sessions["before"], sessions["after"]

    print()
    row("figure", "result", "target")
    row(
        "one-shot console / import floor",
        f"{ratio_one_shot:.2f} ({one_shot:.0f} / {floor:.0f} ms)",
        f"≤ 1.5 {check(ratio_one_shot <= 1.5)}",
    )
    cpu_ratio = start_up["one_shot_cpu"] / start_up["floor_cpu"]
    row(
        "  the same in CPU time",
        f"{cpu_ratio:.2f} ({start_up['one_shot_cpu']:.0f} / {start_up['floor_cpu']:.0f} ms)",
    )
    row(
        "first request / warm median (all commands)",
        f"{overall:.2f} (worst {ratios[worst]:.2f}: {worst})",
        f"≤ 1.2 {check(overall <= 1.2)}",
    )
    latex, core, seen = power["latex"], power["core"], power["core_seen"]
    if latex:
        row(
            "real LaTeX / core, /pow 2 3 (a new formula)",
            f"{latex / core:.1f}× ({latex:.0f} / {core:.2f} ms)",
            f"≥ 20 {check(latex / core >= 20)}",
        )
        row("real LaTeX / core, a formula drawn before", f"{latex / seen:.0f}× ({seen:.2f} ms)")
    else:
        row("real LaTeX / core", "skipped: latex and dvipng are not installed")
    row(
        "bot process memory, RSS (peak), before → after",
        f"{before['VmRSS'] / 1024:.0f} ({before['VmHWM'] / 1024:.0f}) → "
        f"{after['VmRSS'] / 1024:.0f} ({after['VmHWM'] / 1024:.0f}) MiB",
    )
    row(
        "a worker's memory, RSS (largest), before → after",
        f"{before['workers'] / 1024:.0f} → {after['workers'] / 1024:.0f} MiB",
    )
    row(
        "Discord: start to ready, before → after",
        f"{ready['before'] / 1000:.2f} → {ready['after'] / 1000:.2f} s",
        f"< 3 s {check(ready['after'] < 3000)}",
    )
    row(
        "Slack (Socket Mode): start to ready, before → after",
        f"{slack['before'] / 1000:.2f} → {slack['after'] / 1000:.2f} s",
        f"< 3 s {check(slack['after'] < 3000)}",
    )
    row("Discord: 'ready in N ms' as the bot logs it", f"{after['logged']:.0f} ms")
    row("Discord: start to common lessons ready", f"{after['warm'] / 1000:.2f} s")
    for line in FIRST_REQUESTS:
        row(
            f"first {line} in a fresh bot, before → after",
            f"{before[line]:.0f} → {after[line]:.0f} ms",
            "(interaction to followup)",
        )
    return 0


def row(figure: str, result: str, target: str = "") -> None:
    print(f"{figure:52s} {result:40s} {target}".rstrip())


async def _ready(root: Path, scratch: Path, announces: bool) -> float:
    return (await discord_session(root, scratch, lessons=False, announces=announces))["ready"]


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
