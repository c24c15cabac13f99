"""The scripted model: deterministic replies, tool calls, errors and delays, chosen by string."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from orbiter_core_helpers import add

from orbiter import (
    Agent,
    AuthenticationError,
    ConfigurationError,
    ModelError,
    ModelRequest,
    get_model,
    run,
)
from orbiter.messages import AssistantMessage, UserMessage
from orbiter.models import ModelResponse, ReasoningDelta, TextDelta
from orbiter.testing import ScriptedModel, call_tool, fail, reply


def _request(*messages: Any, agent: str = "a") -> ModelRequest:
    return ModelRequest(messages=list(messages), agent_name=agent)


async def test_scripted_echo_by_model_string() -> None:
    model = get_model("scripted:echo")
    resp = await model.complete(_request(UserMessage(content="ping")))
    assert resp.message.content == "ping"
    assert model.name == "scripted:echo"
    assert (await run(Agent("a", model="scripted"), "bare prefix")).output == "bare prefix"


async def test_script_from_an_import_path_and_a_callable_script() -> None:
    agent = Agent("a", model="scripted:orbiter_core_helpers:ADD_SCRIPT", tools=[add])
    result = await run(agent, "go")
    assert result.output == "The sum is 5."
    counted = await run(Agent("b", model="scripted:orbiter_core_helpers:length_script"), "four")
    assert counted.output == "4"
    with pytest.raises(ConfigurationError, match="unknown scripted model"):
        get_model("scripted:nonsense")


async def test_same_request_gets_the_same_answer() -> None:
    model = ScriptedModel([call_tool("add", a=1, b=2), reply("done")])
    req = _request(UserMessage(content="go"))
    first, again = await model.complete(req), await model.complete(req)
    assert first.message == again.message
    assert first.message.tool_calls[0].name == "add"
    later = _request(UserMessage(content="go"), AssistantMessage(content="", agent_name="a"))
    assert (await model.complete(later)).message.content == "done"


async def test_history_passed_back_continues_the_script() -> None:
    agent = Agent("chat", model=ScriptedModel(["first answer", "second answer"]))
    one = await run(agent, "hello")
    two = await run(agent, "and then?", messages=one.messages)
    assert (one.output, two.output) == ("first answer", "second answer")
    with pytest.raises(ModelError, match="ran out of steps") as info:
        await run(agent, "more?", messages=two.messages)
    assert "turn 3" in str(info.value)


async def test_error_steps_raise_the_named_model_error() -> None:
    agent = Agent("a", model=ScriptedModel([fail("bad key", error_type="AuthenticationError")]))
    with pytest.raises(AuthenticationError, match="bad key") as info:
        await run(agent, "go")
    assert info.value.provider == "scripted"
    assert info.value.retryable is False


async def test_delays_and_streamed_chunks() -> None:
    model = ScriptedModel(
        [reply("abc", chunks=["a", "b", "c"], delay=0.05, chunk_delay=0.02, reasoning="hmm")]
    )
    loop = asyncio.get_running_loop()
    start = loop.time()
    chunks = [c async for c in model.stream(_request(UserMessage(content="x")))]
    # asyncio may wake a timer up to one clock tick early; allow for that.
    assert loop.time() - start >= 0.05 + 2 * 0.02 - 0.01
    assert chunks[0] == ReasoningDelta(text="hmm")
    assert [c.text for c in chunks[1:4]] == ["a", "b", "c"]
    assert isinstance(chunks[4], ModelResponse)
    assert chunks[4].message.content == "abc"
    assert chunks[4].usage.requests == 1


async def test_chunk_size_option_splits_streamed_text() -> None:
    model = get_model("scripted:echo", {"chunk_size": 2})
    chunks = [c async for c in model.stream(_request(UserMessage(content="hello")))]
    assert [c.text for c in chunks if isinstance(c, TextDelta)] == ["he", "ll", "o"]


async def test_a_slow_model_does_not_block_other_runs() -> None:
    slow = Agent("slow", model=ScriptedModel([reply("late", delay=30)]))
    fast = Agent("fast", model="scripted:echo")
    pending = asyncio.create_task(run(slow, "x"))
    results = await asyncio.gather(*(run(fast, str(i)) for i in range(5)))
    assert [r.output for r in results] == ["0", "1", "2", "3", "4"]
    assert not pending.done()  # still waiting on its delay while the others finished
    pending.cancel()
    with pytest.raises(asyncio.CancelledError):
        await pending


def test_bad_scripts_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="not a scripted step"):
        ScriptedModel([{"kind": "dance"}])
    with pytest.raises(ConfigurationError, match="needs a script"):
        ScriptedModel()
