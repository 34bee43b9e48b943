"""Scale-out benchmark: signed interactions over loopback against one replica and against two
(a script, not a test).

``python bench/replicas.py [--interactions 200]`` starts a real Redis and a real PostgreSQL
(``tests/servers.py``), the loopback Discord and Slack stand-ins in this process, and bot
replicas as separate processes (``tests/bot/replicas.py``: ``python -m bot`` with Discord's
interactions endpoint). For each layout it posts the same mixed, distinct, signed slash
commands (those of ``bench/discord_load.py``) all at once, alternating between the replicas,
with every cache cold (Redis flushed, a new replica), and prints:

- replies per second, as a ratio to the single-process floor of ``bench/discord_load.py``
  (the same jobs answered back to back in one process) — the machine's cores bound it;
- time from posting an interaction to its first response reaching Discord (the inline answer
  or the deferral), p50/p99, and to the reply, p50/p99; "busy" answers count as responses;
  the target is p99 < 3 s for the first response (Discord's limit), never a timeout;
- Redis commands and PostgreSQL statements per command (Redis ``INFO commandstats``; the
  server's statement log), for the lesson mix and for a practice answer (which is recorded).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [
    str(ROOT / "src"),
    str(ROOT),
    str(ROOT / "tests"),
    str(ROOT / "tests" / "bot"),
    str(ROOT / "tests" / "bot" / "discord"),
    str(ROOT / "tests" / "bot" / "slack"),
    str(ROOT / "bench"),
]

import aiohttp  # noqa: E402
from discord_fake import APPLICATION_ID, FAKE_TOKEN, FakeDiscord, Payloads  # noqa: E402
from discord_load import floor_rate, mixed_jobs, percentile  # noqa: E402
from nacl.signing import SigningKey  # noqa: E402
from redis.asyncio import Redis  # noqa: E402
from replicas import Replica, command, replicas  # noqa: E402
from servers import free_port, start_postgres, start_redis  # noqa: E402
from slack_fake import BOT_TOKEN, SIGNING_SECRET, SlackFake  # noqa: E402

from bot.buttons import decode  # noqa: E402
from napier.commands import COMMANDS, INTEGER  # noqa: E402

KEY = SigningKey.generate()
FIRST_RESPONSE_TARGET = 3.0
LAYOUTS = ((1, 2), (2, 2), (2, 1))  # (replicas, workers each)


def signed(payload: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    stamp = str(int(time.time()))
    return body, {
        "Content-Type": "application/json",
        "X-Signature-Ed25519": KEY.sign(stamp.encode() + body).signature.hex(),
        "X-Signature-Timestamp": stamp,
    }


def payloads_for(jobs: list[tuple[str, dict[str, str], str]], maker: Payloads) -> list[dict]:
    kinds = {n: {o.name: o.kind for o in c.options} for n, c in COMMANDS.items()}
    return [
        maker.slash(
            name,
            {k: int(v) if kinds[name].get(k) == INTEGER else v for k, v in raw.items()},
            user_id=20_000 + i,
            locale="ja" if locale == "ja" else "en-US",
        )
        for i, (name, raw, locale) in enumerate(jobs)
    ]


async def post(
    http: aiohttp.ClientSession, replica: Replica, payload: dict[str, Any]
) -> tuple[int, float]:
    body, headers = signed(payload)
    sent = time.perf_counter()
    async with http.post(
        f"{replica.url}/discord/interactions", data=body, headers=headers
    ) as response:
        await response.read()
        return response.status, sent


async def run_load(
    fake: FakeDiscord, running: list[Replica], payloads: list[dict[str, Any]]
) -> dict[str, Any]:
    """Post every payload at once, alternating replicas; wait for every reply."""
    fake.requests.clear()
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:
        results = await asyncio.gather(
            *(post(http, running[i % len(running)], p) for i, p in enumerate(payloads))
        )
    sent = {p["token"]: at for p, (_, at) in zip(payloads, results, strict=True)}
    statuses = [status for status, _ in results]

    def reply_of(token: str) -> Any:
        callback = next((r for r in fake.requests if r.path.endswith(f"/{token}/callback")), None)
        if callback is not None and callback.json["type"] == 4:
            return callback
        path = f"/webhooks/{APPLICATION_ID}/{token}"
        return next((r for r in fake.requests if r.method == "POST" and r.path == path), None)

    deadline = time.monotonic() + 900
    while any(reply_of(t) is None for t in sent) and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    first, replies, busy, inline, missing = [], [], 0, 0, 0
    for token, at in sent.items():
        callback = next((r for r in fake.requests if r.path.endswith(f"/{token}/callback")), None)
        if callback is None:
            missing += 1
            continue
        first.append(callback.at - at)
        inline += callback.json["type"] == 4
        reply = reply_of(token)
        if reply is None:
            missing += 1
            continue
        replies.append(reply.at - at)
        busy += bool(reply.ephemeral)
    return {
        "statuses": statuses,
        "first": first,
        "replies": replies,
        "busy": busy,
        "inline": inline,
        "missing": missing,
        "elapsed": max(replies) if replies else float("nan"),
    }


def statements(log: str) -> int:
    """Statements the server executed, from its log (log_statement=all)."""
    return len(re.findall(r"LOG:  (?:statement|execute [^:]*):", log))


SCRIPT_ONLY = {"cmdstat_hmget", "cmdstat_hset", "cmdstat_expire"}  # run inside the rate script


async def redis_calls(redis: Redis) -> int:
    """Commands clients sent (a script is one round trip: its inner commands are left out)."""
    stats = await redis.info("commandstats")
    return sum(int(v["calls"]) for k, v in stats.items() if k not in SCRIPT_ONLY | {"cmdstat_info"})


async def round_trips(
    fake: FakeDiscord, running: list[Replica], postgres: Any, redis: Redis, count: int, skip: int
) -> dict[str, tuple[float, float]]:
    """Redis commands and PostgreSQL statements per command: the lesson mix (new requests),
    the same requests again (cache hits), and a practice answer (recorded)."""
    maker = Payloads()
    jobs = mixed_jobs(skip + count)[skip:]  # requests no replica has answered yet
    found: dict[str, tuple[float, float]] = {}
    payloads = payloads_for(jobs, maker)
    for label, batch in (("lesson, new", payloads), ("lesson, cached", payloads_for(jobs, maker))):
        await asyncio.sleep(1.5)
        pg, rd = statements(postgres.log()), await redis_calls(redis)
        await run_load(fake, running, batch)
        await asyncio.sleep(1.5)
        found[label] = (
            (await redis_calls(redis) - rd) / len(batch),
            (statements(postgres.log()) - pg) / len(batch),
        )
    # Practice: /quiz shown, then the typed answer submitted (the answer is what is recorded).
    answers = []
    async with aiohttp.ClientSession() as http:
        for i in range(count // 4):
            me = 90_000 + i
            quiz = maker.slash("quiz", user_id=me)
            await post(http, running[i % len(running)], quiz)
            shown = next(r for r in fake.requests if r.path.endswith(f"/{quiz['token']}/callback"))
            ids = [
                c["custom_id"]
                for row in shown.json["data"]["components"]
                for c in row["components"]
            ]
            answers.append(
                maker.modal_submit(next(i for i in ids if decode(i).ask), "8", user_id=me)
            )
        await asyncio.sleep(1.5)
        pg, rd = statements(postgres.log()), await redis_calls(redis)
        for i, submit in enumerate(answers):
            await post(http, running[i % len(running)], submit)
        await asyncio.sleep(1.5)
        found["practice answer"] = (
            (await redis_calls(redis) - rd) / len(answers),
            (statements(postgres.log()) - pg) / len(answers),
        )
    return found


async def main_async(count: int) -> None:
    jobs = mixed_jobs(count)
    print(f"{len(jobs)} interactions per layout, mix of bench/discord_load.py; 2 CPUs")
    floor = floor_rate(jobs)
    print(f"single-process floor: {floor:.1f} jobs/s (the same jobs back to back, one process)")
    redis_server = start_redis(maxmemory="256mb")
    postgres = start_postgres(options="-c log_statement=all -c log_min_duration_statement=-1")
    discord, slack = FakeDiscord(), SlackFake()
    await discord.start()
    await slack.start()
    redis = Redis.from_url(redis_server.url)
    cwd = Path(tempfile.mkdtemp(prefix="napier-bench-"))
    try:
        database = postgres.create_database()
        base = {
            "DISCORD_TOKEN": FAKE_TOKEN,
            "DISCORD_MODE": "http",
            "DISCORD_PUBLIC_KEY": KEY.verify_key.encode().hex(),
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_MODE": "http",
            "NAPIER_DATABASE_URL": database,
            "NAPIER_REDIS_URL": redis_server.url,
            "NAPIER_JOB_TIMEOUT": "60",
            "NAPIER_RATE_BURST": "1000",
            "NAPIER_RATE_PER_MINUTE": "6000",
            "NAPIER_LOG_LEVEL": "WARNING",
        }
        cmd = command(discord.base, slack.base_url)
        print(
            f"{'layout':<22}{'replies/s':>10}{'× floor':>9}{'first p50':>11}{'first p99':>11}"
            f"{'reply p50':>11}{'reply p99':>11}{'inline':>8}{'busy':>6}{'lost':>6}"
        )
        trips: dict[str, tuple[float, float]] = {}
        for count_, workers in LAYOUTS:
            await redis.flushall()
            ports = [free_port() for _ in range(count_)]
            settings = {**base, "NAPIER_WORKERS": str(workers)}
            async with replicas(count_, cwd, ports, settings, cmd) as running:
                payloads = payloads_for(jobs, Payloads())
                result = await run_load(discord, running, payloads)
                rate = len(result["replies"]) / result["elapsed"]
                p = percentile
                print(
                    f"{f'{count_} × {workers} workers':<22}{rate:>10.1f}{rate / floor:>9.2f}"
                    f"{p(result['first'], 50):>10.2f}s{p(result['first'], 99):>10.2f}s"
                    f"{p(result['replies'], 50):>10.2f}s{p(result['replies'], 99):>10.2f}s"
                    f"{result['inline']:>8}{result['busy']:>6}{result['missing']:>6}"
                )
                over = sum(1 for f in result["first"] if f >= FIRST_RESPONSE_TARGET)
                if over or result["missing"]:
                    print(f"  {over} first responses at or past {FIRST_RESPONSE_TARGET:.0f} s")
                if (count_, workers) == (2, 1):
                    await redis.flushall()
                    trips = await round_trips(discord, running, postgres, redis, 40, len(jobs))
        print("round trips per command (2 replicas):")
        for label, (rd, pg) in trips.items():
            print(f"  {label:<18} Redis {rd:5.2f}   PostgreSQL statements {pg:5.2f}")
    finally:
        await redis.aclose()
        await discord.close()
        await slack.close()
        postgres.remove()
        redis_server.remove()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interactions", type=int, default=200)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main_async(args.interactions))


if __name__ == "__main__":
    main()
