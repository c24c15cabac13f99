"""Hooks: every hook point is fired, with the context it names."""

from __future__ import annotations

from typing import Any

import pytest
from orbiter_core_helpers import add

from orbiter import Agent, ConfigurationError, ServerError, run
from orbiter.models import ModelRequest, ModelResponse
from orbiter.testing import ScriptedModel, call_tool, fail


async def test_every_hook_fires_in_order_with_its_context() -> None:
    log: list[tuple[str, Any]] = []

    def on_run_start(agent: Agent, input: str) -> None:
        log.append(("on_run_start", (agent.name, input)))

    async def before_model_call(request: ModelRequest, step_number: int) -> None:
        log.append(("before_model_call", (step_number, len(request.messages))))

    def after_model_call(response: ModelResponse, step_number: int) -> None:
        log.append(("after_model_call", (step_number, response.finish_reason)))

    def before_tool_call(tool_name: str, arguments: str) -> None:
        log.append(("before_tool_call", (tool_name, arguments)))

    async def after_tool_call(tool_name: str, result: Any, error: Any, duration_ms: float) -> None:
        log.append(("after_tool_call", (tool_name, result, error, duration_ms >= 0)))

    def on_run_end(**context: Any) -> None:  # **kwargs receives everything
        log.append(("on_run_end", context["result"].output))

    agent = Agent(
        "a",
        model=ScriptedModel([call_tool("add", a=1, b=2), "three"]),
        tools=[add],
        hooks={
            "on_run_start": on_run_start,
            "before_model_call": before_model_call,
            "after_model_call": after_model_call,
            "before_tool_call": before_tool_call,
            "after_tool_call": after_tool_call,
            "on_run_end": [on_run_end, lambda result: log.append(("second", result.steps))],
        },
    )
    await run(agent, "add 1 and 2")
    assert log == [
        ("on_run_start", ("a", "add 1 and 2")),
        ("before_model_call", (1, 1)),
        ("after_model_call", (1, "tool_calls")),
        ("before_tool_call", ("add", '{"a":1,"b":2}')),
        ("after_tool_call", ("add", 3, None, True)),
        ("before_model_call", (2, 3)),
        ("after_model_call", (2, "stop")),
        ("on_run_end", "three"),
        ("second", 2),
    ]


async def test_after_tool_call_sees_the_error_of_a_failing_tool() -> None:
    seen: list[Any] = []

    def broken() -> None:
        raise RuntimeError("disk full")

    agent = Agent(
        "a",
        model=ScriptedModel([call_tool("broken"), "ok"]),
        tools=[broken],
        hooks={"after_tool_call": lambda error, result: seen.append((error, result))},
    )
    await run(agent, "go")
    assert seen == [("RuntimeError: disk full", None)]


async def test_on_run_error_fires_and_a_failing_error_hook_does_not_hide_the_error() -> None:
    errors: list[BaseException] = []

    def broken_hook(error: BaseException) -> None:
        raise ValueError("hook bug")

    agent = Agent(
        "a",
        model=ScriptedModel([fail("model down")]),
        hooks={"on_run_error": [lambda error: errors.append(error), broken_hook]},
    )
    with pytest.raises(ServerError, match="model down") as info:
        await run(agent, "go")
    assert [str(e) for e in errors] == ["model down"]
    assert any("hook bug" in note for note in getattr(info.value, "__notes__", []))


def test_unknown_hook_names_and_non_callables_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="unknown hook 'before_run'"):
        Agent("a", hooks={"before_run": print})
    with pytest.raises(ConfigurationError, match="must be callable"):
        Agent("a", hooks={"on_run_end": "print"})  # type: ignore[dict-item]


async def test_model_hooks_fire_for_every_agent_of_a_swarm() -> None:
    from orbiter import Swarm

    calls: list[str] = []

    def hook(agent: Agent) -> None:
        calls.append(agent.name)

    one = Agent("one", model=ScriptedModel(["x"]), hooks={"before_model_call": hook})
    two = Agent("two", model="scripted:echo", hooks={"before_model_call": hook})
    await run(Swarm([one, two]), "go")
    assert calls == ["one", "two"]
