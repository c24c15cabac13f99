"""@tool: schemas from type hints, argument checking, and how tool calls behave in a run."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import enum
import threading
import uuid
from typing import Any, Literal, Optional

import msgspec
import pytest
from orbiter_core_helpers import Recorder, add, multiply, shout_word

from orbiter import Agent, Tool, ToolError, run, tool
from orbiter.messages import ToolMessage
from orbiter.testing import call_tool, call_tools, reply


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Point(msgspec.Struct):
    x: int
    y: int = 0


@dataclasses.dataclass
class Box:
    width: float
    label: str = "box"


def _schema_of(fn: Any) -> dict[str, Any]:
    return tool(fn).parameters


def test_schema_for_every_supported_hint_kind() -> None:
    def every(
        s: str,
        i: int,
        f: float,
        b: bool,
        tags: list[str],
        counts: dict[str, int],
        maybe: Optional[int],  # noqa: UP045 - the Optional spelling is what we test
        choice: Literal["a", "b"],
        color: Color,
        point: Point,
        box: Box,
        n: int = 5,
        note: str | None = None,
    ) -> str:
        return ""

    schema = _schema_of(every)
    props = schema["properties"]
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert props["s"] == {"type": "string"}
    assert props["i"] == {"type": "integer"}
    assert props["f"] == {"type": "number"}
    assert props["b"] == {"type": "boolean"}
    assert props["tags"] == {"type": "array", "items": {"type": "string"}}
    assert props["counts"] == {"type": "object", "additionalProperties": {"type": "integer"}}
    assert props["maybe"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert props["choice"] == {"enum": ["a", "b"]}
    assert sorted(props["color"]["enum"]) == ["blue", "red"]
    assert props["point"]["type"] == "object"
    assert props["point"]["properties"]["x"] == {"type": "integer"}
    assert props["point"]["required"] == ["x"]
    assert props["box"]["properties"]["width"] == {"type": "number"}
    assert props["box"]["properties"]["label"]["default"] == "box"
    assert props["n"] == {"type": "integer", "default": 5}
    assert props["note"]["default"] is None
    # Parameters without a default are required; Optional without a default still is.
    assert schema["required"] == [
        "s", "i", "f", "b", "tags", "counts", "maybe", "choice", "color", "point", "box",
    ]  # fmt: skip
    assert "$ref" not in msgspec.json.encode(schema).decode()


def test_description_and_argument_docs_come_from_the_docstring() -> None:
    assert add.name == "add"
    assert add.description == "Add two integers."
    assert add.parameters["properties"]["a"]["description"] == "the first number"
    spec = add.spec
    assert (spec.name, spec.description) == ("add", "Add two integers.")


def test_tool_with_arguments_overrides_name_and_description() -> None:
    assert isinstance(shout_word, Tool)
    assert shout_word.name == "shout"
    assert shout_word.description == "Upper-case a word."
    # The decorated function still works as a function.
    assert shout_word("hi") == "HI"


def test_bare_functions_become_tools_in_an_agent() -> None:
    agent = Agent("a", model="scripted:echo", tools=[multiply, add])
    assert [t.name for t in agent.tools] == ["multiply", "add"]
    assert agent.tools[0].description.startswith("Multiply two numbers")


def test_bad_tool_definitions_are_refused_with_a_reason() -> None:
    def star(*args: int) -> int:
        return 0

    with pytest.raises(ToolError, match="named parameters"):
        tool(star)
    with pytest.raises(ToolError, match="must be 1-64"):
        tool(name="has space")(multiply)
    with pytest.raises(ToolError, match="expects a function"):
        Tool(42)  # type: ignore[arg-type]


def test_arguments_are_validated_and_converted() -> None:
    def f(n: int, when: Literal["now", "later"], point: Point, box: Box, tags: list[str]) -> None:
        return None

    t = tool(f)
    kwargs = t.validate(
        '{"n": "7", "when": "now", "point": {"x": 1}, "box": {"width": 2}, "tags": ["a"]}'
    )
    assert kwargs["n"] == 7
    assert kwargs["point"] == Point(x=1, y=0)
    assert kwargs["box"] == Box(width=2.0)
    for bad, why in [
        ('{"n": 1}', "missing required field"),
        ("not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        (
            '{"n": 1, "when": "never", "point": {"x": 1}, "box": {"width": 1}, "tags": []}',
            "Invalid enum value",
        ),
        (
            '{"n": 1, "when": "now", "point": {"x": 1}, "box": {"width": 1}, "tags": [], "z": 1}',
            "unknown field",
        ),
    ]:
        with pytest.raises(ToolError, match=why):
            t.validate(bad)


async def test_tool_errors_go_back_to_the_model_and_the_run_continues() -> None:
    def explode(x: int) -> int:
        raise ValueError(f"cannot handle {x}")

    model = Recorder(
        [
            call_tools(
                ("add", {"a": "one", "b": 2}),  # invalid argument
                ("missing_tool", {}),  # unknown tool
                ("explode", {"x": 3}),  # raises inside
                ("add", {"a": 1, "b": 2}),  # fine
            ),
            reply("recovered"),
        ]
    )
    agent = Agent("a", model=model, tools=[add, explode])
    result = await run(agent, "go")
    assert result.output == "recovered"
    tool_msgs = [m for m in result.messages if isinstance(m, ToolMessage)]
    assert [m.is_error for m in tool_msgs] == [True, True, True, False]
    assert "invalid arguments for 'add'" in tool_msgs[0].content
    assert "$.a" in tool_msgs[0].content
    assert "unknown tool 'missing_tool'" in tool_msgs[1].content
    assert "available tools: add, explode" in tool_msgs[1].content
    assert tool_msgs[2].content == "Error: ValueError: cannot handle 3"
    assert tool_msgs[3].content == "3"
    # The second model call saw all four results, matched to their call ids.
    second = model.requests[1].messages
    assert [m.tool_call_id for m in second if isinstance(m, ToolMessage)] == [
        "call_0_0",
        "call_0_1",
        "call_0_2",
        "call_0_3",
    ]


async def test_results_reach_the_model_as_json() -> None:
    def weather(city: str) -> dict[str, Any]:
        return {"city": city, "celsius": 21.5, "tags": ["sunny"]}

    def point() -> Point:
        return Point(x=1, y=2)

    def box() -> Box:
        return Box(width=3.0)

    def nothing() -> None:
        return None

    def text() -> str:
        return "plain words"

    agent = Agent(
        "a",
        model=Recorder(
            [
                call_tools(
                    ("weather", {"city": "Oslo"}),
                    ("point", {}),
                    ("box", {}),
                    ("nothing", {}),
                    ("text", {}),
                ),
                reply("ok"),
            ]
        ),
        tools=[weather, point, box, nothing, text],
    )
    result = await run(agent, "go")
    contents = [m.content for m in result.messages if isinstance(m, ToolMessage)]
    assert msgspec.json.decode(contents[0]) == {
        "city": "Oslo",
        "celsius": 21.5,
        "tags": ["sunny"],
    }
    assert msgspec.json.decode(contents[1]) == {"x": 1, "y": 2}
    assert msgspec.json.decode(contents[2]) == {"width": 3.0, "label": "box"}
    assert contents[3] == "null"
    assert contents[4] == "plain words"


class Opaque:
    """An object with no JSON form."""


def as_label(value: Any) -> str:
    return f"label:{value.__class__.__name__}"


def opaque() -> Opaque:
    return Opaque()


async def _tool_contents(*tools: Tool | Any) -> list[ToolMessage]:
    names = [t.name if isinstance(t, Tool) else t.__name__ for t in tools]
    agent = Agent(
        "a",
        model=Recorder([call_tools(*((n, {}) for n in names)), reply("ok")]),
        tools=list(tools),
    )
    result = await run(agent, "go")
    return [m for m in result.messages if isinstance(m, ToolMessage)]


async def test_results_without_a_json_form_are_errors_naming_the_type() -> None:
    def nan() -> float:
        return float("nan")

    def deep_inf() -> dict[str, Any]:
        return {"scores": [1.0, float("-inf")]}

    got = await _tool_contents(opaque, nan, deep_inf)
    assert all(m.is_error for m in got)
    assert got[0].content.startswith(
        "Error: tool 'opaque' returned something the model cannot read: the result holds a "
        "test_core_tools.Opaque, which has no JSON form"
    )
    assert "@tool(serializer=" in got[0].content
    assert "the float nan at $," in got[1].content
    assert "the float -inf at $.scores[1]," in got[2].content


async def test_values_with_a_faithful_json_form_are_converted() -> None:
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    ident = uuid.UUID(int=7)

    def mixed() -> dict[Any, Any]:
        return {"when": when, "color": Color.RED, "id": ident, "box": Box(1.5), 3: {2}}

    (got,) = await _tool_contents(mixed)
    assert not got.is_error
    assert msgspec.json.decode(got.content) == {
        "when": "2026-01-02T03:04:05Z",
        "color": "red",
        "id": str(ident),
        "box": {"width": 1.5, "label": "box"},
        "3": [2],
    }


async def test_a_tool_declares_its_own_conversion() -> None:
    labelled = tool(opaque, name="labelled", serializer=as_label)

    @tool(serializer=lambda value: 1 / 0)
    def failing() -> int:
        return 1

    got = await _tool_contents(labelled, failing)
    assert got[0].content == "label:Opaque"
    assert not got[0].is_error
    assert got[1].content == (
        "Error: the serializer of tool 'failing' failed: ZeroDivisionError: division by zero"
    )
    # A serializer given only to the Tool travels with the agent's description.
    again = Agent.from_dict(Agent("a", model="scripted:echo", tools=[labelled]).to_dict())
    assert again.tools[0].serializer is as_label
    with pytest.raises(ToolError, match="serializer must be a function"):
        tool(opaque, serializer="as_label")  # type: ignore[arg-type]


async def test_sync_tools_run_in_a_thread_and_async_tools_on_the_loop() -> None:
    loop_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def sync_tool() -> str:
        seen["sync"] = threading.get_ident()
        return "s"

    async def async_tool() -> str:
        seen["async"] = threading.get_ident()
        return "a"

    agent = Agent(
        "a",
        model=Recorder([call_tools(("sync_tool", {}), ("async_tool", {})), reply("ok")]),
        tools=[sync_tool, async_tool],
    )
    await run(agent, "go")
    assert seen["async"] == loop_thread
    assert seen["sync"] != loop_thread


async def test_tool_calls_of_one_turn_run_concurrently() -> None:
    # Each tool waits until the other has started: run one after the other, they would
    # time out and the model would see errors instead of results.
    async_barrier = asyncio.Barrier(2)
    thread_barrier = threading.Barrier(2, timeout=10)

    async def wait_async(name: str) -> str:
        async with asyncio.timeout(10):
            await async_barrier.wait()
        return name

    def wait_sync(name: str) -> str:
        thread_barrier.wait()
        return name

    agent = Agent(
        "a",
        model=Recorder(
            [
                call_tools(
                    ("wait_async", {"name": "a1"}),
                    ("wait_async", {"name": "a2"}),
                    ("wait_sync", {"name": "s1"}),
                    ("wait_sync", {"name": "s2"}),
                ),
                reply("done"),
            ]
        ),
        tools=[wait_async, wait_sync],
    )
    result = await run(agent, "go")
    contents = [m.content for m in result.messages if isinstance(m, ToolMessage)]
    assert contents == ["a1", "a2", "s1", "s2"]


async def test_one_tool_call_and_its_arguments_are_shown_to_the_model() -> None:
    model = Recorder([call_tool("add", a=2, b=3), reply("5")])
    agent = Agent("a", model=model, tools=[add, shout_word])
    result = await run(agent, "2+3?")
    assert result.output == "5"
    assert result.steps == 2
    specs = model.requests[0].tools
    assert [s.name for s in specs] == ["add", "shout"]
    assert specs[0].parameters["required"] == ["a", "b"]
