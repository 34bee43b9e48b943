"""Practice and the learner memory through real slack-bolt against the loopback Slack Web API:
an exercise answered in a modal (with Try again), then /progress, /leaderboard, /settings,
/forget-me and the daily problem — in both languages, on a real SQLite database."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.async_app import AsyncApp
from slack_fake import (
    BOT_TOKEN,
    SIGNING_SECRET,
    TEAM,
    SlackFake,
    blocks_of,
    button_body,
    element,
    elements,
    post,
    slash_body,
    view_submission_body,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.runtime import Runtime
from bot.runtime.memory import Memory
from bot.settings import Settings
from bot.slack import format as slack_format
from bot.slack.app import create_app
from bot.storage import Store
from napier.i18n import t
from napier.practice.skills import exercise as rebuild
from napier.printer import typed

CHANNEL = "C0STUDY"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="module")
async def memory_runtime(
    clock: Clock, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Runtime]:
    """A runtime with a learner memory in a SQLite file."""
    folder: Path = tmp_path_factory.mktemp("memory")
    memory = Memory(lambda: Store.open(None, folder))
    async with Runtime(
        workers=2, timeout=10, memory=memory, clock=clock, rate_burst=1000, rate_per_minute=6000
    ) as runtime:
        yield runtime


@pytest.fixture
async def fake() -> AsyncIterator[SlackFake]:
    server = SlackFake()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def app(fake: SlackFake, memory_runtime: Runtime) -> AsyncApp:
    settings = Settings(
        _env_file=None, slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET
    )
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.base_url)
    return create_app(client=client, runtime=memory_runtime, settings=settings)


def text_of(params: dict[str, Any]) -> str:
    """Every text of a message: its fallback and its blocks."""
    parts = [str(params.get("text") or "")]
    for block in blocks_of(params):
        if isinstance(block.get("text"), dict):
            parts.append(block["text"]["text"])
        parts += [f.get("text", "") for f in block.get("fields", [])]
    return "\n".join(parts)


async def slash(app: AsyncApp, fake: SlackFake, line: str, user: str) -> str:
    """Post ``line`` as ``user``; the response URL's id."""
    command, _, text = line.partition(" ")
    name = uuid.uuid4().hex
    body = slash_body(
        command, text, user=user, channel=CHANNEL, response_url=fake.response_url(name)
    )
    assert (await post(app, body)).status == 200
    return name


async def posted(app: AsyncApp, fake: SlackFake, line: str, user: str) -> dict[str, Any]:
    """The public message a command posts in the channel."""
    before = len(fake.api("chat.postMessage"))
    await slash(app, fake, line, user)
    await fake.wait_for(lambda: len(fake.api("chat.postMessage")) > before)
    return fake.api("chat.postMessage")[-1].params


async def private(app: AsyncApp, fake: SlackFake, line: str, user: str) -> dict[str, Any]:
    """The ephemeral answer a command sends through its response URL."""
    url = await slash(app, fake, line, user)
    await fake.wait_for(lambda: [c for c in fake.of("response") if c.name == url])
    return next(c.params for c in fake.of("response") if c.name == url)


async def modal(app: AsyncApp, fake: SlackFake, button: dict, user: str, blocks: list) -> dict:
    """Click an asking button; the view passed to views.open."""
    opened = len(fake.api("views.open"))
    body = button_body(
        button,
        user=user,
        channel=CHANNEL,
        response_url=fake.response_url(uuid.uuid4().hex),
        message={"type": "message", "ts": "1.2", "blocks": blocks},
    )
    assert (await post(app, body)).status == 200
    await fake.wait_for(lambda: len(fake.api("views.open")) > opened)
    view = fake.api("views.open")[-1].params["view"]
    return json.loads(view) if isinstance(view, str) else view


