"""Tool dispatch: the tools an agent is offered, calling them, and their results."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from typing import Any

import msgspec

from orbiter._run.state import RunState
from orbiter.agent import Agent
from orbiter.errors import ConfigurationError, OrbiterError
from orbiter.events import StreamEvent, ToolResultEvent
from orbiter.hooks import fire
from orbiter.messages import ImagePart, ToolCall, ToolMessage
from orbiter.models import ToolSpec, checked_tool_choice, output_schema_for
from orbiter.telemetry import ModelCall
from orbiter.tool import Tool

_NAME_SAFE = re.compile(r"[^a-zA-Z0-9_-]")


def _tool_name(prefix: str, agent: Agent) -> str:
    return (prefix + _NAME_SAFE.sub("_", agent.name))[:64]


# What the tools Orbiter adds to reach another agent say: their purpose (with the agent's name
# put in), their one string argument, what that argument is for, and whether it is required.
_HANDOFF = ("Hand the conversation over to the agent {!r}.", "reason", "why you hand over", False)
_DELEGATE = (
    "Ask the agent {!r} to do a task and return its answer.",
    "task",
    "what the agent should do",
    True,
)


def _agent_tool_specs(
    targets: dict[str, Agent], kind: tuple[str, str, str, bool]
) -> list[ToolSpec]:
    """The specs of the tools Orbiter adds to reach other agents, by tool name."""
    purpose, arg, arg_about, required = kind
    specs = []
    for name, target in targets.items():
        said = purpose.format(target.name)
        specs.append(
            ToolSpec(
                name=name,
                description=f"{said} {target.description}" if target.description else said,
                parameters={
                    "type": "object",
                    "properties": {arg: {"type": "string", "description": arg_about}},
                    "required": [arg] if required else [],
                },
            )
        )
    return specs


class AgentSetup:
    """Per-agent things computed once per run: tool tables and the specs sent to the model."""

    __slots__ = ("delegates", "handoffs", "output_schema", "specs", "tool_choice", "tools")

    def __init__(
        self,
        agent: Agent,
        handoff_targets: Sequence[Agent],
        delegates: Sequence[Agent],
        tool_choice: str | None,
    ) -> None:
        self.tools: dict[str, Tool] = {t.name: t for t in agent.tools}
        self.handoffs = {_tool_name("transfer_to_", t): t for t in handoff_targets}
        self.delegates = {_tool_name("ask_", d): d for d in delegates}
        clash = (self.tools.keys() & self.handoffs.keys()) | (self.tools.keys() & self.delegates)
        if clash:
            raise ConfigurationError(
                f"agent {agent.name!r} has tools named {sorted(clash)}, which clash with the "
                "tools Orbiter adds for handoffs/delegation; rename them"
            )
        self.specs: list[ToolSpec] = [t.spec for t in agent.tools]
        self.specs += _agent_tool_specs(self.handoffs, _HANDOFF)
        self.specs += _agent_tool_specs(self.delegates, _DELEGATE)
        self.output_schema = output_schema_for(agent.output_type)
        self.tool_choice = checked_tool_choice(agent.name, tool_choice, self.specs)


async def with_mcp_tools(
    state: RunState, agent: Agent, setup: AgentSetup
) -> tuple[dict[str, Tool], list[ToolSpec]]:
    """The agent's tool table and specs for this step, with its MCP servers' current tools."""
    remote = await state.mcp_tools(agent)
    taken = setup.tools.keys() | setup.handoffs.keys() | setup.delegates.keys()
    clash = sorted(taken & remote.keys())
    if clash:
        raise ConfigurationError(
            f"agent {agent.name!r} has MCP tools named {clash}, which clash with its other "
            "tools; give the MCP server a prefix (prefix='...') or filter them out"
        )
    return {**setup.tools, **remote}, [*setup.specs, *(t.spec for t in remote.values())]


async def _call_tool(
    agent: Agent, tool: Tool, call: ToolCall, detailed: bool
) -> tuple[ToolMessage, ToolResultEvent | None]:
    hooks = agent.hooks
    about = {"tool_name": call.name, "arguments": call.arguments, "tool_call_id": call.id}
    if hooks:
        await fire(hooks, "before_tool_call", agent=agent, **about)
    start = time.perf_counter()
    error: str | None = None
    result: Any = None
    text = ""
    images: list[ImagePart] = []
    try:
        result = await tool.call(call.arguments)
        text, images = tool.result_content(result)
    except asyncio.CancelledError:
        task = asyncio.current_task()
        if task is None or task.cancelling():
            raise
        # The tool cancelled something of its own and let the CancelledError escape: that is
        # the tool failing, not this run being cancelled.
        error = "CancelledError: the tool was cancelled"
    except OrbiterError as exc:
        error = str(exc)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
    duration = (time.perf_counter() - start) * 1000
    if hooks:
        await fire(
            hooks,
            "after_tool_call",
            agent=agent,
            **about,
            result=result,
            error=error,
            duration_ms=duration,
        )
    if error is not None:
        msg = error_message(call, error)
    else:
        msg = ToolMessage(tool_call_id=call.id, tool_name=call.name, content=text, images=images)
    event = None
    if detailed:
        event = result_event(agent.name, call, msg)
        event.duration_ms = duration
        event.server = tool.server
    return msg, event


def error_message(call: ToolCall, text: str) -> ToolMessage:
    """The tool message telling the model that its call failed."""
    return ToolMessage(
        tool_call_id=call.id, tool_name=call.name, content=f"Error: {text}", is_error=True
    )


def result_event(agent_name: str, call: ToolCall, msg: ToolMessage) -> ToolResultEvent:
    return ToolResultEvent(
        agent_name=agent_name,
        tool_name=call.name,
        tool_call_id=call.id,
        result=None if msg.is_error else msg.content,
        error=msg.content.removeprefix("Error: ") if msg.is_error else None,
        success=not msg.is_error,
    )


def argument(call: ToolCall, key: str) -> str:
    """One argument of a call as text ("" when it is missing or the arguments are not JSON)."""
    try:
        value = msgspec.json.decode(call.arguments or "{}")
    except msgspec.DecodeError:
        return ""
    if isinstance(value, dict):
        got = value.get(key, "")
        return got if isinstance(got, str) else msgspec.json.encode(got).decode()
    return ""


# One slot per tool call of a turn: the message for the model and the detailed-mode event.
Results = list[tuple[ToolMessage, ToolResultEvent | None] | None]


async def tool_job(
    agent: Agent,
    tool: Tool,
    call: ToolCall,
    state: RunState,
    results: Results,
    index: int,
    chat: ModelCall | None = None,
) -> AsyncGenerator[StreamEvent, None]:
    """Call one tool; its message and event fill ``results[index]``."""
    job = _call_tool(agent, tool, call, state.detailed)
    _msg, event = results[index] = await (job if chat is None else chat.tool(call, job))
    if event is not None:
        yield event


class _Failed:
    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


_DONE = object()


async def merge(
    jobs: list[AsyncGenerator[StreamEvent, None]],
) -> AsyncGenerator[StreamEvent, None]:
    """Run several event-producing jobs at once and yield their events as they come.

    The first failure cancels the other jobs and is raised; closing or cancelling this
    generator cancels and awaits every job, so no task outlives it.
    """
    queue: asyncio.Queue[Any] = asyncio.Queue()

    async def drain(job: AsyncIterator[StreamEvent]) -> None:
        try:
            async for ev in job:
                queue.put_nowait(ev)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:
            queue.put_nowait(_Failed(exc))
            return
        queue.put_nowait(_DONE)

    tasks = [asyncio.create_task(drain(job)) for job in jobs]
    try:
        remaining = len(tasks)
        while remaining:
            item = await queue.get()
            if item is _DONE:
                remaining -= 1
            elif type(item) is _Failed:
                raise item.exc
            else:
                yield item
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
