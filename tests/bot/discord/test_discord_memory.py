"""Practice and the learner memory through real discord.py against the loopback Discord API:
an exercise answered in a modal (with Try again), then /progress, /leaderboard, /settings,
/review, /forget-me and the daily problem — in both languages, on a real SQLite database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from discord_fake import (
    CHANNEL_ID,
    FAKE_TOKEN,
    PNG_SIGNATURE,
    FakeDiscord,
    Payloads,
    Request,
    button,
    buttons,
    callback,
    dispatch,
    followup,
)
from png_checks import assert_readable_png

from bot.discord.app import NapierClient, create_client
from bot.runtime import Runtime
from bot.runtime.memory import Memory
from bot.settings import Settings
from bot.storage import Store
from napier.i18n import t

MODAL, DEFERRED = 9, 5
EXERCISE = {"skill": "pow.integer", "level": 1, "seed": 5}  # 3^2; 6 is "base times exponent"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    yield server
    await server.close()


@pytest.fixture(scope="module")
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="module")
async def client(
    fake: FakeDiscord, clock: Clock, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[NapierClient]:
    """A client whose runtime keeps a learner memory in a SQLite file."""
    folder: Path = tmp_path_factory.mktemp("memory")
    memory = Memory(lambda: Store.open(None, folder))
    async with Runtime(
        workers=2, timeout=10, memory=memory, clock=clock, rate_burst=1000, rate_per_minute=6000
    ) as runtime:
        bot = create_client(runtime, Settings(discord_token=FAKE_TOKEN))
        runtime.daily.posters["discord"] = bot.post_daily
        await bot.login(FAKE_TOKEN)
        yield bot
        await bot.close()


@pytest.fixture(scope="module")
def payloads() -> Payloads:
    return Payloads()


def stored(fake: FakeDiscord, message: Request) -> dict[str, Any]:
    """The message as the fake API stored it (what a click payload carries)."""
    return next(
        m for m in reversed(fake.messages.values()) if m["embeds"] == message.json["embeds"]
    )


async def command(
    client: NapierClient,
    fake: FakeDiscord,
    payloads: Payloads,
    name: str,
    user: int,
    **options: Any,
) -> tuple[Request, Request]:
    """A slash command's first response and its followup."""
    payload = payloads.slash(name, options or None, user_id=user, locale=LOCALE[user])
    dispatch(client, payload)
    return await callback(fake, payload), await followup(fake, payload)


async def submit(
    client: NapierClient,
    fake: FakeDiscord,
    payloads: Payloads,
    custom_id: str,
    text: str,
    user: int,
) -> Request:
    """Type ``text`` in the modal of ``custom_id``; the private verdict."""
    submission = payloads.modal_submit(custom_id, text, user_id=user, locale=LOCALE[user])
    dispatch(client, submission)
    deferred = await callback(fake, submission)
    assert deferred.json["type"] == DEFERRED and deferred.ephemeral
    return await followup(fake, submission)


LOCALE = {7001: "ja", 7002: "en-US", 7003: "en-US", 7004: "ja", 7005: "en-US"}


@pytest.mark.parametrize("user", [7001, 7002])
async def test_practise_in_a_modal_then_see_progress(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads, user: int
) -> None:
    """The exercise is public with its image; Answer opens a modal; a wrong answer gets a
    private verdict that names the mistake and offers Try again, which opens the modal again;
    the right answer is accepted; /progress then shows the skill with its chart."""
    locale = "ja" if LOCALE[user] == "ja" else "en"
    _, exercise = await command(client, fake, payloads, "practice", user, **EXERCISE)
    assert not exercise.ephemeral
    assert any(f.data.startswith(PNG_SIGNATURE) for f in exercise.files)
    answer = button(exercise, t("practice.action.answer", locale))
    click = payloads.click(stored(fake, exercise), answer["custom_id"], user_id=user)
    dispatch(client, click)
    assert (await callback(fake, click)).json["type"] == MODAL
    wrong = await submit(client, fake, payloads, answer["custom_id"], "6", user)
    assert wrong.ephemeral
    assert t("practice.mistake.base_times_exponent.name", locale) in wrong.text
    again = button(wrong, t("practice.action.try_again", locale))
    retry = payloads.click(stored(fake, wrong), again["custom_id"], user_id=user)
    dispatch(client, retry)
    assert (await callback(fake, retry)).json["type"] == MODAL
    right = await submit(client, fake, payloads, again["custom_id"], "9", user)
    assert right.ephemeral and t("practice.verdict.correct", locale) in right.text
    _, progress = await command(client, fake, payloads, "progress", user)
    assert t("progress.mastery.familiar", locale) in progress.text
    assert "1/2" in progress.text
    chart = next(f for f in progress.files if f.data.startswith(PNG_SIGNATURE))
    assert_readable_png(chart.data)


