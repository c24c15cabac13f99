"""The events of one local run, start to end: checks, thread, hooks, loop, result, clean-up.

``orbiter.runner`` calls :func:`run_events` for ``run()``, ``run.stream()`` and ``run.resume()``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Collection, Sequence
from contextlib import aclosing
from typing import TYPE_CHECKING, Any

from orbiter._run.checks import check_max_steps, check_target, event_filter
from orbiter._run.result import RunResult
from orbiter._run.resume import ResumeRequest, initial_state, open_run
from orbiter._run.state import OnStep, Outcome, Runnable, RunState
from orbiter._run.swarm_modes import target_events
from orbiter._run.threaded import ThreadSession, on_thread
from orbiter.agent import Agent
from orbiter.errors import RunCancelledError, ThreadConflictError
from orbiter.events import ErrorEvent, StatusEvent, StreamEvent
from orbiter.hooks import fire
from orbiter.messages import Message, UserInput
from orbiter.models import Model, check_tool_choice
from orbiter.swarm import Swarm
from orbiter.telemetry import start_run
from orbiter.threads import ThreadStore

if TYPE_CHECKING:
    from orbiter.mcp._pool import MCPPool


async def _fire_run_hook(agent: Agent | None, name: str, exc: BaseException, **ctx: Any) -> None:
    """Fire an error hook without letting a failing hook hide the run's own error."""
    if agent is None or not agent.hooks:
        return
    try:
        await fire(agent.hooks, name, agent=agent, error=exc, **ctx)
    except Exception as hook_exc:
        exc.add_note(f"the {name} hook failed too: {type(hook_exc).__name__}: {hook_exc}")


async def _failed(state: RunState | None, first: Agent | None, exc: BaseException) -> None:
    """Close the run's trace with ``exc`` and tell the lead agent's ``on_run_error`` hook."""
    if state is not None and state.trace is not None:
        state.trace.end(state.usage, state.steps, exc)
    await _fire_run_hook(first, "on_run_error", exc)


def _error_event(exc: Exception, state: RunState | None, root_name: str) -> ErrorEvent:
    """The ``error`` event of a failed run, naming the agent and step where it failed."""
    current = state.current_agent if state is not None else root_name
    step_number = state.step_number if state is not None else None
    where = getattr(exc, "_orbiter_where", None)
    if where is not None:
        current, step_number = where
    return ErrorEvent(
        agent_name=current,
        error=str(exc) or type(exc).__name__,
        error_type=type(exc).__name__,
        step_number=step_number,
        recoverable=bool(getattr(exc, "retryable", False)),
    )


def _result(
    state: RunState, outcome: Outcome, root_name: str, thread: ThreadSession | None
) -> RunResult:
    paused = state.paused
    if paused is not None:
        if thread is not None:
            paused.thread_id = thread.thread_id
            paused.thread_base = thread.base
            paused.run_id = thread.run_id
        return RunResult(
            output="",
            messages=state.messages,
            usage=state.usage,
            steps=state.steps,
            agent_name=paused.agent_name,
            stop_reason="interrupted",
            status="interrupted",
            pending=list(paused.pending),
            state=paused,
            run_id=thread.run_id if thread is not None else None,
        )
    return RunResult(
        output=outcome.output,
        messages=state.messages,
        usage=state.usage,
        steps=state.steps,
        agent_name=outcome.agent or root_name,
        structured_output=outcome.structured,
        stop_reason=outcome.stop_reason,
        finish_reason=outcome.finish_reason,
    )


async def _finish(
    lead: Agent, state: RunState, outcome: Outcome, root_name: str, thread: ThreadSession | None
) -> RunResult:
    """The run's result; a completed run is saved to its thread and told to ``on_run_end``."""
    result = _result(state, outcome, root_name, thread)
    if result.state is not None:  # paused: nothing is saved until the run completes
        return result
    if thread is not None:
        result.run_id = thread.run_id
        try:
            await thread.save(result.messages)
        except ThreadConflictError as exc:
            exc.result = result  # the answer is not lost with the save
            raise
    if lead.hooks:
        await fire(lead.hooks, "on_run_end", agent=lead, result=result)
    return result


