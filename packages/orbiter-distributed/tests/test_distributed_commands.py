"""What a task costs Redis, counted by the server: the commands each state change sends.

A change that adds a command to every task shows up here (docs/benchmarks.md lists what each
one is for), and so does one that drops a check a rare case needs (a retried submit, a task
that waited long in its queue).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis as sync_redis
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import distributed
from orbiter.distributed._lua import run_many
from orbiter.distributed.connection import connect
from orbiter.distributed.keys import DEFAULT_PENDING_TTL, Keys
from orbiter.distributed.queue import RedisQueue, resent, submit_call
from orbiter.distributed.records import pending_record

ECHO = Agent(name="echo", model="scripted:echo")
TASKS = 30

# Per one-step task, client and worker together (docs/benchmarks.md says what each is for).
PER_TASK = {
    "evalsha": 3,  # submit, start, complete
    "hmget": 3,  # the client's one look before it blocks, start's read, complete's read
    "hset": 3,  # the record at submit, start and finish
    "expire": 3,  # the record at submit and finish, the events stream
    "xadd": 3,  # the queue entry, the text event, the end marker
    "publish": 1,
    "xack": 1,
    "xdel": 1,
}


@pytest.fixture
async def queue(redis_url: str) -> AsyncIterator[RedisQueue]:
    redis = connect(redis_url)
    q = RedisQueue(redis, Keys(), "cmds")
    await q.ensure_group()
    yield q
    await redis.aclose()


def _record(created_at: float) -> list[Any]:
    return pending_record(
        queue="cmds", name="a", kind="agent", created_at=created_at, timeout=60.0,
        metadata=b"{}",
    )  # fmt: skip


async def test_a_one_step_task_sends_the_listed_commands_and_no_others(
    local_redis: Any, spawn: Spawn
) -> None:
    url = f"{local_redis.url}/0"
    spawn(url=url)
    warm = await distributed(ECHO, "warm", redis_url=url)  # scripts loaded, connections made
    await warm.result(timeout=30)
    await warm.close()
    client = sync_redis.Redis.from_url(url)
    try:
        client.config_resetstat()
        for i in range(TASKS):
            handle = await distributed(ECHO, f"task {i}", redis_url=url)
            assert (await handle.result(timeout=30))["output"] == f"task {i}"
            await handle.close()
        stats = client.info("commandstats")
    finally:
        client.close()
    calls = {name.removeprefix("cmdstat_"): int(s["calls"]) for name, s in stats.items()}
    for command, each in PER_TASK.items():
        # A heartbeat of the worker's may fall in the run: a few commands of its own.
        assert each * TASKS <= calls.get(command, 0) <= each * TASKS + 3, (command, calls)
    # A first submit does not look for an earlier try; a task without a checkpoint has none
    # to delete when it ends.
    assert calls.get("exists", 0) == 0, calls
    assert calls.get("hdel", 0) == 0, calls


async def test_a_resent_submit_keeps_the_one_task(queue: RedisQueue) -> None:
    task_id = uuid.uuid4().hex
    call = submit_call(queue.keys, "cmds", task_id, time.time(), b"{}", "", _record(time.time()))
    [first] = await run_many(queue.redis, [call])
    # The client could not tell whether its first try got through: it tries again.
    [again] = await run_many(queue.redis, [resent(call)])
    assert again == first
    assert await queue.redis.xlen(queue.key) == 1


async def _start(q: RedisQueue, task_id: str) -> list[bytes]:
    entries = await q.claim("tester", 1, 1000)
    assert entries, "nothing was delivered"
    reply: list[bytes] = (
        await q.run([q.start_call(entries[0][0], task_id, "tester", repr(time.time()))])
    )[0]
    assert reply[:2] == [b"run", b"1"]
    return reply


@pytest.mark.parametrize(("queued_for", "renewed"), [(10.0, False), (2 * 3600.0, True)])
async def test_a_start_renews_the_record_ttl_of_a_task_that_waited_long(
    queue: RedisQueue, queued_for: float, renewed: bool
) -> None:
    task_id = uuid.uuid4().hex
    created = time.time() - queued_for
    call = submit_call(queue.keys, "cmds", task_id, created, b"{}", "", _record(created))
    await run_many(queue.redis, [call])
    key = queue.keys.task(task_id)
    # Stand-in for the TTL a long wait in the queue used up.
    await queue.redis.expire(key, 1000)
    await _start(queue, task_id)
    ttl = await queue.redis.ttl(key)
    if renewed:
        assert ttl > DEFAULT_PENDING_TTL - 60
    else:
        # Submitted seconds ago, its record still has (nearly) all of its TTL: left alone.
        assert 0 < ttl <= 1000
