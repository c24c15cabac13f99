"""Acceptance: the migration guide's examples and fault cases, as a user would run them.

Each test repeats a code block of the guide with its own imports, names and calls
(``openai:gpt-4o``, ``distributed(agent, ...)``, ``handle.result()``...) and checks what the user
would see. The model
is a real OpenAI-compatible HTTP server on loopback (``OPENAI_BASE_URL``), the queue a real Redis,
and the workers the real ``orbiter start worker`` console script in subprocesses.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import signal
import subprocess
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
import redis.asyncio as aredis
from guide_support import (
    API_KEY,
    ORBITER,
    ChatCompletionsServer,
    WorkerProcess,
    chat_server,
    get_weather,
    until,
    worker_env,
)

from orbiter.providers import aclose_all

CAPITAL = "The capital of France is Paris."
STORY = "Once upon a time a small agent crossed a sea of tokens and came home."
BAD_MODEL = "The model `gpt-4o` does not exist or you do not have access to it."

StartWorker = Callable[..., WorkerProcess]


@pytest.fixture(scope="module")
def chat() -> Iterator[ChatCompletionsServer]:
    with chat_server() as server:
        yield server


@pytest.fixture(scope="module")
def shared_redis_url(module_redis_url: str) -> str:
    """The database of the module's shared worker."""
    return module_redis_url


@pytest.fixture(scope="module")
def shared_worker(shared_redis_url: str, chat: ChatCompletionsServer) -> Iterator[WorkerProcess]:
    """One worker started exactly as the guide says (``orbiter start worker``), for the module.

    Starting a worker costs about a second; tests that need workers of their own (other options,
    kill -9) get them on a database of their own with ``start_worker``.
    """
    proc = WorkerProcess(env=worker_env(shared_redis_url, chat.url))
    try:
        proc.wait_for("connected to")
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def openai_server(chat: ChatCompletionsServer) -> Iterator[ChatCompletionsServer]:
    """The module's model server, with this test's settings and counters."""
    chat.reset()
    try:
        yield chat
    finally:
        # Let anything a failed test left waiting finish, so the next test starts clean.
        chat.release()
        chat.wait_until(lambda: chat.held == 0)
        chat.reset()


@pytest.fixture(autouse=True)
def guide_env(
    monkeypatch: pytest.MonkeyPatch,
    shared_redis_url: str,
    openai_server: ChatCompletionsServer,
) -> None:
    """The shell the guide assumes: ``ORBITER_REDIS_URL`` exported, the OpenAI settings set."""
    import os

    for name in list(os.environ):
        if name.startswith(("ORBITER_", "OPENAI_")) or "proxy" in name.lower():
            monkeypatch.delenv(name)
    monkeypatch.setenv("ORBITER_REDIS_URL", shared_redis_url)
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.url)
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)


@pytest.fixture(autouse=True)
async def _close_model_clients() -> AsyncIterator[None]:
    yield
    await aclose_all()


@pytest.fixture
def worker(shared_worker: WorkerProcess) -> WorkerProcess:
    assert shared_worker.proc.poll() is None, f"the shared worker died:\n{shared_worker.output()}"
    return shared_worker


@pytest.fixture
def start_worker(
    monkeypatch: pytest.MonkeyPatch, redis_url: str, openai_server: ChatCompletionsServer
) -> Iterator[StartWorker]:
    """``orbiter start worker ARGS`` on a database of this test's own (the client is pointed
    there too); all are stopped after the test."""
    monkeypatch.setenv("ORBITER_REDIS_URL", redis_url)
    started: list[WorkerProcess] = []

    def start(*args: str, ready: bool = True, **env: str) -> WorkerProcess:
        worker = WorkerProcess(*args, env=worker_env(redis_url, openai_server.url, **env))
        started.append(worker)
        if ready:
            worker.wait_for("connected to")
        return worker

    yield start
    for worker in started:
        worker.stop()
        # Shown by pytest only when the test failed.
        print(f"--- orbiter start worker {' '.join(worker.args)}\n{worker.output()}")