class _Run:
    """What one run has taken so far, so that a failure part-way still lets go of it."""

    __slots__ = ("allowed", "detailed", "first", "root_name", "state", "thread")

    def __init__(self, detailed: bool) -> None:
        self.detailed = detailed
        self.allowed: frozenset[str] | None = None
        self.first: Agent | None = None
        self.root_name = ""
        self.state: RunState | None = None
        self.thread: ThreadSession | None = None

    def wants(self, event_type: str) -> bool:
        """Whether the caller asked for events of ``event_type``."""
        if event_type == "status" and not self.detailed:
            return False
        return self.allowed is None or event_type in self.allowed

    async def begin(
        self,
        state: RunState,
        first: Agent,
        checked: Runnable,
        input: UserInput | None,
        resumed: bool,
    ) -> None:
        """Hand out the transcript, open the trace and tell ``on_run_start`` (not on resume)."""
        state.current_agent = self.root_name
        if self.thread is not None:
            self.thread.transcript = state.messages
        state.trace = start_run(self.root_name, "agent" if checked is first else "swarm")
        if first.hooks and not resumed:
            await fire(
                first.hooks, "on_run_start", agent=first, input=input, messages=state.messages
            )

    async def error_events(self, exc: Exception) -> AsyncGenerator[StreamEvent, None]:
        """Close the failed run and yield its ``error`` (and ``status``) event."""
        await _failed(self.state, self.first, exc)
        err = _error_event(exc, self.state, self.root_name)
        if self.wants("error"):
            yield err
        if self.wants("status"):
            yield StatusEvent(agent_name=err.agent_name, status="error", message=err.error)


async def run_events(
    target: Runnable,
    input: UserInput | None,
    *,
    messages: Sequence[Message] | None,
    provider: Model | str | None,
    max_steps: int | None,
    detailed: bool,
    event_types: Collection[str] | None,
    streaming: bool,
    result_box: list[RunResult],
    progress: list[list[Message]] | None = None,
    tool_choice: str | None = None,
    parallel_tool_calls: bool | None = None,
    mcp_pool: MCPPool | None = None,
    thread_id: str | None = None,
    threads: ThreadStore | None = None,
    on_busy: str = "reject",
    resume: ResumeRequest | None = None,
    on_step: OnStep | None = None,
) -> AsyncGenerator[StreamEvent, None]:
    """The events of one run; its result is appended to ``result_box`` when it succeeds.

    ``progress`` receives the run's transcript (the list the run extends) once it has one.
    """
    run = _Run(detailed)
    try:
        checked = check_target(target)
        lead = run.first = checked.agents[0] if isinstance(checked, Swarm) else checked
        run.root_name = lead.name
        run.allowed, run.detailed = event_filter(event_types, detailed)
        check_max_steps(max_steps)
        check_tool_choice(tool_choice, parallel_tool_calls, "run()")
        resumed, thread = await open_run(lead, checked, resume, thread_id, threads, on_busy)
        run.thread = thread
        state = run.state = initial_state(
            resumed, thread, input, messages,
            detailed=run.detailed, streaming=streaming, provider=provider, max_steps=max_steps,
            tool_choice=tool_choice, parallel_tool_calls=parallel_tool_calls, mcp=mcp_pool,
            on_step=on_step if thread is None or on_step is None else on_thread(on_step, thread),
        )  # fmt: skip
        if progress is not None:
            progress.append(state.messages)
        await run.begin(state, lead, checked, input, resumed is not None)
        if run.wants("status"):
            yield StatusEvent(agent_name=run.root_name, status="starting")
            yield StatusEvent(agent_name=run.root_name, status="running")
        outcome = Outcome()
        async with aclosing(target_events(target, state, outcome, resumed)) as evs:
            async for ev in evs:
                if run.allowed is None or ev.type in run.allowed:
                    yield ev
        result = await _finish(lead, state, outcome, run.root_name, thread)
    except asyncio.CancelledError:
        await _failed(run.state, run.first, RunCancelledError("the run was cancelled"))
        if run.thread is not None and run.thread.stopped_by is not None:
            await run.thread.stopped()  # a newer run on the thread stopped this one: raises
        raise
    except Exception as exc:
        async for ev in run.error_events(exc):
            yield ev
        raise
    finally:
        await _release(run.state, run.thread)
    result_box.append(result)
    if run.wants("status"):
        yield StatusEvent(agent_name=result.agent_name, status=result.status)


async def _release(state: RunState | None, thread: ThreadSession | None) -> None:
    """What a run holds, let go of however it ended."""
    if state is not None:
        if state.trace is not None:
            state.trace.end(state.usage, state.steps)  # no-op when it ended already
        await state.close_mcp()
    if thread is not None:
        thread.release()
