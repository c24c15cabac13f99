"""tool_choice and parallel_tool_calls: on the Agent, per run, in requests and through to_dict."""

from __future__ import annotations

import pytest
from orbiter_core_helpers import Recorder, add

from orbiter import Agent, ConfigurationError, run
from orbiter.testing import call_tool, reply


async def test_a_forced_choice_holds_until_a_tool_was_called_then_the_model_may_answer() -> None:
    model = Recorder([call_tool("add", a=1, b=2), reply("3")])
    agent = Agent("calc", model=model, tools=[add], tool_choice="add", parallel_tool_calls=False)
    result = await run(agent, "1+2?")
    assert result.output == "3"
    sent = [(r.tool_choice, r.parallel_tool_calls) for r in model.requests]
    # Without the switch to "auto" the model would be made to call a tool until max_steps.
    assert sent == [("add", False), ("auto", False)]


async def test_none_and_auto_are_kept_on_every_step() -> None:
    model = Recorder([call_tool("add", a=1, b=2), reply("3")])
    await run(Agent("calc", model=model, tools=[add], tool_choice="none"), "1+2?")
    assert [r.tool_choice for r in model.requests] == ["none", "none"]


async def test_unset_sends_nothing_so_the_provider_default_applies() -> None:
    model = Recorder([reply("hi")])
    await run(Agent("plain", model=model, tools=[add]), "hi")
    assert (model.requests[0].tool_choice, model.requests[0].parallel_tool_calls) == (None, None)


async def test_run_arguments_override_the_agents_own() -> None:
    model = Recorder([call_tool("add", a=1, b=2), reply("3")])
    agent = Agent("calc", model=model, tools=[add], tool_choice="none")
    stream = run.stream(agent, "1+2?", tool_choice="required", parallel_tool_calls=True)
    async for _ in stream:
        pass
    assert [(r.tool_choice, r.parallel_tool_calls) for r in model.requests] == [
        ("required", True),
        ("auto", True),
    ]
    model2 = Recorder([reply("ok")])
    run.sync(Agent("c", model=model2, tools=[add]), "x", tool_choice="add")
    assert model2.requests[0].tool_choice == "add"


async def test_a_choice_naming_no_tool_fails_before_any_call() -> None:
    model = Recorder([reply("never")])
    with pytest.raises(ConfigurationError, match=r"names no tool of agent 'calc'.*add"):
        await run(Agent("calc", model=model, tools=[add], tool_choice="mul"), "x")
    with pytest.raises(ConfigurationError, match="has none"):
        await run(Agent("bare", model=model, tool_choice="required"), "x")
    assert model.requests == []


def test_wrong_types_are_refused_when_the_agent_is_built() -> None:
    with pytest.raises(ConfigurationError, match="tool_choice of agent 'a'"):
        Agent("a", model="scripted:echo", tool_choice=3)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="parallel_tool_calls of agent 'a'"):
        Agent("a", model="scripted:echo", parallel_tool_calls="no")  # type: ignore[arg-type]


def test_both_travel_with_the_agent() -> None:
    agent = Agent("calc", model="scripted:echo", tools=[add], tool_choice="required",
                  parallel_tool_calls=False)  # fmt: skip
    data = agent.to_dict()
    assert (data["tool_choice"], data["parallel_tool_calls"]) == ("required", False)
    back = Agent.from_dict(data)
    assert (back.tool_choice, back.parallel_tool_calls) == ("required", False)
    # A description written before these fields existed still loads.
    old = {k: v for k, v in data.items() if k not in ("tool_choice", "parallel_tool_calls")}
    assert Agent.from_dict(old).tool_choice is None
