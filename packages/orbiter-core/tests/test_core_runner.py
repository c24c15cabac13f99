"""run(), run.stream() and run.sync(): results, events, errors, limits and cancellation."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from typing import Any

import msgspec
import pytest
from orbiter_core_helpers import Recorder, Sleeper, Verdict, Weather, add, collect, drain

import orbiter
from orbiter import (
    Agent,
    ConfigurationError,
    MaxStepsExceeded,
    ModelError,
    OrbiterError,
    OutputValidationError,
    ProviderNotFoundError,
    RateLimitError,
    RunResult,
    ServerError,
    ToolError,
    register_provider,
    run,
)
from orbiter.messages import AssistantMessage, SystemMessage, ToolMessage, UserMessage
from orbiter.models import get_model
from orbiter.testing import ScriptedModel, call_tool, call_tools, fail, reply

# -- run() -------------------------------------------------------------------------------------


async def test_run_returns_output_transcript_usage_steps_and_agent() -> None:
    agent = Agent(
        "calc", model=ScriptedModel([call_tool("add", a=2, b=3), reply("It is 5.")]), tools=[add]
    )
    # History written elsewhere (no agent name), so the script starts at its first step.
    history = [UserMessage(content="hi"), AssistantMessage(content="hello")]
    result = await run(agent, "what is 2+3?", messages=history)
    assert isinstance(result, RunResult)
    assert result.output == "It is 5."
    assert result.agent_name == "calc"
    assert result.steps == 2
    assert result.usage.requests == 2
    assert result.usage.input_tokens > 0
    assert result.usage.output_tokens > 0
    kinds = [type(m).__name__ for m in result.messages]
    assert kinds == [
        "UserMessage",
        "AssistantMessage",
        "UserMessage",
        "AssistantMessage",
        "ToolMessage",
        "AssistantMessage",
    ]
    assert result.messages[:2] == history
    assert result.to_dict()["output"] == "It is 5."
    assert msgspec.json.decode(msgspec.json.encode(result.to_dict()))["steps"] == 2


async def test_echo_model_and_dict_messages() -> None:
    agent = Agent("e", model="scripted:echo")
    result = await run(agent, messages=[{"role": "user", "content": "from a dict"}])
    assert result.output == "from a dict"


async def test_usage_is_summed_over_every_model_call() -> None:
    model = Recorder([call_tool("add", a=1, b=1), call_tool("add", a=2, b=2), reply("ok")])
    result = await run(Agent("a", model=model, tools=[add]), "go")
    assert result.usage.requests == 3
    single = await run(Agent("b", model=ScriptedModel(["ok"])), "go")
    assert result.usage.output_tokens > single.usage.output_tokens


async def test_instructions_temperature_and_max_tokens_reach_the_model() -> None:
    model = Recorder(["fine"])
    agent = Agent("a", model=model, instructions="Be brief.", temperature=0.2, max_tokens=50)
    await run(agent, "hi")
    req = model.requests[0]
    assert req.system == "Be brief."
    assert (req.temperature, req.max_tokens) == (0.2, 50)
    assert req.agent_name == "a"
    assert not any(isinstance(m, SystemMessage) for m in req.messages)


async def test_callable_instructions_sync_and_async_see_the_conversation() -> None:
    def sync_ins(agent: Agent, messages: list[Any]) -> str:
        return f"{agent.name} sees {len(messages)}"

    async def async_ins(messages: list[Any]) -> str:
        await asyncio.sleep(0)
        return f"async sees {len(messages)}"

    m1 = Recorder([call_tool("add", a=1, b=1), reply("x")])
    await run(Agent("s", model=m1, instructions=sync_ins, tools=[add]), "hi")
    assert [r.system for r in m1.requests] == ["s sees 1", "s sees 3"]
    m2 = Recorder(["y"])
    await run(Agent("a", model=m2, instructions=async_ins), "hi")
    assert m2.requests[0].system == "async sees 1"

    with pytest.raises(ConfigurationError, match="returned int"):
        await run(Agent("bad", model=Recorder(["z"]), instructions=lambda: 3), "hi")


async def test_model_options_reach_the_provider_factory() -> None:
    seen: list[tuple[str, Mapping[str, Any]]] = []

    def factory(name: str, options: Mapping[str, Any]) -> Any:
        seen.append((name, dict(options)))
        return ScriptedModel(["from the custom provider"])

    register_provider("recording-test", factory)
    agent = Agent(
        "a", model="recording-test:model-x", model_options={"base_url": "http://x", "timeout": 3}
    )
    result = await run(agent, "hi")
    assert result.output == "from the custom provider"
    assert seen == [("model-x", {"base_url": "http://x", "timeout": 3})]


async def test_provider_override_replaces_the_agents_model() -> None:
    agent = Agent("a", model="nonexistent-provider:whatever")
    result = await run(agent, "echo me", provider="scripted:echo")
    assert result.output == "echo me"
    result = await run(agent, "x", provider=ScriptedModel(["model object"]))
    assert result.output == "model object"


def test_unknown_provider_lists_installed_ones_and_names_the_package() -> None:
    with pytest.raises(ProviderNotFoundError) as info:
        get_model("nosuchvendor:model")
    msg = str(info.value)
    assert "'nosuchvendor'" in msg
    assert "scripted" in msg  # the installed providers are listed
    with pytest.raises(ProviderNotFoundError, match="'provider:model'"):
        get_model(":x")


def test_known_prefix_without_its_package_names_the_package(monkeypatch: Any) -> None:
    from orbiter import models

    monkeypatch.setattr(models, "_factories", {})
    monkeypatch.setattr(models, "_entry_points_loaded", True)
    with pytest.raises(ProviderNotFoundError) as info:
        get_model("anthropic:claude")
    assert "pip install orbiter-providers" in str(info.value)
    assert "Installed providers: none" in str(info.value)


def test_a_provider_that_fails_to_import_says_what_to_reinstall() -> None:
    def broken(name: str, options: Mapping[str, Any]) -> Any:
        raise ImportError("No module named 'httpx'")

    register_provider("openai-broken-test", broken)
    with pytest.raises(ProviderNotFoundError, match=r"cannot be imported .*httpx"):
        get_model("openai-broken-test:gpt")


async def test_max_steps_stops_a_looping_agent_and_run_can_override_it() -> None:
    looping = ScriptedModel(lambda request: call_tool("add", a=1, b=1))
    agent = Agent("loop", model=looping, tools=[add], max_steps=3)
    with pytest.raises(MaxStepsExceeded) as info:
        await run(agent, "go")
    assert info.value.max_steps == 3
    assert "'loop' used all 3 steps" in str(info.value)
    with pytest.raises(MaxStepsExceeded) as info:
        await run(agent, "go", max_steps=5)
    assert info.value.max_steps == 5
    # Enough steps: two tool calls, then the answer.
    script = Agent(
        "ok", model=ScriptedModel([call_tool("add", a=1, b=1)] * 2 + ["done"]), tools=[add]
    )
    with pytest.raises(MaxStepsExceeded):
        await run(script, "go", max_steps=2)
    assert (await run(script, "go", max_steps=3)).output == "done"
    with pytest.raises(ConfigurationError, match="max_steps"):
        await run(script, "go", max_steps=0)


# -- structured output -------------------------------------------------------------------------


async def test_output_type_struct_is_parsed_and_its_schema_sent() -> None:
    model = Recorder(['{"city": "Oslo", "celsius": 4.5}'])
    result = await run(Agent("w", model=model, output_type=Weather), "weather?")
    assert result.structured_output == Weather(city="Oslo", celsius=4.5)
    schema = model.requests[0].output_schema
    assert schema is not None
    assert schema.name == "Weather"
    assert schema.schema["required"] == ["city", "celsius"]
    assert result.to_dict()["structured_output"] == {"city": "Oslo", "celsius": 4.5}


async def test_output_type_dataclass_in_a_code_fence() -> None:
    text = '```json\n{"ok": true, "reasons": ["tests pass"]}\n```'
    result = await run(Agent("v", model=ScriptedModel([text]), output_type=Verdict), "check")
    assert result.structured_output == Verdict(ok=True, reasons=["tests pass"])


async def test_invalid_structured_answer_is_sent_back_once_more_then_fails() -> None:
    model = Recorder(["not json at all", '{"city": "Rome", "celsius": 20}'])
    result = await run(Agent("w", model=model, output_type=Weather), "weather?")
    assert result.structured_output == Weather(city="Rome", celsius=20.0)
    feedback = model.requests[1].messages[-1]
    assert isinstance(feedback, UserMessage)
    assert "not a valid Weather" in feedback.content
    always_bad = Agent("w", model=ScriptedModel(lambda r: "nope"), output_type=Weather, max_steps=2)
    with pytest.raises(OutputValidationError, match="not a valid Weather"):
        await run(always_bad, "weather?")


# -- streaming ---------------------------------------------------------------------------------


async def test_stream_basic_mode_yields_text_and_tool_calls_only() -> None:
    agent = Agent(
        "a",
        model=ScriptedModel([call_tool("add", a=1, b=2), reply("three", chunks=["th", "ree"])]),
        tools=[add],
    )
    events = await collect(run.stream(agent, "go"))
    assert [e.type for e in events] == ["tool_call", "text", "text"]
    assert (events[0].tool_name, events[0].arguments) == ("add", '{"a":1,"b":2}')
    assert events[0].tool_call_id == "call_0_0"
    assert "".join(e.text for e in events[1:]) == "three"
    assert all(e.agent_name == "a" for e in events)


async def test_stream_detailed_mode_sequence() -> None:
    agent = Agent(
        "a",
        model=ScriptedModel(
            [call_tool("add", a=1, b=2), reply("three", reasoning="1+2 is 3", chunks=["three"])]
        ),
        tools=[add],
    )
    events = await collect(run.stream(agent, "go", detailed=True))
    assert [(e.type, getattr(e, "status", None)) for e in events] == [
        ("status", "starting"),
        ("status", "running"),
        ("step", "started"),
        ("usage", None),
        ("tool_call", None),
        ("tool_result", None),
        ("step", "completed"),
        ("step", "started"),
        ("reasoning", None),
        ("text", None),
        ("usage", None),
        ("step", "completed"),
        ("status", "completed"),
    ]
    result_ev = events[5]
    assert (result_ev.result, result_ev.success, result_ev.error) == ("3", True, None)
    assert result_ev.duration_ms >= 0
    step_done = events[6]
    assert step_done.step_number == 1
    assert step_done.completed_at >= step_done.started_at
    assert step_done.usage.requests == 1
    assert events[7].step_number == 2
    assert events[8].text == "1+2 is 3"
    assert {e.agent_name for e in events} == {"a"}


async def test_event_types_filters_and_can_ask_for_detailed_types() -> None:
    agent = Agent("a", model=ScriptedModel([call_tool("add", a=1, b=2), "3"]), tools=[add])
    events = await collect(
        run.stream(agent, "go", detailed=True, event_types={"text", "tool_result"})
    )
    assert [e.type for e in events] == ["tool_result", "text"]
    only_results = await collect(run.stream(agent, "go", event_types=["tool_result"]))
    assert [e.type for e in only_results] == ["tool_result"]
    with pytest.raises(ConfigurationError, match="unknown event types"):
        await collect(run.stream(agent, "go", event_types={"txt"}))


async def test_failure_yields_an_error_event_then_raises_and_the_stream_ends() -> None:
    agent = Agent(
        "a",
        model=ScriptedModel(
            [
                call_tool("add", a=1, b=1),
                fail("slow down", error_type="RateLimitError", retryable=True),
            ]
        ),
        tools=[add],
    )
    events: list[Any] = []
    stream = run.stream(agent, "go", detailed=True)
    with pytest.raises(RateLimitError, match="slow down"):
        await drain(stream, events)
    err = [e for e in events if e.type == "error"]
    assert len(err) == 1
    assert err[0].error == "slow down"
    assert err[0].error_type == "RateLimitError"
    assert err[0].step_number == 2
    assert err[0].recoverable is True
    assert err[0].agent_name == "a"
    assert events[-1].type == "status"
    assert events[-1].status == "error"
    # The stream is over: asking for more ends it instead of hanging or restarting.
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()

    basic: list[Any] = []
    with pytest.raises(ServerError):
        await drain(run.stream(Agent("b", model=ScriptedModel([fail("down")])), "go"), basic)
    assert [e.type for e in basic] == ["error"]
    assert basic[0].recoverable is False


async def test_bad_input_is_an_error_event_too() -> None:
    events: list[Any] = []
    with pytest.raises(ConfigurationError, match="Agent or a Swarm"):
        await drain(run.stream("not an agent", "hi"), events)  # type: ignore[arg-type]
    assert [e.type for e in events] == ["error"]
    with pytest.raises(ConfigurationError, match="nothing to run"):
        await run(Agent("a", model="scripted:echo"))


def test_agent_arguments_are_checked() -> None:
    with pytest.raises(ConfigurationError, match="'provider:model' string or a Model"):
        Agent("a", model=42)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="non-empty"):
        Agent(" ")
    with pytest.raises(ConfigurationError, match="temperature"):
        Agent("a", temperature=5)
    with pytest.raises(ConfigurationError, match="max_tokens"):
        Agent("a", max_tokens=0)
    with pytest.raises(ConfigurationError, match="more than one tool named"):
        Agent("a", tools=[add, add])

    class Plain:
        pass

    with pytest.raises(ConfigurationError, match="has no JSON schema"):
        Agent("a", output_type=Plain)


def test_errors_form_one_hierarchy() -> None:
    for cls in (ModelError, ToolError, MaxStepsExceeded, OutputValidationError, ConfigurationError):
        assert issubclass(cls, OrbiterError)
    assert issubclass(RateLimitError, ModelError)
    assert issubclass(ProviderNotFoundError, ConfigurationError)


# -- run.sync ----------------------------------------------------------------------------------


def test_run_sync_from_plain_code() -> None:
    result = run.sync(Agent("a", model="scripted:echo"), "sync hello")
    assert result.output == "sync hello"


async def test_run_sync_inside_a_running_loop() -> None:
    # As in a notebook: a loop is running in this thread, and run.sync still works.
    result = run.sync(Agent("a", model="scripted:echo"), "inside a loop")
    assert result.output == "inside a loop"
    with pytest.raises(ServerError, match="boom"):
        run.sync(Agent("b", model=ScriptedModel([fail("boom")])), "x")


# -- cancellation ------------------------------------------------------------------------------


async def test_cancelling_a_run_leaves_no_tasks_behind() -> None:
    sleeper = Sleeper()
    errors: list[BaseException] = []
    agent = Agent(
        "a",
        model=ScriptedModel([call_tools(("slow", {"name": "x"}), ("slow", {"name": "y"})), "-"]),
        tools=[sleeper.tool],
        hooks={"on_run_error": lambda error: errors.append(error)},
    )
    before = asyncio.all_tasks()
    task = asyncio.create_task(run(agent, "go"))
    await asyncio.wait_for(sleeper.started.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert sorted(sleeper.cancelled) == ["x", "y"]
    assert asyncio.all_tasks() == before
    assert [type(e).__name__ for e in errors] == ["RunCancelledError"]


async def test_leaving_a_stream_early_cancels_its_tool_calls() -> None:
    sleeper = Sleeper()
    agent = Agent(
        "a",
        model=ScriptedModel([call_tools(("slow", {"name": "x"}), ("slow", {"name": "y"})), "-"]),
        tools=[sleeper.tool],
    )
    before = asyncio.all_tasks()
    stream = run.stream(agent, "go", detailed=True)
    async for ev in stream:
        if ev.type == "tool_call" and ev.arguments == '{"name":"y"}':
            break
    # The tools have not started yet; consume one more event so they do, then close.
    next_ev = asyncio.ensure_future(stream.__anext__())
    await asyncio.wait_for(sleeper.started.wait(), 5)
    next_ev.cancel()
    with pytest.raises(asyncio.CancelledError):
        await next_ev
    await stream.aclose()
    assert sorted(sleeper.cancelled) == ["x", "y"]
    assert asyncio.all_tasks() == before


async def test_a_tool_that_raises_cancelled_error_itself_is_a_tool_error() -> None:
    async def flaky() -> str:
        raise asyncio.CancelledError()

    agent = Agent("a", model=ScriptedModel([call_tool("flaky"), "survived"]), tools=[flaky])
    result = await run(agent, "go")
    assert result.output == "survived"
    msg = next(m for m in result.messages if isinstance(m, ToolMessage))
    assert msg.is_error
    assert "CancelledError" in msg.content


async def test_runs_are_independent_when_concurrent() -> None:
    agent = Agent("a", model="scripted:echo")
    threads = threading.active_count()
    results = await asyncio.gather(*(run(agent, f"msg {i}") for i in range(20)))
    assert [r.output for r in results] == [f"msg {i}" for i in range(20)]
    assert threading.active_count() == threads  # no run left a thread behind


async def test_the_stream_holds_the_result_once_it_ends() -> None:
    agent = Agent("a", model=ScriptedModel([call_tool("add", a=1, b=2), "three"]), tools=[add])
    stream = run.stream(agent, "go")
    assert isinstance(stream, orbiter.RunStream)
    with pytest.raises(RuntimeError, match="has not finished"):
        _ = stream.result
    types = [e.type async for e in stream]
    assert types == ["tool_call", "text"]
    assert stream.result.output == "three"
    assert stream.result.steps == 2


async def test_leaving_an_async_with_block_stops_the_run() -> None:
    sleeper = Sleeper()

    async def fast() -> str:
        return "quick"

    agent = Agent(
        "a",
        model=ScriptedModel([call_tools(("fast", {}), ("slow", {"name": "s"})), "-"]),
        tools=[fast, sleeper.tool],
    )
    before = asyncio.all_tasks()
    async with run.stream(agent, "go", detailed=True) as events:
        async for ev in events:
            if ev.type == "tool_result":  # fast is done, slow is running
                assert ev.result == "quick"
                break
    assert sleeper.cancelled == ["s"]
    assert asyncio.all_tasks() == before
