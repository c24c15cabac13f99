"""A submitted task seen from the client: :class:`TaskHandle` waits, streams, checks, cancels.

Every executor returns the same handle: the task's record and events live in Redis whichever
executor runs it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Collection, Mapping
from typing import Any

import msgspec
from redis.exceptions import AuthenticationError

from orbiter.distributed._shared import FIRST_CONNECT_TRIES, Shared, acquire, check_loop, release
from orbiter.distributed.approval import resume_task
from orbiter.distributed.connection import TRANSIENT, Backoff
from orbiter.distributed.errors import (
    RedisUnavailableError,
    TaskCancelledError,
    TaskFailedError,
    TaskTimeoutError,
)
from orbiter.distributed.events import (
    RECHECK_SECONDS,
    Follower,
    Marker,
    decode_marker,
    follow,
    not_found,
)
from orbiter.distributed.keys import TERMINAL, Keys, resolve_redis_url
from orbiter.distributed.outage import unreachable
from orbiter.distributed.queue import cancel
from orbiter.distributed.records import RECORD_FIELDS, TaskRecord, record_from_values
from orbiter.distributed.thread_runs import let_go_of_thread
from orbiter.events import StreamEvent

_INTERRUPT = b'e{"type":"interrupt"'
"""How the interrupt event's line in a live message begins (the tag is encoded first)."""

CONFIRM_WAIT = 1.0
"""Seconds result() waits for its subscription before it reads the task's outcome."""

log = logging.getLogger("orbiter.distributed")


async def with_retry(fn: Any, shared: Shared) -> Any:
    """``await fn()``, tried again while Redis is briefly away; a clear error once it stays away."""
    backoff = Backoff()
    while True:
        try:
            result = await fn()
            shared.failing = None
            return result
        except (AuthenticationError, RedisUnavailableError):
            raise  # a wrong password or database stays wrong
        except TRANSIENT as exc:
            shared.check_giving_up(backoff, exc)
            if backoff.tries >= FIRST_CONNECT_TRIES - 1:
                raise unreachable(shared.url, exc, was_up=True) from exc
            await backoff.wait()


_QUIET = b"quiet"
"""What :meth:`_Waiter.heard` returns when nothing was heard in time (compared by identity,
so no message can be taken for it)."""


class _Waiter:
    """The live-channel callback of one waiting ``result()``, and its wake-ups.

    It keeps only the latest message that ends the task (or pauses it, with ``paused``), or
    ``None`` for a gap: each supersedes the ones before. A handle may wait for hours, by the
    thousand in one process: a waiter is one small object, a future while it sleeps and a
    timer, where an Event, a timeout scope and their coroutines would keep several times
    as many objects for the garbage collector to walk.
    """

    __slots__ = ("_wake", "latest", "paused")

    def __init__(self, paused: bool) -> None:
        self.paused = paused
        self.latest: bytes | None = _QUIET
        self._wake: asyncio.Future[None] | None = None

    def __call__(self, data: bytes | None) -> None:
        last = b"" if data is None else data[data.rfind(b"\n") + 1 :]
        # A pause is stored with the interrupt event as the last line of its message.
        if data is None or last[:1] == b"x" or (self.paused and last.startswith(_INTERRUPT)):
            self.latest = data
            self._ring()

    def _ring(self, _: object = None) -> None:
        wake = self._wake
        if wake is not None and not wake.done():
            wake.set_result(None)

    async def _sleep(self, seconds: float, also: asyncio.Future[None] | None = None) -> None:
        """Until a message that matters, ``also`` is done, or ``seconds`` have passed."""
        loop = asyncio.get_running_loop()
        wake = self._wake = loop.create_future()
        timer = loop.call_later(seconds, self._ring)
        if also is not None:
            also.add_done_callback(self._ring)
        try:
            await wake
        finally:
            timer.cancel()
            self._wake = None
            if also is not None:
                also.remove_done_callback(self._ring)

    async def settled(self, fut: asyncio.Future[None], seconds: float) -> None:
        """Wait for ``fut`` (a subscription's confirmation) at most ``seconds``, leaving it be."""
        if not fut.done():
            await self._sleep(seconds, fut)

    async def heard(self, seconds: float) -> bytes | None:
        """The latest message that matters, waiting up to ``seconds`` for one; else _QUIET."""
        if self.latest is _QUIET:
            await self._sleep(seconds)
        data, self.latest = self.latest, _QUIET
        return data


