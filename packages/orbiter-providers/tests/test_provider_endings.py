"""Answers cut off at max_tokens, through each adapter, as a user running an agent sees them.

The truncated replies here are hand-made (the recordings in wire/ hold no cut-off answer), built
from each provider's documented stream format: OpenAI ``finish_reason: "length"``, Anthropic
``stop_reason: "max_tokens"``, Gemini ``finishReason: "MAX_TOKENS"``.
"""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from providers_wire import WireServer, anthropic_sse, sse_events, sse_reply

from orbiter import Agent, OutputTruncatedError, run
from orbiter.events import StepEvent

CUT = '{"city": "Par'


class CityResult(msgspec.Struct):
    city: str
    country: str


def _openai_stream() -> str:
    head = {"id": "chatcmpl-cut", "object": "chat.completion.chunk", "model": "gpt-4o"}
    return sse_events(
        {**head, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]},
        {**head, "choices": [{"index": 0, "delta": {"content": CUT}, "finish_reason": None}]},
        {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "length"}]},
        {**head, "choices": [], "usage": {"prompt_tokens": 30, "completion_tokens": 8}},
        "[DONE]",
    )


def _anthropic_stream() -> str:
    return anthropic_sse(
        {
            "id": "msg_cut",
            "type": "message",
            "role": "assistant",
            "model": "claude-sonnet-4-5",
            "content": [{"type": "text", "text": CUT}],
            "stop_reason": "max_tokens",
            "stop_sequence": None,
            "usage": {"input_tokens": 30, "output_tokens": 8},
        },
        piece=4,
    )


def _gemini_stream() -> str:
    def chunk(text: str, **extra: Any) -> dict[str, Any]:
        candidate = {"content": {"role": "model", "parts": [{"text": text}]}, "index": 0, **extra}
        return {
            "candidates": [candidate],
            "usageMetadata": {"promptTokenCount": 30, "candidatesTokenCount": 8},
            "modelVersion": "gemini-2.5-flash",
        }

    return sse_events(chunk(CUT[:6]), chunk(CUT[6:], finishReason="MAX_TOKENS"), crlf=True)


# provider, model string, base-URL suffix, stream body, the request field holding max_tokens,
# and the provider's own word for the cut.
CASES = [
    ("openai", "openai:gpt-4o", "/v1", _openai_stream, "max_completion_tokens", "length"),
    ("groq", "groq:llama-3.3-70b", "/v1", _openai_stream, "max_tokens", "length"),
    ("anthropic", "anthropic:claude-sonnet-4-5", "", _anthropic_stream, "max_tokens",
     "max_tokens"),
    ("gemini", "gemini:gemini-2.5-flash", "", _gemini_stream, None, "MAX_TOKENS"),
]  # fmt: skip


def _sent_limit(body: dict[str, Any], field: str | None) -> Any:
    return body["generationConfig"]["maxOutputTokens"] if field is None else body[field]


@pytest.mark.parametrize("split", [3, 17])
@pytest.mark.parametrize(("provider", "model", "suffix", "stream", "field", "raw"), CASES)
async def test_cut_off_structured_answer_is_a_typed_error_after_one_call(
    wire: WireServer,
    split: int,
    provider: str,
    model: str,
    suffix: str,
    stream: Any,
    field: str | None,
    raw: str,
) -> None:
    wire.add(*[sse_reply(stream(), split=split) for _ in range(3)])
    agent = Agent(
        "geo",
        model=model,
        output_type=CityResult,
        max_tokens=8,
        max_steps=3,
        model_options={"base_url": wire.url + suffix, "api_key": "k", "retry_base_delay": 0},
    )
    with pytest.raises(OutputTruncatedError) as info:
        async for _ in run.stream(agent, "Where is the Eiffel tower?"):
            pass
    assert len(wire.requests) == 1, "a cut-off answer must not be asked for again"
    assert _sent_limit(wire.requests[0].json, field) == 8
    assert "max_tokens=8" in str(info.value)
    assert repr(raw) in str(info.value)
    assert info.value.finish_reason == raw


@pytest.mark.parametrize(("provider", "model", "suffix", "stream", "field", "raw"), CASES)
async def test_cut_off_text_answer_reports_max_tokens_on_step_and_result(
    wire: WireServer,
    provider: str,
    model: str,
    suffix: str,
    stream: Any,
    field: str | None,
    raw: str,
) -> None:
    wire.add(sse_reply(stream(), split=5))
    agent = Agent(
        "geo",
        model=model,
        max_tokens=8,
        model_options={"base_url": wire.url + suffix, "api_key": "k", "retry_base_delay": 0},
    )
    stream_ = run.stream(agent, "Where is the Eiffel tower?", detailed=True)
    events = [e async for e in stream_]
    (done,) = [e for e in events if isinstance(e, StepEvent) and e.status == "completed"]
    assert (done.stop_reason, done.finish_reason) == ("max_tokens", raw)
    result = stream_.result
    assert result.output == CUT
    assert (result.stop_reason, result.finish_reason) == ("max_tokens", raw)
