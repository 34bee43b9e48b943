"""The Slack adapter through slack-bolt's real dispatch against a loopback Slack Web API."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import socket
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from later_lessons import CJK, LATER_LESSONS
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_fake import (
    APP_TOKEN,
    BOT_TOKEN,
    SIGNING_SECRET,
    SlackFake,
    button_body,
    signed_headers,
    slash_body,
    slash_payload,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.buttons import decode
from bot.message_body import split_text
from bot.runtime import Runtime
from bot.settings import Settings
from bot.slack import format as slack_format
from bot.slack.app import EVENTS_PATH, LocaleCache, create_app, serve
from bot.slack.manifest import BOT_SCOPES, MANIFEST_PATH, manifest, render
from napier.command_line import parse_line
from napier.commands import COMMANDS, visible
from napier.errors import UserError
from napier.i18n import t
from napier.reply import Action, Field, Reply

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNEL = "C0STUDY"

SLASH = {command.name: command for command in visible()}  # hidden ones come from buttons
# The lessons: answered publicly with images. The memory commands (/progress …) and private
# ones (/settings, /forget-me) have their own tests (test_*_memory.py).
LESSONS = {name: c for name, c in SLASH.items() if not c.memory and not c.private}


@pytest.fixture
async def fake() -> AsyncIterator[SlackFake]:
    server = SlackFake()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def settings() -> Settings:
    return Settings(
        _env_file=None,
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_default_locale="en",
    )


@pytest.fixture
def app(fake: SlackFake, runtime: Runtime, settings: Settings) -> AsyncApp:
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.base_url)
    return create_app(client=client, runtime=runtime, settings=settings)


def new_user(fake: SlackFake, locale: str | None = "en-US") -> str:
    """A fresh user id (so the shared runtime's rate limit never interferes) with a locale."""
    user = "U" + uuid.uuid4().hex[:10].upper()
    if locale is not None:
        fake.locales[user] = locale
    return user


async def slash(
    app: AsyncApp,
    fake: SlackFake,
    line: str,
    user: str,
    *,
    headers: dict[str, str] | None = None,
    channel: str = CHANNEL,
) -> tuple[int, str]:
    """Dispatch ``line`` (``/pow 2 3``) as Slack would post it; the ack's status, the response
    URL's id."""
    command, _, text = line.partition(" ")
    name = uuid.uuid4().hex
    body = slash_body(
        command, text, user=user, channel=channel, response_url=fake.response_url(name)
    )
    response = await app.async_dispatch(
        AsyncBoltRequest(body=body, headers=headers or signed_headers(body))
    )
    return response.status, name


def responses(fake: SlackFake, name: str) -> list[dict[str, Any]]:
    return [c.params for c in fake.of("response") if c.name == name]


def posted_text(call_params: dict[str, Any]) -> str:
    """Every mrkdwn/plain text of a posted message's blocks, joined."""
    texts = []
    for block in call_params.get("blocks") or []:
        if "text" in block:
            texts.append(block["text"]["text"])
        for item in block.get("fields", []) + block.get("elements", []):
            texts.append(item.get("text") if isinstance(item.get("text"), str) else "")
    return "\n".join(texts)


def uploads_done(fake: SlackFake, count: int = 1) -> bool:
    return len(fake.api("files.completeUploadExternal")) >= count


# ---------------------------------------------------------------- formatting (pure)


def test_bold_becomes_slack_bold() -> None:
    """`**hello**` becomes Slack's `*hello*`."""
    assert slack_format.to_mrkdwn("**hello**") == "*hello*"


def test_mentions_and_ampersands_are_escaped() -> None:
    """`<@U1> & <!channel>` cannot ping anyone: &, < and > are escaped."""
    assert slack_format.to_mrkdwn("<@U1> & <!channel>") == "&lt;@U1&gt; &amp; &lt;!channel&gt;"


def test_bold_inside_japanese_text_gets_word_boundaries() -> None:
    """Bold between Japanese characters is set off by zero-width spaces so Slack renders it."""
    assert slack_format.to_mrkdwn("これは**太字**です") == "これは\u200b*太字*\u200bです"
    assert slack_format.to_mrkdwn("(**a**)") == "(*a*)"


def test_code_spans_are_kept_but_escaped() -> None:
    """Code spans keep their `**` and backticks, and are escaped too."""
    assert slack_format.to_mrkdwn("**a** `x**2 <b>` - y") == "*a* `x**2 &lt;b&gt;` - y"


def test_bullets_become_slack_bullets() -> None:
    """Lines starting with `- ` become `•` bullets."""
    assert slack_format.to_mrkdwn("- one\n  - two") == "• one\n  • two"


@pytest.mark.parametrize(
    ("core", "slack"),
    [
        ("**`f'(x) = 1`**", "*`f'(x) = 1`*"),
        ("is **`f'(x) = e^x`**, itself", "is *`f'(x) = e^x`*, itself"),
        ("導関数は **`f'(x) = 2^x log 2`** です", "導関数は *`f'(x) = 2^x log 2`* です"),
        ("は**`x`**です", "は\u200b*`x`*\u200bです"),
        ("**a `b` c**", "*a `b` c*"),
        ("`a` **b** `c`", "`a` *b* `c`"),
        ("- **1.1^10** = `2.59`", "• *1.1^10* = `2.59`"),
        ("**open", "open"),
    ],
)
def test_bold_around_and_across_code_becomes_slack_bold(core: str, slack: str) -> None:
    """Bold wrapping code (**`…`**), bold holding code, code beside bold: all reach Slack as
    `*…*`, never as literal `**`; a marker without a partner is dropped."""
    assert slack_format.to_mrkdwn(core) == slack


SLACK_REQUESTS = {
    "pow": ["2 3", "1.1 10", "2 1/2", "e -1", "2 -3", "9 9^9", "9^9^9^9", "-8 1/3", "2 pi", "2"],
    "law": ["", "1.1", "1.2 a:0", "1.4 a:2 x:3 y:2", "1.4 a:2 x:5000 y:3", "1.5", "1.6"],
    "diff": ["2", "e", "1/2", "1", "-2", "x*e^x", "x^x at:1", "2^x at:100", "x^x at:0"],
    "napier": ["", "mnemonic", "digits n:30", "limit", "series", "derivative"],
    "grow": [
        "",
        "bacteria",
        "interest rate:5 compounding:monthly",
        "bacteria 100 3 10",
        "decay 1000 8 24",
    ],
}


def slack_texts(reply: Reply, locale: str) -> list[str]:
    """Every text Slack would be sent for a reply, all steps revealed: blocks, fallback text."""
    from bot.buttons import buttons_for

    if reply.error:
        return [slack_format.error_text(reply)]
    blocks = slack_format.reply_blocks(
        reply, len(reply.steps), buttons_for(reply, "x", {}, locale, len(reply.steps))
    )
    return [json.dumps(blocks, ensure_ascii=False), slack_format.notification_text(reply)]


@pytest.mark.parametrize("locale", ["ja", "en"])
def test_no_command_reply_reaches_slack_with_markdown_bold(locale: str) -> None:
    """Every command's replies (several requests each, and each command's own example; input
    errors too) rendered for Slack contain no literal `**` outside code."""
    from bot.runtime import rejection

    checked = 0
    for name, command in LESSONS.items():
        lines = [f"/{name} {rest}".strip() for rest in SLACK_REQUESTS.get(name, [])]
        for line in [*lines, command.example]:
            spec, args = parse_line(line)
            try:
                reply = spec.reply(spec.prepare(args), locale)
            except UserError as error:
                reply = rejection(error, locale)
            for text in slack_texts(reply, locale):
                outside_code = re.sub(r"`[^`]*`", "(code)", text)
                assert "**" not in outside_code, (line, locale, text[:300])
            checked += 1
    assert checked >= 40


def test_long_text_is_split_into_sections_within_the_limit() -> None:
    """A long body becomes several section blocks of at most 3000 characters, losing nothing."""
    text = "\n".join(f"line {i} " + "x" * 90 for i in range(100))
    blocks = slack_format.sections(text)
    assert len(blocks) > 3
    assert all(len(b["text"]["text"]) <= slack_format.SECTION_LIMIT for b in blocks)
    assert "\n".join(b["text"]["text"] for b in blocks) == text


def test_split_text_cuts_an_overlong_line() -> None:
    """A single line longer than the limit is cut, at spaces where possible."""
    pieces = split_text("word " * 1000, 300)
    assert all(0 < len(p) <= 300 for p in pieces)
    assert " ".join(pieces).split() == ["word"] * 1000


def test_reply_blocks_layout() -> None:
    """A reply becomes a header, mrkdwn sections, fields and one actions block of buttons."""
    reply = Reply(
        title="**Powers**",
        text="**2** & 3",
        fields=(Field("base", "2"), Field("exponent", "3")),
        actions=(Action("Try 3^2", "pow", (("base", "3"), ("exponent", "2"))),),
    )
    from bot.buttons import buttons_for

    buttons = buttons_for(reply, "pow", {"base": "2"}, "en", 0)
    blocks = slack_format.reply_blocks(reply, None, buttons)
    assert [b["type"] for b in blocks] == ["header", "section", "section", "actions"]
    assert blocks[0]["text"] == {"type": "plain_text", "text": "Powers", "emoji": True}
    assert blocks[1]["text"]["text"] == "*2* &amp; 3"
    assert [f["text"] for f in blocks[2]["fields"]] == ["*base*\n2", "*exponent*\n3"]
    element = blocks[3]["elements"][0]
    assert decode(element["value"]).arguments == {"base": "3", "exponent": "2"}
    assert element["action_id"] == "napier_button_0"


# ---------------------------------------------------------------- manifest


def test_manifest_file_matches_the_registry() -> None:
    """slack/manifest.yml is what the registry generates (run `python -m bot.slack.manifest`)."""
    assert MANIFEST_PATH.read_text(encoding="utf-8") == render()


def test_manifest_declares_every_command_scopes_interactivity_and_socket_mode() -> None:
    """The manifest lists exactly the registry's commands, the four bot scopes,
    interactivity and Socket Mode."""
    text = MANIFEST_PATH.read_text(encoding="utf-8")
    declared = re.findall(r'^\s+- command: "/([^"]+)"$', text, flags=re.MULTILINE)
    assert sorted(declared) == sorted(SLASH)
    data = manifest()
    assert data["oauth_config"]["scopes"]["bot"] == list(BOT_SCOPES)
    assert set(BOT_SCOPES) == {"commands", "chat:write", "files:write", "users:read"}
    assert data["settings"]["interactivity"]["is_enabled"] is True
    assert data["settings"]["socket_mode_enabled"] is True
    hints = {c["command"]: c["usage_hint"] for c in data["features"]["slash_commands"]}
    assert all(hints.values())


async def test_app_handles_exactly_the_registry_commands(app: AsyncApp, fake: SlackFake) -> None:
    """Every registry command is handled by the app (ack 200) and any other is not (404)."""
    user = new_user(fake)
    for name in SLASH:
        status, url = await slash(app, fake, f"/{name} nosuch:1", user)
        assert status == 200, name
        await fake.wait_for(lambda u=url: responses(fake, u))
    status, _ = await slash(app, fake, "/nosuch", user)
    assert status == 404


# ---------------------------------------------------------------- slash commands


async def test_unsigned_and_stale_requests_get_401_and_run_nothing(
    app: AsyncApp, fake: SlackFake
) -> None:
    """A bad signature or a timestamp older than five minutes gets 401, and nothing runs."""
    user = new_user(fake)
    name = next(iter(SLASH))
    line = f"/{name}"
    body = slash_body(line, "", user=user, channel=CHANNEL, response_url=fake.response_url("x"))
    forged = signed_headers(body, secret="not-the-signing-secret")
    stale = signed_headers(body, timestamp=int(time.time()) - 600)
    missing = {"content-type": "application/x-www-form-urlencoded"}
    for headers in (forged, stale, missing):
        response = await app.async_dispatch(AsyncBoltRequest(body=body, headers=headers))
        assert response.status == 401
    status, _ = await slash(app, fake, line, user)  # a good request still works afterwards
    assert status == 200
    await fake.wait_for(lambda: fake.api("chat.postMessage") or fake.of("response"))
    assert len(fake.api("users.info")) == 1  # only the signed request reached the listener


async def test_pow_posts_mrkdwn_blocks_and_uploads_the_pngs(app: AsyncApp, fake: SlackFake) -> None:
    """`/pow 2 3` is acked with 200, posts `2 × 2 × 2 = 8` as Block Kit in the channel and
    uploads its PNGs with their alt text through the files_upload_v2 sequence."""
    user = new_user(fake, "en-US")
    status, _ = await slash(app, fake, "/pow 2 3", user)
    assert status == 200
    await fake.wait_for(lambda: uploads_done(fake))
    post = fake.api("chat.postMessage")[0].params
    assert post["channel"] == CHANNEL
    assert post["blocks"][0]["type"] == "header"
    text = posted_text(post)
    assert "2 × 2 × 2 = 8" in text
    assert "**" not in text
    sections = [b for b in post["blocks"] if b["type"] == "section"]
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in sections)
    # files.getUploadURLExternal → POST to the upload URL → files.completeUploadExternal
    order = [f"{c.kind}:{c.name}" for c in fake.calls if c.kind in ("api", "upload")]
    first_url = order.index("api:files.getUploadURLExternal")
    assert order.index("api:chat.postMessage") < first_url
    assert order.index("upload:F000001") > first_url
    assert order.index("api:files.completeUploadExternal") > order.index("upload:F000001")
    uploads = fake.of("upload")
    assert uploads and all(u.raw.startswith(PNG_SIGNATURE) for u in uploads)
    asked = fake.api("files.getUploadURLExternal")
    assert all(int(a.params["length"]) > 0 and a.params.get("alt_txt") for a in asked)
    complete = fake.api("files.completeUploadExternal")[0].params
    assert complete["channel_id"] == CHANNEL
    titles = [f["title"] for f in json.loads(complete["files"])]
    assert titles == [a.params["alt_txt"][:250] for a in asked]


