"""Helpers for the migration-guide acceptance tests.

- :class:`ChatCompletionsServer`: an OpenAI-compatible Chat Completions server on loopback that
  answers from the conversation it is sent (so any number of workers may call it at once),
  streamed as SSE or as one JSON body, with tool calls, error replies, and requests that are
  held until the test releases them (to catch a task mid-call).
- :class:`WorkerProcess`: the real ``orbiter start worker`` console script in a subprocess.
- :func:`get_weather`: a tool that worker processes import by its module path.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from testkit.processes import ORBITER, Process
from testkit.processes import until as until  # the tests' helper, from here as before

HERE = Path(__file__).resolve().parent
API_KEY = "sk-acceptance-test"
HOLD = "Long running"
"""Requests whose last user message contains this wait until the test calls ``release()``."""
STALL = "Write slowly"
"""Streamed answers to a user message containing this stop after a few words until
``release()``."""


def get_weather(city: str) -> str:
    """The weather in a city."""
    return f"Sunny and 22 degrees in {city}"


def answer_for(prompt: str) -> str:
    """What the loopback model says to a user message."""
    if "capital of France" in prompt:
        return "The capital of France is Paris."
    if "Tell me a story" in prompt:
        return "Once upon a time a small agent crossed a sea of tokens and came home."
    if "Research and write about AI" in prompt:
        return "Notes: machines learn patterns from data."
    if prompt.startswith("Notes:"):
        return "Article: how machines learn patterns from data."
    return f"You said: {prompt}"


class ChatCompletionsServer:
    """``POST /v1/chat/completions`` on a loopback port, in a thread with its own event loop."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        """The HTTP headers of each request in ``requests`` (lower-case names)."""
        self.fail: tuple[int, str] | None = None
        """(HTTP status, message): answer every request with this error."""
        self.held = 0
        """Requests waiting for ``release()`` right now."""
        self.hung_up = 0
        """Held requests whose client closed the connection before an answer."""
        self.tool_arguments: dict[str, Any] = {"city": "Paris"}
        self._loop = asyncio.new_event_loop()
        self._released = asyncio.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, name="chat-server", daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    @property
    def url(self) -> str:
        """The base URL, as ``OPENAI_BASE_URL`` takes it."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> ChatCompletionsServer:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("chat server did not start")
        return self

    def reset(self) -> None:
        """Forget requests and settings: answer normally, hold ``HOLD`` requests again."""
        self.requests.clear()
        self.headers.clear()
        self.fail = None
        self.hung_up = 0
        self.tool_arguments = {"city": "Paris"}
        asyncio.run_coroutine_threadsafe(_clear(self._released), self._loop).result(5)

    def wait_until(self, condition: Callable[[], Any], timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def release(self) -> None:
        """Answer held requests, and every later one, at once."""
        self._loop.call_soon_threadsafe(self._released.set)

    def stop(self) -> None:
        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                await asyncio.wait(list(self._tasks), timeout=5)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def boot() -> None:
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            self.port = self._server.sockets[0].getsockname()[1]

        self._loop.run_until_complete(boot())
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                raw = await reader.readexactly(int(headers.get("content-length", "0")))
                if method != "POST" or path != "/v1/chat/completions":
                    await self._json(writer, 404, {"error": {"message": f"no route {path}"}})
                    continue
                if headers.get("authorization") != f"Bearer {API_KEY}":
                    await self._json(writer, 401, {"error": {"message": "bad API key"}})
                    continue
                body = json.loads(raw)
                self.requests.append(body)
                self.headers.append(headers)
                if not await self._answer(body, reader, writer):
                    return
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _answer(
        self, body: dict[str, Any], reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        """Reply to one request; False when the client went away."""
        messages = body["messages"]
        last = messages[-1]
        held = last["role"] == "user" and HOLD in str(last["content"])
        if held and not await self._hold(reader):
            return False
        if self.fail is not None:
            status, message = self.fail
            error = {"message": message, "type": "invalid_request_error", "code": None}
            await self._json(writer, status, {"error": error})
            return True
        call: dict[str, Any] | None = None
        content = ""
        if body.get("tools") and last["role"] == "user":
            name = body["tools"][0]["function"]["name"]
            call = {"id": f"call_{len(self.requests)}", "name": name}
            call["arguments"] = json.dumps(self.tool_arguments)
        elif last["role"] == "tool":
            content = f"The tool says: {last['content']}"
        else:
            content = answer_for(str(last["content"]))
        if body.get("stream"):
            stall = last["role"] == "user" and STALL in str(last["content"])
            return await self._sse(reader, writer, body, content, call, stall=stall)
        else:
            await self._json(writer, 200, _completion(body["model"], content, call))
        return True

    async def _hold(self, reader: asyncio.StreamReader) -> bool:
        """Wait for ``release()``; False if the client closed the connection first."""
        if self._released.is_set():
            return True
        self.held += 1
        released = asyncio.ensure_future(self._released.wait())
        gone = asyncio.ensure_future(reader.read(1))
        try:
            await asyncio.wait([released, gone], return_when=asyncio.FIRST_COMPLETED)
            if gone.done():
                self.hung_up += 1
                return False
            return True
        finally:
            self.held -= 1
            released.cancel()
            gone.cancel()

    async def _json(self, writer: asyncio.StreamWriter, status: int, data: Any) -> None:
        payload = json.dumps(data).encode()
        writer.write(
            f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n"
            f"content-length: {len(payload)}\r\n\r\n".encode()
            + payload
        )
        await writer.drain()

    async def _sse(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        body: dict[str, Any],
        content: str,
        call: dict[str, Any] | None,
        *,
        stall: bool = False,
    ) -> bool:
        """Stream one answer; with ``stall``, hold after the first words (False: client left)."""
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
            b"transfer-encoding: chunked\r\n\r\n"
        )
        base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": body["model"]}

        def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

        events: list[dict[str, Any]] = [chunk({"role": "assistant", "content": ""})]
        if call is not None:
            args = call["arguments"]
            half = len(args) // 2
            events.append(
                chunk(
                    {
                        "tool_calls": [
                            {
                                "index": 0,
                                "id": call["id"],
                                "type": "function",
                                "function": {"name": call["name"], "arguments": args[:half]},
                            }
                        ]
                    }
                )
            )
            events.append(
                chunk({"tool_calls": [{"index": 0, "function": {"arguments": args[half:]}}]})
            )
            events.append(chunk({}, "tool_calls"))
        else:
            words = content.split(" ")
            events += [chunk({"content": w if i == 0 else " " + w}) for i, w in enumerate(words)]
            events.append(chunk({}, "stop"))
        if body.get("stream_options", {}).get("include_usage"):
            events.append({**base, "choices": [], "usage": _usage(content)})
        for i, event in enumerate(events):
            if stall and i == 3 and not await self._hold(reader):
                return False
            await self._chunk(writer, f"data: {json.dumps(event)}\n\n".encode())
            await asyncio.sleep(0.001)
        await self._chunk(writer, b"data: [DONE]\n\n")
        writer.write(b"0\r\n\r\n")
        await writer.drain()
        return True

    @staticmethod
    async def _chunk(writer: asyncio.StreamWriter, data: bytes) -> None:
        writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        await writer.drain()


async def _clear(event: asyncio.Event) -> None:
    event.clear()


def _usage(content: str) -> dict[str, int]:
    out = len(content.split())
    return {"prompt_tokens": 12, "completion_tokens": out, "total_tokens": 12 + out}


def _completion(model: str, content: str, call: dict[str, Any] | None) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": content or None}
    if call is not None:
        message["tool_calls"] = [
            {
                "id": call["id"],
                "type": "function",
                "function": {"name": call["name"], "arguments": call["arguments"]},
            }
        ]
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": "tool_calls" if call else "stop",
            }
        ],
        "usage": _usage(content),
    }


