"""Redis state a worker cannot use: refused writes, corrupted or overwritten task records.

Each task fails once, with the real cause, and its tool never runs a second time.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import redis.asyncio as aredis
from redis.exceptions import ResponseError
from testkit.processes import until as eventually
from testkit.workers import Spawn, WorkerProc, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import (
    TaskFailedError,
    TaskHandle,
    TaskRecordCorruptedError,
    distributed,
)
from orbiter.distributed.keys import GROUP, Keys
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep

KEYS = Keys()
QUEUE = KEYS.queue("default")


def count_and_wait(counter: str, go: str) -> str:
    """Note one call in ``counter``, then wait (in its thread) until the file ``go`` exists."""
    with open(counter, "a") as f:
        f.write("x")
    for _ in range(1500):
        if Path(go).exists():
            return "went"
        time.sleep(0.02)
    return "gave up waiting"


def counting_agent(tmp_path: Path) -> Agent:
    script = ScriptedModel(
        [
            ToolStep(
                calls=[
                    ScriptedCall(
                        name="count_and_wait",
                        arguments={"counter": str(tmp_path / "calls"), "go": str(tmp_path / "go")},
                    )
                ]
            ),
            TextStep(text="done"),
        ]
    )
    return Agent(name="counter", model=script, tools=[count_and_wait])


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[aredis.Redis]:
    r = aredis.Redis.from_url(redis_url)
    yield r
    await r.aclose()


async def started(tmp_path: Path) -> None:
    """Wait until the tool is running."""

    async def called() -> bool:
        return (tmp_path / "calls").exists()

    await eventually(called, within=20)


async def nothing_left_to_run(r: aredis.Redis) -> None:
    """The task's queue entry is gone: no worker can run it again."""
    assert await r.xlen(QUEUE) == 0
    assert (await r.xpending(QUEUE, GROUP))["pending"] == 0


def said(worker: WorkerProc, text: str) -> list[str]:
    return [line for line in worker.output().splitlines() if text in line]


async def said_once(worker: WorkerProc, text: str) -> str:
    """The one line of the worker's log that contains ``text`` (waiting for it to be written)."""

    async def lines() -> list[str]:
        return said(worker, text)

    found = await eventually(lines, within=20)
    assert len(found) == 1, found
    return str(found[0])


# -- Redis refuses writes ----------------------------------------------------------------------


async def test_refused_writes_fail_the_task_once_and_never_rerun_it(
    local_redis, spawn: Spawn, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    url = local_redis.url
    worker = spawn("--lease-seconds", "1", url=url)
    r = aredis.Redis.from_url(url)
    try:
        handle = await distributed(counting_agent(tmp_path), "x", redis_url=url)
        await started(tmp_path)
        await r.config_set("maxmemory-policy", "noeviction")
        await r.config_set("maxmemory", 1)  # every write that needs memory is refused now
        (tmp_path / "go").touch()
        with pytest.raises(TaskFailedError) as failed:
            await handle.result(timeout=30)
        message = str(failed.value)
        assert "Redis refused to store the events or the outcome of task" in message
        assert "OOM command not allowed" in message  # Redis's own reason
        assert "It is not run again" in message
        assert "maxmemory" in message
        assert "lease" not in message
        assert "blocked" not in message
        assert failed.value.error_type == "RedisWriteRefused"
        await nothing_left_to_run(r)
        await r.config_set("maxmemory", 0)
        record = await handle.status()
        assert record is not None
        assert record.status == "FAILED"
        assert (tmp_path / "calls").read_text() == "x"
        await said_once(worker, "refused to store")
        assert not said(worker, "lease lost")
        await handle.close()
    finally:
        await r.aclose()


# -- corrupted and overwritten records -----------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [
        ("status", "BOGUS", 'field status holds "BOGUS", not a task status'),
        ("attempt", "two", 'field attempt holds "two", not a whole number'),
    ],
)
async def test_corrupted_record_of_a_waiting_task_fails_it_naming_key_and_field(
    redis_url: str, spawn: Spawn, client: aredis.Redis, field: str, value: str, why: str
) -> None:
    handle = await distributed(Agent(name="a", model="scripted:echo"), "hi", redis_url=redis_url)
    key = KEYS.task(handle.task_id)
    await client.hset(key, field, value)
    with pytest.raises(TaskRecordCorruptedError, match=f"{key}.*{field}"):
        await TaskHandle.attach(handle.task_id, redis_url=redis_url).status()
    worker = spawn()
    with pytest.raises(TaskFailedError) as failed:
        await handle.result(timeout=20)
    assert f"task record {key} is corrupted: {why}" in str(failed.value)
    assert failed.value.error_type == "TaskRecordCorrupted"
    # The record reads again, and says why the task failed.
    record = await handle.status()
    assert record is not None
    assert record.status == "FAILED"
    assert why in (record.error or "")
    await nothing_left_to_run(client)
    await said_once(worker, "is corrupted")
    assert not said(worker, "arithmetic")
    await handle.close()


