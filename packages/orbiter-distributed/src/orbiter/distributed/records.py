"""Task status values and the task record as clients see it."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

import msgspec

from orbiter.distributed.errors import TaskRecordCorruptedError


class TaskStatus(StrEnum):
    """Where a task is in its life; compares equal to its plain string (``"RUNNING"``)."""

    PENDING = "PENDING"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"
    RETRYING = "RETRYING"
    SCHEDULED = "SCHEDULED"
    INTERRUPTED = "INTERRUPTED"
    """Paused for a person's approval of tool calls: no worker holds it until it is resumed."""

    @property
    def finished(self) -> bool:
        return self in (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED)


class PendingCall(msgspec.Struct, kw_only=True):
    """A tool call a paused task waits on a decision for (``arguments`` is JSON text)."""

    id: str
    name: str
    arguments: str


class TaskRecord(msgspec.Struct, kw_only=True):
    """A snapshot of one task.

    Args:
        status: a :class:`TaskStatus` (compares equal to ``"PENDING"``, ``"RUNNING"``, ...).
        error: the failure message when ``status`` is FAILED (or the cancel reason).
        worker_id: the worker running (or that last ran) the task.
        attempt: how many times a worker started it (1 on the first run).
        created_at, started_at, finished_at: Unix timestamps in seconds.
        run_at: when a SCHEDULED task is due, or a RETRYING task's next attempt (Unix time).
        retries: how many times its retry policy sent it back to wait for another try.
        cancel_requested: someone asked to cancel it.
        pending: the tool calls waiting for a decision when ``status`` is INTERRUPTED.
        expires_at: when an INTERRUPTED task fails unless it was resumed (Unix seconds).
    """

    task_id: str
    status: TaskStatus
    queue: str = ""
    name: str = ""
    kind: str = ""
    attempt: int = 0
    worker_id: str | None = None
    created_at: float | None = None
    started_at: float | None = None
    finished_at: float | None = None
    timeout: float | None = None
    error: str | None = None
    error_type: str | None = None
    result: dict[str, Any] | None = None
    metadata: dict[str, Any] = {}
    cancel_requested: bool = False
    run_at: float | None = None
    retries: int = 0
    pending: list[PendingCall] = []
    expires_at: float | None = None

    @property
    def finished(self) -> bool:
        return self.status.finished

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (for ``--json`` output)."""
        return msgspec.to_builtins(self)


RECORD_FIELDS = (
    "status", "queue", "name", "kind", "attempt", "worker", "created_at", "started_at",
    "finished_at", "timeout", "error", "error_type", "result", "metadata", "cancel", "run_at",
    "retries", "pending", "expires_at",
)  # fmt: skip
WORKER_FIELDS = (
    "entry", "seq", "last", "lapsed", "lapsed_alive", "executor", "payload", "signature",
    "checkpoint", "checkpoint_at", "decisions", "base_attempt", "thread", "thread_stop",
    "parked", "tenant", "priority",
)  # fmt: skip
"""Record fields only the scripts and workers use: the queue entry, events written by this
attempt and the last event's id, the attempts whose lease lapsed (and whose worker was alive
then), which executor runs the task, the queue entry's payload and signature while the task is
off the queue (waiting in the due set, or paused for approval), the run's state after its last
completed step or pause (a ``RunCheckpoint`` as JSON) with the id of that step's last event,
the decisions a paused run is resumed with, and the attempt a resumed run counts its attempts
from; for a task on a thread, the thread, how a newer task asked it to stop (``interrupt`` or
``rollback``), and while it is parked waiting for the thread, the key of the queue it goes to
(its payload and signature wait in the same two fields); the tenant and priority the gate
queued a task by. ``RECORD_FIELDS`` plus these is the
whole record."""


def pending_record(
    *,
    queue: str,
    name: str,
    kind: str,
    created_at: float,
    timeout: float,
    metadata: bytes,
    executor: str | None = None,
    run_at: float | None = None,
) -> list[Any]:
    """The field/value pairs of a new PENDING task record, as every executor writes it.

    Args:
        metadata: the task's metadata, already JSON.
        executor: stored for executors other than the Redis queue (``"temporal"``).
        run_at: when a delayed task is due (Unix time): it is SCHEDULED until then.
    """
    status = "PENDING" if run_at is None else "SCHEDULED"
    fields: list[Any] = [
        "status", status, "queue", queue, "name", name, "kind", kind, "attempt", 0,
        "created_at", repr(created_at), "timeout", repr(timeout), "metadata", metadata,
    ]  # fmt: skip
    if executor is not None:
        fields += ["executor", executor]
    if run_at is not None:
        fields += ["run_at", repr(run_at)]
    return fields


def _text(v: bytes | None) -> str | None:
    return v.decode(errors="replace") if v else None


def _num(v: bytes | None) -> float | None:
    return float(v) if v else None


def _int(v: bytes | None) -> int:
    if v and not v.isdigit():
        raise ValueError("a whole number")
    return int(v or 0)


def _status(v: bytes) -> TaskStatus:
    try:
        return TaskStatus(v.decode())
    except (ValueError, UnicodeDecodeError):
        raise ValueError(f"a task status ({', '.join(TaskStatus)})") from None


_pending = msgspec.json.Decoder(list[PendingCall])


def _calls(v: bytes | None) -> list[PendingCall]:
    try:
        return _pending.decode(v) if v else []
    except (msgspec.DecodeError, msgspec.ValidationError):
        raise ValueError("a JSON list of tool calls") from None


def _json(v: bytes | None) -> Any:
    try:
        return msgspec.json.decode(v) if v else None
    except msgspec.DecodeError:
        raise ValueError("JSON") from None


def record_from_values(
    task_id: str, values: list[bytes | None], key: str | None = None
) -> TaskRecord | None:
    """Build a record from ``HMGET key *RECORD_FIELDS`` (None when the task is unknown).

    Raises TaskRecordCorruptedError naming ``key`` and the field when a value cannot be read.
    """
    row = dict(zip(RECORD_FIELDS, values, strict=True))
    if not row["status"]:
        return None

    def read(field: str, convert: Callable[[Any], Any]) -> Any:
        try:
            return convert(row[field])
        except ValueError as exc:
            shown = repr((row[field] or b"").decode(errors="replace"))[:80]
            want = exc.args[0] if convert in _CONVERTERS else "a number"
            raise TaskRecordCorruptedError(
                f"task record {key or task_id} is corrupted: field {field!r} holds {shown}, "
                f"not {want}. A worker fails the task with this message when it next touches "
                "it; submit the task again if it has to run"
            ) from None

    metadata = read("metadata", _json)
    return TaskRecord(
        task_id=task_id,
        status=read("status", _status),
        queue=_text(row["queue"]) or "",
        name=_text(row["name"]) or "",
        kind=_text(row["kind"]) or "",
        attempt=read("attempt", _int),
        worker_id=_text(row["worker"]),
        created_at=read("created_at", _num),
        started_at=read("started_at", _num),
        finished_at=read("finished_at", _num),
        timeout=read("timeout", _num),
        error=_text(row["error"]),
        error_type=_text(row["error_type"]),
        result=read("result", _json),
        metadata=metadata if isinstance(metadata, dict) else {},
        cancel_requested=row["cancel"] == b"1",
        run_at=read("run_at", _num),
        retries=read("retries", _int),
        pending=read("pending", _calls),
        expires_at=read("expires_at", _num),
    )


_CONVERTERS = (_int, _status, _json, _calls)
