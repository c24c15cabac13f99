"""tool_choice, parallel_tool_calls and OpenAI strict tools on the wire, both ways.

Recorded exchanges: OpenAI's strict tools with ``tool_choice: auto`` and two parallel calls, its
streamed ``tool_choice: required`` turns, Anthropic's ``{"type": "auto"}``, Gemini's ``AUTO``.
Hand-made replies (marked where used): a named-tool choice, strict-mode nulls for optional
arguments, Anthropic's other choices and Gemini's ``ANY`` with a function name.
"""

from __future__ import annotations

from typing import Any

import pytest
from providers_wire import WireServer, cassette, json_reply, recorded_reply, sse_events, sse_reply

from orbiter import Agent, ConfigurationError, run
from orbiter.providers._strict import strict_schema
from orbiter.tool import Tool


def create_file(path: str) -> str:
    return "Success"


def delete_file(path: str) -> bool:
    return True


def get_weather(city: str) -> str:
    """Get the current weather for a city."""
    return f"Sunny, 22C in {city}"


def get_country() -> str:
    return "Mexico"


def get_product_name() -> str:
    return "Pydantic AI"


def options(wire: WireServer, suffix: str = "", **extra: Any) -> dict[str, Any]:
    return {"base_url": wire.url + suffix, "api_key": "k", "retry_base_delay": 0, **extra}


def openai_text(text: str) -> dict[str, Any]:
    """A hand-made Chat Completions answer."""
    return {
        "id": "chatcmpl-x",
        "object": "chat.completion",
        "model": "gpt-4o",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 2},
    }


def openai_call(name: str, arguments: str) -> dict[str, Any]:
    """A hand-made Chat Completions tool call."""
    body = openai_text("")
    body["choices"][0]["message"] = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}
        ],
    }
    body["choices"][0]["finish_reason"] = "tool_calls"
    return body


# -- OpenAI ----------------------------------------------------------------------------------


async def test_openai_strict_tools_match_the_recorded_request(wire: WireServer) -> None:
    first, second = cassette("openai", "chat_tool_calls_parallel_roundtrip")
    wire.add(recorded_reply(first), recorded_reply(second))
    agent = Agent(
        "files",
        model="openai:gpt-4o",
        tools=[Tool(create_file, description=""), Tool(delete_file, description="")],
        tool_choice="auto",
        model_options=options(wire, "/v1", strict_tools=True),
    )
    result = await run(agent, "Delete the file `.env` and create `test.txt`")
    recorded = first["request"]["body"]
    sent = wire.requests[0].json
    assert sent["tools"] == recorded["tools"]
    assert sent["tool_choice"] == recorded["tool_choice"] == "auto"
    # Both parallel calls of the recorded answer ran, and the final answer came back.
    tool_messages = [m for m in result.messages if type(m).__name__ == "ToolMessage"]
    assert sorted(m.tool_name for m in tool_messages) == ["create_file", "delete_file"]
    assert result.output == second["response"]["json"]["choices"][0]["message"]["content"]


async def test_openai_required_choice_is_sent_then_released(wire: WireServer) -> None:
    turns = cassette("openai", "chat_stream_tool_calls_parallel_split_args")
    closing = sse_events(
        {"choices": [{"index": 0, "delta": {"content": "Done."}, "finish_reason": "stop"}]},
        "[DONE]",
    )
    wire.add(recorded_reply(turns[0], split=13), sse_reply(closing))
    agent = Agent(
        "helper",
        model="openai:gpt-4o",
        tools=[get_weather, get_country, get_product_name],
        tool_choice="required",
        model_options=options(wire),
    )
    events = [e async for e in run.stream(agent, "Which country?")]
    assert [e.tool_name for e in events if e.type == "tool_call"] == ["get_country"]
    assert wire.requests[0].json["tool_choice"] == turns[0]["request"]["body"]["tool_choice"]
    # Once a tool was called the model may answer, instead of being forced to call again.
    assert wire.requests[1].json["tool_choice"] == "auto"


async def test_openai_named_tool_and_no_parallel_calls(wire: WireServer) -> None:
    # Hand-made replies.
    wire.add(
        json_reply(openai_call("get_weather", '{"city": "Oslo"}')), json_reply(openai_text("ok"))
    )
    agent = Agent(
        "w",
        model="openai:gpt-4o",
        tools=[get_weather, get_country],
        model_options=options(wire),
    )
    result = await run(agent, "weather?", tool_choice="get_weather", parallel_tool_calls=False)
    assert result.output == "ok"
    first = wire.requests[0].json
    assert first["tool_choice"] == {"type": "function", "function": {"name": "get_weather"}}
    assert first["parallel_tool_calls"] is False
    assert "strict" not in first["tools"][0]["function"]  # strict_tools is off by default