async def answer(app: AsyncApp, fake: SlackFake, view: dict, text: str, user: str) -> dict:
    """Submit ``text`` in the modal; the private verdict posted with chat.postEphemeral."""
    before = len(fake.api("chat.postEphemeral"))
    response = await post(app, view_submission_body(view, text, user=user))
    assert response.status == 200 and not response.body
    await fake.wait_for(lambda: len(fake.api("chat.postEphemeral")) > before)
    verdict = fake.api("chat.postEphemeral")[-1].params
    assert verdict["user"] == user and verdict["channel"] == CHANNEL
    return verdict


@pytest.mark.parametrize(
    ("user", "slack_locale", "locale"),
    [
        ("U0PRACTJA", "ja-JP", "ja"),
        ("U0PRACTEN", "en-US", "en"),
    ],
)
async def test_practise_in_a_modal_then_see_progress(
    app: AsyncApp, fake: SlackFake, user: str, slack_locale: str, locale: str
) -> None:
    """The exercise is posted with its image; Answer opens a modal; a wrong answer's private
    verdict names the mistake and offers Try again; the right answer is accepted; /progress
    then posts the skill with its chart."""
    fake.locales[user] = slack_locale
    exercise = await posted(app, fake, "/practice pow.integer 1 seed:5", user)
    await fake.wait_for(lambda: fake.api("files.completeUploadExternal"))
    blocks = blocks_of(exercise)
    view = await modal(
        app, fake, element(blocks, t("practice.action.answer", locale)), user, blocks
    )
    wrong = await answer(app, fake, view, "6", user)
    assert t("practice.mistake.base_times_exponent.name", locale) in text_of(wrong)
    again = element(blocks_of(wrong), t("practice.action.try_again", locale))
    second = await modal(app, fake, again, user, blocks_of(wrong))
    right = await answer(app, fake, second, "9", user)
    assert t("practice.verdict.correct", locale) in text_of(right)
    uploads = len(fake.of("upload"))
    progress = await posted(app, fake, "/progress", user)
    assert t("progress.mastery.familiar", locale) in text_of(progress)
    await fake.wait_for(lambda: len(fake.of("upload")) > uploads)
    assert fake.of("upload")[-1].raw.count(PNG_SIGNATURE) == 1


async def test_leaderboard_settings_and_forget_me(app: AsyncApp, fake: SlackFake) -> None:
    """The leaderboard shows the workspace's learners by their Slack names; /settings me
    answers privately and hides the learner; /forget-me confirms privately, then deletes."""
    user = "U0BOARD1"
    fake.locales[user] = "en-US"
    exercise = await posted(app, fake, "/practice pow.integer 1 seed:5", user)
    view = await modal(app, fake, element(blocks_of(exercise), "Answer"), user, blocks_of(exercise))
    await answer(app, fake, view, "9", user)
    board = await posted(app, fake, "/leaderboard", user)
    assert "Learner ARD1" in text_of(board)
    hidden = await private(app, fake, "/settings me leaderboard:off", user)
    assert hidden["response_type"] == "ephemeral" and t("settings.no", "en") in text_of(hidden)
    board = await posted(app, fake, "/leaderboard", user)
    assert "Learner ARD1" not in text_of(board)
    ask = await private(app, fake, "/forget-me", user)
    assert ask["response_type"] == "ephemeral"
    confirm = element(blocks_of(ask), t("forget.button", "en"))
    url = uuid.uuid4().hex
    body = button_body(
        confirm,
        user=user,
        channel=CHANNEL,
        response_url=fake.response_url(url),
        message={"type": "message", "ts": "1.2", "blocks": blocks_of(ask)},
    )
    assert (await post(app, body)).status == 200
    await fake.wait_for(lambda: [c for c in fake.of("response") if c.name == url])
    gone = next(c.params for c in fake.of("response") if c.name == url)
    assert gone["response_type"] == "ephemeral" and "Deleted" in text_of(gone)


