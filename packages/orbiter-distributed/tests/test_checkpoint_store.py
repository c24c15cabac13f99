"""The worker's side of step checkpoints on a real server: a checkpoint is stored in the script
call of the events before it, the next attempt's start script hands it out, and readers drop
what an earlier attempt wrote after it."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator

import pytest

from orbiter.distributed import TaskHandle
from orbiter.distributed._lua import run_many
from orbiter.distributed._writer import EventWriter, Stream
from orbiter.distributed.checkpoints import supersede_earlier
from orbiter.distributed.connection import connect
from orbiter.distributed.executor import TaskSpec
from orbiter.distributed.keys import Keys
from orbiter.distributed.queue import RedisQueue, submit_call
from orbiter.distributed.records import pending_record
from orbiter.events import TextEvent, encode_event


@pytest.fixture
async def queue(redis_url: str) -> AsyncIterator[RedisQueue]:
    redis = connect(redis_url)
    q = RedisQueue(redis, Keys(), "ckpt")
    await q.ensure_group()
    yield q
    await redis.aclose()


async def _start(q: RedisQueue, task_id: str) -> tuple[bytes, list[bytes]]:
    """Deliver the task's entry to this test and run the start script: (entry, its reply)."""
    entries = await q.claim("tester", 1, 1000)
    assert entries, "nothing was delivered"
    entry_id = entries[0][0]
    reply = (await q.run([q.start_call(entry_id, task_id, "tester", repr(time.time()))]))[0]
    return entry_id, reply


async def _flushed(q: RedisQueue, task_id: str, count: int) -> None:
    for _ in range(500):
        seq = await q.redis.hget(q.keys.task(task_id), "seq")
        if seq is not None and int(seq) == count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"the writer did not write {count} events")


def _text(i: int) -> bytes:
    return encode_event(TextEvent(agent_name="a", text=str(i), attempt=1))


async def test_the_next_attempt_resumes_from_the_checkpoint_and_readers_drop_the_rest(
    queue: RedisQueue, redis_url: str
) -> None:
    task_id = uuid.uuid4().hex
    record = pending_record(
        queue="ckpt", name="a", kind="agent", created_at=time.time(), timeout=60.0,
        metadata=b"{}",
    )  # fmt: skip
    await run_many(
        queue.redis, [submit_call(queue.keys, "ckpt", task_id, time.time(), b"{}", "", record)]
    )
    entry_id, reply = await _start(queue, task_id)
    # START answers run, attempt, retries, then the stored state: none on a first start.
    assert reply == [b"run", b"1", b"0", b"", b""]

    broken: list[str] = []
    writer = EventWriter(queue, on_lost=broken.append, on_broken=lambda t, w: broken.append(t))
    writer.start()
    try:
        stream = Stream(task_id, entry_id, 1)
        # A checkpoint taken after its step's events were written goes out on its own.
        writer.emit(stream, _text(-1))
        await _flushed(queue, task_id, 1)
        writer.checkpoint(stream, b'{"steps":1}')
        for _ in range(500):
            if await queue.redis.hget(queue.keys.task(task_id), "checkpoint"):
                break
            await asyncio.sleep(0.01)
        rec = await queue.redis.hgetall(queue.keys.task(task_id))
        assert rec[b"checkpoint"] == b'{"steps":1}'
        assert rec[b"checkpoint_at"] == rec[b"last"]
        # More events than one script call takes (1,000), then the checkpoint, then the cut-off
        # step's first events, all in one turn of the writer.
        for i in range(2500):
            writer.emit(stream, _text(i))
        writer.checkpoint(stream, b'{"steps":2}')
        for i in range(2500, 2510):
            writer.emit(stream, _text(i))
        await _flushed(queue, task_id, 2511)
    finally:
        await writer.stop()
    assert broken == []
    rec = await queue.redis.hgetall(queue.keys.task(task_id))
    assert rec[b"checkpoint"] == b'{"steps":2}'
    at = rec[b"checkpoint_at"]
    covered = await queue.redis.xrange(queue.keys.events(task_id), min=at, max=at)
    assert covered[0][1][b"e"] == _text(2499)  # the last event before the checkpoint

    # The worker dies; the entry is delivered again and the start script hands out the state.
    await queue.redis.xclaim(queue.key, "workers", "tester", 0, [entry_id])
    reply = (await queue.run([queue.start_call(entry_id, task_id, "tester", "1")]))[0]
    assert reply == [b"run", b"2", b"0", b'{"steps":2}', b""]
    spec = TaskSpec(
        task_id=task_id, attempt=2, queue="ckpt", worker_id="tester", target=b"{}", input=None,
        messages=None, detailed=False, timeout=60.0, checkpoint=reply[3],
    )  # fmt: skip
    await supersede_earlier(queue, spec, Stream(task_id, entry_id, 2))

    handle = TaskHandle.attach(task_id, redis_url=redis_url)
    follower = handle.follower()
    entries = follower.entries()
    batch = await anext(entries)
    await entries.aclose()
    texts = [e.text for e in follower.events(batch) if isinstance(e, TextEvent)]
    assert texts == [str(i) for i in range(-1, 2500)]  # 2500..2509 were cut off: dropped
    await handle.close()
