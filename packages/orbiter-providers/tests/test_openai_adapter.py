"""The OpenAI adapter and the compatible presets against recorded and hand-made wire traffic."""

from __future__ import annotations

import json
from typing import Any

import pytest
from providers_wire import (
    WireServer,
    cassette,
    collect,
    json_reply,
    recorded_reply,
    sse_events,
    sse_reply,
)

from orbiter import get_model
from orbiter.errors import InvalidRequestError, RateLimitError, ResponseFormatError
from orbiter.messages import AssistantMessage, Message, ToolMessage, UserMessage
from orbiter.models import (
    ModelRequest,
    OutputSchema,
    ReasoningDelta,
    TextDelta,
    ToolSpec,
)
from orbiter.providers.openai import OpenAIModel


def model(wire: WireServer, name: str = "gpt-4o", **options: Any) -> OpenAIModel:
    opts = {"base_url": wire.url + "/v1", "api_key": "sk-test", "retry_base_delay": 0, **options}
    return OpenAIModel(name, opts)


def request_from(body: dict[str, Any], **kwargs: Any) -> ModelRequest:
    """A request with the recorded system prompt and user turns of a cassette body."""
    system = None
    messages: list[Message] = []
    for m in body["messages"]:
        if m["role"] in ("system", "developer"):
            system = m["content"]
        elif m["role"] == "user":
            messages.append(UserMessage(content=m["content"]))
    kwargs.setdefault("system", system)
    return ModelRequest(messages=messages, **kwargs)


def tool_spec(name: str) -> ToolSpec:
    return ToolSpec(
        name=name,
        description="",
        parameters={"type": "object", "properties": {"path": {"type": "string"}}},
    )


async def test_complete_sends_system_first_and_reads_text_and_usage(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_text_system_prompt")
    wire.add(recorded_reply(it))
    response = await model(wire).complete(request_from(it["request"]["body"]))

    expected = it["response"]["json"]
    assert response.message.content == expected["choices"][0]["message"]["content"]
    assert response.finish_reason == "stop"
    assert response.usage.input_tokens == expected["usage"]["prompt_tokens"]
    assert response.usage.output_tokens == expected["usage"]["completion_tokens"]
    assert response.usage.requests == 1
    (seen,) = wire.requests
    assert seen.path == "/v1/chat/completions"
    assert seen.headers["authorization"] == "Bearer sk-test"
    assert seen.json["messages"] == it["request"]["body"]["messages"]
    assert seen.json["model"] == "gpt-4o"
    assert "stream" not in seen.json


@pytest.mark.parametrize("split", [None, 1, 7, 64])
async def test_stream_text_with_usage_only_final_chunk(wire: WireServer, split: int | None) -> None:
    (it,) = cassette("openai", "chat_stream_text_usage_chunk")
    wire.add(recorded_reply(it, split=split))
    deltas, final = await collect(model(wire), request_from(it["request"]["body"]))

    texts = [d.text for d in deltas if isinstance(d, TextDelta)]
    assert len(texts) > 3  # it really streamed
    assert "".join(texts) == final.message.content
    expected = ""
    for line in it["response"]["text"].splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:])["choices"]:
                expected += choice["delta"].get("content") or ""
    assert final.message.content == expected
    assert final.finish_reason == "stop"
    assert final.usage.input_tokens > 0
    assert final.usage.output_tokens > 0
    body = wire.requests[0].json
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert wire.requests[0].headers["accept"] == "text/event-stream"


@pytest.mark.parametrize("split", [None, 5])
async def test_stream_parallel_tool_calls_with_split_arguments(
    wire: WireServer, split: int | None
) -> None:
    turns = cassette("openai", "chat_stream_tool_calls_parallel_split_args")
    m = model(wire)
    results = []
    for it in turns:
        wire.add(recorded_reply(it, split=split))
        _, final = await collect(m, request_from(it["request"]["body"]))
        results.append(final)

    second = results[1].message.tool_calls
    assert [c.name for c in second] == ["get_weather", "get_product_name"]
    assert json.loads(second[0].arguments) == {"city": "Mexico City"}
    assert second[0].id == "call_NS4iQj14cDFwc0BnrKqDHavt"
    assert results[1].finish_reason == "tool_calls"
    # Turn 3's arguments came in 40 fragments; they must join into one JSON document.
    (third,) = results[2].message.tool_calls
    assert isinstance(json.loads(third.arguments), dict)
    assert all(r.usage.input_tokens > 0 for r in results)


