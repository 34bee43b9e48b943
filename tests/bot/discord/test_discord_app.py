"""The Discord adapter through discord.py's real code path, against a loopback Discord API."""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from discord_fake import (
    APPLICATION_ID,
    FAKE_TOKEN,
    GUILD_ID,
    PNG_SIGNATURE,
    FakeDiscord,
    Payloads,
    Request,
    buttons,
    callback,
    dispatch,
    followup,
)
from later_lessons import CJK, LATER_LESSONS

from bot.buttons import decode
from bot.discord import app as discord_app
from bot.discord.app import NapierClient, create_client
from bot.runtime import Runtime
from bot.settings import Settings
from napier.command_line import parse_line
from napier.commands import COMMANDS, INTEGER, TEXT, USER, visible
from napier.i18n import t

NAME = re.compile(r"^[-_\w]{1,32}$")  # \w is \p{L}\p{N}_ for str patterns
HOSTILE = "__import__('os')"
SLASH = {command.name: command for command in visible()}  # hidden ones come from buttons
# The lessons: answered publicly with images. The memory commands (/progress …) and private
# ones (/settings, /forget-me) have their own tests (test_*_memory.py).
LESSONS = {name: c for name, c in SLASH.items() if not c.memory and not c.private}
_users = itertools.count(5_000)


def user() -> int:
    """A fresh user id, so that the per-user rate limit never interferes."""
    return next(_users)


def example(name: str) -> dict[str, Any]:
    """The options of a command's own example, typed as Discord sends them."""
    return options(COMMANDS[name].example)


def options(line: str) -> dict[str, Any]:
    """The options of a console line (``/log 2 8``), typed as Discord sends them."""
    command, raw = parse_line(line)
    kinds = {o.name: o.kind for o in command.options}
    return {k: int(v) if kinds.get(k) == INTEGER else v for k, v in raw.items()}


@pytest.fixture(scope="module")
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    yield server
    await server.close()


@pytest.fixture(scope="module")
async def client(fake: FakeDiscord, runtime: Runtime) -> AsyncIterator[NapierClient]:
    bot = create_client(runtime, Settings(discord_token=FAKE_TOKEN))
    await bot.login(FAKE_TOKEN)
    yield bot
    await bot.close()


@pytest.fixture(scope="module")
def payloads() -> Payloads:
    return Payloads()


def callbacks(fake: FakeDiscord, payload: dict[str, Any]) -> list[Request]:
    return [
        r for r in fake.for_token(payload["token"]) if r.method == "POST" and "/callback" in r.path
    ]


async def answer(
    client: NapierClient, fake: FakeDiscord, payload: dict[str, Any]
) -> tuple[Request, Request]:
    """Dispatch a slash command; its callback and its followup."""
    dispatch(client, payload)
    return await callback(fake, payload), await followup(fake, payload)


# --- The command tree and its sync payload -------------------------------------------------


def test_every_registry_command_is_a_slash_command(client: NapierClient) -> None:
    """Each command of the registry is on the tree with the registry's options."""
    tree = {c.name: c for c in client.tree.get_commands()}
    assert set(tree) == set(SLASH)
    for name, command in SLASH.items():
        assert [p.display_name for p in tree[name].parameters] == sorted(
            (o.name for o in command.options),
            key=lambda n: not command.option(n).required,  # Discord lists required first
        )


