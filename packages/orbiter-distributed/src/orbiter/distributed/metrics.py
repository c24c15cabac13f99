"""Prometheus metrics of a worker: its tasks, its queue, and the model and tool calls it makes.

Needs ``prometheus-client`` (``pip install 'orbiter-distributed[metrics]'``). A worker serves
them with ``orbiter start worker --metrics-port N``; an ASGI server can mount :func:`asgi_app`
at ``/metrics``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from orbiter import telemetry
from orbiter.distributed.keys import DEFAULT_LEASE
from orbiter.errors import ConfigurationError
from orbiter.messages import Usage

if TYPE_CHECKING:
    from orbiter.distributed.worker import Worker

try:
    from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
except ImportError:  # pragma: no cover - depends on the installed extras
    CollectorRegistry = None  # type: ignore[assignment,misc]

log = logging.getLogger("orbiter.distributed.metrics")

_RUN_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800)
_CALL_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
_OUTCOMES = {
    "COMPLETED": "completed",
    "FAILED": "failed",
    "RETRYING": "failed",  # an attempt that failed; its retry policy tries the task again
    "CANCELLED": "cancelled",
    "LOST": "lost",
    "HANDED_BACK": "handed_back",
}


class WorkerMetrics:
    """Every metric a worker exports, in a registry of its own (``.registry``).

    It is an :class:`orbiter.telemetry.Observer`: :meth:`install` makes it hear the model and
    tool calls of every run in this process.
    """

    def __init__(self, registry: Any = None) -> None:
        if CollectorRegistry is None:
            raise ConfigurationError(
                "metrics need prometheus-client: pip install 'orbiter-distributed[metrics]'"
            )
        r = self.registry = registry if registry is not None else CollectorRegistry()
        task = ["agent", "queue"]
        self.tasks = {
            name: Counter(f"orbiter_tasks_{name}", f"Task attempts {name} by this worker.", task,
                          registry=r)
            for name in ("started", "completed", "failed", "cancelled", "dead_lettered")
        }  # fmt: skip
        self.run_seconds = Histogram(
            "orbiter_task_run_seconds", "Run time of task attempts, by outcome.",
            ["agent", "queue", "outcome"], buckets=_RUN_BUCKETS, registry=r,
        )  # fmt: skip
        self.queue_wait = Histogram(
            "orbiter_task_queue_wait_seconds", "Time tasks waited in the queue before a claim.",
            ["queue"], buckets=_RUN_BUCKETS, registry=r,
        )  # fmt: skip
        self.running = Gauge("orbiter_worker_running_tasks", "Tasks running here.", registry=r)
        self.redeliveries = Counter(
            "orbiter_task_redeliveries", "Attempts after the first started here.", ["queue"],
            registry=r,
        )  # fmt: skip
        self.lease_lapses = Counter(
            "orbiter_lease_lapses", "Tasks whose lease lapsed while this worker ran them.",
            ["queue"], registry=r,
        )  # fmt: skip
        self.queue = {
            name: Gauge(f"orbiter_queue_{name}", about, ["queue"], registry=r)
            for name, about in (
                ("depth", "Tasks waiting for a worker."),
                ("in_flight", "Tasks claimed by a worker and not finished."),
                ("pending_reclaim", "In-flight tasks whose lease lapsed, to be run again."),
                ("dead_letters", "Entries in the queue's dead-letter stream."),
                ("due", "Delayed tasks and retries waiting for their time."),
                ("held", "Tasks held at the queue's gate (priority or tenant)."),
            )
        }
        self.model_calls = Counter(
            "orbiter_model_calls", "Model calls, by outcome (ok or the error type).",
            ["provider", "model", "outcome"], registry=r,
        )  # fmt: skip
        self.model_seconds = Histogram(
            "orbiter_model_call_seconds", "Model call latency.", ["provider", "model"],
            buckets=_CALL_BUCKETS, registry=r,
        )  # fmt: skip
        self.model_tokens = Counter(
            "orbiter_model_tokens", "Tokens sent (input) and received (output).",
            ["provider", "model", "direction"], registry=r,
        )  # fmt: skip
        self.tool_calls = Counter("orbiter_tool_calls", "Tool calls.", ["tool"], registry=r)
        self.tool_errors = Counter(
            "orbiter_tool_errors", "Tool calls that failed.", ["tool"], registry=r
        )
        self.tool_seconds = Histogram(
            "orbiter_tool_call_seconds", "Tool call latency.", ["tool"], buckets=_CALL_BUCKETS,
            registry=r,
        )  # fmt: skip

        # The labelled children used on every call, looked up once (labels() takes a lock).
        self._models: dict[tuple[str, str], tuple[Any, Any, Any, Any]] = {}
        self._tools: dict[str, tuple[Any, Any]] = {}

    # -- what the runner reports (telemetry.Observer) ----------------------------------------

    def install(self) -> None:
        telemetry.add_observer(self)

    def uninstall(self) -> None:
        telemetry.remove_observer(self)

    def model_call(
        self, provider: str, model: str, seconds: float, usage: Usage | None, error: str | None
    ) -> None:
        key = (provider, model)
        found = self._models.get(key)
        if found is None:
            found = self._models[key] = (
                self.model_calls.labels(provider, model, "ok"),
                self.model_seconds.labels(provider, model),
                self.model_tokens.labels(provider, model, "input"),
                self.model_tokens.labels(provider, model, "output"),
            )
        calls, latency, tokens_in, tokens_out = found
        if error is None:
            calls.inc()
        else:
            self.model_calls.labels(provider, model, error).inc()
        latency.observe(seconds)
        if usage is not None:
            tokens_in.inc(usage.input_tokens)
            tokens_out.inc(usage.output_tokens)

    def tool_call(self, name: str, seconds: float, error: bool) -> None:
        found = self._tools.get(name)
        if found is None:
            found = self._tools[name] = (
                self.tool_calls.labels(name),
                self.tool_seconds.labels(name),
            )
        found[0].inc()
        found[1].observe(seconds)
        if error:
            self.tool_errors.labels(name).inc()

    # -- what the worker reports -------------------------------------------------------------

    def started(self, queue: str, agent: str, attempt: int, wait: float | None) -> None:
        self.tasks["started"].labels(agent, queue).inc()
        self.running.inc()
        if attempt > 1:
            self.redeliveries.labels(queue).inc()
        if wait is not None:
            self.queue_wait.labels(queue).observe(wait)

    def finished(self, queue: str, agent: str, status: str, seconds: float) -> None:
        self.running.dec()
        outcome = _OUTCOMES.get(status, status.lower())
        self.run_seconds.labels(agent, queue, outcome).observe(seconds)
        if outcome in self.tasks:
            self.tasks[outcome].labels(agent, queue).inc()
        elif outcome == "lost":
            self.lease_lapses.labels(queue).inc()

    def dead_lettered(self, queue: str, agent: str) -> None:
        self.tasks["dead_lettered"].labels(agent, queue).inc()

    # -- the queue as a whole ----------------------------------------------------------------

    async def watch_queue(self, worker: Worker, interval: float = 2.0) -> None:
        """Refresh the queue gauges from Redis every ``interval`` seconds, until cancelled."""
        from orbiter.distributed.admin import Admin

        admin = Admin(
            worker.redis_url,
            key_prefix=worker.keys.prefix,
            lease_seconds=worker.lease_seconds or DEFAULT_LEASE,
        )
        try:
            while True:
                try:
                    stats = await admin.queue_stats(worker.queue)
                except Exception as exc:  # a gauge going stale must not stop the worker
                    log.debug("reading queue %r for metrics failed: %s", worker.queue, exc)
                else:
                    for name, gauge in self.queue.items():
                        gauge.labels(worker.queue).set(getattr(stats, name))
                await asyncio.sleep(interval)
        finally:
            with contextlib.suppress(Exception):
                await admin.close()

    def serve(self, port: int, host: str = "0.0.0.0") -> Any:
        """Serve ``/metrics`` over HTTP on ``port`` in a thread; returns the server."""
        from prometheus_client import start_http_server

        server, _thread = start_http_server(port, addr=host, registry=self.registry)
        return server


def asgi_app(metrics: WorkerMetrics) -> Any:
    """An ASGI app answering with ``metrics`` in the Prometheus text format (mount at /metrics)."""
    from prometheus_client import make_asgi_app

    return make_asgi_app(registry=metrics.registry)
