"""``orbiter start worker``: a worker process that says what it does, one line per task."""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from typing import TYPE_CHECKING, Any

import msgspec

from orbiter.cli._context import (
    CliError,
    allowed_modules_option,
    console,
    imports_banner,
    print_json,
    worker_imports_from_cwd,
)
from orbiter.cli._redis import checked_url, ping, shown_url

if TYPE_CHECKING:
    from orbiter.distributed.executor import Emit, Executor, TaskSpec
    from orbiter.distributed.worker import Worker


class _Target(msgspec.Struct):
    name: str = "?"
    type: str = "agent"


_target = msgspec.json.Decoder(_Target)


def _stamp() -> str:
    return time.strftime("%H:%M:%S")


class _Reporting:
    """Wraps the worker's executor to report each task's start and end (a line or JSON)."""

    def __init__(self, inner: Executor, shutting_down: asyncio.Event, json_mode: bool) -> None:
        self.inner = inner
        self.shutting_down = shutting_down
        self.json_mode = json_mode
        self.out = console()

    def _say(self, markup: str, record: dict[str, Any]) -> None:
        if self.json_mode:
            print_json({"at": round(time.time(), 3), **record})
        else:
            self.out.print(f"[dim]{_stamp()}[/] {markup}")

    async def aclose(self) -> None:
        close = getattr(self.inner, "aclose", None)
        if close is not None:
            await close()

    async def execute(self, spec: TaskSpec, emit: Emit) -> dict[str, Any]:
        from rich.markup import escape

        try:
            target = _target.decode(spec.target)
        except msgspec.DecodeError:
            target = _Target()
        base = {"task_id": spec.task_id, "attempt": spec.attempt}
        label = f"{spec.task_id} ({target.type} {escape(target.name)})"
        retry = f" attempt {spec.attempt}" if spec.attempt > 1 else ""
        self._say(
            f"[cyan]▶ started[/]   {label}{retry}",
            {"event": "started", **base, "name": target.name, "kind": target.type},
        )
        began = time.monotonic()
        try:
            result = await self.inner.execute(spec, emit)
        except asyncio.CancelledError:
            took = time.monotonic() - began
            if took >= spec.timeout:
                why, reason = f"timed out after {spec.timeout:g} s", "timeout"
            elif self.shutting_down.is_set():
                why, reason = "handed back to the queue (worker shutting down)", "shutdown"
            else:
                why, reason = "cancelled", "cancelled"
            self._say(
                f"[yellow]■ stopped[/]   {spec.task_id} after {took:.2f} s: {why}",
                {"event": "stopped", **base, "reason": reason, "seconds": round(took, 3)},
            )
            raise
        except Exception as exc:
            took = time.monotonic() - began
            self._say(
                f"[red]✗ failed[/]    {spec.task_id} after {took:.2f} s: "
                f"{type(exc).__name__}: {escape(str(exc))}",
                {
                    "event": "failed",
                    **base,
                    "error_type": type(exc).__name__,
                    "error": str(exc),
                    "seconds": round(took, 3),
                },
            )
            raise
        took = time.monotonic() - began
        steps = result.get("steps") if isinstance(result, dict) else None
        extra = f", {steps} steps" if steps else ""
        self._say(
            f"[green]✓ completed[/] {spec.task_id} in {took:.2f} s{extra}",
            {"event": "completed", **base, "steps": steps, "seconds": round(took, 3)},
        )
        return result


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
    """Worker log records (reconnects, rejected payloads...) as plain lines on the console."""

    def __init__(self, json_mode: bool) -> None:
        super().__init__()
        self.json_mode = json_mode

    def emit(self, record: logging.LogRecord) -> None:
        from rich.markup import escape

        if self.json_mode:
            print_json(
                {
                    "at": round(record.created, 3),
                    "event": "log",
                    "level": record.levelname.lower(),
                    "message": record.getMessage(),
                }
            )
            return

        style = {"WARNING": "yellow", "ERROR": "red", "CRITICAL": "red"}.get(record.levelname)
        text = escape(record.getMessage())
        console().print(f"[dim]{_stamp()}[/] " + (f"[{style}]{text}[/]" if style else text))


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
    json_mode: bool = False,
) -> None:
    from orbiter.cli.target import load_registry
    from orbiter.distributed.worker import Worker
    from orbiter.errors import ConfigurationError

    url = checked_url(redis_url)
    allowed = allowed_modules_option(allowed_modules)
    worker_imports_from_cwd()
    registry = load_registry(targets) if targets else None
    shutting_down = asyncio.Event()
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
            handle_signals=False,
        )
    except (ValueError, ConfigurationError) as exc:
        raise CliError(str(exc)) from exc
    worker.executor = _Reporting(worker.executor, shutting_down, json_mode)
    log = logging.getLogger("orbiter.distributed")
    log.addHandler(_LogLines(json_mode))
    log.setLevel(logging.WARNING)
    log.propagate = False
    try:
        asyncio.run(_serve(worker, url, shutting_down, json_mode))
    except KeyboardInterrupt:
        raise CliError("worker stopped without draining", code=130) from None


async def _serve(worker: Worker, url: str, shutting_down: asyncio.Event, json_mode: bool) -> None:
    out = console()

    def say(markup: str, record: dict[str, Any]) -> None:
        if json_mode:
            print_json({"at": round(time.time(), 3), **record})
        else:
            out.print(markup)

    await ping(url)
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
    serving = loop.create_task(worker.run())
    ready = loop.create_task(worker.ready.wait())
    await asyncio.wait([serving, ready], return_when=asyncio.FIRST_COMPLETED)
    if worker.ready.is_set():
        from orbiter.distributed.payload import describe_imports

        say(
            f"[green]●[/] worker [bold]{worker.worker_id}[/] connected to {shown_url(url)}\n"
            f"  queue [bold]{worker.queue}[/], concurrency {worker.concurrency}, "
            f"lease {worker.lease_seconds:g} s, max attempts {worker.max_attempts}\n"
            f"{imports_banner(worker)}\n"
            f"  MCP server commands: {', '.join(worker.allowed_mcp_commands) or 'none'}\n"
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
            },
        )
    ready.cancel()
    try:
        await serving
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    done = worker.completed
    say(
        f"[dim]{_stamp()}[/] worker {worker.worker_id} stopped "
        f"({done} task{'' if done == 1 else 's'} finished)",
        {"event": "stopped", "worker_id": worker.worker_id, "finished": done},
    )
