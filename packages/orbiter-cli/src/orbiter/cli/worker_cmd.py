"""``orbiter start worker``: a worker process that says what it does, one line per task."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from orbiter.cli._context import (
    CliError,
    allowed_modules_option,
    console,
    imports_banner,
    print_json,
    shards_note,
    worker_imports_from_cwd,
)
from orbiter.cli._redis import (
    RedisUnreachable,
    checked_url,
    shown_url,
    wait_for_redis,
    waiting_notice,
)
from orbiter.cli.observability import log_line, start_metrics, tracing_from_env
from orbiter.cli.worker_lines import Line, Said, TaskLine, WorkerLines, announce_when_ready
from orbiter.distributed.logs import JsonFormatter, task_context

if TYPE_CHECKING:
    from orbiter.distributed.executor import Emit, Executor, TaskSpec
    from orbiter.distributed.worker import Worker


def _stamp() -> str:
    return time.strftime("%H:%M:%S")


class _Reporting:
    """Wraps the worker's executor to report each task's start and end (see ``WorkerLines``).

    Args:
        log_ids: tag the worker's log records made inside a task with its id and attempt (for
            ``--log-format json``; text lines do not show them, so plain output skips this).
    """

    def __init__(
        self,
        inner: Executor,
        shutting_down: asyncio.Event,
        lines: WorkerLines,
        stop_reason: Callable[[str], str | None],
        log_ids: bool = False,
    ) -> None:
        self.inner = inner
        self.shutting_down = shutting_down
        self.stop_reason = stop_reason
        self.log_ids = log_ids
        # "completed" lines wait until the outcome is stored: Redis may still refuse it.
        self._completed: dict[str, Line] = {}
        self.lines = lines

    async def aclose(self) -> None:
        close = getattr(self.inner, "aclose", None)
        if close is not None:
            await close()

    async def execute(self, spec: TaskSpec, emit: Emit) -> dict[str, Any]:
        lines = self.lines
        routine = not lines.quiet
        if routine:
            lines.add(TaskLine("started", spec.task_id, spec.attempt, spec.target))
        began = time.monotonic()
        try:
            if self.log_ids:
                with task_context(spec.task_id, spec.attempt):
                    result = await self.inner.execute(spec, emit)
            else:
                result = await self.inner.execute(spec, emit)
        except asyncio.CancelledError:
            took = time.monotonic() - began
            reason, why = self._stopped(spec, took)
            lines.add(TaskLine("stopped", spec.task_id, spec.attempt, b"", took, None, reason, why))
            raise
        except Exception as exc:
            took = time.monotonic() - began
            error = type(exc).__name__
            lines.add(
                TaskLine("failed", spec.task_id, spec.attempt, b"", took, None, error, str(exc))
            )
            raise
        if routine:
            took = time.monotonic() - began
            steps = result.get("steps") if isinstance(result, dict) else None
            line = TaskLine("completed", spec.task_id, spec.attempt, b"", took, steps)
            self._completed[spec.task_id] = lines.prepare(line)
        return result

    def _stopped(self, spec: TaskSpec, took: float) -> tuple[str, str]:
        """Why a task was stopped: a word for JSON, a sentence for people."""
        stopped = self.stop_reason(spec.task_id)
        if took >= spec.timeout:
            return "timeout", f"timed out after {spec.timeout:g} s"
        if stopped == "lost":
            return "lost", "its lease lapsed and another worker took it over"
        if stopped == "broken":
            return "failed", "its state in Redis cannot be written (reason below)"
        if self.shutting_down.is_set():
            return "shutdown", "handed back to the queue (worker shutting down)"
        return "cancelled", "cancelled"

    def recorded(self, task_id: str, stored: bool) -> None:
        """The worker stored (or could not store) a task's outcome: report a completion now."""
        line = self._completed.pop(task_id, None)
        if line is not None and stored:
            self.lines.add(line)


def registered_names(worker: Worker) -> list[str] | None:
    found = worker.targets.registered
    return sorted(found) if found is not None else None


def signing_banner(worker: Worker) -> str:
    if not worker.signing_key:
        return "off"
    old = len(worker.previous_signing_keys)
    return "required" + (
        f" ({old} previous key{'s' if old > 1 else ''} still accepted)" if old else ""
    )


