"""The worker's event writer: every event of every running task, coalesced per loop turn.

Events produced while one write is on the wire are gathered and sent together by the next, as
one script call per task (and one round trip for all tasks), so a busy worker writes in few
commands and a quiet one writes each event at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from redis.exceptions import NoPermissionError, OutOfMemoryError, ReadOnlyError, ResponseError

from orbiter.distributed._approval_lua import pause_script
from orbiter.distributed._lua import REFUSED, Call, run_many
from orbiter.distributed._scripts import complete_script
from orbiter.distributed.approval import pause_call
from orbiter.distributed.connection import TRANSIENT, Backoff
from orbiter.distributed.queue import Lease, Outcome, RedisQueue
from orbiter.distributed.replication import ReplicaWait

log = logging.getLogger("orbiter.distributed.worker")

_CHUNK = 1000  # events per script call (Lua's argument stack is limited)

# redis-py drops these error codes from its messages; users search for them, so they go back.
_CODES: dict[type[Exception], str] = {
    OutOfMemoryError: "OOM",
    ReadOnlyError: "READONLY",
    NoPermissionError: "NOPERM",
}

# What to do about the refusals users meet, by Redis's error code.
_HINTS = {
    "OOM": "Redis is out of memory: free some or raise its maxmemory, then submit the task again",
    "WRONGTYPE": "something other than Orbiter wrote another type of data to this task's keys",
}


def refusal(exc: Exception) -> str:
    """Redis's reason for refusing a write, as Redis said it (without the script's location)."""
    text = str(exc).split(" script: ")[0].rstrip(". ") or type(exc).__name__
    code = _CODES.get(type(exc))
    return f"{code} {text}" if code else text


class Finish:
    """A stream's terminal write; ``future`` gets what COMPLETE returned (1 stored, 0 no longer
    ours, bytes: why the task failed instead) or the exception Redis answered with."""

    __slots__ = ("future", "marker", "outcome", "result")

    def __init__(self, outcome: Outcome, marker: bytes, result: bytes) -> None:
        self.outcome = outcome
        self.marker = marker
        self.result = result
        self.future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()


class Stream:
    """The write side of one running attempt."""

    __slots__ = ("buffer", "checkpoint", "dirty", "entry_id", "finish", "lease", "sent", "task_id")

    def __init__(self, task_id: str, entry_id: bytes, attempt: int) -> None:
        self.task_id = task_id
        self.entry_id = entry_id
        self.lease = Lease(task_id, attempt, entry_id)
        self.buffer: list[bytes] = []
        self.sent = 0
        self.dirty = False
        self.finish: Finish | None = None
        # The run's latest step checkpoint not written yet: it follows buffer[:index].
        self.checkpoint: tuple[int, bytes] | None = None


class EventWriter:
    def __init__(
        self,
        queue: RedisQueue,
        *,
        on_lost: Callable[[str], None],
        on_broken: Callable[[str, str | None], None],
        wait: ReplicaWait | None = None,
    ) -> None:
        self._queue = queue
        self._wait = wait
        self._on_lost = on_lost
        self._on_broken = on_broken
        self._dirty: list[Stream] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    def emit(self, stream: Stream, data: bytes) -> None:
        stream.buffer.append(data)
        self._mark(stream)

    def checkpoint(self, stream: Stream, data: bytes) -> None:
        """Store the run's state (JSON) after the events emitted so far, in the same script
        call as the last of them; a later checkpoint replaces one not written yet."""
        stream.checkpoint = (len(stream.buffer), data)
        self._mark(stream)

    def finish(
        self, stream: Stream, outcome: Outcome, marker: bytes, result: bytes
    ) -> asyncio.Future[Any]:
        """Queue the terminal write (after the buffered events); see :class:`Finish`."""
        stream.finish = Finish(outcome, marker, result)
        self._mark(stream)
        return stream.finish.future

    async def fail_refused(self, stream: Stream, why: str) -> None:
        """Fail a task whose events or outcome Redis refused to store, with Redis's reason.

        Its queue entry goes first, so it is not run again: its tools may have acted already.
        """
        tid = stream.task_id
        error = (
            f"Redis refused to store the events or the outcome of task {tid} "
            f"({self._queue.keys.task(tid)}): {why}. It is not run again, as its tools may "
            "have acted already"
        )
        for code, hint in _HINTS.items():
            if why.startswith(code):
                error += f"; {hint}"
        backoff = Backoff()
        for _ in range(20):
            try:
                await self._queue.fail_refused(stream.lease, error, REFUSED)
            except TRANSIENT:
                await backoff.wait()
                continue
            except ResponseError as exc:
                error += f". Recording that failed too ({exc}); the task was taken off the queue"
            log.error("task %s failed: %s", tid, error)
            return

    def _mark(self, stream: Stream) -> None:
        if not stream.dirty:
            stream.dirty = True
            self._dirty.append(stream)
            self._wake.set()

    def _appends(
        self, stream: Stream, events: list[bytes], calls: list[Call], checkpoint: bytes = b""
    ) -> None:
        """Append calls for ``events``; the last one also stores ``checkpoint``, if given."""
        queue = self._queue
        for i in range(0, len(events), _CHUNK):
            chunk = events[i : i + _CHUNK]
            ends = i + _CHUNK >= len(events)
            calls.append(
                queue.append_call(stream.lease, stream.sent, chunk, checkpoint if ends else b"")
            )
            stream.sent += len(chunk)
        if checkpoint and not events:
            calls.append(queue.append_call(stream.lease, stream.sent, (), checkpoint))

    def _calls(self, stream: Stream) -> list[Call]:
        queue = self._queue
        events, stream.buffer = stream.buffer, []
        calls: list[Call] = []
        fin = stream.finish
        saved, stream.checkpoint = stream.checkpoint, None
        # A run that ends for good needs no checkpoint; one its retry policy sends back to wait
        # resumes from it, so it is stored before the attempt ends.
        if saved is not None and (fin is None or fin.outcome.status == "RETRYING"):
            at, data = saved
            self._appends(stream, events[:at], calls, data)
            events = events[at:]
        last = len(events) if fin is None else max(0, len(events) - _CHUNK)
        self._appends(stream, events[:last], calls)
        if fin is not None:
            rest = events[last:]
            if fin.outcome.paused is not None:
                calls.append(pause_call(queue, stream.lease, stream.sent, fin.outcome.paused, rest))
            else:
                calls.append(
                    queue.complete_call(stream.lease, stream.sent, fin.outcome, fin.marker,
                                        fin.result, rest)
                )  # fmt: skip
            stream.sent += len(rest)
        return calls

    async def _run(self) -> None:
        backoff = Backoff()
        while True:
            await self._wake.wait()
            self._wake.clear()
            batch, self._dirty = self._dirty, []
            calls: list[Call] = []
            owners: list[tuple[Stream, Finish | None]] = []
            for stream in batch:
                stream.dirty = False
                fin = stream.finish
                for call in self._calls(stream):
                    calls.append(call)
                    last = call[0] is complete_script or call[0] is pause_script
                    owners.append((stream, fin if last else None))
            if not calls:
                continue
            # Only a round trip that finishes a task waits for the replicas.
            finishing = any(fin is not None for _, fin in owners)
            wait = self._wait if finishing else None
            while True:
                try:
                    results = await run_many(self._queue.redis, calls, wait)
                    backoff.reset()
                    break
                except TRANSIENT as exc:
                    log.warning("cannot write events to Redis (%s); retrying", exc)
                    await backoff.wait()
                except Exception as exc:
                    log.exception("writing events failed")
                    results = [exc] * len(calls)
                    break
            self._settle(owners, results)

    def _settle(self, owners: list[tuple[Stream, Finish | None]], results: list[Any]) -> None:
        # Refusals are not logged here: the worker fails the task and says why, once.
        for (stream, fin), res in zip(owners, results, strict=True):
            if fin is not None:
                if not fin.future.done():
                    fin.future.set_result(res)
            elif isinstance(res, Exception):
                self._on_broken(stream.task_id, refusal(res))
            elif res == 3:
                self._on_broken(stream.task_id, None)
            elif not res:
                self._on_lost(stream.task_id)
