"""The distributed life of a task, for tracing and metrics: submit, queue wait, each attempt.

One trace runs from the client's ``distributed()`` call to the worker: ``submit {queue}``
(producer) puts its W3C trace context in the payload; on the worker ``queued {queue}`` covers
the wait from the moment the task entered the queue to its claim, and ``process {queue}``
(consumer) each attempt, with the agent's ``invoke_agent`` span below it. A reclaimed task's
next attempt is another ``process`` span in the same trace. Nothing here runs when tracing is
off and the worker has no metrics.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, TypeVar

from orbiter import telemetry

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from orbiter.distributed.executor import TaskSpec
    from orbiter.distributed.metrics import WorkerMetrics

_T = TypeVar("_T")


def _messaging(queue: str, operation: str, task_id: str = "") -> dict[str, Any]:
    """The messaging attributes of a queue span (each one costs the SDK a few µs to record and
    export: the ``queued`` span between ``submit`` and ``process`` leaves the task id to them)."""
    attributes = {
        "messaging.system": "redis",
        "messaging.destination.name": queue,
        "messaging.operation.type": operation,
    }
    if task_id:
        attributes["messaging.message.id"] = task_id
    return attributes


class Submit:
    """The client's ``submit {queue}`` span; its context travels in the task payload."""

    __slots__ = ("carrier", "span")

    def __init__(self, tracer: Any, queue: str, task_id: str, target: str) -> None:
        attributes = _messaging(queue, "send", task_id)
        attributes["orbiter.target.name"] = target
        self.span = telemetry.start_span(
            tracer, f"submit {queue}", None, attributes, kind="producer"
        )
        self.carrier: dict[str, str] = {}
        # Without a span (a trace not sampled), the caller's context travels as it is.
        telemetry.inject(
            self.carrier, None if self.span is None else telemetry.span_context(self.span)
        )

    def end(self, error: BaseException | None = None) -> None:
        span = self.span
        if span is None:
            return
        if error is not None:
            telemetry.fail(span, error)
        span.end()


def submit_span(queue: str, task_id: str, target: str) -> Submit | None:
    """A span for submitting a task, or None when tracing is off."""
    tracer = telemetry.tracer()
    return None if tracer is None else Submit(tracer, queue, task_id, target)


def attempt_observer(
    spec: TaskSpec, agent: str, entry_id: str, metrics: WorkerMetrics | None
) -> Attempt | None:
    """What watches one task attempt on a worker, or None when nobody traces or measures."""
    tracer = telemetry.tracer()
    if tracer is None and metrics is None:
        return None
    return Attempt(tracer, spec, agent, entry_id, metrics)


class Attempt:
    """One task attempt on a worker: its ``process`` span and its metrics."""

    __slots__ = ("agent", "ctx", "metrics", "span", "spec", "started")

    def __init__(
        self,
        tracer: Any,
        spec: TaskSpec,
        agent: str,
        entry_id: str,
        metrics: WorkerMetrics | None,
    ) -> None:
        self.spec = spec
        self.agent = agent
        self.metrics = metrics
        self.started = time.monotonic()
        now = time.time()
        # The queue entry id starts with the millisecond it entered the queue; a reclaimed
        # attempt keeps the first entry, so its wait is not a queue wait.
        enqueued = int(entry_id.split("-", 1)[0]) / 1000 if spec.attempt == 1 else None
        wait = max(0.0, now - enqueued) if enqueued is not None else None
        if metrics is not None:
            metrics.started(spec.queue, agent, spec.attempt, wait)
        self.span: Any = None
        self.ctx: Any = None
        if tracer is not None:
            self._start_spans(tracer, enqueued, now)

    def _start_spans(self, tracer: Any, enqueued: float | None, now: float) -> None:
        spec = self.spec
        parent = telemetry.context_from(spec.trace)
        if telemetry.left_out(parent):
            self.ctx = parent  # a trace not sampled: no spans, the client's context goes on
            return
        if enqueued is not None:
            waited = telemetry.start_span(
                tracer,
                f"queued {spec.queue}",
                parent,
                _messaging(spec.queue, "receive"),
                start_time=int(enqueued * 1e9),
            )
            if waited is not None:
                waited.end(end_time=int(now * 1e9))
                parent = telemetry.span_context(waited)
        attributes = _messaging(spec.queue, "process", spec.task_id)
        attributes["orbiter.task.attempt"] = spec.attempt
        attributes["orbiter.worker.id"] = spec.worker_id
        if spec.attempt > 1:
            attributes["orbiter.task.redelivered"] = True
        self.span = telemetry.start_span(
            tracer, f"process {spec.queue}", parent, attributes, kind="consumer"
        )
        self.ctx = parent if self.span is None else telemetry.span_context(self.span)

    async def run(self, awaitable: Awaitable[_T]) -> _T:
        """Await the executor with the ``process`` span as the current span."""
        if self.ctx is None:
            return await awaitable
        return await telemetry.within(self.ctx, awaitable)

    def finish(self, status: str, error_type: str = "", error: str = "") -> None:
        """``COMPLETED``, ``FAILED``, ``RETRYING`` (failed; its retry policy tries again),
        ``CANCELLED``, ``INTERRUPTED`` (paused for approval), ``LOST`` (lease lapsed) or
        ``HANDED_BACK``."""
        if self.metrics is not None:
            seconds = time.monotonic() - self.started
            self.metrics.finished(self.spec.queue, self.agent, status, seconds)
        span, self.span = self.span, None
        if span is None:
            return
        span.set_attribute("orbiter.task.status", status)
        if status in ("FAILED", "RETRYING"):
            telemetry.fail(span, f"{error_type}: {error}" if error_type else error)
        elif status == "LOST":
            telemetry.fail(span, "LeaseLost: the lease lapsed while this worker ran the task")
        span.end()
