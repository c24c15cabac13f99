"""Submit, result, stream, status and replay against a real Redis and real worker processes."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable
from typing import Any

import msgspec
import pytest
import redis.asyncio as aredis
from testkit.processes import until as eventually
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, SerializationError, Swarm, UserMessage
from orbiter.distributed import (
    EventSubscriber,
    TaskFailedError,
    TaskNotFoundError,
    TaskSpec,
    TaskStatus,
    Worker,
    distributed,
)
from orbiter.distributed.events import decode_marker
from orbiter.distributed.keys import Keys
from orbiter.events import ErrorEvent, StatusEvent, StreamEvent, TextEvent, ToolCallEvent
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep, fail


def slow_tool_agent(seconds: float, name: str = "slow") -> Agent:
    """First a call of the ``sleepy`` tool, then an answer."""
    script = ScriptedModel(
        [
            ToolStep(calls=[ScriptedCall(name="sleepy", arguments={"seconds": seconds})]),
            TextStep(text="done"),
        ]
    )
    from distributed_support import sleepy

    return Agent(name=name, model=script, tools=[sleepy])


async def test_agent_result_stream_and_status(redis_url: str, spawn: Spawn) -> None:
    spawn("--concurrency", "4")
    agent = Agent(name="echo", model="scripted:echo")
    handle = await distributed(
        agent, "hello there", detailed=True, redis_url=redis_url, metadata={"user": "ada"}
    )
    assert len(handle.task_id) == 32
    result = await handle.result(timeout=10)
    assert result["output"] == "hello there"
    assert result["steps"] == 1
    assert result["agent_name"] == "echo"
    assert result["usage"]["requests"] == 1

    events = [ev async for ev in handle.stream()]
    types = [ev.type for ev in events]
    assert types == ["status", "status", "step", "text", "usage", "step", "status"]
    assert isinstance(events[3], TextEvent)
    assert events[3].text == "hello there"
    assert all(ev.attempt == 1 and ev.agent_name == "echo" for ev in events)
    positions = [ev.position for ev in events]
    assert all(positions)
    assert len(set(positions)) == len(positions)

    status = await handle.status()
    assert status is not None
    assert status.status == "COMPLETED"
    assert status.status == TaskStatus.COMPLETED
    assert status.metadata == {"user": "ada"}
    assert status.attempt == 1
    assert status.worker_id
    assert status.created_at
    assert status.started_at
    assert status.finished_at
    assert status.created_at <= status.started_at <= status.finished_at
    await handle.close()


async def test_swarm_streams_to_the_end_without_detail(redis_url: str, spawn: Spawn) -> None:
    spawn()
    swarm = Swarm(
        agents=[
            Agent(name="researcher", model="scripted:echo"),
            Agent(name="writer", model="scripted:echo"),
        ],
        mode="workflow",
    )
    async with await distributed(swarm, "topic", redis_url=redis_url) as handle:
        events = [ev async for ev in handle.stream()]
        assert [(ev.type, ev.agent_name) for ev in events] == [
            ("text", "researcher"),
            ("text", "writer"),
        ]
        assert (await handle.result())["agent_name"] == "writer"


async def test_messages_history_reaches_the_worker(redis_url: str, spawn: Spawn) -> None:
    spawn()
    history = [UserMessage(content="first"), {"role": "assistant", "content": "ok"}]
    handle = await distributed(
        Agent(name="echo", model="scripted:echo"), messages=history, redis_url=redis_url
    )
    # Without a new input the echo model answers the latest user message of the history.
    assert (await handle.result(timeout=10))["output"] == "first"


async def test_late_midway_and_replayed_streams_agree(redis_url: str, spawn: Spawn) -> None:
    spawn()
    handle = await distributed(slow_tool_agent(0.3), "go", detailed=True, redis_url=redis_url)
    live = handle.stream()
    first = [await anext(live), await anext(live)]
    await live.aclose()
    rest = [ev async for ev in handle.stream(after=first[-1].position)]
    everything = [ev async for ev in handle.stream()]
    assert first + rest == everything
    assert everything[-1] == StatusEvent(
        agent_name="slow", status="completed", attempt=1, position=everything[-1].position
    )

    async with EventSubscriber(redis_url) as sub:
        replayed = [ev async for ev in sub.replay(handle.task_id)]
    assert replayed == everything
    assert any(isinstance(ev, ToolCallEvent) and ev.tool_name == "sleepy" for ev in replayed)


async def test_stream_resumes_across_a_dropped_connection(redis_url: str, spawn: Spawn) -> None:
    spawn()
    chunks = [f"c{i} " for i in range(40)]
    agent = Agent(
        name="chunky",
        model=ScriptedModel(
            [
                ToolStep(calls=[ScriptedCall(name="sleepy", arguments={"seconds": 0.4})]),
                TextStep(chunks=chunks),
            ]
        ),
        tools=[__import__("distributed_support").sleepy],
    )
    handle = await distributed(agent, "go", detailed=True, redis_url=redis_url)
    admin = aredis.Redis.from_url(redis_url)
    got = []
    async for ev in handle.stream():
        got.append(ev)
        if len(got) == 3:
            # Drop every Pub/Sub connection (ours included) while the tool still runs.
            await admin.execute_command("CLIENT", "KILL", "TYPE", "pubsub")
    await admin.aclose()
    full = [ev async for ev in handle.stream()]
    assert got == full
    assert "".join(ev.text for ev in got if isinstance(ev, TextEvent)) == "".join(chunks)


async def test_failure_reaches_client_as_error_event_and_failed_status(
    redis_url: str, spawn: Spawn
) -> None:
    spawn()
    agent = Agent(name="flaky", model=ScriptedModel([fail("provider exploded")]))
    handle = await distributed(agent, "hi", redis_url=redis_url)
    with pytest.raises(TaskFailedError) as info:
        await handle.result(timeout=10)
    assert isinstance(info.value, RuntimeError)
    assert str(info.value) == f"Task {handle.task_id} failed: provider exploded"
    events = [ev async for ev in handle.stream()]
    assert isinstance(events[-1], ErrorEvent)
    assert events[-1].error == "provider exploded"
    assert events[-1].error_type == "ServerError"
    status = await handle.status()
    assert status is not None
    assert status.status == "FAILED"
    assert status.error == "provider exploded"


async def test_rebuild_failure_on_worker_fails_the_task(redis_url: str, spawn: Spawn) -> None:
    # The worker may import only from 'orbiter', so the test tool module is refused.
    spawn("--allowed-modules", "orbiter")
    handle = await distributed(slow_tool_agent(0.1), "hi", redis_url=redis_url)
    with pytest.raises(TaskFailedError, match="not in the allowed modules"):
        await handle.result(timeout=10)
    events = [ev async for ev in handle.stream()]
    assert [ev.type for ev in events] == ["error"]
    assert events[0].error_type == "SerializationError"


async def test_unserializable_agent_fails_in_the_client(redis_url: str) -> None:
    def local_tool(x: str) -> str:
        return x

    agent = Agent(name="local", model="scripted:echo", tools=[local_tool])
    with pytest.raises(SerializationError, match="inside a function"):
        await distributed(agent, "hi", redis_url=redis_url)
    assert await aredis.Redis.from_url(redis_url).dbsize() == 0


async def test_missing_redis_url_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORBITER_REDIS_URL", raising=False)
    with pytest.raises(ValueError, match="ORBITER_REDIS_URL"):
        await distributed(Agent(name="a", model="scripted:echo"), "hi")


async def test_url_from_environment_and_unknown_task(
    redis_url: str, spawn: Spawn, monkeypatch: pytest.MonkeyPatch
) -> None:
    spawn()
    monkeypatch.setenv("ORBITER_REDIS_URL", redis_url)
    handle = await distributed(Agent(name="a", model="scripted:echo"), "env")
    assert (await handle.result(timeout=10))["output"] == "env"
    from orbiter.distributed import TaskHandle

    ghost = TaskHandle.attach("0" * 32)
    assert await ghost.status() is None
    with pytest.raises(TaskNotFoundError):
        await ghost.result(timeout=5)
    with pytest.raises(TaskNotFoundError):
        _ = [ev async for ev in ghost.stream()]
    await ghost.close()
    await handle.close()


async def test_many_handles_share_one_connection_pool(redis_url: str, spawn: Spawn) -> None:
    spawn("--concurrency", "16")
    admin = aredis.Redis.from_url(redis_url)
    agent = Agent(name="echo", model="scripted:echo")
    handles = await asyncio.gather(
        *(distributed(agent, f"n{i}", redis_url=redis_url) for i in range(50))
    )
    results = await asyncio.gather(*(h.result(timeout=20) for h in handles))
    assert [r["output"] for r in results] == [f"n{i}" for i in range(50)]
    # One bounded pool and one Pub/Sub connection for all of them, not one per handle.
    assert 2 <= await _clients(admin) <= 17
    for h in handles:
        await h.close()
    await eventually(lambda: _no_clients(admin), within=5)
    await admin.aclose()


async def _clients(client: aredis.Redis) -> int:
    db = str(client.connection_pool.connection_kwargs.get("db", 0))
    return sum(
        1 for c in await client.client_list() if c["name"] == "orbiter-client" and c["db"] == db
    )


async def _no_clients(client: aredis.Redis) -> bool:
    return await _clients(client) == 0


async def test_nothing_is_left_to_grow(redis_url: str, spawn: Spawn) -> None:
    spawn()
    handle = await distributed(Agent(name="echo", model="scripted:echo"), "x", redis_url=redis_url)
    await handle.result(timeout=10)
    r = aredis.Redis.from_url(redis_url)
    assert await r.xlen("orbiter:queue:default") == 0  # acknowledged entries are deleted
    ttl_record = await r.ttl(f"orbiter:task:{handle.task_id}")
    ttl_events = await r.ttl(f"orbiter:events:{handle.task_id}")
    assert 0 < ttl_record <= 3600
    assert 0 < ttl_events <= 3600
    await r.aclose()


class UppercaseExecutor:
    """A stand-in executor: proves the worker runs whatever executor it is given."""

    async def execute(self, spec: TaskSpec, emit: Callable[[StreamEvent], None]) -> dict[str, Any]:
        text = (spec.input or "").upper()
        emit(TextEvent(agent_name="upper", text=text))
        return {"output": text, "usage": {}, "steps": 1, "agent_name": "upper"}


async def test_worker_class_in_process_with_a_custom_executor(redis_url: str) -> None:
    worker = Worker(redis_url, concurrency=2, executor=UppercaseExecutor(), handle_signals=False)
    serving = asyncio.create_task(worker.run())
    await asyncio.wait_for(worker.ready.wait(), 10)
    handle = await distributed(
        Agent(name="any", model="scripted:echo"), "shout", redis_url=redis_url
    )
    assert (await handle.result(timeout=10))["output"] == "SHOUT"
    assert [ev.text async for ev in handle.stream() if isinstance(ev, TextEvent)] == ["SHOUT"]
    worker.stop()
    await asyncio.wait_for(serving, 10)
    await handle.close()


class CountingExecutor:
    """Counts how many runs are under way at once."""

    def __init__(self) -> None:
        self.now = 0
        self.most = 0

    async def execute(self, spec: TaskSpec, emit: Callable[[StreamEvent], None]) -> dict[str, Any]:
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            await asyncio.sleep(0.02)
        finally:
            self.now -= 1
        return {"output": spec.input, "usage": {}, "steps": 1, "agent_name": "count"}


async def test_concurrency_bounds_the_runs_under_way(redis_url: str) -> None:
    # A run whose outcome is being stored leaves its slot to the next claim, but never more
    # than `concurrency` runs execute at once.
    counting = CountingExecutor()
    worker = Worker(redis_url, concurrency=3, executor=counting, handle_signals=False)
    serving = asyncio.create_task(worker.run())
    await asyncio.wait_for(worker.ready.wait(), 10)
    agent = Agent(name="any", model="scripted:echo")
    handles = await distributed.many(agent, [f"t{i}" for i in range(30)], redis_url=redis_url)
    outputs = [(await h.result(timeout=20))["output"] for h in handles]
    assert outputs == [f"t{i}" for i in range(30)]
    assert counting.most == 3
    worker.stop()
    await asyncio.wait_for(serving, 10)
    for h in handles:
        await h.close()


async def test_a_serving_worker_keeps_its_startup_heap_out_of_the_collector(
    redis_url: str,
) -> None:
    # Frozen while it serves (full collections skip what startup built), thawed once it stops,
    # so a process that ran a worker in passing gets its collector back as it was.
    worker = Worker(redis_url, handle_signals=False)
    serving = asyncio.create_task(worker.run())
    await asyncio.wait_for(worker.ready.wait(), 10)
    assert gc.get_freeze_count() > 1000
    handle = await distributed(Agent(name="a", model="scripted:echo"), "hi", redis_url=redis_url)
    assert (await handle.result(timeout=10))["output"] == "hi"
    worker.stop()
    await asyncio.wait_for(serving, 10)
    assert gc.get_freeze_count() == 0
    await handle.close()


async def test_the_end_marker_carries_the_result_the_record_holds(
    redis_url: str, spawn: Spawn
) -> None:
    # The marker closes the events stream; a reader that finds it returns its result without
    # reading the record, so both must say the same, byte for byte once decoded.
    spawn()
    handle = await distributed(Agent(name="a", model="scripted:echo"), "é ✓", redis_url=redis_url)
    result = await handle.result(timeout=20)
    client = aredis.Redis.from_url(redis_url)
    try:
        stream = Keys.from_env(None, redis_url).events(handle.task_id)
        ((_, last),) = await client.xrevrange(stream, count=1)
        stored = await client.hget(Keys.from_env(None, redis_url).task(handle.task_id), "result")
    finally:
        await client.aclose()
    marker = decode_marker(last[b"end"])
    assert marker.status == "COMPLETED"
    assert marker.result == result == msgspec.json.decode(stored)
    assert result["output"] == "é ✓"
    await handle.close()


async def test_subscriber_follows_a_live_task_from_a_cursor(redis_url: str, spawn: Spawn) -> None:
    spawn()
    handle = await distributed(slow_tool_agent(0.4), "go", detailed=True, redis_url=redis_url)
    async with EventSubscriber(redis_url) as sub:
        first = await anext(sub.subscribe(handle.task_id))
        rest = [ev async for ev in sub.subscribe(handle.task_id, after=first.position)]
    assert [first, *rest] == [ev async for ev in handle.stream()]
    assert rest[-1].type == "status"
    await handle.close()
