"""What the adapters cost on top of the network: stream parsing speed and calls per second.

Run: ``uv run --frozen python packages/orbiter-providers/benchmarks/adapter_overhead.py``

1. Parsing: the recorded OpenAI and Anthropic event streams are fed through the SSE decoder and
   each adapter's stream state in memory (no sockets), in 64-byte pieces.
2. Loopback: ``complete()`` and ``stream()`` against the test suite's wire server on 127.0.0.1,
   one call at a time and 32 at once. Client and server share one process (and its GIL), so
   these figures are a floor for the client, not its ceiling.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "tests"), str(HERE.parents[2] / "tests")]  # and testkit

from providers_wire import WireServer, cassette, recorded_reply  # noqa: E402

from orbiter.messages import UserMessage  # noqa: E402
from orbiter.models import ModelRequest  # noqa: E402
from orbiter.providers import aclose_all  # noqa: E402
from orbiter.providers._sse import SSEDecoder  # noqa: E402
from orbiter.providers.anthropic import AnthropicModel  # noqa: E402
from orbiter.providers.openai import OpenAIModel  # noqa: E402

REQUEST = ModelRequest(messages=[UserMessage(content="hello")])


def parse_rate(model: Any, body: bytes, rounds: int) -> tuple[float, float]:
    """MB/s and events/s for decoding ``body`` and building the response, ``rounds`` times."""
    pieces = [body[i : i + 64] for i in range(0, len(body), 64)]
    events = 0
    start = time.perf_counter()
    for _ in range(rounds):
        decoder = SSEDecoder()
        state = model.stream_state()
        for piece in pieces:
            for event in decoder.feed(piece):
                events += 1
                state.feed(event)
        for event in decoder.close():
            state.feed(event)
        state.finish()
    elapsed = time.perf_counter() - start
    return len(body) * rounds / elapsed / 1e6, events / elapsed


async def calls_per_second(
    wire: WireServer, make: Any, reply: Any, *, calls: int, concurrency: int, stream: bool
) -> float:
    model = make()
    wire.add(*[reply] * calls)

    async def one() -> None:
        if stream:
            async for _ in model.stream(REQUEST):
                pass
        else:
            await model.complete(REQUEST)

    start = time.perf_counter()
    for i in range(0, calls, concurrency):
        await asyncio.gather(*(one() for _ in range(min(concurrency, calls - i))))
    return calls / (time.perf_counter() - start)


async def loopback() -> None:
    wire = WireServer().start()
    try:
        opts = {"base_url": wire.url, "api_key": "k"}
        (text_it,) = cassette("openai", "chat_text_system_prompt")
        (stream_it,) = cassette("openai", "chat_stream_text_usage_chunk")
        (claude_it,) = cassette("anthropic", "messages_stream_thinking")
        cases = [
            (
                "openai complete",
                lambda: OpenAIModel("gpt-4o", opts),
                recorded_reply(text_it),
                False,
            ),
            ("openai stream", lambda: OpenAIModel("gpt-4o", opts), recorded_reply(stream_it), True),
            (
                "anthropic stream (thinking, 19 KB)",
                lambda: AnthropicModel("claude", opts),
                recorded_reply(claude_it),
                True,
            ),
        ]
        for label, make, reply, stream in cases:
            for concurrency in (1, 32):
                rate = await calls_per_second(
                    wire, make, reply, calls=640, concurrency=concurrency, stream=stream
                )
                print(f"loopback  {label:36} concurrency {concurrency:>2}: {rate:8.0f} calls/s")
        await aclose_all()
    finally:
        wire.stop()


def main() -> None:
    opts = {"api_key": "k"}
    openai_body = "".join(
        it["response"]["text"]
        for it in cassette("openai", "chat_stream_tool_calls_parallel_split_args")[:1]
    ).encode()
    (claude_it,) = cassette("anthropic", "messages_stream_thinking")
    for label, model, body in [
        ("openai tool-call stream", OpenAIModel("gpt-4o", opts), openai_body),
        (
            "anthropic thinking stream",
            AnthropicModel("claude", opts),
            claude_it["response"]["text"].encode(),
        ),
    ]:
        mbps, eps = parse_rate(model, body, rounds=300)
        print(f"parse     {label:36} {mbps:6.1f} MB/s  {eps:9.0f} events/s")
    asyncio.run(loopback())


if __name__ == "__main__":
    main()
