"""Load benchmark for the Discord adapter (a script, not a test).

``python bench/discord_load.py [--interactions 200] [--workers N]`` sends that many concurrent,
mixed, distinct slash commands through real discord.py against the loopback Discord API of the
tests (``tests/bot/discord/discord_fake.py``), with the reply cache off, and prints:

- event-loop lag p50/p99 (a 10 ms ticker on the bot's loop);
- time from an interaction's arrival to its deferred callback reaching the API, p50/p99;
- replies per second, against the single-process floor (the same jobs run back to back in
  one process with ``napier.commands.answer``) times the number of workers;
- peak memory (VmHWM) of the bot process and of each worker.

Targets: loop-lag p99 < 50 ms, defer p99 < 100 ms, throughput ≥ 0.8 × workers × floor.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "tests" / "bot" / "discord")]

from discord_fake import APPLICATION_ID, FAKE_TOKEN, FakeDiscord, Payloads, dispatch  # noqa: E402

from bot.discord.app import create_client  # noqa: E402
from bot.runtime import Runtime  # noqa: E402
from bot.settings import Settings  # noqa: E402
from napier.commands import COMMANDS, INTEGER, answer  # noqa: E402
from napier.errors import UserError  # noqa: E402

log = logging.getLogger(__name__)

TEMPLATES: dict[str, list[dict[str, Any]]] = {
    "pow": [{"base": "{a}", "exponent": "{b}"}, {"base": "{a}/{c}", "exponent": "{b}"}],
    "law": [{"id": "1.{l}", "a": "{a}", "x": "{b}", "y": "{c}"}],
    "diff": [{"f": "{a}^x", "at": "{b}"}, {"f": "x^{b}", "at": "{a}"}],
    "napier": [{"topic": "digits", "n": "{n}"}, {"topic": "limit", "n": "{n}"}],
    "grow": [{"model": "interest", "principal": "{p}", "rate": "{b}", "years": "{c}"}],
}


def mixed_jobs(count: int) -> list[tuple[str, dict[str, str], str]]:
    """``count`` distinct, valid (command, options, locale) triples across the commands."""
    jobs: list[tuple[str, dict[str, str], str]] = []
    seen: set[tuple[str, Any, str]] = set()
    names = [n for n in TEMPLATES if n in COMMANDS]
    for i in itertools.count():
        if len(jobs) == count or i > count * 50:
            break
        name = names[i % len(names)]
        template = TEMPLATES[name][(i // len(names)) % len(TEMPLATES[name])]
        values = {
            "a": 2 + i % 9,
            "b": 2 + (i // 3) % 11,
            "c": 2 + (i // 7) % 5,
            "l": 1 + i % 6,
            "n": 20 + i,
            "p": 1000 * (1 + i % 50),
        }
        raw = {k: v.format(**values) for k, v in template.items()}
        locale = ("en", "ja")[(i // 2) % 2]
        try:
            request = COMMANDS[name].prepare(raw)
        except UserError:
            continue
        if (name, request, locale) not in seen:
            seen.add((name, request, locale))
            jobs.append((name, raw, locale))
    return jobs


def peak_kib(pid: int | str = "self") -> int:
    """Peak resident memory (VmHWM) of a process, in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def floor_rate(jobs: list[tuple[str, dict[str, str], str]]) -> float:
    """Jobs per second when the same jobs run back to back in this one process."""
    name, raw, locale = jobs[0]
    answer(name, COMMANDS[name].prepare(raw), locale)  # warm up fonts and imports
    started = time.perf_counter()
    for name, raw, locale in jobs:
        answer(name, COMMANDS[name].prepare(raw), locale)
    return len(jobs) / (time.perf_counter() - started)


async def ticker(lags: list[float], stop: asyncio.Event, period: float = 0.01) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        expected = loop.time() + period
        await asyncio.sleep(period)
        lags.append(max(0.0, loop.time() - expected))


