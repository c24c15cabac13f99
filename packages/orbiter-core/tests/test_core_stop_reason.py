"""Why a model turn ended: stop reasons on steps and results, and truncated structured answers."""

from __future__ import annotations

import pytest
from orbiter_core_helpers import Recorder, Weather, add, drain

from orbiter import Agent, OutputTruncatedError, OutputValidationError, run
from orbiter.events import ErrorEvent, StepEvent, decode_event, encode_event
from orbiter.models import normalize_stop_reason
from orbiter.testing import ScriptedModel, call_tool, reply


@pytest.mark.parametrize(
    ("raw", "calls", "expected"),
    [
        ("stop", False, "end_turn"),  # OpenAI and compatible servers
        ("length", False, "max_tokens"),
        ("tool_calls", True, "tool_use"),
        ("content_filter", False, "content_filter"),
        ("end_turn", False, "end_turn"),  # Anthropic
        ("max_tokens", False, "max_tokens"),
        ("stop_sequence", False, "stop_sequence"),
        ("refusal", False, "refusal"),
        ("STOP", False, "end_turn"),  # Gemini
        ("STOP", True, "tool_use"),  # Gemini says STOP after a function call
        ("MAX_TOKENS", False, "max_tokens"),
        ("SAFETY", False, "content_filter"),
        ("something_new", False, "other"),
        (None, False, None),
        (None, True, "tool_use"),
    ],
)
def test_provider_finish_reasons_share_one_vocabulary(
    raw: str | None, calls: bool, expected: str | None
) -> None:
    assert normalize_stop_reason(raw, tool_calls=calls) == expected


async def test_steps_and_result_say_why_each_turn_ended() -> None:
    agent = Agent(
        "calc", model=ScriptedModel([call_tool("add", a=1, b=2), reply("3")]), tools=[add]
    )
    stream = run.stream(agent, "1+2?", detailed=True)
    events = [ev async for ev in stream]
    done = [ev for ev in events if isinstance(ev, StepEvent) and ev.status == "completed"]
    assert [(s.stop_reason, s.finish_reason) for s in done] == [
        ("tool_use", "tool_calls"),
        ("end_turn", "stop"),
    ]
    result = stream.result
    assert (result.stop_reason, result.finish_reason) == ("end_turn", "stop")
    assert result.to_dict()["stop_reason"] == "end_turn"
    assert result.to_dict()["finish_reason"] == "stop"


async def test_a_cut_off_text_answer_is_returned_and_says_so() -> None:
    agent = Agent("poet", model=ScriptedModel([reply("Roses are", finish_reason="length")]))
    result = await run(agent, "a poem")
    assert result.output == "Roses are"
    assert result.stop_reason == "max_tokens"
    assert result.finish_reason == "length"


async def test_a_cut_off_structured_answer_fails_at_once_naming_max_tokens() -> None:
    model = Recorder([reply('{"city": "Os', finish_reason="length")] * 3)
    agent = Agent("w", model=model, output_type=Weather, max_tokens=12, max_steps=3)
    events: list[object] = []
    with pytest.raises(OutputTruncatedError) as info:
        await drain(run.stream(agent, "weather?"), events)
    # Asking again would be cut off at the same limit: one call, not max_steps of them.
    assert len(model.requests) == 1
    message = str(info.value)
    assert "max_tokens=12" in message
    assert "Weather" in message
    assert "'length'" in message
    assert info.value.max_tokens == 12
    assert info.value.finish_reason == "length"
    assert isinstance(info.value, OutputValidationError)  # code catching the old error still works
    (err,) = [ev for ev in events if isinstance(ev, ErrorEvent)]
    assert err.error_type == "OutputTruncatedError"
    assert "max_tokens=12" in err.error


async def test_without_max_tokens_the_error_names_the_provider_default() -> None:
    agent = Agent("w", model=ScriptedModel([reply("{", finish_reason="MAX_TOKENS")]),
                  output_type=Weather)  # fmt: skip
    with pytest.raises(OutputTruncatedError, match="provider's default max_tokens"):
        await run(agent, "weather?")


async def test_a_cut_off_answer_that_still_parses_is_kept() -> None:
    model = ScriptedModel([reply('{"city": "Oslo", "celsius": 4}', finish_reason="length")])
    result = await run(Agent("w", model=model, output_type=Weather), "weather?")
    assert result.structured_output == Weather(city="Oslo", celsius=4.0)
    assert result.stop_reason == "max_tokens"


def test_step_events_with_and_without_stop_reason_round_trip() -> None:
    new = StepEvent(step_number=1, status="completed", stop_reason="max_tokens",
                    finish_reason="length")  # fmt: skip
    assert decode_event(encode_event(new)) == new
    # Events written before these fields existed still decode.
    old = decode_event(b'{"type": "step", "step_number": 2, "status": "completed"}')
    assert isinstance(old, StepEvent)
    assert old.stop_reason is None
    assert old.finish_reason is None
