"""``python -m bot discord`` as a real process against the loopback API and gateway: ready at
once (workers warm up in the background), a command answered, a clean stop on SIGTERM."""

from __future__ import annotations

import asyncio
from pathlib import Path

from discord_fake import APPLICATION_ID, FAKE_TOKEN, FakeDiscord, Payloads
from loopback_bot import bot_process, discord_command


async def test_discord_process_is_ready_at_once_and_answers_through_the_gateway(
    tmp_path: Path,
) -> None:
    """The Discord bot logs 'ready in N ms' when its gateway session is up, answers /pow 2 3
    pushed through the gateway with a followup, and exits 0 on SIGTERM."""
    fake = FakeDiscord()
    await fake.start()
    try:
        command = discord_command(fake.base, fake.gateway_url)
        async with bot_process(command, tmp_path, DISCORD_TOKEN=FAKE_TOKEN) as bot:
            await asyncio.wait_for(bot.ready.wait(), 60)
            assert fake.identified.is_set()
            payload = Payloads().slash("pow", {"base": "2", "exponent": "3"})
            await fake.send_event("INTERACTION_CREATE", payload)
            path = f"/webhooks/{APPLICATION_ID}/{payload['token']}"
            reply = await fake.wait_for(lambda r: r.method == "POST" and r.path == path, 60)
            assert "2 × 2 × 2 = 8" in reply.text and reply.files
            assert await bot.stop() == 0, "".join(bot.lines)
            assert not any("Traceback" in line for line in bot.lines), "".join(bot.lines)
    finally:
        await fake.close()