async def _collect(events: AsyncIterator[Any]) -> list[Any]:
    return [event async for event in events]


def printed(fn: Callable[[], Any]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        fn()
    return out.getvalue()


class Printer:
    """The guide's ``match event.type`` loop body, writing to a buffer."""

    def __init__(self) -> None:
        self.out = io.StringIO()

    def __call__(self, event: Any) -> None:
        with contextlib.redirect_stdout(self.out):
            match event.type:
                case "text":
                    print(event.text, end="", flush=True)
                case "tool_call":
                    print(f"Calling tool: {event.tool_name}")
                case "step":
                    print(f"Step {event.step_number} {event.status}")
                case "status":
                    print(f"Status: {event.status}")

    @property
    def text(self) -> str:
        return self.out.getvalue()


def shape(events: list[Any]) -> list[tuple[Any, ...]]:
    """What a user sees of a run's events, without timings and distributed-only fields."""
    rows: list[tuple[Any, ...]] = []
    for ev in events:
        row: tuple[Any, ...] = (ev.type, ev.agent_name)
        if ev.type == "text":
            row += (ev.text,)
        elif ev.type == "step":
            row += (ev.step_number, ev.status)
        elif ev.type == "status":
            row += (ev.status,)
        elif ev.type in ("tool_call", "tool_result"):
            row += (ev.tool_name,)
        rows.append(row)
    return rows


# -- Running an agent ------------------------------------------------------------------------


async def test_local_run(openai_server: ChatCompletionsServer) -> None:
    from orbiter import Agent, run

    agent = Agent(name="assistant", model="openai:gpt-4o")

    result = await run(agent, "What is the capital of France?")
    assert printed(lambda: print(result.output)) == CAPITAL + "\n"
    assert openai_server.requests[-1]["model"] == "gpt-4o"


async def test_distributed_run_returns_a_dict(worker: WorkerProcess) -> None:
    from orbiter import Agent
    from orbiter.distributed import TaskHandle, distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")

    handle = await distributed(agent, "What is the capital of France?")
    assert isinstance(handle, TaskHandle)
    result = await handle.result()
    assert isinstance(result, dict)
    assert result["output"] == CAPITAL
    assert result["agent_name"] == "assistant"
    assert CAPITAL in printed(lambda: print(result))
    worker.wait_for(f"completed {handle.task_id}")


# -- Streaming events ------------------------------------------------------------------------


async def test_local_streaming_detailed(openai_server: ChatCompletionsServer) -> None:
    from orbiter import Agent, run

    agent = Agent(name="assistant", model="openai:gpt-4o")
    show = Printer()

    async for event in run.stream(agent, "Tell me a story", detailed=True):
        show(event)

    assert show.text == (
        "Status: starting\nStatus: running\nStep 1 started\n"
        f"{STORY}Step 1 completed\nStatus: completed\n"
    )
    assert openai_server.requests[-1]["stream"] is True


async def test_distributed_streaming_shows_what_local_streaming_shows(
    worker: WorkerProcess,
) -> None:
    from orbiter import Agent, run
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    local = [event async for event in run.stream(agent, "Tell me a story", detailed=True)]

    handle = await distributed(agent, "Tell me a story", detailed=True)

    show = Printer()
    remote = []
    async for event in handle.stream():
        show(event)
        remote.append(event)

    assert shape(remote) == shape(local)
    local_show = Printer()
    for event in local:
        local_show(event)
    assert show.text == local_show.text
    assert STORY in show.text


async def test_tool_calls_stream_the_same_in_both_modes(
    openai_server: ChatCompletionsServer, worker: WorkerProcess
) -> None:
    """``case "tool_call"`` of the guide's loop, with a tool the worker imports."""
    from orbiter import Agent, run
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o", tools=[get_weather])

    local = [event async for event in run.stream(agent, "Weather in Paris?", detailed=True)]
    handle = await distributed(agent, "Weather in Paris?", detailed=True)
    remote = [event async for event in handle.stream()]

    assert shape(remote) == shape(local)
    show = Printer()
    for event in remote:
        show(event)
    assert "Calling tool: get_weather\n" in show.text
    assert "Step 2 completed" in show.text
    result = await handle.result()
    assert result["output"] == "The tool says: Sunny and 22 degrees in Paris"
    # The worker ran the tool and sent its result back to the model.
    tool_turns = [r for r in openai_server.requests if r["messages"][-1]["role"] == "tool"]
    assert len(tool_turns) == 2


async def test_not_detailed_streams_the_same_in_both_modes(worker: WorkerProcess) -> None:
    from orbiter import Agent, run
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    local = [event async for event in run.stream(agent, "Tell me a story")]
    handle = await distributed(agent, "Tell me a story")
    remote = [event async for event in handle.stream()]
    assert shape(remote) == shape(local)
    assert {e.type for e in remote} == {"text"}
    assert "".join(e.text for e in remote) == STORY


# -- Streaming a Swarm -----------------------------------------------------------------------


async def test_swarm_workflow_local_and_distributed(worker: WorkerProcess) -> None:
    from orbiter import Agent, Swarm, run
    from orbiter.distributed import distributed

    researcher = Agent(name="researcher", model="openai:gpt-4o")
    writer = Agent(name="writer", model="openai:gpt-4o")
    swarm = Swarm(agents=[researcher, writer], mode="workflow")

    local_out = io.StringIO()
    local = []
    with contextlib.redirect_stdout(local_out):
        async for event in run.stream(swarm, "Research and write about AI"):
            print(f"[{event.agent_name}] {event.type}: ...", end="")
            local.append(event)

    handle = await distributed(swarm, "Research and write about AI", detailed=True)

    remote_out = io.StringIO()
    remote = []
    with contextlib.redirect_stdout(remote_out):
        async for event in handle.stream():
            print(f"[{event.agent_name}] {event.type}: ...", end="")
            remote.append(event)

    for text in (local_out.getvalue(), remote_out.getvalue()):
        assert "[researcher] text: ..." in text
        assert "[writer] text: ..." in text
        assert text.index("[researcher]") < text.index("[writer]")
    assert "".join(e.text for e in local if e.agent_name == "writer") == (
        "Article: how machines learn patterns from data."
    )
    # detailed=True on the distributed side: the same text, plus steps and statuses.
    texts = [row for row in shape(remote) if row[0] == "text"]
    assert texts == shape(local)
    assert {"step", "status"} <= {e.type for e in remote}
    assert {e.agent_name for e in remote} == {"researcher", "writer"}
    detailed_local = [
        e async for e in run.stream(swarm, "Research and write about AI", detailed=True)
    ]
    assert shape(remote) == shape(detailed_local)
    result = await handle.result()
    assert result["output"] == "Article: how machines learn patterns from data."


# -- Step by step: URL, workers, replacing run() ---------------------------------------------


async def test_redis_url_passed_explicitly(
    monkeypatch: pytest.MonkeyPatch, shared_redis_url: str, worker: WorkerProcess
) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    monkeypatch.delenv("ORBITER_REDIS_URL")
    agent = Agent(name="assistant", model="openai:gpt-4o")

    handle = await distributed(agent, "Hello", redis_url=shared_redis_url)
    result = await handle.result()
    assert result["output"] == "You said: Hello"


async def test_worker_concurrency_runs_four_tasks_at_once(
    openai_server: ChatCompletionsServer, start_worker: StartWorker
) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    busy = start_worker("--concurrency", "4")
    agent = Agent(name="assistant", model="openai:gpt-4o")
    handles = [await distributed(agent, f"Long running task {i}") for i in range(4)]
    # All four are in a model call at the same moment on the one worker.
    await until(lambda: openai_server.held == 4, what="four model calls in flight")
    openai_server.release()
    results = await asyncio.gather(*(h.result() for h in handles))
    assert [r["output"] for r in results] == [f"You said: Long running task {i}" for i in range(4)]
    statuses = [await h.status() for h in handles]
    assert len({s.worker_id for s in statuses if s}) == 1
    busy.wait_for("concurrency 4")


async def test_replace_run_with_distributed(
    openai_server: ChatCompletionsServer, worker: WorkerProcess
) -> None:
    from orbiter import Agent, run
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    input_text = "What is the capital of France?"

    # Before
    before = await run(agent, input_text)

    # After
    handle = await distributed(agent, input_text)
    result = await handle.result()

    assert result["output"] == before.output == CAPITAL
    assert result["steps"] == before.steps
    assert result["usage"]["input_tokens"] == before.usage.input_tokens


async def test_replace_run_stream_with_handle_stream(worker: WorkerProcess) -> None:
    from orbiter import Agent, run
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    input_text = "Tell me a story"
    seen: dict[str, list[Any]] = {"before": [], "after": []}

    # Before
    async for event in run.stream(agent, input_text, detailed=True):
        seen["before"].append(event)

    # After
    handle = await distributed(agent, input_text, detailed=True)
    async for event in handle.stream():
        seen["after"].append(event)

    assert shape(seen["after"]) == shape(seen["before"])


# -- Parameters ------------------------------------------------------------------------------


async def test_messages_history_reaches_the_model_in_both_modes(
    openai_server: ChatCompletionsServer, worker: WorkerProcess
) -> None:
    from orbiter import Agent, run
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    history = [
        {"role": "user", "content": "My name is Ada."},
        {"role": "assistant", "content": "Nice to meet you, Ada."},
    ]
    await run(agent, "What is my name?", messages=history)
    local_sent = openai_server.requests[-1]["messages"]

    handle = await distributed(agent, "What is my name?", messages=history)
    result = await handle.result()

    remote_sent = openai_server.requests[-1]["messages"]
    assert remote_sent == local_sent
    assert [m["content"] for m in remote_sent] == [
        "My name is Ada.",
        "Nice to meet you, Ada.",
        "What is my name?",
    ]
    assert result["output"] == "You said: What is my name?"


async def test_metadata_and_timeout_are_kept_on_the_task(worker: WorkerProcess) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    handle = await distributed(
        agent, "Hello", timeout=120, metadata={"user_id": "u-42", "tags": ["guide"]}
    )
    await handle.result()
    status = await handle.status()
    assert status is not None
    assert status.metadata == {"user_id": "u-42", "tags": ["guide"]}
    assert status.timeout == 120
    assert status.status == "COMPLETED"


async def test_default_timeout_is_300_seconds(worker: WorkerProcess) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    handle = await distributed(Agent(name="assistant", model="openai:gpt-4o"), "Hello")
    await handle.result()
    status = await handle.status()
    assert status is not None
    assert status.timeout == 300


async def test_max_steps_travels_in_the_agent(
    openai_server: ChatCompletionsServer, worker: WorkerProcess
) -> None:
    """``max_steps`` is set on the Agent and honoured on the worker (tool loop cut short)."""
    from orbiter import Agent, run
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o", tools=[get_weather], max_steps=1)
    with pytest.raises(Exception) as local:  # noqa: PT011 (compared with the remote one below)
        await run(agent, "Weather in Paris?")
    handle = await distributed(agent, "Weather in Paris?")
    with pytest.raises(RuntimeError) as remote:
        await handle.result()
    assert str(remote.value) == f"Task {handle.task_id} failed: {local.value}"
    assert len([r for r in openai_server.requests if "tools" in r]) == 2


# -- Event consumption -----------------------------------------------------------------------


async def test_submit_then_stream_wait_and_poll(worker: WorkerProcess) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    # Submit — returns immediately
    handle = await distributed(agent, "Hello", detailed=True)

    # Option 3 first (the task may not have started yet)
    status = await handle.status()
    line = printed(lambda: print(f"Task {handle.task_id}: {status.status}"))
    assert line in {f"Task {handle.task_id}: {s}\n" for s in ("PENDING", "RUNNING", "COMPLETED")}

    # Option 1
    events = [event async for event in handle.stream()]
    assert events[-1].type == "status"
    assert events[-1].status == "completed"

    # Option 2
    result = await handle.result()
    assert result["output"] == "You said: Hello"

    status = await handle.status()
    assert printed(lambda: print(f"Task {handle.task_id}: {status.status}")) == (
        f"Task {handle.task_id}: COMPLETED\n"
    )


async def test_replay_after_completion(shared_redis_url: str, worker: WorkerProcess) -> None:
    from orbiter import Agent
    from orbiter.distributed import EventSubscriber, distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    handle = await distributed(agent, "Tell me a story", detailed=True)
    await handle.result()
    live = [event async for event in handle.stream()]
    task_id = handle.task_id

    subscriber = EventSubscriber(shared_redis_url)
    await subscriber.connect()

    replayed = []
    async for event in subscriber.replay(task_id):
        replayed.append(event)

    assert replayed == live
    assert "".join(e.text for e in replayed if e.type == "text") == STORY
    # Kept for an hour by default.
    from orbiter.distributed.keys import Keys

    r = aredis.Redis.from_url(shared_redis_url)
    try:
        ttl = await r.ttl(Keys().events(task_id))
    finally:
        await r.aclose()
    assert 3500 < ttl <= 3600
    await subscriber.close()


async def test_late_subscribers_see_every_event_from_the_start(
    shared_redis_url: str, openai_server: ChatCompletionsServer, worker: WorkerProcess
) -> None:
    from orbiter import Agent
    from orbiter.distributed import EventSubscriber, distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    handle = await distributed(agent, "Long running task", detailed=True)
    # Join while the worker is mid-call: the first events were sent before anyone listened.
    await until(lambda: openai_server.held == 1, what="the model call to start")

    subscriber = EventSubscriber(shared_redis_url)
    await subscriber.connect()

    joined = asyncio.ensure_future(_collect(subscriber.replay(handle.task_id)))
    streamed = asyncio.ensure_future(_collect(handle.stream()))
    await asyncio.sleep(0.05)
    assert not joined.done()
    assert not streamed.done()
    openai_server.release()
    first, second = await asyncio.wait_for(asyncio.gather(joined, streamed), 20)

    assert first == second
    assert [row[:3] for row in shape(first)][:3] == [
        ("status", "assistant", "starting"),
        ("status", "assistant", "running"),
        ("step", "assistant", 1),
    ]
    assert first[-1].type == "status"
    assert first[-1].status == "completed"
    assert "".join(e.text for e in first if e.type == "text") == "You said: Long running task"
    await subscriber.close()


# -- Error handling --------------------------------------------------------------------------


async def test_local_error_raises(openai_server: ChatCompletionsServer) -> None:
    from orbiter import Agent, run

    openai_server.fail = (404, BAD_MODEL)
    agent = Agent(name="assistant", model="openai:gpt-4o")

    shown = io.StringIO()
    try:
        await run(agent, "Hello")
    except Exception as e:
        print(f"Agent failed: {e}", file=shown)
    assert shown.getvalue().startswith("Agent failed: "), "run() should raise on a model error"
    assert BAD_MODEL in shown.getvalue()


async def test_local_stream_yields_error_event_then_reraises(
    openai_server: ChatCompletionsServer,
) -> None:
    from orbiter import Agent, run

    openai_server.fail = (404, BAD_MODEL)
    agent = Agent(name="assistant", model="openai:gpt-4o")

    seen: list[Any] = []
    reraised: list[Exception] = []
    try:
        async for event in run.stream(agent, "Hello", detailed=True):
            seen.append(event)
            if event.type == "error":
                assert BAD_MODEL in event.error
    except Exception as exc:
        reraised.append(exc)  # Exception re-raised after ErrorEvent
    errors = [e for e in seen if e.type == "error"]
    assert len(errors) == 1
    assert reraised
    assert BAD_MODEL in str(reraised[0])
    assert errors[0].error_type == type(reraised[0]).__name__


async def test_distributed_error_result_status_and_stream(
    openai_server: ChatCompletionsServer, worker: WorkerProcess
) -> None:
    from orbiter import Agent, run
    from orbiter.distributed import distributed

    openai_server.fail = (404, BAD_MODEL)
    agent = Agent(name="assistant", model="openai:gpt-4o")

    handle = await distributed(agent, "Hello")
    try:
        result = await handle.result()
    except RuntimeError as e:
        message = str(e)
    else:
        pytest.fail(f"result() returned {result!r} for a failing task")
    assert message.startswith(f"Task {handle.task_id} failed: ")
    assert BAD_MODEL in message

    status = await handle.status()
    assert status
    assert status.status == "FAILED"
    assert BAD_MODEL in status.error

    # The same failure in detailed mode: the ErrorEvent matches what run.stream yields.
    local_errors = []
    with contextlib.suppress(Exception):
        async for event in run.stream(agent, "Hello", detailed=True):
            if event.type == "error":
                local_errors.append(event)
    handle = await distributed(agent, "Hello", detailed=True)
    out = io.StringIO()
    remote_errors = []
    with contextlib.redirect_stdout(out):
        async for event in handle.stream():
            if event.type == "error":
                print(f"Error from worker: {event.error}")
                print(f"  Type: {event.error_type}")
                print(f"  Recoverable: {event.recoverable}")
                remote_errors.append(event)
    assert len(remote_errors) == 1
    error = remote_errors[0]
    assert (error.error, error.error_type, error.recoverable) == (
        local_errors[0].error,
        local_errors[0].error_type,
        local_errors[0].recoverable,
    )
    assert f"Error from worker: {error.error}\n  Type: {error.error_type}\n" in out.getvalue()
    assert "  Recoverable: False\n" in out.getvalue()


async def test_server_errors_are_retried_then_reported_as_recoverable(
    openai_server: ChatCompletionsServer, worker: WorkerProcess
) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    openai_server.fail = (503, "The server is overloaded")
    agent = Agent(name="assistant", model="openai:gpt-4o", model_options={"retry_base_delay": 0.05})
    handle = await distributed(agent, "Hello", detailed=True)
    errors = [event async for event in handle.stream() if event.type == "error"]
    assert len(errors) == 1
    assert "overloaded" in errors[0].error
    assert errors[0].recoverable is True
    assert len(openai_server.requests) == 3  # the first call and two retries
    with pytest.raises(RuntimeError, match="overloaded"):
        await handle.result()


# -- Cancellation, timeouts, crashes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "sent_before"),
    [("Long running task", ""), ("Write slowly about the sea", "You said:")],
    ids=["waiting-for-the-model", "mid-stream"],
)
async def test_cancel_a_long_running_task(
    openai_server: ChatCompletionsServer, worker: WorkerProcess, prompt: str, sent_before: str
) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    handle = await distributed(agent, prompt)

    # The guide sleeps 10 s; here: until the worker is in the middle of the model call.
    await until(lambda: openai_server.held == 1, what="the model call to start")
    assert await handle.cancel() is True

    events = [event async for event in handle.stream()]
    assert events[-1].type == "status"
    assert events[-1].status == "cancelled"
    assert "".join(e.text for e in events if e.type == "text") == sent_before
    with pytest.raises(RuntimeError, match=f"Task {handle.task_id}"):
        await handle.result()
    status = await handle.status()
    assert status
    assert status.status == "CANCELLED"
    # The worker stopped the run: it hung up on the model instead of waiting for the answer.
    await until(lambda: openai_server.hung_up == 1, what="the worker to drop the model call")
    worker.wait_for(f"{handle.task_id} after")
    # ...and is free for the next task.
    nxt = await distributed(agent, "What is the capital of France?")
    assert (await nxt.result(timeout=15))["output"] == CAPITAL
    assert await handle.cancel() is False


