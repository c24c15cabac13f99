"""`orbiter task list`, `orbiter worker list`, `orbiter queue ...`: a deployment at a glance."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from orbiter.cli._context import CliError, console, print_json, shards_note
from orbiter.cli._redis import checked_url, ping
from orbiter.cli.tasks import _ago, _took, run_async, status_markup

if TYPE_CHECKING:
    from orbiter.distributed.admin import Admin


@asynccontextmanager
async def _admin(redis_url: str | None) -> AsyncIterator[Admin]:
    from orbiter.distributed.admin import Admin

    url = checked_url(redis_url)
    await ping(url)
    async with Admin(url) as admin:
        yield admin


def _table(*columns: str) -> object:
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for i, name in enumerate(columns):
        last = i == len(columns) - 1
        table.add_column(name, no_wrap=not last, overflow="fold" if last else "ellipsis")
    return table


def task_list(redis_url: str | None, status: str | None, limit: int, json_mode: bool) -> None:
    from orbiter.distributed.records import TaskStatus

    if status is not None and status.upper() not in TaskStatus.__members__:
        raise CliError(f"unknown status {status!r}; use one of {', '.join(TaskStatus)}")

    async def go() -> None:
        async with _admin(redis_url) as admin:
            records = await admin.list_tasks(status.upper() if status else None, limit=limit)
        if json_mode:
            for record in records:
                print_json(record.to_dict())
            return
        if not records:
            console().print("no tasks" + (f" with status {status.upper()}" if status else ""))
            return
        from rich.markup import escape

        table = _table(
            "TASK", "STATUS", "TARGET", "QUEUE", "ATTEMPT", "WORKER", "SUBMITTED", "TOOK"
        )
        for r in records:
            table.add_row(  # type: ignore[attr-defined]
                r.task_id,
                status_markup(str(r.status)),
                escape(f"{r.name} ({r.kind})" if r.name else "-"),
                escape(r.queue),
                str(r.attempt),
                escape(r.worker_id or "-"),
                _ago(r.created_at),
                _took(r),
            )
        console().print(table)

    run_async(go)


def worker_list(redis_url: str | None, json_mode: bool) -> None:
    async def go() -> None:
        async with _admin(redis_url) as admin:
            workers = await admin.workers()
        if json_mode:
            import msgspec

            for w in workers:
                print_json(msgspec.to_builtins(w))
            return
        if not workers:
            console().print("no live workers", markup=False)
            return
        from rich.markup import escape

        table = _table(
            "WORKER", "HOST", "PID", "QUEUE", "CONCURRENCY", "IN FLIGHT", "DONE", "HEARTBEAT"
        )
        for w in workers:
            state = " [yellow](draining)[/]" if w.draining else ""
            table.add_row(  # type: ignore[attr-defined]
                escape(w.worker_id) + state,
                escape(w.host),
                str(w.pid),
                escape(w.queue) + shards_note(w.shards),
                str(w.concurrency),
                str(w.in_flight),
                str(w.completed),
                f"{w.heartbeat_age:.1f} s ago",
            )
        console().print(table)

    run_async(go)


def queue_stats(redis_url: str | None, queue: str | None, json_mode: bool) -> None:
    async def go() -> None:
        async with _admin(redis_url) as admin:
            names = [queue] if queue else await admin.queues()
            stats = [await admin.queue_stats(name) for name in names]
        if json_mode:
            import msgspec

            for s in stats:
                print_json(msgspec.to_builtins(s))
            return
        if not stats:
            console().print("no queues yet (nothing was submitted to this server)")
            return
        from rich.markup import escape

        table = _table(
            "QUEUE",
            "WAITING",
            "DUE LATER",
            "HELD",
            "IN FLIGHT",
            "PENDING RECLAIM",
            "DEAD",
            "CONSUMERS",
        )
        for s in stats:
            dead = f"[red]{s.dead_letters}[/]" if s.dead_letters else "0"
            table.add_row(  # type: ignore[attr-defined]
                escape(s.queue),
                str(s.depth),
                str(s.due),
                str(s.held),
                str(s.in_flight),
                str(s.pending_reclaim),
                dead,
                str(s.consumers),
            )
        console().print(table)

    run_async(go)


def dead_list(redis_url: str | None, queue: str | None, limit: int, json_mode: bool) -> None:
    from orbiter.distributed.keys import DEFAULT_QUEUE

    async def go() -> None:
        async with _admin(redis_url) as admin:
            letters = await admin.dead_letters(queue or DEFAULT_QUEUE, limit=limit)
        if json_mode:
            import msgspec

            for d in letters:
                print_json(msgspec.to_builtins(d))
            return
        if not letters:
            console().print(f"no dead letters in queue {queue or DEFAULT_QUEUE!r}", markup=False)
            return
        from rich.markup import escape

        table = _table("ENTRY", "TASK", "WHEN", "WORKER", "REASON")
        for d in letters:
            table.add_row(  # type: ignore[attr-defined]
                d.entry_id, d.task_id or "-", _ago(d.at), escape(d.worker or "-"), escape(d.reason)
            )
        console().print(table)
        console().print("[dim]run one again with: orbiter queue redrive ENTRY[/]")

    run_async(go)


def redrive(redis_url: str | None, entry_id: str, queue: str | None, json_mode: bool) -> None:
    from orbiter.distributed.keys import DEFAULT_QUEUE

    async def go() -> None:
        async with _admin(redis_url) as admin:
            try:
                task_id = await admin.redrive(entry_id, queue or DEFAULT_QUEUE)
            except LookupError as exc:
                raise CliError(
                    str(exc).strip("'\""), hint="list them with `orbiter queue dead`"
                ) from exc
        if json_mode:
            print_json({"entry_id": entry_id, "task_id": task_id, "status": "PENDING"})
            return
        console().print(
            f"task {task_id} is back on queue {queue or DEFAULT_QUEUE!r} (PENDING)", markup=False
        )

    run_async(go)
