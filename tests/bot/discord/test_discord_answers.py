"""Buttons that ask for an answer (a modal) or answer privately, through real discord.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import quiz_command
from discord_fake import (
    FAKE_TOKEN,
    FakeDiscord,
    Payloads,
    Request,
    button,
    callback,
    dispatch,
    followup,
)

from bot.buttons import decode
from bot.discord.app import NapierClient, create_client
from bot.runtime import Runtime
from bot.settings import Settings
from napier.i18n import t

MODAL = 9


@pytest.fixture(scope="module")
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    yield server
    await server.close()


@pytest.fixture(scope="module")
async def client(fake: FakeDiscord) -> AsyncIterator[NapierClient]:
    """A client whose registry and workers know the test-only ``/quiz`` commands."""
    with quiz_command.registered():
        async with Runtime(workers=1, timeout=5, initializer="quiz_worker") as runtime:
            bot = create_client(runtime, Settings(discord_token=FAKE_TOKEN))
            await bot.login(FAKE_TOKEN)
            yield bot
            await bot.close()


@pytest.fixture(scope="module")
def payloads() -> Payloads:
    return Payloads()


async def quiz(client: NapierClient, fake: FakeDiscord, payloads: Payloads) -> Request:
    """The public /quiz message with its buttons."""
    payload = payloads.slash("quiz", user_id=7)
    dispatch(client, payload)
    return await followup(fake, payload)


async def test_answer_button_opens_a_modal_whose_submission_is_checked_privately(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """Answer opens a modal (type 9) with one text input; the typed answer is checked and the
    verdict is ephemeral, while the question stays public."""
    message = await quiz(client, fake, payloads)
    assert not message.ephemeral
    answer = button(message, "Answer")
    click = payloads.click(_stored(fake, message), answer["custom_id"], user_id=7)
    dispatch(client, click)
    opened = await callback(fake, click)
    assert opened.json["type"] == MODAL
    modal = opened.json["data"]
    assert modal["custom_id"] == answer["custom_id"] and modal["title"] == "Answer"
    inputs = [c for row in modal["components"] for c in row["components"]]
    assert [(i["type"], i["label"]) for i in inputs] == [(4, t("ask.field", "en"))]
    submit = payloads.modal_submit(modal["custom_id"], "8", user_id=7)
    dispatch(client, submit)
    deferred = await callback(fake, submit)
    assert deferred.json["type"] == 5 and deferred.ephemeral
    verdict = await followup(fake, submit)
    assert verdict.ephemeral
    assert quiz_command.RIGHT in verdict.text


async def test_wrong_answer_offers_try_again_which_opens_a_new_modal(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """After a wrong answer the private verdict carries Try again; clicking it opens a modal
    again (Discord allows no modal straight after a modal), and the second answer is checked."""
    message = await quiz(client, fake, payloads)
    custom_id = button(message, "Answer")["custom_id"]
    submit = payloads.modal_submit(custom_id, "6", user_id=8)
    dispatch(client, submit)
    verdict = await followup(fake, submit)
    assert verdict.ephemeral and quiz_command.WRONG in verdict.text
    again = button(verdict, "Try again")
    assert decode(again["custom_id"]).ask
    click = payloads.click(_stored(fake, verdict), again["custom_id"], user_id=8)
    dispatch(client, click)
    assert (await callback(fake, click)).json["type"] == MODAL
    second = payloads.modal_submit(again["custom_id"], "8", user_id=8)
    dispatch(client, second)
    assert quiz_command.RIGHT in (await followup(fake, second)).text


async def test_unreadable_answer_is_refused_at_once_privately(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """Text the command cannot read is answered immediately and privately, with an example."""
    message = await quiz(client, fake, payloads)
    submit = payloads.modal_submit(button(message, "Answer")["custom_id"], "eight", user_id=9)
    dispatch(client, submit)
    refused = await callback(fake, submit)
    assert refused.json["type"] == 4 and refused.ephemeral
    assert "`8`" in refused.embeds[0]["description"]


async def test_private_button_answers_only_the_clicker(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """A private button (a hint) is deferred ephemerally and answered ephemerally."""
    message = await quiz(client, fake, payloads)
    click = payloads.click(_stored(fake, message), button(message, "Hint")["custom_id"], user_id=10)
    dispatch(client, click)
    deferred = await callback(fake, click)
    assert deferred.json["type"] == 5 and deferred.ephemeral
    hint = await followup(fake, click)
    assert hint.ephemeral and quiz_command.HINT in hint.text


async def test_a_submission_after_a_restart_is_still_answered(
    fake: FakeDiscord, payloads: Payloads, client: NapierClient
) -> None:
    """A modal's id carries its command: a fresh client (as after a restart) answers it."""
    message = await quiz(client, fake, payloads)
    custom_id = button(message, "Answer")["custom_id"]
    fresh = create_client(client.runtime, Settings(discord_token=FAKE_TOKEN))
    await fresh.login(FAKE_TOKEN)
    try:
        submit = payloads.modal_submit(custom_id, "8", user_id=11)
        dispatch(fresh, submit)
        assert quiz_command.RIGHT in (await followup(fake, submit)).text
    finally:
        await fresh.close()


def _stored(fake: FakeDiscord, message: Request) -> dict[str, Any]:
    """The message as the fake API stored it (what a click payload carries)."""
    return next(
        m for m in reversed(fake.messages.values()) if m["embeds"] == message.json.get("embeds")
    )
