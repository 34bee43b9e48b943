"""A loopback stand-in for Slack's Web API, upload URLs and response URLs, recording every call.

Like bolt-python's own tests: the real ``AsyncWebClient`` talks HTTP to this server, so tests
assert what reached "Slack", not what a mock was called with.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from aiohttp import web
from aiohttp.test_utils import TestServer
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

log = logging.getLogger(__name__)

BOT_TOKEN = "xoxb-loopback-test-token"
APP_TOKEN = "xapp-loopback-test-token"
SIGNING_SECRET = "loopback-signing-secret-0123456789"
CLIENT_ID = "1111.2222"
CLIENT_SECRET = "loopback-client-secret"
TEAM = "T0NAPIER"
BOT_USER = "U0NAPIERBOT"


@dataclass
class Call:
    """One request that reached the fake: a Web API method, an upload, or a response URL."""

    kind: str  # "api", "upload" or "response"
    name: str  # the method name, the file id, or the response URL's id
    params: dict[str, Any]
    raw: bytes
    headers: dict[str, str]


@dataclass
class SlackFake:
    """The fake's state: recorded calls, per-user locales, and errors to answer with."""

    calls: list[Call] = field(default_factory=list)
    locales: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # method → Slack error code
    admins: set[str] = field(default_factory=set)  # users.info says is_admin for these
    server: TestServer | None = None
    socket_messages: list[dict[str, Any]] = field(default_factory=list)  # from the app
    # The install flow: a code for oauth.v2.access → (workspace, bot token); tokens issued.
    grants: dict[str, tuple[str, str]] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=lambda: {BOT_TOKEN: TEAM})
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _files: int = 0

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return str(self.server.make_url("/api/"))

    def response_url(self, name: str) -> str:
        assert self.server is not None
        return str(self.server.make_url(f"/response/{name}"))

    def api(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.kind == "api" and c.name == method]

    def of(self, kind: str) -> list[Call]:
        return [c for c in self.calls if c.kind == kind]

    async def wait_for(self, done: Callable[[], object], timeout: float = 30.0) -> None:
        """Wait until ``done()`` is true (the app answers in background tasks after its ack)."""
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                names = [f"{c.kind}:{c.name}" for c in self.calls]
                raise AssertionError(f"timed out; calls so far: {names}")
            await asyncio.sleep(0.02)

    async def start(self) -> None:
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_post("/response/{name}", self._response)
        app.router.add_get("/socket", self._socket)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()

    async def close(self) -> None:
        for socket in self._sockets:
            await socket.close()
        if self.server is not None:
            await self.server.close()

    @property
    def socket_connected(self) -> bool:
        return any(not socket.closed for socket in self._sockets)

    async def send_envelope(self, envelope: dict[str, Any]) -> None:
        """Push a Socket Mode envelope to the connected app, as Slack does."""
        socket = next(s for s in reversed(self._sockets) if not s.closed)
        await socket.send_json(envelope)

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        self.calls.append(
            Call("socket", "connect", dict(request.query), b"", dict(request.headers))
        )
        await socket.send_json({"type": "hello", "num_connections": 1, "debug_info": {}})
        async for message in socket:
            if message.type == web.WSMsgType.TEXT:
                self.socket_messages.append(json.loads(message.data))
        return socket

    async def _record(self, kind: str, name: str, request: web.Request) -> Call:
        raw = await request.read()
        params: dict[str, Any] = dict(request.query)
        content_type = request.headers.get("Content-Type", "")
        if raw and content_type.startswith("application/json"):
            params.update(json.loads(raw))
        elif raw and content_type.startswith("application/x-www-form-urlencoded"):
            params.update(parse_qsl(raw.decode()))
        call = Call(kind, name, params, raw, dict(request.headers))
        self.calls.append(call)
        return call

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        call = await self._record("api", method, request)
        if method == "oauth.v2.access":
            return web.json_response(self._grant(call))
        bearer = call.headers.get("Authorization", "").removeprefix("Bearer ")
        valid = bearer == APP_TOKEN if method == "apps.connections.open" else bearer in self.tokens
        if not valid:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if method in self.errors:
            error = self.errors[method]
            extra = {"needed": "files:write", "provided": "commands"} if "scope" in error else {}
            return web.json_response({"ok": False, "error": error, **extra})
        return web.json_response({"ok": True, **self._answer(method, call.params, bearer)})

    def _grant(self, call: Call) -> dict[str, Any]:
        """oauth.v2.access: exchange a code granted by ``grants`` for a workspace's token."""
        code = str(call.params.get("code", ""))
        basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if call.headers.get("Authorization") != f"Basic {basic}":
            return {"ok": False, "error": "invalid_client"}
        if code not in self.grants:
            return {"ok": False, "error": "invalid_code"}
        team, token = self.grants.pop(code)
        self.tokens[token] = team
        return {
            "ok": True,
            "app_id": "A0NAPIER",
            "authed_user": {"id": "U0INSTALLER"},
            "scope": "commands,chat:write,files:write,users:read",
            "token_type": "bot",
            "access_token": token,
            "bot_user_id": BOT_USER,
            "team": {"id": team, "name": f"Workspace {team}"},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _answer(self, method: str, params: dict[str, Any], token: str = "") -> dict[str, Any]:
        if method == "auth.test":
            return {
                "url": "https://napier.test/",
                "team": "Napier",
                "user": "napier",
                "team_id": self.tokens.get(token, TEAM),
                "user_id": BOT_USER,
                "bot_id": "B0NAPIER",
            }
        if method == "apps.connections.open":
            assert self.server is not None
            return {"url": str(self.server.make_url("/socket")).replace("http", "ws", 1)}
        if method == "users.info":
            user = params.get("user", "")
            info = {
                "id": user,
                "team_id": TEAM,
                "name": user.lower(),
                "is_admin": user in self.admins,
                "profile": {"display_name": f"Learner {user[-4:]}"},
            }
            if params.get("include_locale") in ("1", "true", True, 1) and user in self.locales:
                info["locale"] = self.locales[user]
            return {"user": info}
        if method == "chat.postMessage":
            return {
                "channel": params.get("channel"),
                "ts": f"{time.time():.6f}",
                "message": {"text": params.get("text"), "blocks": params.get("blocks")},
            }
        if method == "files.getUploadURLExternal":
            self._files += 1
            file_id = f"F{self._files:06d}"
            assert self.server is not None
            return {
                "upload_url": str(self.server.make_url(f"/upload/{file_id}")),
                "file_id": file_id,
            }
        if method == "files.completeUploadExternal":
            files = json.loads(params.get("files", "[]"))
            return {"files": [{"id": f["id"], "title": f.get("title")} for f in files]}
        return {}

    async def _upload(self, request: web.Request) -> web.Response:
        await self._record("upload", request.match_info["file_id"], request)
        return web.Response(text=f"OK - {len(self.calls)}")

    async def _response(self, request: web.Request) -> web.Response:
        await self._record("response", request.match_info["name"], request)
        return web.Response(text="ok")


_TRIGGERS = itertools.count(1)


def trigger_id() -> str:
    """A fresh trigger id, as Slack gives each slash command, click and submission."""
    return f"{next(_TRIGGERS)}.4242.{uuid.uuid4().hex[:12]}"


def signed_headers(body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict:
    """The headers Slack sends with a request: content type, timestamp and ``v0`` signature."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256)
    return {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": stamp,
        "x-slack-signature": f"v0={digest.hexdigest()}",
    }


def slash_payload(
    command: str, text: str, *, user: str, channel: str, response_url: str, team: str = TEAM
) -> dict[str, str]:
    """A slash command's fields, as Slack sends them (form fields, or a Socket Mode payload)."""
    return {
        "token": "legacy-verification-token",
        "team_id": team,
        "team_domain": "napier",
        "channel_id": channel,
        "channel_name": "study",
        "user_id": user,
        "user_name": user.lower(),
        "command": command,
        "text": text,
        "api_app_id": "A0NAPIER",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id(),
    }


def slash_body(
    command: str, text: str, *, user: str, channel: str, response_url: str, team: str = TEAM
) -> str:
    """A slash command's form-encoded body, as Slack posts it."""
    return urlencode(
        slash_payload(
            command, text, user=user, channel=channel, response_url=response_url, team=team
        )
    )


def button_body(
    action: dict[str, Any], *, user: str, channel: str, response_url: str, message: dict
) -> str:
    """A ``block_actions`` click, as Slack posts it: ``payload=`` with the JSON."""
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM, "domain": "napier"},
        "user": {"id": user, "username": user.lower(), "team_id": TEAM},
        "api_app_id": "A0NAPIER",
        "token": "legacy-verification-token",
        "container": {"type": "message", "message_ts": "1.2", "channel_id": channel},
        "trigger_id": trigger_id(),
        "channel": {"id": channel, "name": "study"},
        "message": message,
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": action["action_id"],
                "block_id": "napier_buttons",
                "text": action["text"],
                "value": action["value"],
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload, ensure_ascii=False)})


