"""Task status values and the task record as clients see it."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import msgspec


class TaskStatus(StrEnum):
    """Where a task is in its life; compares equal to its plain string (``"RUNNING"``)."""

    PENDING = "PENDING"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"
    RETRYING = "RETRYING"

    @property
    def finished(self) -> bool:
        return self in (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED)


class TaskRecord(msgspec.Struct, kw_only=True):
    """A snapshot of one task.

    Args:
        status: a :class:`TaskStatus` (compares equal to ``"PENDING"``, ``"RUNNING"``, ...).
        error: the failure message when ``status`` is FAILED (or the cancel reason).
        worker_id: the worker running (or that last ran) the task.
        attempt: how many times a worker started it (1 on the first run).
        created_at, started_at, finished_at: Unix timestamps in seconds.
        cancel_requested: someone asked to cancel it.
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

    @property
    def finished(self) -> bool:
        return self.status.finished

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (for ``--json`` output)."""
        return msgspec.to_builtins(self)


RECORD_FIELDS = (
    "status", "queue", "name", "kind", "attempt", "worker", "created_at", "started_at",
    "finished_at", "timeout", "error", "error_type", "result", "metadata", "cancel",
)  # fmt: skip


def _text(v: bytes | None) -> str | None:
    return v.decode() if v else None


def _num(v: bytes | None) -> float | None:
    return float(v) if v else None


def record_from_values(task_id: str, values: list[bytes | None]) -> TaskRecord | None:
    """Build a record from ``HMGET key *RECORD_FIELDS`` (None when the task is unknown)."""
    row = dict(zip(RECORD_FIELDS, values, strict=True))
    if not row["status"]:
        return None
    return TaskRecord(
        task_id=task_id,
        status=TaskStatus(row["status"].decode()),
        queue=_text(row["queue"]) or "",
        name=_text(row["name"]) or "",
        kind=_text(row["kind"]) or "",
        attempt=int(row["attempt"] or 0),
        worker_id=_text(row["worker"]),
        created_at=_num(row["created_at"]),
        started_at=_num(row["started_at"]),
        finished_at=_num(row["finished_at"]),
        timeout=_num(row["timeout"]),
        error=_text(row["error"]),
        error_type=_text(row["error_type"]),
        result=msgspec.json.decode(row["result"]) if row["result"] else None,
        metadata=msgspec.json.decode(row["metadata"]) if row["metadata"] else {},
        cancel_requested=row["cancel"] == b"1",
    )
