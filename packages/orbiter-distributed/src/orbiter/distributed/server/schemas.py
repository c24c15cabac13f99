"""The request and response bodies of the HTTP API, as msgspec Structs.

The OpenAPI document is generated from these same types, so the two cannot drift.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec

from orbiter.distributed.admin import DeadLetter, QueueStats, WorkerInfo
from orbiter.distributed.records import TaskRecord
from orbiter.messages import Message

Positive = Annotated[float, msgspec.Meta(gt=0, le=7 * 24 * 3600)]
Url = Annotated[str, msgspec.Meta(pattern=r"^https?://", max_length=2000)]
ThreadId = Annotated[str, msgspec.Meta(pattern=r"^[^\n]+$", min_length=1, max_length=200)]


class RunCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What to run: a served agent by name, its input, and per-run options."""

    agent: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    input: str | None = None
    messages: list[Message] | None = None
    metadata: dict[str, Any] = {}
    timeout: Positive = 300.0
    detailed: bool = False
    webhook: Url | None = None
    """Called with a POST of the outcome when the run ends (see the docs on signatures)."""
    thread_id: ThreadId | None = None
    """Run on this thread of the API key: start from its transcript, append the new messages."""
    on_busy: Literal["reject", "enqueue", "interrupt", "rollback"] = "reject"
    """What to do when another run is on the thread (see the threads docs)."""
    priority: Literal["low", "normal", "high"] | None = None
    """Higher runs first on the server's queue; lower levels keep a share (docs/policies.md)."""


class Links(msgspec.Struct, kw_only=True):
    self: str
    events: str
    result: str
    cancel: str


class Run(msgspec.Struct, kw_only=True):
    """A run as the API shows it: its task record and where to follow it."""

    id: str
    agent: str
    status: str
    created_at: float | None = None
    started_at: float | None = None
    finished_at: float | None = None
    attempt: int = 0
    worker_id: str | None = None
    error: str | None = None
    error_type: str | None = None
    metadata: dict[str, Any] = {}
    cancel_requested: bool = False
    links: Links


class RunPage(msgspec.Struct, kw_only=True):
    runs: list[Run]
    next_cursor: str | None = None
    """Pass as ``?cursor=`` for the next (older) page; null on the last page."""


class RunResult(msgspec.Struct, kw_only=True):
    """The outcome of a run; ``finished`` is false when ``?wait=`` ran out first."""

    id: str
    status: str
    finished: bool
    output: Any = None
    result: dict[str, Any] | None = None
    error: str | None = None
    error_type: str | None = None


class CancelOutcome(msgspec.Struct, kw_only=True):
    id: str
    outcome: Literal["cancelled", "requested", "finished"]
    """``cancelled`` (it never ran), ``requested`` (its worker stops it), ``finished``."""
    status: str


class StreamToken(msgspec.Struct, kw_only=True):
    """A token that opens only this run's event stream, for ``EventSource`` in a browser."""

    token: str
    expires_at: float
    events_url: str


class AgentInfo(msgspec.Struct, kw_only=True):
    name: str
    kind: Literal["agent", "swarm"]
    description: str = ""
    input: dict[str, Any] = {}
    """JSON Schema of the body that starts a run of this agent."""


class AgentList(msgspec.Struct, kw_only=True):
    agents: list[AgentInfo]


class WorkerList(msgspec.Struct, kw_only=True):
    workers: list[WorkerInfo]


class QueueList(msgspec.Struct, kw_only=True):
    queues: list[QueueStats]


class DeadLetterList(msgspec.Struct, kw_only=True):
    dead_letters: list[DeadLetter]


class Redriven(msgspec.Struct, kw_only=True):
    id: str
    """The run put back on its queue."""


class Health(msgspec.Struct, kw_only=True, omit_defaults=True):
    status: Literal["ok", "unavailable"]
    redis: bool | None = None
    workers: int | None = None
    detail: str | None = None


class Problem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An RFC 9457 problem document (``application/problem+json``)."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    run_id: str | None = None
    errors: list[dict[str, str]] | None = None


def run_from_record(rec: TaskRecord, base: str = "/v1/runs") -> Run:
    path = f"{base}/{rec.task_id}"
    return Run(
        id=rec.task_id,
        agent=rec.name,
        status=str(rec.status),
        created_at=rec.created_at,
        started_at=rec.started_at,
        finished_at=rec.finished_at,
        attempt=rec.attempt,
        worker_id=rec.worker_id,
        error=rec.error,
        error_type=rec.error_type,
        metadata=rec.metadata,
        cancel_requested=rec.cancel_requested,
        links=Links(
            self=path, events=f"{path}/events", result=f"{path}/result", cancel=f"{path}/cancel"
        ),
    )
