"""Discord's interactions endpoint on the replica's HTTP server: signed requests in, the same
client as the gateway's behind it, against the loopback Discord API."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from discord_fake import (
    APPLICATION_ID,
    FAKE_TOKEN,
    PNG_SIGNATURE,
    FakeDiscord,
    Payloads,
    Request,
)
from nacl.signing import SigningKey

from bot import server
from bot.buttons import decode
from bot.discord.app import NapierClient, create_client
from bot.discord.interactions import PATH
from bot.runtime import Runtime
from bot.settings import Settings
from napier.commands import COMMANDS

SIGNING_KEY = SigningKey.generate()
PUBLIC_KEY = SIGNING_KEY.verify_key.encode().hex()
_users = iter(range(8_000, 9_000))


def signed(
    payload: dict[str, Any], key: SigningKey = SIGNING_KEY, age: float = 0
) -> tuple[bytes, dict[str, str]]:
    """A request body and the headers Discord signs it with."""
    body = json.dumps(payload).encode()
    stamp = str(int(time.time() - age))
    signature = key.sign(stamp.encode() + body).signature.hex()
    headers = {
        "Content-Type": "application/json",
        "X-Signature-Ed25519": signature,
        "X-Signature-Timestamp": stamp,
    }
    return body, headers


@pytest.fixture
def sleep_command() -> Iterator[str]:
    """``/sleep`` registered here and (through the initializer) in the workers; the registry
    as it was afterwards."""
    before = dict(COMMANDS)
    import slow_command

    COMMANDS[slow_command.NAME] = slow_command.SLEEP
    yield "slow_worker"
    COMMANDS.clear()
    COMMANDS.update(before)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server_ = FakeDiscord()
    await server_.start()
    yield server_
    await server_.close()


@pytest.fixture
async def runtime(sleep_command: str) -> AsyncIterator[Runtime]:
    async with Runtime(workers=1, timeout=10, initializer=sleep_command) as started:
        yield started


@pytest.fixture
async def endpoint(
    fake: FakeDiscord, runtime: Runtime
) -> AsyncIterator[tuple[TestClient[Any, Any], NapierClient]]:
    """The replica's HTTP server with the endpoint; jobs longer than 2 s are deferred."""
    settings = Settings(_env_file=None, discord_token=FAKE_TOKEN, discord_public_key=PUBLIC_KEY)
    client = create_client(runtime, settings, inline=2.0)
    await client.login(FAKE_TOKEN)
    app = server.application(runtime, settings, server.Routes(discord=client))
    async with TestClient(TestServer(app)) as http:
        yield http, client
    await client.close()


def callbacks(fake: FakeDiscord, payload: dict[str, Any]) -> list[Request]:
    return [r for r in fake.for_token(payload["token"]) if r.path.endswith("/callback")]


def followups(fake: FakeDiscord, payload: dict[str, Any]) -> list[Request]:
    path = f"/webhooks/{APPLICATION_ID}/{payload['token']}"
    return [r for r in fake.requests if r.method == "POST" and r.path == path]


async def test_ping_is_answered_with_pong(endpoint: tuple[TestClient[Any, Any], Any]) -> None:
    """A signed PING gets 200 with type 1, as Discord checks when the URL is saved."""
    http, _ = endpoint
    body, headers = signed({"id": "1", "type": 1, "application_id": str(APPLICATION_ID)})
    response = await http.post(PATH, data=body, headers=headers)
    assert response.status == 200
    assert await response.json() == {"type": 1}


async def test_bad_signatures_are_refused_with_401(
    endpoint: tuple[TestClient[Any, Any], Any], fake: FakeDiscord
) -> None:
    """A wrong key, a changed body, a missing or malformed header and a stale timestamp each
    get 401, and nothing reaches Discord's API."""
    http, _ = endpoint
    payload = Payloads().slash("pow", {"base": "2", "exponent": "3"}, user_id=next(_users))
    body, headers = signed(payload)
    cases = [
        signed(payload, key=SigningKey.generate()),
        (body.replace(b'"2"', b'"9"'), headers),
        (body, {k: v for k, v in headers.items() if k != "X-Signature-Ed25519"}),
        (body, {k: v for k, v in headers.items() if k != "X-Signature-Timestamp"}),
        (body, {**headers, "X-Signature-Ed25519": "zz" * 64}),
        signed(payload, age=3600),
    ]
    for data, sent_headers in cases:
        response = await http.post(PATH, data=data, headers=sent_headers)
        assert response.status == 401
    assert fake.for_token(payload["token"]) == []


