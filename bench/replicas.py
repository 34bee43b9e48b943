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
from collections import Counter
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


async def warmed(running: list[Replica], timeout: float = 300) -> None:
    """Wait until every replica has rendered its common lessons (its workers are warm and
    idle): the load starts on replicas as they are after start-up."""
    deadline = time.monotonic() + timeout
    while not all(
        any("common lessons ready" in entry.get("message", "") for entry in replica.logs())
        for replica in running
    ):
        if time.monotonic() > deadline:
            raise TimeoutError("the replicas did not finish warming up")
        await asyncio.sleep(0.2)


def statements(log: str) -> int:
    """Statements the server executed, from its log (log_statement=all)."""
    return len(re.findall(r"LOG:  (?:statement|execute [^:]*):", log))


# Run inside the rate-limit script, not sent by a client.
SCRIPT_ONLY = {"cmdstat_time", "cmdstat_hmget", "cmdstat_hset", "cmdstat_expire"}


async def redis_calls(redis: Redis) -> Counter[str]:
    """Commands clients sent, by name (a script is one round trip: its inner commands are left
    out, and so are this script's own INFO and FLUSHALL)."""
    stats = await redis.info("commandstats")
    mine = SCRIPT_ONLY | {"cmdstat_info", "cmdstat_flushall"}
    return Counter(
        {k.removeprefix("cmdstat_"): int(v["calls"]) for k, v in stats.items() if k not in mine}
    )


def per_command(before: Counter[str], after: Counter[str], count: int) -> str:
    """Redis commands per request, in all and by name."""
    delta = after - before
    names = ", ".join(f"{k} {v / count:.2f}" for k, v in sorted(delta.items()))
    return f"{sum(delta.values()) / count:.2f} ({names})"


async def measured(postgres: Any, redis: Redis, count: int, action: Any) -> tuple[str, float]:
    """Redis commands and PostgreSQL statements per request while ``action()`` runs."""
    await asyncio.sleep(1.5)  # statistics of earlier work settle
    pg, rd = statements(postgres.log()), await redis_calls(redis)
    await action()
    await asyncio.sleep(1.5)
    return per_command(rd, await redis_calls(redis), count), (
        statements(postgres.log()) - pg
    ) / count


async def round_trips(
    fake: FakeDiscord, running: list[Replica], postgres: Any, redis: Redis, count: int, skip: int
) -> dict[str, tuple[str, float]]:
    """Redis commands and PostgreSQL statements per command: the lesson mix (new requests),
    the same requests again (cache hits), and a practice answer (recorded)."""
    maker = Payloads()
    jobs = mixed_jobs(skip + count)[skip:]  # requests no replica has answered yet
    found: dict[str, tuple[str, float]] = {}
    for label in ("lesson, new", "lesson, cached"):
        batch = payloads_for(jobs, maker)
        found[label] = await measured(
            postgres, redis, len(batch), lambda b=batch: run_load(fake, running, b)
        )
    # Practice: /quiz shown, then the typed answer submitted (the answer is what is recorded).
    answers = []
    async with aiohttp.ClientSession() as http:
        for i in range(count // 4):
            me = 90_000 + i
            quiz = maker.slash("quiz", user_id=me)
            await post(http, running[i % len(running)], quiz)
            shown = next(r for r in fake.requests if r.path.endswith(f"/{quiz['token']}/callback"))
            if shown.json["type"] == 4:
                rows = shown.json["data"]["components"]
            else:  # deferred: the buttons come with the followup
                path = f"/webhooks/{APPLICATION_ID}/{quiz['token']}"
                rows = (await fake.wait_for(lambda r, p=path: r.path == p, 60)).json["components"]
            ids = [c["custom_id"] for row in rows for c in row["components"]]
            asked = next(i for i in ids if decode(i).ask)
            answers.append(maker.modal_submit(asked, "8", user_id=me))

        async def submit_all() -> None:
            for i, submit in enumerate(answers):
                await post(http, running[i % len(running)], submit)

        found["practice answer"] = await measured(postgres, redis, len(answers), submit_all)
    return found


async def main_async(count: int, rounds: int) -> None:
    jobs = mixed_jobs(count)
    print(f"{len(jobs)} interactions per layout, mix of bench/discord_load.py; 2 CPUs")
    redis_server = start_redis(maxmemory="256mb")
    postgres = start_postgres(options="-c log_statement=all")
    discord, slack = FakeDiscord(), SlackFake()
    await discord.start()
    await slack.start()
    redis = Redis.from_url(redis_server.url)
    cwd = Path(tempfile.mkdtemp(prefix="napier-bench-"))
    try:
        base = {
            "DISCORD_TOKEN": FAKE_TOKEN,
            "DISCORD_MODE": "http",
            "DISCORD_PUBLIC_KEY": KEY.verify_key.encode().hex(),
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_MODE": "http",
            "NAPIER_DATABASE_URL": postgres.create_database(),
            "NAPIER_REDIS_URL": redis_server.url,
            "NAPIER_JOB_TIMEOUT": "60",
            "NAPIER_RATE_BURST": "1000",
            "NAPIER_RATE_PER_MINUTE": "6000",
            "NAPIER_LOG_LEVEL": "INFO",
        }
        cmd = command(discord.base, slack.base_url)
        trips: dict[str, tuple[str, float]] = {}
        for round_ in range(rounds):
            floor = floor_rate(jobs)
            print(
                f"round {round_ + 1}: single-process floor {floor:.1f} jobs/s\n"
                f"{'layout':<22}{'replies/s':>10}{'× floor':>9}{'first p50':>11}"
                f"{'first p99':>11}{'reply p50':>11}{'reply p99':>11}{'inline':>8}{'busy':>6}"
                f"{'lost':>6}"
            )
            for count_, workers in LAYOUTS:
                await redis.flushall()
                ports = [free_port() for _ in range(count_)]
                settings = {**base, "NAPIER_WORKERS": str(workers)}
                async with replicas(count_, cwd, ports, settings, cmd) as running:
                    await warmed(running)
                    result = await run_load(discord, running, payloads_for(jobs, Payloads()))
                    rate = len(result["replies"]) / result["elapsed"]
                    first, replies = result["first"], result["replies"]
                    print(
                        f"{f'{count_} × {workers} workers':<22}{rate:>10.1f}{rate / floor:>9.2f}"
                        f"{percentile(first, 50):>10.2f}s{percentile(first, 99):>10.2f}s"
                        f"{percentile(replies, 50):>10.2f}s{percentile(replies, 99):>10.2f}s"
                        f"{result['inline']:>8}{result['busy']:>6}{result['missing']:>6}"
                    )
                    over = sum(1 for f in first if f >= FIRST_RESPONSE_TARGET)
                    if over:
                        print(f"  {over} first responses at or past {FIRST_RESPONSE_TARGET:.0f} s")
                    if (count_, workers) == (2, 1) and not trips:
                        await redis.flushall()
                        trips = await round_trips(discord, running, postgres, redis, 40, len(jobs))
        print("round trips per request (2 replicas):")
        for label, (rd, pg) in trips.items():
            print(f"  {label:<16} PostgreSQL statements {pg:5.2f}   Redis {rd}")
    finally:
        await redis.aclose()
        await discord.close()
        await slack.close()
        postgres.remove()
        redis_server.remove()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interactions", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2, help="every layout this many times")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main_async(args.interactions, args.rounds))


if __name__ == "__main__":
    main()
