"""Reading a task's events: gapless, in order, from any cursor, live or after the fact.

A task's events live in a Redis Stream that ends with one terminal marker entry. A reader
first subscribes to the task's live channel, then reads what the stream already holds from its
cursor, then takes each published batch that follows on from its cursor. Whenever it cannot be
sure a batch follows on (it joined midway, the connection dropped, a batch was missed), it reads
the stream again from the cursor. Entry ids order everything, so nothing is seen twice.

An attempt that takes over a task writes a :class:`Superseded` entry first: the events earlier
attempts wrote after the run's last step checkpoint belong to a step it runs again. Readers
drop those events; one that had already passed some of them on (it was following live when
the worker died) gets a ``status`` event ``superseded`` instead.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

import msgspec

from orbiter.distributed._pubsub import wait_at_most
from orbiter.distributed._shared import Shared, acquire, check_loop, release
from orbiter.distributed.connection import TRANSIENT, Backoff
from orbiter.distributed.errors import RedisUnavailableError, TaskNotFoundError
from orbiter.distributed.keys import Keys, resolve_redis_url
from orbiter.errors import ConfigurationError
from orbiter.events import StatusEvent, StreamEvent, decode_event

log = logging.getLogger("orbiter.distributed")

_PAGE = 2000

RECHECK_SECONDS = 5.0
"""How long a reader waits for live news before it reads Redis again: a task whose keys were
deleted (or a publish that never came) is noticed within this time."""


class Marker(msgspec.Struct, kw_only=True):
    """The last entry of a finished task's events stream."""

    status: str
    error: str | None = None
    error_type: str | None = None
    result: dict[str, Any] | None = None


_marker_decoder = msgspec.json.Decoder(Marker)


class Superseded(msgspec.Struct, kw_only=True):
    """A stream entry (field ``sup``): attempt ``attempt`` took the task over, so the events
    of earlier attempts after position ``after`` (the last event its checkpoint covers, or
    '0-0') are void: their step runs again."""

    attempt: int
    after: str


class _Attempt(msgspec.Struct):
    attempt: int | None = None
    type: str = ""


_superseded_decoder = msgspec.json.Decoder(Superseded)
_attempt_decoder = msgspec.json.Decoder(_Attempt)
_KEPT = frozenset({"error", "retry"})


def parse_id(raw: bytes) -> tuple[int, int]:
    ms, _, seq = raw.partition(b"-")
    return int(ms), int(seq or 0)


_POSITION = re.compile(r"[0-9]{1,20}(-[0-9]{1,20})?")


def check_position(
    value: object,
    what: str = "after",
    kind: str = "an event position",
    source: str = "the 'position' of an event",
) -> str:
    """``value`` if it is a Redis stream entry id (an event position), else a clear error.

    Args:
        what: how the caller named the value, for the message (``after``, ``--after``, ...).
        kind, source: what the value should have been, and where such values are found.
    """
    if isinstance(value, str) and _POSITION.fullmatch(value):
        ms, _, seq = value.partition("-")
        if int(ms) < 2**64 and int(seq or 0) < 2**64:
            return value
    raise ConfigurationError(
        f"{what}={value!r} is not {kind}: use {source}, which looks like '1732250000000-0' "
        "(milliseconds, a dash, a sequence number)"
    )


def not_found(task_id: str, vanished: bool = False) -> TaskNotFoundError:
    """The error for a task whose record and events are not (or no longer) in Redis."""
    if vanished:
        return TaskNotFoundError(
            f"task {task_id!r} disappeared while it was being read: its record and events are "
            "gone from Redis (deleted, evicted under maxmemory, or the database was flushed)"
        )
    return TaskNotFoundError(
        f"no task {task_id!r}: it was never submitted, or it finished longer ago than the "
        "event retention"
    )


Entry = tuple[bytes, bytes, bytes]
"""(entry id, kind ``e`` event, ``x`` terminal marker or ``s`` superseded, JSON payload)."""