class _LogLines(logging.Handler):
    """Worker log records (reconnects, rejected payloads...) as lines among the task lines."""

    def __init__(self, lines: WorkerLines, log_json: Worker | None = None) -> None:
        super().__init__()
        self.lines = lines
        self.log_json = log_json
        if log_json is not None:
            self.setFormatter(JsonFormatter(worker_id=log_json.worker_id, queue=log_json.queue))

    def emit(self, record: logging.LogRecord) -> None:
        from rich.markup import escape

        if self.log_json is not None:
            self.lines.flush()  # the task lines told so far come first
            sys.stdout.write(self.format(record) + "\n")
            sys.stdout.flush()
            return
        message = record.getMessage()
        style = {"WARNING": "yellow", "ERROR": "red", "CRITICAL": "red"}.get(record.levelname)
        text = escape(message)
        markup = f"[{style}]{text}[/]" if style else text
        data = {"event": "log", "level": record.levelname.lower(), "message": message}
        self.lines.add(Said("log", markup, data), at=record.created)


def start_worker(
    *,
    redis_url: str | None,
    concurrency: int,
    queue: str | None,
    worker_id: str | None,
    drain_timeout: float,
    allowed_modules: list[str],
    allow_any_module: bool,
    signing_key: str | None,
    allowed_mcp_commands: list[str] | None = None,
    previous_signing_keys: list[str],
    targets: list[str],
    lease: float | None,
    max_attempts: int | None,
    rate_limits: list[str] | None = None,
    tenant_cap: int | None = None,
    shards: str | None = None,
    wait_for: float | None = None,
    json_mode: bool = False,
    quiet: bool = False,
    log_level: str = "warning",
    metrics_port: int | None = None,
    log_json: bool = False,
) -> None:
    from orbiter.cli.target import load_registry
    from orbiter.distributed.errors import WorkerIdInUseError
    from orbiter.distributed.settings import shard_numbers
    from orbiter.distributed.worker import Worker
    from orbiter.errors import ConfigurationError

    url = checked_url(redis_url)
    allowed = allowed_modules_option(allowed_modules)
    worker_imports_from_cwd()
    registry = load_registry(targets) if targets else None
    shutting_down = asyncio.Event()
    try:
        chosen = None if shards is None else shard_numbers(shards)
    except ValueError as exc:
        raise CliError(f"--shards {shards!r} is not valid: {exc}") from None
    try:
        worker = Worker(
            url,
            concurrency=concurrency,
            queue=queue,
            worker_id=worker_id,
            drain_timeout=drain_timeout,
            allowed_modules=allowed,
            allow_any_module=allow_any_module or None,
            allowed_mcp_commands=",".join(allowed_mcp_commands or []) or None,
            signing_key=signing_key,
            previous_signing_keys=",".join(previous_signing_keys) or None,
            targets=registry,
            lease_seconds=lease,
            max_attempts=max_attempts,
            rate_limits=rate_limits,
            tenant_cap=tenant_cap,
            shards=chosen,
            handle_signals=False,
        )
    except (ValueError, ConfigurationError) as exc:
        raise CliError(str(exc)) from exc
    lines = _report(worker, shutting_down, json_mode, quiet, log_json, log_level)
    tracing = tracing_from_env()
    if metrics_port is not None:
        start_metrics(worker, metrics_port)
    try:
        asyncio.run(_serve(worker, url, shutting_down, lines, wait_for))
    except WorkerIdInUseError as exc:
        raise CliError(str(exc)) from None
    except KeyboardInterrupt:
        raise CliError("worker stopped without draining", code=130) from None
    finally:
        if tracing is not None:
            tracing.shutdown()  # sends the spans still batched


