"""The bot process stays lean: adapters, runtime, parsing and validation import no sympy,
matplotlib or numpy (the workers do), checked in fresh interpreters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sympy", "matplotlib", "numpy", "PIL")
ENTRY_POINTS = ("bot.discord.app", "bot.slack.app", "bot.console", "bot.runtime", "bot.__main__")


def heavy_modules_after(code: str) -> list[str]:
    """The heavy packages loaded in a fresh interpreter once ``code`` has run."""
    probe = code + textwrap.dedent(
        f"""
        import json, sys
        print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", ENTRY_POINTS)
def test_importing_an_entry_point_loads_no_heavy_package(module: str) -> None:
    """Importing an adapter, the runtime or the entry point pulls in no sympy or matplotlib."""
    assert heavy_modules_after(f"import {module}\n") == []


def test_answering_every_command_keeps_the_bot_process_lean() -> None:
    """The bot process parses and checks every command's example and /help, gets each reply
    from a worker, and still has no sympy, matplotlib or numpy of its own."""
    code = textwrap.dedent(
        """
        import asyncio, tempfile
        import bot.discord.app, bot.slack.app
        from bot.runtime import Runtime
        from bot.runtime.memory import Memory
        from bot.storage import Store
        from napier.command_line import parse_line
        from napier.commands import visible
        from napier.help import help_reply

        async def main():
            folder = tempfile.mkdtemp()
            memory = Memory(lambda: Store.open(None, folder))
            async with Runtime(workers=1, timeout=30, cache_size=0, memory=memory) as runtime:
                for command in visible():
                    name, args = parse_line(command.example)
                    for locale in ("ja", "en"):
                        reply = await runtime.ask(command.name + locale, name.name, args, locale)
                        assert not reply.error, (command.name, reply)
                        lesson = not (command.memory or command.private)
                        assert reply.attachments or not lesson, (command.name, reply)
                help_reply("ja")

        asyncio.run(main())
        """
    )
    assert heavy_modules_after(code) == []
