"""Tracing, metrics and JSON log lines for ``orbiter start worker``."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from orbiter.cli._context import CliError
from orbiter.errors import ConfigurationError

if TYPE_CHECKING:
    from orbiter.distributed.metrics import WorkerMetrics
    from orbiter.distributed.worker import Worker


def tracing_from_env() -> Any:
    """Export spans over OTLP when the ``OTEL_EXPORTER_OTLP_*`` variables ask for it."""
    from orbiter import telemetry

    try:
        return telemetry.setup_from_env("orbiter-worker")
    except ConfigurationError as exc:
        raise CliError(str(exc)) from None


def start_metrics(worker: Worker, port: int) -> WorkerMetrics:
    """Serve the worker's Prometheus metrics on ``port`` (all interfaces) from now on."""
    from orbiter.distributed.metrics import WorkerMetrics

    try:
        metrics = WorkerMetrics()
        metrics.serve(port)
    except ConfigurationError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(
            f"cannot serve metrics on port {port}: {exc.strerror or exc}",
            hint="choose a free port with --metrics-port",
        ) from None
    metrics.install()
    worker.metrics = metrics
    return metrics


def log_line(worker: Worker, level: str, markup: str, record: dict[str, Any]) -> dict[str, Any]:
    """A ``--log-format json`` line: the ``--json`` record plus level, message and ids."""
    from rich.text import Text

    from orbiter.distributed.logs import log_record

    fields = {"worker_id": worker.worker_id, "queue": worker.queue, **record}
    message = Text.from_markup(markup).plain.strip()
    return log_record(time.time(), level, message, **fields)
