"""Swarms: several agents working on one run, in one of three modes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from orbiter.agent import Agent, agent_from_dict, agent_to_dict
from orbiter.errors import ConfigurationError, SerializationError
from orbiter.import_gate import Allowed

SwarmMode = Literal["workflow", "handoff", "team"]
MODES: tuple[str, ...] = ("workflow", "handoff", "team")


class Swarm:
    """A group of agents run as one.

    Modes:
        workflow: the agents run in order; each one's output is the next one's input.
        handoff: the first agent starts; any agent may pass the conversation to another through a
            ``transfer_to_<name>`` tool (to its own ``handoffs`` if it has any, else to all others).
        team: the first agent leads and can delegate a task to each other agent through an
            ``ask_<name>`` tool; it writes the final answer.

    Args:
        max_handoffs: how many times control may change hands in handoff mode.
    """

    def __init__(
        self,
        agents: Sequence[Agent],
        mode: SwarmMode = "workflow",
        *,
        name: str = "swarm",
        max_handoffs: int = 10,
    ) -> None:
        if mode not in MODES:
            raise ConfigurationError(f"Swarm mode must be one of {MODES}, got {mode!r}")
        agents = list(agents)
        if not agents:
            raise ConfigurationError("a Swarm needs at least one agent")
        for a in agents:
            if not isinstance(a, Agent):
                raise ConfigurationError(f"Swarm agents must be Agent objects, got {a!r}")
        names = [a.name for a in agents]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ConfigurationError(f"agent names in a Swarm must be unique; repeated: {dupes}")
        if max_handoffs < 0:
            raise ConfigurationError(f"max_handoffs must be >= 0, got {max_handoffs}")
        self.agents = agents
        self.mode: SwarmMode = mode
        self.name = name
        self.max_handoffs = max_handoffs

    def __repr__(self) -> str:
        return f"Swarm(mode={self.mode!r}, agents={[a.name for a in self.agents]})"

    def agent(self, name: str) -> Agent:
        for a in self.agents:
            if a.name == name:
                return a
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data that :meth:`from_dict` rebuilds in another process.

        An agent that appears more than once (as a member and as a handoff target) is written
        in full once and as ``{"type": "agent_ref", "name": ...}`` elsewhere.
        """
        seen: dict[str, Agent] = {}
        return {
            "type": "swarm",
            "name": self.name,
            "mode": self.mode,
            "max_handoffs": self.max_handoffs,
            "agents": [agent_to_dict(a, seen) for a in self.agents],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, allowed_modules: Allowed = None) -> Swarm:
        """Rebuild a swarm from :meth:`to_dict` output (``allowed_modules`` as in Agent)."""
        if not isinstance(data, Mapping) or data.get("type") != "swarm":
            raise SerializationError(f"not a swarm description: {str(data)[:200]!r}")
        registry: dict[str, Agent] = {}
        agents = data.get("agents")
        if not isinstance(agents, list):
            raise SerializationError("swarm description has no 'agents' list")
        try:
            return cls(
                [agent_from_dict(a, registry, allowed_modules) for a in agents],
                mode=data.get("mode", "workflow"),
                name=data.get("name", "swarm"),
                max_handoffs=data.get("max_handoffs", 10),
            )
        except (ConfigurationError, TypeError) as exc:
            raise SerializationError(f"swarm cannot be rebuilt: {exc}") from exc


def from_dict(data: Mapping[str, Any], *, allowed_modules: Allowed = None) -> Agent | Swarm:
    """Rebuild an Agent or a Swarm from ``to_dict()`` output."""
    kind = data.get("type", "agent") if isinstance(data, Mapping) else None
    if kind == "swarm":
        return Swarm.from_dict(data, allowed_modules=allowed_modules)
    if kind == "agent":
        return Agent.from_dict(data, allowed_modules=allowed_modules)
    raise SerializationError(f"expected an agent or swarm description, got {str(data)[:200]!r}")
