"""A run that pauses for approval on a worker: it leaves the queue, waits, and goes on on another
worker once a person decides; it can expire, be cancelled, and refuses bad decisions."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from distributed_support import blocking_sleepy, redis_client, sleepy
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, Tool
from orbiter.distributed import (
    TaskCancelledError,
    TaskFailedError,
    TaskHandle,
    TaskNotFoundError,
    distributed,
)
from orbiter.distributed.keys import Keys
from orbiter.errors import ConfigurationError, ResumeError
from orbiter.events import StreamEvent
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep


def guarded_agent(*calls: tuple[str, float]) -> Agent:
    """An agent whose model calls ``sleepy`` (which needs approval), then answers."""
    script = ScriptedModel(
        [
            ToolStep(
                calls=[
                    ScriptedCall(name="sleepy", arguments={"seconds": s}, id=call_id)
                    for call_id, s in calls
                ]
            ),
            TextStep(text="all done"),
        ]
    )
    return Agent(name="guarded", model=script, tools=[Tool(sleepy, needs_approval=True)])


async def paused(handle: TaskHandle) -> dict[str, Any]:
    result = await handle.result(timeout=30)
    assert result["status"] == "interrupted", result
    return result


async def collect(handle: TaskHandle) -> list[StreamEvent]:
    return [event async for event in handle.stream()]


@pytest.mark.parametrize("decision", ["approve", "reject", "edit"])
async def test_a_paused_run_goes_on_on_another_worker_with_each_decision(
    redis_url: str, spawn: Spawn, decision: str
) -> None:
    # One attempt per task: a resumed run must get a fresh one, not count as a second.
    first = spawn("--max-attempts", "1")
    agent = guarded_agent(("c1", 0))
    handle = await distributed(agent, "go", redis_url=redis_url, detailed=True)
    live = asyncio.create_task(collect(handle))  # follows the task across the pause

    result = await paused(handle)
    assert result["pending"] == [{"id": "c1", "name": "sleepy", "arguments": '{"seconds":0}'}]
    record = await handle.status()
    assert record is not None
    assert record.status == "INTERRUPTED"
    assert [(c.id, c.name, c.arguments) for c in record.pending] == [
        ("c1", "sleepy", '{"seconds":0}')
    ]
    assert record.worker_id == first.worker_id
    assert record.expires_at is not None
    assert record.expires_at > time.time() + 3600
    keys = Keys.from_env(redis_url=redis_url)
    client = redis_client(redis_url)
    try:
        # The paused run holds no queue entry, so no worker slot and no lease.
        assert await client.xlen(keys.queue_for("default", handle.task_id)) == 0
        assert await client.zscore(keys.paused_for(handle.task_id), handle.task_id) is not None
    finally:
        await client.aclose()
    first.stop()

    second = spawn("--max-attempts", "1")
    if decision == "approve":
        await handle.resume(approve=["c1"])
        expected = "slept 0"
    elif decision == "reject":
        await handle.resume(reject={"c1": "not today"})
        expected = "a person rejected this call: not today"
    else:
        await handle.resume(edit={"c1": {"seconds": 0.01}})
        expected = "slept 0.01"
    done = await handle.result(timeout=30)
    assert done["output"] == "all done"
    record = await handle.status()
    assert record is not None
    assert record.status == "COMPLETED"
    assert record.worker_id == second.worker_id != first.worker_id
    assert record.pending == []
    assert record.expires_at is None

    events = await asyncio.wait_for(live, 30)
    replay = await collect(handle)
    positions = [e.position for e in events]
    # One stream before and after the pause: what a live reader saw is what a replay reads,
    # every event once, in order.
    assert positions == [e.position for e in replay]
    assert len(set(positions)) == len(positions)
    assert positions == sorted(positions, key=lambda p: tuple(map(int, (p or "").split("-"))))
    kinds = [e.type for e in events]
    assert kinds.count("interrupt") == 1
    assert kinds.index("interrupt") < kinds.index("tool_result")
    results = [e for e in events if e.type == "tool_result"]
    assert len(results) == 1
    said = results[0]
    assert said.type == "tool_result"
    assert expected in f"{said.result} {said.error}"
    assert {e.attempt for e in events if e.type != "interrupt"} == {1, 2}
    await handle.close()


async def test_a_paused_run_nobody_resumes_expires(redis_url: str, spawn: Spawn) -> None:
    worker = spawn("--lease", "1", ORBITER_APPROVAL_TTL="1")
    handle = await distributed(guarded_agent(("c1", 0)), "go", redis_url=redis_url)
    await paused(handle)
    # The worker's heartbeat fails it once its time is over; the stream ends there.
    events = await asyncio.wait_for(collect(handle), 30)
    assert events[-1].type == "error"
    assert "expired" in events[-1].error
    with pytest.raises(TaskFailedError) as failed:
        await handle.result(timeout=5)
    assert failed.value.error_type == "ApprovalExpired"
    with pytest.raises(ResumeError, match="already finished"):
        await handle.resume(approve=["c1"])

    # A submit's own approval_ttl wins over the worker's setting.
    patient = await distributed(guarded_agent(("c3", 0)), "go", redis_url=redis_url,
                                approval_ttl=3600)  # fmt: skip
    await paused(patient)
    record = await patient.status()
    assert record is not None
    assert record.expires_at is not None
    assert record.expires_at > time.time() + 3000
    with pytest.raises(ConfigurationError, match="approval_ttl must be a positive number"):
        await distributed(guarded_agent(("c4", 0)), "go", redis_url=redis_url, approval_ttl=0)

    # Without a worker to notice, the resume itself finds the run expired.
    late = await distributed(guarded_agent(("c2", 0)), "go", redis_url=redis_url)
    await paused(late)
    worker.stop()
    record = await late.status()
    assert record is not None
    assert record.expires_at is not None
    await asyncio.sleep(max(0.0, record.expires_at - time.time()) + 0.05)  # past its expiry
    with pytest.raises(ResumeError, match="expired"):
        await late.resume(approve=["c2"])
    with pytest.raises(TaskFailedError, match="nobody decided"):
        await late.result(timeout=5)
    await handle.close()
    await late.close()
    await patient.close()


async def test_a_paused_run_is_cancelled_without_a_worker(redis_url: str, spawn: Spawn) -> None:
    worker = spawn()
    handle = await distributed(guarded_agent(("c1", 0)), "go", redis_url=redis_url)
    await paused(handle)
    worker.stop()
    assert await handle.cancel() is True
    with pytest.raises(TaskCancelledError):
        await handle.result(timeout=5)
    events = await asyncio.wait_for(collect(handle), 10)
    assert events[-1].type == "status"
    assert "approval" in events[-1].message
    record = await handle.status()
    assert record is not None
    assert record.status == "CANCELLED"
    assert record.pending == []
    keys = Keys.from_env(redis_url=redis_url)
    client = redis_client(redis_url)
    try:
        assert await client.zscore(keys.paused_for(handle.task_id), handle.task_id) is None
    finally:
        await client.aclose()
    with pytest.raises(ResumeError, match="already finished"):
        await handle.resume(approve=["c1"])
    await handle.close()


async def test_resume_refuses_what_it_cannot_do(redis_url: str, spawn: Spawn) -> None:
    unknown = TaskHandle.attach("f" * 32, redis_url=redis_url)
    with pytest.raises(TaskNotFoundError, match="no task"):
        await unknown.resume(approve=["c1"])
    await unknown.close()

    waiting = await distributed(Agent(name="e", model="scripted:echo"), "hi", redis_url=redis_url)
    with pytest.raises(ResumeError, match="is PENDING, not waiting for approval"):
        await waiting.resume(approve=["c1"])

    worker = spawn()
    await waiting.result(timeout=30)
    with pytest.raises(ResumeError, match=r"already finished \(COMPLETED\)"):
        await waiting.resume(approve=["c1"])

    handle = await distributed(guarded_agent(("c1", 0), ("c2", 0)), "go", redis_url=redis_url)
    await paused(handle)
    worker.stop()
    with pytest.raises(ResumeError, match="no pending call has the id 'c9'"):
        await handle.resume(approve=["c1", "c2", "c9"])
    with pytest.raises(ResumeError, match=r"no decision for the pending calls \['c2'\]"):
        await handle.resume(approve=["c1"])
    with pytest.raises(ResumeError, match="two decisions"):
        await handle.resume(approve=["c1", "c2"], reject={"c2": "no"})
    record = await handle.status()
    assert record is not None
    assert record.status == "INTERRUPTED"  # nothing was written
    client = redis_client(redis_url)
    key = Keys.from_env(redis_url=redis_url).task(handle.task_id)
    saved = await client.hget(key, "checkpoint")
    assert saved is not None
    await client.hset(key, "checkpoint", b"{not json")
    with pytest.raises(ResumeError, match="not a run checkpoint"):
        await handle.resume(approve=["c1", "c2"])
    await client.hdel(key, "checkpoint")
    with pytest.raises(ResumeError, match="stored state is missing"):
        await handle.resume(approve=["c1", "c2"])
    await client.hset(key, "checkpoint", saved)
    await client.aclose()

    await handle.resume(approve=["c1"], reject={"c2": "no"})
    with pytest.raises(ResumeError, match="already resumed"):
        await handle.resume(approve=["c1", "c2"])
    spawn()
    assert (await handle.result(timeout=30))["output"] == "all done"
    await waiting.close()
    await handle.close()


async def test_a_resumed_run_taken_over_later_goes_on_from_its_next_step(
    redis_url: str, spawn: Spawn
) -> None:
    first = spawn("--lease-seconds", "1")
    script = ScriptedModel(
        [
            ToolStep(calls=[ScriptedCall(name="sleepy", arguments={"seconds": 0}, id="c1")]),
            ToolStep(
                calls=[ScriptedCall(name="blocking_sleepy", arguments={"seconds": 3}, id="c2")]
            ),
            TextStep(text="all done"),
        ]
    )
    tools = [Tool(sleepy, needs_approval=True), Tool(blocking_sleepy)]
    agent = Agent(name="guarded", model=script, tools=tools)
    handle = await distributed(agent, "go", redis_url=redis_url, detailed=True)
    await paused(handle)
    await handle.resume(approve=["c1"])
    # Step 2's slow tool runs on the first worker: the step before it left a checkpoint that
    # replaces the pause's, and the decisions went with it.
    async for event in handle.stream():
        if event.type == "tool_call" and event.tool_call_id == "c2":
            break
    client = redis_client(redis_url)
    key = Keys.from_env(redis_url=redis_url).task(handle.task_id)
    try:
        assert await client.hget(key, "decisions") is None
    finally:
        await client.aclose()
    first.kill()  # kill -9 in the middle of step 2
    second = spawn("--lease-seconds", "1")

    assert (await handle.result(timeout=30))["output"] == "all done"
    record = await handle.status()
    assert record is not None
    assert (record.attempt, record.worker_id) == (3, second.worker_id)
    replay = [e async for e in handle.stream()]
    done = [e.tool_call_id for e in replay if e.type == "tool_result"]  # type: ignore[union-attr]
    assert done == ["c1", "c2"]  # the approved call ran once, before the crash
    await handle.close()
