"""Two bot replicas in separate processes behind one PostgreSQL and one Redis (real servers),
answering signed Discord and Slack requests that alternate between them."""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from discord_fake import (
    APPLICATION_ID,
    FAKE_TOKEN,
    GUILD_ID,
    PNG_SIGNATURE,
    FakeDiscord,
    Payloads,
    Request,
)
from nacl.signing import SigningKey
from processes import alive
from replicas import Replica, children, command, replicas
from servers import Postgres, RedisServer, free_port
from slack_fake import BOT_TOKEN, SIGNING_SECRET, SlackFake, signed_headers, slash_body

from bot.buttons import decode
from bot.storage import Store
from napier.i18n import t

KEY = SigningKey.generate()
CHANNEL = "C0STUDY"
BURST = 5


@dataclass
class Stand:
    """The platforms' stand-ins, the database, and the two running replicas."""

    discord: FakeDiscord
    slack: SlackFake
    database: str
    replicas: list[Replica]
    http: aiohttp.ClientSession
    payloads: Payloads

    async def discord_post(
        self, replica: Replica, payload: dict[str, Any], key: SigningKey = KEY
    ) -> int:
        body = json.dumps(payload).encode()
        stamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Signature-Ed25519": key.sign(stamp.encode() + body).signature.hex(),
            "X-Signature-Timestamp": stamp,
        }
        async with self.http.post(
            f"{replica.url}/discord/interactions", data=body, headers=headers
        ) as response:
            return response.status

    async def slack_post(
        self, replica: Replica, body: str, headers: dict[str, str] | None = None
    ) -> int:
        async with self.http.post(
            f"{replica.url}/slack/events", data=body, headers=headers or signed_headers(body)
        ) as response:
            return response.status

    async def callback(self, payload: dict[str, Any], timeout: float = 60) -> Request:
        """The interaction's initial response (waited for: a replica answers HTTP by 3 s
        even when a loaded machine delays the callback)."""
        path = f"/interactions/{payload['id']}/{payload['token']}/callback"
        return await self.discord.wait_for(lambda r: r.path == path, timeout)

    def callbacks(self, payload: dict[str, Any]) -> list[Request]:
        return [r for r in self.discord.for_token(payload["token"]) if r.path.endswith("/callback")]

    async def followup(self, payload: dict[str, Any], timeout: float = 60) -> Request:
        path = f"/webhooks/{APPLICATION_ID}/{payload['token']}"
        return await self.discord.wait_for(lambda r: r.method == "POST" and r.path == path, timeout)

    async def metric(self, replica: Replica, name: str) -> float:
        async with self.http.get(f"{replica.url}/metrics") as response:
            text = await response.text()
        return sum(
            float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name)
        )


@pytest.fixture(scope="module")
async def stand(
    postgres: Postgres, redis_server: RedisServer, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stand]:
    discord, slack = FakeDiscord(), SlackFake()
    await discord.start()
    await slack.start()
    database = postgres.create_database()
    settings = {
        "DISCORD_TOKEN": FAKE_TOKEN,
        "DISCORD_MODE": "http",
        "DISCORD_PUBLIC_KEY": KEY.verify_key.encode().hex(),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_MODE": "http",
        "NAPIER_DATABASE_URL": database,
        "NAPIER_REDIS_URL": redis_server.url,
        "NAPIER_WORKERS": "1",
        "NAPIER_JOB_TIMEOUT": "30",
        "NAPIER_RATE_BURST": str(BURST),
        "NAPIER_RATE_PER_MINUTE": "1",
    }
    ports = [free_port(), free_port()]
    cmd = command(discord.base, slack.base_url)
    cwd = tmp_path_factory.mktemp("replicas")
    try:
        async with (
            replicas(2, cwd, ports, settings, cmd) as running,
            aiohttp.ClientSession() as http,
        ):
            yield Stand(discord, slack, database, running, http, Payloads())
    finally:
        await discord.close()
        await slack.close()


def learner() -> int:
    return 10_000 + uuid.uuid4().int % 10**9


def slack_user(stand: Stand) -> str:
    user = "U" + uuid.uuid4().hex[:10].upper()
    stand.slack.locales[user] = "en-US"
    return user


