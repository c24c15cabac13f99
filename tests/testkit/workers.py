"""Worker subprocesses for the distributed tests, and the ``spawn`` fixture that starts them."""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import redis

from testkit.processes import Process, pythonpath


class WorkerProc(Process):
    """A ``python -m orbiter.distributed.worker`` subprocess.

    Args:
        path: folders the worker imports the tests' modules from (its ``PYTHONPATH``).
    """

    def __init__(
        self,
        url: str,
        *args: str,
        worker_id: str,
        path: Sequence[Path] = (),
        env: dict[str, str] | None = None,
    ) -> None:
        self.url = url
        self.worker_id = worker_id
        full_env = dict(os.environ)
        if path:
            full_env["PYTHONPATH"] = pythonpath(*path)
        full_env.update(env or {})
        command = [sys.executable, "-m", "orbiter.distributed.worker", "--redis-url", url]
        command += ["--worker-id", worker_id, "--log-level", "INFO", *args]
        super().__init__(command, env=full_env)

    def wait_ready(self, timeout: float = 15.0, *, url: str | None = None) -> None:
        """Wait until the worker has registered itself in Redis.

        Args:
            url: a plain URL of the same server, for a worker given a ``redis+sentinel://`` one.
        """
        client = plain_client(url or self.url)
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"worker exited early:\n{self.output()}")
                try:
                    if client.zscore("orbiter:workers", self.worker_id) is not None:
                        return
                except redis.ConnectionError:
                    pass
                time.sleep(0.02)
            raise RuntimeError(f"worker not ready in {timeout}s:\n{self.output()}")
        finally:
            client.close()


def plain_client(url: str) -> Any:
    """A synchronous client for ``url``, a cluster client for ``redis+cluster://``."""
    if url.startswith("redis+cluster://"):
        return redis.RedisCluster.from_url(url.replace("+cluster", "", 1))
    return redis.Redis.from_url(url)


_ids = itertools.count()

Spawn = Callable[..., WorkerProc]


@pytest.fixture(name="spawn")
def spawn_fixture(redis_url: str, request: pytest.FixtureRequest) -> Iterator[Spawn]:
    """Start worker subprocesses on the test's database; all are stopped after the test.

    The workers import modules from the test file's folder.
    """
    procs: list[WorkerProc] = []
    folder = Path(str(request.path)).parent

    def start(*args: str, url: str | None = None, ready: bool = True, **env: str) -> WorkerProc:
        w = WorkerProc(
            url or redis_url, *args, worker_id=f"w{next(_ids)}", path=[folder], env=env or None
        )
        procs.append(w)
        if ready:
            w.wait_ready()
        return w

    yield start
    # All at once, so their drains overlap; a worker still stuck in a blocking tool after a few
    # seconds is killed (the test is over, nothing reads it any more).
    for w in procs:
        if w.proc.poll() is None:
            w.proc.terminate()
    for w in procs:
        w.stop(grace=3.0)
