"""A loopback stand-in for Discord's REST API and gateway, and raw payloads to drive a client.

``FakeDiscord`` answers the routes discord.py uses for logging in, interaction callbacks,
followups, message edits and command sync, and records every request with its parsed JSON
and files. Its gateway (``gateway_url``) says HELLO, answers IDENTIFY with READY and
heartbeats with ACKs (zlib-stream compressed when asked, as Discord does), and ``send_event``
pushes a dispatch such as INTERACTION_CREATE to the connected bot — enough to run the real
``python -m bot discord`` in a subprocess. Payloads follow Discord's documented shapes.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import discord
from aiohttp import web

APPLICATION_ID = 1_100_000_000_000_000_001
BOT_USER_ID = 1_100_000_000_000_000_002
GUILD_ID = 1_100_000_000_000_000_003
CHANNEL_ID = 1_100_000_000_000_000_004
FAKE_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMg.fake.token-for-loopback-tests"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
EPHEMERAL = 64
MEMBER_PERMISSIONS = 2248473465835073  # a member's usual permissions (not Manage Server)
MANAGE_GUILD = 1 << 5


@dataclass
class Part:
    """One file of a multipart request."""

    name: str
    filename: str | None
    content_type: str
    data: bytes


@dataclass
class Request:
    """One request discord.py sent to the fake API."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[Part] = field(default_factory=list)
    at: float = field(default_factory=time.perf_counter)

    @property
    def flags(self) -> int:
        data = self.json or {}
        if "data" in data and isinstance(data["data"], dict):
            data = data["data"]
        return int(data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def embeds(self) -> list[dict[str, Any]]:
        data = self.json or {}
        if "data" in data and isinstance(data["data"], dict):
            data = data["data"]
        return data.get("embeds") or []

    @property
    def text(self) -> str:
        """All the text of the request's message: content, embed titles and descriptions."""
        data = self.json or {}
        if "data" in data and isinstance(data["data"], dict):
            data = data["data"]
        parts = [data.get("content") or ""]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            parts += [f"{f['name']} {f['value']}" for f in embed.get("fields", [])]
        return "\n".join(p for p in parts if p)


def _user(user_id: int, name: str, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


class FakeDiscord:
    """Discord's REST API on a loopback port; ``requests`` records what reached it."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.messages: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1_200_000_000_000_000_000)
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._old_base = discord.http.Route.BASE
        self.base = ""
        self.gateway_url = ""
        self.identified = asyncio.Event()
        self._gateways: list[tuple[web.WebSocketResponse, Any]] = []
        self._sequence = itertools.count(1)

    # --- server ----------------------------------------------------------------------------

    async def start(self) -> str:
        """Serve on a free loopback port and point discord.py at it."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._handle)
        app.router.add_get("/gateway", self._gateway)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}/api/v10"
        self.gateway_url = f"ws://127.0.0.1:{port}/gateway"
        discord.http.Route.BASE = self.base
        return self.base

    async def close(self) -> None:
        discord.http.Route.BASE = self._old_base
        for socket, _ in self._gateways:
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- gateway ---------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(max_msg_size=0)
        await socket.prepare(request)
        compress = request.query.get("compress")
        if compress not in (None, "zlib-stream"):
            await socket.close(code=4000, message=f"{compress} is not supported".encode())
            return socket
        compressor = zlib.compressobj() if compress else None
        self._gateways.append((socket, compressor))
        await self._send(socket, compressor, {"op": 10, "d": {"heartbeat_interval": 41250}})
        async for message in socket:
            if message.type != web.WSMsgType.TEXT:
                continue
            payload = json.loads(message.data)
            if payload.get("op") == 1:  # heartbeat
                await self._send(socket, compressor, {"op": 11})
            elif payload.get("op") == 2:  # identify
                await self._send(socket, compressor, self._dispatch_payload("READY", self._ready()))
                self.identified.set()
        return socket

    def _ready(self) -> dict[str, Any]:
        return {
            "v": 10,
            "user": _user(BOT_USER_ID, "Napier", bot=True),
            "guilds": [],
            "session_id": "loopback-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APPLICATION_ID), "flags": 0},
        }

    def _dispatch_payload(self, event: str, data: dict[str, Any]) -> dict[str, Any]:
        return {"op": 0, "t": event, "s": next(self._sequence), "d": data}

    @staticmethod
    async def _send(socket: web.WebSocketResponse, compressor: Any, payload: Any) -> None:
        payload.setdefault("s", None)
        payload.setdefault("t", None)
        text = json.dumps(payload)
        if compressor is None:
            await socket.send_str(text)
        else:
            data = compressor.compress(text.encode()) + compressor.flush(zlib.Z_SYNC_FLUSH)
            await socket.send_bytes(data)

    async def send_event(self, event: str, data: dict[str, Any]) -> None:
        """Push a gateway dispatch (e.g. INTERACTION_CREATE) to the connected bot."""
        socket, compressor = next((s, c) for s, c in reversed(self._gateways) if not s.closed)
        await self._send(socket, compressor, self._dispatch_payload(event, data))

    def next_id(self) -> str:
        return str(next(self._ids))

    @staticmethod
    def _json(data: Any, status: int = 200) -> web.Response:
        # discord.py parses JSON only when the Content-Type is exactly application/json
        return web.Response(
            status=status,
            body=json.dumps(data).encode(),
            headers={"Content-Type": "application/json"},
        )

    async def _handle(self, request: web.Request) -> web.Response:
        payload: Any = None
        files: list[Part] = []
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                data = await part.read()  # type: ignore[union-attr]
                if part.name == "payload_json":
                    payload = json.loads(data)
                else:
                    files.append(
                        Part(
                            part.name or "",
                            part.filename,
                            part.headers.get("Content-Type", ""),
                            bytes(data),
                        )
                    )
        elif request.can_read_body:
            raw = await request.read()
            payload = json.loads(raw) if raw else None
        path = "/" + request.match_info["tail"]
        recorded = Request(request.method, path, dict(request.query), payload, files)
        self.requests.append(recorded)
        self._changed.set()
        return self._route(recorded)

    def _route(self, r: Request) -> web.Response:
        m, p = r.method, r.path
        if m == "GET" and p == "/users/@me":
            return self._json(_user(BOT_USER_ID, "Napier", bot=True))
        if m == "GET" and p == "/oauth2/applications/@me":
            return self._json(
                {
                    "id": str(APPLICATION_ID),
                    "name": "Napier",
                    "description": "",
                    "icon": None,
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "owner": _user(1, "owner"),
                    "verify_key": "0" * 64,
                    "flags": 0,
                }
            )
        if m == "POST" and (match := re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", p)):
            return self._json(self._callback(match.group(1), r))
        if match := re.fullmatch(r"/webhooks/(\d+)/([^/]+)(?:/messages/([^/]+))?", p):
            message_id = match.group(3)
            if m == "POST" and message_id is None:
                return self._json(self._store(r.json or {}, r.files))
            if m == "PATCH" and message_id is not None:
                return self._json(self._store(r.json or {}, r.files, message_id))
            if m == "GET" and message_id is not None:
                return self._json(self._message(message_id))
            if m == "DELETE":
                return web.Response(status=204)
        if m == "POST" and (match := re.fullmatch(r"/channels/(\d+)/messages", p)):
            return self._json(self._store(r.json or {}, r.files, channel=match.group(1)))
        if m == "PUT" and re.fullmatch(r"/applications/\d+(/guilds/\d+)?/commands", p):
            return self._json(
                [
                    {
                        **c,
                        "id": self.next_id(),
                        "application_id": str(APPLICATION_ID),
                        "version": "1",
                    }
                    for c in r.json
                ]
            )
        return self._json({"message": f"Unknown route {m} {p}", "code": 0}, status=404)

    def _callback(self, interaction_id: str, r: Request) -> dict[str, Any]:
        kind = int(r.json["type"])
        data = r.json.get("data") or {}
        answer: dict[str, Any] = {
            "interaction": {
                "id": interaction_id,
                "type": 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(int(data.get("flags") or 0) & EPHEMERAL),
            },
            "resource": {"type": kind},
        }
        if kind in (4, 5):
            message = self._store(data, r.files, original=True)
            answer["interaction"]["response_message_id"] = message["id"]
            if kind == 4:
                answer["resource"]["message"] = message
        return answer

    def _message(self, message_id: str) -> dict[str, Any]:
        if message_id == "@original":
            originals = [m for m in self.messages.values() if m.get("_original")]
            message = originals[-1] if originals else self._store({}, [], original=True)
        else:
            message = self.messages.get(message_id) or self._store({}, [], message_id)
        return {k: v for k, v in message.items() if not k.startswith("_")}

    def _store(
        self,
        data: dict[str, Any],
        files: list[Part],
        message_id: str | None = None,
        original: bool = False,
        channel: str | None = None,
    ) -> dict[str, Any]:
        if message_id == "@original" or message_id is None:
            message_id = self.next_id()
        old = self.messages.get(message_id, {})
        attachments = old.get("attachments", [])
        if files:
            described = {str(a.get("id")): a for a in data.get("attachments", [])}
            attachments = [
                {
                    "id": self.next_id(),
                    "filename": part.filename or "file",
                    "size": len(part.data),
                    "url": f"https://cdn.example/{part.filename}",
                    "proxy_url": f"https://media.example/{part.filename}",
                    "content_type": part.content_type,
                    "description": described.get(str(i), {}).get("description"),
                }
                for i, part in enumerate(files)
            ]
        message = {
            "id": message_id,
            "channel_id": channel or str(CHANNEL_ID),
            "guild_id": str(GUILD_ID),
            "author": _user(APPLICATION_ID, "Napier", bot=True),
            "content": data.get("content", old.get("content", "")),
            "timestamp": "2026-01-01T00:00:00.000000+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": attachments,
            "embeds": data.get("embeds", old.get("embeds", [])),
            "components": data.get("components", old.get("components", [])),
            "pinned": False,
            "type": 20,
            "flags": int(data.get("flags") or 0),
            "webhook_id": str(APPLICATION_ID),
            "application_id": str(APPLICATION_ID),
            "_original": original or old.get("_original", False),
        }
        self.messages[message_id] = message
        return {k: v for k, v in message.items() if not k.startswith("_")}

    # --- waiting for requests --------------------------------------------------------------

    async def wait_for(
        self, predicate: Callable[[Request], bool], timeout: float = 20.0
    ) -> Request:
        """The first recorded request that matches, waiting up to ``timeout`` seconds."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            for recorded in self.requests:
                if predicate(recorded):
                    return recorded
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                seen = "\n".join(f"  {r.method} {r.path}" for r in self.requests[-20:])
                raise TimeoutError(f"no matching request; the last ones:\n{seen}")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    def for_token(self, token: str) -> list[Request]:
        """The requests about one interaction (its callback, followups and edits)."""
        return [r for r in self.requests if f"/{token}" in r.path]


class Payloads:
    """Raw INTERACTION_CREATE payloads as Discord sends them; users in ``admins`` have the
    Manage Server permission."""

    def __init__(self) -> None:
        self._ids = itertools.count(1_300_000_000_000_000_000)
        self.admins: set[int] = set()

    def _base(
        self, kind: int, data: dict[str, Any], user_id: int, locale: str, guild_locale: str
    ) -> dict[str, Any]:
        interaction_id = next(self._ids)
        return {
            "id": str(interaction_id),
            "application_id": str(APPLICATION_ID),
            "type": kind,
            "data": data,
            "guild_id": str(GUILD_ID),
            "channel_id": str(CHANNEL_ID),
            "channel": {
                "id": str(CHANNEL_ID),
                "type": 0,
                "guild_id": str(GUILD_ID),
                "name": "math",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
                "topic": None,
                "last_message_id": None,
                "rate_limit_per_user": 0,
                "flags": 0,
                "permissions": "2248473465835073",
            },
            "member": {
                "user": _user(user_id, f"learner{user_id % 1000}"),
                "roles": [],
                "joined_at": "2025-01-01T00:00:00.000000+00:00",
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": str(
                    MEMBER_PERMISSIONS | (MANAGE_GUILD if user_id in self.admins else 0)
                ),
            },
            "token": f"tok{interaction_id}",
            "version": 1,
            "locale": locale,
            "guild_locale": guild_locale,
            "app_permissions": "2248473465835073",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }

    @staticmethod
    def _options(options: dict[str, Any], focused: str | None = None) -> list[dict[str, Any]]:
        found = []
        for name, value in options.items():
            option = {"name": name, "type": 4 if isinstance(value, int) else 3, "value": value}
            if name == focused:
                option["focused"] = True
            found.append(option)
        return found

    def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        user_id: int = 42,
        locale: str = "en-US",
        guild_locale: str = "en-US",
    ) -> dict[str, Any]:
        """A slash command (type 2) with its option values (int → integer, else string)."""
        data = {"id": str(next(self._ids)), "name": name, "type": 1}
        if options:
            data["options"] = self._options(options)
        return self._base(2, data, user_id, locale, guild_locale)

    def autocomplete(
        self,
        name: str,
        options: dict[str, Any],
        focused: str,
        *,
        user_id: int = 42,
        locale: str = "en-US",
    ) -> dict[str, Any]:
        """An autocomplete request (type 4) while the user types the ``focused`` option."""
        data = {
            "id": str(next(self._ids)),
            "name": name,
            "type": 1,
            "options": self._options(options, focused),
        }
        return self._base(4, data, user_id, locale, "en-US")

    def click(
        self,
        message: dict[str, Any],
        custom_id: str,
        *,
        user_id: int = 42,
        locale: str = "en-US",
    ) -> dict[str, Any]:
        """A button click (type 3) on ``message`` (as the fake API stored it)."""
        data = {"custom_id": custom_id, "component_type": 2}
        payload = self._base(3, data, user_id, locale, "en-US")
        payload["message"] = {k: v for k, v in message.items() if not k.startswith("_")}
        return payload

    def modal_submit(
        self,
        custom_id: str,
        value: str,
        *,
        user_id: int = 42,
        locale: str = "en-US",
    ) -> dict[str, Any]:
        """A modal submission (type 5) with one text input holding ``value``."""
        data = {
            "custom_id": custom_id,
            "components": [
                {"type": 1, "components": [{"type": 4, "custom_id": "answer", "value": value}]}
            ],
        }
        return self._base(5, data, user_id, locale, "en-US")


async def logged_in_client(client: discord.Client) -> None:
    """Log ``client`` in against the fake API (``/users/@me``; runs ``setup_hook``)."""
    await client.login(FAKE_TOKEN)


def dispatch(client: discord.Client, payload: dict[str, Any]) -> None:
    """Feed a raw INTERACTION_CREATE payload to the client as the gateway would."""
    client._connection.parsers["INTERACTION_CREATE"](payload)


# --- What the bot sent for an interaction (shared by the adapter tests) ---------------------


async def callback(fake: FakeDiscord, payload: dict[str, Any]) -> Request:
    """The interaction callback (the initial response) for an interaction."""
    path = f"/interactions/{payload['id']}/{payload['token']}/callback"
    return await fake.wait_for(lambda r: r.method == "POST" and r.path == path)


async def followup(fake: FakeDiscord, payload: dict[str, Any], timeout: float = 30) -> Request:
    """The first followup message sent for an interaction."""
    path = f"/webhooks/{APPLICATION_ID}/{payload['token']}"
    return await fake.wait_for(lambda r: r.method == "POST" and r.path == path, timeout)


def buttons(message: Request | dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The buttons of a sent message (or of its JSON), row by row."""
    data = message.json if isinstance(message, Request) else message
    for row in (data or {}).get("components") or []:
        yield from row.get("components", [])


def button(message: Request | dict[str, Any], label: str) -> dict[str, Any]:
    """The button with this label."""
    return next(b for b in buttons(message) if b["label"] == label)
