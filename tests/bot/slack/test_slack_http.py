"""Slack on the replica's HTTP server: retried requests run once, and the install flow for many
workspaces keeps each workspace's token in the project's database (a real SQLite file and a
real PostgreSQL), against the loopback Slack API."""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from aiohttp.test_utils import TestClient, TestServer
from servers import Postgres
from slack_fake import (
    BOT_TOKEN,
    CLIENT_ID,
    CLIENT_SECRET,
    SIGNING_SECRET,
    SlackFake,
    signed_headers,
    slash_body,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot import server
from bot.runtime import Runtime
from bot.settings import Settings
from bot.slack.app import EVENTS_PATH, INSTALL_PATH, REDIRECT_PATH, SlackEndpoint, create_app
from bot.storage import Store

CHANNEL = "C0STUDY"


@pytest.fixture
async def fake() -> AsyncIterator[SlackFake]:
    slack = SlackFake()
    await slack.start()
    yield slack
    await slack.close()


def user(fake: SlackFake) -> str:
    name = "U" + uuid.uuid4().hex[:10].upper()
    fake.locales[name] = "en-US"
    return name


async def test_a_retried_slack_request_runs_once(fake: SlackFake, runtime: Runtime) -> None:
    """Slack's retry of a command (the same body, a new signature and X-Slack-Retry-Num) is
    acknowledged with 200 and answered once; a request with a bad signature is refused."""
    settings = Settings(
        _env_file=None, slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET
    )
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.base_url)
    app = create_app(client=client, runtime=runtime, settings=settings)
    routes = server.Routes(slack=SlackEndpoint(app, SIGNING_SECRET, runtime.dedup))
    async with TestClient(TestServer(server.application(runtime, settings, routes))) as http:
        body = slash_body(
            "/pow", "2 3", user=user(fake), channel=CHANNEL, response_url=fake.response_url("r")
        )
        first = await http.post(EVENTS_PATH, data=body, headers=signed_headers(body))
        retry_headers = {**signed_headers(body), "X-Slack-Retry-Num": "1"}
        retry = await http.post(EVENTS_PATH, data=body, headers=retry_headers)
        assert first.status == retry.status == 200
        await fake.wait_for(lambda: fake.api("chat.postMessage"))
        forged = await http.post(
            EVENTS_PATH, data=body, headers=signed_headers(body, secret="not-the-secret")
        )
        assert forged.status == 401
        await fake.wait_for(lambda: fake.api("files.completeUploadExternal"))
    assert len(fake.api("chat.postMessage")) == 1
    assert "2 × 2 × 2 = 8" in str(fake.api("chat.postMessage")[0].params)


@pytest.fixture(params=["sqlite", "postgresql"])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Settings]:
    """Settings for the install flow on a fresh, migrated database of each kind."""
    url = None
    if request.param == "postgresql":
        postgres: Postgres = request.getfixturevalue("postgres")
        url = postgres.create_database()
    settings = Settings(
        _env_file=None,
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        slack_signing_secret=SIGNING_SECRET,
        napier_database_url=url,
        napier_data_dir=tmp_path / "data",
    )
    store = await Store.open(settings.database_url, settings.napier_data_dir)
    await store.close()
    yield settings


