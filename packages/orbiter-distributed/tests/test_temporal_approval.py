"""Approval on the Temporal executor: the workflow waits for the decision as a signal.

Uses the Temporal dev server, workers and counting scripts of ``test_temporal_executor``.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

pytest.importorskip("temporalio", reason="the Temporal executor needs the 'temporal' extra")

from test_temporal_executor import (  # noqa: F401 (fixtures)
    _counted,
    _events,
    _log,
    _logged,
    settings,
    side_log,
    temporal_address,
    worker,
)

from orbiter import Agent, tool
from orbiter.distributed import distributed
from orbiter.distributed.errors import TaskCancelledError, TaskFailedError
from orbiter.distributed.temporal import TemporalSettings, submit
from orbiter.errors import ResumeError
from orbiter.testing import call_tool, reply

pytestmark = pytest.mark.temporal


@tool(needs_approval=True)
def guarded_add(a: int, b: int) -> int:
    """Add two numbers, once a person agreed."""
    _log(f"tool:guarded:{a}+{b}")
    return a + b


APPROVAL_SCRIPT = _counted(
    "APPROVAL_SCRIPT", [call_tool("guarded_add", a=2, b=3), reply("added after approval")]
)
AGENT = Agent(name="careful", model=f"scripted:{__name__}:APPROVAL_SCRIPT", tools=[guarded_add])


@pytest.fixture
def temporal_env(settings: TemporalSettings, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """``handle.resume()`` finds the Temporal server the way a client does: the env."""
    monkeypatch.setenv("ORBITER_TEMPORAL_ADDRESS", settings.address)
    monkeypatch.setenv("ORBITER_TEMPORAL_TASK_QUEUE", settings.task_queue)


async def test_the_workflow_waits_for_the_decision_signal(
    redis_url: str,
    settings: TemporalSettings,  # noqa: F811 (the fixtures imported above)
    worker: None,  # noqa: F811
    temporal_env: None,
) -> None:
    handle = await submit(AGENT, "add 2 and 3", redis_url=redis_url, temporal=settings,
                          detailed=True)  # fmt: skip
    async with handle:
        live = asyncio.create_task(_events(handle, 60))
        paused = await handle.result(timeout=30)
        assert paused["status"] == "interrupted"
        [call] = paused["pending"]
        assert call["name"] == "guarded_add"
        record = await handle.status()
        assert record is not None
        assert record.status == "INTERRUPTED"
        assert [c.id for c in record.pending] == [call["id"]]
        assert not [line for line in _logged() if line.startswith("tool:guarded")]
        with pytest.raises(ResumeError, match="no decision for the pending calls"):
            await handle.resume()

        await handle.resume(edit={call["id"]: {"a": 4, "b": 5}})
        with pytest.raises(ResumeError, match=r"already resumed|already finished"):
            await handle.resume(approve=[call["id"]])
        done = await handle.result(timeout=30)
        events = await live
    assert done["output"] == "added after approval"
    logged = _logged()
    assert [line for line in logged if line.startswith("tool:guarded")] == ["tool:guarded:4+5"]
    # The model call before the pause was not made again after it.
    assert logged.count("model:APPROVAL_SCRIPT:0") == 1
    # One stream across the pause: each event once, in order (a resumed run announces itself
    # with its own ``starting`` status, so events are told apart by position).
    positions = [e.position for e in events]
    assert len(set(positions)) == len(positions)
    assert positions == sorted(positions, key=lambda p: tuple(map(int, (p or "").split("-"))))
    assert [e.type for e in events if e.type in ("tool_call", "tool_result", "text")] == [
        "tool_call", "tool_result", "text",
    ]  # fmt: skip
    kinds = [e.type for e in events]
    assert kinds.count("interrupt") == 1
    assert kinds.index("interrupt") < kinds.index("tool_result")


async def test_a_paused_workflow_is_cancelled_or_expires(
    redis_url: str,
    settings: TemporalSettings,  # noqa: F811
    worker: None,  # noqa: F811
    temporal_env: None,
    side_log: Path,  # noqa: F811
) -> None:
    handle = await submit(AGENT, "add", redis_url=redis_url, temporal=settings)
    async with handle:
        assert (await handle.result(timeout=30))["status"] == "interrupted"
        assert await handle.cancel() is True
        with pytest.raises(TaskCancelledError):
            await handle.result(timeout=10)

    started = time.monotonic()
    late = await distributed(AGENT, "add", redis_url=redis_url, executor="temporal",
                             approval_ttl=1)  # fmt: skip
    async with late:
        assert (await late.result(timeout=30))["status"] == "interrupted"
        events = await _events(late, 30)  # ends when the workflow's wait is over
        with pytest.raises(TaskFailedError) as failed:
            await late.result(timeout=10)
    assert failed.value.error_type == "ApprovalExpired"
    assert events[-1].type == "error"
    assert time.monotonic() - started >= 1
