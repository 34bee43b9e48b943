"""Buttons that ask for an answer (a modal) or answer privately, through real slack-bolt."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs

import pytest
import quiz_command
from slack_bolt.async_app import AsyncApp
from slack_fake import (
    BOT_TOKEN,
    SIGNING_SECRET,
    SlackFake,
    blocks_of,
    button_body,
    element,
    post,
    slash_body,
    view_submission_body,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.buttons import decode
from bot.runtime import Runtime
from bot.settings import Settings
from bot.slack.app import create_app
from napier.i18n import t

CHANNEL = "C0STUDY"


@pytest.fixture(scope="module")
async def quiz_runtime() -> AsyncIterator[Runtime]:
    """A runtime whose registry and workers know the test-only ``/quiz`` commands."""
    with quiz_command.registered():
        async with Runtime(workers=1, timeout=5, initializer="quiz_worker") as runtime:
            yield runtime


@pytest.fixture
async def fake() -> AsyncIterator[SlackFake]:
    server = SlackFake()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def app(fake: SlackFake, quiz_runtime: Runtime) -> AsyncApp:
    settings = Settings(
        _env_file=None, slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET
    )
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.base_url)
    return create_app(client=client, runtime=quiz_runtime, settings=settings)


async def quiz(app: AsyncApp, fake: SlackFake, user: str) -> list[dict[str, Any]]:
    """The blocks of the public /quiz message."""
    body = slash_body("/quiz", "", user=user, channel=CHANNEL, response_url=fake.response_url("q"))
    assert (await post(app, body)).status == 200
    await fake.wait_for(lambda: fake.api("chat.postMessage"))
    return blocks_of(fake.api("chat.postMessage")[-1].params)


async def click(
    app: AsyncApp, fake: SlackFake, button: dict[str, Any], user: str, blocks: list
) -> tuple[str, str]:
    """Click ``button``: the response URL's id and the click's trigger id."""
    url = uuid.uuid4().hex
    body = button_body(
        button,
        user=user,
        channel=CHANNEL,
        response_url=fake.response_url(url),
        message={"type": "message", "ts": "1.2", "blocks": blocks},
    )
    assert (await post(app, body)).status == 200
    return url, json.loads(parse_qs(body)["payload"][0])["trigger_id"]


async def open_modal(app: AsyncApp, fake: SlackFake, button: dict, user: str, blocks: list) -> dict:
    """Click an asking button; the view passed to ``views.open``."""
    opened = len(fake.api("views.open"))
    _, trigger = await click(app, fake, button, user, blocks)
    await fake.wait_for(lambda: len(fake.api("views.open")) > opened)
    call = fake.api("views.open")[-1]
    assert call.params["trigger_id"] == trigger
    view = call.params["view"]
    return json.loads(view) if isinstance(view, str) else view


async def test_answer_opens_a_modal_and_the_verdict_is_ephemeral(
    app: AsyncApp, fake: SlackFake
) -> None:
    """Answer calls views.open with the trigger id; the submission is acknowledged (closing the
    modal) and the verdict reaches the learner alone through chat.postEphemeral."""
    user = "U0ANSWER1"
    blocks = await quiz(app, fake, user)
    view = await open_modal(app, fake, element(blocks, "Answer"), user, blocks)
    assert view["type"] == "modal" and view["title"]["text"] == "Answer"
    assert [b["label"]["text"] for b in view["blocks"]] == [t("ask.field", "en")]
    response = await post(app, view_submission_body(view, "8", user=user))
    assert response.status == 200 and not response.body
    await fake.wait_for(lambda: fake.api("chat.postEphemeral"))
    verdict = fake.api("chat.postEphemeral")[-1].params
    assert verdict["user"] == user and verdict["channel"] == CHANNEL
    assert quiz_command.RIGHT in verdict["text"]


async def test_wrong_answer_offers_try_again(app: AsyncApp, fake: SlackFake) -> None:
    """A wrong answer's private verdict has Try again, which opens the modal again."""
    user = "U0ANSWER2"
    blocks = await quiz(app, fake, user)
    view = await open_modal(app, fake, element(blocks, "Answer"), user, blocks)
    await post(app, view_submission_body(view, "6", user=user))
    await fake.wait_for(lambda: fake.api("chat.postEphemeral"))
    verdict = fake.api("chat.postEphemeral")[-1].params
    assert quiz_command.WRONG in verdict["text"]
    again = element(blocks_of(verdict), "Try again")
    assert decode(again["value"]).ask
    second = await open_modal(app, fake, again, user, blocks_of(verdict))
    await post(app, view_submission_body(second, "8", user=user))
    await fake.wait_for(lambda: len(fake.api("chat.postEphemeral")) >= 2)
    assert quiz_command.RIGHT in fake.api("chat.postEphemeral")[-1].params["text"]


async def test_unreadable_answer_is_shown_inside_the_modal(app: AsyncApp, fake: SlackFake) -> None:
    """Text the command cannot read is answered with response_action errors under the field,
    and nothing is posted."""
    user = "U0ANSWER3"
    blocks = await quiz(app, fake, user)
    view = await open_modal(app, fake, element(blocks, "Answer"), user, blocks)
    response = await post(app, view_submission_body(view, "eight", user=user))
    answer = json.loads(response.body)
    assert answer["response_action"] == "errors"
    assert "8" in answer["errors"]["answer"] and "`" not in answer["errors"]["answer"]
    assert not fake.api("chat.postEphemeral")


async def test_private_button_answers_ephemerally(app: AsyncApp, fake: SlackFake) -> None:
    """A private button (a hint) is answered through the response URL as an ephemeral message."""
    user = "U0ANSWER4"
    blocks = await quiz(app, fake, user)
    url, _ = await click(app, fake, element(blocks, "Hint"), user, blocks)
    await fake.wait_for(lambda: [c for c in fake.of("response") if c.name == url])
    hint = next(c.params for c in fake.of("response") if c.name == url)
    assert hint["response_type"] == "ephemeral"
    assert quiz_command.HINT in hint["text"]
