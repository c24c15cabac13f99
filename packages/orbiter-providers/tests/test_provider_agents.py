"""End to end: an Agent with tools runs through each provider against the loopback server."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from providers_wire import (
    WireServer,
    anthropic_sse,
    cassette,
    json_reply,
    recorded_reply,
    sse_events,
    sse_reply,
)

from orbiter import Agent, run
from orbiter.errors import AuthenticationError


def delete_file(path: str) -> bool:
    """Delete a file."""
    return True


def create_file(path: str) -> str:
    """Create a file."""
    return "Success"


def get_user_country() -> str:
    """The user's country."""
    return "Mexico"


def get_weather(city: str) -> str:
    """Get the current weather for a city."""
    return f"Sunny, 22C in {city}"


def get_capital(country: str) -> str:
    """Get the capital of a country."""
    return {"France": "Paris"}[country]


def get_temperature(city: str) -> str:
    """Get the temperature in a city."""
    return {"Paris": "30°C"}[city]


def get_country() -> str:
    """The user's country."""
    return "Mexico"


def get_product_name() -> str:
    """The product's name."""
    return "Pydantic AI"


class Answer(msgspec.Struct):
    label: str
    answer: str


def final_result(answers: list[Answer]) -> str:
    """Record the answers."""
    return f"{len(answers)} answers recorded"


class CityResult(msgspec.Struct):
    city: str
    country: str


async def events_of(agent: Agent, prompt: str) -> list[Any]:
    return [e async for e in run.stream(agent, prompt, detailed=True)]


def types(events: list[Any]) -> list[str]:
    return [e.type for e in events]


def options(wire: WireServer, **extra: Any) -> dict[str, Any]:
    return {"base_url": wire.url, "api_key": "test-key", "retry_base_delay": 0, **extra}


async def test_openai_agent_calls_parallel_tools(wire: WireServer) -> None:
    first, second = cassette("openai", "chat_tool_calls_parallel_roundtrip")
    wire.add(recorded_reply(first), recorded_reply(second))
    agent = Agent(
        name="files",
        model="openai:gpt-4o",
        instructions="Just call tools without asking for confirmation.",
        tools=[create_file, delete_file],
        model_options=options(wire, base_url=wire.url + "/v1"),
    )
    result = await run(agent, "Delete the file `.env` and create `test.txt`")
    assert result.output == second["response"]["json"]["choices"][0]["message"]["content"]
    assert result.steps == 2
    assert result.usage.requests == 2
    assert result.usage.input_tokens == sum(
        it["response"]["json"]["usage"]["prompt_tokens"] for it in (first, second)
    )
    assert wire.requests[1].json["messages"] == second["request"]["body"]["messages"]


async def test_openai_agent_streams_three_tool_turns(wire: WireServer) -> None:
    turns = cassette("openai", "chat_stream_tool_calls_parallel_split_args")
    closing = sse_events(
        {"choices": [{"index": 0, "delta": {"content": "All "}}]},
        {"choices": [{"index": 0, "delta": {"content": "done."}, "finish_reason": "stop"}]},
        "[DONE]",
    )
    wire.add(*(recorded_reply(it, split=41) for it in turns), sse_reply(closing))

    def get_weather(city: str) -> str:
        """Weather in a city."""
        return "sunny"

    agent = Agent(
        name="helper",
        model="openai:gpt-4o",
        tools=[get_weather, get_country, get_product_name, final_result],
        model_options=options(wire),
    )
    prompt = "Tell me: the capital of the country; the weather there; the product name"
    events = await events_of(agent, prompt)
    calls = [e for e in events if e.type == "tool_call"]
    assert [c.tool_name for c in calls] == [
        "get_country",
        "get_weather",
        "get_product_name",
        "final_result",
    ]
    assert [e.result for e in events if e.type == "tool_result"][-1] == "3 answers recorded"
    assert "".join(e.text for e in events if e.type == "text") == "All done."
    assert len([e for e in events if e.type == "usage"]) == 4
    # The third request carries both earlier tool turns exactly as the real client sent them.
    assert wire.requests[2].json["messages"] == turns[2]["request"]["body"]["messages"]
    assert wire.requests[0].json["stream_options"] == {"include_usage": True}


async def test_openai_agent_structured_output(wire: WireServer) -> None:
    first, second = cassette("openai", "chat_json_schema_response_format")
    wire.add(recorded_reply(first), recorded_reply(second))
    agent = Agent(
        name="geo",
        model="openai:gpt-4o",
        tools=[get_user_country],
        output_type=CityResult,
        model_options=options(wire),
    )
    result = await run(agent, "What is the largest city in the user country?")
    assert result.structured_output == CityResult(city="Mexico City", country="Mexico")
    sent = wire.requests[0].json["response_format"]
    assert sent["type"] == "json_schema"
    assert sent["json_schema"]["schema"]["required"] == ["city", "country"]