async def test_a_quick_command_is_answered_inline_with_its_image(
    endpoint: tuple[TestClient[Any, Any], Any], fake: FakeDiscord
) -> None:
    """/pow 2 3, ready within the inline time (computed once before, so a loaded machine
    cannot make it slow): one callback of type 4 with the embed and the PNG (multipart), then
    202 with no body; no deferral, no followup."""
    http, client = endpoint
    await client.runtime.ask("warm-up", "pow", {"base": "2", "exponent": "3"}, "en")
    payload = Payloads().slash("pow", {"base": "2", "exponent": "3"}, user_id=next(_users))
    body, headers = signed(payload)
    response = await http.post(PATH, data=body, headers=headers)
    assert response.status == 202 and await response.read() == b""
    (callback,) = callbacks(fake, payload)
    assert callback.json["type"] == 4
    assert "2 × 2 × 2 = 8" in callback.text
    assert callback.files and callback.files[0].data.startswith(PNG_SIGNATURE)
    assert not callback.ephemeral
    assert followups(fake, payload) == []


async def test_a_slow_command_is_deferred_then_completed_by_webhook(
    endpoint: tuple[TestClient[Any, Any], Any], fake: FakeDiscord
) -> None:
    """A job past the inline time is deferred (type 5, before the 202) and its reply arrives
    as the interaction's followup."""
    http, _ = endpoint
    payload = Payloads().slash("sleep", {"seconds": "3"}, user_id=next(_users))
    body, headers = signed(payload)
    response = await http.post(PATH, data=body, headers=headers)
    assert response.status == 202
    (callback,) = callbacks(fake, payload)
    assert callback.json["type"] == 5
    path = f"/webhooks/{APPLICATION_ID}/{payload['token']}"
    followup = await fake.wait_for(lambda r: r.method == "POST" and r.path == path, 30)
    assert "slept 3 s" in followup.text


async def test_a_rejected_input_is_answered_privately_inline(
    endpoint: tuple[TestClient[Any, Any], Any], fake: FakeDiscord
) -> None:
    """Input the parser refuses is answered at once by an ephemeral callback."""
    http, _ = endpoint
    payload = Payloads().slash("pow", {"base": "__import__('os')"}, user_id=next(_users))
    body, headers = signed(payload)
    assert (await http.post(PATH, data=body, headers=headers)).status == 202
    (callback,) = callbacks(fake, payload)
    assert callback.json["type"] == 4 and callback.ephemeral


async def test_a_repeated_interaction_id_is_answered_once(
    endpoint: tuple[TestClient[Any, Any], Any], fake: FakeDiscord
) -> None:
    """The same signed interaction delivered twice runs once: the repeat gets 409 and sends
    nothing to Discord."""
    http, _ = endpoint
    payload = Payloads().slash("pow", {"base": "2", "exponent": "5"}, user_id=next(_users))
    payload["id"] = str(uuid.uuid4().int >> 70)
    body, headers = signed(payload)
    assert (await http.post(PATH, data=body, headers=headers)).status == 202
    assert (await http.post(PATH, data=body, headers=headers)).status == 409
    assert len(callbacks(fake, payload)) == 1


async def test_a_button_click_over_http_reveals_the_next_step(
    endpoint: tuple[TestClient[Any, Any], Any], fake: FakeDiscord
) -> None:
    """A teaching button clicked on an inline reply is answered through the same endpoint:
    the click edits the message in place (type 6, then an edit of the original)."""
    http, client = endpoint
    payloads = Payloads()
    learner = next(_users)
    await client.runtime.ask("warm-up", "pow", {"base": "2", "exponent": "100"}, "en")
    payload = payloads.slash("pow", {"base": "2", "exponent": "100"}, user_id=learner)
    body, headers = signed(payload)
    assert (await http.post(PATH, data=body, headers=headers)).status == 202
    (callback,) = callbacks(fake, payload)
    components = [
        c for row in callback.json["data"].get("components", []) for c in row["components"]
    ]
    step = next(c for c in components if decode(c["custom_id"]).revealed is not None)
    message = next(m for m in fake.messages.values() if m.get("_original"))
    click = payloads.click(message, step["custom_id"], user_id=learner)
    body, headers = signed(click)
    assert (await http.post(PATH, data=body, headers=headers)).status == 202
    (clicked,) = callbacks(fake, click)
    assert clicked.json["type"] == 6  # deferred update of the clicked message
    path = f"/webhooks/{APPLICATION_ID}/{click['token']}/messages/@original"
    edit = await fake.wait_for(lambda r: r.method == "PATCH" and r.path == path)
    before = callback.json["data"]["embeds"][0]["description"]
    assert len(edit.embeds[0]["description"]) > len(before)
    assert edit.embeds[0]["description"].startswith(before.split("\n")[0])
