"""The local runner: ``run()``, ``run.stream()`` and ``run.sync()``.

This module is the public face; the loop itself lives in ``orbiter._run``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Collection, Mapping, Sequence
from contextlib import aclosing
from typing import TYPE_CHECKING, Any, Literal

import msgspec

from orbiter._run.checks import check_max_steps, check_target, event_filter
from orbiter._run.resume import ResumeRequest, initial_state, open_run
from orbiter._run.state import OnStep, Outcome, Runnable, RunState
from orbiter._run.swarm_modes import target_events
from orbiter._run.sync import blocking
from orbiter._run.threaded import OnBusy, ThreadSession, on_thread
from orbiter.agent import Agent
from orbiter.checkpoint import RunCheckpoint, decisions_for
from orbiter.errors import RunCancelledError, ThreadConflictError
from orbiter.events import ErrorEvent, StatusEvent, StreamEvent
from orbiter.hooks import fire
from orbiter.messages import Message, ToolCall, Usage, UserInput
from orbiter.models import Model, check_tool_choice
from orbiter.swarm import Swarm
from orbiter.telemetry import start_run
from orbiter.threads import ThreadStore

if TYPE_CHECKING:
    from orbiter.mcp._pool import MCPPool

__all__ = ["RunResult", "RunStream", "run"]


class RunResult(msgspec.Struct, kw_only=True):
    """What a finished run produced.

    Args:
        output: the final answer's text.
        messages: the whole transcript: the history passed in, then this run's turns.
        usage: tokens summed over every model call of the run.
        steps: how many model calls the run made.
        agent_name: the agent that gave the final answer.
        structured_output: the answer parsed into the agent's ``output_type``, when it has one.
        stop_reason: why the final model turn ended (``"end_turn"``, ``"max_tokens"`` when the
            answer was cut off, ...; None when the model did not say).
        finish_reason: the same in the provider's own words (``"length"``, ``"MAX_TOKENS"``).
        run_id: the id the run's messages were recorded under on its thread (None without
            ``thread_id``).
        status: ``"completed"``, or ``"interrupted"`` when the run paused because the model
            called tools that need a person's approval (``stop_reason`` says so too).
        pending: the calls waiting for a decision, when interrupted.
        state: the paused run, when interrupted: pass it to ``run.resume()``. It encodes to
            JSON (``state.to_json()``), so it can be kept and resumed in another process.
    """

    output: str
    messages: list[Message]
    usage: Usage
    steps: int
    agent_name: str
    structured_output: Any = None
    stop_reason: str | None = None
    finish_reason: str | None = None
    run_id: str | None = None
    status: Literal["completed", "interrupted"] = "completed"
    pending: list[ToolCall] = msgspec.field(default_factory=list)
    state: RunCheckpoint | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form a distributed task returns; ``messages`` is the whole transcript."""
        return {
            "output": self.output,
            "messages": msgspec.to_builtins(self.messages),
            "usage": msgspec.to_builtins(self.usage),
            "steps": self.steps,
            "agent_name": self.agent_name,
            "structured_output": msgspec.to_builtins(self.structured_output),
            "stop_reason": self.stop_reason,
            "finish_reason": self.finish_reason,
        }


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


