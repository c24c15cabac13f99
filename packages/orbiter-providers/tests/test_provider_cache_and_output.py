"""Anthropic prompt caching and native structured output; Gemini's JSON schema beside tools.

Hand-made replies: no recording holds a cache write/read, an ``output_config`` answer, or a
Gemini 3 turn; their shapes follow the providers' documentation (Anthropic ``usage`` with
``cache_creation_input_tokens`` / ``cache_read_input_tokens``, Gemini ``functionCall`` parts).
The recorded Gemini structured-output reply is reused where it fits.
"""

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
    sse_reply,
)

from orbiter import Agent, run

EPHEMERAL = {"type": "ephemeral"}


class Item(msgspec.Struct):
    name: str
    qty: int = 1


class Order(msgspec.Struct):
    customer: str
    items: list[Item]


def get_country() -> str:
    """The user's country."""
    return "Mexico"


def options(wire: WireServer, **extra: Any) -> dict[str, Any]:
    return {"base_url": wire.url, "api_key": "k", "retry_base_delay": 0, **extra}


def claude(content: list[dict[str, Any]], stop: str, usage: dict[str, int]) -> dict[str, Any]:
    return {
        "id": "msg_c1",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5-20250929",
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": 12, "output_tokens": 20, **usage},
    }


@pytest.mark.parametrize("split", [None, 19])
async def test_anthropic_prompt_caching_marks_and_counts(
    wire: WireServer, split: int | None
) -> None:
    call = {"type": "tool_use", "id": "toolu_1", "name": "get_country", "input": {}}
    first = claude([call], "tool_use", {"cache_creation_input_tokens": 2100})
    second = claude(
        [{"type": "text", "text": "Mexico City."}],
        "end_turn",
        {"cache_read_input_tokens": 2100, "cache_creation_input_tokens": 30},
    )
    wire.add(
        sse_reply(anthropic_sse(first), split=split), sse_reply(anthropic_sse(second), split=split)
    )
    agent = Agent(
        "geo",
        model="anthropic:claude-sonnet-4-5",
        instructions="You know geography. " * 50,
        tools=[get_country],
        model_options=options(wire, prompt_caching=True),
    )
    stream = run.stream(agent, "Largest city in my country?")
    async for _ in stream:
        pass
    result = stream.result
    assert result.output == "Mexico City."
    # Both calls' cache tokens, and input_tokens that includes them.
    assert result.usage.cache_write_tokens == 2130
    assert result.usage.cache_read_tokens == 2100
    assert result.usage.input_tokens == 12 + 2100 + 12 + 2100 + 30

    one, two = (r.json for r in wire.requests)
    assert one["system"] == [
        {"type": "text", "text": "You know geography. " * 50, "cache_control": EPHEMERAL}
    ]
    assert one["tools"][-1]["cache_control"] == EPHEMERAL
    assert one["messages"][-1]["content"][-1] == {
        "type": "text",
        "text": "Largest city in my country?",
        "cache_control": EPHEMERAL,
    }
    # The breakpoint moves to the end of the conversation: the tool result of turn one.
    assert two["messages"][-1]["content"][-1]["type"] == "tool_result"
    assert two["messages"][-1]["content"][-1]["cache_control"] == EPHEMERAL
    assert "cache_control" not in two["messages"][0]["content"][-1]


async def test_anthropic_without_caching_sends_no_breakpoints(wire: WireServer) -> None:
    (it,) = cassette("anthropic", "messages_text_system")
    wire.add(recorded_reply(it))
    agent = Agent("a", model="anthropic:claude-3-opus-latest", instructions="Be kind.",
                  model_options=options(wire))  # fmt: skip
    await run(agent, "hello")
    assert wire.requests[0].json["system"] == "Be kind."
    assert "cache_control" not in str(wire.requests[0].json)


async def test_anthropic_native_output_on_models_that_support_it(wire: WireServer) -> None:
    answer = '{"customer": "Ada", "items": [{"name": "tea", "qty": 2}, {"name": "cake"}]}'
    wire.add(json_reply(claude([{"type": "text", "text": answer}], "end_turn", {})))
    agent = Agent("orders", model="anthropic:claude-sonnet-4-5", instructions="Read orders.",
                  output_type=Order, model_options=options(wire))  # fmt: skip
    result = await run(agent, "Ada wants two teas and a cake.")
    assert result.structured_output == Order("Ada", [Item("tea", 2), Item("cake", 1)])
    sent = wire.requests[0].json
    fmt = sent["output_config"]["format"]
    assert fmt["type"] == "json_schema"
    assert fmt["schema"]["additionalProperties"] is False
    item = fmt["schema"]["properties"]["items"]["items"]
    assert item["additionalProperties"] is False
    assert item["required"] == ["name"]  # optional stays optional
    assert sent["system"] == "Read orders."  # no schema instructions in the prompt


@pytest.mark.parametrize(
    ("model", "native_option"),
    [("anthropic:claude-3-opus-latest", None), ("anthropic:claude-sonnet-4-5", False)],
)
async def test_anthropic_schema_in_the_prompt_otherwise(
    wire: WireServer, model: str, native_option: bool | None
) -> None:
    wire.add(json_reply(claude([{"type": "text", "text": '{"customer": "B", "items": []}'}],
                               "end_turn", {})))  # fmt: skip
    extra = {} if native_option is None else {"native_output": native_option}
    agent = Agent("orders", model=model, output_type=Order, model_options=options(wire, **extra))
    result = await run(agent, "B ordered nothing.")
    assert result.structured_output == Order("B", [])
    sent = wire.requests[0].json
    assert "output_config" not in sent
    assert "JSON schema" in sent["system"]


async def test_gemini_3_sends_json_schema_beside_tools(wire: WireServer) -> None:
    recorded = cassette("gemini", "structured_output_response_json_schema")[0]
    call = {
        "candidates": [
            {
                "content": {
                    "role": "model",
                    "parts": [{"functionCall": {"name": "get_country", "args": {}}}],
                },
                "finishReason": "STOP",
            }
        ],
        "usageMetadata": {"promptTokenCount": 40, "candidatesTokenCount": 5},
    }
    wire.add(json_reply(call), recorded_reply(recorded))

    class CityLocation(msgspec.Struct):
        city: str
        country: str

    agent = Agent("geo", model="gemini:gemini-3-pro-preview", tools=[get_country],
                  output_type=CityLocation, model_options=options(wire))  # fmt: skip
    result = await run(agent, "What is the largest city in the user country?")
    assert isinstance(result.structured_output, CityLocation)
    for seen in wire.requests:
        config = seen.json["generationConfig"]
        assert config["responseMimeType"] == "application/json"
        assert config["responseJsonSchema"]["required"] == ["city", "country"]
        assert "functionDeclarations" in seen.json["tools"][0]