async def test_task_timeout_fails_the_task(
    openai_server: ChatCompletionsServer, worker: WorkerProcess
) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    handle = await distributed(agent, "Long running task", timeout=1)
    with pytest.raises(RuntimeError, match=f"Task {handle.task_id} failed: .*timed out"):
        await handle.result(timeout=15)
    status = await handle.status()
    assert status
    assert status.status == "FAILED"
    await until(lambda: openai_server.hung_up == 1, what="the worker to drop the model call")


async def test_killed_worker_task_is_finished_by_another(
    openai_server: ChatCompletionsServer, start_worker: StartWorker
) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    # Leases of one second: one given as an option, one from the environment.
    workers = {
        "w-option": start_worker("--worker-id", "w-option", "--lease", "1"),
        "w-env": start_worker("--worker-id", "w-env", ORBITER_LEASE_SECONDS="1"),
    }
    workers["w-env"].wait_for("lease 1 s")
    agent = Agent(name="assistant", model="openai:gpt-4o")
    # One task each first: a worker's first model call imports and sets up the HTTP stack,
    # which on a busy machine can hold its event loop past a 1 s lease and lose the task.
    warm = [await distributed(agent, f"Long running task {i}") for i in range(2)]
    await until(lambda: openai_server.held == 2, what="both workers in a model call")
    openai_server.release()
    for h in warm:
        await h.result(timeout=15)
    openai_server.reset()

    handle = await distributed(agent, "Long running task", detailed=True)
    await until(lambda: openai_server.held == 1, what="the model call to start")
    status = await handle.status()
    assert status
    assert status.status == "RUNNING"
    assert status.worker_id in workers

    victim = status.worker_id
    workers[victim].proc.send_signal(signal.SIGKILL)
    workers[victim].proc.wait(10)
    openai_server.release()

    result = await handle.result(timeout=30)
    assert result["output"] == "You said: Long running task"
    status = await handle.status()
    assert status
    assert status.status == "COMPLETED"
    assert status.attempt == 2
    assert status.worker_id != victim
    events = [event async for event in handle.stream()]
    finished = [e for e in events if e.type == "status" and e.status == "completed"]
    assert len(finished) == 1
    assert finished[0].attempt == 2
    answer = "".join(e.text for e in events if e.type == "text" and e.attempt == 2)
    assert answer == "You said: Long running task"


