"""A run's events as Server-Sent Events: ``id:`` is the entry's position in the task's stream.

Each event is ``id: <position>``, ``event: <type>`` and ``data: <the event's JSON>``; after the
run's last event comes one ``event: end`` whose data is the outcome (status, error, result),
then the response ends. A comment line is sent on an idle stream so proxies keep it open.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import msgspec

from orbiter.distributed._shared import Shared
from orbiter.distributed.events import Entry, Follower, parse_id
from orbiter.distributed.keys import Keys

KEEPALIVE = b": keep-alive\n\n"
HEADERS = {
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",  # nginx: pass each event on as it comes
}


class _Typed(msgspec.Struct):
    type: str = "event"


_typed = msgspec.json.Decoder(_Typed)


_TYPE_FIRST = b'{"type":"'


def _event_type(payload: bytes) -> bytes:
    # Events are tagged Structs, encoded with their tag first: read it without decoding.
    if payload.startswith(_TYPE_FIRST):
        end = payload.find(b'"', len(_TYPE_FIRST))
        if end > 0:
            return payload[len(_TYPE_FIRST) : end]
    return _typed.decode(payload).type.encode()


def frame(entry: Entry) -> bytes:
    raw_id, kind, payload = entry
    name = b"end" if kind == b"x" else b"superseded" if kind == b"s" else _event_type(payload)
    return b"id: " + raw_id + b"\nevent: " + name + b"\ndata: " + payload + b"\n\n"


async def _finished_before(shared: Shared, keys: Keys, task_id: str, after: str) -> bool:
    """True when the run's end marker is at or before ``after``: nothing is left to send."""
    last = await shared.batcher.send("XREVRANGE", keys.events(task_id), "+", "-", "COUNT", 1)
    if not last or b"end" not in last[0][1]:
        return False
    try:
        return parse_id(last[0][0]) <= parse_id(after.encode())
    except ValueError:
        return False


async def event_stream(
    shared: Shared, keys: Keys, task_id: str, after: str | None, keepalive: float
) -> AsyncIterator[bytes]:
    """The SSE body for one run, from after ``after`` (a position) to its end."""
    if after and await _finished_before(shared, keys, task_id, after):
        return
    queue: asyncio.Queue[list[Entry] | BaseException | None] = asyncio.Queue(maxsize=64)

    async def pump() -> None:
        try:
            async for batch in Follower(shared, keys, task_id, after).entries():
                await queue.put(batch)
            await queue.put(None)
        except Exception as exc:  # handed to the response, which ends the stream
            await queue.put(exc)

    reader = asyncio.create_task(pump())
    try:
        yield b"retry: 1000\n\n"
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), keepalive)
            except TimeoutError:
                yield KEEPALIVE
                continue
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield b"".join(frame(entry) for entry in item)
    finally:
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await reader


def valid_position(value: str) -> bool:
    ms, _, seq = value.partition("-")
    return ms.isdigit() and (seq == "" or seq.isdigit()) and len(value) < 40
