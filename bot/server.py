"""The HTTP server of one replica, on ``NAPIER_HTTP_HOST``:``NAPIER_HTTP_PORT``.

- ``/discord/interactions`` — Discord's interactions endpoint (``bot.discord.interactions``);
- ``/slack/events``, ``/slack/install``, ``/slack/oauth_redirect`` — Slack's HTTP mode and
  install flow (``bot.slack.app.SlackEndpoint``);
- ``/healthz`` — 200 with what this replica is and what it can reach (503 while it shuts
  down); a database or Redis that is down is reported, not fatal: lessons go on;
- ``/metrics`` — Prometheus metrics (``bot.metrics``).

Replicas are identical and keep nothing a request needs in their own memory (learner memory
in the database; rate limit, reply cache and deduplication in Redis when there is one), so a
load balancer may send any request to any replica.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.logs import log_ready
from bot.runtime import Runtime
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.discord.app import NapierClient
    from bot.slack.app import SlackEndpoint

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # platform requests are a few KiB


@dataclass
class Routes:
    """What one replica's server answers besides health and metrics."""

    discord: NapierClient | None = None
    slack: SlackEndpoint | None = None
    extra: list[web.RouteDef] = field(default_factory=list)


def application(runtime: Runtime, settings: Settings, routes: Routes) -> web.Application:
    """The aiohttp application of one replica."""
    from bot.metrics import CONTENT_TYPE, Metrics

    app = web.Application(client_max_size=MAX_BODY)
    metrics = Metrics(runtime)

    async def healthz(_: web.Request) -> web.Response:
        memory = runtime.memory
        report: dict[str, Any] = {
            "status": "stopping" if runtime.closing else "ok",
            "replica": settings.replica,
            "workers": runtime.pool.warm,  # warmed up; the others are still starting
            "database": None if memory is None else ("ok" if memory.available else "down"),
            "redis": {None: None, True: "ok", False: "down"}[await runtime.shared.ping()],
        }
        return web.json_response(report, status=503 if runtime.closing else 200)

    async def metrics_page(_: web.Request) -> web.Response:
        return web.Response(body=metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_page)
    if routes.discord is not None:
        from bot.discord.interactions import PATH, InteractionsEndpoint

        key = settings.discord_public_key
        if not key:
            raise ValueError("DISCORD_PUBLIC_KEY is required for the interactions endpoint")
        endpoint = InteractionsEndpoint(routes.discord, key, runtime.dedup)
        app.router.add_post(PATH, endpoint.handle)
    if routes.slack is not None:
        app.router.add_routes(routes.slack.routes())
    app.router.add_routes(routes.extra)
    return app


async def run(
    runtime: Runtime, settings: Settings, *, discord: bool = False, slack: bool = False
) -> None:
    """Serve until cancelled, with Discord's interactions endpoint (``discord``: the client
    logs in for its HTTP session, no gateway) and Slack's HTTP mode (``slack``)."""
    routes = Routes()
    engine = None
    try:
        if discord:
            from bot.discord.app import create_client

            client = create_client(runtime, settings, inline=settings.discord_inline_seconds)
            routes.discord = client  # closed below even when the login fails
            token = settings.discord_token.get_secret_value() if settings.discord_token else ""
            await client.login(token)
            runtime.daily.posters["discord"] = client.post_daily  # REST only: no gateway needed
        if slack:
            from bot.slack.app import SlackEndpoint, create_app

            if settings.slack_oauth:
                engine = installations_engine(settings)
                if runtime.memory is not None:
                    await runtime.memory.start()  # migrates the database: its tables exist
            writer = None if engine is None else engine.execution_options(napier_write=True)
            app = create_app(runtime=runtime, settings=settings, installations=writer)
            secret = settings.slack_signing_secret
            routes.slack = SlackEndpoint(
                app, secret.get_secret_value() if secret else "", runtime.dedup
            )
        await serve(runtime, settings, routes)
    finally:
        if routes.discord is not None:
            await routes.discord.close()
        if engine is not None:
            await engine.dispose()


def installations_engine(settings: Settings) -> Any:
    """An engine on the project's database for slack_sdk's installation and state stores."""
    from sqlalchemy import make_url

    from bot.storage.store import create_engine, sqlite_url

    url = settings.database_url
    return create_engine(
        make_url(url) if url else sqlite_url(settings.napier_data_dir),
        settings.napier_database_timeout,
    )


async def serve(runtime: Runtime, settings: Settings, routes: Routes) -> None:
    """Serve ``routes`` (and health and metrics) until cancelled."""
    runner = web.AppRunner(application(runtime, settings, routes), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.napier_http_host, settings.http_port)
        await site.start()
        for name, on in (("Discord", routes.discord), ("Slack", routes.slack)):
            if on is not None:
                log_ready(name)
        log.info(
            "HTTP server of replica %s on %s:%d (%s)",
            settings.replica,
            settings.napier_http_host,
            settings.http_port,
            ", ".join(
                name
                for name, on in (("discord", routes.discord), ("slack", routes.slack))
                if on is not None
            )
            or "health and metrics",
        )
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