async def test_tasks_wait_for_a_worker(
    openai_server: ChatCompletionsServer, start_worker: StartWorker
) -> None:
    """Submitted with no worker running, a task waits; the first worker started runs it."""
    from orbiter import Agent
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    handle = await distributed(agent, "What is the capital of France?", detailed=True)
    with pytest.raises(TimeoutError):
        await handle.result(timeout=0.2)
    status = await handle.status()
    assert status
    assert status.status == "PENDING"
    # A stream opened before anything ran gets every event once the task runs.
    early = asyncio.ensure_future(asyncio.wait_for(_collect(handle.stream()), 30))
    start_worker(ready=False)
    assert (await handle.result(timeout=20))["output"] == CAPITAL
    events = await early
    assert (events[0].type, events[0].status) == ("status", "starting")
    assert "".join(e.text for e in events if e.type == "text") == CAPITAL


async def test_worker_without_model_key_fails_tasks_with_a_clear_error(
    start_worker: StartWorker,
) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    start_worker(OPENAI_API_KEY="")
    handle = await distributed(Agent(name="assistant", model="openai:gpt-4o"), "Hello")
    with pytest.raises(RuntimeError, match=f"Task {handle.task_id} failed: .*OPENAI_API_KEY"):
        await handle.result(timeout=20)


