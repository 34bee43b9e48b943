"""Worker processes for CPU work: spawned, time-limited, memory-capped, replaced when killed.

A thread or an asyncio timeout cannot stop a stuck sympy call; killing the process can. Each
worker answers one job at a time over a pipe; the pool hands jobs to idle workers, kills a
worker whose job runs past the time limit and starts a fresh one in its place.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any

from bot.jobs import cap_memory, limit_threads, loading, run_job, warm_up

log = logging.getLogger(__name__)

START_TIMEOUT = 60.0  # seconds a new worker may take to import and warm up
QUEUE_TIMEOUT = 60.0  # seconds a job may wait for a free worker
RESTART_ATTEMPTS = 3
WORKER_NICENESS = 5  # workers yield the CPU to the bot process's event loop


class JobTimeout(Exception):
    """The job ran past the time limit; its worker was killed."""


class WorkerDied(Exception):
    """The worker died during the job (killed by the memory cap or a signal)."""


class PoolClosed(Exception):
    """The pool is shutting down and takes no more work."""


class PoolBusy(Exception):
    """No worker became free within ``QUEUE_TIMEOUT`` (or none could be started)."""


def _die_with_parent(parent: int | None) -> None:
    """Ask Linux to kill this worker when the bot process dies, even by SIGKILL (which runs no
    clean-up): a worker never computes for a process that is gone. (Linux sends the signal
    when the thread that started the worker ends: the pool's threads live until it closes.)"""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        log.debug("prctl(PR_SET_PDEATHSIG) is not available")
    if parent is not None and os.getppid() != parent:  # it died before the request took effect
        os._exit(0)


def _worker_main(
    conn: Connection, memory_bytes: int, initializer: str | None = None, parent: int | None = None
) -> None:
    """The body of a worker process: warm up, then answer jobs until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    _die_with_parent(parent)
    with contextlib.suppress(OSError):
        # The bot process must answer platforms within seconds even when every core computes:
        # on a busy machine the scheduler serves it before the workers.
        os.nice(WORKER_NICENESS)
    loading()
    limit_threads()
    cap_memory(memory_bytes)
    warm_up(initializer)
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        result = run_job(*message)
        try:
            conn.send(result)
        except MemoryError:
            conn.send(("memory", None))
        if result[0] == "memory":
            return  # a process that ran out of memory is not trusted with the next job


class _Worker:
    def __init__(
        self,
        context: multiprocessing.context.SpawnContext,
        memory_bytes: int,
        initializer: str | None = None,
    ) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(child, memory_bytes, initializer, os.getpid()),
            name="napier-worker",
            daemon=True,
        )
        self.process.start()
        child.close()

    def wait_ready(self) -> None:
        if not self.conn.poll(START_TIMEOUT):
            raise WorkerDied("worker did not start in time")
        kind, _ = self.conn.recv()
        if kind != "ready":
            raise WorkerDied(f"worker sent {kind!r} instead of ready")

    def call(self, message: tuple[str, Any, str]) -> tuple[str, Any]:
        """Send a job and wait for its result (blocking; run in a thread)."""
        try:
            self.conn.send(message)
            return self.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as error:
            raise WorkerDied(str(error)) from None

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self, timeout: float = 2.0) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout)
        self.kill()


class WorkerPool:
    """``size`` worker processes (spawn) running jobs with a wall-clock limit each.

    ``initializer``, if given, is a module each worker imports when it starts.
    """

    def __init__(
        self, size: int, timeout: float, memory_mb: int, initializer: str | None = None
    ) -> None:
        self.size = size
        self.initializer = initializer
        self.timeout = timeout
        self.memory_bytes = memory_mb * 1024 * 1024
        self._context = multiprocessing.get_context("spawn")
        self._threads = ThreadPoolExecutor(max_workers=2 * size + 2, thread_name_prefix="napier")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._started = False
        self._workers: set[_Worker] = set()
        self._closing = False
        self._replacing: set[asyncio.Task[None]] = set()
        self.replaced = 0
        self.waiting = 0  # jobs waiting for an idle worker
        self._spawning = 0

    @property
    def idle(self) -> int:
        """Workers waiting for a job right now."""
        return self._idle.qsize() if self._idle is not None else 0

    @property
    def warm(self) -> int:
        """Workers that have warmed up (idle or busy with a job)."""
        return len(self._workers) - self._spawning

    @property
    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.memory_bytes, self.initializer)
        self._spawning += 1
        self._workers.add(worker)
        try:
            worker.wait_ready()
        except Exception:
            self._workers.discard(worker)
            worker.kill()
            raise
        finally:
            self._spawning -= 1
        return worker

    async def start(self) -> None:
        """Start every worker; each takes jobs as soon as it has warmed up. Returns when all
        have (raises if none could start)."""
        if self._started:
            return
        self._started = True
        loop = asyncio.get_running_loop()

        async def one() -> None:
            worker = await loop.run_in_executor(self._threads, self._spawn)
            if self._closing:
                await loop.run_in_executor(self._threads, worker.stop)
                return
            self._idle.put_nowait(worker)

        results = await asyncio.gather(*(one() for _ in range(self.size)), return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        for error in failed:
            log.error("a worker process did not start: %s", error)
        if len(failed) == self.size:
            raise failed[0]
        log.info("started %d worker processes", self.size - len(failed))

    async def run(self, message: tuple[str, Any, str]) -> tuple[str, Any]:
        """Run one job on an idle worker; raise JobTimeout, WorkerDied or PoolClosed."""
        if self._closing:
            raise PoolClosed
        self.waiting += 1
        try:
            worker = await asyncio.wait_for(self._idle.get(), QUEUE_TIMEOUT)
        except TimeoutError:
            raise PoolBusy from None
        finally:
            self.waiting -= 1
        if self._closing:
            self._idle.put_nowait(worker)
            raise PoolClosed
        loop = asyncio.get_running_loop()
        healthy = False
        try:
            call = loop.run_in_executor(self._threads, worker.call, message)
            result = await asyncio.wait_for(call, self.timeout)
            healthy = result[0] != "memory"
            return result
        except TimeoutError:
            raise JobTimeout from None
        except WorkerDied:
            if self._closing:
                raise PoolClosed from None
            raise
        finally:
            if healthy:
                self._idle.put_nowait(worker)
            elif not self._closing:  # when closing, close() stops every worker itself
                # Replaced in the background: the user's answer does not wait for a new worker.
                task = asyncio.create_task(self._replace(worker))
                self._replacing.add(task)
                task.add_done_callback(self._replacing.discard)

    async def _replace(self, worker: _Worker) -> None:
        self._workers.discard(worker)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._threads, worker.kill)
        log.warning("replacing worker %s", worker.process.pid)
        for attempt in range(1, RESTART_ATTEMPTS + 1):
            if self._closing:
                return
            try:
                fresh = await loop.run_in_executor(self._threads, self._spawn)
            except Exception:
                log.exception("could not start a replacement worker (attempt %d)", attempt)
                await asyncio.sleep(attempt)
                continue
            if self._closing:
                await loop.run_in_executor(self._threads, fresh.stop)
                return
            self.replaced += 1
            self._idle.put_nowait(fresh)
            return

    async def close(self) -> None:
        """Stop taking work, stop idle workers, kill busy ones, and wait for them all."""
        self._closing = True
        loop = asyncio.get_running_loop()
        if self._replacing:
            await asyncio.gather(*self._replacing, return_exceptions=True)
        workers = list(self._workers)
        self._workers.clear()
        await asyncio.gather(*(loop.run_in_executor(self._threads, w.stop) for w in workers))
        self._threads.shutdown(wait=False, cancel_futures=True)
        log.info("stopped %d worker processes", len(workers))
