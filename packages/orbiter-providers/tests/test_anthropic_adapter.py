"""The Anthropic adapter against recorded and hand-made Messages API traffic."""

from __future__ import annotations

import json
from typing import Any

import pytest
from providers_wire import (
    WireServer,
    anthropic_sse,
    cassette,
    collect,
    recorded_reply,
    sse_events,
    sse_reply,
)

from orbiter.errors import InvalidRequestError, ResponseFormatError, ServerError
from orbiter.messages import Message, ToolMessage, UserMessage
from orbiter.models import (
    ModelRequest,
    OutputSchema,
    ReasoningDelta,
    TextDelta,
    ToolSpec,
)
from orbiter.providers.anthropic import CONTENT_KEY, AnthropicModel


def model(wire: WireServer, name: str = "claude-sonnet-4-0", **options: Any) -> AnthropicModel:
    opts = {"base_url": wire.url, "api_key": "sk-ant-test", "retry_base_delay": 0, **options}
    return AnthropicModel(name, opts)


def request_from(body: dict[str, Any], **kwargs: Any) -> ModelRequest:
    messages: list[Message] = [
        UserMessage(content=m["content"][0]["text"]) for m in body["messages"][:1]
    ]
    tools = [
        ToolSpec(name=t["name"], description=t.get("description", ""), parameters=t["input_schema"])
        for t in body.get("tools", [])
        if "input_schema" in t
    ]
    kwargs.setdefault("system", body.get("system"))
    return ModelRequest(messages=messages, tools=tools, **kwargs)


async def test_system_prompt_top_level_and_default_max_tokens(wire: WireServer) -> None:
    (it,) = cassette("anthropic", "messages_text_system")
    wire.add(recorded_reply(it))
    recorded = it["request"]["body"]
    response = await model(wire, recorded["model"]).complete(request_from(recorded))

    (seen,) = wire.requests
    assert seen.path == "/v1/messages"
    assert seen.headers["x-api-key"] == "sk-ant-test"
    assert seen.headers["anthropic-version"] == "2023-06-01"
    assert "authorization" not in seen.headers
    assert seen.json["system"] == recorded["system"]
    assert seen.json["max_tokens"] == 4096
    assert seen.json["messages"] == recorded["messages"]
    expected = it["response"]["json"]
    assert response.message.content == expected["content"][0]["text"]
    assert response.usage.input_tokens == expected["usage"]["input_tokens"]
    assert response.usage.output_tokens == expected["usage"]["output_tokens"]
    assert response.finish_reason == "end_turn"


@pytest.mark.parametrize("split", [None, 1, 13])
async def test_stream_text(wire: WireServer, split: int | None) -> None:
    (it,) = cassette("anthropic", "messages_stream_text")
    wire.add(recorded_reply(it, split=split))
    deltas, final = await collect(model(wire), request_from(it["request"]["body"]))
    assert deltas
    assert "".join(d.text for d in deltas) == final.message.content
    assert final.finish_reason == "end_turn"
    assert final.usage.output_tokens > 1  # the message_delta count, not message_start's 1
    assert wire.requests[0].json["stream"] is True


@pytest.mark.parametrize("split", [None, 9])
async def test_thinking_streams_as_reasoning_and_keeps_the_signature(
    wire: WireServer, split: int | None
) -> None:
    (it,) = cassette("anthropic", "messages_stream_thinking")
    wire.add(recorded_reply(it, split=split))
    deltas, final = await collect(
        model(wire, thinking_budget=1024), request_from(it["request"]["body"])
    )
    reasoning = "".join(d.text for d in deltas if isinstance(d, ReasoningDelta))
    text = "".join(d.text for d in deltas if isinstance(d, TextDelta))
    assert reasoning.startswith("This is a straightforward question about pedestrian safety")
    assert final.message.reasoning == reasoning
    assert final.message.content == text
    assert text.endswith("when crossing streets.")
    assert final.message.provider_data is not None
    thinking = final.message.provider_data[CONTENT_KEY][0]
    assert thinking["type"] == "thinking"
    assert thinking["signature"]  # came in a signature_delta
    assert thinking["thinking"] == reasoning
    assert wire.requests[0].json["thinking"] == {"type": "enabled", "budget_tokens": 1024}
    assert wire.requests[0].json["max_tokens"] == 4096


