"""The Slack adapter: every registry command as a slash command, on slack-bolt.

Each command is acknowledged at once (Slack's 3-second limit); the answer is then computed
by the shared runtime and posted in the channel as Block Kit with the images uploaded through
``files_upload_v2``. Input errors are answered ephemerally in the user's language; when the
bot cannot post in the channel, the user gets the answer ephemerally with how to fix it.

One workspace uses ``SLACK_BOT_TOKEN`` (Socket Mode or HTTP). Many workspaces use the OAuth
install flow (``SLACK_CLIENT_ID`` and ``SLACK_CLIENT_SECRET``): each workspace's token is kept
by slack_sdk's SQLAlchemy installation store in the project's database, and every request is
answered with the token of the workspace it came from. HTTP requests reach the app through
``SlackEndpoint``, which also acknowledges a retried request without running it again.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from time import monotonic
from typing import TYPE_CHECKING, Any

from aiohttp import web
from pydantic import SecretStr
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.buttons import buttons_for, decode, shown_steps, with_answer
from bot.jobs import Caller
from bot.logs import log_ready
from bot.runtime import Runtime, rejection
from bot.runtime.daily import DAILY
from bot.runtime.dedup import Deduplicator
from bot.settings import Settings, get_settings
from bot.slack import format as slack_format
from bot.slack.manifest import BOT_SCOPES, LIFECYCLE_EVENTS
from napier.command_line import parse_arguments
from napier.commands import COMMANDS, Command, visible
from napier.errors import UserError
from napier.i18n import pick_locale, t
from napier.reply import Reply

if TYPE_CHECKING:
    from bot.storage import ServerSettings

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600  # an install link is good for ten minutes

_NOT_A_MEMBER = {"not_in_channel", "channel_not_found", "is_archived"}


class LocaleCache:
    """Each user's Slack locale from ``users.info`` (and whether they are a workspace admin,
    and their display name), remembered for a while, bounded."""

    def __init__(self, default: str, max_users: int = 2000, ttl: float = 3600.0) -> None:
        self.default = default
        self.max_users = max_users
        self.ttl = ttl
        self._known: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._people: dict[str, tuple[bool, str]] = {}  # user → (admin, display name)

    def admin(self, user: str) -> bool:
        """Whether ``users.info`` said the user is a workspace admin or owner."""
        return self._people.get(user, (False, ""))[0]

    def name(self, user: str) -> str:
        """The user's display name as ``users.info`` gave it (empty when unknown)."""
        return self._people.get(user, (False, ""))[1]

    async def get(self, client: AsyncWebClient, user: str) -> str:
        """The user's locale (``ja`` or ``en``): Slack's, else the default, else English."""
        hit = self._known.get(user)
        if hit is not None and monotonic() - hit[0] < self.ttl:
            self._known.move_to_end(user)
            return hit[1]
        try:
            response = await client.users_info(user=user, include_locale=True)
        except SlackApiError as error:  # e.g. no users:read: Slack's answer will not change
            log.warning("users.info for %s failed: %s", user, error.response.get("error"))
            return self._remember(user, pick_locale(self.default))
        except Exception:  # the network: try again next time
            log.warning("users.info for %s failed", user, exc_info=True)
            return pick_locale(self.default)
        info = response.get("user") or {}
        profile = info.get("profile") or {}
        name = str(
            profile.get("display_name") or profile.get("real_name") or info.get("name") or ""
        )
        self._people[user] = (bool(info.get("is_admin") or info.get("is_owner")), str(name or ""))
        return self._remember(user, pick_locale(info.get("locale"), self.default))

    def _remember(self, user: str, locale: str) -> str:
        self._known[user] = (monotonic(), locale)
        self._known.move_to_end(user)
        while len(self._known) > self.max_users:
            forgotten, _ = self._known.popitem(last=False)
            self._people.pop(forgotten, None)
        return locale