async def _stream(
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
    first: Agent | None = None
    state: RunState | None = None
    allowed: frozenset[str] | None = None
    root_name = ""
    thread: ThreadSession | None = None
    try:
        checked = check_target(target)
        lead = checked.agents[0] if isinstance(checked, Swarm) else checked
        first = lead
        root_name = lead.name
        allowed, detailed = event_filter(event_types, detailed)
        check_max_steps(max_steps)
        check_tool_choice(tool_choice, parallel_tool_calls, "run()")
        resumed, thread = await open_run(lead, checked, resume, thread_id, threads, on_busy)
        state = initial_state(
            resumed,
            thread,
            input,
            messages,
            detailed=detailed,
            streaming=streaming,
            provider=provider,
            max_steps=max_steps,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            mcp=mcp_pool,
            on_step=on_step if thread is None or on_step is None else on_thread(on_step, thread),
        )
        state.current_agent = root_name
        if progress is not None:
            progress.append(state.messages)
        if thread is not None:
            thread.transcript = state.messages
        state.trace = start_run(root_name, "agent" if checked is lead else "swarm")
        if first.hooks and resumed is None:
            await fire(
                first.hooks, "on_run_start", agent=first, input=input, messages=state.messages
            )
        if detailed and (allowed is None or "status" in allowed):
            yield StatusEvent(agent_name=root_name, status="starting")
            yield StatusEvent(agent_name=root_name, status="running")
        outcome = Outcome()
        async with aclosing(target_events(target, state, outcome, resumed)) as evs:
            async for ev in evs:
                if allowed is None or ev.type in allowed:
                    yield ev
        result = await _finish(lead, state, outcome, root_name, thread)
    except asyncio.CancelledError:
        await _failed(state, first, RunCancelledError("the run was cancelled"))
        if thread is not None and thread.stopped_by is not None:
            await thread.stopped()  # a newer run on the thread stopped this one: raises
        raise
    except Exception as exc:
        await _failed(state, first, exc)
        err = _error_event(exc, state, root_name)
        if allowed is None or "error" in allowed:
            yield err
        if detailed and (allowed is None or "status" in allowed):
            yield StatusEvent(agent_name=err.agent_name, status="error", message=err.error)
        raise
    finally:
        await _release(state, thread)
    result_box.append(result)
    if detailed and (allowed is None or "status" in allowed):
        yield StatusEvent(agent_name=result.agent_name, status=result.status)


async def _release(state: RunState | None, thread: ThreadSession | None) -> None:
    """What a run holds, let go of however it ended."""
    if state is not None:
        if state.trace is not None:
            state.trace.end(state.usage, state.steps)  # no-op when it ended already
        await state.close_mcp()
    if thread is not None:
        thread.release()


class RunStream:
    """The async iterator ``run.stream()`` returns: events, then ``.result`` once it ends.

    Use it in ``async for``; ``async with run.stream(...) as events:`` also closes the run
    (cancelling tool calls in flight) when the block is left early.
    """

    __slots__ = ("_box", "_gen", "_progress")

    def __init__(
        self,
        gen: AsyncGenerator[StreamEvent, None],
        box: list[RunResult],
        progress: list[list[Message]] | None = None,
    ) -> None:
        self._gen = gen
        self._box = box
        self._progress = progress if progress is not None else []

    def __aiter__(self) -> RunStream:
        return self

    def __anext__(self) -> Awaitable[StreamEvent]:
        return self._gen.__anext__()

    async def aclose(self) -> None:
        """Stop the run if it is still going; tool calls in flight are cancelled and awaited."""
        await self._gen.aclose()

    async def __aenter__(self) -> RunStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._gen.aclose()

    @property
    def messages(self) -> list[Message]:
        """The transcript so far: the history, then the turns the run finished (also after it
        was stopped or failed; empty before it starts)."""
        return self._progress[0] if self._progress else []

    @property
    def result(self) -> RunResult:
        """The :class:`RunResult`, once the stream has ended without an error."""
        if not self._box:
            raise RuntimeError(
                "the run has not finished: iterate the stream to its end before reading .result"
            )
        return self._box[0]


class _Runner:
    """``run(agent, input)``; ``run.stream(...)`` for events; ``run.sync(...)`` without a loop."""

    async def __call__(
        self,
        target: Runnable,
        input: UserInput | None = None,
        *,
        messages: Sequence[Message] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
        tool_choice: str | None = None,
        parallel_tool_calls: bool | None = None,
        thread_id: str | None = None,
        threads: ThreadStore | None = None,
        on_busy: OnBusy = "reject",
    ) -> RunResult:
        """Run an Agent or Swarm to the end and return its :class:`RunResult`.

        Args:
            messages: earlier conversation; ``input`` is appended as the next user message.
            provider: a Model (or model string) used instead of the one each agent names.
            max_steps: overrides each agent's own ``max_steps``.
            tool_choice, parallel_tool_calls: override each agent's own for this run.
            thread_id: run on this thread: start from its transcript (before ``messages`` and
                ``input``) and, if the run succeeds, append the run's new messages to it.
            threads: the :class:`~orbiter.threads.ThreadStore` holding the thread (default:
                the one :func:`~orbiter.threads.set_thread_store` set, else one in memory).
            on_busy: when another run of this process is on the thread: ``"reject"`` fails at
                once with ThreadBusyError, ``"enqueue"`` waits for it to end, ``"interrupt"``
                stops it (keeping the turns it finished) and ``"rollback"`` stops it (keeping
                nothing); the stopped run raises RunInterruptedError.
        """
        box: list[RunResult] = []
        events = _stream(
            target,
            input,
            detailed=False,
            event_types=(),
            streaming=False,
            result_box=box,
            thread_id=thread_id,
            threads=threads,
            on_busy=on_busy,
            **_options(messages, provider, max_steps, tool_choice, parallel_tool_calls),
        )
        async for _ in events:
            pass
        return box[0]

    def stream(
        self,
        target: Runnable,
        input: UserInput | None = None,
        *,
        messages: Sequence[Message] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
        detailed: bool = False,
        event_types: Collection[str] | None = None,
        tool_choice: str | None = None,
        parallel_tool_calls: bool | None = None,
        mcp_pool: MCPPool | None = None,
        thread_id: str | None = None,
        threads: ThreadStore | None = None,
        on_busy: OnBusy = "reject",
        on_step: OnStep | None = None,
    ) -> RunStream:
        """Run and yield typed events as they happen; ``.result`` holds the RunResult after.

        Without ``detailed`` only ``text``, ``tool_call`` and ``error`` events are yielded; with
        it also ``step``, ``tool_result``, ``status``, ``usage``, ``reasoning`` and ``handoff``.
        ``event_types`` keeps only the named types. On failure an ``error`` event is yielded and
        then the exception is raised.

        Args:
            mcp_pool: an :class:`orbiter.mcp.MCPPool` whose MCP connections the run uses and
                leaves open, so that many runs share them (a worker keeps one for its life and
                closes it with ``aclose()``). Without it the run opens its own and closes them
                when it ends.
            thread_id, threads, on_busy: as for ``run()``.
            on_step: called with a :class:`~orbiter.checkpoint.RunCheckpoint` after each
                completed step of the run's own conversation (a step checkpoint: every event
                of that step has been yielded before the call), for the caller to store;
                ``run.resume_stream(target, checkpoint)`` continues the run with its next
                step. Not called inside delegated tasks or a workflow Swarm. It runs in the
                loop: keep it quick, and copy nothing (the checkpoint is the caller's).
        """
        box: list[RunResult] = []
        progress: list[list[Message]] = []
        gen = _stream(
            target,
            input,
            detailed=detailed,
            event_types=event_types,
            streaming=True,
            result_box=box,
            progress=progress,
            mcp_pool=mcp_pool,
            thread_id=thread_id,
            threads=threads,
            on_busy=on_busy,
            on_step=on_step,
            **_options(messages, provider, max_steps, tool_choice, parallel_tool_calls),
        )
        return RunStream(gen, box, progress)

    async def resume(
        self,
        target: Runnable,
        state: RunCheckpoint | bytes | str,
        *,
        approve: Collection[str] = (),
        reject: Mapping[str, str] | None = None,
        edit: Mapping[str, Any] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
        threads: ThreadStore | None = None,
        on_busy: OnBusy = "reject",
    ) -> RunResult:
        """Continue a run that ended ``interrupted``, with a decision for each pending call;
        or a run from a step checkpoint (``on_step=``), with no decisions.

        Args:
            target: the Agent or Swarm the run was started with.
            state: its ``RunResult.state``, or a step checkpoint (or either one's JSON).
            approve: ids of calls to run as the model asked.
            reject: call id -> the reason the model is told instead of a result.
            edit: call id -> the arguments (a dict or JSON text) to run the call with.
            threads, on_busy: for a run on a thread, as for ``run()``.
        """
        events = self.resume_stream(
            target, state, approve=approve, reject=reject, edit=edit, provider=provider,
            max_steps=max_steps, threads=threads, on_busy=on_busy, event_types=(),
        )  # fmt: skip
        async for _ in events:
            pass
        return events.result

    def resume_stream(
        self,
        target: Runnable,
        state: RunCheckpoint | bytes | str,
        *,
        approve: Collection[str] = (),
        reject: Mapping[str, str] | None = None,
        edit: Mapping[str, Any] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
        threads: ThreadStore | None = None,
        on_busy: OnBusy = "reject",
        detailed: bool = False,
        event_types: Collection[str] | None = None,
        mcp_pool: MCPPool | None = None,
        on_step: OnStep | None = None,
    ) -> RunStream:
        """:meth:`resume`, yielding the events of the rest of the run as ``run.stream()`` does.

        Raises ResumeError at once when the decisions do not match the pending calls (a step
        checkpoint has none, so it takes no decisions). ``mcp_pool`` and ``on_step`` are as
        for ``run.stream()``: a resumed run hands out checkpoints of its later steps too.
        """
        checkpoint = state if isinstance(state, RunCheckpoint) else RunCheckpoint.from_json(state)
        decisions = decisions_for(checkpoint, approve, reject, edit)
        box: list[RunResult] = []
        progress: list[list[Message]] = []
        gen = _stream(
            target,
            None,
            detailed=detailed,
            event_types=event_types,
            streaming=event_types != (),
            result_box=box,
            progress=progress,
            threads=threads,
            on_busy=on_busy,
            mcp_pool=mcp_pool,
            on_step=on_step,
            resume=ResumeRequest(checkpoint, decisions),
            **_options(None, provider, max_steps, None, None),
        )
        return RunStream(gen, box, progress)

    # The same parameters as run(), so the two cannot drift apart.
    sync = blocking(
        __call__,
        "Blocking ``run()``: works in plain scripts and inside a running loop (notebooks).",
    )


def _options(
    messages: Sequence[Message] | None,
    provider: Model | str | None,
    max_steps: int | None,
    tool_choice: str | None,
    parallel_tool_calls: bool | None,
) -> dict[str, Any]:
    """The options ``run()`` and ``run.stream()`` share, by keyword."""
    return {
        "messages": messages,
        "provider": provider,
        "max_steps": max_steps,
        "tool_choice": tool_choice,
        "parallel_tool_calls": parallel_tool_calls,
    }


run = _Runner()
