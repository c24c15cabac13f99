"""checkpoints.run_from_state, the one way a worker starts a task from stored state: from a step
checkpoint, and from a paused run's state with the decisions stored beside it."""

from __future__ import annotations

import msgspec

from orbiter import Agent, run, tool
from orbiter.checkpoint import Decision, RunCheckpoint
from orbiter.distributed.checkpoints import run_from_state
from orbiter.distributed.executor import TaskSpec
from orbiter.events import StatusEvent, StreamEvent
from orbiter.testing import ScriptedModel, call_tool, reply

paid: list[int] = []


@tool(needs_approval=True)
def pay(amount: int) -> str:
    """Pay an amount."""
    paid.append(amount)
    return f"paid {amount}"


def payer() -> Agent:
    script = [call_tool("pay", amount=5), call_tool("pay", amount=7), reply("all paid")]
    return Agent("payer", model=ScriptedModel(script), tools=[pay])


def spec(checkpoint: bytes, decisions: bytes | None = None) -> TaskSpec:
    return TaskSpec(
        task_id="t", attempt=2, queue="q", worker_id="w", target=b"{}", input=None,
        messages=None, detailed=True, timeout=60.0, checkpoint=checkpoint, decisions=decisions,
    )  # fmt: skip


def decisions(**kinds: str) -> bytes:
    return msgspec.json.encode({call_id: Decision(kind) for call_id, kind in kinds.items()})  # type: ignore[arg-type]


async def test_a_paused_run_continues_with_its_stored_decisions() -> None:
    paid.clear()
    paused = await run(payer(), "pay both")
    assert paused.state is not None
    call_id = paused.pending[0].id
    events: list[StreamEvent] = []
    saved: list[RunCheckpoint] = []
    task = spec(paused.state.to_json(), decisions(**{call_id: "approve"}))
    task.on_step = saved.append
    result = await run_from_state(payer(), task, events.append)
    assert paid == [5]  # approved and run; the second payment pauses again
    assert result.status == "interrupted"
    # A resumed pause says it runs again; its step checkpoints go out as usual.
    assert [e.status for e in events if isinstance(e, StatusEvent)][:2] == ["starting", "running"]
    assert [c.steps for c in saved] == [1]


async def test_a_step_checkpoint_ignores_decisions_left_from_before_it() -> None:
    paid.clear()
    paused = await run(payer(), "pay both")
    assert paused.state is not None
    first = paused.pending[0].id
    saved: list[RunCheckpoint] = []
    task = spec(paused.state.to_json(), decisions(**{first: "approve"}))
    task.on_step = saved.append
    await run_from_state(payer(), task, lambda e: None)
    # The task is taken over after step 1: the record still holds the old decisions.
    events: list[StreamEvent] = []
    result = await run_from_state(
        payer(), spec(saved[0].to_json(), decisions(**{first: "approve"})), events.append
    )
    assert result.status == "interrupted"
    assert result.pending[0].id != first
    assert paid == [5]
    # Carried on where it was cut off: the run's start is not announced again.
    assert not [e for e in events if isinstance(e, StatusEvent) and e.status == "starting"]
