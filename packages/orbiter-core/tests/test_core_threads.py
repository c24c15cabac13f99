"""Threads: runs that continue a stored conversation, in memory and in a SQLite file."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from orbiter_core_helpers import add

from orbiter import Agent, ConfigurationError, run
from orbiter.errors import RunInterruptedError, ThreadBusyError, ThreadConflictError
from orbiter.messages import AssistantMessage, ToolCall, ToolMessage, UserMessage
from orbiter.testing import ScriptedModel, call_tool, reply
from orbiter.threads import (
    MemoryThreadStore,
    SQLiteThreadStore,
    ThreadStore,
    get_thread_store,
    set_thread_store,
)


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> ThreadStore:
    if request.param == "memory":
        return MemoryThreadStore()
    return SQLiteThreadStore(tmp_path / "threads.db")


@pytest.fixture
def default_store() -> Iterator[None]:
    yield
    set_thread_store(None)


def echo() -> Agent:
    return Agent("echo", model="scripted:echo")


async def test_a_second_run_starts_from_the_first_runs_transcript(store: ThreadStore) -> None:
    first = await run(echo(), "hello", thread_id="t1", threads=store)
    second = await run(echo(), "again", thread_id="t1", threads=store)
    assert [m.content for m in second.messages] == ["hello", "hello", "again", "again"]
    assert await store.load("t1") == second.messages
    runs = await store.runs("t1")
    assert [(r.run_id, r.start, r.count) for r in runs] == [
        (first.run_id, 0, 2),
        (second.run_id, 2, 2),
    ]
    assert first.run_id
    assert first.run_id != second.run_id


async def test_without_thread_id_nothing_is_stored(store: ThreadStore) -> None:
    result = await run(echo(), "hello", threads=store)
    assert result.run_id is None
    assert await store.load("t1") == []


async def test_messages_with_tool_calls_round_trip_exactly(store: ThreadStore) -> None:
    agent = Agent(
        "calc",
        model=ScriptedModel([call_tool("add", a=2, b=3), reply("It is 5.")]),
        tools=[add],
    )
    result = await run(agent, "2+3?", thread_id="calc", threads=store)
    loaded = await store.load("calc")
    assert loaded == result.messages
    assert isinstance(loaded[1], AssistantMessage)
    assert loaded[1].tool_calls == [
        ToolCall(id=loaded[1].tool_calls[0].id, name="add", arguments='{"a":2,"b":3}')
    ]
    assert isinstance(loaded[2], ToolMessage)
    assert loaded[2].content == "5"


async def test_a_failed_run_appends_nothing(store: ThreadStore) -> None:
    await run(echo(), "hello", thread_id="t", threads=store)
    broken = Agent("echo", model=ScriptedModel([call_tool("nope")]), max_steps=1)
    with pytest.raises(Exception, match="steps"):
        await run(broken, "more", thread_id="t", threads=store)
    assert [m.content for m in await store.load("t")] == ["hello", "hello"]


async def test_a_cancelled_run_appends_nothing(store: ThreadStore) -> None:
    slow = Agent("slow", model=ScriptedModel([reply("late", delay=5)]))
    task = asyncio.create_task(run(slow, "wait", thread_id="t", threads=store))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await store.load("t") == []
    # The thread is free again.
    assert (await run(echo(), "next", thread_id="t", threads=store)).output == "next"


async def test_reject_fails_the_second_run_at_once(store: ThreadStore) -> None:
    slow = Agent("slow", model=ScriptedModel([reply("done", delay=0.3)]))
    first = asyncio.create_task(run(slow, "one", thread_id="t", threads=store))
    await asyncio.sleep(0.05)
    with pytest.raises(ThreadBusyError, match="'t' is in use"):
        await run(echo(), "two", thread_id="t", threads=store, on_busy="reject")
    await first
    assert [m.content for m in await store.load("t")] == ["one", "done"]


async def test_enqueue_waits_and_never_interleaves(store: ThreadStore) -> None:
    slow = Agent("slow", model=ScriptedModel(lambda req: reply("ok", delay=0.05)))
    runs = [run(slow, f"q{i}", thread_id="t", threads=store, on_busy="enqueue") for i in range(5)]
    results = await asyncio.gather(*runs)
    texts = [m.content for m in await store.load("t")]
    assert len(texts) == 10
    assert all(texts[i + 1] == "ok" for i in range(0, 10, 2))
    assert sorted(texts[0::2]) == [f"q{i}" for i in range(5)]
    assert [r.run_id for r in await store.runs("t")] == [
        r.run_id for r in sorted(results, key=lambda r: texts.index(r.messages[-2].content))
    ]


async def test_unknown_policy_is_a_clear_error(store: ThreadStore) -> None:
    with pytest.raises(ConfigurationError, match="on_busy must be one of"):
        await run(echo(), "x", thread_id="t", threads=store, on_busy="later")  # type: ignore[arg-type]


async def nap(seconds: float) -> str:
    """Wait a while."""
    await asyncio.sleep(seconds)
    return f"napped {seconds}"


def napper(second_nap: float = 60.0) -> Agent:
    """``long`` naps briefly, then for ``second_nap`` seconds, then answers; anything else is
    answered at once."""

    def script(request: Any) -> Any:
        at = max(i for i, m in enumerate(request.messages) if isinstance(m, UserMessage))
        text = request.messages[at].content
        done = sum(isinstance(m, ToolMessage) for m in request.messages[at:])
        if text == "long" and done < 2:
            return call_tool("nap", seconds=0.0 if done == 0 else second_nap)
        return reply(f"re: {text}")

    return Agent("napper", model=ScriptedModel(script), tools=[nap])


async def _busy_then(store: ThreadStore, policy: str) -> tuple[Any, Any]:
    """A long run on the thread, then a second one with ``policy``: (its error, the second)."""
    await store.append("t", "earlier", [UserMessage(content="hi"), AssistantMessage(content="yo")])
    events = run.stream(napper(), "long", thread_id="t", threads=store)
    second_nap = asyncio.Event()
    first = asyncio.create_task(_drain(events, second_nap))
    await second_nap.wait()  # the first nap is done, the second under way
    assert any(isinstance(m, ToolMessage) for m in events.messages)
    second = await run(napper(), "now", thread_id="t", threads=store, on_busy=policy)  # type: ignore[arg-type]
    with pytest.raises(RunInterruptedError) as stopped:
        await first
    return stopped.value, second


async def _drain(events: Any, second_call: asyncio.Event) -> None:
    calls = 0
    async for event in events:
        calls += event.type == "tool_call"
        if calls == 2:
            second_call.set()


async def test_interrupt_stops_the_run_and_keeps_its_finished_turns(store: ThreadStore) -> None:
    stopped, second = await _busy_then(store, "interrupt")
    assert stopped.kept == 3
    texts = [m.content for m in await store.load("t")]
    assert texts == ["hi", "yo", "long", None, "napped 0.0", "now", "re: now"]
    assert [m.content for m in second.messages] == texts
    assert len(await store.runs("t")) == 3


async def test_rollback_stops_the_run_and_keeps_nothing(store: ThreadStore) -> None:
    stopped, second = await _busy_then(store, "rollback")
    assert stopped.kept == 0
    assert [m.content for m in await store.load("t")] == ["hi", "yo", "now", "re: now"]
    assert [r.run_id for r in await store.runs("t")] == ["earlier", second.run_id]


async def test_delete_while_a_run_is_on_the_thread(store: ThreadStore) -> None:
    await run(echo(), "hello", thread_id="t", threads=store)
    slow = Agent("slow", model=ScriptedModel([reply("late", delay=0.2)]))
    task = asyncio.create_task(run(slow, "more", thread_id="t", threads=store))
    await asyncio.sleep(0.05)
    await store.delete("t")
    with pytest.raises(ThreadConflictError, match="deleted or written") as info:
        await task
    assert info.value.result is not None
    assert info.value.result.output == "late"
    assert await store.load("t") == []
    assert await store.runs("t") == []


async def test_append_after_a_stale_length_is_refused(store: ThreadStore) -> None:
    await store.append("t", "r1", [UserMessage(content="a")])
    with pytest.raises(ThreadConflictError):
        await store.append("t", "r2", [UserMessage(content="b")], after=0)
    await store.append("t", "r2", [UserMessage(content="b")], after=1)
    assert [m.content for m in await store.load("t")] == ["a", "b"]


async def test_fork_copies_and_then_the_threads_diverge(store: ThreadStore) -> None:
    await run(echo(), "root", thread_id="a", threads=store)
    await store.fork("a", "b")
    await run(echo(), "only b", thread_id="b", threads=store)
    assert [m.content for m in await store.load("a")] == ["root", "root"]
    assert [m.content for m in await store.load("b")] == ["root", "root", "only b", "only b"]
    assert len(await store.runs("b")) == 2
    with pytest.raises(ConfigurationError, match="already exists"):
        await store.fork("a", "b")


async def test_retention_expires_old_threads(tmp_path: Path) -> None:
    for store in (
        MemoryThreadStore(retention=0.05),
        SQLiteThreadStore(tmp_path / "r.db", retention=0.05),
    ):
        await store.append("old", "r", [UserMessage(content="x")])
        await asyncio.sleep(0.1)
        await store.append("new", "r", [UserMessage(content="y")])
        assert await store.load("old") == []
        assert await store.purge() == (0 if isinstance(store, MemoryThreadStore) else 1)
        assert [m.content for m in await store.load("new")] == ["y"]
    with pytest.raises(ConfigurationError, match="retention"):
        MemoryThreadStore(retention=0)


async def test_the_default_store_is_used_without_threads(
    default_store: None, tmp_path: Path
) -> None:
    store = SQLiteThreadStore(tmp_path / "d.db")
    set_thread_store(store)
    assert get_thread_store() is store
    await run(echo(), "hi", thread_id="d")
    stream = run.stream(echo(), "there", thread_id="d")
    async for _ in stream:
        pass
    assert [m.content for m in await store.load("d")] == ["hi", "hi", "there", "there"]
    set_thread_store(None)
    assert isinstance(get_thread_store(), MemoryThreadStore)


def test_run_sync_takes_a_thread(tmp_path: Path) -> None:
    store = SQLiteThreadStore(tmp_path / "s.db")
    run.sync(echo(), "one", thread_id="s", threads=store)
    store.close()  # the next use opens the file again
    result = run.sync(echo(), "two", thread_id="s", threads=store)
    assert [m.content for m in result.messages] == ["one", "one", "two", "two"]
    store.close()


_WRITER = textwrap.dedent(
    """
    import asyncio, sys
    from orbiter.messages import UserMessage, AssistantMessage
    from orbiter.threads import SQLiteThreadStore

    async def main(path, who, count):
        store = SQLiteThreadStore(path)
        for i in range(count):
            await store.append("shared", f"{who}-{i}", [
                UserMessage(content=f"{who}-{i}-q"), AssistantMessage(content=f"{who}-{i}-a"),
            ])

    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
    """
)


def test_two_processes_append_to_one_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), who, "40"])
        for who in ("p1", "p2")
    ]
    assert [p.wait(60) for p in procs] == [0, 0]
    asyncio.run(_check_shared(path))


async def _check_shared(path: Path) -> None:
    store = SQLiteThreadStore(path)
    texts = [m.content for m in await store.load("shared")]
    runs = await store.runs("shared")
    assert len(texts) == 160
    assert len(runs) == 80
    for r in runs:  # each run's two messages sit together, in order
        assert texts[r.start : r.start + 2] == [f"{r.run_id}-q", f"{r.run_id}-a"]
    for who in ("p1", "p2"):
        mine = [r.run_id for r in runs if r.run_id.startswith(who)]
        assert mine == [f"{who}-{i}" for i in range(40)]


async def test_a_cancelled_waiter_leaves_the_queue_clean(store: ThreadStore) -> None:
    slow = Agent("slow", model=ScriptedModel(lambda req: reply("ok", delay=0.2)))
    first = asyncio.create_task(run(slow, "one", thread_id="t", threads=store))
    await asyncio.sleep(0.02)
    waiter = asyncio.create_task(
        run(echo(), "two", thread_id="t", threads=store, on_busy="enqueue")
    )
    await asyncio.sleep(0.02)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    await first
    # The thread is free: a rejecting run starts at once.
    third = await run(echo(), "three", thread_id="t", threads=store, on_busy="reject")
    assert [m.content for m in third.messages] == ["one", "ok", "three", "three"]


async def test_a_stream_shows_its_transcript_so_far() -> None:
    """What a worker keeps of a stopped run: ``messages`` is live while the run goes."""
    events = run.stream(napper(second_nap=0.0), "long")
    assert events.messages == []
    seen = []
    async for event in events:
        if event.type == "tool_call":
            seen.append(len(events.messages))
    assert seen == [2, 4]  # the question and the call; then the result and the second call
    assert events.messages == events.result.messages
