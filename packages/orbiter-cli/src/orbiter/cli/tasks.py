"""``orbiter submit`` and ``orbiter task ...``: distributed runs seen from the client side."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from orbiter.cli._context import CliError, console, print_json
from orbiter.cli._redis import checked_url, ping
from orbiter.cli.render import EventRenderer

if TYPE_CHECKING:
    from orbiter.distributed.client import TaskHandle
    from orbiter.distributed.records import TaskRecord

T = TypeVar("T")

EXIT_CANCELLED = 3


def run_async(make: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine; Ctrl-C ends it quietly with exit code 130."""
    try:
        return asyncio.run(make())  # type: ignore[arg-type]
    except KeyboardInterrupt:
        raise CliError("interrupted", code=130) from None


def parse_metadata(pairs: list[str]) -> dict[str, Any]:
    """``KEY=VALUE`` pairs; a VALUE that is JSON (number, true, {...}) keeps its type."""
    meta: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise CliError(f"--metadata {pair!r} is not KEY=VALUE", hint="e.g. --metadata user=ana")
        try:
            meta[key] = msgspec.json.decode(raw)
        except msgspec.DecodeError:
            meta[key] = raw
    return meta


@asynccontextmanager
async def attached(task_id: str, redis_url: str | None) -> AsyncIterator[TaskHandle]:
    """A handle on an existing task, after checking that Redis answers."""
    from orbiter.distributed.client import TaskHandle

    url = checked_url(redis_url)
    await ping(url)
    handle = TaskHandle.attach(task_id, redis_url=url)
    try:
        yield handle
    finally:
        await handle.close()


def _unknown(task_id: str) -> CliError:
    return CliError(
        f"no task {task_id!r} on this server (never submitted, or expired after its retention)",
        hint="list recent tasks with `orbiter task list`; check --redis-url",
    )


async def _record(handle: TaskHandle) -> TaskRecord:
    record = await handle.status()
    if record is None:
        raise _unknown(handle.task_id)
    return record


# -- submit ------------------------------------------------------------------------------------


def submit(
    target: str,
    text: str,
    *,
    follow: bool,
    detailed: bool,
    timeout: float,
    metadata: list[str],
    queue: str | None,
    redis_url: str | None,
    signing_key: str | None,
    json_mode: bool,
    delay: float | None = None,
    at: str | None = None,
    priority: str | None = None,
    tenant: str | None = None,
) -> None:
    from orbiter.cli.target import is_registered_name, load_target, read_input

    runnable = target if is_registered_name(target) else load_target(target)
    prompt = read_input(text)
    meta = parse_metadata(metadata)
    url = checked_url(redis_url)
    when = _parse_at(at)

    from orbiter.distributed.keys import DEFAULT_QUEUE

    async def go() -> None:
        from orbiter.distributed.client import distributed

        await ping(url)
        began = time.monotonic()
        handle = await distributed(
            runnable,
            prompt,
            # Always detailed: tool results and usage are kept for `task events` and shown here.
            detailed=True,
            redis_url=url,
            timeout=timeout,
            metadata=meta,
            queue=queue,
            signing_key=signing_key,
            delay=delay,
            at=when,
            priority=priority,
            tenant=tenant,
        )
        async with handle:
            err = console(stderr=True)
            if not follow:
                if json_mode:
                    record = await handle.status()
                    status = record.status if record is not None else "PENDING"
                    print_json({"task_id": handle.task_id, "status": status})
                else:
                    console().print(handle.task_id, markup=False)
                    err.print(
                        f"[dim]follow it with: orbiter task events {handle.task_id} --follow[/]"
                    )
                return
            if not json_mode:
                err.print(f"[dim]task {handle.task_id} submitted[/]")
            watch = asyncio.create_task(_warn_if_unserved(handle, url, queue or DEFAULT_QUEUE))
            try:
                await follow_task(handle, detailed=detailed, json_mode=json_mode, started=began)
            finally:
                watch.cancel()

    run_async(go)


