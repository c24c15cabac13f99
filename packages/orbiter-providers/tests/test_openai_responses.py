"""The OpenAI Responses API adapter (``openai-responses:``) on the loopback server.

There is no recording of the Responses API in wire/: every reply here is hand-made, rebuilt
from OpenAI's API reference (response objects with ``output`` items of type ``message``,
``function_call`` and ``reasoning``; streams of ``response.*`` events ending with
``response.completed`` or ``response.incomplete``, no ``[DONE]``).
"""

from __future__ import annotations

import base64
from typing import Any

import msgspec
import pytest
from providers_wire import WireServer, json_reply, sse_events, sse_reply

from orbiter import Agent, ImagePart, OutputTruncatedError, run
from orbiter.errors import ContextLengthExceededError, ServerError
from orbiter.events import ReasoningEvent, StepEvent, TextEvent, ToolCallEvent

PNG = b"\x89PNG\r\n\x1a\n" + bytes(12)
ENCRYPTED = "gAAAAABo-opaque-reasoning-state=="


class CityResult(msgspec.Struct):
    city: str
    country: str


def get_weather(city: str) -> str:
    """Current weather for a city."""
    return f"Sunny, 22C in {city}"


def options(wire: WireServer, **extra: Any) -> dict[str, Any]:
    return {"base_url": wire.url + "/v1", "api_key": "sk-test", "retry_base_delay": 0, **extra}


def response(
    output: list[dict[str, Any]], *, status: str = "completed", reason: str | None = None
) -> dict[str, Any]:
    return {
        "id": "resp_0a1b2c",
        "object": "response",
        "created_at": 1760000000,
        "status": status,
        "error": None,
        "incomplete_details": {"reason": reason} if reason else None,
        "model": "gpt-5-mini-2025-08-07",
        "output": output,
        "parallel_tool_calls": True,
        "store": False,
        "usage": {
            "input_tokens": 120,
            "input_tokens_details": {"cached_tokens": 64},
            "output_tokens": 48,
            "output_tokens_details": {"reasoning_tokens": 32},
            "total_tokens": 168,
        },
    }


def message(text: str) -> dict[str, Any]:
    return {
        "type": "message",
        "id": "msg_01",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }


REASONING = {
    "type": "reasoning",
    "id": "rs_01",
    "summary": [
        {"type": "summary_text", "text": "**Checking the weather**"},
        {"type": "summary_text", "text": "I should call the tool."},
    ],
    "encrypted_content": ENCRYPTED,
}
CALL = {
    "type": "function_call",
    "id": "fc_01",
    "call_id": "call_w1",
    "name": "get_weather",
    "arguments": '{"city": "Paris"}',
    "status": "completed",
}


def stream_of(final: dict[str, Any], *, summary: bool = False, text: str = "") -> str:
    """The event stream that ends in ``final``: reasoning summary and text as deltas."""
    events: list[dict[str, Any]] = [
        {"type": "response.created", "sequence_number": 0,
         "response": {**final, "status": "in_progress", "output": [], "usage": None}},
    ]  # fmt: skip
    if summary:
        for i, part in enumerate(REASONING["summary"]):
            events.append({"type": "response.reasoning_summary_part.added", "item_id": "rs_01",
                           "output_index": 0, "summary_index": i})  # fmt: skip
            for piece in (part["text"][:7], part["text"][7:]):
                events.append({"type": "response.reasoning_summary_text.delta",
                               "item_id": "rs_01", "output_index": 0, "summary_index": i,
                               "delta": piece})  # fmt: skip
    for i in range(0, len(text), 5):
        delta = {"item_id": "msg_01", "output_index": 1, "content_index": 0}
        events.append({"type": "response.output_text.delta", **delta, "delta": text[i : i + 5]})
    for index, item in enumerate(final["output"]):
        events.append({"type": "response.output_item.done", "output_index": index, "item": item})
    done = "response.incomplete" if final["status"] == "incomplete" else "response.completed"
    events.append({"type": done, "response": final})
    return sse_events(*events, event_names=[e["type"] for e in events])


async def test_complete_sends_the_whole_conversation_statelessly(wire: WireServer) -> None:
    wire.add(json_reply(response([message("Hello!")])))
    agent = Agent("hi", model="openai-responses:gpt-5-mini", instructions="Be brief.",
                  model_options=options(wire))  # fmt: skip
    result = await run(agent, "Say hello")
    assert result.output == "Hello!"
    assert (result.stop_reason, result.finish_reason) == ("end_turn", "completed")
    assert (result.usage.input_tokens, result.usage.output_tokens) == (120, 48)
    assert (result.usage.reasoning_tokens, result.usage.cache_read_tokens) == (32, 64)
    (seen,) = wire.requests
    assert seen.path == "/v1/responses"
    assert seen.headers["authorization"] == "Bearer sk-test"
    assert seen.json == {
        "model": "gpt-5-mini",
        "input": [{"role": "user", "content": "Say hello"}],
        "store": False,
        "instructions": "Be brief.",
        "include": ["reasoning.encrypted_content"],
    }
    assert "previous_response_id" not in seen.json


