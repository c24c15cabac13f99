"""The client side under bad input and bad luck: cursors, vanished or corrupted tasks, submit
values a worker could not decode, Redis outages, TLS mismatches and reused handles."""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aioredis
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, OrbiterError
from orbiter.distributed import (
    EventSubscriber,
    RedisUnavailableError,
    RedisUrlError,
    TaskHandle,
    TaskNotFoundError,
    WrongEventLoopError,
    distributed,
)
from orbiter.distributed import events as events_module
from orbiter.distributed import handle as handle_module
from orbiter.distributed.admin import Admin
from orbiter.errors import ConfigurationError, SerializationError
from orbiter.events import StreamEvent

ECHO = Agent(name="echo", model="scripted:echo")


async def _all(events: AsyncIterator[StreamEvent], within: float = 15) -> list[StreamEvent]:
    async with asyncio.timeout(within):
        return [e async for e in events]


@pytest.fixture
def quick_recheck(monkeypatch: pytest.MonkeyPatch) -> None:
    """Readers look at Redis again after 0.2 s of silence instead of 5 s."""
    monkeypatch.setattr(events_module, "RECHECK_SECONDS", 0.2)
    monkeypatch.setattr(handle_module, "RECHECK_SECONDS", 0.2)


# -- cursors ----------------------------------------------------------------------------------


async def test_a_cursor_at_or_past_the_end_of_a_finished_task_ends_the_stream(
    redis_url: str, spawn: Spawn
) -> None:
    spawn()
    handle = await distributed(ECHO, "hi", redis_url=redis_url, detailed=True)
    await handle.result(timeout=20)
    events = await _all(handle.stream())
    last = events[-1].position
    assert last is not None
    ms = int(last.split("-")[0])
    subscriber = EventSubscriber(redis_url)
    await subscriber.connect()
    for cursor in (last, f"{ms + 1}-0", f"{ms + 10**9}", "18446744073709551615-0"):
        assert await _all(handle.stream(after=cursor)) == []
        assert await _all(subscriber.replay(handle.task_id, after=cursor)) == []
    # And one before the end still gives the rest.
    assert [e.position for e in await _all(handle.stream(after=events[-2].position))] == [last]
    await subscriber.close()
    await handle.close()


async def test_a_cursor_past_the_end_of_a_running_task_ends_when_the_task_does(
    redis_url: str, spawn: Spawn
) -> None:
    handle = await distributed(ECHO, "hi", redis_url=redis_url)  # no worker yet
    future = "18446744073709551615-0"
    streaming = asyncio.create_task(_all(handle.stream(after=future), within=30))
    await asyncio.sleep(0)  # it is reading before the task runs
    spawn()
    await handle.result(timeout=20)
    assert await streaming == []
    await handle.close()


@pytest.mark.parametrize(
    "cursor", ["garbage", "", "-1", "12-", "1-2-3", "1.5", "99999999999999999999-0"]
)
async def test_a_cursor_that_is_not_a_position_is_refused(redis_url: str, cursor: str) -> None:
    handle = await distributed(ECHO, "hi", redis_url=redis_url)
    subscriber = EventSubscriber(redis_url)
    await subscriber.connect()
    readers = [
        lambda: handle.stream(after=cursor),
        lambda: subscriber.replay(handle.task_id, after=cursor),
        lambda: subscriber.subscribe(handle.task_id, after=cursor),
    ]
    for make in readers:
        with pytest.raises(ConfigurationError) as refused:
            await _all(make())
        assert repr(cursor) in str(refused.value)
        assert "'1732250000000-0'" in str(refused.value)  # the expected form
    with pytest.raises(ConfigurationError, match="not an event position"):
        handle.follower(after=cursor)
    await subscriber.close()
    await handle.close()


# -- vanished and corrupted tasks -----------------------------------------------------------


async def test_readers_end_when_the_task_vanishes_from_redis(
    redis_url: str, quick_recheck: None
) -> None:
    handle = await distributed(ECHO, "hi", redis_url=redis_url)  # no worker: it stays PENDING
    streaming = asyncio.create_task(_all(handle.stream()))
    waiting = asyncio.create_task(handle.result(timeout=15))
    await asyncio.sleep(0)  # both are reading before the keys go
    client = aioredis.Redis.from_url(redis_url)
    await client.flushdb()
    await client.aclose()
    with pytest.raises(TaskNotFoundError, match="disappeared while it was being read"):
        await streaming
    with pytest.raises(TaskNotFoundError, match=handle.task_id):
        await waiting
    await handle.close()


