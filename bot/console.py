"""The console adapter: a REPL, a pipe of commands, or one command with its images saved.

``python -m bot console`` reads commands (``/pow 2 3``, ``/help``, ``/quit``) from the
terminal or a pipe; ``python -m bot console "/pow 2 3" --lang ja --out DIR`` answers one
command, prints the text, writes the images to DIR and prints their paths. Exit status: 0 for
an answer, 2 for a rejected input, 1 for a bug.

One command is answered without a worker process: this process imports the lesson and a
forked child answers it with a worker's time and memory limits, so the imports are paid once.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.jobs import Caller, Job, loaded, notice, outcome_reply, rejection, run_forked
from bot.settings import Settings
from napier.command_line import parse_line
from napier.errors import UserError
from napier.help import help_reply
from napier.i18n import pick_locale, t
from napier.reply import Action, PracticeEvent, Reply

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

USER = "console"
HELP = ("/help", "help", "/?")
QUIT = ("/quit", "/exit", "/q")
PROMPT = "napier> "
EXIT_OK, EXIT_BUG, EXIT_REJECTED = 0, 1, 2
MAX_LINES = 100_000  # a pipe is read line by line, at most this many


_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _terminal(text: str, bold: bool) -> str:
    """The markdown subset for a terminal: bold as ANSI when it is a terminal, code unquoted
    and kept as typed (``**`` inside code is not bold: `0**0`; bold may wrap code)."""
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:
        spans.append(match.group(1))
        return f"\0{len(spans) - 1}\0"

    text = _BOLD.sub(r"\033[1m\1\033[0m" if bold else r"\1", _CODE.sub(keep, text))
    return re.sub("\0(\\d+)\0", lambda found: spans[int(found.group(1))], text)


def _person() -> str:
    """The name the console's learner goes by (the login name, else "you")."""
    return os.environ.get("USER") or os.environ.get("LOGNAME") or "you"


class Console:
    """Prints replies and saves their files; one instance per console session."""

    def __init__(self, runtime: Runtime | None, locale: str, out: Path, stream: TextIO) -> None:
        self.runtime = runtime
        self.locale = locale
        self.out = out
        self.stream = stream
        self.bold = stream.isatty()
        self.count = 0
        self.caller = Caller("console", "local", USER, name=_person())
        self.asking: Action | None = None  # the open question: a plain line answers it
        self._answered = False  # whether the last line was an answer to ``asking``
        self._asked_at = 0.0  # when the open question was shown (epoch seconds)

    def print(self, text: str = "") -> None:
        print(_terminal(text, self.bold), file=self.stream, flush=True)

    async def answer(self, line: str) -> Reply:
        """The reply to one typed line: a command, or the answer to the last reply's question
        (a line that does not start with ``/`` while a question is open)."""
        assert self.runtime is not None
        if line.strip().lower() in HELP:
            return self.runtime.help(self.locale)
        self._answered = self.asking is not None and not line.lstrip().startswith(("/", "／"))
        try:
            caller = self.caller
            if self.asking is not None and self._answered:
                name, args = self.asking.command, {**dict(self.asking.args), "answer": line}
                caller = dataclasses.replace(caller, shown=self._asked_at)
            else:
                command, args = parse_line(line)
                name = command.name
            job = await self.runtime.admit(caller, name, args)
        except UserError as error:
            return rejection(error, self.locale)
        return await self.runtime.execute(job, self.locale)

    def show(self, reply: Reply) -> None:
        self.print(f"**{reply.title}**")
        self.print(reply.full_text())
        for field in reply.fields:
            self.print(f"- {field.name}: {field.value}")
        for attachment in reply.attachments:
            self.print(
                f"{self.save(attachment.filename, attachment.data)}  ({attachment.alt_text})"
            )
        # A new question replaces the open one; an answer that asks nothing more closes it.
        question = next((a for a in reply.actions if a.ask), None)
        if question is not None or (self._answered and not reply.error):
            self.asking = question
            self._asked_at = time.time()
        for action in reply.actions:
            if action.ask:
                self.print(f"→ {t('ask.console', self.locale, label=action.label)}")
                continue
            args = " ".join(f"{name}:{value}" for name, value in action.args)
            self.print(f"→ {action.label}: /{action.command} {args}".rstrip())

    def save(self, filename: str, data: bytes) -> Path:
        self.count += 1
        self.out.mkdir(parents=True, exist_ok=True)
        stem, dot, suffix = filename.rpartition(".")
        path = self.out / f"{stem or 'file'}-{self.count}{dot}{suffix}"
        path.write_bytes(data)
        return path


