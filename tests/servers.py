"""Real servers for tests and benchmarks: a throw-away PostgreSQL and Redis on loopback.

``start_postgres()`` runs Debian's ``initdb`` and ``pg_ctl`` in a temporary folder on a free
port and returns a ``Postgres`` whose ``url`` the bot can use; ``stop()`` removes it all. As
root (CI), the server runs as the ``postgres`` system user, since PostgreSQL refuses root.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

MISSING = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin: "
    "install the Debian package 'postgresql' (apt-get install -y postgresql)"
)


def postgres_bin(root: str = "/usr/lib/postgresql") -> Path:
    """The newest installed PostgreSQL's bin folder (RuntimeError naming the package if none)."""
    found = sorted(
        (Path(path).parent for path in glob.glob(f"{root}/*/bin/initdb")),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
    )
    if not found:
        raise RuntimeError(MISSING)
    return found[-1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Postgres:
    """A running server: ``url`` is its ``postgres`` database (user ``napier``, trust auth)."""

    folder: Path
    port: int
    bin: Path
    as_user: str | None
    durable: bool = False
    options: str = ""  # more server settings, e.g. "-c log_statement=all"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+asyncpg://napier@127.0.0.1:{self.port}/{database}"

    def run(self, *command: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return _run(list(command), self.as_user, timeout)

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        self.run(
            str(self.bin / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "napier",
            name,
        )
        return self.url(name)

    def pg_ctl(self, action: str, *options: str) -> None:
        self.run(str(self.bin / "pg_ctl"), action, "-D", str(self.folder / "data"), *options)

    def start(self) -> None:
        settings = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
        settings += "-c max_connections=200"
        if not self.durable:
            # Without fsync a commit is still written to the OS before it is acknowledged, so
            # it survives a crash of PostgreSQL (not of the machine): enough for tests.
            settings += " -c fsync=off -c full_page_writes=off"
        if self.options:
            settings += f" {self.options}"
        self.pg_ctl("start", "-w", "-t", "60", "-l", str(self.folder / "log"), "-o", settings)

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate``: as if it crashed)."""
        self.pg_ctl("stop", "-w", "-t", "60", "-m", mode)

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def log(self) -> str:
        try:
            return (self.folder / "log").read_text(errors="replace")
        except OSError:
            return ""


def _run(
    command: list[str], as_user: str | None, timeout: float
) -> subprocess.CompletedProcess[str]:
    if as_user is not None:
        command = ["runuser", "-u", as_user, "--", *command]
    return subprocess.run(
        command, check=True, capture_output=True, text=True, timeout=timeout, cwd="/"
    )


def start_postgres(durable: bool = False, options: str = "") -> Postgres:
    """Start a PostgreSQL server in a new temporary folder. ``durable`` keeps fsync on (for
    benchmarks); tests run without it, which loses nothing unless the machine itself fails.
    ``options`` adds server settings (``-c name=value …``)."""
    bin_dir = postgres_bin()
    as_user = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="napier-pg-"))
    if as_user is not None:
        try:
            account = pwd.getpwnam(as_user)
        except KeyError as error:
            raise RuntimeError(MISSING + " (no 'postgres' system user)") from error
        os.chown(folder, account.pw_uid, account.pw_gid)
    server = Postgres(folder, free_port(), bin_dir, as_user, durable, options)
    try:
        server.run(
            str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", "napier",
            "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions",
        )  # fmt: skip
        server.start()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        log = server.log()
        shutil.rmtree(folder, ignore_errors=True)
        output = getattr(error, "stderr", "") or ""
        raise RuntimeError(f"PostgreSQL did not start: {output}\n{log}") from error
    return server


REDIS_MISSING = "redis-server not found: install the Debian package 'redis-server'"


@dataclass
class RedisServer:
    """A running ``redis-server``: ``url`` is its database 0; ``maxmemory`` with LRU eviction,
    as a deployment configures it for the reply cache."""

    folder: Path
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_redis(maxmemory: str = "64mb") -> RedisServer:
    """Start ``redis-server`` on a free loopback port in a new temporary folder (no
    persistence), and wait until it answers."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not Path(binary).exists():
        raise RuntimeError(REDIS_MISSING)
    folder = Path(tempfile.mkdtemp(prefix="napier-redis-"))
    port = free_port()
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(folder),
         "--save", "", "--appendonly", "no", "--maxmemory", maxmemory,
         "--maxmemory-policy", "allkeys-lru", "--logfile", str(folder / "log")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder,
    )  # fmt: skip
    server = RedisServer(folder, port, process)
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                if connection.recv(16).startswith(b"+PONG"):
                    return server
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
            server.remove()
            raise RuntimeError(f"redis-server did not start:\n{log}")
        time.sleep(0.05)
