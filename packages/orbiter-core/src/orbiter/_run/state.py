"""The mutable state of one run, and the final answer of one agent's part of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import msgspec

from orbiter.agent import Agent
from orbiter.checkpoint import Decision, RunCheckpoint
from orbiter.messages import Message, Usage
from orbiter.models import Model, get_model
from orbiter.swarm import Swarm
from orbiter.telemetry import RunTrace
from orbiter.tool import Tool

if TYPE_CHECKING:
    from orbiter.mcp._pool import MCPPool

Runnable = Agent | Swarm
OnStep = Callable[[RunCheckpoint], None]
"""What ``on_step=`` takes: called with the run's checkpoint after each completed step."""


class RunState(msgspec.Struct, kw_only=True, eq=False):
    """The mutable state of one run, shared by the agents taking part in it.

    Args:
        mcp: the caller's MCP connections (a worker's); else the run opens its own on first
            need (``mcp_owned``) and closes them when it ends.
        on_step: called with the run's checkpoint after each completed step (``on_step=``).
    """

    detailed: bool
    streaming: bool
    provider: Model | str | None
    max_steps: int | None
    messages: list[Message]
    tool_choice: str | None = None
    parallel_tool_calls: bool | None = None
    mcp: MCPPool | None = None
    mcp_owned: bool = False
    usage: Usage = msgspec.field(default_factory=Usage)
    steps: int = 0
    current_agent: str = ""
    models: dict[str, Model] = msgspec.field(default_factory=dict)
    step_number: int | None = None
    trace: RunTrace | None = None
    paused: RunCheckpoint | None = None  # set when the run stops for a person's decision
    on_step: OnStep | None = None

    async def mcp_tools(self, agent: Agent) -> dict[str, Tool]:
        """The tools of the agent's MCP servers, opening them on first need."""
        if self.mcp is None:
            from orbiter.mcp._pool import MCPPool

            self.mcp = MCPPool()
            self.mcp_owned = True
        return await self.mcp.tools(agent.toolsets)  # type: ignore[return-value]

    async def close_mcp(self) -> None:
        if self.mcp is not None and self.mcp_owned:
            pool, self.mcp = self.mcp, None
            await pool.aclose()

    def model_for(self, agent: Agent) -> Model:
        model = self.models.get(agent.name)
        if model is None:
            source = self.provider if self.provider is not None else agent.model
            model = get_model(source, agent.model_options)
            self.models[agent.name] = model
        return model


class Outcome:
    """The final answer of one agent's part of a run (a delegate has its own)."""

    __slots__ = ("agent", "finish_reason", "output", "stop_reason", "structured")

    def __init__(self) -> None:
        self.agent = ""
        self.output = ""
        self.structured: Any = None
        self.stop_reason: str | None = None
        self.finish_reason: str | None = None


class Resumed:
    """A paused run being continued: its checkpoint, the decisions, and the agent whose turn
    it is."""

    __slots__ = ("agent", "checkpoint", "decisions")

    def __init__(
        self, checkpoint: RunCheckpoint, decisions: dict[str, Decision], agent: Agent
    ) -> None:
        self.checkpoint = checkpoint
        self.decisions = decisions
        self.agent = agent
