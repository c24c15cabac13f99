"""What a worker builds a task's Agent or Swarm from: a description, or a registered name.

A task either *describes* its target (``Agent.to_dict()`` JSON, whose import paths go through the
worker's import gate) or *names* one the worker was started with (``{"type": "registered",
"name": ...}``). A worker given registered targets runs only those: a task then carries a name,
its input and its per-run options, and nothing in it is imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from orbiter.agent import Agent
from orbiter.distributed.keys import (
    MAX_AGENTS_PER_TASK,
    MAX_MCP_SERVERS_PER_AGENT,
    MAX_TOOLS_PER_AGENT,
)
from orbiter.errors import ConfigurationError, SerializationError
from orbiter.import_gate import Allowed
from orbiter.retry import RetryPolicy
from orbiter.swarm import Swarm, from_dict

REGISTERED = "registered"
"""The ``type`` of a target that is only a name."""
MAX_NAME_LENGTH = 200

Registry = Mapping[str, Agent | Swarm]
TargetsArg = Mapping[str, Agent | Swarm] | Iterable[Agent | Swarm] | None


def check_name(name: object) -> str:
    """A registered target's name, or ConfigurationError saying what a name may be."""
    if not isinstance(name, str) or not name.strip():
        raise ConfigurationError(
            f"a registered target is named by a non-empty string, got {name!r}"
        )
    if len(name) > MAX_NAME_LENGTH or not name.isprintable():
        raise ConfigurationError(
            f"registered target name {name[:80]!r} must be printable and at most "
            f"{MAX_NAME_LENGTH} characters"
        )
    return name


def target_ref(name: str) -> dict[str, str]:
    """The description of a target that a worker looks up by name."""
    return {"type": REGISTERED, "name": check_name(name)}


def target_json(agent: Agent | Swarm | str) -> dict[str, Any]:
    """What a task carries of its target: the full description, or a registered name."""
    if isinstance(agent, str):
        return target_ref(agent)
    if not isinstance(agent, Agent | Swarm):
        raise ConfigurationError(
            "distributed() takes an Agent, a Swarm or the name of a registered target, got "
            f"{type(agent).__name__}"
        )
    return agent.to_dict()


def registry_from(targets: TargetsArg) -> dict[str, Agent | Swarm] | None:
    """Targets given as ``{name: target}`` or as a list (each under its own ``.name``)."""
    if targets is None:
        return None
    if isinstance(targets, Agent | Swarm):
        targets = [targets]
    pairs: list[tuple[object, object]]
    if isinstance(targets, Mapping):
        pairs = list(targets.items())
    else:
        pairs = [(getattr(t, "name", None), t) for t in targets]
    registry: dict[str, Agent | Swarm] = {}
    for name, target in pairs:
        if not isinstance(target, Agent | Swarm):
            raise ConfigurationError(
                f"registered target {name!r} is a {type(target).__name__}, not an Agent or Swarm"
            )
        key = check_name(name)
        if key in registry and registry[key] is not target:
            raise ConfigurationError(
                f"two registered targets are named {key!r}: give one another name "
                "(--targets other=module:attr, or a dict in Python)"
            )
        registry[key] = target
    if not registry:
        raise ConfigurationError("the list of registered targets is empty: name at least one")
    return registry