async def test_cancel_before_a_worker_takes_it(
    openai_server: ChatCompletionsServer, start_worker: StartWorker
) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o")
    handle = await distributed(agent, "Tell me a story", detailed=True)
    assert await handle.cancel() is True
    events = [event async for event in handle.stream()]
    assert [(e.type, e.status) for e in events if e.type == "status"][-1] == (
        "status",
        "cancelled",
    )
    with pytest.raises(RuntimeError, match=f"Task {handle.task_id}"):
        await handle.result()

    start_worker()
    later = await distributed(agent, "What is the capital of France?")
    assert (await later.result(timeout=20))["output"] == CAPITAL
    status = await handle.status()
    assert status
    assert status.status == "CANCELLED"
    # The worker took the queue in order and skipped the cancelled task: no model call for it.
    assert [r["messages"][-1]["content"] for r in openai_server.requests] == [
        "What is the capital of France?"
    ]


async def test_a_pool_of_workers_shares_the_load(
    openai_server: ChatCompletionsServer, start_worker: StartWorker
) -> None:
    from orbiter import Agent
    from orbiter.distributed import distributed

    start_worker("--worker-id", "w-a")
    start_worker("--worker-id", "w-b")
    agent = Agent(name="assistant", model="openai:gpt-4o")
    handles = [await distributed(agent, f"Long running task {i}") for i in range(2)]
    await until(lambda: openai_server.held == 2, what="both workers in a model call")
    openai_server.release()
    for handle in handles:
        await handle.result(timeout=15)
    statuses = [await h.status() for h in handles]
    assert {s.worker_id for s in statuses if s} == {"w-a", "w-b"}


