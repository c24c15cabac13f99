"""What ``orbiter start worker`` prints per task, written off the worker's hot path.

Tasks only append a line to a buffer; a writer task prints the buffer a few times a second.
When few tasks run, every start and end gets its line, as a person reading along wants. When
many short tasks run, routine lines are counted instead and a summary line is printed once a
second, so printing never costs the worker a noticeable share of its throughput. Failures and
log records are always printed (a bounded number per flush). JSON output keeps every line.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from typing import Any

from orbiter.cli._context import console

ROUTINE = frozenset({"started", "completed"})
"""Kinds of line that are counted rather than printed when the worker is busy."""


async def announce_when_ready(
    serving: asyncio.Task[None], ready: asyncio.Event, announce: Callable[[], None]
) -> None:
    """Wait for a worker's ``serving`` task to end, calling ``announce`` once it is ``ready``
    (a worker that fails before it is ready says nothing)."""
    waiter = asyncio.ensure_future(ready.wait())
    try:
        await asyncio.wait([serving, waiter], return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
    if ready.is_set():
        announce()
    await serving


def stamp(at: float) -> str:
    return time.strftime("%H:%M:%S", time.localtime(at))


class WorkerLines:
    """Buffers a worker's per-task lines and prints them from one writer task.

    Args:
        json_mode: print every record as a JSON line instead of a line for people.
        quiet: leave out the routine lines (started, completed, stopped) entirely.
        interval: seconds between two flushes.
        burst: routine lines one flush prints in full; past that they are summarised.
        summary_every: seconds between two summary lines while busy.
        json_line: turns (level, markup, record) into the JSON object of a line; by default
            the record with its time (``--json``); ``--log-format json`` adds level and ids.
    """

    def __init__(
        self,
        *,
        json_mode: bool = False,
        quiet: bool = False,
        interval: float = 0.25,
        burst: int = 20,
        summary_every: float = 1.0,
        json_line: Callable[[str, str, dict[str, Any]], dict[str, Any]] | None = None,
    ) -> None:
        self.json_mode = json_mode
        self.quiet = quiet
        self.interval = interval
        self.burst = burst
        self.summary_every = summary_every
        self.json_line = json_line
        self._buffer: list[tuple[float, str, str, dict[str, Any], str]] = []
        self._counts: dict[str, int] = {}
        self._since = 0.0
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None

    def add(
        self,
        kind: str,
        markup: str,
        record: dict[str, Any],
        at: float | None = None,
        level: str = "info",
        formatted: bool = False,
    ) -> None:
        """Queue one line; ``kind`` is the record's event (started, completed, failed, log...).

        ``formatted``: ``record`` is already the JSON object of the line (see :meth:`prepare`).
        """
        if self.quiet and kind in ROUTINE | {"stopped"}:
            return
        if self.json_line is not None and not formatted:
            # Made now, in the task's own context: the line carries its trace and task ids.
            record = self.json_line(level, markup, record)
        self._buffer.append((time.time() if at is None else at, kind, markup, record, level))
        if self._task is None:
            self.flush()  # no writer running (yet): print at once

    def start(self) -> None:
        self._wake = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """Stop the writer and print what is left."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
        self.flush(final=True)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            if self._buffer or self._counts:
                self.flush()

    def flush(self, *, final: bool = False) -> None:
        items, self._buffer = self._buffer, []
        if self.json_mode:
            self._write_json(items)
            return
        routine = sum(1 for _, kind, *_ in items if kind in ROUTINE)
        out = console()
        if routine <= self.burst and not self._counts:
            for at, _, markup, *_ in items:
                out.print(f"[dim]{stamp(at)}[/] {markup}")
            return
        now = time.time()
        if not self._counts:
            self._since = items[0][0] if items else now
        shown = 0
        for at, kind, markup, *_ in items:
            if kind in ROUTINE:
                self._counts[kind] = self._counts.get(kind, 0) + 1
            elif shown < self.burst:
                out.print(f"[dim]{stamp(at)}[/] {markup}")
                shown += 1
            else:
                self._counts[kind] = self._counts.get(kind, 0) + 1
        quiet_now = routine <= self.burst
        if final or quiet_now or now - self._since >= self.summary_every:
            self._summary(now)

    def _summary(self, now: float) -> None:
        counts, self._counts = self._counts, {}
        if not counts:
            return
        took = max(now - self._since, 0.001)
        parts = [f"{n:,} {kind}" for kind, n in sorted(counts.items())]
        console().print(
            f"[dim]{stamp(now)}[/] [cyan]…[/] {', '.join(parts)} in the last {took:.1f} s "
            "[dim](per-task lines resume when fewer tasks run)[/]"
        )

    def prepare(self, level: str, markup: str, record: dict[str, Any]) -> dict[str, Any]:
        """The record of a line told later, with its ids taken now (in the task's context)."""
        return record if self.json_line is None else self.json_line(level, markup, record)

    def json_record(
        self, at: float, level: str, markup: str, record: dict[str, Any]
    ) -> dict[str, Any]:
        """The JSON object of one line."""
        if self.json_line is not None:
            return self.json_line(level, markup, record)
        return {"at": round(at, 3), **record}

    def _write_json(self, items: list[tuple[float, str, str, dict[str, Any], str]]) -> None:
        if not items:
            return
        import msgspec

        encode = msgspec.json.Encoder().encode
        text = (
            encode(record if self.json_line else {"at": round(at, 3), **record}).decode()
            for at, _, _, record, _ in items
        )
        sys.stdout.write("".join(line + "\n" for line in text))
        sys.stdout.flush()