@dataclass(frozen=True)
class Request:
    """Where an answer goes: the user, the channel, and the ``respond`` for private replies;
    the workspace and Slack's id of the request (its trigger) for the learner memory."""

    user: str
    channel: str
    respond: Callable[..., Awaitable[Any]]
    client: AsyncWebClient
    team: str = ""
    key: str = ""


class SlackAdapter:
    """Translates Slack requests into runtime jobs and replies into Slack messages."""

    def __init__(
        self, runtime: Runtime, settings: Settings, client: AsyncWebClient | None = None
    ) -> None:
        self.runtime = runtime
        self.client = client
        self.locales = LocaleCache(settings.slack_default_locale)
        self._started: asyncio.Lock | None = None

    async def _ready(self) -> None:
        if self._started is None:
            self._started = asyncio.Lock()
        async with self._started:
            await self.runtime.start()

    def register(self, app: AsyncApp) -> None:
        """Add one slash command per registry command, and the button handler."""
        for name in (command.name for command in visible()):
            app.command(f"/{name}")(self.on_command)
        app.action(slack_format.BUTTON_ACTION_PATTERN)(self.on_button)
        app.view(slack_format.ANSWER_CALLBACK)(self.on_answer)

    async def on_command(
        self,
        ack: Callable[..., Awaitable[Any]],
        command: dict[str, Any],
        respond: Callable[..., Awaitable[Any]],
        client: AsyncWebClient,
    ) -> None:
        """A slash command: acknowledge, parse, admit, run, post."""
        await ack()
        request = Request(
            command["user_id"],
            command["channel_id"],
            respond,
            client,
            team=str(command.get("team_id") or ""),
            key=str(command.get("trigger_id") or ""),
        )
        spec = COMMANDS[command["command"].lstrip("/")]

        async def work(locale: str) -> None:
            try:
                args = parse_arguments(spec, command.get("text") or "")
            except UserError as error:
                await self._private(request, rejection(error, locale))
                return
            await self.answer(request, spec, args, locale, private=spec.private)

        await self._guarded(request, work)

    async def on_button(
        self,
        ack: Callable[..., Awaitable[Any]],
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Callable[..., Awaitable[Any]],
        client: AsyncWebClient,
    ) -> None:
        """A teaching button: reveal the next step in place, ask for an answer in a modal, or
        answer the follow-up command (privately for a private button)."""
        await ack()
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
            "channel_id", ""
        )
        request = Request(
            body["user"]["id"],
            channel,
            respond,
            client,
            team=_team(body),
            key=str(body.get("trigger_id") or ""),
        )

        async def work(locale: str) -> None:
            try:
                button = decode(str(action.get("value") or ""))
                spec = COMMANDS.get(button.command)
                if spec is None:
                    raise UserError("button.invalid")
            except UserError as error:
                await self._private(request, rejection(error, locale))
                return
            if button.ask:
                label = str((action.get("text") or {}).get("text") or "")
                shown = str((body.get("container") or {}).get("message_ts") or "")
                modal = slack_format.answer_modal(
                    str(action["value"]), label, locale, channel, shown
                )
                await client.views_open(trigger_id=body["trigger_id"], view=modal)
                return
            if button.revealed is None:
                await self.answer(request, spec, button.arguments, locale, private=button.private)
                return
            reply = await self._run(request, spec, button.arguments, locale)
            if reply is None:
                return
            revealed = shown_steps(reply, button.revealed)
            buttons = buttons_for(reply, spec.name, button.arguments, locale, revealed)
            await respond(
                replace_original=True,
                text=slack_format.notification_text(reply),
                blocks=slack_format.reply_blocks(reply, revealed, buttons),
            )

        await self._guarded(request, work)

    async def on_answer(
        self,
        ack: Callable[..., Awaitable[Any]],
        body: dict[str, Any],
        view: dict[str, Any],
        client: AsyncWebClient,
    ) -> None:
        """A submitted answer modal: refuse unreadable text inside the modal (Slack shows the
        error under the field), else close it, check the answer and tell the learner alone."""
        user = body["user"]["id"]
        payload, channel, text, shown = slack_format.submitted_answer(view)
        locale = await self.locales.get(client, user)
        try:
            button = decode(payload)
            spec = COMMANDS.get(button.command)
            if spec is None:
                raise UserError("button.invalid")
            args = with_answer(button, text)
            request = Request(
                user,
                channel,
                self._privately(client, channel, user),
                client,
                team=_team(body),
                key=str(body.get("trigger_id") or view.get("id") or ""),
            )
            job = await self.runtime.admit(self._caller(request, shown), spec.name, args)
        except UserError as error:
            message = slack_format.plain(error.message(locale)).replace("`", "")
            await ack(response_action="errors", errors={slack_format.ANSWER_BLOCK: message})
            return
        await ack()

        async def work(locale: str) -> None:
            await self._ready()
            reply = await self.runtime.execute(job, locale)
            if reply.error:
                await self._private(request, reply)
                return
            await self._publish_private(request, reply, spec, args, locale)

        await self._guarded(request, work)

    async def post_daily(
        self,
        server: ServerSettings,
        reply: Reply,
        args: Mapping[str, str],
        locale: str,
        client: AsyncWebClient | None = None,
    ) -> None:
        """Post a workspace's daily problem in its channel, with its images."""
        channel = server.daily_channel or ""

        async def nobody(**message: Any) -> None:  # no one to tell privately: log it
            log.warning("daily problem in %s: %s", channel, message.get("text", ""))

        target = client or self.client
        request = Request("", channel, nobody, target, team=server.team)
        await self._publish(request, reply, COMMANDS[DAILY], args, locale)

    def _privately(
        self, client: AsyncWebClient, channel: str, user: str
    ) -> Callable[..., Awaitable[Any]]:
        """A ``respond`` for requests without a response URL (a submitted modal)."""

        async def respond(**message: Any) -> None:
            await self._post_private(client, channel, user, message)

        return respond

    def _caller(self, request: Request, shown: float = 0.0) -> Caller:
        """Who is asking, for the runtime: the workspace, the user, admin or not."""
        return Caller(
            platform="slack",
            team=request.team or "unknown",
            user=request.user,
            name=self.locales.name(request.user),
            admin=self.locales.admin(request.user),
            channel=request.channel,
            key=request.key,
            shown=shown,
        )

    async def _post_private(
        self, client: AsyncWebClient, channel: str, user: str, message: dict[str, Any]
    ) -> None:
        """An ephemeral message in ``channel``, or in the app's direct messages when the bot
        cannot post there."""
        fields = {k: v for k, v in message.items() if k in ("text", "blocks")}
        try:
            await client.chat_postEphemeral(channel=channel, user=user, **fields)
        except SlackApiError as error:
            log.info("chat.postEphemeral in %s failed: %s", channel, error.response.get("error"))
            await client.chat_postMessage(channel=user, **fields)

    async def _guarded(self, request: Request, work: Callable[[str], Awaitable[None]]) -> None:
        """Run ``work`` in the user's locale; a bug is logged and answered with an apology."""
        locale = pick_locale(self.locales.default)
        try:
            locale = await self.locales.get(request.client, request.user)
            await work(locale)
        except Exception:
            log.exception("answering %s in %s failed", request.user, request.channel)
            try:
                await request.respond(
                    response_type="ephemeral",
                    replace_original=False,
                    text=slack_format.to_mrkdwn(t("runtime.bug", locale)),
                )
            except Exception:
                log.exception("could not apologise to %s", request.user)

    async def answer(
        self,
        request: Request,
        spec: Command,
        args: Mapping[str, str],
        locale: str,
        *,
        private: bool = False,
    ) -> None:
        """Run ``spec`` with ``args`` and post its reply in the request's channel (or to the
        learner alone)."""
        reply = await self._run(request, spec, args, locale)
        if reply is None:
            return
        if private:
            await self._publish_private(request, reply, spec, args, locale)
        else:
            await self._publish(request, reply, spec, args, locale)

    async def _publish_private(
        self, request: Request, reply: Reply, spec: Command, args: Mapping[str, str], locale: str
    ) -> None:
        """A reply for the learner alone: text, fields and buttons (Slack cannot attach files
        to an ephemeral message, so the images of a private reply are left out)."""
        revealed = shown_steps(reply, None)
        buttons = buttons_for(reply, spec.name, args, locale, revealed)
        await request.respond(
            response_type="ephemeral",
            replace_original=False,
            text=slack_format.notification_text(reply),
            blocks=slack_format.reply_blocks(reply, revealed, buttons),
        )

    async def _run(
        self, request: Request, spec: Command, args: Mapping[str, str], locale: str
    ) -> Reply | None:
        """The reply to post, or None after answering an error privately."""
        try:
            job = await self.runtime.admit(self._caller(request), spec.name, args)
        except UserError as error:
            await self._private(request, rejection(error, locale))
            return None
        await self._ready()
        reply = await self.runtime.execute(job, locale)
        if reply.error:
            await self._private(request, reply)
            return None
        return reply

    async def _private(self, request: Request, reply: Reply) -> None:
        """An ephemeral message to the user alone."""
        await request.respond(
            response_type="ephemeral",
            replace_original=False,
            text=slack_format.error_text(reply),
        )

    async def _publish(
        self, request: Request, reply: Reply, spec: Command, args: Mapping[str, str], locale: str
    ) -> None:
        revealed = shown_steps(reply, None)
        buttons = buttons_for(reply, spec.name, args, locale, revealed)
        text = slack_format.notification_text(reply)
        try:
            await request.client.chat_postMessage(
                channel=request.channel,
                text=text,
                blocks=slack_format.reply_blocks(reply, revealed, buttons),
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as error:
            code = str(error.response.get("error"))
            log.info("chat.postMessage in %s failed: %s", request.channel, code)
            if code in _NOT_A_MEMBER:
                note = t("slack.not_in_channel", locale)
            elif code == "missing_scope":
                note = t("slack.missing_scope", locale, scope=_needed(error, "chat:write"))
            else:
                note = t("slack.post_failed", locale, error=code)
            await request.respond(
                response_type="ephemeral",
                replace_original=False,
                text=f"{slack_format.to_mrkdwn(note)}\n{text}",
                blocks=slack_format.reply_blocks(reply, revealed, buttons, note=note),
            )
            return
        if reply.attachments:
            await self._upload(request, reply, locale)

    async def _upload(self, request: Request, reply: Reply, locale: str) -> None:
        uploads = [
            {
                "file": attachment.data,
                "filename": attachment.filename,
                "title": attachment.alt_text[:250] or attachment.filename,
                **({"alt_txt": attachment.alt_text[:1000]} if attachment.is_image else {}),
            }
            for attachment in reply.attachments
        ]
        try:
            await request.client.files_upload_v2(file_uploads=uploads, channel=request.channel)
        except SlackApiError as error:
            code = str(error.response.get("error"))
            log.warning("uploading to %s failed: %s", request.channel, code)
            if code == "missing_scope":
                note = t("slack.images_missing_scope", locale)
            elif code in _NOT_A_MEMBER:
                note = t("slack.not_in_channel", locale)
            else:
                note = t("slack.images_failed", locale, error=code)
            await request.respond(
                response_type="ephemeral",
                replace_original=False,
                text=slack_format.to_mrkdwn(note),
            )
        except Exception:
            log.exception("uploading to %s failed", request.channel)
            await request.respond(
                response_type="ephemeral",
                replace_original=False,
                text=slack_format.to_mrkdwn(t("slack.images_failed", locale, error="upload")),
            )


def _team(body: Mapping[str, Any]) -> str:
    """The workspace of an interactive payload."""
    team = body.get("team") or {}
    return str(team.get("id") or (body.get("user") or {}).get("team_id") or "")


def _needed(error: SlackApiError, default: str) -> str:
    needed = str(error.response.get("needed") or default)
    return needed.split(",")[0].strip() or default


def _secret(value: SecretStr | None) -> str:
    return value.get_secret_value() if value is not None else ""


def oauth_settings(settings: Settings, engine: AsyncEngine) -> AsyncOAuthSettings:
    """The install flow for many workspaces, with slack_sdk's SQLAlchemy stores on ``engine``
    (the project's database: its migrations create their tables)."""
    from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore

    client_id = str(settings.slack_client_id)
    oauth = AsyncOAuthSettings(
        client_id=client_id,
        client_secret=_secret(settings.slack_client_secret),
        scopes=list(BOT_SCOPES),
        redirect_uri=settings.slack_redirect_uri,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        installation_store=AsyncSQLAlchemyInstallationStore(client_id, engine),
        installation_store_bot_only=True,
        state_store=AsyncSQLAlchemyOAuthStateStore(STATE_SECONDS, engine),
        state_expiration_seconds=STATE_SECONDS,
    )
    # The token is still looked up in the database for every request (an uninstall or a new
    # token shows at once); Slack's auth.test of a token is asked once per process.
    oauth.authorize.cache_enabled = True  # type: ignore[attr-defined]
    return oauth


def workspace_poster(app: AsyncApp, adapter: SlackAdapter) -> Callable[..., Awaitable[None]]:
    """The daily problem's poster for many workspaces: each is posted with the token its
    workspace installed (none stored: nothing is posted, and the log says so)."""
    store = app.installation_store
    base = app.client.base_url

    async def post(
        server: ServerSettings, reply: Reply, args: Mapping[str, str], locale: str
    ) -> None:
        bot = await store.async_find_bot(enterprise_id=None, team_id=server.team) if store else None
        if bot is None or not bot.bot_token:
            log.warning(
                "no Slack installation for workspace %s: daily problem not posted", server.team
            )
            return
        client = AsyncWebClient(token=bot.bot_token, base_url=base)
        await adapter.post_daily(server, reply, args, locale, client=client)

    return post


def create_app(
    client: AsyncWebClient | None = None,
    runtime: Runtime | None = None,
    settings: Settings | None = None,
    installations: AsyncEngine | None = None,
) -> AsyncApp:
    """The Slack app with every registry command and the teaching buttons; no network here.

    ``client`` replaces the Web API client built from ``SLACK_BOT_TOKEN`` (tests point one at
    a loopback server); ``runtime`` defaults to a new one, started on the first command.
    ``installations`` is the database engine of the install flow (many workspaces only).
    """
    settings = settings or get_settings()
    if settings.slack_oauth:
        secret = _secret(settings.slack_signing_secret)
        if not secret:
            raise ValueError("SLACK_SIGNING_SECRET is required for the install flow")
        if installations is None:
            raise ValueError("the install flow needs the database (installations)")
        app = AsyncApp(
            client=client or AsyncWebClient(),
            signing_secret=secret,
            oauth_settings=oauth_settings(settings, installations),
            name="napier",
        )
        # app_uninstalled and tokens_revoked delete the workspace's stored token.
        app.enable_token_revocation_listeners()
        runtime = runtime or Runtime(settings)
        adapter = SlackAdapter(runtime, settings)
        adapter.register(app)
        runtime.daily.posters["slack"] = workspace_poster(app, adapter)
        return app
    if client is None:
        token = _secret(settings.slack_bot_token)
        if not token:
            raise ValueError("SLACK_BOT_TOKEN is not set")
        client = AsyncWebClient(token=token)
    secret = (
        settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    )
    if not secret:
        if settings.slack_mode == "http":
            raise ValueError("SLACK_SIGNING_SECRET is required when SLACK_MODE is http")
        # Socket Mode requests carry no signature; with no secret, refuse every HTTP request.
        secret = secrets.token_hex(32)
    app = AsyncApp(
        client=client,
        signing_secret=secret,
        request_verification_enabled=True,
        name="napier",
    )
    for event in LIFECYCLE_EVENTS:  # one workspace, its token in the settings: say so
        app.event(event)(_token_gone)
    runtime = runtime or Runtime(settings)
    adapter = SlackAdapter(runtime, settings, client)
    adapter.register(app)
    runtime.daily.posters["slack"] = adapter.post_daily
    return app


async def _token_gone(body: dict[str, Any]) -> None:
    """The workspace removed the app or revoked its token: SLACK_BOT_TOKEN no longer works."""
    log.warning(
        "Slack: %s in workspace %s; SLACK_BOT_TOKEN no longer works there",
        (body.get("event") or {}).get("type"),
        body.get("team_id"),
    )


def request_key(body: str) -> str:
    """The identity of a Slack request: its body (a retry repeats it exactly, with a new
    timestamp and signature in its headers; each command or click has its own trigger)."""
    return "slack:" + hashlib.sha256(body.encode()).hexdigest()


class SlackEndpoint:
    """Slack's HTTP mode on the replica's HTTP server: ``/slack/events`` (signed by Slack,
    checked by slack-bolt), and the install flow's ``/slack/install`` and
    ``/slack/oauth_redirect`` when the app has one. A signed request seen before — Slack
    retries one it thinks went unanswered — is acknowledged and not run again."""

    def __init__(self, app: AsyncApp, signing_secret: str, dedup: Deduplicator) -> None:
        self.app = app
        self.verifier = SignatureVerifier(signing_secret)
        self.dedup = dedup

    def routes(self) -> list[web.RouteDef]:
        found = [web.post(EVENTS_PATH, self.events)]
        if self.app.oauth_flow is not None:
            found += [web.get(INSTALL_PATH, self.install), web.get(REDIRECT_PATH, self.redirect)]
        return found

    async def events(self, request: web.Request) -> web.Response:
        body = await request.text()
        if self._signed(body, request) and not await self.dedup.first(request_key(body)):
            log.info("Slack request seen before (retry %s): acknowledged only",
                     request.headers.get("X-Slack-Retry-Num", "-"))  # fmt: skip
            return web.Response(status=200)
        bolt = AsyncBoltRequest(
            body=body,
            query=request.query_string,
            headers=request.headers,  # type: ignore[arg-type]
        )
        return await to_aiohttp_response(await self.app.async_dispatch(bolt))

    def _signed(self, body: str, request: web.Request) -> bool:
        """Whether Slack signed the request (slack-bolt checks again, and answers 401)."""
        try:
            return self.verifier.is_valid(
                body,
                request.headers.get("X-Slack-Request-Timestamp", ""),
                request.headers.get("X-Slack-Signature", ""),
            )
        except ValueError:  # a timestamp that is not a number
            return False

    async def install(self, request: web.Request) -> web.Response:
        assert self.app.oauth_flow is not None
        bolt = AsyncBoltRequest(body="", query=request.query_string, headers=request.headers)  # type: ignore[arg-type]
        return await to_aiohttp_response(await self.app.oauth_flow.handle_installation(bolt))

    async def redirect(self, request: web.Request) -> web.Response:
        assert self.app.oauth_flow is not None
        bolt = AsyncBoltRequest(body="", query=request.query_string, headers=request.headers)  # type: ignore[arg-type]
        return await to_aiohttp_response(await self.app.oauth_flow.handle_callback(bolt))


async def serve(runtime: Runtime, settings: Settings, client: AsyncWebClient | None = None) -> None:
    """Run the Slack app until cancelled: Socket Mode, or HTTP (``SLACK_MODE=http`` or the
    install flow) on the replica's HTTP server (``bot.server``).

    ``client`` replaces the Web API client, as in ``create_app``.
    """
    if settings.slack_http:
        from bot import server

        await server.run(runtime, settings, slack=True)
        return
    app = create_app(client=client, runtime=runtime, settings=settings)
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    app_token = _secret(settings.slack_app_token)
    if not app_token:
        raise ValueError("SLACK_APP_TOKEN is required for Socket Mode")
    handler = AsyncSocketModeHandler(app, app_token)
    try:
        await handler.connect_async()
        log.info("Slack Socket Mode connected")
        log_ready("Slack")
        await asyncio.Event().wait()
    finally:
        await handler.close_async()