@pytest.mark.parametrize("streaming", [False, True])
async def test_thinking_blocks_go_back_unchanged_in_a_tool_loop(
    wire: WireServer, streaming: bool
) -> None:
    first, second = cassette("anthropic", "messages_thinking_tool_use_roundtrip")
    if streaming:
        wire.add(sse_reply(anthropic_sse(first["response"]["json"]), split=11))
    else:
        wire.add(recorded_reply(first))
    wire.add(recorded_reply(second))
    m = model(wire, thinking_budget=3000)
    req = request_from(first["request"]["body"])
    if streaming:
        _, turn1 = await collect(m, req)
    else:
        turn1 = await m.complete(req)
    (call,) = turn1.message.tool_calls
    assert call.name == "get_user_country"
    assert json.loads(call.arguments) == {}
    assert turn1.message.reasoning
    req.messages += [
        turn1.message,
        ToolMessage(tool_call_id=call.id, tool_name=call.name, content="Mexico"),
    ]
    turn2 = await m.complete(req)
    assert turn2.message.content == second["response"]["json"]["content"][0]["text"]
    # The thinking block (with its signature), the text and the tool_use go back exactly.
    assert wire.requests[1].json["messages"] == second["request"]["body"]["messages"]
    assert wire.requests[1].json["tools"] == second["request"]["body"]["tools"]


async def test_parallel_tool_use_round_trip_matches_the_recording(wire: WireServer) -> None:
    first, second = cassette("anthropic", "messages_tool_use_parallel_roundtrip")
    wire.add(recorded_reply(first), recorded_reply(second))
    recorded = first["request"]["body"]
    m = model(wire, recorded["model"])
    req = request_from(recorded)
    turn1 = await m.complete(req)
    calls = turn1.message.tool_calls
    assert [json.loads(c.arguments)["name"] for c in calls] == ["Alice", "Bob", "Charlie", "Daisy"]
    assert turn1.message.provider_data is None  # nothing to keep beyond text and tool calls
    results = [
        "alice is bob's wife",
        "bob is alice's husband",
        "charlie is alice's son",
        "daisy is bob's daughter and charlie's younger sister",
    ]
    req.messages.append(turn1.message)
    req.messages += [
        ToolMessage(tool_call_id=c.id, tool_name=c.name, content=r)
        for c, r in zip(calls, results, strict=True)
    ]
    await m.complete(req)
    assert wire.requests[1].json["messages"] == second["request"]["body"]["messages"]


async def test_streamed_tool_input_fragments_and_server_tool_blocks(wire: WireServer) -> None:
    first, second = cassette("anthropic", "messages_stream_tool_use_input_json_delta")
    wire.add(recorded_reply(first, split=17), recorded_reply(second))
    m = model(wire, "claude-sonnet-4-6")
    req = ModelRequest(messages=[UserMessage(content="What is the current USD to EUR rate?")])
    deltas, turn1 = await collect(m, req)
    (call,) = turn1.message.tool_calls
    assert call.name == "get_exchange_rate"
    assert json.loads(call.arguments) == {"from_currency": "USD", "to_currency": "EUR"}
    assert turn1.finish_reason == "tool_use"
    assert turn1.message.content == "".join(d.text for d in deltas)
    assert "information.\n\nI found" in (turn1.message.content or "")
    req.messages += [
        turn1.message,
        ToolMessage(tool_call_id=call.id, tool_name=call.name, content="1 USD = 0.92 EUR"),
    ]
    _, turn2 = await collect(m, req)
    assert turn2.message.content
    sent = wire.requests[1].json["messages"]
    # Server-side tool blocks and the client tool_use go back as the recording shows.
    assert sent[1] == second["request"]["body"]["messages"][1]


async def test_output_schema_is_asked_for_in_the_system_prompt(wire: WireServer) -> None:
    (it,) = cassette("anthropic", "messages_text_system")
    wire.add(recorded_reply(it))
    schema = {"type": "object", "properties": {"city": {"type": "string"}}}
    req = ModelRequest(
        messages=[UserMessage(content="x")],
        system="Be terse.",
        output_schema=OutputSchema(name="City", schema=schema),
        max_tokens=99,
        temperature=0.2,
    )
    await model(wire).complete(req)
    body = wire.requests[0].json
    assert body["system"].startswith("Be terse.\n\n")
    assert body["system"].endswith(json.dumps(schema, separators=(",", ":")))
    assert body["max_tokens"] == 99
    assert body["temperature"] == 0.2


