"""``python -m bot``: run Napier on Discord and/or Slack when their tokens are set, else the
console. ``python -m bot console|discord|slack …`` picks one; ``--help`` lists the options."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot import logs
from bot.jobs import loaded, loading
from bot.settings import Settings, get_settings

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="adapter")
    console = sub.add_parser("console", help="the console: a REPL, a pipe, or one command")
    console.add_argument("line", nargs="?", help='one command to answer, e.g. "/pow 2 3"')
    console.add_argument("--lang", choices=("ja", "en"), default=None, help="reply language")
    console.add_argument("--out", default="napier-out", help="folder for the images")
    discord = sub.add_parser("discord", help="the Discord bot")
    discord.add_argument("--sync", action="store_true", help="sync the slash commands and exit")
    discord.add_argument("--guild", type=int, default=None, help="sync to this guild only")
    discord.add_argument(
        "--http", action="store_true", help="the interactions endpoint instead of the gateway"
    )
    discord.add_argument(
        "--shards", default=None, help="gateway shards i-j of N for this process, e.g. 0-3/16"
    )
    sub.add_parser("slack", help="the Slack app")
    sub.add_parser("migrate", help="migrate the database to the newest schema and exit")
    return parser.parse_args(argv)


async def serve_until_stopped(
    settings: Settings, servers: list[Callable[[Runtime], Awaitable[None]]]
) -> None:
    """Run the chat adapters until SIGINT/SIGTERM, then shut down gracefully: stop taking
    work, let jobs in flight finish (or answer them with a 'restarting' message), stop the
    workers, then stop the adapters.

    The adapters connect at once; the workers warm up and the common lessons are rendered in
    the background meanwhile."""
    # With the servers: the one-shot console needs neither the runtime nor the memory.
    from bot.runtime import Runtime
    from bot.runtime.memory import Memory
    from bot.runtime.shared import from_settings

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    runtime = Runtime(
        settings, memory=Memory.from_settings(settings), shared=from_settings(settings)
    )
    tasks: list[asyncio.Task[None]] = []
    try:
        runtime.start_soon()
        tasks = [asyncio.create_task(serve(runtime)) for serve in servers]
        runtime.daily.start()  # the adapters register how they post as they start
        stopper = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
        stopper.cancel()
        failed = [task for task in done if task is not stopper and task.exception()]
        log.info("shutting down")
    finally:
        await runtime.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for sig in signals:
            loop.remove_signal_handler(sig)
    if failed:
        raise failed[0].exception()  # type: ignore[misc]


def servers(
    settings: Settings, discord: bool, slack: bool, shards: str | None = None
) -> list[Callable[[Runtime], Awaitable[None]]]:
    """The adapters to run: the Discord gateway and Slack's Socket Mode as their own tasks,
    and one HTTP server for Discord's interactions endpoint, Slack's HTTP mode, health and
    metrics (also alone, for health and metrics, when ``NAPIER_HTTP_PORT`` is set)."""
    found: list[Callable[[Runtime], Awaitable[None]]] = []
    discord_http = discord and settings.discord_http
    slack_http = slack and settings.slack_http
    if discord and not discord_http:
        from bot.discord import app as discord_app

        split = discord_app.parse_shards(shards) if shards else None
        found.append(lambda runtime: discord_app.serve(runtime, settings, split))
    if slack and not slack_http:
        from bot.slack.app import serve as serve_slack

        found.append(lambda runtime: serve_slack(runtime, settings))
    if discord_http or slack_http or settings.napier_http_port is not None:
        from bot import server

        found.append(
            lambda runtime: server.run(runtime, settings, discord=discord_http, slack=slack_http)
        )
    return found


def _missing_tokens(settings: Settings, adapter: str) -> str:
    """What to set before ``adapter`` can run (empty when nothing is missing)."""
    if adapter == "discord" and not settings.has_discord:
        return "DISCORD_TOKEN is not set: see README.md, section Discord, and .env.example."
    if adapter == "discord" and settings.discord_http and not settings.discord_public_key:
        return (
            "DISCORD_PUBLIC_KEY must be set for the interactions endpoint: see README.md, "
            "section Discord, and .env.example."
        )
    if adapter == "slack" and not settings.has_slack:
        needed = (
            "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET"
            if settings.slack_mode == "http"
            else "SLACK_BOT_TOKEN and SLACK_APP_TOKEN"
        )
        return f"{needed} must be set: see README.md, section Slack, and .env.example."
    return ""


def migrate(settings: Settings) -> int:
    """``python -m bot migrate``: bring the database to the newest schema (0, else 1)."""
    from bot.storage import StorageUnavailable, Store

    async def run() -> str:
        store = await Store.open(
            settings.database_url, settings.napier_data_dir, settings.napier_database_timeout
        )
        try:
            return f"{store.where} is at schema revision {await store.revision()}"
        finally:
            await store.close()

    try:
        print(asyncio.run(run()))
    except StorageUnavailable as error:
        print(error, file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    loading()  # until the chosen adapter has imported what it needs
    args = _arguments(sys.argv[1:] if argv is None else argv)
    try:
        settings = get_settings()
    except ValueError as error:  # pydantic's ValidationError: a setting that is not valid
        print(unreadable_settings(error), file=sys.stderr)
        return 2
    logs.configure(settings)
    adapter = args.adapter
    if adapter == "migrate":
        return migrate(settings)
    if adapter is None:
        if settings.has_discord or settings.has_slack:
            missing = _missing_tokens(settings, "discord") if settings.has_discord else ""
            if missing:
                print(missing, file=sys.stderr)
                return 2
            chosen = servers(settings, settings.has_discord, settings.has_slack)
            return _serve(settings, chosen)
        adapter = "console"
        args = _arguments(["console"])
    if adapter == "console":
        from bot.console import run_console

        if "napier_log_level" not in settings.model_fields_set:
            logs.configure(settings, "WARNING")  # the console's output is the replies

        return run_console(settings, args.line, lang=args.lang, out=args.out)
    missing = _missing_tokens(settings, adapter)
    if missing:
        print(missing, file=sys.stderr)
        return 2
    if adapter == "discord":
        from bot.discord import app as discord_app

        if args.sync:
            return asyncio.run(discord_app.sync(settings, args.guild))
        if args.http and args.shards:
            print("--shards is for the gateway, not the interactions endpoint", file=sys.stderr)
            return 2
        if args.http:
            settings = settings.model_copy(update={"discord_mode": "http"})
            missing = _missing_tokens(settings, adapter)
            if missing:
                print(missing, file=sys.stderr)
                return 2
        try:
            chosen = servers(settings, discord=True, slack=False, shards=args.shards)
        except ValueError as error:
            print(error, file=sys.stderr)
            return 2
        return _serve(settings, chosen)
    return _serve(settings, servers(settings, discord=False, slack=True))


def _serve(settings: Settings, servers: list[Callable[[Runtime], Awaitable[None]]]) -> int:
    loaded()  # the adapters are imported: collect garbage from now on
    try:
        asyncio.run(serve_until_stopped(settings, servers))
    except Exception as error:
        problem = start_failure(error)
        if problem is None:
            raise
        print(f"Napier stopped: {problem}", file=sys.stderr)
        return 1
    return 0


def unreadable_settings(error: ValueError) -> str:
    """Which settings are not valid and why, one line each, by their environment names."""
    problems = getattr(error, "errors", lambda: [])()
    lines = [
        f"- {'_'.join(str(part) for part in problem['loc']).upper()}: {problem['msg']}"
        f" (got {problem['input']!r})"
        for problem in problems
    ]
    return "\n".join(
        ["Napier cannot start: these settings (environment or .env) are not valid:", *lines,
         "See .env.example for each setting and its default."]
    )  # fmt: skip


def start_failure(error: BaseException) -> str | None:
    """One readable line for what stops a bot from starting that is no bug of ours — a token
    the platform refuses, a host that cannot be reached, a port already taken — else None."""
    if type(error).__name__ == "LoginFailure":  # discord.py: the token was refused
        return (
            f"Discord refused DISCORD_TOKEN ({error}). Copy a new one from the Developer Portal: "
            "Bot → Reset Token."
        )
    if type(error).__name__ == "SlackApiError":
        return f"Slack refused the request ({error}). Check SLACK_BOT_TOKEN and SLACK_APP_TOKEN."
    if isinstance(error, OSError):  # aiohttp's connection errors are OSErrors too
        return f"{error}. Check the network, the host names and that the port is free."
    return None


if __name__ == "__main__":
    sys.exit(main())
