"""A loopback HTTP/1.1 server that plays provider replies, for the provider tests.

It is a ``testkit.loopback.LoopbackServer`` (a thread with its own event loop). Replies are queued
in order; each request takes the next one and is recorded (path, query, headers, JSON body) for
assertions.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from testkit.loopback import LoopbackServer

WIRE = Path(__file__).parent / "wire"


@dataclass
class Reply:
    """One scripted response.

    Args:
        chunks: the body, written piece by piece with a pause between pieces so the client
            reads them separately (the point of split-boundary tests).
        stall_after: stop sending after this many chunks and keep the connection open.
        cut_after: drop the connection after this many chunks, without ending the body.
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    chunks: list[bytes] = field(default_factory=list)
    stall_after: int | None = None
    cut_after: int | None = None
    pause: float = 0.002
    delay_before: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    raw_body: bytes
    connection: int
    at: float

    @property
    def json(self) -> Any:
        return json.loads(self.raw_body)


def json_reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    return Reply(
        status=status,
        headers={"content-type": "application/json", **(headers or {})},
        chunks=[json.dumps(body).encode()],
    )


def sse_reply(text: str | bytes, *, split: int | None = None, **kwargs: Any) -> Reply:
    """An event-stream reply; ``split`` cuts the body into pieces of that many bytes."""
    data = text.encode() if isinstance(text, str) else text
    chunks = [data[i : i + split] for i in range(0, len(data), split)] if split else [data]
    return Reply(headers={"content-type": "text/event-stream"}, chunks=chunks, **kwargs)


def sse_events(*events: Any, event_names: list[str] | None = None, crlf: bool = False) -> str:
    """SSE text for JSON events (or raw strings), optionally with ``event:`` lines."""
    nl = "\r\n" if crlf else "\n"
    out = []
    for i, ev in enumerate(events):
        data = ev if isinstance(ev, str) else json.dumps(ev)
        head = f"event: {event_names[i]}{nl}" if event_names else ""
        out.append(f"{head}data: {data}{nl}{nl}")
    return "".join(out)


async def collect(model: Any, request: Any) -> tuple[list[Any], Any]:
    """Stream ``request``: the deltas, then the one final ModelResponse (checked to be last)."""
    from orbiter.models import ModelResponse

    chunks = [c async for c in model.stream(request)]
    assert chunks, "the stream yielded nothing"
    final = chunks[-1]
    assert isinstance(final, ModelResponse)
    assert not any(isinstance(c, ModelResponse) for c in chunks[:-1])
    return chunks[:-1], final


def cassette(provider: str, name: str) -> list[dict[str, Any]]:
    data = json.loads((WIRE / provider / f"{name}.json").read_text())
    return list(data["interactions"])


def recorded_reply(interaction: dict[str, Any], *, split: int | None = None) -> Reply:
    """The recorded response of one interaction, as the server will send it."""
    resp = interaction["response"]
    if "json" in resp:
        return json_reply(resp["json"], status=resp["status"])
    return sse_reply(resp["text"], split=split)


class WireServer(LoopbackServer):
    """Plays queued replies in order and records every request."""

    thread_name = "wire-server"

    def __init__(self) -> None:
        super().__init__()
        self.replies: deque[Reply] = deque()
        self.requests: list[Seen] = []
        self.closed_by_client = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_until(self, condition: Any, timeout: float = 5.0) -> bool:
        return super().wait_until(condition, timeout)

    def add(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, connection: int
    ) -> None:
        try:
            while True:
                request = await self.read_request(reader)
                parts = urlsplit(request.target)
                query = parse_qs(parts.query)
                self.requests.append(
                    Seen(
                        request.method,
                        parts.path,
                        query,
                        request.headers,
                        request.body,
                        connection,
                        time.monotonic(),
                    )
                )
                reply = self.replies.popleft() if self.replies else _unscripted()
                if not await self._send(reply, writer):
                    return
        except asyncio.IncompleteReadError as exc:
            if not exc.partial:
                self.closed_by_client += 1

    async def _send(self, reply: Reply, writer: asyncio.StreamWriter) -> bool:
        """Write one reply (chunked); False when the connection must end."""
        await self.write_head(writer, reply.status, reply.headers)
        if reply.delay_before:
            await asyncio.sleep(reply.delay_before)
        for i, chunk in enumerate(reply.chunks):
            if reply.stall_after is not None and i >= reply.stall_after:
                await self._stopping.wait()
                return False
            if reply.cut_after is not None and i >= reply.cut_after:
                writer.transport.abort()
                return False
            if chunk:
                await self.write_chunk(writer, chunk)
                # A pause lets the client read pieces apart; long byte-by-byte bodies skip it
                # to keep the suite fast.
                if len(reply.chunks) > 1:
                    await asyncio.sleep(reply.pause if len(reply.chunks) <= 200 else 0)
        if reply.stall_after is not None and reply.stall_after >= len(reply.chunks):
            await self._stopping.wait()
            return False
        if reply.cut_after is not None and reply.cut_after >= len(reply.chunks):
            writer.transport.abort()
            return False
        await self.write_chunk(writer, b"")
        return True


def _unscripted() -> Reply:
    return json_reply({"error": {"message": "the test queued no reply for this request"}}, 418)


def anthropic_sse(message: dict[str, Any], *, piece: int = 5) -> str:
    """A recorded (non-streamed) Anthropic message, replayed as the event stream it would be.

    Text, thinking and tool input are cut into ``piece``-character deltas.
    """
    shell = {k: v for k, v in message.items() if k not in ("content", "stop_reason")}
    shell["content"] = []
    shell["usage"] = {**message["usage"], "output_tokens": 1}
    events: list[tuple[str, Any]] = [("message_start", {"type": "message_start", "message": shell})]

    def cut(value: str) -> list[str]:
        return [value[i : i + piece] for i in range(0, len(value), piece)] or [""]

    for i, block in enumerate(message["content"]):
        kind = block["type"]
        start = dict(block)
        deltas: list[dict[str, Any]] = []
        if kind == "text":
            start["text"] = ""
            deltas = [{"type": "text_delta", "text": t} for t in cut(block["text"])]
        elif kind == "thinking":
            start.update(thinking="", signature="")
            deltas = [{"type": "thinking_delta", "thinking": t} for t in cut(block["thinking"])]
            deltas.append({"type": "signature_delta", "signature": block["signature"]})
        elif kind == "tool_use":
            start["input"] = {}
            raw = json.dumps(block["input"])
            deltas = [{"type": "input_json_delta", "partial_json": t} for t in ["", *cut(raw)]]
        events.append(
            (
                "content_block_start",
                {"type": "content_block_start", "index": i, "content_block": start},
            )
        )
        events.append(("ping", {"type": "ping"}))
        for d in deltas:
            events.append(
                ("content_block_delta", {"type": "content_block_delta", "index": i, "delta": d})
            )
        events.append(("content_block_stop", {"type": "content_block_stop", "index": i}))
    events.append(
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
                "usage": {"output_tokens": message["usage"]["output_tokens"]},
            },
        )
    )
    events.append(("message_stop", {"type": "message_stop"}))
    return sse_events(*(e for _, e in events), event_names=[n for n, _ in events])
