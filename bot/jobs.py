"""Jobs: an admitted command, who asked, and how it is answered — the worker's side of the
runtime.

``run_job`` answers a job where it runs (a worker process); ``run_forked`` answers a single
job in a forked child of this process with a worker's time and memory limits (the console's
one-shot form: the child inherits what this process imported, so the imports are paid once).
``outcome_reply`` turns what either reported into the Reply a user sees. Nothing here imports
asyncio or multiprocessing, so the one-shot console stays small.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
import os
import pickle
import select
import signal
import time
import traceback
import uuid
from collections.abc import Hashable
from dataclasses import dataclass
from fractions import Fraction
from importlib import import_module
from typing import Any

from napier.errors import UserError
from napier.i18n import t
from napier.printer import rounded
from napier.reply import Reply

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Caller:
    """Who sent a request, and where: what the memory keys a learner by.

    ``team`` is the server (Discord guild, Slack workspace, ``"dm"``, ``"local"``);
    ``key`` is the platform's id of this very request (an interaction id, a Slack trigger),
    so that a retried or duplicated request is recorded once; ``admin`` says whether the
    caller may change the server's settings; ``shown`` is when the message an answer came
    from was posted (epoch seconds, 0 when unknown): how fast an answer was, for review.
    """

    platform: str
    team: str
    user: str
    name: str = ""
    admin: bool = False
    channel: str = ""
    key: str = ""
    shown: float = 0.0

    @property
    def rate_key(self) -> str:
        """The identity the rate limit counts (one bucket per person per platform)."""
        return f"{self.platform}:{self.user}"

    def request_key(self, suffix: str = "") -> str:
        """A database-wide unique key for this request (a fresh one when the platform gave
        none)."""
        key = self.key or uuid.uuid4().hex
        return f"{self.platform}:{key}{suffix}"[:128]


@dataclass(frozen=True)
class Job:
    """An admitted command: its name, its parsed, hashable request, and who asked."""

    command: str
    request: Hashable
    caller: Caller | None = None


def rejection(error: UserError, locale: str, problem: str = "input") -> Reply:
    """The private reply that tells a user why their input was rejected."""
    return Reply.rejected(t("error.title", locale), error.message(locale), problem)


def notice(reply: Reply, text: str) -> Reply:
    """``reply`` with a short notice after its text (e.g. progress not saved)."""
    return dataclasses.replace(reply, text=f"{reply.text}\n\n⚠ {text}".lstrip())


def outcome_reply(kind: str, value: Any, job: Job, locale: str, timeout: float) -> Reply:
    """The Reply for what a worker (or the console's one-shot child) reported for ``job``:
    ``ok``, ``user``, ``memory``, ``timeout``, ``died`` or ``bug``."""
    if kind == "ok":
        return value
    if kind == "user":
        return rejection(value, locale)
    if kind == "timeout":
        log.warning("job /%s %r ran past %.1f s", job.command, job.request, timeout)
        seconds = rounded(Fraction(timeout), 3)
        return rejection(UserError("runtime.timeout", seconds=seconds), locale, "limit")
    if kind in ("memory", "died"):
        if kind == "memory":
            log.warning("job /%s %r ran out of memory", job.command, job.request)
        else:
            log.error("worker died on /%s %r", job.command, job.request)
        return rejection(UserError("runtime.memory"), locale, "limit")
    log.error("bug in /%s %r:\n%s", job.command, job.request, value)
    return Reply.rejected(t("error.title", locale), t("runtime.bug", locale), "bug")


def loading() -> None:
    """Start-up is mostly imports: no garbage-collector passes over a heap that only grows
    (they cost a fifth of a one-shot answer). ``loaded`` turns the collector back on."""
    gc.disable()


def loaded(*, collect: bool = False) -> None:
    """Start-up is over: keep what was loaded (it lives as long as the process) out of the
    collector's passes, and collect from now on; ``collect`` first drops start-up garbage."""
    if collect:
        gc.collect()
    gc.freeze()
    gc.enable()


def limit_threads() -> None:
    """One thread per numerical library: the pool, not BLAS, spreads work over the CPUs."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def cap_memory(memory_bytes: int) -> None:
    """Cap this process's address space (``RLIMIT_AS``) at ``memory_bytes`` (0: no cap)."""
    if memory_bytes:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def warm_up(initializer: str | None = None) -> None:
    """Make a fresh process's first job cost what its tenth does: import every lesson, draw a
    formula and a plot with Japanese text, answer each command's example once (every lesson's
    code path, its sympy and mpmath caches, its kind of plot), then forget their formulas.

    ``initializer`` names a module imported first (e.g. one that registers extra commands).
    """
    from napier.command_line import parse_line
    from napier.commands import COMMANDS, lesson, visible
    from napier.render import clear_formula_cache
    from napier.render import warm_up as warm_up_rendering

    lessons = visible()  # the registry's own: an initializer's extras are imported, not run
    if initializer:
        import_module(initializer)
    for command in list(COMMANDS.values()):
        lesson(command.answer)
    warm_up_rendering()
    for command in lessons:
        try:
            name, args = parse_line(command.example)
            run_job(name.name, name.prepare(args), "en")
        except UserError:
            log.warning("the example of /%s is refused: %s", command.name, command.example)
    clear_formula_cache()
    # What the imports and the warm-up made lives as long as the process: out of the garbage
    # collector's full passes, which would otherwise fall on the first jobs.
    loaded(collect=True)


def run_job(command: str, request: Any, locale: str) -> tuple[str, Any]:
    """Answer one job: ``("ok", Reply)``, ``("user", UserError)``, ``("memory", None)`` or
    ``("bug", traceback)``; never raises."""
    from napier.commands import answer
    from napier.errors import UserError

    try:
        return ("ok", answer(command, request, locale))
    except UserError as error:
        return ("user", error)
    except MemoryError:
        return ("memory", None)
    except Exception:
        return ("bug", traceback.format_exc())


def run_forked(message: tuple[str, Any, str], timeout: float, memory_bytes: int) -> tuple[str, Any]:
    """Answer one job in a forked child of this process, within the time and memory limits of
    a worker: the child's address space is capped, and it is killed past ``timeout`` seconds
    (``("timeout", None)``); a child that dies reports ``("died", None)``. POSIX only.

    The lesson is imported here first, so the child starts with everything loaded and this
    process pays for the imports once.
    """
    limit_threads()
    from napier.commands import COMMANDS, lesson

    lesson(COMMANDS[message[0]].answer)
    loaded()  # the child collects its own garbage, never this process's modules
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer, write the pickled result, and leave at once
        status = 0
        try:
            os.close(read_end)
            cap_memory(memory_bytes)
            result = run_job(*message)
            try:
                data = pickle.dumps(result)
            except MemoryError:
                data = pickle.dumps(("memory", None))
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return ("timeout", None)
            readable, _, _ = select.select([read_end], [], [], remaining)
            if readable:
                chunk = os.read(read_end, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        os.close(read_end)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if not chunks:
        return ("died", None)
    return pickle.loads(b"".join(chunks))
