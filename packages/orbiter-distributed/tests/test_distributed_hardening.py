"""A worker's first task, unclosed handles at exit, and a Redis that cannot be used."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from distributed_support import HERE, loop_blocker
from testkit.workers import Spawn, WorkerProc, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, OrbiterError
from orbiter.distributed import (
    EventSubscriber,
    RedisUnavailableError,
    TaskFailedError,
    TaskHandle,
    distributed,
)
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep


def _python(
    code: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(HERE), **(env or {})},
    )


# -- the first task ------------------------------------------------------------------------


def test_worker_is_warmed_up_before_it_claims_anything(redis_url: str) -> None:
    # With an API key set the worker will call that provider: its HTTP client and everything
    # the first request needs are ready before the worker takes its first task.
    out = _python(
        """
        import asyncio, sys
        from orbiter.distributed import Worker

        async def main():
            worker = Worker(sys.argv[1], handle_signals=False)
            serving = asyncio.create_task(worker.run())
            await worker.ready.wait()
            from orbiter.providers._pool import open_client_count
            print("httpx" in sys.modules, "orbiter.providers.openai" in sys.modules,
                  open_client_count())
            worker.stop()
            await serving

        asyncio.run(main())
        """.replace("sys.argv[1]", repr(redis_url)),
        env={"OPENAI_API_KEY": "sk-test"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True", "1"]


async def test_leases_lapsing_under_live_workers_are_reported_as_such(
    redis_url: str, spawn: Spawn
) -> None:
    # Each attempt blocks its worker's event loop for longer than the lease, so the other
    # worker takes the task over, twice; the workers never stop.
    args = ("--lease-seconds", "0.3", "--max-attempts", "2")
    workers = [spawn(*args), spawn(*args)]
    script = ScriptedModel(
        [
            ToolStep(calls=[ScriptedCall(name="loop_blocker", arguments={"seconds": 1.5})]),
            TextStep(text="never"),
        ]
    )
    agent = Agent(name="blocker", model=script, tools=[loop_blocker])
    handle = await distributed(agent, "x", redis_url=redis_url)
    with pytest.raises(TaskFailedError) as failed:
        await handle.result(timeout=30)
    message = str(failed.value)
    assert "gave up after 2 attempts" in message
    assert "0.3s lease lapsed 2 time(s)" in message
    assert "its worker was alive" in message  # not "the worker stopped": they never did
    assert "ORBITER_LEASE_SECONDS" in message
    assert all(w.proc.poll() is None for w in workers)
    # And each worker says why, in its log.
    assert any("heartbeat" in w.output() and "late" in w.output() for w in workers)
    await handle.close()


# -- handles left open -----------------------------------------------------------------------


def test_a_script_that_never_closes_its_handle_leaks_no_connection(
    redis_url: str, spawn: Spawn
) -> None:
    spawn()
    out = _python(
        f"""
        import asyncio
        from orbiter import Agent
        from orbiter.distributed import EventSubscriber, distributed

        async def main():
            handle = await distributed(Agent(name="a", model="scripted:echo"), "hi",
                                       redis_url={redis_url!r})
            print((await handle.result(timeout=20))["output"])
            events = [e async for e in handle.stream()]
            subscriber = EventSubscriber({redis_url!r})
            await subscriber.connect()
            print(len(events) > 0)

        asyncio.run(main())
        """,
        "-X",
        "dev",
        "-W",
        "error::ResourceWarning",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-1] == "True"
    assert "ResourceWarning" not in out.stderr
    assert "unclosed" not in out.stderr


# -- a Redis that cannot be used ---------------------------------------------------------------


def _check_clear(exc: BaseException, shown: str) -> None:
    assert isinstance(exc, RedisUnavailableError)
    assert isinstance(exc, OrbiterError)
    assert isinstance(exc, ConnectionError)  # existing `except ConnectionError` still works
    message = str(exc)
    assert shown in message
    assert "secret" not in message


async def test_unreachable_redis_is_a_clear_error() -> None:
    url = "redis://user:secret@127.0.0.1:1/0"  # nothing listens on port 1
    agent = Agent(name="a", model="scripted:echo")
    subscriber = EventSubscriber(url)
    handle = TaskHandle.attach("0" * 32, redis_url=url)
    # The three at once: each gives up after the same few seconds of retrying.
    outcomes = await asyncio.gather(
        distributed(agent, "hi", redis_url=url),
        handle.result(),
        subscriber.connect(),
        return_exceptions=True,
    )
    for exc in outcomes:
        assert isinstance(exc, BaseException), exc
        _check_clear(exc, "redis://user:***@127.0.0.1:1/0")
        assert "cannot connect to Redis" in str(exc)
        assert "orbiter dev" in str(exc)
        assert "ORBITER_REDIS_URL" in str(exc)
    await handle.close()
    await subscriber.close()


async def test_missing_database_is_a_clear_error(redis_url: str) -> None:
    base = redis_url.rsplit("/", 1)[0]
    url = f"{base}/99"  # the server has 16 databases
    with pytest.raises(RedisUnavailableError) as raised:
        await distributed(Agent(name="a", model="scripted:echo"), "hi", redis_url=url)
    _check_clear(raised.value, "has no database 99")
    assert "redis://localhost:6379/0" in str(raised.value)  # an example of a good URL
    subscriber = EventSubscriber(url)
    with pytest.raises(RedisUnavailableError, match="has no database 99"):
        await subscriber.connect()
    await subscriber.close()
    # A worker pointed at it says so and exits, instead of retrying forever.
    worker = WorkerProc(url, worker_id="nodb")
    try:
        code = await asyncio.to_thread(worker.proc.wait, 30)
        assert code == 1
        assert "has no database 99" in worker.output()
    finally:
        worker.stop()
    _ = Path