async def load(jobs: list[tuple[str, dict[str, str], str]], workers: int) -> dict[str, Any]:
    fake = FakeDiscord()
    await fake.start()
    settings = Settings(discord_token=FAKE_TOKEN)
    runtime = Runtime(
        settings,
        workers=workers,
        timeout=30,
        cache_size=0,
        rate_burst=10**6,
        rate_per_minute=10**6,
    )
    await runtime.start()
    client = create_client(runtime, settings)
    await client.login(FAKE_TOKEN)
    payloads = Payloads()
    kinds = {n: {o.name: o.kind for o in c.options} for n, c in COMMANDS.items()}
    prepared = [
        payloads.slash(
            name,
            {k: int(v) if kinds[name].get(k) == INTEGER else v for k, v in raw.items()},
            user_id=10_000 + i,
            locale="ja" if locale == "ja" else "en-US",
        )
        for i, (name, raw, locale) in enumerate(jobs)
    ]
    lags: list[float] = []
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(lags, stop))
    await asyncio.sleep(0.2)
    sent: dict[str, float] = {}
    started = time.perf_counter()
    for payload in prepared:
        sent[payload["token"]] = time.perf_counter()
        dispatch(client, payload)
        await asyncio.sleep(0)  # the gateway delivers events one at a time
    done = {f"/webhooks/{APPLICATION_ID}/{p['token']}" for p in prepared}

    def finished() -> bool:
        return len({r.path for r in fake.requests if r.method == "POST"} & done) == len(done)

    while not finished():
        await asyncio.sleep(0.05)
    elapsed = max(r.at for r in fake.requests if r.path in done) - started
    stop.set()
    await tick
    defers, replies, errors = [], [], 0
    for r in fake.requests:
        token = r.path.split("/")[3] if r.path.count("/") >= 3 else ""
        if r.path.endswith("/callback") and r.json.get("type") == 5:
            defers.append(r.at - sent[token])
        elif r.method == "POST" and r.path in done:
            replies.append(r.at - sent[r.path.rsplit("/", 1)[1]])
            errors += bool(r.ephemeral)
    result = {
        "lags": lags,
        "defers": defers,
        "replies": replies,
        "errors": errors,
        "elapsed": elapsed,
        "bot_kib": peak_kib(),
        "worker_kib": [peak_kib(pid) for pid in runtime.pool.pids],
    }
    await client.close()
    await runtime.close()
    await fake.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interactions", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    jobs = mixed_jobs(args.interactions)
    mix = {n: sum(1 for j in jobs if j[0] == n) for n in TEMPLATES}
    print(f"{len(jobs)} interactions, {args.workers} workers, cache off; mix {mix}")
    floor = floor_rate(jobs)
    result = asyncio.run(load(jobs, args.workers))
    rate = len(jobs) / result["elapsed"]
    target = 0.8 * args.workers * floor
    ms = 1000
    print(
        f"event-loop lag   p50 {percentile(result['lags'], 50) * ms:6.1f} ms"
        f"   p99 {percentile(result['lags'], 99) * ms:6.1f} ms   (target p99 < 50 ms)"
    )
    print(
        f"deferred callback p50 {percentile(result['defers'], 50) * ms:6.1f} ms"
        f"   p99 {percentile(result['defers'], 99) * ms:6.1f} ms   (target p99 < 100 ms)"
    )
    print(
        f"reply latency    p50 {percentile(result['replies'], 50):6.2f} s"
        f"    p99 {percentile(result['replies'], 99):6.2f} s    ({result['errors']} error replies)"
    )
    print(
        f"throughput {rate:.1f} replies/s; single-process floor {floor:.1f} jobs/s; "
        f"target ≥ 0.8 × {args.workers} × floor = {target:.1f}/s "
        f"({'met' if rate >= target else 'missed'}, {rate / (args.workers * floor):.2f} × ideal)"
    )
    workers = ", ".join(f"{kib / 1024:.0f}" for kib in result["worker_kib"])
    print(f"peak memory: bot {result['bot_kib'] / 1024:.0f} MiB; workers {workers} MiB")


if __name__ == "__main__":
    main()
