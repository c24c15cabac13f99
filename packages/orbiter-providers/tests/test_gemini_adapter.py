"""The Gemini adapter against recorded and hand-made generateContent traffic."""

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
from orbiter.errors import AuthenticationError, InvalidRequestError, ResponseFormatError
from orbiter.messages import Message, ToolMessage, UserMessage
from orbiter.models import (
    ModelRequest,
    OutputSchema,
    ReasoningDelta,
    TextDelta,
    ToolSpec,
)
from orbiter.providers.gemini import PARTS_KEY, GeminiModel


def model(wire: WireServer, name: str = "gemini-2.5-flash", **options: Any) -> GeminiModel:
    opts = {"base_url": wire.url, "api_key": "g-test", "retry_base_delay": 0, **options}
    return GeminiModel(name, opts)


def request_from(body: dict[str, Any], **kwargs: Any) -> ModelRequest:
    messages: list[Message] = [UserMessage(content=body["contents"][0]["parts"][0]["text"])]
    system = body.get("systemInstruction", {}).get("parts", [{}])[0].get("text")
    kwargs.setdefault("system", system)
    return ModelRequest(messages=messages, **kwargs)


WEATHER = ToolSpec(
    name="get_weather",
    description="Get the current weather for a city.",
    parameters={
        "additionalProperties": False,
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
        "type": "object",
    },
)


async def test_generate_with_system_instruction(wire: WireServer) -> None:
    (it,) = cassette("gemini", "generate_text_system_instruction")
    wire.add(recorded_reply(it))
    recorded = it["request"]["body"]
    response = await model(wire).complete(request_from(recorded, temperature=0.5, max_tokens=64))

    (seen,) = wire.requests
    assert seen.path == "/v1beta/models/gemini-2.5-flash:generateContent"
    assert seen.headers["x-goog-api-key"] == "g-test"
    assert seen.json["contents"] == recorded["contents"]
    assert seen.json["systemInstruction"]["parts"] == recorded["systemInstruction"]["parts"]
    assert seen.json["generationConfig"] == {"temperature": 0.5, "maxOutputTokens": 64}
    out = it["response"]["json"]
    meta = out["usageMetadata"]
    assert response.message.content == "".join(
        p["text"] for p in out["candidates"][0]["content"]["parts"]
    )
    assert response.usage.reasoning_tokens == meta["thoughtsTokenCount"]
    assert response.usage.output_tokens == meta["candidatesTokenCount"] + meta["thoughtsTokenCount"]
    assert response.usage.input_tokens == meta["promptTokenCount"]
    assert response.finish_reason == "STOP"
    assert response.model == "gemini-2.5-flash"


@pytest.mark.parametrize("split", [None, 1, 10])
async def test_stream_text_with_crlf_events(wire: WireServer, split: int | None) -> None:
    (it,) = cassette("gemini", "stream_text")
    wire.add(recorded_reply(it, split=split))
    deltas, final = await collect(model(wire), request_from(it["request"]["body"]))
    assert len(deltas) == 3
    assert "".join(d.text for d in deltas) == final.message.content
    assert final.finish_reason == "STOP"
    assert final.usage.output_tokens > 0
    seen = wire.requests[0]
    assert seen.path == "/v1beta/models/gemini-2.5-flash:streamGenerateContent"
    assert seen.query == {"alt": ["sse"]}


async def test_function_call_round_trip_keeps_the_thought_signature(wire: WireServer) -> None:
    first, second = cassette("gemini", "function_call_roundtrip")
    wire.add(recorded_reply(first), recorded_reply(second))
    m = model(wire)
    req = request_from(first["request"]["body"], tools=[WEATHER])
    turn1 = await m.complete(req)
    (call,) = turn1.message.tool_calls
    assert call.name == "get_weather"
    assert json.loads(call.arguments) == {"city": "Paris"}
    assert turn1.message.provider_data is not None
    signature = first["response"]["json"]["candidates"][0]["content"]["parts"][0][
        "thoughtSignature"
    ]

    req.messages += [
        turn1.message,
        ToolMessage(tool_call_id=call.id, tool_name=call.name, content="Sunny, 22C in Paris"),
    ]
    turn2 = await m.complete(req)
    assert turn2.message.content == "The weather in Paris is sunny with a temperature of 22C."
    sent = wire.requests[1].json
    assert sent["tools"] == [
        {
            "functionDeclarations": [
                {
                    "name": "get_weather",
                    "description": WEATHER.description,
                    "parametersJsonSchema": WEATHER.parameters,
                }
            ]
        }
    ]
    _user, model_turn, tool_turn = sent["contents"]
    assert model_turn == {
        "role": "model",
        "parts": [
            {
                "functionCall": {"name": "get_weather", "args": {"city": "Paris"}},
                "thoughtSignature": signature,
            }
        ],
    }
    assert tool_turn == {
        "role": "user",
        "parts": [
            {
                "functionResponse": {
                    "name": "get_weather",
                    "response": {"result": "Sunny, 22C in Paris"},
                }
            }
        ],
    }


async def test_streamed_function_calls_over_three_turns(wire: WireServer) -> None:
    turns = cassette("gemini", "stream_function_calls_multi_turn")
    tools = [
        ToolSpec(name="get_capital", description="", parameters={"type": "object"}),
        ToolSpec(name="get_temperature", description="", parameters={"type": "object"}),
    ]
    m = model(wire, "gemini-2.0-flash")
    req = request_from(turns[0]["request"]["body"], tools=tools)
    outputs = ["Paris", "30°C"]
    finals = []
    for i, it in enumerate(turns):
        wire.add(recorded_reply(it, split=23))
        _, final = await collect(m, req)
        finals.append(final)
        if i < 2:
            (call,) = final.message.tool_calls
            req.messages += [
                final.message,
                ToolMessage(tool_call_id=call.id, tool_name=call.name, content=outputs[i]),
            ]
    assert [f.message.tool_calls[0].name for f in finals[:2]] == ["get_capital", "get_temperature"]
    assert finals[2].message.content == "The temperature in Paris is 30°C.\n"
    last = wire.requests[2].json["contents"]
    assert [c["role"] for c in last] == ["user", "model", "user", "model", "user"]
    assert last[4]["parts"][0]["functionResponse"] == {
        "name": "get_temperature",
        "response": {"result": "30°C"},
    }