async def test_signed_requests_alternate_between_replicas_and_each_is_answered(
    stand: Stand,
) -> None:
    """Discord and Slack commands sent to one replica, then the other, are all answered with
    their images; each replica's metrics count the commands it ran."""
    payloads = [
        stand.payloads.slash("pow", {"base": str(b), "exponent": "3"}, user_id=learner())
        for b in (2, 3, 4, 5)
    ]
    for i, payload in enumerate(payloads):
        assert await stand.discord_post(stand.replicas[i % 2], payload) == 202
    for payload, base in zip(payloads, (2, 3, 4, 5), strict=True):
        callback = await stand.callback(payload)
        reply = callback if callback.json["type"] == 4 else await stand.followup(payload)
        assert f"{base} × {base} × {base} = {base**3}" in reply.text
        assert reply.files and reply.files[0].data.startswith(PNG_SIGNATURE)
    for i, base in enumerate((6, 7)):
        body = slash_body(
            "/pow", f"{base} 2", user=slack_user(stand), channel=CHANNEL,
            response_url=stand.slack.response_url(f"alt{i}"),
        )  # fmt: skip
        assert await stand.slack_post(stand.replicas[i % 2], body) == 200
    await stand.slack.wait_for(lambda: len(stand.slack.api("chat.postMessage")) >= 2)
    posted = str([c.params for c in stand.slack.api("chat.postMessage")])
    assert "6 × 6 = 36" in posted and "7 × 7 = 49" in posted
    for replica in stand.replicas:
        assert await stand.metric(replica, 'napier_commands_total{command="pow",outcome="ok"}') >= 3


async def test_a_bad_signature_is_refused_by_both(stand: Stand) -> None:
    """Each replica answers a Discord request signed with another key, and a Slack request
    signed with another secret, with 401, and runs nothing."""
    payload = stand.payloads.slash("pow", {"base": "2", "exponent": "9"}, user_id=learner())
    body = slash_body(
        "/pow", "2 9", user=slack_user(stand), channel=CHANNEL,
        response_url=stand.slack.response_url("forged"),
    )  # fmt: skip
    for replica in stand.replicas:
        assert await stand.discord_post(replica, payload, key=SigningKey.generate()) == 401
        forged = signed_headers(body, secret="another-secret")
        assert await stand.slack_post(replica, body, forged) == 401
    assert stand.discord.for_token(payload["token"]) == []
    await asyncio.sleep(0.5)
    assert not [c for c in stand.slack.of("response") if c.name == "forged"]


async def test_the_rate_limit_is_shared(stand: Stand) -> None:
    """A learner's burst is counted across replicas: the command after the burst is refused
    privately with the time to wait, on whichever replica it lands."""
    me = learner()
    sent = []
    for i in range(BURST + 1):
        payload = stand.payloads.slash("pow", {"base": "3", "exponent": str(20 + i)}, user_id=me)
        assert await stand.discord_post(stand.replicas[i % 2], payload) == 202
        sent.append(await stand.callback(payload))
    assert not any(c.ephemeral for c in sent[:BURST])
    last = sent[BURST]
    assert last.ephemeral and last.json["type"] == 4
    assert "s" in last.embeds[0]["description"] and any(ch.isdigit() for ch in last.text)


async def test_a_repeated_interaction_and_a_retried_slack_request_are_answered_once(
    stand: Stand,
) -> None:
    """The same interaction delivered to both replicas runs once (the second gets 409); a
    Slack request retried on the other replica is acknowledged and not run again."""
    first, second = stand.replicas
    payload = stand.payloads.slash("pow", {"base": "2", "exponent": "11"}, user_id=learner())
    assert await stand.discord_post(first, payload) == 202
    assert await stand.discord_post(second, payload) == 409
    await stand.callback(payload)
    assert len(stand.callbacks(payload)) == 1
    before = len(stand.slack.api("chat.postMessage"))
    body = slash_body(
        "/pow", "2 12", user=slack_user(stand), channel=CHANNEL,
        response_url=stand.slack.response_url("retried"),
    )  # fmt: skip
    assert await stand.slack_post(first, body) == 200
    assert (
        await stand.slack_post(second, body, {**signed_headers(body), "X-Slack-Retry-Num": "1"})
        == 200
    )
    await stand.slack.wait_for(lambda: len(stand.slack.api("chat.postMessage")) > before)
    await asyncio.sleep(1.0)
    posted = [c for c in stand.slack.api("chat.postMessage") if "4096" in str(c.params)]
    assert len(posted) == 1