class TaskHandle:
    """A submitted task: wait for its result, stream its events, check or cancel it.

    Get one from :func:`distributed`, or for an existing task id with :meth:`attach`.
    """

    def __init__(self, task_id: str, *, shared: Shared, keys: Keys) -> None:
        self.task_id = task_id
        self._shared: Shared | None = shared
        self._keys = keys

    @classmethod
    def attach(
        cls, task_id: str, *, redis_url: str | None = None, key_prefix: str | None = None
    ) -> TaskHandle:
        """A handle for a task submitted elsewhere (call from inside the event loop)."""
        url = resolve_redis_url(redis_url)
        return cls(task_id, shared=acquire(url), keys=Keys.from_env(key_prefix, url))

    def __repr__(self) -> str:
        return f"TaskHandle(task_id={self.task_id!r})"

    @property
    def _conn(self) -> Shared:
        if self._shared is None:
            raise RuntimeError(f"the handle of task {self.task_id} is closed")
        check_loop(
            self._shared,
            f"the handle of task {self.task_id}",
            f"get a handle in this loop with TaskHandle.attach({self.task_id!r}, redis_url=...)",
        )
        return self._shared

    async def result(self, timeout: float | None = None) -> dict[str, Any]:  # noqa: ASYNC109
        """Wait for the task to finish (or pause for approval) and return its result as a dict.

        The dict has ``output``, ``messages`` (the run's whole transcript, as JSON data),
        ``usage``, ``steps``, ``agent_name``, ``structured_output``, ``stop_reason`` and
        ``finish_reason``. A run that paused because the model called tools that need a
        person's approval returns at once with ``"status": "interrupted"`` and ``"pending"``
        (the calls waiting, each with ``id``, ``name`` and ``arguments``), as the local
        ``RunResult`` does: decide with :meth:`resume`, then call ``result()`` again.

        Args:
            timeout: seconds to wait at most; ``TimeoutError`` after that (the task goes on).

        Raises:
            TaskFailedError: the task failed (a ``RuntimeError``: ``Task <id> failed: <error>``).
            TaskTimeoutError: the task ran past its own timeout on the worker.
            TaskCancelledError: the task was cancelled.
            TaskNotFoundError: no such task (or it expired).
        """
        shared = self._conn
        try:
            if timeout is None:  # no timer to keep for a wait that may last long
                marker = await self._wait_marker(shared, paused=True)
            else:
                async with asyncio.timeout(timeout):
                    marker = await self._wait_marker(shared, paused=True)
        except TimeoutError:
            down = shared.outage()
            if down is not None:
                raise down from down.__cause__
            raise TimeoutError(
                f"task {self.task_id} did not finish within {timeout}s; it keeps going: "
                "call result() again, or cancel() it"
            ) from None
        return self._outcome(marker)

    async def _wait_marker(self, shared: Shared, paused: bool = False) -> Marker:
        """The task's end marker once it ends; with ``paused``, also a pause for approval."""
        waiter = _Waiter(paused)
        channel = self._keys.live(self.task_id)
        backoff: Backoff | None = None
        # Listen first, then look once for an outcome already stored: one read, and a marker
        # stored after it is heard. A subscription slow to be confirmed (Redis away) is not
        # waited for: then the outcome is looked for while it is on its way, and once more.
        confirmed = shared.listener.subscribe_nowait(channel, waiter, sharded=True)
        try:
            await waiter.settled(confirmed, CONFIRM_WAIT)
            checks = 1 if confirmed.done() else 0
            while True:
                try:
                    marker = await self._check_finished(shared, paused)
                    if marker is not None:
                        return marker
                    shared.failing = None
                except RedisUnavailableError:
                    raise
                except TRANSIENT as exc:
                    backoff = backoff or Backoff()
                    shared.check_giving_up(backoff, exc)
                    await backoff.wait()
                    continue
                backoff = None
                checks += 1
                if checks == 1:
                    await confirmed
                    continue
                # Quiet for long: look again (the task's keys may have been deleted).
                data = await waiter.heard(RECHECK_SECONDS)
                if data is _QUIET:
                    continue
                tail = b"" if data is None else data[data.rfind(b"\n") + 1 :]
                if tail[:1] == b"e":  # a pause: the record holds what to return
                    checks = 0
                    continue
                found = None if data is None else self._marker(tail[1:])
                if found is not None:
                    return found
        finally:
            shared.listener.unsubscribe(channel, waiter)
            if not confirmed.done():
                confirmed.cancel()

    async def _check_finished(self, shared: Shared, paused: bool = False) -> Marker | None:
        call = shared.batcher.send
        status, error, error_type, result = await call(
            "HMGET", self._keys.task(self.task_id), "status", "error", "error_type", "result"
        )
        if status is None or (status == b"COMPLETED" and not result):
            # No record (evicted, deleted), or one without the result a worker stores with
            # the outcome: the end marker in the events may still tell.
            last = await call("XREVRANGE", self._keys.events(self.task_id), "+", "-", "COUNT", 1)
            if last and b"end" in last[0][1]:
                marker = self._marker(last[0][1][b"end"], last[0][0])
                if marker is not None:
                    return marker
            if status is None:
                raise not_found(self.task_id)
        if status.decode() in TERMINAL or (paused and status == b"INTERRUPTED"):
            return Marker(
                status=status.decode(),
                error=error.decode() if error else None,
                error_type=error_type.decode() if error_type else None,
                result=msgspec.json.decode(result) if result else None,
            )
        return None

    def _marker(self, payload: bytes, entry_id: bytes | None = None) -> Marker | None:
        """The decoded end marker; None (and a warning) when it cannot be decoded."""
        try:
            return decode_marker(payload)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            log.warning(
                "the end marker%s of task %s cannot be decoded (%s); using the task record",
                f" {entry_id.decode(errors='replace')}" if entry_id else "",
                self.task_id,
                exc,
            )
            return None

    def _outcome(self, marker: Marker) -> dict[str, Any]:
        if marker.status in ("COMPLETED", "INTERRUPTED"):
            return marker.result or {}
        error = marker.error or ""
        if marker.status == "CANCELLED":
            raise TaskCancelledError(self.task_id, error, marker.error_type or "")
        if marker.error_type == "TaskTimeoutError":
            raise TaskTimeoutError(self.task_id, error, marker.error_type)
        raise TaskFailedError(self.task_id, error or "unknown error", marker.error_type or "")

    async def resume(
        self,
        *,
        approve: Collection[str] = (),
        reject: Mapping[str, str] | None = None,
        edit: Mapping[str, Any] | None = None,
    ) -> None:
        """Continue a task paused for approval (status INTERRUPTED) on any worker.

        Give each pending call (``status().pending``) one decision, as for ``run.resume()``.
        The decisions are checked before anything is written; then the task goes back on its
        queue, and its events go on in the same stream.

        Args:
            approve: ids of calls to run as the model asked.
            reject: call id -> the reason the model is told instead of a result.
            edit: call id -> the arguments (a dict or JSON text) to run the call with.

        Raises:
            ResumeError: the decisions do not match the pending calls, or the task is not
                paused (finished, still running, already resumed, or expired).
            TaskNotFoundError: no such task (or it expired).
        """
        shared = self._conn
        await resume_task(shared.redis, self._keys, self.task_id, approve, reject, edit)

    def stream(self, *, after: str | None = None) -> AsyncIterator[StreamEvent]:
        """Every event of the task, in order, exactly once, ending when the task finishes.

        A task paused for approval yields its ``interrupt`` event and then waits: once it is
        resumed, the events of the rest of the run follow in the same stream.

        Starts from the first event whenever it is called (even after the task finished);
        ``after`` resumes after an event's ``position`` instead. Events a later attempt
        superseded (its worker died mid-step) are left out; a stream that had already yielded
        some of them yields a ``status`` event ``superseded`` (see docs/checkpoints.md).
        """
        return follow(self._conn, self._keys, self.task_id, after)

    def follower(self, *, after: str | None = None) -> Follower:
        """The low-level reader behind :meth:`stream` (raw entries in batches)."""
        return Follower(self._conn, self._keys, self.task_id, after)

    async def status(self) -> TaskRecord | None:
        """The task record now (None for an unknown or expired task)."""
        key = self._keys.task(self.task_id)
        shared = self._conn
        values = await with_retry(lambda: shared.redis.hmget(key, *RECORD_FIELDS), shared)
        return record_from_values(self.task_id, values, key)

    async def cancel(self) -> bool:
        """Ask for the task to stop. True if it was pending or running and will end CANCELLED.

        A pending task (or one paused for approval) never runs again; a running one is
        interrupted on its worker. For a task that already finished, or an unknown one,
        nothing changes and this returns False.
        """
        outcome, _status = await cancel_task(self._conn, self._keys, self.task_id)
        return outcome in ("cancelled", "requested")

    async def close(self) -> None:
        """Let go of the connection (closed when no other handle uses it)."""
        if self._shared is not None:
            shared, self._shared = self._shared, None
            await release(shared)

    async def __aenter__(self) -> TaskHandle:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


async def outcome(shared: Shared, keys: Keys, task_id: str, wait: float | None) -> Marker | None:
    """How the task ended (its terminal marker), waiting up to ``wait`` seconds (None: forever).

    None when it has not ended by then. Waits on the task's live channel, not by polling.

    Raises:
        TaskNotFoundError: no such task (or it expired).
    """
    handle = TaskHandle(task_id, shared=shared, keys=keys)
    if wait is not None and wait <= 0:
        return await handle._check_finished(shared)
    try:
        async with asyncio.timeout(wait):
            return await handle._wait_marker(shared)
    except TimeoutError:
        return None


async def cancel_task(shared: Shared, keys: Keys, task_id: str) -> tuple[str, str]:
    """Cancel a task; returns (``cancelled``|``requested``|``finished``|``unknown``, status)."""
    found: tuple[str, str] = await with_retry(lambda: cancel(shared.redis, keys, task_id), shared)
    if found[0] == "cancelled":
        # Ended while queued: a thread it held goes to the next task now, not at a sweep.
        await with_retry(lambda: let_go_of_thread(shared.redis, keys, task_id), shared)
    return found
