"""Stopping and continuing a run between steps.

A paused run continues with the decided calls of the step it stopped in; a run continued from a
step checkpoint (no pending calls) goes on with its next step. Either way the loop then goes on.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Sequence
from contextlib import aclosing
from typing import TYPE_CHECKING, Any

import msgspec

from orbiter._run.checks import start_messages
from orbiter._run.state import Resumed, RunState
from orbiter._run.threaded import ThreadSession, open_thread
from orbiter._run.tools import Results, error_message, merge, result_event, tool_job, with_mcp_tools
from orbiter.agent import Agent
from orbiter.checkpoint import Decision, RunCheckpoint
from orbiter.errors import ResumeError
from orbiter.events import InterruptEvent, StreamEvent
from orbiter.messages import (
    AssistantMessage,
    Message,
    ToolCall,
    UserInput,
    messages_from_json,
    messages_to_json,
)
from orbiter.swarm import Swarm
from orbiter.threads import ThreadStore

if TYPE_CHECKING:
    from orbiter._run.loop import _Part


def snapshot(part: _Part, current: Agent, **paused: Any) -> RunCheckpoint:
    """The run's state with ``current`` next to act (``paused``: the fields of a pause)."""
    state = part.state
    return RunCheckpoint(
        target=part.agent.name,
        agent_name=current.name,
        # A copy of the list: the conversation grows as the run goes on.
        messages=list(part.conversation),
        usage=state.usage,
        steps=state.steps,
        steps_used=dict(part.steps_used),
        handoffs_done=part.handoffs_done,
        called=sorted(part.called),
        **paused,
    )


def pause(part: _Part, current: Agent, step: int) -> InterruptEvent:
    """Stop the run for the calls that wait for a person; the run's state keeps the rest."""
    pending = part.pending
    part.state.paused = snapshot(
        part,
        current,
        pending=list(pending),
        done={r[0].tool_call_id: r[0] for r in part.results if r is not None},
        handoff=part.handoff.name if part.handoff is not None else None,
        handoff_reason=part.reason,
    )
    return InterruptEvent(agent_name=current.name, calls=list(pending), step_number=step)


def restore(part: _Part, resumed: Resumed) -> None:
    """Take up a run from a step checkpoint: its counters are the part's again."""
    saved = resumed.checkpoint
    part.steps_used = dict(saved.steps_used)
    part.handoffs_done = saved.handoffs_done
    part.called = set(saved.called)
    part.state.current_agent = resumed.agent.name


def _paused_calls(part: _Part) -> list[ToolCall]:
    """The calls of the model turn the run paused after (the transcript's last message)."""
    last = part.conversation[-1] if part.conversation else None
    if not isinstance(last, AssistantMessage) or not last.tool_calls:
        raise ResumeError(
            "the state does not end with the model turn that asked for the pending calls; "
            "pass the RunResult.state of the interrupted run unchanged"
        )
    return last.tool_calls


async def finish_paused(part: _Part, resumed: Resumed) -> AsyncGenerator[StreamEvent, None]:
    """Run the approved and edited calls, answer the rejected ones, and add every result of
    the paused step to the conversation in the order the model asked for them. Then
    ``resumed.agent`` is the agent whose turn is next (another one if the step handed over)."""
    saved = resumed.checkpoint
    current = resumed.agent
    state = part.state
    state.current_agent = current.name
    part.steps_used = dict(saved.steps_used)
    part.handoffs_done = saved.handoffs_done
    part.called.update(saved.called)
    part.called.add(current.name)
    setup = part.setup_for(current)
    tools = setup.tools
    if current.toolsets:
        tools, _specs = await with_mcp_tools(state, current, setup)
    calls = _paused_calls(part)
    results: Results = [None] * len(calls)
    jobs: list[AsyncGenerator[StreamEvent, None]] = []
    for i, call in enumerate(calls):
        done = saved.done.get(call.id)
        decision = resumed.decisions.get(call.id)
        if done is not None or decision is None:
            if done is None:
                raise ResumeError(f"the state has no result or decision for call {call.id!r}")
            results[i] = (done, None)
            continue
        if decision.kind == "reject":
            msg = error_message(call, f"a person rejected this call: {decision.reason}")
            results[i] = (msg, result_event(current.name, call, msg) if state.detailed else None)
            continue
        if decision.kind == "edit":
            # The transcript shows the arguments the tool really ran with.
            call = calls[i] = ToolCall(id=call.id, name=call.name, arguments=decision.arguments)
        found = tools.get(call.name)
        if found is None:
            raise ResumeError(f"agent {current.name!r} has no tool {call.name!r} to resume with")
        jobs.append(tool_job(current, found, call, state, results, i))
    part.results = results
    for r in results:
        if r is not None and r[1] is not None:
            yield r[1]
    if jobs:
        async with aclosing(jobs[0] if len(jobs) == 1 else merge(jobs)) as evs:
            async for event in evs:
                yield event
    part.add_results()
    if saved.handoff is not None:
        part.handoff = next((a for a in setup.handoffs.values() if a.name == saved.handoff), None)
        part.reason = saved.handoff_reason
    resumed.agent, said = part.hand_over(current)
    if said is not None:
        yield said


def agent_named(target: Agent | Swarm, name: str) -> Agent:
    """The agent of ``target`` (or one it can hand over to) called ``name``."""
    todo = list(target.agents) if isinstance(target, Swarm) else [target]
    seen: set[int] = set()
    while todo:
        agent = todo.pop()
        if id(agent) in seen:
            continue
        seen.add(id(agent))
        if agent.name == name:
            return agent
        todo.extend(agent.handoffs)
    raise ResumeError(
        f"the state's active agent {name!r} is not part of the agent being resumed; pass the "
        "same agent or Swarm the run was started with"
    )


class ResumeRequest(msgspec.Struct, frozen=True):
    """What ``run.resume()`` continues: the run's saved state and the person's decisions (none
    for a step checkpoint)."""

    checkpoint: RunCheckpoint
    decisions: dict[str, Decision]


async def open_run(
    lead: Agent,
    target: Agent | Swarm,
    resume: ResumeRequest | None,
    thread_id: str | None,
    threads: ThreadStore | None,
    on_busy: str,
) -> tuple[Resumed | None, ThreadSession | None]:
    """The paused run a resume continues, and the thread the run is on (taken for it)."""
    if resume is None:
        thread = await open_thread(threads, thread_id, on_busy) if thread_id is not None else None
        return None, thread
    saved = resume.checkpoint
    if saved.target != lead.name:
        raise ResumeError(
            f"the state is from a run of {saved.target!r}, not {lead.name!r}; resume it with "
            "the agent or Swarm it was started with"
        )
    resumed = Resumed(saved, resume.decisions, agent_named(target, saved.agent_name))
    if saved.thread_id is None:
        return resumed, None
    thread = await open_thread(threads, saved.thread_id, on_busy, saved.run_id)
    thread.base = saved.thread_base
    return resumed, thread


def initial_state(
    resumed: Resumed | None,
    thread: ThreadSession | None,
    input: UserInput | None,
    messages: Sequence[Message] | None,
    **options: Any,
) -> RunState:
    if resumed is not None:
        saved = resumed.checkpoint
        # A copy: the resumed run edits and extends its transcript, the caller keeps the state.
        copied = messages_from_json(messages_to_json(saved.messages))
        return RunState(messages=copied, usage=saved.usage, steps=saved.steps, **options)
    if thread is not None:
        messages = [*thread.history, *(messages or ())]
    return RunState(messages=start_messages(input, messages), **options)