def _parse_at(text: str | None) -> datetime | None:
    """``--at``: an ISO 8601 time with its UTC offset."""
    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise CliError(
            f"--at {text!r} is not an ISO 8601 time", hint="e.g. --at 2030-01-01T09:00:00+01:00"
        ) from None
    if when.tzinfo is None:
        raise CliError(
            f"--at {text!r} has no UTC offset, so the workers could read it as another moment",
            hint=f"add one: --at {text}Z (UTC) or --at {text}+01:00",
        )
    return when


UNSERVED_AFTER = 3.0
"""Seconds a followed task may stay PENDING before `submit --follow` checks for workers."""


async def _warn_if_unserved(handle: TaskHandle, url: str, queue: str) -> None:
    """Say so when a task is still waiting and no live worker serves its queue."""
    from rich.markup import escape

    from orbiter.distributed.admin import Admin

    await asyncio.sleep(UNSERVED_AFTER)
    try:
        record = await handle.status()
        if record is None or record.status != "PENDING":
            return
        async with Admin(url) as admin:
            served = {w.queue for w in await admin.workers()}
    except Exception:  # only advice: following the task reports real trouble itself
        return
    if queue in served:
        return  # its workers are busy: the task waits its turn
    if served:
        others = ", ".join(repr(q) for q in sorted(served))
        text = f"no live worker serves queue {queue!r} (live workers serve {others})"
    else:
        text = f"no live worker serves queue {queue!r} (no worker is connected to this Redis)"
    err = console(stderr=True)
    err.print(f"[yellow]warning:[/] {escape(text)}; the task waits until one does")
    err.print(f"[dim]hint: start one with: orbiter start worker --queue {escape(queue)}[/]")


async def follow_task(
    handle: TaskHandle, *, detailed: bool, json_mode: bool, started: float | None = None
) -> dict[str, Any]:
    """Render a task's events until it ends, then its result; raise CliError if it failed."""
    from orbiter.distributed.errors import TaskCancelledError, TaskFailedError

    out = console()
    renderer = EventRenderer(out, detailed=detailed, json_mode=json_mode, started=started)
    spinner = None
    if out.is_terminal and not json_mode:
        spinner = console(stderr=True).status("waiting for a worker to start the task…")
        spinner.start()
    try:
        async for event in handle.stream():
            if spinner is not None:
                spinner.stop()
                spinner = None
            renderer(event)
            if event.type == "interrupt":
                break  # paused for approval: result() says so at once
        try:
            result = await handle.result()
        except TaskCancelledError as exc:
            renderer.end_line()
            if json_mode:
                renderer.finish({}, task_id=handle.task_id, status="CANCELLED")
            raise CliError(str(exc), code=EXIT_CANCELLED) from exc
        except TaskFailedError as exc:
            renderer.end_line()
            if json_mode:
                renderer.finish({}, task_id=handle.task_id, status="FAILED")
            raise CliError(str(exc)) from exc
    except (KeyboardInterrupt, asyncio.CancelledError):
        renderer.end_line()
        raise CliError(
            f"stopped following; task {handle.task_id} keeps running",
            hint=f"cancel it with: orbiter task cancel {handle.task_id}",
            code=130,
        ) from None
    finally:
        if spinner is not None:
            spinner.stop()
    if result.get("status") == "interrupted":
        from orbiter.cli.pending import paused_error

        renderer.end_line()
        if json_mode:
            renderer.finish(result, task_id=handle.task_id, status="INTERRUPTED")
        raise paused_error(handle.task_id, result.get("pending") or [])
    renderer.finish(result, task_id=handle.task_id, status="COMPLETED")
    return result


# -- task status / result / events / cancel ----------------------------------------------------