def _report(
    worker: Worker,
    shutting_down: asyncio.Event,
    json_mode: bool,
    quiet: bool,
    log_json: bool,
    log_level: str,
) -> WorkerLines:
    """Show what ``worker`` does: its tasks as they are recorded, and its log records."""
    logs_to = worker if log_json else None
    lines = WorkerLines(
        json_mode=json_mode or log_json,
        quiet=quiet,
        json_line=(lambda level, markup, rec: log_line(worker, level, markup, rec))
        if log_json
        else None,
    )
    reporting = _Reporting(worker.executor, shutting_down, lines, worker.stop_reason, log_json)
    worker.executor = reporting
    worker.on_recorded = reporting.recorded
    log = logging.getLogger("orbiter.distributed")
    log.addHandler(_LogLines(lines, logs_to))
    log.setLevel(log_level.upper())
    log.propagate = False
    return lines


async def _serve(
    worker: Worker,
    url: str,
    shutting_down: asyncio.Event,
    lines: WorkerLines,
    wait_for: float | None,
) -> None:
    out = console()
    json_mode = lines.json_mode

    def say(markup: str, record: dict[str, Any]) -> None:
        lines.flush()  # what tasks reported so far comes first
        if json_mode:
            print_json(lines.json_record(time.time(), "info", markup, record))
        else:
            out.print(markup)

    def waiting(exc: RedisUnreachable) -> None:
        say(*waiting_notice(exc, url, wait_for))

    loop = asyncio.get_running_loop()

    def on_signal(sig: signal.Signals) -> None:
        if shutting_down.is_set():
            say(
                f"[dim]{_stamp()}[/] [yellow]second {sig.name}: handing running tasks back "
                "and exiting now[/]",
                {"event": "stopping", "signal": sig.name, "drain": False},
            )
            worker.stop(force=True)
            return
        shutting_down.set()
        say(
            f"[dim]{_stamp()}[/] {sig.name}: stopping; running tasks get up to "
            f"{worker.drain_timeout:g} s to finish (press Ctrl-C again to exit now)",
            {"event": "stopping", "signal": sig.name, "drain": True},
        )
        worker.stop()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    lines.start()
    try:
        if await wait_for_redis(url, wait_for, shutting_down, waiting):
            serving = loop.create_task(worker.run())
            if worker.metrics is not None:
                gauges = loop.create_task(worker.metrics.watch_queue(worker))
                serving.add_done_callback(lambda _: gauges.cancel())
            await announce_when_ready(
                serving, worker.ready, lambda: say(*_ready_lines(worker, url))
            )
    finally:
        await lines.stop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    done = worker.completed
    say(
        f"[dim]{_stamp()}[/] worker {worker.worker_id} stopped "
        f"({done} task{'' if done == 1 else 's'} finished)",
        {"event": "stopped", "worker_id": worker.worker_id, "finished": done},
    )


def _ready_lines(worker: Worker, url: str) -> tuple[str, dict[str, Any]]:
    """What a worker says once it serves its queue: as text, and as a JSON record."""
    from orbiter.distributed.payload import describe_imports

    return (
        f"[green]●[/] worker [bold]{worker.worker_id}[/] connected to {shown_url(url)}\n"
        f"  queue [bold]{worker.queue}[/]{shards_note(worker.shards)}, "
        f"concurrency {worker.concurrency}, lease {worker.lease_seconds:g} s, "
        f"max attempts {worker.max_attempts}\n"
        f"{imports_banner(worker)}\n"
        f"  MCP server commands: {', '.join(worker.allowed_mcp_commands) or 'none'}\n"
        f"  rate limits: {'; '.join(map(str, worker.rate_limits)) or 'none'}\n"
        f"  payload signing: {signing_banner(worker)}\n"
        "[dim]  Ctrl-C stops after running tasks finish; twice exits at once.[/]",
        {
            "event": "ready",
            "worker_id": worker.worker_id,
            "redis_url": shown_url(url),
            "queue": worker.queue,
            "concurrency": worker.concurrency,
            "lease_seconds": worker.lease_seconds,
            "max_attempts": worker.max_attempts,
            "allowed_modules": worker.allowed_modules,
            "allow_any_module": worker.imports is None,
            "allowed_mcp_commands": worker.allowed_mcp_commands,
            "imports": describe_imports(worker.imports),
            "signing": bool(worker.signing_key),
            "previous_signing_keys": len(worker.previous_signing_keys),
            "targets": registered_names(worker),
            "rate_limits": [str(limit) for limit in worker.rate_limits],
            "shards": worker.shards,
        },
    )