async def answer_quiz(stand: Stand, replica: Replica, me: int, answer: str) -> Request:
    """/quiz on ``replica``, then the typed answer submitted to the same replica; the reply."""
    quiz = stand.payloads.slash("quiz", user_id=me)
    assert await stand.discord_post(replica, quiz) == 202
    shown = await stand.callback(quiz)
    message = shown.json["data"] if shown.json["type"] == 4 else (await stand.followup(quiz)).json
    ids = [c["custom_id"] for row in message["components"] for c in row["components"]]
    asked = next(i for i in ids if decode(i).ask)
    submit = stand.payloads.modal_submit(asked, answer, user_id=me)
    assert await stand.discord_post(replica, submit) == 202
    callback = await stand.callback(submit)
    return callback if callback.json["type"] == 4 else await stand.followup(submit)


async def stored_attempts(stand: Stand, user: int) -> int:
    store = await Store.open(stand.database)
    try:
        found = await store.find_learner("discord", str(GUILD_ID), str(user))
        if found is None:
            return 0
        progress = await store.progress(
            found, __import__("datetime").datetime.now(tz=__import__("datetime").UTC)
        )
        return sum(skill.total for skill in progress.skills)
    finally:
        await store.close()


async def reply_to(stand: Stand, replica: Replica, payload: dict[str, Any]) -> Request:
    """The reply to an interaction posted to ``replica``: inline, or the deferral's followup."""
    assert await stand.discord_post(replica, payload) == 202
    callback = await stand.callback(payload)
    return callback if callback.json["type"] == 4 else await stand.followup(payload)


def message_of(reply: Request) -> dict[str, Any]:
    return dict(reply.json.get("data", reply.json))


async def test_an_attempt_recorded_through_one_replica_is_there_for_the_other(
    stand: Stand,
) -> None:
    """A learner's /progress on the second replica is empty; they practise and answer through
    the first; /progress on the second now shows the attempt."""
    first, second = stand.replicas
    me = learner()
    empty = await reply_to(stand, second, stand.payloads.slash("progress", user_id=me))
    assert t("progress.none", "en") in empty.text
    shown = await reply_to(stand, first, stand.payloads.slash("practice", user_id=me))
    ids = [c["custom_id"] for row in message_of(shown)["components"] for c in row["components"]]
    asked = next(i for i in ids if decode(i).ask and decode(i).command == "practice-answer")
    await reply_to(stand, first, stand.payloads.modal_submit(asked, "8", user_id=me))
    after = await reply_to(stand, second, stand.payloads.slash("progress", user_id=me))
    assert t("progress.none", "en") not in after.text
    assert re.search(r"\b[01]/1\b", after.text), after.text
    assert await stored_attempts(stand, me) == 1


async def test_a_replica_killed_mid_request_loses_nothing_committed(stand: Stand) -> None:
    """SIGKILL of a replica while it computes: the attempts it had recorded stay, its workers
    die with it, and the other replica goes on answering and recording."""
    first, second = stand.replicas
    me = learner()
    assert "Right" in (await answer_quiz(stand, first, me, "8")).text
    workers = children(first.process.pid)
    assert workers
    slow = stand.payloads.slash("sleep", {"seconds": "20"}, user_id=learner())
    assert await stand.discord_post(first, slow) == 202
    deferred = await stand.callback(slow)
    assert deferred.json["type"] == 5, deferred.text  # deferred: the job is running
    first.kill()
    await first.process.wait()
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    assert not any(alive(pid) for pid in workers)
    assert await stored_attempts(stand, me) == 1
    payload = stand.payloads.slash("pow", {"base": "2", "exponent": "13"}, user_id=learner())
    assert await stand.discord_post(second, payload) == 202
    callback = await stand.callback(payload)
    reply = callback if callback.json["type"] == 4 else await stand.followup(payload)
    assert "8192" in reply.text
    assert "Not quite" in (await answer_quiz(stand, second, me, "7")).text
    assert await stored_attempts(stand, me) == 2
    path = f"/webhooks/{APPLICATION_ID}/{slow['token']}"
    assert not [r for r in stand.discord.requests if r.path == path]
