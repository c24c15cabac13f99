"""Distributed runs on threads, with worker subprocesses: the transcript, and two runs at once."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from distributed_support import redis_client, sleepy
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, Tool
from orbiter.distributed import TaskCancelledError, TaskFailedError, TaskHandle, distributed
from orbiter.distributed.keys import Keys
from orbiter.distributed.threads import RedisThreadStore
from orbiter.errors import ConfigurationError, ThreadBusyError
from orbiter.messages import AssistantMessage, UserMessage
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep

CHAT = Agent(name="chat", model="scripted:distributed_support:thread_script", tools=[sleepy])


def contents(messages: list[Any]) -> list[str | None]:
    """The text of each message (a Message, or its JSON form in a result)."""
    return [m.get("content") if isinstance(m, dict) else m.content for m in messages]


async def calls_made(handle: TaskHandle, count: int) -> None:
    """Wait until the run has asked for ``count`` tool calls (it is then inside the last)."""
    seen = 0
    async for event in handle.stream():
        if event.type == "tool_call":
            seen += 1
            if seen == count:
                return
    raise AssertionError("the run ended before making its tool calls")


async def second_on_a_held_thread(
    redis_url: str, spawn: Spawn, held: str, text: str, on_busy: str
) -> tuple[TaskHandle, TaskHandle]:
    """Two workers; a run of ``held`` on thread ``t`` inside its second tool call; then a
    second submit of ``text`` with ``on_busy``. The two handles."""
    spawn()
    spawn()
    first = await distributed(CHAT, held, redis_url=redis_url, thread_id="t")
    await calls_made(first, 2)
    second = await distributed(CHAT, text, redis_url=redis_url, thread_id="t", on_busy=on_busy)  # type: ignore[arg-type]
    return first, second


async def test_a_thread_carries_the_conversation_across_workers(
    redis_url: str, spawn: Spawn
) -> None:
    spawn()
    spawn()
    store = RedisThreadStore(redis_url)
    first = await distributed(CHAT, "hello", redis_url=redis_url, thread_id="t1")
    result = await first.result(timeout=20)
    # The transcript of the run travels in the result, so a client can go on without a thread.
    assert contents(result["messages"]) == ["hello", "re: hello"]
    second = await distributed(CHAT, "again", redis_url=redis_url, thread_id="t1")
    result = await second.result(timeout=20)
    assert contents(result["messages"]) == ["hello", "re: hello", "again", "re: again"]
    assert contents(await store.load("t1")) == ["hello", "re: hello", "again", "re: again"]
    runs = await store.runs("t1")
    assert [(r.run_id, r.start, r.count) for r in runs] == [
        (first.task_id, 0, 2),
        (second.task_id, 2, 2),
    ]
    # Without a thread nothing is read or written, and the transcript is in the result too.
    plain = await distributed(CHAT, "alone", redis_url=redis_url)
    assert contents((await plain.result(timeout=20))["messages"]) == ["alone", "re: alone"]
    r, keys = redis_client(redis_url), Keys.from_env(redis_url=redis_url)
    try:
        # One key: the transcript (on a single server named as ever, orbiter:thread:{t1}).
        found = [key async for key in r.scan_iter(match="orbiter:*thread*")]
        assert found == [keys.thread("t1").encode()]
    finally:
        await r.aclose()
    for handle in (first, second, plain):
        await handle.close()


async def test_reject_fails_the_second_submit_at_once(redis_url: str, spawn: Spawn) -> None:
    spawn()
    spawn()
    first = await distributed(CHAT, "slow 2", redis_url=redis_url, thread_id="t")
    with pytest.raises(ThreadBusyError, match=rf"thread 't' is in use by task {first.task_id}"):
        await distributed(CHAT, "second", redis_url=redis_url, thread_id="t")
    await first.result(timeout=20)
    store = RedisThreadStore(redis_url)
    assert [r.run_id for r in await store.runs("t")] == [first.task_id]
    # Once the first ended the thread is free again.
    third = await distributed(CHAT, "third", redis_url=redis_url, thread_id="t")
    assert contents((await third.result(timeout=20))["messages"])[-2:] == ["third", "re: third"]
    await first.close()
    await third.close()


async def test_enqueue_waits_off_the_queue_then_runs_after(redis_url: str, spawn: Spawn) -> None:
    first, second = await second_on_a_held_thread(redis_url, spawn, "slow 1.5", "second", "enqueue")
    r, keys = redis_client(redis_url), Keys.from_env(redis_url=redis_url)
    try:
        # Parked: no queue entry, so no worker holds a slot for it while it waits.
        parked = await r.hmget(keys.task(second.task_id), "status", "entry", "parked")
        assert parked[0] == b"PENDING"
        assert parked[1] is None
        assert parked[2] is not None
    finally:
        await r.aclose()
    done = await second.result(timeout=30)
    before = await first.result(timeout=5)
    assert done["messages"][: len(before["messages"])] == before["messages"]
    assert contents(done["messages"])[-2:] == ["second", "re: second"]
    # It started once the first run's messages were on the thread.
    runs = await RedisThreadStore(redis_url).runs("t")
    assert [r.run_id for r in runs] == [first.task_id, second.task_id]
    second_status = await second.status()
    assert second_status is not None
    assert second_status.started_at is not None
    assert second_status.started_at >= runs[0].created_at
    await first.close()
    await second.close()


async def test_interrupt_keeps_what_the_first_run_finished(redis_url: str, spawn: Spawn) -> None:
    store = RedisThreadStore(redis_url)
    await store.append("t", "earlier", [UserMessage(content="hi"), AssistantMessage(content="yo")])
    # One step done, the second one under way when the second run comes.
    first, second = await second_on_a_held_thread(
        redis_url, spawn, "slow 60", "stop that", "interrupt"
    )
    done = await second.result(timeout=30)
    with pytest.raises(TaskCancelledError):
        await first.result(timeout=5)
    kept = await store.load("t")
    # The first run's finished step (its call and result) is kept; its cut step is not.
    assert contents(kept) == [
        *("hi", "yo"),
        *("slow 60", None, "slept 0.0"),
        *("stop that", "re: stop that"),
    ]
    assert contents(done["messages"]) == contents(kept)
    assert [r.run_id for r in await store.runs("t")] == ["earlier", first.task_id, second.task_id]
    await first.close()
    await second.close()


async def test_rollback_drops_the_first_run(redis_url: str, spawn: Spawn) -> None:
    first, second = await second_on_a_held_thread(
        redis_url, spawn, "slow 60", "instead", "rollback"
    )
    await second.result(timeout=30)
    with pytest.raises(TaskCancelledError):
        await first.result(timeout=5)
    store = RedisThreadStore(redis_url)
    assert contents(await store.load("t")) == ["instead", "re: instead"]
    assert [r.run_id for r in await store.runs("t")] == [second.task_id]
    await first.close()
    await second.close()


async def test_interrupt_of_a_queued_run_starts_the_second_at_once(redis_url: str) -> None:
    """No worker yet: the holder is still queued, so it is cancelled on the spot."""
    first = await distributed(CHAT, "one", redis_url=redis_url, thread_id="t")
    second = await distributed(CHAT, "two", redis_url=redis_url, thread_id="t", on_busy="rollback")
    with pytest.raises(TaskCancelledError):
        await first.result(timeout=5)
    r, keys = redis_client(redis_url), Keys.from_env(redis_url=redis_url)
    try:
        assert await r.get(keys.thread_owner("t")) == second.task_id.encode()
        assert await r.hget(keys.task(second.task_id), "entry") is not None
    finally:
        await r.aclose()
    await first.close()
    await second.close()


async def test_a_parked_run_goes_on_when_its_holder_is_cancelled_while_queued(
    redis_url: str, spawn: Spawn
) -> None:
    first = await distributed(CHAT, "one", redis_url=redis_url, thread_id="t")
    second = await distributed(CHAT, "two", redis_url=redis_url, thread_id="t", on_busy="enqueue")
    third = await distributed(CHAT, "three", redis_url=redis_url, thread_id="t", on_busy="enqueue")
    assert await first.cancel()  # ends it without a worker: the cancel hands the thread on
    r, keys = redis_client(redis_url), Keys.from_env(redis_url=redis_url)
    try:
        assert await r.get(keys.thread_owner("t")) == second.task_id.encode()
        assert await r.hget(keys.task(third.task_id), "entry") is None
        # A holder that ends without anyone letting go (here: deleted) is found by the sweep.
        await r.delete(keys.task(second.task_id))
    finally:
        await r.aclose()
    spawn("--lease", "1")  # its heartbeat sweeps every few beats
    assert contents((await third.result(timeout=30))["messages"]) == ["three", "re: three"]
    for handle in (first, second, third):
        await handle.close()


async def test_a_crashed_worker_does_not_hold_a_thread_for_ever(
    redis_url: str, spawn: Spawn
) -> None:
    """The thread is held by the task, not the worker: once the task's lease lapses and it
    runs out of attempts, the run parked behind it goes on."""
    doomed = spawn("--lease", "1", "--max-attempts", "1")
    first = await distributed(CHAT, "slow 60", redis_url=redis_url, thread_id="t")
    await calls_made(first, 2)
    second = await distributed(CHAT, "next", redis_url=redis_url, thread_id="t", on_busy="enqueue")
    doomed.kill()
    spawn("--lease", "1", "--max-attempts", "1")
    assert contents((await second.result(timeout=30))["messages"]) == ["next", "re: next"]
    with pytest.raises(TaskFailedError, match="gave up after 1 attempts"):
        await first.result(timeout=5)
    await first.close()
    await second.close()


async def test_a_thread_deleted_under_a_run_keeps_it_out(redis_url: str, spawn: Spawn) -> None:
    spawn()
    store = RedisThreadStore(redis_url)
    await store.append("t", "earlier", [UserMessage(content="hi"), AssistantMessage(content="yo")])
    first = await distributed(CHAT, "slow 1", redis_url=redis_url, thread_id="t")
    await calls_made(first, 2)
    await store.delete("t")
    with pytest.raises(TaskFailedError, match="has 0 messages, not the 2"):
        await first.result(timeout=20)
    assert await store.load("t") == []
    # The thread is free for the next run, which starts it afresh.
    again = await distributed(CHAT, "new", redis_url=redis_url, thread_id="t")
    assert contents((await again.result(timeout=20))["messages"]) == ["new", "re: new"]
    await first.close()
    await again.close()


async def test_many_on_a_thread_run_in_order(redis_url: str, spawn: Spawn) -> None:
    spawn()
    spawn()
    handles = await distributed.many(
        CHAT, ["a", "b", "c"], redis_url=redis_url, thread_id="t", on_busy="enqueue"
    )
    last = await handles[-1].result(timeout=30)
    assert contents(last["messages"]) == ["a", "re: a", "b", "re: b", "c", "re: c"]
    with pytest.raises(ConfigurationError, match="pass on_busy='enqueue'"):
        await distributed.many(CHAT, ["a", "b"], redis_url=redis_url, thread_id="t")
    for handle in handles:
        await handle.close()


async def test_bad_thread_arguments_are_refused(redis_url: str) -> None:
    with pytest.raises(ConfigurationError, match="thread_id must be a non-empty string"):
        await distributed(CHAT, "x", redis_url=redis_url, thread_id="")
    with pytest.raises(ConfigurationError, match="on_busy must be one of"):
        await distributed(CHAT, "x", redis_url=redis_url, thread_id="t", on_busy="later")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="Redis executor only"):
        await distributed(CHAT, "x", redis_url=redis_url, thread_id="t", executor="temporal")
    await asyncio.sleep(0)


async def test_simultaneous_submits_on_one_thread_never_tear_it(
    redis_url: str, spawn: Spawn
) -> None:
    """Submits racing each other: one wins with reject; all run, one at a time, with enqueue."""
    spawn("--concurrency", "4")
    spawn("--concurrency", "4")
    raced = await asyncio.gather(
        *(distributed(CHAT, f"r{i}", redis_url=redis_url, thread_id="rej") for i in range(4)),
        return_exceptions=True,
    )
    won = [h for h in raced if isinstance(h, TaskHandle)]
    assert len(won) == 1
    assert all(isinstance(h, ThreadBusyError) for h in raced if h not in won)
    await won[0].result(timeout=20)
    handles = await asyncio.gather(
        *(
            distributed(CHAT, f"q{i}", redis_url=redis_url, thread_id="enq", on_busy="enqueue")
            for i in range(6)
        )
    )
    for handle in handles:
        await handle.result(timeout=30)
    said = contents(await RedisThreadStore(redis_url).load("enq"))
    assert len(said) == 12
    assert all(said[i + 1] == f"re: {said[i]}" for i in range(0, 12, 2))
    assert sorted(said[0::2]) == [f"q{i}" for i in range(6)]
    for handle in [*won, *handles]:
        await handle.close()


async def test_a_run_paused_for_approval_keeps_its_thread(redis_url: str, spawn: Spawn) -> None:
    spawn()
    spawn()
    script = ScriptedModel(
        [
            ToolStep(calls=[ScriptedCall(name="sleepy", arguments={"seconds": 0}, id="c1")]),
            TextStep(text="all done"),
        ]
    )
    guarded = Agent(name="guarded", model=script, tools=[Tool(sleepy, needs_approval=True)])
    store = RedisThreadStore(redis_url)
    await store.append("t", "earlier", [UserMessage(content="hi"), AssistantMessage(content="yo")])
    handle = await distributed(guarded, "go", redis_url=redis_url, thread_id="t")
    assert (await handle.result(timeout=30))["status"] == "interrupted"
    assert len(await store.load("t")) == 2  # nothing is added while it waits
    with pytest.raises(ThreadBusyError, match=handle.task_id):
        await distributed(CHAT, "meanwhile", redis_url=redis_url, thread_id="t")
    after = await distributed(CHAT, "after", redis_url=redis_url, thread_id="t", on_busy="enqueue")
    await handle.resume(approve=["c1"])
    assert (await handle.result(timeout=30))["output"] == "all done"
    await after.result(timeout=30)
    assert contents(await store.load("t")) == [
        *("hi", "yo"),
        *("go", None, "slept 0.0", "all done"),
        *("after", "re: after"),
    ]
    await handle.close()
    await after.close()
