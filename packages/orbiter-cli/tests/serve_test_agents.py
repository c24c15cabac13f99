"""Agents `orbiter serve` tests serve by name (the tests folder is on PYTHONPATH)."""

from __future__ import annotations

from cli_test_agents import nap

from orbiter import Agent, Swarm
from orbiter.testing import call_tool, fail, reply
from orbiter.tool import tool


@tool
def shout(text: str) -> str:
    """Upper-case the text."""
    return text.upper()


WORDS = [f"word{i} " for i in range(40)]
STORY = [call_tool("shout", text="once"), reply("".join(WORDS), chunks=WORDS, chunk_delay=0.05)]
LONG = [call_tool("nap", seconds=60), reply("rested")]
BROKEN = [fail("the provider is down")]
TRIAGE = [call_tool("transfer_to_billing", reason="refund question")]

AGENTS = [
    Agent(name="echo", model="scripted:echo", description="Repeats the input."),
    Agent(name="story", model="scripted:serve_test_agents:STORY", tools=[shout]),
    Agent(name="sleeper", model="scripted:serve_test_agents:LONG", tools=[nap]),
    Agent(name="broken", model="scripted:serve_test_agents:BROKEN"),
    Swarm(
        [
            Agent(name="triage", model="scripted:serve_test_agents:TRIAGE"),
            Agent(name="billing", model="scripted:echo", description="Handles money."),
        ],
        mode="handoff",
        name="desk",
    ),
]