async def test_every_command_answers_in_both_languages_with_images(
    app: AsyncApp, fake: SlackFake
) -> None:
    """Each registry command's example answers in the channel, in Japanese for a `ja-JP` user
    and in English for an `en-US` user, with every image uploaded as a PNG."""
    from napier.commands import answer

    assert LESSONS, "the registry is empty"
    for name, command in LESSONS.items():
        spec, args = parse_line(command.example)
        for slack_locale, locale in (("ja-JP", "ja"), ("en-US", "en")):
            fake.calls.clear()
            user = new_user(fake, slack_locale)
            status, _ = await slash(app, fake, command.example, user)
            assert status == 200
            expected = answer(name, spec.prepare(args), locale)
            await fake.wait_for(
                lambda e=expected: (
                    fake.api("chat.postMessage") and (not e.attachments or uploads_done(fake))
                )
            )
            post = fake.api("chat.postMessage")[0].params
            assert post["blocks"][0]["text"]["text"] == slack_format.plain(expected.title)[:150]
            first_line = expected.text.split("\n")[0]
            assert slack_format.to_mrkdwn(first_line) in posted_text(post), (name, locale)
            images = [a for a in expected.attachments if a.is_image]
            uploaded = fake.of("upload")
            assert len(uploaded) == len(expected.attachments), (name, locale)
            assert sum(u.raw.startswith(PNG_SIGNATURE) for u in uploaded) == len(images)