class Follower:
    """Yields the raw entries of one task's events stream after a cursor, ending at the marker."""

    def __init__(self, shared: Shared, keys: Keys, task_id: str, after: str | None = None) -> None:
        self._shared = shared
        self._keys = keys
        self.task_id = task_id
        self.cursor = (check_position(after) if after is not None else "0-0").encode()
        self._pos = parse_id(self.cursor)
        self._inbox: deque[bytes | None] = deque()
        self._wake = asyncio.Event()
        self._seen = False  # the task was there once, so its absence now means it vanished
        self._last_event = (0, 0)  # position of the last event passed on
        self.done = False
        self.skipped = 0
        """Entries skipped by :meth:`events` because they could not be decoded."""

    def _on_message(self, data: bytes | None) -> None:
        self._inbox.append(data)
        self._wake.set()

    async def entries(self) -> AsyncIterator[list[Entry]]:
        """Batches of new entries, in order, until (and including) the terminal marker."""
        channel = self._keys.live(self.task_id)
        listener = self._shared.listener
        backoff = Backoff()
        # Subscribe and read what is stored at the same time; once the subscription is
        # confirmed, read again, since anything stored in between was published unseen.
        confirmed = listener.subscribe_nowait(channel, self._on_message, sharded=True)
        try:
            for check in range(2):
                batch = self._current(await self._catch_up_patiently(backoff))
                if batch:
                    yield batch
                if self.done:
                    return
                if check == 0:
                    await confirmed
            while not self.done:
                if not self._inbox:
                    self._wake.clear()
                    await wait_at_most(self._wake.wait(), RECHECK_SECONDS)
                    if not self._wake.is_set():
                        self._inbox.append(None)  # quiet for long: read the stream again
                    continue
                data = self._inbox.popleft()
                found = self._from_message(data)
                batch = found if found is not None else await self._catch_up_patiently(backoff)
                batch = self._current(batch)
                if batch:
                    yield batch
        finally:
            listener.unsubscribe(channel, self._on_message)
            if not confirmed.done():
                confirmed.cancel()

    def _current(self, batch: list[Entry]) -> list[Entry]:
        """``batch`` without the events a :class:`Superseded` entry in it voids; the entry
        itself stays only when this reader had already passed some of them on."""
        cuts = [
            (parse_id(sup.after.encode()), parse_id(raw_id), sup.attempt, i)
            for i, (raw_id, kind, payload) in enumerate(batch)
            if kind == b"s" and (sup := _superseded(payload)) is not None
        ]
        if not cuts:
            for raw_id, kind, _payload in reversed(batch):
                if kind == b"e":
                    self._last_event = parse_id(raw_id)
                    break
            return batch
        out: list[Entry] = []
        for i, entry in enumerate(batch):
            raw_id, kind, payload = entry
            pos = parse_id(raw_id)
            if kind == b"s":
                if any(c[3] == i and self._last_event > c[0] for c in cuts):
                    out.append(entry)
                continue
            if kind == b"e":
                if any(a < pos < m and _voided(payload, n) for a, m, n, _i in cuts):
                    continue
                self._last_event = pos
            out.append(entry)
        return out

    def _from_message(self, data: bytes | None) -> list[Entry] | None:
        """Entries of a published batch after the cursor; None when the stream must be read."""
        if data is None:
            return None
        lines = data.split(b"\n")
        prev = lines[0]
        ids = lines[1::2]
        if not ids or parse_id(ids[-1]) <= self._pos:
            if ids and lines[-1][:1] == b"x":
                self.done = True  # the task ended at or before the cursor
            return []  # nothing new: already read from the stream
        if prev != self.cursor and parse_id(prev) > self._pos:
            return None  # something between our cursor and this batch was missed
        out: list[Entry] = []
        pos = self._pos
        for raw_id, payload in zip(ids, lines[2::2], strict=True):
            p = parse_id(raw_id)
            if p <= pos:
                continue
            out.append((raw_id, payload[:1], payload[1:]))
            pos = p
        self._advance(out)
        return out

    async def _catch_up_patiently(self, backoff: Backoff) -> list[Entry]:
        """:meth:`_catch_up`, retried with backoff while Redis is unreachable."""
        while True:
            try:
                batch = await self._catch_up()
                backoff.reset()
                self._shared.failing = None
                return batch
            except RedisUnavailableError:
                raise
            except TRANSIENT as exc:
                self._shared.check_giving_up(backoff, exc)
                await backoff.wait()

    async def _catch_up(self) -> list[Entry]:
        call = self._shared.batcher.call
        key = self._keys.events(self.task_id)
        out: list[Entry] = []
        first = True
        while True:
            read = call("XRANGE", key, b"(" + self.cursor, "+", "COUNT", _PAGE)
            if first:
                first = False
                rows, exists, last = await asyncio.gather(
                    read,
                    call("EXISTS", self._keys.task(self.task_id)),
                    call("XREVRANGE", key, "+", "-", "COUNT", 1),
                )
                if not rows and self._ended_before_cursor(exists, last):
                    self.done = True
                    return out
                self._seen = True
            else:
                rows = await read
            page: list[Entry] = []
            for raw_id, fields in rows:
                if b"e" in fields:
                    page.append((raw_id, b"e", fields[b"e"]))
                elif b"end" in fields:
                    page.append((raw_id, b"x", fields[b"end"]))
                elif b"sup" in fields:
                    page.append((raw_id, b"s", fields[b"sup"]))
            self._advance(page)
            out += page
            if len(rows) < _PAGE or self.done:
                return out

    def _ended_before_cursor(self, exists: int, last: list[Any]) -> bool:
        """With nothing after the cursor: True when the task ended at or before it.

        Raises TaskNotFoundError when neither the record nor any event is there.
        """
        if last:
            return b"end" in last[0][1] and parse_id(last[0][0]) <= self._pos
        if not exists:
            raise not_found(self.task_id, vanished=self._seen)
        return False

    def events(self, batch: list[Entry]) -> list[StreamEvent]:
        """The events of a batch of entries; an entry that cannot be decoded is skipped.

        The first skipped entry is logged as a warning naming the task and the entry; the
        count is in :attr:`skipped`.
        """
        out: list[StreamEvent] = []
        for raw_id, kind, payload in batch:
            if kind == b"s":
                note = superseded_event(raw_id, payload)
                if note is not None:
                    out.append(note)
                continue
            if kind != b"e":
                continue
            try:
                out.append(to_event(raw_id, payload))
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                self.skipped += 1
                if self.skipped == 1:
                    log.warning(
                        "skipped event %s of task %s: it cannot be decoded (%s); it was not "
                        "written by an Orbiter worker of this version, or was altered in Redis",
                        raw_id.decode(errors="replace"),
                        self.task_id,
                        exc,
                    )
        return out

    def _advance(self, batch: list[Entry]) -> None:
        if batch:
            self.cursor = batch[-1][0]
            self._pos = parse_id(self.cursor)
            if batch[-1][1] == b"x":
                self.done = True