def view_submission_body(view: dict[str, Any], value: str, *, user: str) -> str:
    """A ``view_submission`` of a modal the app opened, with ``value`` typed in its input."""
    block = next(b for b in view["blocks"] if b["type"] == "input")
    submitted = {
        **view,
        "id": "V0ANSWER",
        "team_id": TEAM,
        "hash": "1.2",
        "state": {
            "values": {
                block["block_id"]: {
                    block["element"]["action_id"]: {"type": "plain_text_input", "value": value}
                }
            }
        },
    }
    payload = {
        "type": "view_submission",
        "team": {"id": TEAM, "domain": "napier"},
        "user": {"id": user, "username": user.lower(), "team_id": TEAM},
        "api_app_id": "A0NAPIER",
        "token": "legacy-verification-token",
        "trigger_id": trigger_id(),
        "view": submitted,
        "response_urls": [],
    }
    return urlencode({"payload": json.dumps(payload, ensure_ascii=False)})


# --- Driving the app and reading what it sent (shared by the adapter tests) -----------------


async def post(app: AsyncApp, body: str) -> Any:
    """Dispatch a signed request body to the Bolt app, as Slack would post it."""
    return await app.async_dispatch(AsyncBoltRequest(body=body, headers=signed_headers(body)))


def blocks_of(params: dict[str, Any]) -> list[dict[str, Any]]:
    """The blocks of a Web API call (sent as JSON text or as a list)."""
    blocks = params.get("blocks") or []
    return json.loads(blocks) if isinstance(blocks, str) else blocks


def elements(blocks: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The buttons of the action blocks."""
    for block in blocks:
        if block["type"] == "actions":
            yield from block["elements"]


def element(blocks: list[dict[str, Any]], label: str) -> dict[str, Any]:
    """The button with this label."""
    return next(e for e in elements(blocks) if e["text"]["text"] == label)