@pytest.mark.parametrize(("line", "said"), LATER_LESSONS)
async def test_the_later_lessons_answer_with_their_result_and_images(
    app: AsyncApp, fake: SlackFake, line: str, said: str
) -> None:
    """/log, /graph, /solve and /grow decay post their result in the channel with every image
    of the lesson uploaded as a PNG, in Japanese and in English."""
    texts = {}
    for slack_locale in ("ja-JP", "en-US"):
        fake.calls.clear()
        status, _ = await slash(app, fake, line, new_user(fake, slack_locale))
        assert status == 200
        await fake.wait_for(lambda: fake.api("chat.postMessage") and uploads_done(fake))
        text = posted_text(fake.api("chat.postMessage")[0].params)
        assert slack_format.to_mrkdwn(said) in text, (slack_locale, text)
        uploaded = fake.of("upload")
        assert uploaded and all(u.raw.startswith(PNG_SIGNATURE) for u in uploaded)
        texts[slack_locale] = text
    assert CJK.search(texts["ja-JP"]) and not CJK.search(texts["en-US"])


async def test_users_info_is_asked_once_per_user(app: AsyncApp, fake: SlackFake) -> None:
    """The locale comes from `users.info` with `include_locale`, cached per user."""
    user = new_user(fake, "ja-JP")
    line = f"/{next(iter(SLASH))} nosuch:1"
    for _ in range(2):
        status, name = await slash(app, fake, line, user)
        assert status == 200
        await fake.wait_for(lambda n=name: responses(fake, n))
    asked = fake.api("users.info")
    assert len(asked) == 1
    assert asked[0].params["user"] == user
    assert asked[0].params["include_locale"] in ("1", "true")