@pytest.mark.parametrize("split", [None, 1, 9, 61])
async def test_stream_reasoning_summary_tool_call_and_answer(
    wire: WireServer, split: int | None
) -> None:
    first = response([REASONING, CALL])
    answer = "It is sunny in Paris."
    second = response([message(answer)])
    wire.add(
        sse_reply(stream_of(first, summary=True), split=split),
        sse_reply(stream_of(second, text=answer), split=split),
    )
    agent = Agent(
        "weather",
        model="openai-responses:gpt-5-mini",
        tools=[get_weather],
        tool_choice="get_weather",
        parallel_tool_calls=False,
        model_options=options(wire, reasoning_effort="low", reasoning_summary="auto"),
    )
    stream = run.stream(agent, "Weather in Paris?", detailed=True)
    events = [e async for e in stream]
    reasoning = "".join(e.text for e in events if isinstance(e, ReasoningEvent))
    assert reasoning == "**Checking the weather**\n\nI should call the tool."
    (call,) = [e for e in events if isinstance(e, ToolCallEvent)]
    assert (call.tool_name, call.tool_call_id, call.arguments) == (
        "get_weather",
        "call_w1",
        '{"city": "Paris"}',
    )
    assert "".join(e.text for e in events if isinstance(e, TextEvent)) == answer
    steps = [e for e in events if isinstance(e, StepEvent) and e.status == "completed"]
    assert [s.stop_reason for s in steps] == ["tool_use", "end_turn"]
    assert stream.result.output == answer

    sent = wire.requests[0].json
    assert sent["stream"] is True
    assert sent["reasoning"] == {"effort": "low", "summary": "auto"}
    assert sent["tools"] == [
        {
            "type": "function",
            "strict": False,
            "name": "get_weather",
            "description": "Current weather for a city.",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
                "additionalProperties": False,
            },
        }
    ]
    assert sent["tool_choice"] == {"type": "function", "name": "get_weather"}
    assert sent["parallel_tool_calls"] is False
    # Turn two: the encrypted reasoning goes back as it came, then the call and its output.
    again = wire.requests[1].json
    assert again["tool_choice"] == "auto"
    assert again["input"] == [
        {"role": "user", "content": "Weather in Paris?"},
        {k: REASONING[k] for k in ("type", "id", "summary", "encrypted_content")},
        {"type": "function_call", "call_id": "call_w1", "name": "get_weather",
         "arguments": '{"city": "Paris"}'},
        {"type": "function_call_output", "call_id": "call_w1", "output": "Sunny, 22C in Paris"},
    ]  # fmt: skip


async def test_structured_output_goes_as_a_text_format(wire: WireServer) -> None:
    wire.add(json_reply(response([message('{"city": "Mexico City", "country": "Mexico"}')])))
    agent = Agent("geo", model="openai-responses:gpt-4.1", output_type=CityResult,
                  model_options=options(wire))  # fmt: skip
    result = await run(agent, "Largest city of Mexico?")
    assert result.structured_output == CityResult(city="Mexico City", country="Mexico")
    fmt = wire.requests[0].json["text"]["format"]
    assert (fmt["type"], fmt["name"], fmt["strict"]) == ("json_schema", "CityResult", False)
    assert fmt["schema"]["required"] == ["city", "country"]


async def test_an_incomplete_response_is_a_max_tokens_stop(wire: WireServer) -> None:
    cut = response([message('{"city": "Mex')], status="incomplete", reason="max_output_tokens")
    wire.add(sse_reply(stream_of(cut, text='{"city": "Mex'), split=13))
    agent = Agent("geo", model="openai-responses:gpt-4.1", output_type=CityResult, max_tokens=5,
                  model_options=options(wire))  # fmt: skip
    with pytest.raises(OutputTruncatedError, match="max_tokens=5") as info:
        async for _ in run.stream(agent, "Largest city of Mexico?"):
            pass
    assert info.value.finish_reason == "max_output_tokens"
    assert wire.requests[0].json["max_output_tokens"] == 5
    assert len(wire.requests) == 1


async def test_images_go_as_input_image_items(wire: WireServer) -> None:
    wire.add(json_reply(response([message("A tiny PNG.")])))
    agent = Agent("eyes", model="openai-responses:gpt-4.1", model_options=options(wire))
    await run(agent, ["What is it?", ImagePart.from_bytes(PNG)])
    (user,) = wire.requests[0].json["input"]
    data_url = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert user == {
        "role": "user",
        "content": [
            {"type": "input_text", "text": "What is it?"},
            {"type": "input_image", "image_url": data_url, "detail": "auto"},
        ],
    }


async def test_errors_before_and_inside_the_stream_are_typed(wire: WireServer) -> None:
    too_long = {
        "error": {
            "message": "Your input exceeds the context window of this model.",
            "type": "invalid_request_error",
            "param": "input",
            "code": "context_length_exceeded",
        }
    }
    wire.add(json_reply(too_long, status=400, headers={"x-request-id": "req_resp_1"}))
    crash = {"code": "server_error", "message": "The model crashed."}
    failed = {"type": "response.failed",
              "response": {**response([]), "status": "failed", "error": crash}}  # fmt: skip
    wire.add(sse_reply(sse_events(failed, event_names=["response.failed"]), split=17))
    model = Agent("x", model="openai-responses:gpt-4.1", model_options=options(wire))
    with pytest.raises(ContextLengthExceededError, match="req_resp_1"):
        await run(model, "long")
    with pytest.raises(ServerError, match="The model crashed"):
        async for _ in run.stream(model, "again"):
            pass