async def test_install_flow_stores_each_workspaces_token(
    fake: SlackFake, runtime: Runtime, database: Settings
) -> None:
    """/slack/install links to Slack's consent page with a state; the redirect with Slack's
    code stores the workspace's bot token in the database; a command from that workspace is
    answered with that token, one from a workspace that never installed the app is not; when
    the workspace uninstalls the app, its token is deleted and its commands go unanswered."""
    settings = database
    engine = server.installations_engine(settings)
    try:
        app = create_app(
            client=AsyncWebClient(base_url=fake.base_url),
            runtime=runtime,
            settings=settings,
            installations=engine.execution_options(napier_write=True),
        )
        routes = server.Routes(slack=SlackEndpoint(app, SIGNING_SECRET, runtime.dedup))
        application = server.application(runtime, settings, routes)
        async with TestClient(TestServer(application)) as http:
            page = await http.get(INSTALL_PATH)
            assert page.status == 200
            link = re.search(
                r'href="(https://slack.com/oauth/v2/authorize\?[^"]+)"', await page.text()
            )
            assert link is not None
            query = parse_qs(urlparse(link.group(1).replace("&amp;", "&")).query)
            assert query["client_id"] == [CLIENT_ID]
            assert set(query["scope"][0].split(",")) >= {"commands", "chat:write", "files:write"}
            cookie = page.headers["Set-Cookie"].split(";")[0]
            fake.grants["code-1"] = ("T0SECOND", "xoxb-second-workspace")
            done = await http.get(
                REDIRECT_PATH,
                params={"code": "code-1", "state": query["state"][0]},
                headers={"Cookie": cookie},
            )
            assert done.status == 200, await done.text()
            replay = await http.get(
                REDIRECT_PATH,
                params={"code": "code-1", "state": query["state"][0]},
                headers={"Cookie": cookie},
            )
            assert replay.status == 401  # a state is good for one install only

            async def command(team: str, text: str) -> int:
                body = slash_body(
                    "/pow", text, user=user(fake), channel=CHANNEL, team=team,
                    response_url=fake.response_url(team),
                )  # fmt: skip
                sent = await http.post(EVENTS_PATH, data=body, headers=signed_headers(body))
                return sent.status

            def checks() -> int:
                bearer = "Bearer xoxb-second-workspace"
                return sum(c.headers.get("Authorization") == bearer for c in fake.api("auth.test"))

            before = checks()
            assert await command("T0SECOND", "2 4") == 200
            await fake.wait_for(lambda: fake.api("chat.postMessage"))
            (posted,) = fake.api("chat.postMessage")
            assert posted.headers["Authorization"] == "Bearer xoxb-second-workspace"
            assert "2 × 2 × 2 × 2 = 16" in str(posted.params)
            assert await command("T0SECOND", "2 6") == 200
            await fake.wait_for(lambda: len(fake.api("chat.postMessage")) == 2)
            assert checks() - before <= 1  # the token's auth.test is remembered
            await command("T0NOTINSTALLED", "2 5")

            # The workspace removes the app: its token is deleted, its commands go unanswered.
            # (Its own event id: a body seen before is a retry, acknowledged and not run again.)
            uninstalled = json.dumps({
                "token": "unused", "team_id": "T0SECOND", "api_app_id": "A0NAPIER",
                "event": {"type": "app_uninstalled"}, "type": "event_callback",
                "event_id": "Ev" + uuid.uuid4().hex[:10].upper(), "event_time": int(time.time()),
            })  # fmt: skip
            sent = await http.post(
                EVENTS_PATH,
                data=uninstalled,
                headers={**signed_headers(uninstalled), "Content-Type": "application/json"},
            )
            assert sent.status == 200
            store = app.installation_store
            assert store is not None
            for _ in range(50):  # the listener runs after the acknowledgement
                if await store.async_find_bot(enterprise_id=None, team_id="T0SECOND") is None:
                    break
                await asyncio.sleep(0.05)
            assert await store.async_find_bot(enterprise_id=None, team_id="T0SECOND") is None
            await command("T0SECOND", "2 7")
        assert len(fake.api("chat.postMessage")) == 2
    finally:
        await engine.dispose()


def test_the_migrated_slack_tables_are_slack_sdks() -> None:
    """The tables our migration creates for the install flow have the columns, types,
    nullability and indexes of slack_sdk's own store tables (a new slack_sdk that changes them
    fails here, not in a workspace's install)."""
    import sqlalchemy as sa
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    from bot.storage.models import SLACK_BOTS, SLACK_INSTALLATIONS, SLACK_OAUTH_STATES

    theirs = sa.MetaData()
    pairs = [
        (SLACK_INSTALLATIONS, SQLAlchemyInstallationStore.build_installations_table(
            theirs, "slack_installations")),
        (SLACK_BOTS, SQLAlchemyInstallationStore.build_bots_table(theirs, "slack_bots")),
        (SLACK_OAUTH_STATES, SQLAlchemyOAuthStateStore.build_oauth_states_table(
            theirs, "slack_oauth_states")),
    ]  # fmt: skip

    def shape(table: sa.Table) -> object:
        columns = [
            (c.name, type(c.type).__name__, getattr(c.type, "length", None), c.nullable)
            for c in table.columns
        ]
        indexes = sorted((i.name, tuple(c.name for c in i.columns)) for i in table.indexes)
        return columns, indexes

    for ours, reference in pairs:
        assert shape(ours) == shape(reference)
