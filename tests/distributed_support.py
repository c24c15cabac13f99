"""Helpers for the distributed tests: worker subprocesses, and tools workers can import."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

HERE = Path(__file__).resolve().parent


async def sleepy(seconds: float) -> str:
    """A tool that takes a while (async)."""
    await asyncio.sleep(seconds)
    return f"slept {seconds}"


def blocking_sleepy(seconds: float) -> str:
    """A tool that blocks its thread for a while (sync)."""
    time.sleep(seconds)
    return f"slept {seconds}"


async def loop_blocker(seconds: float) -> str:
    """A badly written async tool: it blocks the worker's event loop for a while."""
    time.sleep(seconds)  # noqa: ASYNC251 (blocking the loop is the point)
    return f"blocked {seconds}"


class WorkerProc:
    """A ``python -m orbiter.distributed.worker`` subprocess."""

    def __init__(self, url: str, *args: str, worker_id: str, env: dict[str, str] | None = None):
        self.url = url
        self.worker_id = worker_id
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed in stop())
            prefix=f"orbiter-{worker_id}-", suffix=".log", delete=False
        )
        full_env = {**os.environ, "PYTHONPATH": str(HERE), **(env or {})}
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "orbiter.distributed.worker",
                "--redis-url",
                url,
                "--worker-id",
                worker_id,
                "--log-level",
                "INFO",
                *args,
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=full_env,
        )

    def wait_ready(self, timeout: float = 15.0) -> None:
        client = redis.Redis.from_url(self.url)
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

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")

    def signal(self, sig: int = signal.SIGTERM) -> None:
        self.proc.send_signal(sig)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)


async def eventually(
    check: Callable[[], Awaitable[Any]],
    within: float = 10.0,
    interval: float = 0.02,
) -> Any:
    """Wait until ``await check()`` is truthy; return it."""
    deadline = time.monotonic() + within
    while True:
        value = await check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {within}s (last value {value!r})")
        await asyncio.sleep(interval)


_ids = itertools.count()

Spawn = Callable[..., WorkerProc]


@pytest.fixture(name="spawn")
def spawn_fixture(redis_url: str) -> Iterator[Spawn]:
    """Start worker subprocesses on the test's database; all are stopped after the test."""
    procs: list[WorkerProc] = []

    def start(*args: str, url: str | None = None, ready: bool = True, **env: str) -> WorkerProc:
        w = WorkerProc(url or redis_url, *args, worker_id=f"w{next(_ids)}", env=env or None)
        procs.append(w)
        if ready:
            w.wait_ready()
        return w

    yield start
    for w in procs:
        w.stop()