async def test_input_errors_go_back_ephemerally_in_the_users_language(
    app: AsyncApp, fake: SlackFake
) -> None:
    """An unknown option is answered through the response URL, ephemeral, in the user's
    language, and nothing is posted in the channel."""
    name = next(iter(SLASH))
    for slack_locale, locale in (("ja-JP", "ja"), ("en-US", "en"), (None, "en")):
        user = new_user(fake, slack_locale)
        status, url = await slash(app, fake, f"/{name} nosuch:<!channel>", user)
        assert status == 200
        await fake.wait_for(lambda u=url: responses(fake, u))
        answer = responses(fake, url)[0]
        assert answer["response_type"] == "ephemeral"
        expected = UserError(
            "command.unknown_option",
            command=name,
            option="nosuch",
            options=", ".join(o.name for o in COMMANDS[name].options) or "—",
        ).message(locale)
        assert slack_format.to_mrkdwn(expected) in answer["text"]
    assert not fake.api("chat.postMessage")


async def test_user_text_never_reaches_slack_as_a_mention(app: AsyncApp, fake: SlackFake) -> None:
    """For every command, `<!channel>` or `<@U1>` typed by a user arrives escaped in
    whatever the app sends back, so it cannot ping anyone."""
    for name in SLASH:
        status, url = await slash(app, fake, f"/{name} <!channel>&<@U1>", new_user(fake))
        assert status == 200
        await fake.wait_for(lambda u=url: responses(fake, u) or fake.api("chat.postMessage"))
    sent = [c.raw.decode() for c in fake.of("response")]
    sent += [c.raw.decode() for c in fake.api("chat.postMessage")]
    assert sent
    assert all("<!channel>" not in text and "<@U1>" not in text for text in sent)
    assert any("&lt;!channel&gt;" in text for text in sent)  # the input was echoed, escaped


