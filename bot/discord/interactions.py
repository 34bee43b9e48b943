"""Discord's interactions endpoint: interactions as signed HTTP requests, no gateway.

Every request is checked first: its ``X-Signature-Ed25519`` must sign
``X-Signature-Timestamp`` + body with the application's key (``DISCORD_PUBLIC_KEY``), else
401 — Discord sends bad signatures on purpose and drops an endpoint that accepts them. A
timestamp more than ``MAX_AGE`` seconds away is refused too, so a replayed request never
outlives the memory of the ids already answered. PING is answered with PONG.

Anything else goes to the very client the gateway would feed (``bot.discord.app``): the same
command tree, translation, buttons and modals. Its initial response goes to Discord's callback
endpoint (multipart with the images when the job finished within the client's ``inline``
seconds, else a deferral completed through the interaction webhook), and the HTTP request is
then answered ``202`` with no body, as Discord documents for responses sent by callback. An
interaction id seen before (by any replica sharing Redis) is answered ``409`` and not run.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import discord
from aiohttp import web
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from bot.discord.app import NapierClient
from bot.runtime.dedup import Deduplicator

log = logging.getLogger(__name__)

PATH = "/discord/interactions"
MAX_AGE = 300  # seconds between Discord signing a request and its arrival
RESPONSE_DEADLINE = 2.9  # Discord invalidates an interaction not answered within 3 s
PING, PONG = 1, 1


class SignatureCheck:
    """Ed25519 verification against the application's public key (hex)."""

    def __init__(self, public_key: str) -> None:
        try:
            self.key = VerifyKey(bytes.fromhex(public_key.strip()))
        except ValueError as error:
            raise ValueError("DISCORD_PUBLIC_KEY must be 64 hexadecimal digits") from error

    def valid(self, body: bytes, signature: str | None, timestamp: str | None) -> bool:
        """Whether ``signature`` signs ``timestamp + body`` and the timestamp is recent."""
        if not signature or not timestamp or not timestamp.isdigit():
            return False
        if abs(time.time() - int(timestamp)) > MAX_AGE:
            return False
        try:
            self.key.verify(timestamp.encode() + body, bytes.fromhex(signature))
        except (BadSignatureError, ValueError):
            return False
        return True


class _Signalling(discord.InteractionResponse[Any]):
    """discord.py's interaction response that also says when the initial response is sent."""

    __slots__ = ("sent",)

    def __init__(self, parent: discord.Interaction[Any]) -> None:
        super().__init__(parent)
        self.sent = asyncio.Event()

    async def defer(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super().defer(*args, **kwargs)
        finally:
            self.sent.set()

    async def send_message(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super().send_message(*args, **kwargs)
        finally:
            self.sent.set()

    async def edit_message(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super().edit_message(*args, **kwargs)
        finally:
            self.sent.set()

    async def send_modal(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super().send_modal(*args, **kwargs)
        finally:
            self.sent.set()

    async def autocomplete(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super().autocomplete(*args, **kwargs)
        finally:
            self.sent.set()


class InteractionsEndpoint:
    """The aiohttp handler of ``PATH`` for one client."""

    def __init__(self, client: NapierClient, public_key: str, dedup: Deduplicator) -> None:
        self.client = client
        self.check = SignatureCheck(public_key)
        self.dedup = dedup

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        if not self.check.valid(
            body,
            request.headers.get("X-Signature-Ed25519"),
            request.headers.get("X-Signature-Timestamp"),
        ):
            return web.Response(status=401, text="invalid request signature")
        try:
            payload = json.loads(body)
            kind, interaction_id = int(payload["type"]), int(payload["id"])
        except (ValueError, KeyError, TypeError):
            return web.Response(status=400, text="not an interaction")
        if kind == PING:
            return web.json_response({"type": PONG})
        if not await self.dedup.first(f"discord:{interaction_id}"):
            log.info("interaction %s seen before: not answered again", interaction_id)
            return web.Response(status=409, text="interaction already answered")
        sent = self._dispatch(payload, interaction_id)
        try:
            await asyncio.wait_for(sent.wait(), RESPONSE_DEADLINE)
        except TimeoutError:
            log.warning("no initial response to interaction %s (type %d)", interaction_id, kind)
        return web.Response(status=202)

    def _dispatch(self, payload: dict[str, Any], interaction_id: int) -> asyncio.Event:
        """Hand the payload to the client as its gateway reader does; the event is set once
        the interaction's initial response has been sent."""
        found: list[discord.Interaction[Any]] = []

        def grab(interaction: discord.Interaction[Any]) -> bool:
            if interaction.id != interaction_id:
                return False
            # Before any handler runs (they are tasks): responses signal when they are sent.
            interaction._cs_response = _Signalling(interaction)  # type: ignore[attr-defined]
            found.append(interaction)
            return True

        waiter = asyncio.ensure_future(self.client.wait_for("interaction", check=grab))
        # discord.py has no public entry for interactions that arrive over HTTP; this is the
        # parser its gateway reader calls for INTERACTION_CREATE.
        self.client._connection.parse_interaction_create(payload)  # type: ignore[arg-type]
        waiter.cancel()
        if not found:
            event = asyncio.Event()
            event.set()
            return event
        response = found[0].response
        assert isinstance(response, _Signalling)
        return response.sent