def _ago(ts: float | None) -> str:
    if ts is None:
        return "-"
    delta = max(0.0, time.time() - ts)
    if delta < 60:
        return f"{delta:.1f} s ago"
    if delta < 3600:
        return f"{delta / 60:.0f} min ago"
    return f"{delta / 3600:.1f} h ago"


def _due(ts: float) -> str:
    """When a waiting task is due: ``in 12.0 s`` (or ``now`` once the time has come)."""
    delta = ts - time.time()
    if delta <= 0:
        return "now"
    if delta < 60:
        return f"in {delta:.1f} s"
    if delta < 3600:
        return f"in {delta / 60:.0f} min"
    return f"in {delta / 3600:.1f} h"


def _took(record: TaskRecord) -> str:
    if record.started_at is None:
        return "-"
    end = record.finished_at or time.time()
    return f"{end - record.started_at:.2f} s" + ("" if record.finished_at else " so far")


_STATUS_STYLE = {
    "COMPLETED": "green",
    "FAILED": "red",
    "CANCELLED": "yellow",
    "RUNNING": "cyan",
    "RETRYING": "yellow",
    "SCHEDULED": "dim",
    "PENDING": "dim",
    "INTERRUPTED": "magenta",
}


def status_markup(status: str) -> str:
    return f"[{_STATUS_STYLE.get(status, 'white')}]{status}[/]"


def task_status(task_id: str, redis_url: str | None, json_mode: bool) -> None:
    async def go() -> None:
        async with attached(task_id, redis_url) as handle:
            record = await _record(handle)
        if json_mode:
            print_json(record.to_dict())
            return
        from rich.markup import escape
        from rich.table import Table

        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        rows: list[tuple[str, str]] = [
            ("task", record.task_id),
            ("status", status_markup(str(record.status))),
            ("target", f"{escape(record.name)} ({record.kind})" if record.name else "-"),
            ("queue", escape(record.queue) or "-"),
            ("attempt", str(record.attempt)),
            ("worker", escape(record.worker_id or "-")),
            ("submitted", _ago(record.created_at)),
            ("started", _ago(record.started_at)),
            ("finished", _ago(record.finished_at)),
            ("took", _took(record)),
        ]
        if record.status in ("SCHEDULED", "RETRYING") and record.run_at is not None:
            rows.append(("due", _due(record.run_at)))
        if record.retries:
            rows.append(("retries", f"{record.retries} (retry policy)"))
        if record.error:
            kind = f"{record.error_type}: " if record.error_type else ""
            rows.append(("error", f"[red]{escape(kind + record.error)}[/]"))
        if record.status == "INTERRUPTED":
            from orbiter.cli.pending import pending_rows

            rows += pending_rows(record)
        if record.cancel_requested and record.status != "CANCELLED":
            rows.append(("cancel", "requested"))
        if record.metadata:
            rows.append(("metadata", escape(msgspec.json.encode(record.metadata).decode())))
        for key, value in rows:
            table.add_row(key, value)
        console().print(table)

    run_async(go)


def task_result(
    task_id: str, redis_url: str | None, wait: bool, timeout: float | None, json_mode: bool
) -> None:
    from orbiter.distributed.errors import TaskCancelledError, TaskFailedError, TaskNotFoundError

    async def go() -> None:
        async with attached(task_id, redis_url) as handle:
            record = await _record(handle)
            if not wait and not record.finished and record.status != "INTERRUPTED":
                raise CliError(
                    f"task {task_id} has not finished (status {record.status})",
                    hint="leave out --no-wait to wait for it",
                    code=4,
                )
            try:
                if record.finished or not console().is_terminal or json_mode:
                    result = await handle.result(timeout=timeout)
                else:
                    with console(stderr=True).status(f"waiting for task {task_id} to finish…"):
                        result = await handle.result(timeout=timeout)
            except TaskNotFoundError as exc:
                raise _unknown(task_id) from exc
            except TaskCancelledError as exc:
                raise CliError(str(exc), code=EXIT_CANCELLED) from exc
            except TaskFailedError as exc:
                raise CliError(str(exc)) from exc
            except TimeoutError as exc:
                raise CliError(str(exc), code=4) from exc
        if result.get("status") == "interrupted":
            from orbiter.cli.pending import paused_error

            if json_mode:
                print_json({"task_id": task_id, **result, "status": "INTERRUPTED"})
            raise paused_error(task_id, result.get("pending") or [])
        if json_mode:
            print_json({"task_id": task_id, "status": "COMPLETED", **result})
            return
        from orbiter.cli.render import format_usage

        out = console()
        out.print(str(result.get("output", "")), markup=False)
        if result.get("structured_output") is not None:
            out.print(msgspec.json.encode(result["structured_output"]).decode(), markup=False)
        took = (record.finished_at or time.time()) - (record.started_at or time.time())
        line = format_usage(result.get("usage"), steps=int(result.get("steps") or 0), seconds=took)
        out.print(f"[dim]{line}[/]")

    run_async(go)


