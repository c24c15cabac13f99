"""Context-length errors of the compatible servers, and provider request ids on errors.

Only the OpenAI ``context_length_exceeded`` form has been seen on the wire by this project; the
other bodies here are hand-made, reconstructed from each server's documentation, source and
public bug reports (llama.cpp's ``exceed_context_size_error``, vLLM's and DeepSeek's "maximum
context length", Ollama's "input length exceeds the context length", OpenRouter's "endpoint's
maximum context length", Groq's ``context_length_exceeded`` code, Together's TGI-style
"`inputs` tokens + `max_new_tokens`"). The request ids are put in hand-made replies too: the
recordings had their ``x-request-id``/``request-id`` headers removed.
"""

from __future__ import annotations

from typing import Any

import pytest
from providers_wire import WireServer, cassette, json_reply, sse_events, sse_reply

from orbiter import get_model
from orbiter.errors import (
    ContextLengthExceededError,
    InvalidRequestError,
    ServerError,
)
from orbiter.messages import UserMessage
from orbiter.models import ModelRequest
from orbiter.providers._errors import is_context_overflow

HELLO = ModelRequest(messages=[UserMessage(content="hello")])


def _err(message: str, type_: str | None = None, code: Any = None, **extra: Any) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": None, "code": code, **extra}}


CONTEXT_ERRORS = [
    (
        "llama.cpp",
        "openai:local-gguf",  # llama-server behind base_url
        400,
        {
            "error": {
                "code": 400,
                "message": "request (4031 tokens) exceeds the available context size "
                "(2048 tokens), try increasing it",
                "type": "exceed_context_size_error",
                "n_prompt_tokens": 4031,
                "n_ctx": 2048,
            }
        },
    ),
    (
        "vllm",
        "vllm:Qwen/Qwen2.5-7B-Instruct",
        400,
        {
            "object": "error",
            "message": "This model's maximum context length is 4096 tokens. However, you "
            "requested 5120 tokens (4096 in the messages, 1024 in the completion). Please "
            "reduce the length of the messages or completion.",
            "type": "BadRequestError",
            "param": None,
            "code": 400,
        },
    ),
    (
        "vllm (newer wording)",
        "vllm:Qwen/Qwen2.5-7B-Instruct",
        400,
        _err(
            "The decoder prompt (length 9000) is longer than the maximum model length of 8192.",
            "BadRequestError",
            400,
        ),
    ),
    (
        "ollama",
        "ollama:llama3.2",
        400,
        _err("the input length exceeds the context length", "invalid_request_error"),
    ),
    (
        "ollama (runner failure)",
        "ollama:llama3.2",
        500,
        _err("input exceeds context length", "api_error"),
    ),
    (
        "openrouter",
        "openrouter:meta-llama/llama-3.1-8b-instruct",
        400,
        {
            "error": {
                "message": "This endpoint's maximum context length is 131072 tokens. However, "
                "you requested about 150211 tokens (150211 of text input). Please reduce the "
                'length of either one, or use the "middle-out" transform to compress your '
                "prompt automatically.",
                "code": 400,
                "metadata": {"provider_name": None},
            }
        },
    ),
    (
        "groq",
        "groq:llama-3.3-70b-versatile",
        400,
        _err(
            "Please reduce the length of the messages or completion.",
            "invalid_request_error",
            "context_length_exceeded",
        ),
    ),
    (
        "deepseek",
        "deepseek:deepseek-chat",
        400,
        _err(
            "This model's maximum context length is 65536 tokens. However, you requested "
            "70000 tokens (70000 in the messages, 0 in the completion). Please reduce the "
            "length of the messages or completion.",
            "invalid_request_error",
            "invalid_request_error",
        ),
    ),
    (
        "together",
        "together:meta-llama/Llama-3.3-70B-Instruct-Turbo",
        400,
        _err(
            "Input validation error: `inputs` tokens + `max_new_tokens` must be <= 8193. "
            "Given: 8000 `inputs` tokens and 512 `max_new_tokens`",
            "invalid_request_error",
        ),
    ),
]


