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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from testkit.loopback import LoopbackServer
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


class ChatCompletionsServer(LoopbackServer):
    """``POST /v1/chat/completions`` on a loopback port, in a thread with its own event loop."""

    thread_name = "chat-server"

    def __init__(self) -> None:
        super().__init__()
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
        self._released = asyncio.Event()

    @property
    def url(self) -> str:
        """The base URL, as ``OPENAI_BASE_URL`` takes it."""
        return f"http://127.0.0.1:{self.port}/v1"

    def reset(self) -> None:
        """Forget requests and settings: answer normally, hold ``HOLD`` requests again."""
        self.requests.clear()
        self.headers.clear()
        self.fail = None
        self.hung_up = 0
        self.tool_arguments = {"city": "Paris"}
        asyncio.run_coroutine_threadsafe(_clear(self._released), self._loop).result(5)

    def release(self) -> None:
        """Answer held requests, and every later one, at once."""
        self.call(self._released.set)

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, connection: int
    ) -> None:
        try:
            while True:
                request = await self.read_request(reader)
                if request.method != "POST" or request.target != "/v1/chat/completions":
                    error = {"error": {"message": f"no route {request.target}"}}
                    await self.write_json(writer, 404, error)
                    continue
                if request.headers.get("authorization") != f"Bearer {API_KEY}":
                    await self.write_json(writer, 401, {"error": {"message": "bad API key"}})
                    continue
                body = json.loads(request.body)
                self.requests.append(body)
                self.headers.append(request.headers)
                if not await self._answer(body, reader, writer):
                    return
        except asyncio.IncompleteReadError:
            pass

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
            await self.write_json(writer, status, {"error": error})
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
            await self.write_json(writer, 200, _completion(body["model"], content, call))
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
        await self.write_head(writer, 200, {"content-type": "text/event-stream"})
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
            await self.write_chunk(writer, f"data: {json.dumps(event)}\n\n".encode())
            await asyncio.sleep(0.001)
        await self.write_chunk(writer, b"data: [DONE]\n\n")
        await self.write_chunk(writer, b"")
        return True


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