@contextlib.contextmanager
def chat_server() -> Iterator[ChatCompletionsServer]:
    """A started :class:`ChatCompletionsServer`, stopped on the way out."""
    server = ChatCompletionsServer().start()
    try:
        yield server
    finally:
        server.stop()


def worker_env(redis_url: str, openai_url: str, **extra: str) -> dict[str, str]:
    """A clean environment for a worker: only the settings the guide tells users to export."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("ORBITER_", "OPENAI_"))
        and "proxy" not in k.lower()
        and k != "PYTHONPATH"  # the worker finds the tests' modules from its folder, as step 3 says
    }
    env.update(
        ORBITER_REDIS_URL=redis_url,
        OPENAI_BASE_URL=openai_url,
        OPENAI_API_KEY=API_KEY,
        NO_COLOR="1",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class WorkerProcess(Process):
    """``orbiter start worker ARGS`` in a subprocess whose output lines the test can wait for.

    Started in the folder of the modules it imports, with no ``PYTHONPATH``, as the getting
    started guide has users do.
    """

    def __init__(self, *args: str, env: dict[str, str]) -> None:
        super().__init__([*ORBITER, "start", "worker", *args], env=env, cwd=HERE)
        self.args = args

    def wait_for(  # type: ignore[override]
        self, text: str, timeout: float = 20.0, *, seen: bool = True
    ) -> str:
        """The first output line (seen so far or new) containing ``text``."""
        return super().wait_for(text, timeout, seen=seen)


def everything_in_redis(redis_url: str) -> bytes:
    """Every key and every value of the database, concatenated."""
    import redis

    r = redis.Redis.from_url(redis_url)
    out = bytearray()
    for key in r.scan_iter(count=1000):
        out += key
        kind = r.type(key)
        if kind == b"string":
            out += r.get(key) or b""
        elif kind == b"hash":
            for k, v in r.hgetall(key).items():
                out += k + v
        elif kind == b"list":
            out += b"".join(r.lrange(key, 0, -1))
        elif kind in (b"set", b"zset"):
            out += b"".join(r.zrange(key, 0, -1) if kind == b"zset" else r.smembers(key))
        elif kind == b"stream":
            for _id, fields in r.xrange(key):
                for k, v in fields.items():
                    out += k + v
    r.close()
    return bytes(out)