async def test_thinking_budget_raises_the_default_max_tokens(wire: WireServer) -> None:
    (it,) = cassette("anthropic", "messages_text_system")
    wire.add(recorded_reply(it))
    await model(wire, thinking_budget=8000).complete(
        ModelRequest(messages=[UserMessage(content="x")])
    )
    assert wire.requests[0].json["max_tokens"] == 8000 + 4096


async def test_recorded_404_is_an_invalid_request(wire: WireServer) -> None:
    (it,) = cassette("anthropic", "messages_error_404_not_found")
    wire.add(recorded_reply(it))
    with pytest.raises(InvalidRequestError) as info:
        await model(wire, "claude-sonet-4-5").complete(
            ModelRequest(messages=[UserMessage(content="hello")])
        )
    assert info.value.status_code == 404
    assert info.value.model == "claude-sonet-4-5"
    assert "not_found_error" in str(info.value)
    assert len(wire.requests) == 1


async def test_overloaded_error_event_mid_stream(wire: WireServer) -> None:
    body = sse_events(
        {"type": "message_start", "message": {"usage": {"input_tokens": 3}}},
        {"type": "ping"},
        {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
        event_names=["message_start", "ping", "error"],
    )
    wire.add(sse_reply(body))
    with pytest.raises(ServerError) as info:
        await collect(model(wire), ModelRequest(messages=[UserMessage(content="x")]))
    assert info.value.status_code == 529
    assert info.value.retryable is True
    assert "Overloaded" in str(info.value)


async def test_stream_without_message_stop_is_truncated(wire: WireServer) -> None:
    (it,) = cassette("anthropic", "messages_stream_text")
    text = it["response"]["text"]
    wire.add(sse_reply(text[: text.index("event: message_delta")]))
    with pytest.raises(ResponseFormatError) as info:
        await collect(model(wire), ModelRequest(messages=[UserMessage(content="x")]))
    assert info.value.retryable is True
    assert "incomplete" in str(info.value)


async def test_delta_for_a_block_that_never_started(wire: WireServer) -> None:
    body = sse_events(
        {"type": "message_start", "message": {"usage": {}}},
        {"type": "content_block_delta", "index": 3, "delta": {"type": "text_delta", "text": "x"}},
    )
    wire.add(sse_reply(body))
    with pytest.raises(ResponseFormatError, match="never started"):
        await collect(model(wire), ModelRequest(messages=[UserMessage(content="x")]))


async def test_base_url_may_end_in_v1(wire: WireServer, monkeypatch: pytest.MonkeyPatch) -> None:
    (it,) = cassette("anthropic", "messages_text_system")
    wire.add(recorded_reply(it))
    monkeypatch.setenv("ANTHROPIC_BASE_URL", wire.url + "/v1")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "from-env")
    await AnthropicModel("claude-3-opus", {}).complete(
        ModelRequest(messages=[UserMessage(content="x")])
    )
    assert wire.requests[0].path == "/v1/messages"
    assert wire.requests[0].headers["x-api-key"] == "from-env"


async def test_empty_text_blocks_are_not_sent_back(wire: WireServer) -> None:
    thinking = {"type": "thinking", "thinking": "hm", "signature": "sig"}
    message = {
        "id": "m1",
        "model": "claude",
        "role": "assistant",
        "content": [
            thinking,
            {"type": "text", "text": ""},
            {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": 1}},
        ],
        "stop_reason": "tool_use",
        "usage": {"input_tokens": 1, "output_tokens": 2},
    }
    wire.add(sse_reply(anthropic_sse(message)))
    wire.add(recorded_reply(cassette("anthropic", "messages_text_system")[0]))
    m = model(wire)
    req = ModelRequest(messages=[UserMessage(content="go")])
    _, turn1 = await collect(m, req)
    req.messages += [turn1.message, ToolMessage(tool_call_id="t1", tool_name="f", content="ok")]
    await m.complete(req)
    sent = wire.requests[1].json["messages"][1]["content"]
    assert sent == [thinking, {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": 1}}]