async def _fake_task(
    redis_url: str, entries: list[tuple[str, bytes]], record: dict[str, Any]
) -> str:
    """A task written straight into Redis (as a worker of another version, or damage, would)."""
    task_id = "f" * 32
    client = aioredis.Redis.from_url(redis_url)
    await client.hset(f"orbiter:task:{task_id}", mapping=record)
    for field, value in entries:
        await client.xadd(f"orbiter:events:{task_id}", {field: value})
    await client.aclose()
    return task_id


async def test_an_undecodable_event_is_skipped_and_reported_once(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    task_id = await _fake_task(
        redis_url,
        [
            ("e", b'{"type":"text","text":"one"}'),
            ("e", b"{not json"),
            ("e", b'{"type":"no-such-event"}'),
            ("e", b'{"type":"text","text":"two"}'),
            ("end", b'{"status":"COMPLETED","result":{"output":"onetwo"}}'),
        ],
        {"status": "COMPLETED"},
    )
    handle = TaskHandle.attach(task_id, redis_url=redis_url)
    with caplog.at_level(logging.WARNING, logger="orbiter.distributed"):
        texts = [getattr(e, "text", None) for e in await _all(handle.stream())]
        subscriber = EventSubscriber(redis_url)
        await subscriber.connect()
        replayed = await _all(subscriber.replay(task_id))
        await subscriber.close()
    assert texts == ["one", "two"]
    assert len(replayed) == 2
    skipped = [r.getMessage() for r in caplog.records if "cannot be decoded" in r.getMessage()]
    assert len(skipped) == 2  # once per reader, not once per bad entry
    assert task_id in skipped[0]
    assert "-" in skipped[0].split("skipped event ")[1].split()[0]  # the entry id
    assert await handle.result(timeout=5) == {"output": "onetwo"}
    await handle.close()


async def test_an_undecodable_end_marker_falls_back_to_the_task_record(redis_url: str) -> None:
    task_id = await _fake_task(
        redis_url,
        [("e", b'{"type":"text","text":"one"}'), ("end", b"\xff garbage")],
        {"status": "COMPLETED", "result": b'{"output":"from the record"}'},
    )
    handle = TaskHandle.attach(task_id, redis_url=redis_url)
    assert len(await _all(handle.stream())) == 1
    assert await handle.result(timeout=5) == {"output": "from the record"}
    await handle.close()


# -- values a worker could not decode --------------------------------------------------------


BAD_SUBMITS: list[tuple[dict[str, Any], str]] = [
    ({"timeout": math.inf}, "timeout=inf"),
    ({"timeout": -math.inf}, "timeout=-inf"),
    ({"timeout": math.nan}, "timeout=nan"),
    ({"timeout": "5"}, "timeout='5'"),
    ({"timeout": True}, "timeout=True"),
    ({"timeout": None}, "timeout=None"),
    ({"timeout": 0}, "positive number"),
    ({"timeout": -1.5}, "positive number"),
    ({"detailed": "yes"}, "detailed='yes'"),
    ({"detailed": 1}, "detailed=1"),
    ({"metadata": {"score": math.nan}}, "metadata['score'] is nan"),
    ({"metadata": {"a": [{1: "one"}]}}, "metadata['a'][0] has the key 1"),
    ({"metadata": {"obj": object()}}, "cannot be encoded as JSON"),
    ({"metadata": ["a", "b"]}, "metadata must be a mapping"),
    ({"messages": [{"role": "nobody", "content": "x"}]}, "messages cannot be sent"),
    ({"messages": "hello"}, "messages cannot be sent"),
    ({"input": "\ud800"}, "cannot be encoded as JSON"),
    ({"queue": "two words"}, "cannot name a queue"),
    ({"queue": "line\nbreak"}, "cannot name a queue"),
    ({"queue": 7}, "cannot name a queue"),
    ({"signing_key": ""}, "signing_key must be a non-empty"),
    ({"signing_key": 1234}, "signing_key must be a non-empty"),
]


@pytest.mark.parametrize(("kwargs", "shown"), BAD_SUBMITS, ids=[s for _, s in BAD_SUBMITS])
async def test_values_a_worker_cannot_decode_fail_at_submit(
    redis_url: str, kwargs: dict[str, Any], shown: str
) -> None:
    args = {"input": "hi", **kwargs}
    with pytest.raises((ConfigurationError, SerializationError)) as refused:
        await distributed(ECHO, redis_url=redis_url, **args)
    assert isinstance(refused.value, OrbiterError)
    assert shown in str(refused.value)
    client = aioredis.Redis.from_url(redis_url)
    assert await client.dbsize() == 0  # nothing was queued
    await client.aclose()


async def test_submitted_values_reach_the_record_as_the_worker_reads_them(redis_url: str) -> None:
    handle = await distributed(
        ECHO, "hi", redis_url=redis_url, timeout=5, metadata={"n": 1, "tags": ("a", "b")}
    )
    record = await handle.status()
    assert record is not None
    assert record.timeout == 5.0
    assert record.metadata == {"n": 1, "tags": ["a", "b"]}
    await handle.close()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://localhost:6379", "not a Redis URL: 'http://localhost:6379' (scheme 'http')"),
        ("localhost:6379", "(scheme 'localhost')"),
        ("redis://ana:s3cret@localhost:port/0", "'redis://ana:***@localhost:port/0'"),
        ("redis://localhost:6379/abc", "database 'abc' is not a number"),
        ("redis:///0", "names no host"),
        ("redis://[::1", "not a valid Redis URL"),
        (6379, "must be a string"),
    ],
)
async def test_a_malformed_redis_url_is_a_clear_error(url: Any, shown: str) -> None:
    makers = [
        lambda: distributed(ECHO, "hi", redis_url=url),
        lambda: TaskHandle.attach("0" * 32, redis_url=url),
        lambda: EventSubscriber(url),
        lambda: Admin(url),
    ]

    async def call(make: Any) -> None:
        made = make()
        if asyncio.iscoroutine(made):
            await made

    for make in makers:
        with pytest.raises(RedisUrlError) as refused:
            await call(make)
        assert isinstance(refused.value, OrbiterError)
        assert isinstance(refused.value, ValueError)  # `except ValueError` still catches it
        assert shown in str(refused.value)
        assert "s3cret" not in str(refused.value)


