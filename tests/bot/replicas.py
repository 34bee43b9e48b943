"""Bot replicas as real processes, pointed at the loopback Discord and Slack stand-ins.

Each replica is ``python -m bot``'s ``main`` unchanged, with Discord's interactions endpoint
and Slack's HTTP mode on its own port; the few lines run before it only point discord.py and
slack-sdk at the stand-ins and add the test-only commands (``replica_worker``). Used by the
multi-replica tests and by ``bench/replicas.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def command(discord_api: str, slack_api: str, test_commands: bool = True) -> list[str]:
    """The command line of one replica."""
    paths = [str(ROOT / "src"), str(ROOT), str(HERE), str(HERE.parent)]
    code = [
        "import functools, sys",
        f"sys.path[:0] = {paths!r}",
        "import discord.http",
        f"discord.http.Route.BASE = {discord_api!r}",
        "import bot.slack.app as slack_app",
        "slack_app.AsyncWebClient = functools.partial("
        f"slack_app.AsyncWebClient, base_url={slack_api!r})",
    ]
    if test_commands:
        code += [
            "import replica_worker",
            "from bot.runtime import workers",
            "pool_init = workers.WorkerPool.__init__",
            "def init(self, size, timeout, memory_mb, initializer=None):",
            "    pool_init(self, size, timeout, memory_mb, initializer or 'replica_worker')",
            "workers.WorkerPool.__init__ = init",
        ]
    code += ["from bot.__main__ import main", "sys.exit(main([]))"]
    return [sys.executable, "-c", "\n".join(code)]


@dataclass
class Replica:
    """One running replica: its process, port and collected log lines (JSON)."""

    name: str
    port: int
    process: asyncio.subprocess.Process
    lines: list[str] = field(default_factory=list)
    reader: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _read(self) -> None:
        assert self.process.stderr is not None
        async for raw in self.process.stderr:
            self.lines.append(raw.decode(errors="replace"))

    def logs(self) -> list[dict[str, Any]]:
        found = []
        for line in self.lines:
            with contextlib.suppress(ValueError):
                found.append(json.loads(line))
        return found

    async def health(self, session: aiohttp.ClientSession) -> dict[str, Any] | None:
        try:
            async with session.get(f"{self.url}/healthz") as response:
                return dict(await response.json())
        except (aiohttp.ClientError, ValueError):
            return None

    async def ready(self, session: aiohttp.ClientSession, timeout: float = 120) -> None:
        """Wait until /healthz answers with a worker and the learner memory open."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            report = await self.health(session)
            if (
                report
                and report["status"] == "ok"
                and report["workers"] > 0
                and report["database"] in (None, "ok")
            ):
                return
            if self.process.returncode is not None:
                raise RuntimeError(f"replica {self.name} exited:\n{''.join(self.lines)}")
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"replica {self.name} not ready:\n{''.join(self.lines)}")
            await asyncio.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL: no clean-up at all, as the out-of-memory killer or a lost machine."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)

    async def stop(self) -> int:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(self.process.wait(), 60)
        except TimeoutError:
            self.process.kill()
            code = await self.process.wait()
        if self.reader is not None:
            await self.reader
        return code


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (its workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@contextlib.asynccontextmanager
async def replicas(
    count: int, cwd: Path, ports: list[int], settings: dict[str, str], cmd: list[str]
) -> AsyncIterator[list[Replica]]:
    """``count`` replicas of ``cmd`` with ``settings`` (plus each one's port and name), stopped
    (killed if need be) at the end."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_", "NAPIER_"))
    }
    started: list[Replica] = []
    try:
        for i in range(count):
            name = f"replica-{i + 1}"
            process = await asyncio.create_subprocess_exec(
                *cmd,
                cwd=cwd,
                env={
                    **env,
                    **settings,
                    "NAPIER_HTTP_HOST": "127.0.0.1",
                    "NAPIER_HTTP_PORT": str(ports[i]),
                    "NAPIER_REPLICA_ID": name,
                    "NAPIER_LOG_FORMAT": "json",
                },
                stderr=asyncio.subprocess.PIPE,
            )
            replica = Replica(name, ports[i], process)
            replica.reader = asyncio.create_task(replica._read())
            started.append(replica)
        async with aiohttp.ClientSession() as session:
            await asyncio.gather(*(replica.ready(session) for replica in started))
        yield started
    finally:
        for replica in started:
            await replica.stop()
