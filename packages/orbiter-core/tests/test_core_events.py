"""Events: one tagged union that survives a JSON round trip unchanged."""

from __future__ import annotations

import typing

import msgspec
import pytest

from orbiter.events import (
    BASIC_EVENT_TYPES,
    EVENT_TYPES,
    ErrorEvent,
    HandoffEvent,
    InterruptEvent,
    RateLimitEvent,
    ReasoningEvent,
    RetryEvent,
    StatusEvent,
    StepEvent,
    StreamEvent,
    TextEvent,
    ToolCallEvent,
    ToolResultEvent,
    UsageEvent,
    decode_event,
    encode_event,
    event_to_dict,
)
from orbiter.messages import ToolCall, Usage

# Every field set to a non-default value, so a field lost on the way would show.
ONE_OF_EACH: list[StreamEvent] = [
    TextEvent(agent_name="a", text="héllo ✓", attempt=2, position="1-0"),
    ToolCallEvent(agent_name="a", tool_name="add", tool_call_id="c1", arguments='{"a":1}'),
    ToolResultEvent(
        agent_name="a",
        tool_name="add",
        tool_call_id="c1",
        result="3",
        error=None,
        success=True,
        duration_ms=1.5,
    ),
    ToolResultEvent(
        agent_name="a", tool_name="add", tool_call_id="c2", error="boom", success=False
    ),
    StepEvent(
        agent_name="a",
        step_number=3,
        status="completed",
        started_at=1.25,
        completed_at=2.5,
        duration_ms=1250.0,
        usage=Usage(input_tokens=10, output_tokens=5, requests=1),
    ),
    StatusEvent(agent_name="a", status="cancelled", message="stopped by user"),
    UsageEvent(agent_name="a", usage=Usage(input_tokens=1, reasoning_tokens=2), step_number=4),
    ReasoningEvent(agent_name="a", text="thinking"),
    HandoffEvent(agent_name="a", from_agent="a", to_agent="b", reason="billing question"),
    ErrorEvent(
        agent_name="a",
        error="rate limited",
        error_type="RateLimitError",
        step_number=2,
        recoverable=True,
    ),
    InterruptEvent(
        agent_name="a", calls=[ToolCall(id="c1", name="pay", arguments='{"x":1}')], step_number=3
    ),
    RetryEvent(
        agent_name="a",
        attempt=1,
        error="overloaded",
        error_type="ServerError",
        retry=1,
        retries=2,
        delay=0.5,
        next_at=1.75,
    ),
    RateLimitEvent(
        agent_name="a", model="openai:gpt-4o", wait_seconds=1.25, reason="tokens", step_number=2
    ),
]


def test_every_union_member_is_covered_here() -> None:
    members = set(typing.get_args(StreamEvent))
    assert {type(e) for e in ONE_OF_EACH} == members
    assert {e.type for e in ONE_OF_EACH} == EVENT_TYPES
    assert BASIC_EVENT_TYPES <= EVENT_TYPES


@pytest.mark.parametrize("event", ONE_OF_EACH, ids=lambda e: f"{e.type}")
def test_json_round_trip_gives_an_equal_event(event: StreamEvent) -> None:
    data = encode_event(event)
    assert msgspec.json.decode(data)["type"] == event.type
    back = decode_event(data)
    assert type(back) is type(event)
    assert back == event
    # The plain-dict form decodes to the same event too (what a JSON log line would hold).
    assert msgspec.convert(event_to_dict(event), StreamEvent) == event  # type: ignore[arg-type]


def test_match_on_type_works_after_decoding() -> None:
    seen = []
    for event in ONE_OF_EACH:
        back = decode_event(encode_event(event))
        match back.type:
            case "text":
                seen.append(("text", back.text))  # type: ignore[union-attr]
            case "tool_call":
                seen.append(("tool_call", back.tool_name))  # type: ignore[union-attr]
            case _:
                pass
    assert seen == [("text", "héllo ✓"), ("tool_call", "add")]


def test_unknown_type_is_rejected() -> None:
    with pytest.raises(msgspec.ValidationError):
        decode_event(b'{"type": "telepathy", "agent_name": "a"}')


def test_defaults_are_left_out_of_the_json() -> None:
    assert msgspec.json.decode(encode_event(TextEvent(text="x"))) == {"type": "text", "text": "x"}