async def test_rate_limited_users_are_told_privately(app: AsyncApp, fake: SlackFake) -> None:
    """Past the runtime's burst, a user's command is refused ephemerally in their language."""
    user = new_user(fake, "ja-JP")
    example = next(iter(SLASH.values())).example
    urls = []
    for _ in range(12):
        status, url = await slash(app, fake, example, user)
        assert status == 200
        urls.append(url)
    await fake.wait_for(lambda: any(responses(fake, u) for u in urls))
    refusals = [r for u in urls for r in responses(fake, u)]
    assert all(r["response_type"] == "ephemeral" for r in refusals)
    prefix = UserError("runtime.rate_limited", seconds="0").message("ja").split("0")[0]
    assert any(slack_format.to_mrkdwn(prefix) in r["text"] for r in refusals)


async def test_locale_cache_is_bounded(fake: SlackFake) -> None:
    """The locale cache keeps at most `max_users` users and asks again for an evicted one."""
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.base_url)
    cache = LocaleCache("en", max_users=2)
    users = [new_user(fake, "ja-JP") for _ in range(3)]
    for user in [*users, users[2], users[0]]:
        assert await cache.get(client, user) == "ja"
    asked = [c.params["user"] for c in fake.api("users.info")]
    assert asked == [*users, users[0]]


