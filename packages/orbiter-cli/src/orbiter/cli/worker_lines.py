"""What ``orbiter start worker`` prints per task, written off the worker's hot path.

A task only appends the facts of its start and end to a buffer (a small tuple; no text is made
then); a writer task turns the buffer into lines a few times a second. When few tasks run, every
start and end gets its line, as a person reading along wants. When many short tasks run, starts and
completions are counted instead and one summary line a second says how many, so output costs the
worker (almost) nothing per task. Failures, stopped tasks and log records keep a line each (up to
``shown`` per flush; more than that are counted in the summary too). The buffer is bounded: past
``limit`` waiting lines, new ones are only counted. JSON output keeps a line per task.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from typing import Any, NamedTuple

import msgspec

from orbiter.cli._context import console

ROUTINE = frozenset({"started", "completed"})
"""Kinds of line that are counted rather than printed when the worker is busy."""
QUIET = ROUTINE | {"stopped"}
"""Kinds of line ``--quiet`` leaves out."""
LEVELS = {"failed": "error", "stopped": "warning"}
"""The log level of a task line, by kind (info otherwise)."""

JsonLine = Callable[[str, str, dict[str, Any]], dict[str, Any]]


class _Target(msgspec.Struct):
    name: str = "?"
    type: str = "agent"


_target = msgspec.json.Decoder(_Target)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


class TaskLine(NamedTuple):
    """The facts of one task's start or end; they become text only when the line is printed."""

    kind: str
    """started, completed, failed or stopped."""
    task_id: str
    attempt: int
    target: bytes = b""
    """started: the task's target JSON (its name and type are read when the line is printed)."""
    seconds: float = 0.0
    steps: int | None = None
    reason: str = ""
    """stopped: why, as a word (cancelled, timeout, shutdown, lost, failed); failed: error type."""
    detail: str = ""
    """stopped: why, as a sentence; failed: the error message."""

    def markup(self) -> str:
        """The line for people (rich markup)."""
        took = f"{self.seconds:.2f} s"
        match self.kind:
            case "started":
                target = self._target()
                retry = f" attempt {self.attempt}" if self.attempt > 1 else ""
                return (
                    f"[cyan]▶ started[/]   {self.task_id} "
                    f"({target.type} {_escape(target.name)}){retry}"
                )
            case "completed":
                extra = f", {self.steps} steps" if self.steps else ""
                return f"[green]✓ completed[/] {self.task_id} in {took}{extra}"
            case "failed":
                return (
                    f"[red]✗ failed[/]    {self.task_id} after {took}: "
                    f"{self.reason}: {_escape(self.detail)}"
                )
            case _:
                return f"[yellow]■ stopped[/]   {self.task_id} after {took}: {self.detail}"

    def record(self) -> dict[str, Any]:
        """The line as a JSON object (``--json``), without its time."""
        base: dict[str, Any] = {"event": self.kind, "task_id": self.task_id}
        base["attempt"] = self.attempt
        seconds = round(self.seconds, 3)
        match self.kind:
            case "started":
                target = self._target()
                return {**base, "name": target.name, "kind": target.type}
            case "completed":
                return {**base, "steps": self.steps, "seconds": seconds}
            case "failed":
                error = {"error_type": self.reason, "error": self.detail}
                return {**base, **error, "seconds": seconds}
            case _:
                return {**base, "reason": self.reason, "seconds": seconds}

    def _target(self) -> _Target:
        try:
            return _target.decode(self.target)
        except msgspec.DecodeError:
            return _Target()


class Said(NamedTuple):
    """A line whose text and JSON object are already made (log records, prepared lines)."""

    kind: str
    text: str
    data: dict[str, Any]

    def markup(self) -> str:
        return self.text

    def record(self) -> dict[str, Any]:
        return self.data


Line = TaskLine | Said


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
        json_mode: print every line as a JSON object instead of a line for people.
        quiet: leave out the routine lines (started, completed, stopped) entirely.
        interval: seconds between two flushes.
        burst: routine lines one flush prints in full; past that they are summarised.
        shown: other lines (failures, stopped tasks, log records) one flush prints while busy;
            past that they are counted in the summary.
        summary_every: seconds between two summary lines while busy.
        limit: lines the buffer holds between two flushes; past that new lines are only counted.
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
        shown: int = 50,
        summary_every: float = 1.0,
        limit: int = 10_000,
        json_line: JsonLine | None = None,
    ) -> None:
        self.json_mode = json_mode
        self.quiet = quiet
        self.interval = interval
        self.burst = burst
        self.shown = shown
        self.summary_every = summary_every
        self.limit = limit
        self.json_line = json_line
        self._buffer: list[tuple[float, Line]] = []
        self._counts: dict[str, int] = {}
        self._since = 0.0
        self._task: asyncio.Task[None] | None = None

    def add(self, line: Line, at: float | None = None) -> None:
        """Queue one line, stamped now (or ``at``); printed at once while no writer runs."""
        if self.quiet and line.kind in QUIET:
            return
        if self.json_line is not None and type(line) is TaskLine:
            line = self.prepare(line)
        if len(self._buffer) >= self.limit:
            self._count(line.kind)
            return
        self._buffer.append((time.time() if at is None else at, line))
        if self._task is None:
            self.flush()

    def prepare(self, line: TaskLine) -> Line:
        """``line`` with what it must take from the task's context (log ids) taken now."""
        if self.json_line is None:
            return line
        markup = line.markup()
        return Said(line.kind, markup, self.json_line(level(line), markup, line.record()))

    def start(self) -> None:
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
        """Print the lines waiting, or count them when there are too many."""
        items, self._buffer = self._buffer, []
        if self.json_mode:
            self._write_json(items)
            return
        routine = sum(1 for _, line in items if line.kind in ROUTINE)
        if routine <= self.burst and not self._counts:
            self._print(items)
            return
        now = time.time()
        if not self._counts:
            self._since = items[0][0] if items else now
        printed: list[tuple[float, Line]] = []
        for item in items:
            kind = item[1].kind
            if kind not in ROUTINE and len(printed) < self.shown:
                printed.append(item)
            else:
                self._count(kind)
        self._print(printed)
        if final or routine <= self.burst or now - self._since >= self.summary_every:
            self._summary(now)

    def _count(self, kind: str) -> None:
        self._counts[kind] = self._counts.get(kind, 0) + 1

    @staticmethod
    def _print(items: list[tuple[float, Line]]) -> None:
        if items:
            console().print("\n".join(f"[dim]{stamp(at)}[/] {line.markup()}" for at, line in items))

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

    def json_record(
        self, at: float, level: str, markup: str, record: dict[str, Any]
    ) -> dict[str, Any]:
        """The JSON object of one line."""
        if self.json_line is not None:
            return self.json_line(level, markup, record)
        return {"at": round(at, 3), **record}

    def _write_json(self, items: list[tuple[float, Line]]) -> None:
        counts, self._counts = self._counts, {}
        if not items and not counts:
            return
        encode = msgspec.json.Encoder().encode
        text = [
            encode(line.record() if self.json_line else {"at": round(at, 3), **line.record()})
            for at, line in items
        ]
        if counts:  # lines past the buffer's limit: how many of each kind went untold
            text.append(encode({"at": round(time.time(), 3), "event": "unreported", **counts}))
        sys.stdout.write("".join(line.decode() + "\n" for line in text))
        sys.stdout.flush()


def level(line: Line) -> str:
    """The log level of a line."""
    return LEVELS.get(line.kind, "info")