@pytest.mark.parametrize(
    ("server", "model", "status", "body"), CONTEXT_ERRORS, ids=[c[0] for c in CONTEXT_ERRORS]
)
async def test_context_length_errors_of_compatible_servers_are_typed(
    wire: WireServer, server: str, model: str, status: int, body: dict[str, Any]
) -> None:
    wire.add(json_reply(body, status=status), json_reply(body, status=status))
    m = get_model(model, {"base_url": wire.url + "/v1", "api_key": "k", "retry_base_delay": 0})
    with pytest.raises(ContextLengthExceededError) as info:
        await m.complete(HELLO)
    assert info.value.status_code == status
    assert info.value.retryable is False
    assert len(wire.requests) == 1, "a request too long for the model is not sent again"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # No code and no known phrase: the numbers decide.
        ("Requested 9000 tokens, which is more than the 8192 this model accepts", True),
        ("prompt of 5,000 tokens exceeds limit 4,096", True),
        ("input has 120 tokens; the maximum is 4096, so this is over the window? no", False),
        ("temperature 3 is greater than 2", False),  # no tokens
        ("unknown field 'foo'", False),
        # The output limit asked for is too high: not a context-length problem.
        (
            "max_tokens is too large: 100000. This model supports at most 16384 completion "
            "tokens, whereas you provided 100000.",
            False,
        ),
    ],
)
def test_a_message_without_code_falls_back_on_its_numbers(message: str, expected: bool) -> None:
    assert is_context_overflow(400, message, "") is expected
    # A server error is typed by its words only, never by numbers.
    assert is_context_overflow(503, message, "") is False


async def test_a_stream_that_fails_on_context_size_is_typed_too(wire: WireServer) -> None:
    # llama.cpp reports errors that happen after the stream opened as one data event.
    event = {
        "error": {
            "code": 400,
            "message": "the request exceeds the available context size, try increasing it",
            "type": "exceed_context_size_error",
        }
    }
    wire.add(sse_reply(sse_events(event), split=9))
    m = get_model("openai:local", {"base_url": wire.url + "/v1", "api_key": "k"})
    with pytest.raises(ContextLengthExceededError):
        async for _ in m.stream(HELLO):
            pass


async def test_openai_request_id_header_is_kept_on_the_error(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_error_404_model_not_found")
    wire.add(
        json_reply(it["response"]["json"], status=404, headers={"x-request-id": "req_7f3a9c0d1e2b"})
    )
    m = get_model("openai:gpt-4o-mni", {"base_url": wire.url + "/v1", "api_key": "k"})
    with pytest.raises(InvalidRequestError) as info:
        await m.complete(HELLO)
    assert info.value.request_id == "req_7f3a9c0d1e2b"
    assert "(request id req_7f3a9c0d1e2b)" in str(info.value)


async def test_anthropic_request_id_from_the_body_or_the_header(wire: WireServer) -> None:
    (it,) = cassette("anthropic", "messages_error_404_not_found")
    recorded = it["response"]["json"]
    body_id = recorded["request_id"]
    wire.add(json_reply(recorded, status=404))
    without_body_id = {k: v for k, v in recorded.items() if k != "request_id"}
    wire.add(json_reply(without_body_id, status=404, headers={"request-id": "req_011Hdr"}))
    m = get_model("anthropic:claude-nope", {"base_url": wire.url, "api_key": "k"})
    with pytest.raises(InvalidRequestError) as first:
        await m.complete(HELLO)
    assert first.value.request_id == body_id
    assert f"(request id {body_id})" in str(first.value)
    with pytest.raises(InvalidRequestError) as second:
        await m.complete(HELLO)
    assert second.value.request_id == "req_011Hdr"


async def test_anthropic_error_inside_a_stream_keeps_the_request_id(wire: WireServer) -> None:
    start = {
        "type": "message_start",
        "message": {"id": "msg_1", "type": "message", "role": "assistant", "content": [],
                    "model": "claude-sonnet-4-5", "usage": {"input_tokens": 5}},
    }  # fmt: skip
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    reply = sse_reply(sse_events(start, error, event_names=["message_start", "error"]), split=11)
    reply.headers["request-id"] = "req_011Stream"
    wire.add(reply)
    m = get_model("anthropic:claude-sonnet-4-5", {"base_url": wire.url, "api_key": "k"})
    with pytest.raises(ServerError) as info:
        async for _ in m.stream(HELLO):
            pass
    assert info.value.request_id == "req_011Stream"
    assert "req_011Stream" in str(info.value)