async def test_review_once_the_skill_is_due(app: AsyncApp, fake: SlackFake, clock: Clock) -> None:
    """Right after practice nothing is due yet (in Japanese here); weeks later /review posts a
    new exercise of the skill, introduced as a review, with its Answer button."""
    user = "U0REVIEW1"
    fake.locales[user] = "ja-JP"
    clock.now = datetime(2026, 11, 4, 8, 0, tzinfo=UTC)
    exercise = await posted(app, fake, "/practice law1.1 1 seed:3", user)
    view = await modal(app, fake, element(blocks_of(exercise), "答える"), user, blocks_of(exercise))
    right = typed(rebuild("law1.1:1:3").task.answer)
    assert t("practice.verdict.correct", "ja") in text_of(
        await answer(app, fake, view, right, user)
    )
    early = await posted(app, fake, "/review", user)
    assert "いま復習が必要なスキルはありません" in text_of(early)
    clock.now += timedelta(days=40)
    due = await posted(app, fake, "/review", user)
    skill = t("practice.skill.law1.1", "ja")
    assert slack_format.to_mrkdwn(t("review.due", "ja", skill=skill)) in text_of(due)
    assert element(blocks_of(due), "答える")


async def test_daily_problem_for_workspace_admins_only(
    app: AsyncApp, fake: SlackFake, memory_runtime: Runtime, clock: Clock
) -> None:
    """A member who is not a workspace admin is refused privately; an admin turns the daily
    problem on; at its time it is posted in the channel with its image."""
    member, admin = "U0MEMBER1", "U0ADMIN01"
    fake.locales.update({member: "ja-JP", admin: "ja-JP"})
    fake.admins.add(admin)
    refused = await private(app, fake, "/settings server daily:on", member)
    assert t("settings.not_admin", "ja") in text_of(refused)
    done = await private(app, fake, "/settings server daily:on time:07:30", admin)
    assert "07:30" in text_of(done)
    clock.now = datetime(2026, 11, 3, 7, 31, tzinfo=UTC)
    before = len(fake.api("chat.postMessage"))
    assert await memory_runtime.daily.tick() == 1
    assert await memory_runtime.daily.tick() == 0
    await fake.wait_for(lambda: len(fake.api("chat.postMessage")) > before)
    daily = fake.api("chat.postMessage")[-1].params
    assert daily["channel"] == CHANNEL
    assert any(e["text"]["text"] for e in elements(blocks_of(daily)))
    await fake.wait_for(lambda: fake.api("files.completeUploadExternal"))
    store = memory_runtime.memory.current()
    assert (await store.server_settings("slack", TEAM)).daily_channel == CHANNEL


@pytest.mark.parametrize("locale", ["ja", "en"])
def test_memory_replies_reach_slack_without_markdown_bold(locale: str) -> None:
    """The memory commands' replies, rendered for Slack, carry no literal `**` outside code."""
    import re

    from test_slack_app import slack_texts

    from napier.commands.leaderboard import LeaderboardView, Standing
    from napier.commands.progress import ProgressView, SkillRow
    from napier.commands.review import ReviewView
    from napier.commands.settings import SettingsView
    from napier.lessons import leaderboard, progress, review, settings

    now = "2026-11-02T09:00:00+00:00"
    replies = [
        progress.answer(
            ProgressView(
                "Ada",
                True,
                (SkillRow("law1.1", "familiar", 1, 2, 1),),
                2,
                True,
                "law1.1",
                "2026-11-03T09:00:00+00:00",
                False,
                now,
            ),
            locale,
        ),
        leaderboard.answer(LeaderboardView("week", (Standing(1, "Ada", 3, 2),)), locale),
        settings.answer(SettingsView("server", ("daily",), daily=True), locale),
        review.answer(ReviewView(next_skill="law1.1", next_due=now, now=now), locale),
    ]
    for reply in replies:
        for text in slack_texts(reply, locale):
            assert "**" not in re.sub(r"`[^`]*`", "(code)", text), text[:300]
