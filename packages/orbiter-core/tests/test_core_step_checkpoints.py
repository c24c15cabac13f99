"""Step checkpoints: the run's state after each completed step, and continuing from one."""

from __future__ import annotations

from typing import Any

import pytest
from orbiter_core_helpers import Recorder, add

from orbiter import Agent, Swarm, run
from orbiter.checkpoint import RunCheckpoint
from orbiter.errors import ResumeError
from orbiter.events import HandoffEvent, StepEvent, StreamEvent
from orbiter.messages import AssistantMessage, ToolMessage
from orbiter.testing import call_tool, reply
from orbiter.threads import MemoryThreadStore


def adder(model: Recorder) -> Agent:
    return Agent("adder", model=model, tools=[add])


def three_steps() -> list[Any]:
    return [call_tool("add", a=1, b=2), call_tool("add", a=3, b=4), reply("seven")]


async def _record(agent: Agent | Swarm, **kw: Any) -> tuple[list[StreamEvent], list[bytes]]:
    """The run's events and, as JSON, each checkpoint it handed out."""
    events: list[StreamEvent] = []
    saved: list[bytes] = []

    def on_step(checkpoint: RunCheckpoint) -> None:
        # Every event of the step came before its checkpoint: its completion (and handoff).
        last = events[-2] if isinstance(events[-1], HandoffEvent) else events[-1]
        assert isinstance(last, StepEvent)
        assert last.status == "completed"
        saved.append(checkpoint.to_json())

    stream = run.stream(agent, "add up", detailed=True, on_step=on_step, **kw)
    async for event in stream:
        events.append(event)
    return events, saved


async def test_a_checkpoint_after_each_step_but_the_last() -> None:
    _events, saved = await _record(adder(Recorder(three_steps())))
    checkpoints = [RunCheckpoint.from_json(s) for s in saved]
    assert [c.steps for c in checkpoints] == [1, 2]
    first, second = checkpoints
    assert first.target == first.agent_name == "adder"
    assert not first.pending
    assert not first.done
    assert first.called == ["adder"]
    assert first.steps_used == {"adder": 1}
    # The transcript up to and including the step's tool results.
    assert [type(m).__name__ for m in first.messages] == [
        "UserMessage", "AssistantMessage", "ToolMessage",
    ]  # fmt: skip
    assert len(second.messages) == 5
    assert isinstance(second.messages[-1], ToolMessage)
    assert second.messages[-1].content == "7"
    assert second.usage.requests == 2


async def test_resume_from_a_checkpoint_runs_only_the_later_steps() -> None:
    _events, saved = await _record(adder(Recorder(three_steps())))
    model = Recorder(three_steps())
    stream = run.resume_stream(adder(model), saved[0], detailed=True)
    events = [e async for e in stream]
    result = stream.result
    assert result.output == "seven"
    assert len(model.requests) == 2  # steps 2 and 3; step 1 is not asked again
    assert [e.step_number for e in events if isinstance(e, StepEvent)] == [2, 2, 3, 3]
    assert result.steps == 3
    assert result.usage.requests == 3
    assert [type(m).__name__ for m in result.messages].count("AssistantMessage") == 3


async def test_a_resumed_run_hands_out_checkpoints_of_its_later_steps() -> None:
    _events, saved = await _record(adder(Recorder(three_steps())))
    later: list[RunCheckpoint] = []
    stream = run.resume_stream(adder(Recorder(three_steps())), saved[0], on_step=later.append)
    async for _ in stream:
        pass
    assert [c.steps for c in later] == [2]
    assert RunCheckpoint.from_json(later[0].to_json()) == RunCheckpoint.from_json(saved[1])


async def test_max_steps_counts_the_steps_before_the_checkpoint() -> None:
    _events, saved = await _record(adder(Recorder(three_steps())))
    agent = Agent("adder", model=Recorder(three_steps()), tools=[add], max_steps=2)
    with pytest.raises(Exception, match="used all 2 steps"):
        await run.resume(agent, saved[1])