async def test_workspace_default_locale_applies_without_a_slack_locale(
    fake: SlackFake, runtime: Runtime
) -> None:
    """With no locale from `users.info`, `SLACK_DEFAULT_LOCALE=ja` answers in Japanese."""
    settings = Settings(
        _env_file=None,
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_default_locale="ja",
    )
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.base_url)
    app = create_app(client=client, runtime=runtime, settings=settings)
    line = f"/{next(iter(SLASH))} a b c d e f g h"
    status, url = await slash(app, fake, line, new_user(fake, None))
    assert status == 200
    await fake.wait_for(lambda: responses(fake, url))
    with pytest.raises(UserError) as refused:
        command, args = parse_line(line)
        command.prepare(args)
    expected = refused.value.message("ja")
    assert slack_format.to_mrkdwn(expected) in responses(fake, url)[0]["text"]


async def test_not_in_channel_falls_back_to_an_ephemeral_answer_with_the_fix(
    app: AsyncApp, fake: SlackFake
) -> None:
    """When the bot is not in the channel, the user still gets the answer, ephemerally, with
    how to invite the bot, in their language."""
    fake.errors["chat.postMessage"] = "not_in_channel"
    command = next(iter(SLASH.values()))
    for slack_locale, locale in (("ja-JP", "ja"), ("en-US", "en")):
        status, url = await slash(app, fake, command.example, new_user(fake, slack_locale))
        assert status == 200
        await fake.wait_for(lambda u=url: responses(fake, u))
        answer = responses(fake, url)[0]
        assert answer["response_type"] == "ephemeral"
        assert "/invite" in answer["text"]
        assert slack_format.to_mrkdwn(t("slack.not_in_channel", locale)) in answer["text"]
        assert answer["blocks"][0]["type"] == "header"
    assert not fake.of("upload")


async def test_missing_files_write_tells_how_to_add_the_scope(
    app: AsyncApp, fake: SlackFake
) -> None:
    """Without `files:write` the text is posted and the user is told, ephemerally, to add
    the scope."""
    command = next((c for c in SLASH.values() if _has_images(c.example)), None)
    if command is None:
        pytest.fail("no registry command answers with images")
    fake.errors["files.getUploadURLExternal"] = "missing_scope"
    status, url = await slash(app, fake, command.example, new_user(fake, "en-US"))
    assert status == 200
    await fake.wait_for(lambda: responses(fake, url))
    assert fake.api("chat.postMessage")
    answer = responses(fake, url)[0]
    assert answer["response_type"] == "ephemeral"
    assert "`files:write`" in answer["text"]
    assert not fake.of("upload")


def _has_images(example: str) -> bool:
    from napier.commands import answer

    spec, args = parse_line(example)
    return bool(answer(spec.name, spec.prepare(args), "en").images)


# ---------------------------------------------------------------- buttons


async def test_buttons_round_trip(app: AsyncApp, fake: SlackFake) -> None:
    """Clicking a posted button is acked with 200: "next step" replaces the message with one
    more step through the response URL; a follow-up action posts its command's answer."""
    clicked_next = clicked_action = False
    for command in LESSONS.values():
        if clicked_next and clicked_action:
            break
        fake.calls.clear()
        user = new_user(fake, "en-US")
        await slash(app, fake, command.example, user)
        await fake.wait_for(lambda: fake.api("chat.postMessage"))
        post = fake.api("chat.postMessage")[0].params
        buttons = [
            element
            for block in post["blocks"]
            if block["type"] == "actions"
            for element in block["elements"]
        ]
        for element in buttons:
            button = decode(element["value"])
            wants_next = button.revealed is not None
            if (wants_next and clicked_next) or (not wants_next and clicked_action):
                continue
            fake.calls.clear()
            url = uuid.uuid4().hex
            body = button_body(
                element,
                user=user,
                channel=CHANNEL,
                response_url=fake.response_url(url),
                message={"type": "message", "ts": "1.2", "blocks": post["blocks"]},
            )
            response = await app.async_dispatch(
                AsyncBoltRequest(body=body, headers=signed_headers(body))
            )
            assert response.status == 200
            if wants_next:
                await fake.wait_for(lambda u=url: responses(fake, u))
                update = responses(fake, url)[0]
                assert update["replace_original"] is True
                assert len(posted_text(update)) > len(posted_text(post))
                clicked_next = True
            else:
                await fake.wait_for(lambda: fake.api("chat.postMessage"))
                follow_up = fake.api("chat.postMessage")[0].params
                assert follow_up["channel"] == CHANNEL
                assert follow_up["blocks"][0]["type"] == "header"
                clicked_action = True
    assert clicked_next and clicked_action, "no answer had a next-step and an action button"