def _superseded(payload: bytes) -> Superseded | None:
    try:
        return _superseded_decoder.decode(payload)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None  # not written by a worker of this version: nothing is dropped for it


def _voided(payload: bytes, attempt: int) -> bool:
    """Whether the event ``payload`` is of an attempt before ``attempt``. The ``error`` and
    ``retry`` events of an attempt that failed and was retried never are: they tell how each
    attempt ended, and stay in the one sequence readers see."""
    try:
        got = _attempt_decoder.decode(payload)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return False
    return got.attempt is not None and got.attempt < attempt and got.type not in _KEPT


def superseded_event(raw_id: bytes, payload: bytes) -> StatusEvent | None:
    """The ``superseded`` status event a reader gets for a :class:`Superseded` entry."""
    sup = _superseded(payload)
    if sup is None:
        return None
    return StatusEvent(
        status="superseded",
        attempt=sup.attempt,
        position=raw_id.decode(),
        message=(
            f"attempt {sup.attempt} took the task over and runs the cut-off step again: drop "
            f"the events of earlier attempts after position {sup.after}"
        ),
    )


def to_event(raw_id: bytes, payload: bytes) -> StreamEvent:
    event = decode_event(payload)
    event.position = raw_id.decode()
    return event


def decode_marker(payload: bytes) -> Marker:
    return _marker_decoder.decode(payload)


async def follow(
    shared: Shared, keys: Keys, task_id: str, after: str | None = None
) -> AsyncIterator[StreamEvent]:
    """Every event of the task after ``after`` (a position), ending when the task finishes."""
    follower = Follower(shared, keys, task_id, after)
    async for batch in follower.entries():
        for event in follower.events(batch):
            yield event


class EventSubscriber:
    """Reads the events of any task: replay a finished one, or follow a live one.

    Args:
        redis_url: the Redis URL (``ORBITER_REDIS_URL`` when not given).
        key_prefix: the key prefix workers use (``ORBITER_KEY_PREFIX``, default ``orbiter``).
    """

    def __init__(self, redis_url: str | None = None, *, key_prefix: str | None = None) -> None:
        self.redis_url = resolve_redis_url(redis_url)
        self._keys = Keys.from_env(key_prefix, self.redis_url)
        self._shared: Shared | None = None

    async def connect(self) -> None:
        """Open (or join) the connection and check that Redis answers."""
        if self._shared is None:
            self._shared = acquire(self.redis_url)
        shared = self._shared
        backoff = Backoff()
        while True:
            try:
                await shared.redis.ping()
                shared.failing = None
                return
            except RedisUnavailableError:
                raise
            except TRANSIENT as exc:
                # Answered before: the caller's own reconnects take over from here.
                if shared.connected:
                    raise
                shared.check_giving_up(backoff, exc)
                await backoff.wait()

    def _need(self) -> Shared:
        if self._shared is None:
            raise RuntimeError("call `await subscriber.connect()` first")
        check_loop(
            self._shared,
            "this EventSubscriber",
            "make a new EventSubscriber (and connect it) in this loop",
        )
        return self._shared

    def replay(self, task_id: str, *, after: str | None = None) -> AsyncIterator[StreamEvent]:
        """Every event of the task from the start (or after a position), in order.

        For a task that is still running this keeps following it until it finishes.
        """
        return follow(self._need(), self._keys, task_id, after)

    def subscribe(self, task_id: str, *, after: str | None = None) -> AsyncIterator[StreamEvent]:
        """Follow a task live from a position (from the start when ``after`` is None)."""
        return follow(self._need(), self._keys, task_id, after)

    async def close(self) -> None:
        if self._shared is not None:
            shared, self._shared = self._shared, None
            await release(shared)

    async def __aenter__(self) -> EventSubscriber:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
