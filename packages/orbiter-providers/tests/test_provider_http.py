"""What every provider shares: retries, timeouts, typed errors, pooling, keys and SSE parsing."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from typing import Any

import pytest
from providers_wire import (
    Reply,
    WireServer,
    cassette,
    json_reply,
    recorded_reply,
    sse_events,
    sse_reply,
)

from orbiter import Agent, get_model, run
from orbiter.errors import (
    AuthenticationError,
    ConfigurationError,
    ContextLengthExceededError,
    InvalidRequestError,
    ModelError,
    ModelTimeoutError,
    RateLimitError,
    ResponseFormatError,
    ServerError,
)
from orbiter.messages import UserMessage
from orbiter.models import ModelRequest, ModelResponse, TextDelta
from orbiter.providers import aclose_all
from orbiter.providers._pool import open_client_count
from orbiter.providers._sse import SSEDecoder, SSEEvent

HELLO = ModelRequest(messages=[UserMessage(content="hello")])
OK = {"choices": [{"message": {"content": "fine"}, "finish_reason": "stop"}]}


def openai(wire: WireServer, **options: Any) -> Any:
    opts = {"base_url": wire.url, "api_key": "k", "retry_base_delay": 0, **options}
    return get_model("openai:gpt-4o", opts)


def error(status: int, message: str, code: str = "", **headers: str) -> Reply:
    return json_reply({"error": {"message": message, "code": code}}, status=status, headers=headers)


async def stream_all(m: Any, request: ModelRequest = HELLO) -> list[Any]:
    return [c async for c in m.stream(request)]


# -- retries ------------------------------------------------------------------------------------


async def test_429_is_retried_after_the_wait_the_server_asked_for(wire: WireServer) -> None:
    wire.add(
        error(429, "slow down", "rate_limit_exceeded", **{"retry-after": "0.3"}), json_reply(OK)
    )
    response = await openai(wire).complete(HELLO)
    assert response.message.content == "fine"
    first, second = wire.requests
    assert second.at - first.at >= 0.29


@pytest.mark.parametrize("status", [408, 500, 502, 503, 529])
async def test_transient_statuses_are_retried(wire: WireServer, status: int) -> None:
    wire.add(error(status, "try later"), json_reply(OK))
    response = await openai(wire).complete(HELLO)
    assert response.message.content == "fine"
    assert len(wire.requests) == 2


async def test_retries_stop_at_max_retries_with_a_typed_error(wire: WireServer) -> None:
    wire.add(*[error(500, "boom")] * 4)
    with pytest.raises(ServerError) as info:
        await openai(wire, max_retries=2).complete(HELLO)
    assert len(wire.requests) == 3
    err = info.value
    assert err.status_code == 500
    assert err.retryable is True
    assert err.provider == "openai"
    assert err.model == "gpt-4o"
    assert "after 3 attempts" in str(err)


async def test_max_retries_zero_means_one_attempt(wire: WireServer) -> None:
    wire.add(error(503, "busy"), json_reply(OK))
    with pytest.raises(ServerError):
        await openai(wire, max_retries=0).complete(HELLO)
    assert len(wire.requests) == 1


@pytest.mark.parametrize(
    ("reply", "kind", "retryable"),
    [
        (error(401, "Incorrect API key provided", "invalid_api_key"), AuthenticationError, False),
        (error(403, "forbidden"), AuthenticationError, False),
        (error(400, "bad value", "invalid_value"), InvalidRequestError, False),
        (error(422, "unprocessable"), InvalidRequestError, False),
        (
            error(
                400,
                "This model's maximum context length is 128000 tokens.",
                "context_length_exceeded",
            ),
            ContextLengthExceededError,
            False,
        ),
        (
            error(429, "You exceeded your current quota", "insufficient_quota"),
            RateLimitError,
            False,
        ),
    ],
)
async def test_errors_that_cannot_succeed_are_not_retried(
    wire: WireServer, reply: Reply, kind: type[ModelError], retryable: bool
) -> None:
    wire.add(reply, json_reply(OK))
    with pytest.raises(kind) as info:
        await openai(wire).complete(HELLO)
    assert type(info.value) is kind
    assert info.value.retryable is retryable
    assert info.value.status_code == reply.status
    assert len(wire.requests) == 1


async def test_a_retry_after_beyond_the_limit_fails_at_once(wire: WireServer) -> None:
    wire.add(error(429, "slow down", **{"retry-after": "120"}), json_reply(OK))
    with pytest.raises(RateLimitError, match="asked to wait 120s"):
        await openai(wire).complete(HELLO)
    assert len(wire.requests) == 1


async def test_a_stream_request_is_retried_before_its_first_byte(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_stream_text_usage_chunk")
    wire.add(error(503, "busy"), recorded_reply(it))
    chunks = await stream_all(openai(wire))
    assert isinstance(chunks[-1], ModelResponse)
    assert len(wire.requests) == 2


async def test_connection_refused_is_retried_then_reported() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    m = get_model(
        "anthropic:claude-x",
        {
            "base_url": f"http://127.0.0.1:{port}",
            "api_key": "k",
            "max_retries": 1,
            "retry_base_delay": 0,
        },
    )
    with pytest.raises(ModelError) as info:
        await m.complete(HELLO)
    assert info.value.retryable is True
    assert "cannot reach" in str(info.value)
    assert "ANTHROPIC_BASE_URL" in str(info.value)
    assert "after 2 attempts" in str(info.value)


# -- timeouts and broken responses -------------------------------------------------------------


async def test_a_stalled_stream_fails_with_a_timeout(wire: WireServer) -> None:
    (it,) = cassette("anthropic", "messages_stream_text")
    reply = recorded_reply(it, split=40)
    reply.stall_after = len(reply.chunks) - 3
    wire.add(reply)
    m = get_model("anthropic:claude", {"base_url": wire.url, "api_key": "k", "timeout": 0.3})
    seen: list[Any] = []

    async def consume() -> None:
        async for chunk in m.stream(HELLO):
            seen.append(chunk)

    with pytest.raises(ModelTimeoutError) as info:
        await consume()
    assert seen  # the text before the stall was delivered
    assert "stalled" in str(info.value)
    assert info.value.retryable is True
    assert len(wire.requests) == 1  # a half-delivered stream is never replayed


async def test_stream_idle_timeout_applies_once_the_stream_has_started(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_stream_text_usage_chunk")
    slow_start = recorded_reply(it, split=200)
    slow_start.delay_before = 0.4  # thinking before the first token is not a stall
    stalled = recorded_reply(it, split=200)
    stalled.stall_after = 2
    wire.add(slow_start, stalled)
    m = openai(wire, stream_idle_timeout=0.2)
    chunks = await stream_all(m)
    assert isinstance(chunks[-1], ModelResponse)
    with pytest.raises(ModelTimeoutError, match="stream_idle_timeout"):
        await stream_all(m)


async def test_a_response_that_never_comes_times_out_after_retries(wire: WireServer) -> None:
    wire.add(Reply(chunks=[b"{"], stall_after=0), Reply(chunks=[b"{"], stall_after=0))
    with pytest.raises(ModelTimeoutError):
        await openai(wire, timeout=0.2, max_retries=1).complete(HELLO)
    assert len(wire.requests) == 2


async def test_connection_dropped_mid_stream(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_stream_text_usage_chunk")
    reply = recorded_reply(it, split=100)
    reply.cut_after = 4
    wire.add(reply)
    with pytest.raises(ResponseFormatError) as info:
        await stream_all(openai(wire))
    assert info.value.retryable is True
    assert "incomplete" in str(info.value)


async def test_stream_cut_in_the_middle_of_an_event(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_stream_text_usage_chunk")
    text = it["response"]["text"]
    wire.add(sse_reply(text[: len(text) // 2]))
    with pytest.raises(ResponseFormatError, match=r"cut off|incomplete"):
        await stream_all(openai(wire))


async def test_bad_json_event(wire: WireServer) -> None:
    wire.add(sse_reply(sse_events('{"choices": [', "[DONE]")))
    with pytest.raises(ResponseFormatError, match="not valid JSON"):
        await stream_all(openai(wire))


@pytest.mark.parametrize("body", [b"<html>gateway</html>", b"[1, 2]", b""])
async def test_non_json_completion_body(wire: WireServer, body: bytes) -> None:
    wire.add(Reply(headers={"content-type": "application/json"}, chunks=[body]))
    with pytest.raises(ResponseFormatError):
        await openai(wire).complete(HELLO)


async def test_html_error_page_keeps_its_status(wire: WireServer) -> None:
    wire.add(
        Reply(status=502, headers={"content-type": "text/html"}, chunks=[b"<h1>Bad gateway</h1>"])
    )
    with pytest.raises(ServerError, match="Bad gateway") as info:
        await openai(wire, max_retries=0).complete(HELLO)
    assert info.value.status_code == 502


async def test_breaking_out_of_a_stream_releases_the_connection(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_stream_text_usage_chunk")
    wire.add(recorded_reply(it, split=30), recorded_reply(it))
    m = openai(wire)
    async for chunk in m.stream(HELLO):
        assert isinstance(chunk, TextDelta) or chunk is not None
        break
    chunks = await stream_all(m)
    assert isinstance(chunks[-1], ModelResponse)


# -- keys, options, pooling ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "variable"),
    [
        ("openai:gpt-4o", "OPENAI_API_KEY"),
        ("anthropic:claude-sonnet-4-5", "ANTHROPIC_API_KEY"),
        ("gemini:gemini-2.5-flash", "GEMINI_API_KEY or GOOGLE_API_KEY"),
        ("groq:llama-3.3-70b", "GROQ_API_KEY"),
        ("openrouter:openai/gpt-4o", "OPENROUTER_API_KEY"),
        ("deepseek:deepseek-chat", "DEEPSEEK_API_KEY"),
        ("together:meta-llama/Llama-3-8b", "TOGETHER_API_KEY"),
    ],
)
async def test_missing_key_fails_at_the_first_call_naming_the_variable(
    wire: WireServer, model: str, variable: str
) -> None:
    agent = Agent(name="a", model=model, model_options={"base_url": wire.url})
    m = get_model(agent.model, agent.model_options)  # building the model needs no key
    with pytest.raises(AuthenticationError) as info:
        await m.complete(HELLO)
    assert variable in str(info.value)
    assert wire.requests == []


def test_api_key_never_reaches_to_dict() -> None:
    agent = Agent(
        name="a",
        model="anthropic:claude-sonnet-4-5",
        model_options={"api_key": "sk-secret", "base_url": "http://h", "timeout": 5},
    )
    data = agent.to_dict()
    assert data["model_options"] == {"base_url": "http://h", "timeout": 5}
    assert "sk-secret" not in repr(data)


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"timeout": "fast"}, "timeout"),
        ({"timeout": 0}, "positive"),
        ({"max_retries": -1}, "max_retries"),
        ({"headers": {"x": 1}}, "headers"),
        ({"api_kee": "x"}, "unknown model_options ['api_kee']"),
        ({"thinking_budget": 100}, "known options"),
    ],
)
def test_bad_options_are_configuration_errors(options: dict[str, Any], words: str) -> None:
    with pytest.raises(ConfigurationError, match=words.replace("[", r"\[").replace("]", r"\]")):
        get_model("openai:gpt-4o", options)


async def test_a_base_url_without_a_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VLLM_BASE_URL", "localhost:8000/v1")
    with pytest.raises(ConfigurationError, match=r"VLLM_BASE_URL .* must start with http"):
        await get_model("vllm:qwen").complete(HELLO)


def test_a_model_string_without_a_model_name() -> None:
    with pytest.raises(ConfigurationError, match="openai:<model>"):
        get_model("openai:")


async def test_one_pooled_client_and_connection_per_configuration(wire: WireServer) -> None:
    wire.add(*[json_reply(OK)] * 6)
    a = openai(wire)
    b = openai(wire, api_key="another-key")  # same configuration: keys travel per request
    for m in (a, b, a):
        await m.complete(HELLO)
    assert open_client_count() == 1
    assert {r.connection for r in wire.requests} == {1}  # one kept-alive connection
    assert [r.headers["authorization"] for r in wire.requests] == [
        "Bearer k",
        "Bearer another-key",
        "Bearer k",
    ]
    await openai(wire, timeout=30).complete(HELLO)
    assert open_client_count() == 2
    await aclose_all()
    assert open_client_count() == 0
    assert await asyncio.to_thread(wire.wait_until, lambda: wire.closed_by_client == 2)
    await a.complete(HELLO)  # a closed pool is rebuilt on demand
    assert open_client_count() == 1


async def test_concurrent_calls_share_the_pool(wire: WireServer) -> None:
    wire.add(*[json_reply(OK)] * 8)
    m = openai(wire)
    results = await asyncio.gather(*(m.complete(HELLO) for _ in range(8)))
    assert [r.message.content for r in results] == ["fine"] * 8
    assert open_client_count() == 1


def test_run_sync_twice_uses_a_fresh_client_per_loop(wire: WireServer) -> None:
    wire.add(json_reply(OK), json_reply(OK))
    agent = Agent(
        name="a", model="openai:gpt-4o", model_options={"base_url": wire.url, "api_key": "k"}
    )
    assert run.sync(agent, "one").output == "fine"
    assert run.sync(agent, "two").output == "fine"
    assert [r.connection for r in wire.requests] == [1, 2]
    # Each loop closed its pooled client (and so its connection) before the loop ended.
    assert wire.wait_until(lambda: wire.closed_by_client == 2)


# -- SSE parsing --------------------------------------------------------------------------------

_SSE = (
    ": comment\r\n"
    "event: first\r\n"
    'data: {"a": 1}\r\n'
    "\r\n"
    "data: line one\n"
    "data: line two\n"
    "id: 7\n"
    "retry: 100\n"
    "\n"
    "data:no-space\r"
    "\r"
    "event: ünïcode\n"
    "data: héllo ☃ \u2028 end\n"
    "\n"
)
_EXPECTED = [
    SSEEvent("first", '{"a": 1}'),
    SSEEvent("message", "line one\nline two"),
    SSEEvent("message", "no-space"),
    SSEEvent("ünïcode", "héllo ☃ \u2028 end"),
]


def test_sse_decoder_whole() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(_SSE.encode()) + decoder.close() == _EXPECTED


def test_sse_decoder_any_split_point() -> None:
    raw = _SSE.encode()
    for cut in range(1, len(raw)):
        decoder = SSEDecoder()
        events = decoder.feed(raw[:cut]) + decoder.feed(raw[cut:]) + decoder.close()
        assert events == _EXPECTED, cut


def test_sse_decoder_byte_by_byte() -> None:
    decoder = SSEDecoder()
    events = []
    for b in _SSE.encode():
        events += decoder.feed(bytes([b]))
    assert events + decoder.close() == _EXPECTED


def test_sse_decoder_flags_an_unterminated_last_event() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'data: {"x":') == []
    assert decoder.close() == [SSEEvent("message", '{"x":', True)]


async def test_x_should_retry_overrides_the_status(wire: WireServer) -> None:
    wire.add(error(500, "deterministic failure", **{"x-should-retry": "false"}), json_reply(OK))
    with pytest.raises(ServerError) as info:
        await openai(wire).complete(HELLO)
    assert info.value.retryable is False
    assert len(wire.requests) == 1
    wire.add(error(409, "lock timeout", **{"x-should-retry": "true"}))
    assert (await openai(wire).complete(HELLO)).message.content == "fine"


def test_model_objects_serialize_without_their_key() -> None:
    from orbiter.providers import AnthropicModel

    agent = Agent(
        name="a",
        model=AnthropicModel(
            "claude-sonnet-4-5", {"api_key": "sk-secret", "thinking_budget": 2000}
        ),
    )
    data = agent.to_dict()
    assert data["model"] == "anthropic:claude-sonnet-4-5"
    assert data["model_options"] == {"thinking_budget": 2000}
    rebuilt = Agent.from_dict(data)
    assert get_model(rebuilt.model, rebuilt.model_options).name == "anthropic:claude-sonnet-4-5"


def test_importing_orbiter_and_the_providers_package_does_not_load_httpx() -> None:
    code = (
        "import sys, orbiter, orbiter.providers\n"
        "assert 'httpx' not in sys.modules, 'httpx imported'\n"
        "orbiter.get_model('openai:gpt-4o')\n"
        "assert 'httpx' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (
            "anthropic:claude-sonnet-4-5",
            {
                "type": "error",
                "error": {
                    "type": "invalid_request_error",
                    "message": "prompt is too long: 250000 tokens > 200000 maximum",
                },
            },
        ),
        (
            "gemini:gemini-2.5-flash",
            {
                "error": {
                    "code": 400,
                    "message": "The input token count (2000000) exceeds the maximum number of "
                    "tokens allowed (1048576).",
                    "status": "INVALID_ARGUMENT",
                }
            },
        ),
    ],
)
async def test_context_length_errors_of_each_provider(
    wire: WireServer, model: str, body: dict[str, Any]
) -> None:
    wire.add(json_reply(body, status=400))
    m = get_model(model, {"base_url": wire.url, "api_key": "k"})
    with pytest.raises(ContextLengthExceededError) as info:
        await m.complete(HELLO)
    assert info.value.status_code == 400
    assert info.value.provider == model.split(":")[0]


async def test_an_event_stream_with_the_wrong_content_type_still_parses(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_stream_text_usage_chunk")
    wire.add(
        Reply(headers={"content-type": "text/plain"}, chunks=[it["response"]["text"].encode()])
    )
    chunks = await stream_all(openai(wire))
    assert len(chunks) > 3
    assert isinstance(chunks[-1], ModelResponse)
    assert "".join(c.text for c in chunks[:-1]) == chunks[-1].message.content