async def test_a_tampered_button_is_answered_privately(app: AsyncApp, fake: SlackFake) -> None:
    """A button value that is not one of ours gets an ephemeral 'type the command again'."""
    url = uuid.uuid4().hex
    element = {
        "action_id": "napier_button_0",
        "text": {"type": "plain_text", "text": "x"},
        "value": "napier:[not json",
    }
    body = button_body(
        element,
        user=new_user(fake, "ja-JP"),
        channel=CHANNEL,
        response_url=fake.response_url(url),
        message={"type": "message", "ts": "1.2", "blocks": []},
    )
    response = await app.async_dispatch(AsyncBoltRequest(body=body, headers=signed_headers(body)))
    assert response.status == 200
    await fake.wait_for(lambda: responses(fake, url))
    answer = responses(fake, url)[0]
    assert answer["response_type"] == "ephemeral"
    assert slack_format.to_mrkdwn(UserError("button.invalid").message("ja")) in answer["text"]


# ---------------------------------------------------------------- other failures and HTTP mode


async def test_other_post_failures_still_answer_privately(app: AsyncApp, fake: SlackFake) -> None:
    """Any other chat.postMessage error gives the user the answer ephemerally, naming the error."""
    fake.errors["chat.postMessage"] = "internal_error"
    command = next(iter(SLASH.values()))
    status, url = await slash(app, fake, command.example, new_user(fake, "en-US"))
    assert status == 200
    await fake.wait_for(lambda: responses(fake, url))
    answer = responses(fake, url)[0]
    assert answer["response_type"] == "ephemeral"
    assert "(internal_error)" in answer["text"]
    assert answer["blocks"][0]["type"] == "header"


async def test_http_mode_through_bolts_aiohttp_server(app: AsyncApp, fake: SlackFake) -> None:
    """Over real HTTP (bolt's aiohttp app), a signed slash command is acked with 200 and
    answered in the channel; an unsigned one gets 401."""
    server = TestServer(app.web_app(path=EVENTS_PATH), host="127.0.0.1")
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as session:
            command, _, text = next(iter(SLASH.values())).example.partition(" ")
            body = slash_body(
                command,
                text,
                user=new_user(fake),
                channel=CHANNEL,
                response_url=fake.response_url("http"),
            )
            url = server.make_url(EVENTS_PATH)
            unsigned = {"content-type": "application/x-www-form-urlencoded"}
            async with session.post(url, data=body, headers=unsigned) as response:
                assert response.status == 401
            async with session.post(url, data=body, headers=signed_headers(body)) as response:
                assert response.status == 200
        await fake.wait_for(lambda: fake.api("chat.postMessage"))
        assert fake.api("chat.postMessage")[0].params["channel"] == CHANNEL
    finally:
        await server.close()


