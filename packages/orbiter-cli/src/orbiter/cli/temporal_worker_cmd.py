"""``orbiter start worker --executor temporal``: a worker for durable runs on Temporal."""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from typing import TYPE_CHECKING, Any

from orbiter.cli._context import (
    CliError,
    allowed_modules_option,
    console,
    imports_banner,
    print_json,
    worker_imports_from_cwd,
)
from orbiter.cli._redis import (
    RedisUnreachable,
    checked_url,
    shown_url,
    wait_for_redis,
    waiting_notice,
)
from orbiter.cli.target import load_registry
from orbiter.cli.worker_lines import announce_when_ready

if TYPE_CHECKING:
    from orbiter.distributed.temporal import TemporalWorker


def start_temporal_worker(
    *,
    redis_url: str | None,
    concurrency: int,
    drain_timeout: float,
    allowed_modules: list[str],
    allow_any_module: bool,
    targets: list[str],
    address: str | None,
    namespace: str | None,
    task_queue: str | None,
    worker_id: str | None = None,
    wait_for: float | None = None,
    json_mode: bool = False,
    log_level: str = "warning",
) -> None:
    """Serve Temporal runs until Ctrl-C/SIGTERM (calls cut short run again on another worker)."""
    from orbiter.distributed.temporal import (
        TemporalSettings,
        TemporalUnavailableError,
        TemporalWorker,
        require_temporalio,
    )

    try:
        require_temporalio()
    except TemporalUnavailableError as exc:
        raise CliError(str(exc)) from None
    url = checked_url(redis_url)
    allowed = allowed_modules_option(allowed_modules)
    worker_imports_from_cwd()
    registry = load_registry(targets) if targets else None
    settings = TemporalSettings.resolve(address, namespace, task_queue)
    from orbiter.errors import ConfigurationError

    try:
        worker = TemporalWorker(
            url,
            concurrency=concurrency,
            allowed_modules=allowed,
            allow_any_module=allow_any_module or None,
            targets=registry,
            temporal=settings,
            identity=worker_id,
            drain_timeout=drain_timeout,
            handle_signals=False,
        )
    except ConfigurationError as exc:
        raise CliError(str(exc)) from None
    log = logging.getLogger("orbiter.distributed")
    log.addHandler(logging.StreamHandler())  # on stderr, one message a line
    log.setLevel(log_level.upper())
    try:
        asyncio.run(_serve(worker, url, wait_for, json_mode))
    except TemporalUnavailableError as exc:
        raise CliError(str(exc)) from None
    except KeyboardInterrupt:
        raise CliError("worker stopped", code=130) from None


async def _serve(worker: TemporalWorker, url: str, wait_for: float | None, json_mode: bool) -> None:
    out = console()

    def say(markup: str, record: dict[str, Any]) -> None:
        if json_mode:
            print_json({"at": time.time(), **record})
        else:
            out.print(markup)

    def waiting(exc: RedisUnreachable) -> None:
        say(*waiting_notice(exc, url, wait_for))

    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal(sig: signal.Signals) -> None:
        drain = not stopping.is_set()
        stopping.set()
        if drain:
            what = f"running calls get up to {worker.drain_timeout:g} s to finish"
        else:
            what = "cancelling running calls now; they run again on another worker"
        say(
            f"{sig.name}: stopping; {what}",
            {"event": "stopping", "signal": sig.name, "drain": drain},
        )
        worker.stop(force=not drain)

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    try:
        if not await wait_for_redis(url, wait_for, stopping, waiting):
            return
        serving = asyncio.create_task(worker.run())
        await announce_when_ready(serving, worker.ready, lambda: say(*_ready_lines(worker, url)))
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    say(
        f"temporal worker {worker.identity} stopped",
        {"event": "stopped", "worker_id": worker.identity},
    )


def _ready_lines(worker: TemporalWorker, url: str) -> tuple[str, dict[str, Any]]:
    """What the worker says once it polls its task queue: as text, and as a JSON record."""
    from orbiter.distributed.payload import describe_imports

    t = worker.temporal
    registered = worker.targets.registered
    return (
        f"[green]●[/] temporal worker [bold]{worker.identity}[/] connected to "
        f"{shown_url(url)} and Temporal at {t.address}\n"
        f"  namespace [bold]{t.namespace}[/], task queue [bold]{t.task_queue}[/], "
        f"{worker.concurrency} calls at once\n"
        f"{imports_banner(worker)}\n"
        "[dim]  Ctrl-C stops; calls still running then continue on another worker.[/]",
        {
            "event": "ready",
            "executor": "temporal",
            "worker_id": worker.identity,
            "redis_url": shown_url(url),
            "temporal_address": t.address,
            "namespace": t.namespace,
            "task_queue": t.task_queue,
            "concurrency": worker.concurrency,
            "allowed_modules": worker.allowed_modules,
            "allow_any_module": worker.imports is None,
            "imports": describe_imports(worker.imports),
            "targets": sorted(registered) if registered is not None else None,
        },
    )
