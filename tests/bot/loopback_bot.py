"""``python -m bot discord|slack`` as a real process, pointed at the loopback stand-ins.

The entry point runs unchanged; the few lines before it only point discord.py at the fake
API and gateway, or slack-sdk's Web API client at the fake Web API (a production deployment
needs neither). Used by the start-up tests and by ``bench/startup.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def discord_command(api: str, gateway: str) -> list[str]:
    """The command line of a bot process that logs in at ``api`` and connects to ``gateway``."""
    code = (
        "import sys, yarl, discord.http, discord.gateway\n"
        f"discord.http.Route.BASE = {api!r}\n"
        f"discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL({gateway!r})\n"
        "from bot.__main__ import main\n"
        "sys.exit(main(['discord']))\n"
    )
    return [sys.executable, "-c", code]


def slack_command(api: str) -> list[str]:
    """The command line of a Socket Mode bot process whose Web API is ``api``."""
    code = (
        "import functools, sys\n"
        "import bot.slack.app as app\n"
        f"app.AsyncWebClient = functools.partial(app.AsyncWebClient, base_url={api!r})\n"
        "from bot.__main__ import main\n"
        "sys.exit(main(['slack']))\n"
    )
    return [sys.executable, "-c", code]


def environment(root: Path = ROOT, **settings: str) -> dict[str, str]:
    """This environment without any real token, with ``settings`` and the code at ``root``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    env.update(settings)
    env["PYTHONPATH"] = os.pathsep.join([str(root / "src"), str(root)])
    return env


READY = re.compile(r"(Discord|Slack): ready in (\d+) ms")


class BotProcess:
    """A bot process whose log lines are collected as they come."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []
        self.ready = asyncio.Event()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stderr is not None
        async for raw in self.process.stderr:
            line = raw.decode(errors="replace")
            self.lines.append(line)
            if READY.search(line):
                self.ready.set()

    async def stop(self) -> int:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(self.process.wait(), 60)
        await self._reader
        return code


@contextlib.asynccontextmanager
async def bot_process(
    command: list[str], cwd: Path, root: Path = ROOT, **settings: str
) -> AsyncIterator[BotProcess]:
    """``command`` started in ``cwd`` with the code at ``root``, one worker unless ``settings``
    say otherwise, and ``settings``; killed if still running at the end."""
    env = environment(root, **{"NAPIER_WORKERS": "1", **settings})
    process = await asyncio.create_subprocess_exec(
        *command, cwd=cwd, env=env, stderr=asyncio.subprocess.PIPE
    )
    bot = BotProcess(process)
    try:
        yield bot
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