async def test_serve_in_http_mode_refuses_unsigned_requests_and_stops_when_cancelled(
    runtime: Runtime,
) -> None:
    """`serve` with `SLACK_MODE=http` listens on the port, answers an unsigned request with
    401, and closes its server when cancelled."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(
        _env_file=None,
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_mode="http",
        slack_port=port,
    )
    task = asyncio.create_task(serve(runtime, settings))
    url = f"http://127.0.0.1:{port}{EVENTS_PATH}"
    try:
        async with aiohttp.ClientSession() as session:
            deadline = time.monotonic() + 10
            while True:
                try:
                    async with session.post(url, data="command=%2Fpow") as response:
                        assert response.status == 401
                        break
                except aiohttp.ClientConnectionError:
                    assert time.monotonic() < deadline, "the HTTP server did not start"
                    await asyncio.sleep(0.05)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    with socket.socket() as again:  # the port is free again: the server was closed
        again.bind(("127.0.0.1", port))


def test_http_mode_requires_a_signing_secret() -> None:
    """HTTP mode without `SLACK_SIGNING_SECRET` refuses to start rather than accept
    unverified requests."""
    settings = Settings(_env_file=None, slack_bot_token=BOT_TOKEN, slack_mode="http")
    with pytest.raises(ValueError, match="SLACK_SIGNING_SECRET"):
        create_app(settings=settings)


async def test_serve_in_socket_mode_answers_an_envelope(fake: SlackFake, runtime: Runtime) -> None:
    """`serve` defaults to Socket Mode: it opens a connection with the app token, acks a
    slash-command envelope over the socket, posts the answer, and disconnects when cancelled."""
    settings = Settings(_env_file=None, slack_bot_token=BOT_TOKEN, slack_app_token=APP_TOKEN)
    assert settings.slack_mode == "socket"
    client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.base_url)
    task = asyncio.create_task(serve(runtime, settings, client=client))
    try:
        await fake.wait_for(lambda: fake.socket_connected)
        assert fake.api("apps.connections.open")
        command, _, text = next(iter(SLASH.values())).example.partition(" ")
        payload = slash_payload(
            command, text, user=new_user(fake), channel=CHANNEL, response_url=fake.response_url("s")
        )
        envelope = {
            "envelope_id": "envelope-1",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": payload,
        }
        await fake.send_envelope(envelope)
        await fake.wait_for(
            lambda: any(m.get("envelope_id") == "envelope-1" for m in fake.socket_messages)
        )
        await fake.wait_for(lambda: fake.api("chat.postMessage"))
        assert fake.api("chat.postMessage")[0].params["channel"] == CHANNEL
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    await fake.wait_for(lambda: not fake.socket_connected, timeout=10)


@pytest.fixture
async def oversized_app(fake: SlackFake, settings: Settings) -> AsyncIterator[AsyncApp]:
    """An app over a runtime whose workers know the test command ``/oversized``."""
    import slow_command

    COMMANDS[slow_command.OVERSIZED_NAME] = slow_command.OVERSIZED
    try:
        async with Runtime(workers=1, timeout=10, initializer="slow_worker") as runtime:
            client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.base_url)
            yield create_app(client=client, runtime=runtime, settings=settings)
    finally:
        COMMANDS.pop(slow_command.OVERSIZED_NAME, None)


async def test_an_oversized_reply_is_cut_to_slacks_limits(
    oversized_app: AsyncApp, fake: SlackFake
) -> None:
    """A reply needing far more than Slack's 50 blocks (120,000 characters of text, 80 steps,
    30 fields) is posted as at most 50 blocks: the header first, the buttons kept last, every
    section within 3,000 characters and ten fields of 2,000."""
    status, _ = await slash(oversized_app, fake, "/oversized", new_user(fake))
    assert status == 200
    await fake.wait_for(lambda: fake.api("chat.postMessage"))
    blocks = fake.api("chat.postMessage")[0].params["blocks"]
    assert len(blocks) == slack_format.MAX_BLOCKS
    assert blocks[0]["type"] == "header" and len(blocks[0]["text"]["text"]) <= 150
    assert blocks[-1]["type"] == "actions"
    labels = [element["text"]["text"] for element in blocks[-1]["elements"]]
    assert "Again" in labels and any(label.startswith("Next step") for label in labels)
    sections = [b for b in blocks if b["type"] == "section"]
    assert all(len(b["text"]["text"]) <= 3000 for b in sections if "text" in b)
    assert all(len(b.get("fields", [])) <= 10 for b in sections)
    assert all(len(f["text"]) <= 2000 for b in sections for f in b.get("fields", []))
    assert "line 0" in posted_text(fake.api("chat.postMessage")[0].params)