async def test_tool_results_go_back_as_the_recorded_request(wire: WireServer) -> None:
    first, second = cassette("openai", "chat_tool_calls_parallel_roundtrip")
    wire.add(recorded_reply(first), recorded_reply(second))
    m = model(wire)
    tools = [tool_spec("create_file"), tool_spec("delete_file")]
    req = request_from(first["request"]["body"], tools=tools)
    turn1 = await m.complete(req)
    assert [c.name for c in turn1.message.tool_calls] == ["delete_file", "create_file"]
    assert turn1.message.content is None

    calls = turn1.message.tool_calls
    req.messages += [
        turn1.message,
        ToolMessage(tool_call_id=calls[0].id, tool_name=calls[0].name, content="true"),
        ToolMessage(tool_call_id=calls[1].id, tool_name=calls[1].name, content="Success"),
    ]
    turn2 = await m.complete(req)
    assert turn2.message.content == second["response"]["json"]["choices"][0]["message"]["content"]
    sent = wire.requests[1].json
    assert sent["messages"] == second["request"]["body"]["messages"]
    assert sent["tools"][0] == {
        "type": "function",
        "function": {"name": "create_file", "description": "", "parameters": tools[0].parameters},
    }


async def test_output_schema_becomes_response_format_json_schema(wire: WireServer) -> None:
    first, _second = cassette("openai", "chat_json_schema_response_format")
    wire.add(recorded_reply(first))
    recorded = first["request"]["body"]["response_format"]
    schema = OutputSchema(name="result", schema=recorded["json_schema"]["schema"])
    await model(wire).complete(request_from(first["request"]["body"], output_schema=schema))
    assert wire.requests[0].json["response_format"] == recorded