async def test_a_checkpoint_takes_no_decisions() -> None:
    _events, saved = await _record(adder(Recorder(three_steps())))
    with pytest.raises(ResumeError, match="no pending call has the id 'x'"):
        run.resume_stream(adder(Recorder(three_steps())), saved[0], approve=["x"])


async def test_a_forced_tool_choice_stays_met_after_resuming() -> None:
    model = Recorder(three_steps())
    agent = Agent("adder", model=model, tools=[add], tool_choice="required")
    _events, saved = await _record(agent)
    again = Recorder(three_steps())
    agent = Agent("adder", model=again, tools=[add], tool_choice="required")
    await run.resume(agent, saved[0])
    assert [r.tool_choice for r in again.requests] == ["auto", "auto"]


async def test_a_handoff_swarm_resumes_with_the_agent_handed_to() -> None:
    def lead_model() -> Recorder:
        return Recorder([call_tool("transfer_to_helper", reason="numbers")])

    def helper_model() -> Recorder:
        return Recorder([call_tool("add", a=1, b=1), reply("two")])

    def swarm(lead: Recorder, helper: Recorder) -> Swarm:
        return Swarm(
            [Agent("lead", model=lead), Agent("helper", model=helper, tools=[add])],
            mode="handoff",
        )

    _events, saved = await _record(swarm(lead_model(), helper_model()))
    assert [RunCheckpoint.from_json(s).agent_name for s in saved] == ["helper", "helper"]
    lead, helper = lead_model(), helper_model()
    result = await run.resume(swarm(lead, helper), saved[0])
    assert result.output == "two"
    assert result.agent_name == "helper"
    assert lead.requests == []
    assert len(helper.requests) == 2


async def test_delegated_tasks_hand_out_no_checkpoints() -> None:
    team = Swarm(
        [
            Agent("boss", model=Recorder([call_tool("ask_worker", task="sum"), reply("ok")])),
            Agent("worker", model=Recorder(three_steps()), tools=[add]),
        ],
        mode="team",
    )
    _events, saved = await _record(team)
    assert [RunCheckpoint.from_json(s).agent_name for s in saved] == ["boss"]


class _Crash(Exception):
    pass


async def test_checkpoints_of_a_thread_run_name_the_thread() -> None:
    store = MemoryThreadStore()
    saved: list[RunCheckpoint] = []

    def crash_after_first_step(checkpoint: RunCheckpoint) -> None:
        saved.append(checkpoint)
        raise _Crash  # the process "dies" here: the run is never saved to its thread

    stream = run.stream(
        adder(Recorder(three_steps())), "add up", thread_id="t1", threads=store,
        on_step=crash_after_first_step,
    )  # fmt: skip
    with pytest.raises(_Crash):
        async for _ in stream:
            pass
    assert await store.load("t1") == []
    first = RunCheckpoint.from_json(saved[0].to_json())
    assert first.thread_id == "t1"
    assert first.run_id
    assert first.thread_base == 0
    result = await run.resume(adder(Recorder(three_steps())), first, threads=store)
    assert result.output == "seven"
    assert result.run_id == first.run_id
    stored = await store.load("t1")
    assert sum(isinstance(m, AssistantMessage) for m in stored) == 3


async def test_without_on_step_nothing_is_handed_out() -> None:
    result = await run(adder(Recorder(three_steps())), "add up")
    assert result.output == "seven"
    assert result.state is None


async def test_a_resumed_pause_hands_out_a_checkpoint_once_its_step_is_complete() -> None:
    from orbiter import tool

    @tool(needs_approval=True)
    def delete(name: str) -> str:
        """Delete a file."""
        return f"deleted {name}"

    def agent() -> Agent:
        script = [call_tool("delete", name="a"), reply("gone")]
        return Agent("cleaner", model=Recorder(script), tools=[delete])

    paused = await run(agent(), "clean up")
    assert paused.state is not None
    later: list[RunCheckpoint] = []
    stream = run.resume_stream(
        agent(), paused.state, approve=[paused.pending[0].id], on_step=later.append
    )
    async for _ in stream:
        pass
    assert [c.steps for c in later] == [1]
    assert not later[0].pending
    assert isinstance(later[0].messages[-1], ToolMessage)
    assert later[0].messages[-1].content == "deleted a"
