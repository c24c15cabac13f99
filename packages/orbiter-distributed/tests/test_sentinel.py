"""Orbiter on Redis Sentinel: URLs, a run through the sentinels, and a primary killed mid-run.

The failover test counts what a kill -9 of the primary costs, with and without
``ORBITER_WAIT_REPLICAS``; it asserts that nothing acknowledged is lost only with the wait on
(without it, losing a write is a matter of timing, and the counts are printed, not asserted).
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from testkit.sentinel import SentinelSetup, sentinel_setup_fixture  # noqa: F401 (fixture)
from testkit.workers import WorkerProc

from orbiter import Agent
from orbiter.distributed import (
    RedisUnavailableError,
    RedisUrlError,
    TaskHandle,
    TaskNotFoundError,
    distributed,
)
from orbiter.distributed.keys import check_redis_url
from orbiter.distributed.sentinel import parse_sentinel_url
from orbiter.events import TextEvent
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep

HERE = Path(__file__).resolve().parent
_ids = itertools.count()


def test_sentinel_url_parts() -> None:
    url = "rediss+sentinel://ada:s%40cret@h1:5000,h2,[::1]:5002/main/3?sentinel_password=pw"
    parts = parse_sentinel_url(url)
    assert parts.sentinels == (("h1", 5000), ("h2", 26379), ("::1", 5002))
    assert (parts.master, parts.db, parts.tls) == ("main", 3, True)
    assert (parts.username, parts.password) == ("ada", "s@cret")
    assert parts.sentinel_auth == {"password": "pw"}
    assert check_redis_url(url) == url


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("redis+sentinel://h1:26379", "names no master"),
        ("redis+sentinel://h1:x/main", "'x' is not a port number"),
        ("redis+sentinel://h1,,h2/main", "names no sentinel"),
        ("redis+sentinel://h1/main/zero", "/<master name>/<db number>"),
    ],
)
def test_bad_sentinel_urls_say_what_is_wrong(url: str, says: str) -> None:
    with pytest.raises(RedisUrlError, match="not a valid Sentinel URL") as info:
        check_redis_url(url)
    assert says in str(info.value)
    assert "redis+sentinel://[user:password@]host1:port1" in str(info.value)


def start_worker(setup: SentinelSetup, *args: str, **env: str) -> WorkerProc:
    worker = WorkerProc(
        setup.url(), *args, worker_id=f"sw{next(_ids)}", path=[HERE], env=env or None
    )
    worker.wait_ready(url=f"redis://127.0.0.1:{setup.master_port()}/0")
    return worker


def stop_workers(workers: list[WorkerProc]) -> None:
    for w in workers:
        if w.proc.poll() is None:
            w.proc.terminate()
    for w in workers:
        w.stop(grace=3.0)


async def test_submit_stream_and_result_through_sentinels(sentinel_setup: SentinelSetup) -> None:
    worker = start_worker(sentinel_setup, "--concurrency", "2")
    try:
        agent = Agent(name="echo", model="scripted:echo")
        handle = await distributed(agent, "over sentinel", redis_url=sentinel_setup.url())
        texts = [ev.text async for ev in handle.stream() if isinstance(ev, TextEvent)]
        assert texts == ["over sentinel"]
        assert (await handle.result(timeout=10))["output"] == "over sentinel"
        await handle.close()
    finally:
        stop_workers([worker])


def noting_agent(tag: int) -> Agent:
    from failover_support import note_run

    script = ScriptedModel(
        [
            ToolStep(calls=[ScriptedCall(name="note_run", arguments={"tag": str(tag)})]),
            TextStep(text=f"done {tag}"),
        ]
    )
    return Agent(name="noter", model=script, tools=[note_run])


@dataclass
class Counts:
    acknowledged: int = 0
    refused: int = 0
    """Submits that raised during the failover (the caller knows they may not have happened)."""
    completed: int = 0
    lost: list[int] = field(default_factory=list)
    duplicated: list[int] = field(default_factory=list)


async def submit(url: str, tag: int, counts: Counts) -> tuple[int, TaskHandle] | None:
    try:
        handle = await distributed(noting_agent(tag), "go", redis_url=url)
    except RedisUnavailableError:
        counts.refused += 1
        return None
    counts.acknowledged += 1
    return tag, handle


async def outcome(handle: TaskHandle) -> bool:
    """True once the task completed; False when no primary knows it (lost)."""
    while True:
        try:
            await handle.result(timeout=60)
            return True
        except TaskNotFoundError:
            return False
        except RedisUnavailableError:
            await asyncio.sleep(0.2)  # still failing over: ask again, as a caller would


async def run_through_failover(setup: SentinelSetup, log: Path, tasks: int) -> Counts:
    url = setup.url()
    counts = Counts()
    handles: list[tuple[int, TaskHandle]] = []
    killed = False
    for start in range(0, tasks, 20):
        got = await asyncio.gather(*(submit(url, t, counts) for t in range(start, start + 20)))
        handles += [h for h in got if h is not None]
        if not killed and start >= tasks // 3:
            old = setup.master_port()
            setup.node_at(old).stop(kill=True)  # while tasks run and submits go on
            killed = True
    await asyncio.to_thread(setup.wait_failover, old)
    # The old primary comes back empty and the sentinels make it the new primary's replica.
    setup.node_at(old).start()
    await asyncio.to_thread(setup.wait_replicated, 1, 30.0)
    for tag, handle in handles:
        if await outcome(handle):
            counts.completed += 1
        else:
            counts.lost.append(tag)
        await handle.close()
    runs = Counter(int(line) for line in (await asyncio.to_thread(log.read_text)).split())
    acknowledged = {tag for tag, _ in handles}
    counts.duplicated = sorted(t for t, n in runs.items() if n > 1 and t in acknowledged)
    return counts


@pytest.mark.parametrize("wait", [False, True], ids=["no-wait", "wait"])
async def test_failover_mid_run(
    sentinel_setup: SentinelSetup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wait: bool
) -> None:
    log = tmp_path / "runs.log"
    log.touch()
    replicas = "1" if wait else "0"
    monkeypatch.setenv("ORBITER_WAIT_REPLICAS", replicas)
    env = {"FAILOVER_RUN_LOG": str(log), "ORBITER_WAIT_REPLICAS": replicas}
    args = ("--concurrency", "8", "--lease", "2")
    workers = [start_worker(sentinel_setup, *args, **env) for _ in range(2)]
    try:
        counts = await run_through_failover(sentinel_setup, log, tasks=300)
    finally:
        stop_workers(workers)
    print(f"\nfailover, WAIT {'on' if wait else 'off'}: {counts}")
    # The run completes: every acknowledged task either finished or is missing entirely.
    assert counts.completed + len(counts.lost) == counts.acknowledged
    assert counts.acknowledged > 0
    if wait:
        assert counts.lost == [], f"acknowledged tasks lost with WAIT on: {counts.lost}"


async def test_workers_follow_a_failover(sentinel_setup: SentinelSetup) -> None:
    worker = start_worker(sentinel_setup, "--concurrency", "2")
    url = sentinel_setup.url()
    try:
        echo = Agent(name="echo", model="scripted:echo")
        first = await distributed(echo, "before", redis_url=url)
        assert (await first.result(timeout=10))["output"] == "before"
        old = sentinel_setup.master_port()
        sentinel_setup.node_at(old).stop(kill=True)
        new = await asyncio.to_thread(sentinel_setup.wait_failover, old)
        assert new != old
        after = None
        while after is None:  # a submit during the switch may be refused: the caller retries
            try:
                after = await distributed(echo, "after", redis_url=url)
            except RedisUnavailableError:
                await asyncio.sleep(0.2)
        # The same worker process, never restarted, runs the task on the new primary.
        assert (await after.result(timeout=20))["output"] == "after"
        assert worker.proc.poll() is None
        await first.close()
        await after.close()
    finally:
        stop_workers([worker])


async def test_wait_without_replicas_warns_and_keeps_the_task(
    redis_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("ORBITER_WAIT_REPLICAS", "1")
    monkeypatch.setenv("ORBITER_WAIT_TIMEOUT", "0.1")
    handle = await distributed(Agent(name="echo", model="scripted:echo"), "hi", redis_url=redis_url)
    status = await handle.status()
    assert status is not None
    assert status.status == "PENDING"
    assert "only 0 of 1 replicas confirmed it within 100 ms" in caplog.text
    await handle.close()


def test_wait_settings_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    from orbiter.distributed.replication import ReplicaWait
    from orbiter.errors import ConfigurationError

    assert ReplicaWait.from_env() is None  # off unless asked for
    monkeypatch.setenv("ORBITER_WAIT_REPLICAS", "-1")
    with pytest.raises(ConfigurationError, match="ORBITER_WAIT_REPLICAS must be at least 0"):
        ReplicaWait.from_env()
    monkeypatch.setenv("ORBITER_WAIT_REPLICAS", "2")
    monkeypatch.setenv("ORBITER_WAIT_TIMEOUT", "0.25")
    wait = ReplicaWait.from_env()
    assert wait is not None
    assert wait.command == ("WAIT", 2, 250)


async def test_a_switchover_is_followed_past_the_demoted_primary(
    sentinel_setup: SentinelSetup,
) -> None:
    """``SENTINEL FAILOVER`` keeps the old primary up as a replica: writes there get READONLY."""
    import redis as sync_redis

    worker = start_worker(sentinel_setup, "--concurrency", "2")
    url = sentinel_setup.url()
    echo = Agent(name="echo", model="scripted:echo")
    try:
        first = await distributed(echo, "before", redis_url=url)
        assert (await first.result(timeout=10))["output"] == "before"
        old = sentinel_setup.master_port()
        with sync_redis.Redis(port=sentinel_setup.sentinels[0].port) as s:
            s.execute_command("SENTINEL", "FAILOVER", "orbiter")
        await asyncio.to_thread(sentinel_setup.wait_failover, old)
        after = None
        while after is None:
            try:
                after = await distributed(echo, "after", redis_url=url)
            except RedisUnavailableError:
                await asyncio.sleep(0.2)
        assert (await after.result(timeout=20))["output"] == "after"
        assert sentinel_setup.node_at(old).running()  # still up, now a replica
        await first.close()
        await after.close()
    finally:
        stop_workers([worker])
