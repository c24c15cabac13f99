"""``orbiter start worker --executor temporal``: a worker for durable runs on Temporal."""

from __future__ import annotations

import asyncio
import logging

from orbiter.cli._context import (
    CliError,
    allowed_modules_option,
    console,
    imports_banner,
    worker_imports_from_cwd,
)
from orbiter.cli._redis import checked_url, ping, shown_url
from orbiter.cli.target import load_registry


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
            drain_timeout=drain_timeout,
        )
    except ConfigurationError as exc:
        raise CliError(str(exc)) from None
    logging.getLogger("orbiter.distributed").setLevel(logging.WARNING)
    try:
        asyncio.run(_serve(worker, url))
    except TemporalUnavailableError as exc:
        raise CliError(str(exc)) from None
    except KeyboardInterrupt:
        raise CliError("worker stopped", code=130) from None


async def _serve(worker: object, url: str) -> None:
    from orbiter.distributed.temporal import TemporalWorker

    assert isinstance(worker, TemporalWorker)
    out = console()
    await ping(url)
    serving = asyncio.create_task(worker.run())
    ready = asyncio.create_task(worker.ready.wait())
    await asyncio.wait([serving, ready], return_when=asyncio.FIRST_COMPLETED)
    if worker.ready.is_set():
        t = worker.temporal
        out.print(
            f"[green]●[/] temporal worker [bold]{worker.identity}[/] connected to "
            f"{shown_url(url)} and Temporal at {t.address}\n"
            f"  namespace [bold]{t.namespace}[/], task queue [bold]{t.task_queue}[/], "
            f"{worker.concurrency} calls at once\n"
            f"{imports_banner(worker)}\n"
            "[dim]  Ctrl-C stops; calls still running then continue on another worker.[/]"
        )
    ready.cancel()
    await serving
