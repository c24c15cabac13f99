"""A loopback Chat Completions server that notes when each call arrived, for rate-limit tests.

Every request gets a short JSON answer with usage (streamed requests too: the OpenAI provider
takes a JSON body in place of an event stream). ``times`` holds the arrival of each request
(``time.time()``); ``reject`` lists the request numbers (from 0) answered with a 429 and
``Retry-After`` instead, and ``rejected_at`` when each of those arrived.
"""

from __future__ import annotations

import asyncio
import json
import time

from testkit.loopback import LoopbackServer

API_KEY = "sk-rate-limit-test"
MODEL = "gpt-4o-mini"


class CountingModelServer(LoopbackServer):
    """``POST /v1/chat/completions`` answered at once; arrival times recorded."""

    thread_name = "counting-model"

    def __init__(self, *, reject: tuple[int, ...] = (), retry_after: float = 1.0) -> None:
        super().__init__()
        self.times: list[float] = []
        self.reject = set(reject)
        self.retry_after = retry_after
        self.rejected_at: list[float] = []

    @property
    def url(self) -> str:
        """The base URL, as ``OPENAI_BASE_URL`` takes it."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def env(self) -> dict[str, str]:
        """What a worker needs to call this server as ``openai:gpt-4o-mini``."""
        return {"OPENAI_BASE_URL": self.url, "OPENAI_API_KEY": API_KEY}

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, connection: int
    ) -> None:
        try:
            while True:
                await self.read_request(reader)
                now = time.time()
                number = len(self.times) + len(self.rejected_at)
                if number in self.reject:
                    self.rejected_at.append(now)
                    await self._too_many(writer)
                    continue
                self.times.append(now)
                await self.write_json(writer, 200, _completion())
        except asyncio.IncompleteReadError:
            pass

    async def _too_many(self, writer: asyncio.StreamWriter) -> None:
        payload = json.dumps({"error": {"message": "slow down", "type": "rate_limit"}}).encode()
        writer.write(
            f"HTTP/1.1 429 X\r\ncontent-type: application/json\r\n"
            f"retry-after: {self.retry_after}\r\n"
            f"content-length: {len(payload)}\r\n\r\n".encode()
            + payload
        )
        await writer.drain()


def _completion() -> dict[str, object]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "ok"},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 20, "completion_tokens": 2, "total_tokens": 22},
    }


def most_in_any_window(times: list[float], seconds: float) -> int:
    """The most calls that arrived within any ``seconds`` long span (sliding window)."""
    ordered = sorted(times)
    most, first = 0, 0
    for last, t in enumerate(ordered):
        while t - ordered[first] >= seconds:
            first += 1
        most = max(most, last - first + 1)
    return most
