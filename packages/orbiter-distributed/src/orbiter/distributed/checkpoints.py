"""Step checkpoints on the Redis queue: a task taken over resumes after its last completed step.

After each completed step the run hands its :class:`~orbiter.checkpoint.RunCheckpoint` to the
worker, whose event writer stores it in the task record (field ``checkpoint``, with the id of
the step's last event in ``checkpoint_at``) in the same script call as that step's last events.

An attempt that starts a task (taken over after a crash, handed back at shutdown, retried)
gets the stored state from the start script and:

1. marks the events earlier attempts wrote after the checkpoint as superseded (one stream
   entry, see :class:`~orbiter.distributed.events.Superseded`; readers drop those events), and
2. continues the run from the checkpoint with :func:`run_from_state`: no completed model or
   tool call is made again, and the run's earlier events are not sent again.

A paused run resumed with a person's decisions (field ``decisions``) starts from its stored
state through the same :func:`run_from_state`; its events before the pause stay as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec
from redis.exceptions import ResponseError

from orbiter.agent import Agent
from orbiter.checkpoint import Decision, RunCheckpoint
from orbiter.distributed._writer import EventWriter, Stream
from orbiter.distributed.connection import TRANSIENT, Backoff
from orbiter.distributed.events import Superseded
from orbiter.distributed.pausing import decision_kwargs, read_decisions
from orbiter.distributed.queue import RedisQueue
from orbiter.events import StatusEvent, StreamEvent
from orbiter.messages import messages_from_json
from orbiter.runner import RunResult, RunStream, run
from orbiter.swarm import Swarm

if TYPE_CHECKING:  # the executor calls run_from_state: these names are only for types here
    from orbiter.distributed.executor import Emit, TaskSpec
    from orbiter.mcp import MCPPool

log = logging.getLogger("orbiter.distributed.worker")


def step_saver(writer: EventWriter, stream: Stream) -> Callable[[RunCheckpoint], None]:
    """The ``on_step`` of one attempt: each checkpoint goes out with its step's last events."""

    def save(checkpoint: RunCheckpoint) -> None:
        writer.checkpoint(stream, checkpoint.to_json())

    return save


async def supersede_earlier(queue: RedisQueue, spec: TaskSpec, stream: Stream) -> None:
    """Before a taken-over attempt writes anything: void what earlier attempts wrote after the
    run's last checkpoint (all they wrote, without one)."""
    if spec.attempt < 2:
        return
    # The script fills the "after" hole with the position the checkpoint covers.
    marker = msgspec.json.encode(Superseded(attempt=spec.attempt, after="@after@"))
    backoff = Backoff()
    for _ in range(20):
        try:
            await queue.supersede(stream.lease, marker)
            return
        except TRANSIENT:
            await backoff.wait()
        except ResponseError as exc:
            log.error("task %s: cannot mark earlier attempts superseded: %s", spec.task_id, exc)
            return


def _without_restart(emit: Emit) -> Emit:
    """``emit`` minus the ``starting``/``running`` events a resumed run sends again: its first
    attempt sent them already, and readers see one run."""

    def send(event: StreamEvent) -> None:
        if type(event) is StatusEvent and event.status in ("starting", "running"):
            return
        emit(event)

    return send


async def run_from_state(
    target: Agent | Swarm,
    spec: TaskSpec,
    emit: Emit,
    *,
    mcp_pool: MCPPool | None = None,
    decisions: dict[str, Decision] | None = None,
) -> RunResult:
    """Run one attempt of a task: from its input, or from the state stored in its record.

    The one way a worker starts a task from stored state: a step checkpoint (a task taken over
    after a crash, handed back, or retried) continues with its next step; a paused run's
    checkpoint continues with ``decisions`` on its pending calls (by call id; read from
    ``spec.decisions``, the record's ``decisions`` field, when not given; decisions left over
    from before a later step checkpoint are ignored). Each completed step's checkpoint goes to
    ``spec.on_step`` when it is set.

    Raises ResumeError when the stored state cannot be continued with ``target``.
    """
    if spec.checkpoint is None:
        messages = messages_from_json(spec.messages) if spec.messages is not None else None
        events: RunStream = run.stream(
            target, spec.input, messages=messages, detailed=spec.detailed,
            mcp_pool=mcp_pool, on_step=spec.on_step,
        )  # fmt: skip
    else:
        checkpoint = RunCheckpoint.from_json(spec.checkpoint)
        if not checkpoint.pending:
            decisions = {}
        elif decisions is None and spec.decisions is not None:
            decisions = read_decisions(spec.decisions)
        decided = decisions or {}
        if not checkpoint.pending:  # not a pause: the run carries on where it was cut off
            emit = _without_restart(emit)
        events = run.resume_stream(
            target,
            checkpoint,
            **decision_kwargs(decided),
            detailed=spec.detailed,
            mcp_pool=mcp_pool,
            on_step=spec.on_step,
        )
    try:
        async for event in events:
            emit(event)
    finally:
        spec.transcript = events.messages  # what a run on a thread keeps if it is interrupted
    return events.result
