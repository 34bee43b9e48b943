"""The entry point: graceful shutdown on SIGTERM, and tokens kept out of the logs."""

from __future__ import annotations

import asyncio
import logging
import os
import signal

from processes import alive

from bot import logs
from bot.__main__ import serve_until_stopped
from bot.runtime import Runtime
from bot.settings import Settings


async def test_sigterm_stops_the_adapters_and_leaves_no_worker_behind() -> None:
    """On SIGTERM the runtime stops taking work, the adapters are cancelled, workers reaped."""
    seen: dict[str, object] = {}

    async def adapter(runtime: Runtime) -> None:
        seen["pids"] = list(runtime.pool.pids)
        reply = await runtime.ask("u", "pow", {"base": "2", "exponent": "3"}, "en")
        seen["answered"] = "2 × 2 × 2 = 8" in reply.full_text()
        os.kill(os.getpid(), signal.SIGTERM)
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            seen["refused"] = (await runtime.ask("u", "pow", {"base": "2"}, "en")).error
            seen["cancelled"] = True
            raise

    settings = Settings(napier_workers=1, _env_file=None)
    await asyncio.wait_for(serve_until_stopped(settings, [adapter]), timeout=60)
    assert seen["answered"] and seen["cancelled"] and seen["refused"]
    assert seen["pids"] and not any(alive(pid) for pid in seen["pids"])


def test_tokens_are_redacted_from_every_log_line(capsys) -> None:  # type: ignore[no-untyped-def]
    """A token that reaches a log message is printed as [redacted]; settings never show it."""
    token = "MTIzNDU2Nzg5.secret-token-value"
    settings = Settings(discord_token=token, slack_bot_token="xoxb-1234-abcdef", _env_file=None)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        logs.configure(settings)
        logging.getLogger("discord.http").warning("login with %s and %s", token, "xoxb-1234-abcdef")
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    err = capsys.readouterr().err
    assert "[redacted]" in err
    assert token not in err and "xoxb-1234-abcdef" not in err
    assert token not in repr(settings) and token not in str(settings.model_dump())