async def test_leaderboard_and_hiding_oneself(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """The leaderboard lists learners of this server; /settings me leaderboard:off answers
    privately and takes the learner off it."""
    _, exercise = await command(client, fake, payloads, "practice", 7003, **EXERCISE)
    await submit(client, fake, payloads, button(exercise, "Answer")["custom_id"], "9", 7003)
    _, board = await command(client, fake, payloads, "leaderboard", 7003)
    assert not board.ephemeral and "learner3" in board.text
    first, hidden = await command(
        client, fake, payloads, "settings", 7003, scope="me", leaderboard="off"
    )
    assert first.json["type"] == DEFERRED and first.ephemeral and hidden.ephemeral
    assert t("settings.no", "en") in hidden.text
    _, board = await command(client, fake, payloads, "leaderboard", 7003)
    assert "learner3" not in board.text


async def test_daily_problem_for_administrators_only(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads, clock: Clock
) -> None:
    """A member who may not manage the server is refused privately; an administrator turns the
    daily problem on in this channel; at its time it is posted there with its image and an
    Answer button that opens the modal."""
    _, refused = await command(client, fake, payloads, "settings", 7004, scope="server", daily="on")
    assert refused.ephemeral and t("settings.not_admin", "ja") in refused.text
    payloads.admins.add(7004)
    _, done = await command(
        client, fake, payloads, "settings", 7004, scope="server", daily="on", time="09:00"
    )
    assert done.ephemeral and "09:00" in done.text
    clock.now = datetime(2026, 11, 3, 9, 1, tzinfo=UTC)
    assert await client.runtime.daily.tick() == 1
    assert await client.runtime.daily.tick() == 0  # once a day
    post = await fake.wait_for(
        lambda r: r.method == "POST" and r.path == f"/channels/{CHANNEL_ID}/messages"
    )
    assert post.embeds and any(f.data.startswith(PNG_SIGNATURE) for f in post.files)
    message = fake.messages[next(reversed(fake.messages))]
    click = payloads.click(message, button(post, "Answer")["custom_id"], user_id=7003)
    dispatch(client, click)
    assert (await callback(fake, click)).json["type"] == MODAL


async def test_review_once_the_skill_is_due(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads, clock: Clock
) -> None:
    """Right after practice nothing is due yet; weeks later /review brings a new exercise of
    the skill, introduced as a review."""
    clock.now = datetime(2026, 11, 4, 8, 0, tzinfo=UTC)
    _, exercise = await command(client, fake, payloads, "practice", 7005, skill="law1.1", level=1)
    custom_id = button(exercise, "Answer")["custom_id"]
    from bot.buttons import decode
    from napier.practice.skills import exercise as rebuild
    from napier.printer import typed

    given = dict(decode(custom_id).args)["exercise"]
    await submit(client, fake, payloads, custom_id, typed(rebuild(given).task.answer), 7005)
    _, early = await command(client, fake, payloads, "review", 7005)
    assert "Nothing needs a review right now" in early.text
    clock.now += timedelta(days=40)
    _, due = await command(client, fake, payloads, "review", 7005)
    skill = t("practice.skill.law1.1", "en")
    assert t("review.due", "en", skill=skill).replace("**", "") in due.text.replace("**", "")
    assert any(b["label"] == "Answer" for b in buttons(due.json))


async def test_forget_me_after_a_confirmation(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """/forget-me answers privately with a confirmation button; pressing it deletes the
    learner's records, and /progress then has nothing."""
    _, ask = await command(client, fake, payloads, "forget-me", 7001)
    assert ask.ephemeral and t("forget.confirm", "ja") in ask.text
    confirm = button(ask, t("forget.button", "ja"))
    click = payloads.click(stored(fake, ask), confirm["custom_id"], user_id=7001, locale="ja")
    dispatch(client, click)
    assert (await callback(fake, click)).ephemeral
    gone = await followup(fake, click)
    assert gone.ephemeral and "削除しました" in gone.text
    _, progress = await command(client, fake, payloads, "progress", 7001)
    assert t("progress.none", "ja").split("。")[0] in progress.text
