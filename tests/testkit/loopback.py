"""The base of the loopback HTTP/1.1 servers that play an LLM provider in tests.

The server runs its own event loop in a thread, so it serves clients on any loop (``run.sync``
makes a new one per call) and a test may block while a request is held. A subclass writes
``handle()``: read requests with ``read_request``, answer with ``write_json`` or chunk by chunk
with ``write_head`` and ``write_chunk`` (server-sent events included).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Self


@dataclass
class Request:
    """One HTTP request as read off the connection."""

    method: str
    target: str
    headers: dict[str, str]  # lower-case names
    body: bytes


class LoopbackServer:
    """An HTTP/1.1 server on a free loopback port; ``start()`` it, ``stop()`` it."""

    thread_name = "loopback-server"

    def __init__(self) -> None:
        self.port = 0
        self.connections = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, name=self.thread_name, daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._stopping = asyncio.Event()
        """Set when the server stops: replies that hang until then end."""

    def start(self) -> Self:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError(f"{self.thread_name} did not start")
        return self

    def stop(self) -> None:
        """Close the port, drop every open connection, and end the thread."""

        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            self._stopping.set()
            for writer in list(self._writers):
                writer.transport.abort()
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                await asyncio.wait(list(self._tasks), timeout=5)
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def wait_until(self, condition: Callable[[], Any], timeout: float = 10.0) -> bool:
        """Whether ``condition()`` became true within ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.01)
        return bool(condition())

    def call(self, func: Callable[[], Any]) -> None:
        """Run ``func`` on the server's loop (to set an event the handlers wait on)."""
        self._loop.call_soon_threadsafe(func)

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def boot() -> None:
            self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
            self.port = self._server.sockets[0].getsockname()[1]

        self._loop.run_until_complete(boot())
        self._ready.set()
        self._loop.run_forever()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        self.connections += 1
        try:
            await self.handle(reader, writer, self.connections)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            self._writers.discard(writer)
            writer.close()

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, connection: int
    ) -> None:
        """Serve one connection (``connection`` counts them from 1)."""
        raise NotImplementedError

    @staticmethod
    async def read_request(reader: asyncio.StreamReader) -> Request:
        """The next request on the connection (IncompleteReadError when the client is gone)."""
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        return Request(method, target, headers, body)

    @staticmethod
    async def write_json(writer: asyncio.StreamWriter, status: int, data: Any) -> None:
        """A whole JSON reply with a content length."""
        payload = json.dumps(data).encode()
        writer.write(
            f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n"
            f"content-length: {len(payload)}\r\n\r\n".encode()
            + payload
        )
        await writer.drain()

    @staticmethod
    async def write_head(
        writer: asyncio.StreamWriter, status: int, headers: dict[str, str]
    ) -> None:
        """The status line and headers of a chunked reply."""
        head = [f"HTTP/1.1 {status} X", "transfer-encoding: chunked"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode())
        await writer.drain()

    @staticmethod
    async def write_chunk(writer: asyncio.StreamWriter, data: bytes) -> None:
        """One chunk of a chunked reply; ``b""`` ends the reply."""
        if data:
            writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        else:
            writer.write(b"0\r\n\r\n")
        await writer.drain()