async def test_task_survives_its_client_going_away(
    shared_redis_url: str, openai_server: ChatCompletionsServer, worker: WorkerProcess
) -> None:
    """A client process submits and exits at once; the task still runs, and others read it."""
    import sys

    from orbiter.distributed import EventSubscriber, TaskHandle

    script = (
        "import asyncio\n"
        "from orbiter import Agent\n"
        "from orbiter.distributed import distributed\n"
        "async def main():\n"
        "    agent = Agent(name='assistant', model='openai:gpt-4o')\n"
        "    handle = await distributed(agent, 'Long running task', detailed=True)\n"
        "    print(handle.task_id)\n"
        "asyncio.run(main())\n"
    )
    client = await asyncio.create_subprocess_exec(
        sys.executable, "-c", script, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    out, err = await asyncio.wait_for(client.communicate(), 30)
    assert client.returncode == 0, err.decode()
    task_id = out.decode().strip()
    await until(lambda: openai_server.held == 1, what="the worker to start the model call")
    openai_server.release()

    subscriber = EventSubscriber(shared_redis_url)
    await subscriber.connect()
    events = [event async for event in subscriber.replay(task_id)]
    await subscriber.close()
    assert events[-1].type == "status"
    assert events[-1].status == "completed"
    async with TaskHandle.attach(task_id) as handle:
        result = await handle.result(timeout=15)
    assert result["output"] == "You said: Long running task"


# -- Missing configuration -------------------------------------------------------------------


async def test_missing_redis_url_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from orbiter import Agent
    from orbiter.distributed import EventSubscriber, distributed

    monkeypatch.delenv("ORBITER_REDIS_URL")
    agent = Agent(name="assistant", model="openai:gpt-4o")
    with pytest.raises(ValueError, match="ORBITER_REDIS_URL"):
        await distributed(agent, "Hello")
    with pytest.raises(ValueError, match="ORBITER_REDIS_URL"):
        EventSubscriber()


def test_worker_without_redis_url_says_what_to_set(shared_redis_url: str) -> None:
    env = worker_env(shared_redis_url, "http://127.0.0.1:9/v1")
    del env["ORBITER_REDIS_URL"]
    done = subprocess.run(
        [*ORBITER, "start", "worker"], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode != 0
    assert "ORBITER_REDIS_URL" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


# -- Event filtering -------------------------------------------------------------------------


async def test_event_filtering_local_and_client_side(worker: WorkerProcess) -> None:
    from orbiter import Agent, run
    from orbiter.distributed import distributed

    agent = Agent(name="assistant", model="openai:gpt-4o", tools=[get_weather])
    local = []
    async for event in run.stream(
        agent, "Weather in Paris?", detailed=True, event_types={"text", "tool_result"}
    ):
        local.append(event)

    handle = await distributed(agent, "Weather in Paris?", detailed=True)
    remote = []
    async for event in handle.stream():
        if event.type in {"text", "tool_result"}:
            remote.append(event)

    assert {e.type for e in local} == {"text", "tool_result"}
    assert shape(remote) == shape(local)
    results = [e for e in remote if e.type == "tool_result"]
    assert results[0].result is not None
    assert "Sunny" in results[0].result