def check_size(data: Any) -> None:
    """Refuse a described target with more agents or tools than a worker rebuilds.

    Raises SerializationError naming the limit, so a hostile task costs bounded work.
    """
    agents = data.get("agents") if isinstance(data, dict) and data.get("type") == "swarm" else None
    todo = list(agents) if isinstance(agents, list) else [data]
    count = 0
    while todo:
        agent = todo.pop()
        if not isinstance(agent, dict):
            continue
        count += 1
        if count > MAX_AGENTS_PER_TASK:
            raise SerializationError(
                f"the task describes more than {MAX_AGENTS_PER_TASK} agents (Swarm members and "
                "handoff targets together), more than a worker rebuilds"
            )
        tools = agent.get("tools")
        if isinstance(tools, list) and len(tools) > MAX_TOOLS_PER_AGENT:
            raise SerializationError(
                f"agent {str(agent.get('name'))[:80]!r} has {len(tools)} tools, over the limit "
                f"of {MAX_TOOLS_PER_AGENT} per agent"
            )
        toolsets = agent.get("toolsets")
        if isinstance(toolsets, list) and len(toolsets) > MAX_MCP_SERVERS_PER_AGENT:
            raise SerializationError(
                f"agent {str(agent.get('name'))[:80]!r} names {len(toolsets)} MCP servers, over "
                f"the limit of {MAX_MCP_SERVERS_PER_AGENT} per agent"
            )
        handoffs = agent.get("handoffs")
        if isinstance(handoffs, list):
            todo.extend(handoffs)


class Targets:
    """One worker's rule for turning a task's target into an Agent or Swarm.

    Args:
        imports: what a described target may import (:data:`orbiter.import_gate.Allowed`).
        registered: the only targets this worker runs, by name; None to run described targets.
    """

    def __init__(self, imports: Allowed, registered: TargetsArg = None) -> None:
        self.imports = imports
        self.registered = registry_from(registered)
        self._specs: dict[str, dict[str, Any]] = {}

    @property
    def strict(self) -> bool:
        return self.registered is not None

    def describe(self) -> str:
        """What this worker runs, for its start-up banner."""
        if self.registered is None:
            return "described targets (imports checked by the gate)"
        return "only registered targets: " + ", ".join(sorted(self.registered))

    def build(self, data: Any) -> Agent | Swarm:
        """The Agent or Swarm for ``data`` (the decoded target JSON); SerializationError if not."""
        name = self._registered_name(data)
        if name is not None:
            return self._lookup(name)
        check_size(data)
        return from_dict(data, allowed_modules=self.imports)

    def description(self, data: Any) -> tuple[dict[str, Any], Allowed]:
        """A JSON description of the target and the gate to rebuild it with.

        For executors that rebuild a fresh copy per run (Temporal): a registered target is
        described from the worker's own object, which is trusted, so it is rebuilt with no gate.
        """
        name = self._registered_name(data)
        if name is None:
            check_size(data)
            return data, self.imports
        spec = self._specs.get(name)
        if spec is None:
            spec = self._specs[name] = self._lookup(name).to_dict()
        return spec, None

    def retry_policy(self, name: str) -> RetryPolicy | None:
        """The retry policy of the registered Agent ``name``, if this worker has one: a task
        that names its target carries no policy of the Agent's own."""
        found = self.registered.get(name) if self.registered is not None else None
        return found.retry if isinstance(found, Agent) else None

    def _registered_name(self, data: Any) -> str | None:
        is_ref = isinstance(data, Mapping) and data.get("type") == REGISTERED
        if self.registered is None:
            if is_ref:
                raise SerializationError(
                    f"the task names the registered target {str(data.get('name'))[:80]!r}, but "
                    "this worker was started without registered targets: start the workers of "
                    "this queue with --targets (Worker(targets=...)), or submit the Agent itself"
                )
            return None
        if not is_ref:
            described = str(data.get("name"))[:80] if isinstance(data, Mapping) else "?"
            raise SerializationError(
                f"this worker runs only registered targets ({', '.join(sorted(self.registered))})"
                f" and refuses a task that describes its own target ({described!r}) with import "
                "paths: submit it by name, e.g. distributed('support', ...) or "
                "`orbiter submit support ...`"
            )
        return str(data.get("name"))

    def _lookup(self, name: str) -> Agent | Swarm:
        assert self.registered is not None
        found = self.registered.get(name)
        if found is None:
            raise SerializationError(
                f"no registered target named {name[:80]!r} on this worker; it runs: "
                f"{', '.join(sorted(self.registered))}"
            )
        return found