async def test_openai_strict_optional_arguments_come_back_as_defaults(wire: WireServer) -> None:
    seen: list[tuple[str, int, str | None]] = []

    def search(query: str, limit: int = 10, lang: str | None = "en") -> str:
        """Search the docs."""
        seen.append((query, limit, lang))
        return "found"

    def tag(labels: dict[str, int]) -> str:
        """Free-form labels: strict mode cannot express them."""
        return "tagged"

    # Hand-made: what strict mode makes a model send when it leaves optional arguments out.
    args = '{"query": "tool choice", "limit": null, "lang": null}'

    def fragment(**fields: Any) -> dict[str, Any]:
        return {"index": 0, **fields}

    first = fragment(id="c1", type="function", function={"name": "search", "arguments": args[:17]})
    rest = fragment(function={"arguments": args[17:]})
    stream = sse_events(
        {"choices": [{"index": 0, "delta": {"tool_calls": [first]}}]},
        {"choices": [{"index": 0, "delta": {"tool_calls": [rest]}, "finish_reason": "tool_calls"}]},
        "[DONE]",
    )
    wire.add(sse_reply(stream, split=7), json_reply(openai_text("done")))
    agent = Agent(
        "docs",
        model="openai:gpt-4o",
        tools=[search, tag],
        model_options=options(wire, strict_tools=True),
    )
    async for _ in run.stream(agent, "find tool choice"):
        pass
    # null was dropped where the tool's schema did not allow it, kept where it did.
    assert seen == [("tool choice", 10, None)]
    search_tool, tag_tool = (t["function"] for t in wire.requests[0].json["tools"])
    assert search_tool["strict"] is True
    params = search_tool["parameters"]
    assert params["required"] == ["query", "limit", "lang"]
    assert params["additionalProperties"] is False
    assert params["properties"]["limit"]["type"] == ["integer", "null"]
    assert "default" not in params["properties"]["limit"]
    assert "strict" not in tag_tool  # sent as it is rather than refused


def test_strict_schemas_reach_nested_objects_and_arrays() -> None:
    schema = {
        "type": "object",
        "properties": {
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "qty": {"type": "integer"}},
                    "required": ["name"],
                },
            },
            "mode": {"enum": ["a", "b"]},
        },
        "required": ["items"],
    }
    strict = strict_schema(schema)
    assert strict is not None
    item = strict["properties"]["items"]["items"]
    assert item["required"] == ["name", "qty"]
    assert item["additionalProperties"] is False
    assert item["properties"]["qty"] == {"type": ["integer", "null"]}
    assert strict["properties"]["mode"] == {"anyOf": [{"enum": ["a", "b"]}, {"type": "null"}]}
    assert strict_schema({"type": "object", "additionalProperties": {"type": "integer"}}) is None


# -- Anthropic -------------------------------------------------------------------------------


async def test_anthropic_auto_choice_matches_the_recorded_request(wire: WireServer) -> None:
    first, second = cassette("anthropic", "messages_tool_use_parallel_roundtrip")
    wire.add(recorded_reply(first), recorded_reply(second))

    def retrieve_entity_info(name: str) -> str:
        """Get the knowledge about the given entity."""
        return f"{name} was born in 1990"

    agent = Agent(
        "people",
        model="anthropic:claude-haiku-4-5",
        tools=[retrieve_entity_info],
        tool_choice="auto",
        model_options=options(wire),
    )
    result = await run(agent, "Who is the oldest?")
    assert wire.requests[0].json["tool_choice"] == first["request"]["body"]["tool_choice"]
    assert result.steps == 2
    assert result.stop_reason == "end_turn"


@pytest.mark.parametrize(
    ("choice", "parallel", "expected"),
    [
        ("required", None, {"type": "any"}),
        ("get_weather", None, {"type": "tool", "name": "get_weather"}),
        ("none", False, {"type": "none"}),
        (None, False, {"type": "auto", "disable_parallel_tool_use": True}),
        ("required", False, {"type": "any", "disable_parallel_tool_use": True}),
        (None, None, None),
    ],
)
async def test_anthropic_choice_forms(
    wire: WireServer, choice: str | None, parallel: bool | None, expected: Any
) -> None:
    (it,) = cassette("anthropic", "messages_text_system")
    wire.add(recorded_reply(it))
    agent = Agent(
        "w",
        model="anthropic:claude-3-opus-latest",
        tools=[get_weather],
        tool_choice=choice,
        parallel_tool_calls=parallel,
        model_options=options(wire),
    )
    await run(agent, "hello")
    assert wire.requests[0].json.get("tool_choice") == expected


async def test_anthropic_forced_choice_with_thinking_fails_before_the_request(
    wire: WireServer,
) -> None:
    agent = Agent(
        "w",
        model="anthropic:claude-sonnet-4-0",
        tools=[get_weather],
        tool_choice="required",
        model_options=options(wire, thinking_budget=1024),
    )
    with pytest.raises(ConfigurationError, match="refuses while extended thinking is on"):
        await run(agent, "weather?")
    assert wire.requests == []


# -- Gemini ----------------------------------------------------------------------------------


async def test_gemini_auto_choice_matches_the_recorded_request(wire: WireServer) -> None:
    first, second = cassette("gemini", "function_call_roundtrip")
    wire.add(recorded_reply(first), recorded_reply(second))
    agent = Agent(
        "w",
        model="gemini:gemini-2.5-flash",
        tools=[get_weather],
        tool_choice="auto",
        model_options=options(wire),
    )
    result = await run(agent, "What's the weather in Paris?")
    assert wire.requests[0].json["toolConfig"] == first["request"]["body"]["toolConfig"]
    # Gemini says STOP after a function call; Orbiter calls that turn tool_use.
    assert result.stop_reason == "end_turn"
    assert result.steps == 2


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("required", {"mode": "ANY"}),
        ("none", {"mode": "NONE"}),
        ("get_weather", {"mode": "ANY", "allowedFunctionNames": ["get_weather"]}),
    ],
)
async def test_gemini_choice_forms(wire: WireServer, choice: str, expected: Any) -> None:
    (it,) = cassette("gemini", "generate_text_system_instruction")
    wire.add(recorded_reply(it))
    agent = Agent(
        "w",
        model="gemini:gemini-2.5-flash",
        tools=[get_weather],
        tool_choice=choice,
        parallel_tool_calls=False,  # Gemini has no such switch: nothing is sent for it
        model_options=options(wire),
    )
    await run(agent, "hello")
    sent = wire.requests[0].json
    assert sent["toolConfig"] == {"functionCallingConfig": expected}
    assert "parallel" not in str(sent)