async def test_reasoning_model_parameters_and_reasoning_tokens(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_reasoning_o3_mini_usage")
    wire.add(recorded_reply(it))
    m = model(wire, "o3-mini", reasoning_effort="high", system_role="developer")
    req = request_from(it["request"]["body"], system="Be brief.", max_tokens=500)
    response = await m.complete(req)
    assert response.usage.reasoning_tokens == 192
    assert response.usage.output_tokens == 238
    body = wire.requests[0].json
    assert body["reasoning_effort"] == "high"
    assert body["max_completion_tokens"] == 500
    assert "max_tokens" not in body
    assert body["messages"][0] == {"role": "developer", "content": "Be brief."}


@pytest.mark.parametrize(
    ("name", "status", "words"),
    [
        ("chat_error_404_model_not_found", 404, "does not exist"),
        ("chat_error_400_unsupported_value", 400, "developer"),
    ],
)
async def test_recorded_errors_are_typed_and_not_retried(
    wire: WireServer, name: str, status: int, words: str
) -> None:
    (it,) = cassette("openai", name)
    wire.add(recorded_reply(it))
    m = model(wire, it["request"]["body"]["model"])
    with pytest.raises(InvalidRequestError) as info:
        await m.complete(request_from(it["request"]["body"]))
    err = info.value
    assert err.status_code == status
    assert err.provider == "openai"
    assert err.model == it["request"]["body"]["model"]
    assert err.retryable is False
    assert words in str(err)
    assert len(wire.requests) == 1


async def test_reasoning_content_streams_as_reasoning(wire: WireServer) -> None:
    """DeepSeek-style reasoning_content deltas, tool calls without an index, unknown fields."""

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
        return {
            "id": "c1",
            "model": "deepseek-reasoner",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "novel": [1]}],
            "brand_new_field": {"x": 1},
            **extra,
        }

    body = sse_events(
        chunk({"role": "assistant", "reasoning_content": "Let me "}),
        chunk({"reasoning_content": "think."}),
        chunk({"content": "Calling."}),
        chunk({"tool_calls": [{"id": "t1", "function": {"name": "f", "arguments": '{"a"'}}]}),
        chunk({"tool_calls": [{"function": {"arguments": ": 1}"}}]}),
        chunk({"tool_calls": [{"id": "t2", "function": {"name": "g", "arguments": {"b": 2}}}]}),
        chunk({}, "tool_calls"),
        {"choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 4}},
        "[DONE]",
    )
    wire.add(sse_reply(body, split=3))
    m = get_model("deepseek:deepseek-reasoner", {"base_url": wire.url, "api_key": "k"})
    deltas, final = await collect(m, ModelRequest(messages=[UserMessage(content="hi")]))
    assert "".join(d.text for d in deltas if isinstance(d, ReasoningDelta)) == "Let me think."
    assert final.message.reasoning == "Let me think."
    assert final.message.content == "Calling."
    calls = final.message.tool_calls
    assert [(c.id, c.name, json.loads(c.arguments)) for c in calls] == [
        ("t1", "f", {"a": 1}),
        ("t2", "g", {"b": 2}),
    ]
    assert final.usage.input_tokens == 9
    assert wire.requests[0].path == "/chat/completions"


async def test_error_inside_a_stream_is_typed(wire: WireServer) -> None:
    body = sse_events(
        {"choices": [{"index": 0, "delta": {"content": "Hel"}}]},
        {"error": {"message": "Rate limit reached", "type": "rate_limit_error", "code": 429}},
    )
    wire.add(sse_reply(body))
    with pytest.raises(RateLimitError, match="Rate limit reached"):
        await collect(model(wire), ModelRequest(messages=[UserMessage(content="hi")]))


async def test_a_json_answer_to_a_stream_request_still_streams(wire: WireServer) -> None:
    (it,) = cassette("openai", "chat_text_system_prompt")
    wire.add(recorded_reply(it))
    deltas, final = await collect(model(wire), request_from(it["request"]["body"]))
    assert [d.text for d in deltas] == [final.message.content]


@pytest.mark.parametrize(
    ("prefix", "key_env", "url_env", "path"),
    [
        ("openrouter", "OPENROUTER_API_KEY", "OPENROUTER_BASE_URL", "/api/v1"),
        ("groq", "GROQ_API_KEY", "GROQ_BASE_URL", "/openai/v1"),
        ("deepseek", "DEEPSEEK_API_KEY", "DEEPSEEK_BASE_URL", ""),
        ("together", "TOGETHER_API_KEY", "TOGETHER_BASE_URL", "/v1"),
        ("vllm", "VLLM_API_KEY", "VLLM_BASE_URL", "/v1"),
        ("ollama", "OLLAMA_API_KEY", "OLLAMA_BASE_URL", "/v1"),
        ("openai", "OPENAI_API_KEY", "OPENAI_BASE_URL", "/v1"),
    ],
)
async def test_presets_read_their_key_and_base_url_variables(
    wire: WireServer,
    monkeypatch: pytest.MonkeyPatch,
    prefix: str,
    key_env: str,
    url_env: str,
    path: str,
) -> None:
    (it,) = cassette("openai", "chat_text_system_prompt")
    wire.add(recorded_reply(it))
    monkeypatch.setenv(key_env, f"key-{prefix}")
    monkeypatch.setenv(url_env, wire.url + path + "/")
    m = get_model(f"{prefix}:some/model")
    assert m.name == f"{prefix}:some/model"
    await m.complete(ModelRequest(messages=[UserMessage(content="hi")], max_tokens=7))
    seen = wire.requests[0]
    assert seen.path == path + "/chat/completions"
    assert seen.headers["authorization"] == f"Bearer key-{prefix}"
    field = "max_completion_tokens" if prefix == "openai" else "max_tokens"
    assert seen.json[field] == 7
    assert seen.json["model"] == "some/model"


async def test_local_presets_need_no_key(wire: WireServer, monkeypatch: pytest.MonkeyPatch) -> None:
    (it,) = cassette("openai", "chat_text_system_prompt")
    wire.add(recorded_reply(it), recorded_reply(it))
    monkeypatch.setenv("OLLAMA_HOST", f"127.0.0.1:{wire.port}")
    await get_model("ollama:llama3.2").complete(ModelRequest(messages=[UserMessage(content="x")]))
    monkeypatch.setenv("VLLM_BASE_URL", wire.url + "/v1")
    await get_model("vllm:qwen").complete(ModelRequest(messages=[UserMessage(content="x")]))
    assert [r.path for r in wire.requests] == ["/v1/chat/completions"] * 2
    assert all("authorization" not in r.headers for r in wire.requests)


async def test_organization_project_and_extra_headers(
    wire: WireServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    wire.add(json_reply({"choices": [{"message": {"content": "ok"}}]}))
    monkeypatch.setenv("OPENAI_ORG_ID", "org-1")
    m = model(wire, project="proj-1", headers={"X-Trace": "abc"}, extra_body={"seed": 3})
    req = ModelRequest(messages=[UserMessage(content="x")], settings={"top_p": 0.5})
    response = await m.complete(req)
    assert response.message == AssistantMessage(content="ok")
    seen = wire.requests[0]
    assert seen.headers["openai-organization"] == "org-1"
    assert seen.headers["openai-project"] == "proj-1"
    assert seen.headers["x-trace"] == "abc"
    assert seen.json["seed"] == 3
    assert seen.json["top_p"] == 0.5


@pytest.mark.parametrize(
    "body",
    [
        {"choices": []},
        {"choices": [42]},
        {"choices": [{"message": {"tool_calls": [{"function": {"arguments": "{}"}}]}}]},
        {"object": "chat.completion"},
    ],
)
async def test_malformed_completions_give_response_format_errors(
    wire: WireServer, body: dict[str, Any]
) -> None:
    wire.add(json_reply(body))
    with pytest.raises(ResponseFormatError) as info:
        await model(wire).complete(ModelRequest(messages=[UserMessage(content="x")]))
    assert info.value.provider == "openai"
