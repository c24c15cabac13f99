"""Structured logs: one JSON object a line, with the task, worker and trace ids they concern.

``orbiter start worker --log-format json`` writes every line this way. Each object has ``at`` (Unix
time), ``level``, ``message``, and, when known, ``task_id``, ``attempt``, ``worker_id``,
``queue``, and ``trace_id`` / ``span_id`` of the current span when tracing is on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import msgspec

_task: ContextVar[dict[str, Any] | None] = ContextVar("orbiter_log_task", default=None)
_encoder = msgspec.json.Encoder()


@contextmanager
def task_context(task_id: str, attempt: int) -> Iterator[None]:
    """Log records made inside this block (in this task) carry the task id and attempt."""
    token = _task.set({"task_id": task_id, "attempt": attempt})
    try:
        yield
    finally:
        _task.reset(token)


def trace_ids() -> dict[str, str]:
    """``trace_id`` and ``span_id`` of the current span (empty when tracing is off)."""
    otel = sys.modules.get("opentelemetry.trace")
    if otel is None:
        return {}
    ctx = otel.get_current_span().get_span_context()
    if not ctx.is_valid:
        return {}
    return {"trace_id": f"{ctx.trace_id:032x}", "span_id": f"{ctx.span_id:016x}"}


def log_record(at: float, level: str, message: str, **fields: Any) -> dict[str, Any]:
    """The JSON object of one log line; ``fields`` given as None are left out."""
    record: dict[str, Any] = {"at": round(at, 3), "level": level, "message": message}
    record.update(_task.get() or {})
    record.update((k, v) for k, v in fields.items() if v is not None)
    record.update(trace_ids())
    return record


class JsonFormatter(logging.Formatter):
    """A ``logging`` formatter writing each record as one JSON object.

    Args:
        fields: added to every line, e.g. ``worker_id`` and ``queue``.
    """

    def __init__(self, **fields: Any) -> None:
        super().__init__()
        self.fields = fields

    def format(self, record: logging.LogRecord) -> str:
        data = log_record(
            record.created,
            record.levelname.lower(),
            record.getMessage(),
            logger=record.name,
            **self.fields,
        )
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return _encoder.encode(data).decode()
