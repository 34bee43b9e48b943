"""``python -m bot slack`` as a real process against the loopback Web API in Socket Mode: ready
at once (workers warm up in the background), a command answered, a clean stop on SIGTERM."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from loopback_bot import bot_process, slack_command
from slack_fake import APP_TOKEN, BOT_TOKEN, SlackFake, slash_payload


@pytest.fixture
async def slack() -> AsyncIterator[SlackFake]:
    fake = SlackFake()
    await fake.start()
    yield fake
    await fake.close()


async def test_slack_process_is_ready_at_once_and_answers_over_socket_mode(
    slack: SlackFake, tmp_path: Path
) -> None:
    """The Slack bot logs 'ready in N ms' once Socket Mode is connected, answers a slash command
    envelope with a message in the channel, and exits 0 on SIGTERM."""
    command = slack_command(slack.base_url)
    tokens = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN}
    async with bot_process(command, tmp_path, **tokens) as bot:
        await asyncio.wait_for(bot.ready.wait(), 60)
        assert slack.socket_connected
        payload = slash_payload(
            "/pow", "2 3", user="U0STARTUP", channel="C0STUDY", response_url=slack.response_url("s")
        )
        envelope = {
            "envelope_id": "envelope-startup",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": payload,
        }
        await slack.send_envelope(envelope)
        await slack.wait_for(lambda: slack.api("chat.postMessage"), timeout=60)
        assert "2 × 2 × 2 = 8" in str(slack.api("chat.postMessage")[0].params)
        assert await bot.stop() == 0, "".join(bot.lines)
        assert not any("Traceback" in line for line in bot.lines), "".join(bot.lines)