async def test_sync_payload_passes_discord_limits(client: NapierClient, fake: FakeDiscord) -> None:
    """The global sync PUT lists every command within Discord's limits, with ja texts."""
    await client.tree.sync()
    put = await fake.wait_for(
        lambda r: r.method == "PUT" and r.path == f"/applications/{APPLICATION_ID}/commands"
    )
    assert {c["name"] for c in put.json} == set(SLASH)
    for command in put.json:
        registry = COMMANDS[command["name"]]
        assert NAME.match(command["name"]) and command["name"] == command["name"].lower()
        assert 1 <= len(command["description"]) <= 100
        assert 1 <= len(command["description_localizations"]["ja"]) <= 100
        assert CJK.search(command["description_localizations"]["ja"])
        options = command.get("options", [])
        assert len(options) <= 25
        for option in options:
            spec = registry.option(option["name"])
            assert spec is not None
            assert NAME.match(option["name"]) and option["name"] == option["name"].lower()
            assert 1 <= len(option["description"]) <= 100
            assert 1 <= len(option["description_localizations"]["ja"]) <= 100
            assert option["required"] == spec.required
            assert len(option.get("choices", [])) <= 25
            assert option["type"] == {INTEGER: 4, USER: 6}.get(spec.kind, 3)
            if spec.kind == TEXT:
                assert 1 <= option["max_length"] <= 6000
            if spec.choices and len(spec.choices) <= 25:
                assert [c["value"] for c in option["choices"]] == list(spec.choices)
                for choice, label in zip(option["choices"], spec.choice_labels, strict=False):
                    assert choice["name"] == t(label, "en")
                    assert 1 <= len(choice["name_localizations"]["ja"]) <= 100
                    assert CJK.search(choice["name_localizations"]["ja"])
            if spec.suggestions:
                assert option.get("autocomplete") is True
        required = [o["required"] for o in options]
        assert required == sorted(required, reverse=True)  # required options first


async def test_guild_sync_entry_point(fake: FakeDiscord) -> None:
    """``sync(settings, guild)`` logs in with the token and PUTs to the guild's commands."""
    status = await discord_app.sync(Settings(discord_token=FAKE_TOKEN), GUILD_ID)
    assert status == 0
    put = await fake.wait_for(
        lambda r: (
            r.method == "PUT"
            and r.path == f"/applications/{APPLICATION_ID}/guilds/{GUILD_ID}/commands"
        )
    )
    assert {c["name"] for c in put.json} == set(SLASH)


# --- Answers -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(LESSONS))
async def test_every_command_answers_with_images_in_both_locales(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads, name: str
) -> None:
    """Each command's example is deferred, then answered with an embed and PNGs, ja and en."""
    texts = {}
    for locale in ("ja", "en-US"):
        payload = payloads.slash(name, example(name), user_id=user(), locale=locale)
        deferred, message = await answer(client, fake, payload)
        assert deferred.json == {"type": 5}
        assert not message.ephemeral
        embed = message.embeds[0]
        assert embed["title"] and embed["description"]
        assert len(embed["description"]) <= 4096 and len(embed.get("fields", [])) <= 25
        pngs = [f for f in message.files if f.data.startswith(PNG_SIGNATURE)]
        assert pngs, "no PNG attachment"
        assert embed["image"]["url"] == f"attachment://{pngs[0].filename}"
        described = message.json["attachments"]
        assert len(described) == len(message.files)
        assert all(a["description"] for a in described), "an attachment lacks its alt text"
        assert message.json["allowed_mentions"] == {"parse": []}
        texts[locale] = message.text
    assert CJK.search(texts["ja"])
    assert texts["ja"] != texts["en-US"]


@pytest.mark.parametrize(("line", "said"), LATER_LESSONS)
async def test_the_later_lessons_answer_with_their_result_and_images(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads, line: str, said: str
) -> None:
    """/log, /graph, /solve and /grow decay answer publicly with their result and every image
    of the lesson as a PNG, in Japanese and in English."""
    name = parse_line(line)[0].name
    texts = {}
    for locale in ("ja", "en-US"):
        payload = payloads.slash(name, options(line), user_id=user(), locale=locale)
        _, message = await answer(client, fake, payload)
        assert not message.ephemeral and said in message.text, (locale, message.text)
        pngs = [f for f in message.files if f.data.startswith(PNG_SIGNATURE)]
        assert len(pngs) == len(message.files) >= 1
        texts[locale] = message.text
    assert CJK.search(texts["ja"]) and not CJK.search(texts["en-US"])