async def test_corrupted_record_of_a_running_task_fails_it_once(
    redis_url: str, spawn: Spawn, client: aredis.Redis, tmp_path: Path
) -> None:
    worker = spawn("--lease-seconds", "1")
    handle = await distributed(counting_agent(tmp_path), "x", redis_url=redis_url)
    await started(tmp_path)
    key = KEYS.task(handle.task_id)
    await client.hset(key, "attempt", "1x")
    with pytest.raises(TaskFailedError) as failed:
        await handle.result(timeout=20)
    assert f'task record {key} is corrupted: field attempt holds "1x"' in str(failed.value)
    (tmp_path / "go").touch()
    await nothing_left_to_run(client)
    assert (tmp_path / "calls").read_text() == "x"
    await said_once(worker, "is corrupted")
    assert not said(worker, "lease lost")
    await handle.close()


async def test_record_overwritten_with_another_type_is_reported_once(
    redis_url: str, spawn: Spawn, client: aredis.Redis, tmp_path: Path
) -> None:
    worker = spawn("--lease-seconds", "1")
    handle = await distributed(counting_agent(tmp_path), "x", redis_url=redis_url)
    await started(tmp_path)
    key = KEYS.task(handle.task_id)
    await client.delete(key)
    await client.set(key, "not a task record")
    line = await said_once(worker, "WRONGTYPE")
    assert key in line
    assert "lease" not in line
    assert "blocked" not in line
    (tmp_path / "go").touch()
    await nothing_left_to_run(client)
    # Only the events stream is left to tell readers how the task ended.
    events = await client.xrange(KEYS.events(handle.task_id))
    assert b"WRONGTYPE" in events[-1][1][b"end"]
    assert (tmp_path / "calls").read_text() == "x"
    assert not said(worker, "lease lost")
    await handle.close()


async def test_garbage_heartbeat_of_a_dead_worker_does_not_stop_reclaiming(
    redis_url: str, spawn: Spawn, client: aredis.Redis
) -> None:
    handle = await distributed(Agent(name="a", model="scripted:echo"), "hi", redis_url=redis_url)
    # A worker that took the task and died, leaving a registry entry with a garbled heartbeat.
    with contextlib.suppress(ResponseError):
        await client.xgroup_create(QUEUE, GROUP, id="0", mkstream=True)
    assert await client.xreadgroup(GROUP, "ghost", {QUEUE: ">"}, count=1)
    await client.hset(KEYS.worker("ghost"), mapping={"heartbeat": "garbage", "pid": "1"})
    worker = spawn("--lease-seconds", "0.5")
    result = await handle.result(timeout=20)
    assert result["output"] == "hi"
    assert not said(worker, "Traceback")
    await handle.close()


async def test_overwritten_record_of_a_waiting_task_is_dead_lettered_with_the_reason(
    redis_url: str, spawn: Spawn, client: aredis.Redis
) -> None:
    handle = await distributed(Agent(name="a", model="scripted:echo"), "hi", redis_url=redis_url)
    key = KEYS.task(handle.task_id)
    await client.delete(key)
    await client.set(key, "not a task record")
    worker = spawn()
    line = await said_once(worker, "cannot be read")
    assert key in line
    assert "WRONGTYPE" in line
    dead = await client.xrange(KEYS.dead("default"))
    assert len(dead) == 1
    assert key.encode() in dead[0][1][b"reason"]
    await nothing_left_to_run(client)
    await handle.close()