def task_events(
    task_id: str,
    redis_url: str | None,
    follow: bool,
    after: str | None,
    detailed: bool,
    json_mode: bool,
) -> None:
    from orbiter.distributed.events import check_position
    from orbiter.errors import ConfigurationError

    if after is not None:
        try:
            check_position(after, "--after")
        except ConfigurationError as exc:
            raise CliError(
                str(exc), hint="`orbiter task events TASK_ID --json` shows each event's position"
            ) from None

    async def go() -> None:
        async with attached(task_id, redis_url) as handle:
            record = await _record(handle)
            renderer = EventRenderer(
                console(), detailed=detailed, json_mode=json_mode, show_errors=True
            )
            if follow or record.finished:
                # A finished task's stream ends with its marker, so this returns at the end.
                async for event in handle.stream(after=after):
                    renderer(event)
            else:
                for event in await _stored_events(handle, after):
                    renderer(event)
            renderer.end_line()
            if follow and not json_mode:
                final = await _record(handle)
                console().print(f"[dim]task {task_id} {status_markup(str(final.status))}[/]")

    run_async(go)


async def _stored_events(handle: TaskHandle, after: str | None) -> list[Any]:
    """The events a running task has produced so far, without waiting for more."""
    from orbiter.distributed.events import Follower

    follower: Follower = handle.follower(after=after)
    entries = follower.entries()
    # The first batch is what the stream already holds; when it is empty the follower waits
    # for live events, which `task events` without --follow must not do.
    try:
        batch = await asyncio.wait_for(anext(entries), timeout=1.0)
    except (TimeoutError, StopAsyncIteration):
        batch = []
    finally:
        await entries.aclose()
    return follower.events(batch)


def task_cancel(task_id: str, redis_url: str | None, wait: float, json_mode: bool) -> None:
    from orbiter.distributed.errors import TaskFailedError

    async def go() -> None:
        async with attached(task_id, redis_url) as handle:
            record = await _record(handle)
            if record.finished:
                if json_mode:
                    print_json({"task_id": task_id, "cancelled": False, "status": record.status})
                raise CliError(
                    f"task {task_id} already finished ({record.status}); nothing was changed",
                    code=1,
                )
            accepted = await handle.cancel()
            final = record.status
            if accepted and wait > 0:
                try:
                    await handle.result(timeout=wait)
                except (TaskFailedError, TimeoutError):
                    pass
                final = (await _record(handle)).status
            if json_mode:
                print_json({"task_id": task_id, "cancelled": accepted, "status": final})
                return
            if not accepted:
                latest = await _record(handle)
                raise CliError(f"task {task_id} finished ({latest.status}) before the cancel")
            if final == "CANCELLED":
                console().print(f"task {task_id} {status_markup('CANCELLED')}")
            else:
                console().print(
                    f"cancel requested for task {task_id} (status now {status_markup(final)}); "
                    "its worker stops it within a second"
                )

    run_async(go)