async def test_pow_2_3_shows_the_repeated_product(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """/pow 2 3 explains 2^3 as 2 × 2 × 2 = 8, with its image."""
    payload = payloads.slash("pow", {"base": "2", "exponent": "3"}, user_id=user())
    _, message = await answer(client, fake, payload)
    assert "2 × 2 × 2 = 8" in message.text
    assert message.files[0].data.startswith(PNG_SIGNATURE)


async def test_locale_falls_back_to_the_guild_then_english(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """A French client in a Japanese guild is answered in Japanese; with a German guild in
    English."""
    for locale, guild_locale, expected in (("fr", "ja", "ja"), ("fr", "de", "en")):
        payload = payloads.slash(
            "pow", {"base": HOSTILE}, user_id=user(), locale=locale, guild_locale=guild_locale
        )
        dispatch(client, payload)
        reply = await callback(fake, payload)
        assert reply.embeds[0]["title"] == t("error.title", expected)


# --- Hostile input -------------------------------------------------------------------------


@pytest.mark.parametrize("base", [HOSTILE, "@everyone", "<@&123456789012345678> 2"])
async def test_hostile_input_is_rejected_privately_without_defer(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads, base: str
) -> None:
    """Code, @everyone and role mentions as input get an ephemeral clear message at once and
    never ping."""
    payload = payloads.slash("pow", {"base": base}, user_id=user(), locale="en-US")
    dispatch(client, payload)
    reply = await callback(fake, payload)
    assert reply.json["type"] == 4 and reply.ephemeral
    assert reply.json["data"]["allowed_mentions"] == {"parse": []}
    assert reply.embeds[0]["title"] == t("error.title", "en")
    assert len(reply.embeds[0]["description"]) > 20
    assert "@everyone" not in json.dumps(reply.json, ensure_ascii=False)
    assert "<@&1" not in json.dumps(reply.json, ensure_ascii=False)
    await asyncio.sleep(0.2)
    assert callbacks(fake, payload) == [reply]
    assert all("/webhooks/" not in r.path for r in fake.for_token(payload["token"]))


async def test_rate_limited_user_is_told_when_to_retry(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads, runtime: Runtime
) -> None:
    """Past the burst, a user's next command is answered ephemerally with a retry hint."""
    learner = user()
    sent = []
    for _ in range(runtime.limiter.burst + 1):
        payload = payloads.slash("pow", {"base": HOSTILE}, user_id=learner)
        dispatch(client, payload)
        sent.append(await callback(fake, payload))
    last = sent[-1]
    assert last.ephemeral
    assert last.embeds[0]["description"] != sent[0].embeds[0]["description"]
    assert re.search(r"\d+ s", last.embeds[0]["description"])


# --- Components and autocomplete -----------------------------------------------------------


def _command_with_button(kind: str) -> str:
    """A command whose example reply offers a 'next step' (kind='step') or an action button."""
    from bot.buttons import buttons_for, shown_steps

    for name, command in LESSONS.items():
        _, raw = parse_line(command.example)
        reply = command.reply(command.prepare(raw), "en")
        found = buttons_for(reply, name, raw, "en", shown_steps(reply, None))
        if any((b.revealed is not None) == (kind == "step") for b in found):
            return name
    pytest.fail(f"no command offers a {kind} button")


async def test_next_step_button_edits_the_message_with_one_more_step(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """Clicking "next step" acknowledges the click (type 6) and edits the same message with
    one more step and the following button."""
    name = _command_with_button("step")
    payload = payloads.slash(name, example(name), user_id=user())
    _, message = await answer(client, fake, payload)
    step = next(b for b in buttons(message) if decode(b["custom_id"]).revealed is not None)
    stored = fake.messages[max(fake.messages, key=int)]
    click = payloads.click(stored, step["custom_id"], user_id=user())
    dispatch(client, click)
    assert (await callback(fake, click)).json == {"type": 6}
    edit = await fake.wait_for(
        lambda r: (
            r.method == "PATCH"
            and r.path == f"/webhooks/{APPLICATION_ID}/{click['token']}/messages/@original"
        )
    )
    before, after = message.embeds[0]["description"], edit.embeds[0]["description"]
    assert after.startswith(before.rstrip("…")) and len(after) > len(before)
    revealed = [decode(b["custom_id"]).revealed for b in buttons(edit.json)]
    assert decode(step["custom_id"]).revealed + 1 in revealed or None in revealed


async def test_action_button_answers_its_command_as_a_new_message(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """An action button (e.g. another topic) defers and sends that command's reply."""
    name = _command_with_button("action")
    payload = payloads.slash(name, example(name), user_id=user(), locale="ja")
    _, message = await answer(client, fake, payload)
    action = next(b for b in buttons(message) if decode(b["custom_id"]).revealed is None)
    stored = fake.messages[max(fake.messages, key=int)]
    click = payloads.click(stored, action["custom_id"], user_id=user(), locale="ja")
    dispatch(client, click)
    assert (await callback(fake, click)).json == {"type": 5}
    reply = await followup(fake, click)
    assert reply.embeds[0]["title"] and CJK.search(reply.text)
    assert reply.files and reply.files[0].data.startswith(PNG_SIGNATURE)


async def test_tampered_button_is_answered_privately(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """A button id that does not decode gets the ephemeral 'no longer works' message."""
    message = {
        "id": fake.next_id(),
        "channel_id": "1",
        "author": {"id": str(APPLICATION_ID), "username": "Napier", "discriminator": "0"},
        "content": "",
        "timestamp": "2026-01-01T00:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "components": [
            {
                "type": 1,
                "components": [{"type": 2, "style": 1, "label": "x", "custom_id": "napier:{oops"}],
            }
        ],
    }
    click = payloads.click(message, "napier:{oops", user_id=user())
    dispatch(client, click)
    reply = await callback(fake, click)
    assert reply.json["type"] == 4 and reply.ephemeral
    assert reply.embeds[0]["description"] == t("button.invalid", "en")


async def test_autocomplete_offers_the_registry_suggestions(
    client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """Typing into an option with suggestions is answered (type 8) with matching choices."""
    name, option = next(
        (n, o) for n, c in SLASH.items() for o in c.options if o.suggestions and o.kind != INTEGER
    )
    typed = option.suggestions[-1][:1]
    payload = payloads.autocomplete(name, {option.name: typed}, option.name, user_id=user())
    dispatch(client, payload)
    reply = await callback(fake, payload)
    assert reply.json["type"] == 8
    choices = reply.json["data"]["choices"]
    assert 1 <= len(choices) <= 25
    assert all(typed.lower() in c["value"].lower() for c in choices)
    assert {c["value"] for c in choices} <= set(option.suggestions)


async def test_view_times_out_and_disables_its_buttons(
    client: NapierClient,
    fake: FakeDiscord,
    payloads: Payloads,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When a reply's view times out, "next step" is disabled (it edits the message through the
    interaction's token, which expires) and the buttons that answer anew stay usable."""
    monkeypatch.setattr(discord_app, "VIEW_TIMEOUT", 0.5)
    name = _command_with_button("step")
    payload = payloads.slash(name, example(name), user_id=user())
    _, message = await answer(client, fake, payload)
    assert any(not b.get("disabled") for b in buttons(message))
    edit = await fake.wait_for(
        lambda r: (
            r.method == "PATCH"
            and r.path.startswith(f"/webhooks/{APPLICATION_ID}/{payload['token']}/messages/")
        )
    )
    states = {
        decode(b["custom_id"]).revealed is not None: b["disabled"] for b in buttons(edit.json)
    }
    assert states[True] is True  # next step
    assert states.get(False, False) is False  # the others (when there are some)


# --- Failures ------------------------------------------------------------------------------


class BrokenRuntime(Runtime):
    """A runtime whose admission fails with a bug (never started: it has no workers)."""

    async def admit(self, user: str, command: str, raw: Any) -> Any:
        raise RuntimeError("a bug in admission")


async def test_a_bug_is_answered_with_an_apology(fake: FakeDiscord, payloads: Payloads) -> None:
    """An exception in the handler reaches on_error, which answers ephemerally in the user's
    language instead of leaving the interaction unanswered."""
    broken = create_client(BrokenRuntime(workers=1), Settings(discord_token=FAKE_TOKEN))
    await broken.login(FAKE_TOKEN)
    try:
        payload = payloads.slash("pow", {"base": "2"}, user_id=user(), locale="ja")
        dispatch(broken, payload)
        reply = await callback(fake, payload)
    finally:
        await broken.close()
    assert reply.json["type"] == 4 and reply.ephemeral
    assert reply.embeds[0]["description"] == t("runtime.bug", "ja")


async def test_a_client_without_a_runtime_starts_its_own(
    fake: FakeDiscord, payloads: Payloads
) -> None:
    """create_client() with no runtime answers a command (its own runtime starts lazily, as
    the Slack app's does) and closes that runtime when the client closes."""
    own = create_client(None, Settings(discord_token=FAKE_TOKEN, napier_workers=1))
    assert own.runtime is None  # nothing started by building the client (sync needs none)
    await own.login(FAKE_TOKEN)
    try:
        payload = payloads.slash("pow", {"base": "2", "exponent": "3"}, user_id=user())
        dispatch(own, payload)
        assert (await callback(fake, payload)).json == {"type": 5}
        message = await followup(fake, payload, timeout=60)
        assert "2 × 2 × 2 = 8" in message.text and not message.ephemeral
        runtime = own.runtime
        assert runtime is not None and not runtime.closing
    finally:
        await own.close()
    assert runtime.closing


@pytest.fixture(scope="module")
async def slow_client(fake: FakeDiscord) -> AsyncIterator[NapierClient]:
    """A client over a runtime with a 1.5 s job limit whose workers know ``/sleep``."""
    import slow_command

    COMMANDS[slow_command.NAME] = slow_command.SLEEP
    COMMANDS[slow_command.OVERSIZED_NAME] = slow_command.OVERSIZED
    try:
        async with Runtime(workers=2, timeout=1.5, initializer="slow_worker") as slow:
            bot = create_client(slow, Settings(discord_token=FAKE_TOKEN))
            await bot.login(FAKE_TOKEN)
            yield bot
            await bot.close()
    finally:
        COMMANDS.pop(slow_command.NAME, None)
        COMMANDS.pop(slow_command.OVERSIZED_NAME, None)


async def test_hung_job_times_out_privately_while_others_flow(
    slow_client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """A job that hangs is answered with the ephemeral time-out message (the deferred
    placeholder deleted), and another user's command is answered meanwhile."""
    stuck = payloads.slash("sleep", {"seconds": "30"}, user_id=user(), locale="en-US")
    other = payloads.slash("pow", {"base": "2", "exponent": "3"}, user_id=user())
    started = asyncio.get_running_loop().time()
    dispatch(slow_client, stuck)
    dispatch(slow_client, other)
    assert (await callback(fake, stuck)).json == {"type": 5}
    answered = await followup(fake, other)
    timed_out = await followup(fake, stuck)
    elapsed = asyncio.get_running_loop().time() - started
    assert "2 × 2 × 2 = 8" in answered.text
    assert answered.at < timed_out.at
    assert timed_out.ephemeral
    assert timed_out.embeds[0]["description"] == t("runtime.timeout", "en", seconds="1.5")
    deleted = [
        r
        for r in fake.for_token(stuck["token"])
        if r.method == "DELETE" and r.path.endswith("/messages/@original")
    ]
    assert deleted and deleted[0].at < timed_out.at
    assert elapsed < 1.5 + 10  # answered soon after the limit, not after the 30 s sleep


async def test_an_oversized_reply_is_cut_to_discords_limits(
    slow_client: NapierClient, fake: FakeDiscord, payloads: Payloads
) -> None:
    """A reply with a 300-character title, 120,000 characters of text, 30 long fields and 14
    files, one of 11 MiB, reaches Discord within every limit: title 256, description 4096,
    6,000 characters in all, fields kept from the start, at most 10 files, none over the
    interaction's upload limit — and the first image still in the embed."""
    import slow_command

    payload = payloads.slash(slow_command.OVERSIZED_NAME, user_id=user())
    dispatch(slow_client, payload)
    message = await followup(fake, payload)
    (embed,) = message.embeds
    fields = embed.get("fields", [])
    assert len(embed["title"]) <= 256 and len(embed["description"]) <= 4096
    total = len(embed["title"]) + len(embed["description"])
    total += sum(len(f["name"]) + len(f["value"]) for f in fields)
    assert total <= 6000
    assert 0 < len(fields) < 30
    assert [f["name"] for f in fields] == [f"field {i:02d}" for i in range(len(fields))]
    assert all(len(f["value"]) <= 1024 for f in fields)
    limit = payload["attachment_size_limit"]
    assert len(message.files) == 10
    assert all(len(f.data) <= limit for f in message.files)
    assert "huge.png" not in [f.filename for f in message.files]
    assert embed["image"]["url"] == "attachment://image-00.png"