async def test_structured_output_uses_response_json_schema_without_tools(wire: WireServer) -> None:
    (it,) = cassette("gemini", "structured_output_response_json_schema")
    wire.add(recorded_reply(it))
    recorded = it["request"]["body"]["generationConfig"]
    schema = OutputSchema(name="CityLocation", schema=recorded["responseJsonSchema"])
    response = await model(wire, "gemini-2.0-flash").complete(
        request_from(it["request"]["body"], output_schema=schema)
    )
    config = wire.requests[0].json["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert config["responseJsonSchema"] == recorded["responseJsonSchema"]
    assert isinstance(json.loads(response.message.content or ""), dict)


async def test_structured_output_with_tools_falls_back_to_instructions(wire: WireServer) -> None:
    wire.add(
        json_reply(
            {"candidates": [{"content": {"parts": [{"text": "{}"}]}, "finishReason": "STOP"}]}
        )
    )
    schema = OutputSchema(name="Out", schema={"type": "object"})
    req = ModelRequest(messages=[UserMessage(content="x")], tools=[WEATHER], output_schema=schema)
    await model(wire).complete(req)
    body = wire.requests[0].json
    assert "responseMimeType" not in body.get("generationConfig", {})
    assert "JSON schema" in body["systemInstruction"]["parts"][0]["text"]


async def test_thoughts_stream_as_reasoning(wire: WireServer) -> None:
    body = sse_events(
        {"candidates": [{"content": {"parts": [{"text": "Pondering", "thought": True}]}}]},
        {"candidates": [{"content": {"parts": [{"text": "Answer"}]}}]},
        {
            "candidates": [
                {
                    "content": {"parts": [{"text": "", "thoughtSignature": "c2ln"}]},
                    "finishReason": "STOP",
                }
            ],
            "usageMetadata": {
                "promptTokenCount": 5,
                "candidatesTokenCount": 2,
                "thoughtsTokenCount": 7,
            },
        },
        crlf=True,
    )
    wire.add(sse_reply(body))
    m = model(wire, thinking_budget=512, include_thoughts=True)
    deltas, final = await collect(m, ModelRequest(messages=[UserMessage(content="x")]))
    assert [type(d) for d in deltas] == [ReasoningDelta, TextDelta]
    assert final.message.reasoning == "Pondering"
    assert final.message.content == "Answer"
    assert final.usage.reasoning_tokens == 7
    parts = (final.message.provider_data or {})[PARTS_KEY]
    assert parts[-1] == {"text": "Answer", "thoughtSignature": "c2ln"}
    config = wire.requests[0].json["generationConfig"]
    assert config["thinkingConfig"] == {"thinkingBudget": 512, "includeThoughts": True}


async def test_recorded_404(wire: WireServer) -> None:
    (it,) = cassette("gemini", "error_404_model_not_found")
    wire.add(recorded_reply(it))
    with pytest.raises(InvalidRequestError) as info:
        await model(wire, "gemini-3.6-flahs").complete(
            ModelRequest(messages=[UserMessage(content="hello")])
        )
    assert info.value.status_code == 404
    assert "NOT_FOUND" in str(info.value)


async def test_invalid_key_400_is_an_authentication_error(wire: WireServer) -> None:
    wire.add(
        json_reply(
            {
                "error": {
                    "code": 400,
                    "message": "API key not valid. Please pass a valid API key.",
                    "status": "INVALID_ARGUMENT",
                }
            },
            status=400,
        )
    )
    with pytest.raises(AuthenticationError):
        await model(wire).complete(ModelRequest(messages=[UserMessage(content="x")]))


async def test_blocked_prompt(wire: WireServer) -> None:
    wire.add(json_reply({"promptFeedback": {"blockReason": "SAFETY"}, "usageMetadata": {}}))
    with pytest.raises(InvalidRequestError, match="blocked"):
        await model(wire).complete(ModelRequest(messages=[UserMessage(content="x")]))


async def test_stream_without_finish_reason_is_truncated(wire: WireServer) -> None:
    (it,) = cassette("gemini", "stream_text")
    text = it["response"]["text"]
    wire.add(sse_reply(text[: text.rindex("data:")]))
    with pytest.raises(ResponseFormatError, match="incomplete"):
        await collect(model(wire), ModelRequest(messages=[UserMessage(content="x")]))


async def test_key_and_base_url_from_the_environment(
    wire: WireServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    (it,) = cassette("gemini", "generate_text_system_instruction")
    wire.add(recorded_reply(it), recorded_reply(it))
    monkeypatch.setenv("GOOGLE_API_KEY", "google-key")
    monkeypatch.setenv("GEMINI_BASE_URL", wire.url)
    m = get_model("gemini:gemini-2.5-flash")
    await m.complete(ModelRequest(messages=[UserMessage(content="x")]))
    monkeypatch.setenv("GEMINI_API_KEY", "gemini-key")  # preferred over GOOGLE_API_KEY
    await m.complete(ModelRequest(messages=[UserMessage(content="x")]))
    assert [r.headers["x-goog-api-key"] for r in wire.requests] == ["google-key", "gemini-key"]