async def test_compatible_agent_streams_reasoning_tool_calls_and_text(wire: WireServer) -> None:
    turn1 = sse_events(
        {"choices": [{"index": 0, "delta": {"role": "assistant", "reasoning_content": "Need "}}]},
        {"choices": [{"index": 0, "delta": {"reasoning_content": "the weather."}}]},
        {
            "choices": [
                {
                    "index": 0,
                    "delta": {
                        "tool_calls": [
                            {
                                "index": 0,
                                "id": "c1",
                                "type": "function",
                                "function": {"name": "get_weather", "arguments": '{"ci'},
                            }
                        ]
                    },
                }
            ]
        },
        {
            "choices": [
                {
                    "index": 0,
                    "delta": {
                        "tool_calls": [{"index": 0, "function": {"arguments": 'ty": "Oslo"}'}}]
                    },
                }
            ]
        },
        {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
        {"choices": [], "usage": {"prompt_tokens": 20, "completion_tokens": 10}},
        "[DONE]",
    )
    turn2 = sse_events(
        {"choices": [{"index": 0, "delta": {"content": "It is sunny "}}]},
        {"choices": [{"index": 0, "delta": {"content": "in Oslo."}, "finish_reason": "stop"}]},
        {"choices": [], "usage": {"prompt_tokens": 40, "completion_tokens": 5}},
        "[DONE]",
    )
    wire.add(sse_reply(turn1, split=9), sse_reply(turn2, split=9))
    agent = Agent(
        name="weather",
        model="deepseek:deepseek-reasoner",
        tools=[get_weather],
        model_options=options(wire),
    )
    events = await events_of(agent, "Weather in Oslo?")
    kinds = types(events)
    assert kinds[:3] == ["status", "status", "step"]
    assert "".join(e.text for e in events if e.type == "reasoning") == "Need the weather."
    call = next(e for e in events if e.type == "tool_call")
    assert call.tool_name == "get_weather"
    assert call.arguments == '{"city": "Oslo"}'
    res = next(e for e in events if e.type == "tool_result")
    assert res.result == "Sunny, 22C in Oslo"
    assert "".join(e.text for e in events if e.type == "text") == "It is sunny in Oslo."
    assert [e.usage.input_tokens for e in events if e.type == "usage"] == [20, 40]
    assert kinds[-1] == "status"
    assert events[-1].status == "completed"
    tool_msg = wire.requests[1].json["messages"][-1]
    assert tool_msg == {"role": "tool", "tool_call_id": "c1", "content": "Sunny, 22C in Oslo"}


@pytest.mark.parametrize("streaming", [False, True])
async def test_anthropic_agent_with_thinking_and_a_tool(wire: WireServer, streaming: bool) -> None:
    first, second = cassette("anthropic", "messages_thinking_tool_use_roundtrip")
    if streaming:
        wire.add(
            sse_reply(anthropic_sse(first["response"]["json"]), split=23),
            sse_reply(anthropic_sse(second["response"]["json"]), split=23),
        )
    else:
        wire.add(recorded_reply(first), recorded_reply(second))
    agent = Agent(
        name="geo",
        model="anthropic:claude-sonnet-4-0",
        tools=[get_user_country],
        model_options=options(wire, thinking_budget=3000),
    )
    prompt = "What is the largest city in the user country?"
    final_text = second["response"]["json"]["content"][0]["text"]
    if streaming:
        events = await events_of(agent, prompt)
        reasoning = "".join(e.text for e in events if e.type == "reasoning")
        assert reasoning == first["response"]["json"]["content"][0]["thinking"]
        assert [e.tool_name for e in events if e.type == "tool_call"] == ["get_user_country"]
        text = "".join(e.text for e in events if e.type == "text")
        assert text.endswith(final_text)
        assert events[-1].status == "completed"
    else:
        result = await run(agent, prompt)
        assert result.output == final_text
    # The second request carries the thinking block with its signature, then the tool result.
    assert wire.requests[1].json["messages"] == second["request"]["body"]["messages"]
    assert wire.requests[1].json["thinking"] == {"type": "enabled", "budget_tokens": 3000}


async def test_gemini_agent_with_a_tool(wire: WireServer) -> None:
    first, second = cassette("gemini", "function_call_roundtrip")
    wire.add(recorded_reply(first), recorded_reply(second))
    agent = Agent(
        name="w", model="gemini:gemini-2.5-flash", tools=[get_weather], model_options=options(wire)
    )
    result = await run(agent, "What's the weather in Paris?")
    assert result.output == "The weather in Paris is sunny with a temperature of 22C."
    parts = wire.requests[1].json["contents"][1]["parts"]
    assert parts[0]["thoughtSignature"]
    assert (
        result.usage.reasoning_tokens
        == first["response"]["json"]["usageMetadata"]["thoughtsTokenCount"]
    )


async def test_gemini_agent_streams_two_tool_turns(wire: WireServer) -> None:
    turns = cassette("gemini", "stream_function_calls_multi_turn")
    wire.add(*(recorded_reply(it, split=31) for it in turns))
    agent = Agent(
        name="t",
        model="gemini:gemini-2.0-flash",
        instructions="You are a helpful chatbot.",
        tools=[get_capital, get_temperature],
        model_options=options(wire),
    )
    events = await events_of(agent, "What is the temperature of the capital of France?")
    assert [e.tool_name for e in events if e.type == "tool_call"] == [
        "get_capital",
        "get_temperature",
    ]
    assert [e.result for e in events if e.type == "tool_result"] == ["Paris", "30°C"]
    assert (
        "".join(e.text for e in events if e.type == "text") == "The temperature in Paris is 30°C.\n"
    )
    assert wire.requests[0].json["systemInstruction"] == {
        "parts": [{"text": "You are a helpful chatbot."}]
    }


async def test_provider_error_surfaces_as_an_error_event(wire: WireServer) -> None:
    wire.add(
        json_reply(
            {"error": {"message": "invalid x-api-key", "type": "authentication_error"}}, status=401
        )
    )
    agent = Agent(name="a", model="anthropic:claude-x", model_options=options(wire))
    seen: list[Any] = []

    async def consume() -> None:
        async for event in run.stream(agent, "hi", detailed=True):
            seen.append(event)

    with pytest.raises(AuthenticationError):
        await consume()
    err = next(e for e in seen if e.type == "error")
    assert err.error_type == "AuthenticationError"
    assert err.recoverable is False
    assert "invalid x-api-key" in err.error