async def test_a_unix_socket_url_works_for_client_and_worker(
    unix_redis_url: str, spawn: Spawn
) -> None:
    await asyncio.to_thread(spawn, url=unix_redis_url)
    handle = await distributed(ECHO, "over a socket", redis_url=unix_redis_url)
    assert (await handle.result(timeout=20))["output"] == "over a socket"
    await handle.close()


# -- Redis going away, TLS, and handles in another loop --------------------------------------


async def test_an_outage_is_reported_by_result_and_status(local_redis: Any) -> None:
    url = f"{local_redis.url}/0"
    handle = await distributed(ECHO, "hi", redis_url=url)  # no worker: it stays PENDING
    assert await handle.status() is not None
    local_redis.stop(kill=True)
    with pytest.raises(RedisUnavailableError) as waited:
        await handle.result(timeout=2)
    assert url in str(waited.value)
    assert "stopped answering" in str(waited.value)
    with pytest.raises(RedisUnavailableError) as checked:
        await handle.status()
    assert url in str(checked.value)
    await handle.close()


async def test_rediss_to_a_plain_server_says_the_tls_handshake_failed(redis_url: str) -> None:
    tls_url = redis_url.replace("redis://", "rediss://", 1)
    with pytest.raises(RedisUnavailableError) as refused:
        await distributed(ECHO, "hi", redis_url=tls_url)
    message = str(refused.value)
    assert "TLS handshake" in message
    assert "may not speak TLS" in message
    assert "orbiter dev" not in message


def test_a_handle_used_in_another_event_loop_says_how_to_get_a_new_one(redis_url: str) -> None:
    async def submit() -> tuple[TaskHandle, EventSubscriber]:
        subscriber = EventSubscriber(redis_url)
        await subscriber.connect()
        return await distributed(ECHO, "hi", redis_url=redis_url), subscriber

    handle, subscriber = asyncio.run(submit())

    async def reuse_handle() -> None:
        await handle.status()

    async def reuse_stream() -> None:
        await _all(handle.stream())

    async def reuse_subscriber() -> None:
        await _all(subscriber.replay(handle.task_id))

    for again in (reuse_handle, reuse_stream):
        with pytest.raises(WrongEventLoopError) as refused:
            asyncio.run(again())
        assert isinstance(refused.value, OrbiterError)
        assert f"TaskHandle.attach({handle.task_id!r}" in str(refused.value)
        assert "asyncio.run()" in str(refused.value)
    with pytest.raises(WrongEventLoopError, match="new EventSubscriber"):
        asyncio.run(reuse_subscriber())

    admin = Admin(redis_url)

    async def use_admin() -> int:
        return len(await admin.list_tasks())

    assert asyncio.run(use_admin()) == 1
    with pytest.raises(WrongEventLoopError, match="new Admin"):
        asyncio.run(use_admin())

    async def attach_again() -> Any:
        async with TaskHandle.attach(handle.task_id, redis_url=redis_url) as fresh:
            return await fresh.status()

    assert asyncio.run(attach_again()) is not None
