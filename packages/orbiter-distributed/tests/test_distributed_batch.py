"""Batch submit (``distributed.many``) and the queue path's reads, on a real Redis with real
worker processes."""

from __future__ import annotations

from typing import Any

import pytest
import redis
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import TaskHandle, distributed
from orbiter.errors import ConfigurationError

ECHO = Agent(name="echo", model="scripted:echo")


async def test_many_submits_every_input_and_keeps_their_order(redis_url: str, spawn: Spawn) -> None:
    spawn("--concurrency", "8")
    inputs = [f"task {i}" for i in range(300)]
    handles = await distributed.many(ECHO, inputs, redis_url=redis_url, metadata={"batch": 1})
    assert len(handles) == len(inputs)
    assert len({h.task_id for h in handles}) == len(inputs)
    outputs = [(await h.result(timeout=60))["output"] for h in handles]
    assert outputs == inputs
    status = await handles[7].status()
    assert status is not None
    assert status.metadata == {"batch": 1}
    for handle in handles:
        await handle.close()


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        (["fine", None, "also fine"], r"inputs\[1\]: nothing to run"),
        (["fine", 5], r"inputs\[1\]: "),
        ("one string", "takes a list of inputs"),
    ],
)
async def test_a_bad_item_fails_the_batch_before_anything_is_queued(
    redis_url: str, inputs: Any, message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        await distributed.many(ECHO, inputs, redis_url=redis_url)
    client = redis.Redis.from_url(redis_url)
    try:
        assert client.dbsize() == 0  # not one task of the batch was written
    finally:
        client.close()


async def test_many_checks_the_shared_arguments_once(redis_url: str) -> None:
    with pytest.raises(ConfigurationError, match=r"inputs\[0\]: timeout=inf"):
        await distributed.many(ECHO, ["a", "b"], redis_url=redis_url, timeout=float("inf"))
    assert await distributed.many(ECHO, [], redis_url=redis_url) == []


async def test_result_reads_the_outcome_once_before_it_waits(
    local_redis: Any, spawn: Spawn
) -> None:
    url = local_redis.url
    worker = spawn(url=url)
    done = await distributed(ECHO, "first", redis_url=url)
    await done.result(timeout=20)
    worker.stop()  # only the client's commands are counted below
    client = redis.Redis.from_url(url)
    try:
        # A finished task: one read of its record, nothing else.
        client.config_resetstat()
        again = TaskHandle.attach(done.task_id, redis_url=url)
        assert (await again.result(timeout=20))["output"] == "first"
        stats = client.info("commandstats")
        reads = {
            k: v["calls"] for k, v in stats.items() if k in ("cmdstat_hmget", "cmdstat_xrevrange")
        }
        assert reads == {"cmdstat_hmget": 1}, stats
    finally:
        client.close()
        await again.close()
        await done.close()
