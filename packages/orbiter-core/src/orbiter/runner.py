"""The local runner: ``run()``, ``run.stream()`` and ``run.sync()``.

This module is the public face; the loop itself lives in ``orbiter._run``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from orbiter._run.result import RunResult, RunStream
from orbiter._run.resume import ResumeRequest
from orbiter._run.state import OnStep, Runnable
from orbiter._run.stream import run_events
from orbiter._run.sync import blocking
from orbiter._run.threaded import OnBusy
from orbiter.checkpoint import RunCheckpoint, decisions_for
from orbiter.messages import Message, UserInput
from orbiter.models import Model
from orbiter.threads import ThreadStore

if TYPE_CHECKING:
    from orbiter.mcp._pool import MCPPool

__all__ = ["RunResult", "RunStream", "run"]


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
        events = run_events(
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
        gen = run_events(
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
        gen = run_events(
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
