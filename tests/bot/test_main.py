"""The entry point: graceful shutdown on SIGTERM, and tokens kept out of the logs."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from processes import alive

from bot import logs
from bot.__main__ import serve_until_stopped
from bot.runtime import Runtime
from bot.settings import Settings


async def test_sigterm_stops_the_adapters_and_leaves_no_worker_behind() -> None:
    """On SIGTERM the runtime stops taking work, the adapters are cancelled, workers reaped."""
    seen: dict[str, object] = {}

    async def adapter(runtime: Runtime) -> None:
        reply = await runtime.ask("u", "pow", {"base": "2", "exponent": "3"}, "en")
        seen["pids"] = list(runtime.pool.pids)
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


ROOT = Path(__file__).resolve().parents[2]


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


@pytest.mark.parametrize(
    ("adapter", "needed"),
    [("discord", "DISCORD_TOKEN"), ("slack", "SLACK_APP_TOKEN")],
)
def test_an_adapter_without_its_tokens_says_what_to_set(
    adapter: str, needed: str, tmp_path: Path
) -> None:
    """``python -m bot discord|slack`` without tokens exits 2 with what to set, no traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    result = subprocess.run(
        [sys.executable, "-m", "bot", adapter],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 2
    assert needed in result.stderr and "README" in result.stderr
    assert "Traceback" not in result.stderr


def test_env_example_copied_as_env_gives_the_defaults(tmp_path: Path) -> None:
    """``.env.example`` used as it is loads cleanly: no token, every runtime default."""
    settings = Settings(_env_file=ROOT / ".env.example")
    defaults = Settings(_env_file=None)
    assert not settings.has_discord and not settings.has_slack
    assert settings.discord_guild_id is None
    assert settings.model_dump() == defaults.model_dump()
    for name in Settings.model_fields:
        assert name.upper() in (ROOT / ".env.example").read_text(), name


@pytest.mark.parametrize(
    ("arguments", "settings", "said"),
    [
        (["discord", "--http"], {"DISCORD_TOKEN": "x" * 40}, "DISCORD_PUBLIC_KEY"),
        (["discord", "--shards", "5-6/4"], {"DISCORD_TOKEN": "x" * 40}, "within 0-3"),
        (["discord", "--shards", "two"], {"DISCORD_TOKEN": "x" * 40}, "i-j/N"),
        (["discord", "--http", "--shards", "0/2"], {"DISCORD_TOKEN": "x" * 40}, "gateway"),
        (
            ["discord", "--http"],
            {"DISCORD_TOKEN": "x" * 40, "DISCORD_PUBLIC_KEY": "abc"},
            "DISCORD_PUBLIC_KEY: Value error, must be the 64 hexadecimal digits",
        ),
        (["console", "/pow 2 3"], {"NAPIER_WORKERS": "two"}, "NAPIER_WORKERS: Input should be"),
    ],
)
def test_discord_options_that_cannot_work_are_refused(
    arguments: list[str], settings: dict[str, str], said: str, tmp_path: Path
) -> None:
    """The interactions endpoint without its public key (or with one that is not a key),
    shards outside their count and a setting of the wrong type exit 2 with what is wrong,
    before connecting anywhere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    result = subprocess.run(
        [sys.executable, "-m", "bot", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**env, **settings, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 2, result.stderr
    assert said in result.stderr and "Traceback" not in result.stderr


def test_a_sharded_client_runs_the_chosen_shards_with_every_command() -> None:
    """``--shards 2-3/8`` makes one client over shards 2 and 3 of 8 (an AutoShardedClient)
    with the same command tree as the unsharded client."""
    import discord

    from bot.discord.app import create_client, parse_shards

    assert parse_shards("2-3/8") == ([2, 3], 8) and parse_shards("0/1") == ([0], 1)
    settings = Settings(_env_file=None, discord_token="x" * 40)
    sharded = create_client(None, settings, shards=parse_shards("2-3/8"))
    plain = create_client(None, settings)
    assert isinstance(sharded, discord.AutoShardedClient)
    assert not isinstance(plain, discord.AutoShardedClient)
    assert sharded.shard_ids == [2, 3] and sharded.shard_count == 8
    assert {c.name for c in sharded.tree.get_commands()} == {
        c.name for c in plain.tree.get_commands()
    }


def test_the_embedded_bot_needs_none_of_the_server_extras(tmp_path: Path) -> None:
    """With Redis' client, Prometheus' and PyNaCl made unimportable, the console still answers
    (its learner memory a SQLite file, no server): the server extras are for replicas only."""
    code = (
        "import sys\n"
        "for name in ('redis', 'prometheus_client', 'nacl'):\n"
        "    sys.modules[name] = None\n"
        "from bot.__main__ import main\n"
        "sys.exit(main(['console', '/pow 2 3']))\n"
    )
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_", "NAPIER_"))
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**env, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])},
    )
    assert result.returncode == 0, result.stderr
    assert "2 × 2 × 2 = 8" in result.stdout


def test_a_platform_that_cannot_be_reached_stops_the_bot_with_one_line(tmp_path: Path) -> None:
    """When Discord cannot be reached at start (here: its API on a port nothing listens on),
    the bot exits 1 with one line saying so and no traceback."""
    from servers import free_port

    code = (
        "import sys, discord.http\n"
        f"discord.http.Route.BASE = 'http://127.0.0.1:{free_port()}/api/v10'\n"
        "from bot.__main__ import main\n"
        "sys.exit(main(['discord', '--http']))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=tmp_path,
        env={
            **env,
            "PYTHONPATH": str(ROOT),
            "DISCORD_TOKEN": "x" * 40,
            "DISCORD_PUBLIC_KEY": "ab" * 32,
            "NAPIER_WORKERS": "1",
            "NAPIER_HTTP_PORT": str(free_port()),
        },
    )
    assert result.returncode == 1, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Napier stopped: Cannot connect to host 127.0.0.1"), last
    assert "Check the network" in last and "Traceback" not in result.stderr
