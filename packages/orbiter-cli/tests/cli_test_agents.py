"""Agents the CLI tests submit; workers import them by these paths (the tests folder is on
their PYTHONPATH)."""

from __future__ import annotations

import asyncio

from orbiter import Agent
from orbiter.models import ModelRequest
from orbiter.testing import ScriptItem, call_tool, fail, reply
from orbiter.tool import tool


@tool
async def nap(seconds: float) -> str:
    """Sleep a while, standing in for slow work."""
    await asyncio.sleep(seconds)
    return f"slept {seconds} s"


def _napper(seconds: float):  # type: ignore[no-untyped-def]
    def script(request: ModelRequest) -> ScriptItem:
        done = any(getattr(m, "tool_call_id", None) for m in request.messages)
        return reply("rested") if done else call_tool("nap", seconds=seconds)

    return script


long_script = _napper(60)
long_script.__qualname__ = "long_script"
short_script = _napper(1.5)
short_script.__qualname__ = "short_script"
FAIL_SCRIPT = [fail("the provider is down")]

slow = Agent(name="sleeper", model="scripted:cli_test_agents:long_script", tools=[nap])
short = Agent(name="napper", model="scripted:cli_test_agents:short_script", tools=[nap])
failing = Agent(name="failing", model="scripted:cli_test_agents:FAIL_SCRIPT")
echo = Agent(name="echo", model="scripted:echo")


@tool(needs_approval=True)
def transfer(amount: int) -> str:
    """Move money: a person approves each transfer."""
    return f"moved {amount}"


GUARDED_SCRIPT = [
    {
        "kind": "tools",
        "calls": [
            {"name": "transfer", "arguments": {"amount": 10}, "id": "c1"},
            {"name": "transfer", "arguments": {"amount": 20}, "id": "c2"},
        ],
    },
    {"kind": "text", "text": "transfers handled"},
]
guarded = Agent(name="banker", model="scripted:cli_test_agents:GUARDED_SCRIPT", tools=[transfer])