def _read_line(source: TextIO, interactive: bool) -> str | None:
    """The next line typed or piped, or None at the end of input."""
    if interactive:
        try:
            return input(PROMPT)
        except EOFError:
            return None
    return source.readline() or None


def _status(reply: Reply) -> int:
    if not reply.error:
        return EXIT_OK
    return EXIT_BUG if reply.problem == "bug" else EXIT_REJECTED


async def _session(
    settings: Settings, line: str | None, locale: str, out: Path, source: TextIO
) -> int:
    from bot.runtime import Runtime  # the one-shot form needs no runtime, nor a memory open
    from bot.runtime.memory import Memory

    # One local user typing or piping commands: a rate limit would only get in the way.
    runtime = Runtime(
        settings,
        workers=1,
        rate_burst=MAX_LINES,
        rate_per_minute=60 * MAX_LINES,
        memory=Memory.from_settings(settings),
    )
    try:
        console = Console(runtime, locale, out, sys.stdout)
        if line is not None:
            reply = await console.answer(line)
            console.show(reply)
            return _status(reply)
        interactive = source.isatty()
        if interactive:
            with contextlib.suppress(ImportError):
                import readline  # noqa: F401  (line editing and history for input())
            console.print(f"**{t('help.title', locale)}** — {t('help.console', locale)}")
        loop = asyncio.get_running_loop()
        for _ in range(MAX_LINES):
            text = await loop.run_in_executor(None, _read_line, source, interactive)
            if text is None:
                break
            text = text.strip()
            if not text:
                continue
            if text.lower() in QUIT:
                break
            console.show(await console.answer(text))
            console.print()
        return EXIT_OK
    finally:
        await runtime.close()


def answer_once(settings: Settings, line: str, locale: str) -> Reply:
    """The reply to one command, computed in a forked child of this process (no worker); what
    it says the learner did is recorded in the learner memory, as a session records it."""
    if line.strip().lower() in HELP:
        return help_reply(locale)
    try:
        command, args = parse_line(line)
        job = Job(command.name, command.prepare(args), Caller("console", "local", USER))
    except UserError as error:
        return rejection(error, locale)
    timeout = settings.napier_job_timeout
    memory = settings.napier_worker_memory_mb * 1024 * 1024
    kind, value = run_forked((job.command, job.request, locale), timeout, memory)
    reply = outcome_reply(kind, value, job, locale, timeout)
    if reply.event is not None and job.caller is not None:
        saved = asyncio.run(_record(settings, job.caller, locale, reply.event))
        if not saved:
            reply = notice(reply, t("memory.unavailable", locale))
    return reply


async def _record(settings: Settings, caller: Caller, locale: str, event: PracticeEvent) -> bool:
    """Record one event in the learner memory the settings name (False: not saved)."""
    from bot.runtime import now
    from bot.runtime.memory import Memory  # only a reply that records practice opens it

    memory = Memory.from_settings(settings)
    try:
        await memory.start()
        return await memory.record(caller, locale, event, now())
    finally:
        await memory.close()


def run_console(
    settings: Settings, line: str | None, *, lang: str | None = None, out: str = "napier-out"
) -> int:
    """Run the console; returns the exit status."""
    locale = pick_locale(lang, settings.napier_lang, os.environ.get("LANG"))
    try:
        if line is not None and hasattr(os, "fork"):
            reply = answer_once(settings, line, locale)
            Console(None, locale, Path(out), sys.stdout).show(reply)
            return _status(reply)
        loaded()  # a session: collect garbage from now on
        return asyncio.run(_session(settings, line, locale, Path(out), sys.stdin))
    except KeyboardInterrupt:
        return EXIT_OK
    except BrokenPipeError:
        # The reader went away (`… | head`): not an error of ours; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
