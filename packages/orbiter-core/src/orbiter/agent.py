"""The Agent: a model, its instructions and tools, and how long it may run."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from typing import Any, get_origin

from orbiter._imports import check_module, import_object, import_path_of
from orbiter.errors import ConfigurationError, SerializationError, ToolError
from orbiter.hooks import HOOK_NAMES, HooksArg, normalize_hooks
from orbiter.import_gate import Allowed
from orbiter.mcp.servers import MCPServer, toolset_from_dict
from orbiter.models import Model, check_tool_choice, output_schema_for, public_options
from orbiter.retry import RetryPolicy, check_retry
from orbiter.tool import Tool, as_tool

Instructions = str | Callable[..., str] | None


class Agent:
    """An LLM with instructions and tools.

    Args:
        name: unique within a Swarm; shown on every event the agent produces.
        model: ``"provider:model"`` (``"openai:gpt-4o"``, ``"scripted:echo"``) or a Model object.
        instructions: the system prompt, or a function (sync or async) returning it, called
            before every model call with the keywords it names: ``agent``, ``messages``.
        tools: functions or :class:`Tool` objects the model may call (MCP servers may be
            mixed in; they join ``toolsets``).
        toolsets: MCP servers (:class:`~orbiter.mcp.MCPServerStdio`,
            :class:`~orbiter.mcp.MCPServerHTTP`) whose tools the model may call.
        handoffs: agents this one may hand the conversation to, through
            ``transfer_to_<name>`` tools.
        output_type: a type (msgspec Struct, dataclass, TypedDict, int, ...) the final answer
            is parsed into; its JSON schema is sent to the model.
        max_steps: model calls allowed in one run before MaxStepsExceeded.
        temperature, max_tokens: sent to the model on every call.
        hooks: ``{"before_tool_call": fn, ...}``; see :data:`orbiter.hooks.HOOK_NAMES`.
        model_options: provider options (``base_url``, ``api_key``, ``timeout``, ``headers``,
            ``max_retries``...). ``api_key`` is never serialized.
        description: what this agent does, shown to other agents that delegate or hand off to it.
        tool_choice: ``"auto"`` (the default), ``"none"``, ``"required"`` or one tool's name.
            A forced choice (``"required"`` or a name) holds until the agent has called a
            tool in the run; after that the model chooses freely, so it can answer.
        parallel_tool_calls: False asks the model for one tool call per turn; None leaves the
            provider's default (several allowed).
        retry: how a distributed run of this agent is tried again after a transient failure
            (a :class:`~orbiter.RetryPolicy`); local runs ignore it. None: not retried.
    """

    def __init__(
        self,
        name: str,
        model: str | Model = "openai:gpt-4o",
        instructions: Instructions = None,
        tools: Sequence[Tool | Callable[..., Any] | MCPServer] = (),
        handoffs: Sequence[Agent] = (),
        output_type: Any = None,
        max_steps: int = 10,
        temperature: float | None = None,
        max_tokens: int | None = None,
        hooks: HooksArg = None,
        model_options: Mapping[str, Any] | None = None,
        description: str = "",
        tool_choice: str | None = None,
        parallel_tool_calls: bool | None = None,
        toolsets: Sequence[MCPServer] = (),
        retry: RetryPolicy | None = None,
    ) -> None:
        if not isinstance(name, str) or not name.strip():
            raise ConfigurationError(f"Agent name must be a non-empty string, got {name!r}")
        check_tool_choice(tool_choice, parallel_tool_calls, f"agent {name!r}")
        if not isinstance(max_steps, int) or isinstance(max_steps, bool) or max_steps < 1:
            raise ConfigurationError(f"max_steps must be a positive integer, got {max_steps!r}")
        if temperature is not None and (
            not isinstance(temperature, int | float) or not 0 <= temperature <= 2
        ):
            raise ConfigurationError(f"temperature must be between 0 and 2, got {temperature!r}")
        if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
            raise ConfigurationError(f"max_tokens must be a positive integer, got {max_tokens!r}")
        if not isinstance(model, str) and not (
            callable(getattr(model, "complete", None)) and callable(getattr(model, "stream", None))
        ):
            raise ConfigurationError(
                f"model of agent {name!r} must be a 'provider:model' string or a Model object "
                f"(with complete() and stream()), got {model!r}"
            )
        if instructions is not None and not (
            isinstance(instructions, str) or callable(instructions)
        ):
            raise ConfigurationError("instructions must be a string or a function returning one")
        self.name = name
        self.model = model
        self.instructions = instructions
        self.toolsets: list[MCPServer] = [
            *toolsets,
            *(t for t in tools if isinstance(t, MCPServer)),
        ]
        for ts in self.toolsets:
            if not isinstance(ts, MCPServer):
                raise ConfigurationError(
                    f"toolsets of agent {name!r} must be MCP servers (MCPServerStdio, "
                    f"MCPServerHTTP), got {ts!r}"
                )
        self.tools: list[Tool] = [as_tool(t) for t in tools if not isinstance(t, MCPServer)]
        names = [t.name for t in self.tools]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ConfigurationError(f"Agent {name!r} has more than one tool named {sorted(dupes)}")
        self.handoffs: list[Agent] = list(handoffs)
        for h in self.handoffs:
            if not isinstance(h, Agent):
                raise ConfigurationError(f"handoffs of {name!r} must be Agents, got {h!r}")
        output_schema_for(output_type)  # a type without a JSON schema fails here, not mid-run
        self.output_type = output_type
        self.max_steps = max_steps
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.hooks = normalize_hooks(hooks)
        self.model_options: dict[str, Any] = dict(model_options or {})
        self.description = description
        self.tool_choice = tool_choice
        self.parallel_tool_calls = parallel_tool_calls
        self.retry = check_retry(retry, f"retry of agent {name!r}")
        self._instruction_params: tuple[Any, frozenset[str] | None] | None = None

    def __repr__(self) -> str:
        model = self.model if isinstance(self.model, str) else getattr(self.model, "name", "?")
        return f"Agent(name={self.name!r}, model={model!r})"

    def call_instructions(self, **context: Any) -> Any:
        """Call the instructions function with the context keywords it names.

        Returns whatever it returns (an awaitable for async functions); the runner awaits it.
        """
        ins = self.instructions
        if ins is None or isinstance(ins, str):
            return ins
        cached = self._instruction_params
        if cached is not None and cached[0] is ins:
            params = cached[1]
        else:
            # Signatures are slow to read and instructions are called on every step.
            try:
                sig = inspect.signature(ins).parameters
                params = (
                    None if any(p.kind is p.VAR_KEYWORD for p in sig.values()) else frozenset(sig)
                )
            except (TypeError, ValueError):
                params = None
            self._instruction_params = (ins, params)
        ctx = {"agent": self, **context}
        if params is None:
            return ins(**ctx)
        return ins(**{k: v for k, v in ctx.items() if k in params})

    # -- serialization -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data that :meth:`from_dict` rebuilds in another process.

        Tools, hooks, callables and ``output_type`` travel as import paths; API keys are left out.
        An agent reached twice (mutual handoffs) is written in full once, then as
        ``{"type": "agent_ref", "name": ...}``.
        """
        return agent_to_dict(self, {})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, allowed_modules: Allowed = None) -> Agent:
        """Rebuild an agent from :meth:`to_dict` output.

        Args:
            allowed_modules: what tools, hooks, instructions, scripts and types may be imported
                from: module names (each with the modules below it), a
                :class:`~orbiter.import_gate.ModuleGate`, or ``None`` for every module.
        """
        agent = agent_from_dict(data, {}, allowed_modules)
        if not isinstance(agent, cls):
            raise SerializationError(f"{agent!r} is not a {cls.__name__}")
        return agent


# Output types that may be named without an allow-list entry: importing them runs no code.
_SAFE_OUTPUT_TYPES = frozenset(
    {"builtins:str", "builtins:int", "builtins:float", "builtins:bool", "builtins:dict",
     "builtins:list"}
)  # fmt: skip


def check_instructions(agent: Agent, value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(
            f"instructions function of agent {agent.name!r} returned {type(value).__name__}, "
            "not str"
        )
    return value


def _output_type_path(tp: Any) -> str:
    if get_origin(tp) is not None:
        raise SerializationError(
            f"output_type {tp!r} is a generic type, which cannot travel as an import path. "
            "Wrap it in a msgspec Struct or dataclass defined at module level, e.g. "
            "class Answer(msgspec.Struct): items: list[Item]"
        )
    return import_path_of(tp, what="output_type")


def _tool_to_data(t: Tool) -> str | dict[str, Any]:
    path = import_path_of(t, what="tool")
    if import_object(path) is t:
        return path
    # The path names the bare function: keep a name, description or serializer given only to
    # the Tool.
    default = Tool(t.fn)
    approval = t.needs_approval
    if (t.name, t.description, t.serializer, approval) == (
        default.name,
        default.description,
        None,
        False,
    ):
        return path
    data: dict[str, Any] = {"import": path, "name": t.name, "description": t.description}
    if t.serializer is not None:
        data["serializer"] = import_path_of(t.serializer, what="tool serializer")
    if approval is not False:
        data["needs_approval"] = (
            True if approval is True else import_path_of(approval, what="needs_approval check")
        )
    return data


def _tool_from_data(data: Any, load: Callable[[Any], Any]) -> Tool | Callable[..., Any]:
    if isinstance(data, Mapping):
        serializer = data.get("serializer")
        approval = data.get("needs_approval", False)
        check = approval if isinstance(approval, bool) else load(approval)
        return Tool(load(data.get("import")), name=data.get("name"),
                    description=data.get("description"),
                    serializer=load(serializer) if serializer else None,
                    needs_approval=check)  # fmt: skip
    return load(data)


def agent_to_dict(agent: Agent, seen: dict[str, Agent]) -> dict[str, Any]:
    """``agent.to_dict()``, sharing ``seen`` (name -> agent) across one agent graph."""
    previous = seen.get(agent.name)
    if previous is agent:
        return {"type": "agent_ref", "name": agent.name}
    if previous is not None:
        raise SerializationError(
            f"two different agents are named {agent.name!r}; give each agent of a Swarm or "
            "handoff graph its own name so it can be rebuilt"
        )
    seen[agent.name] = agent
    options = public_options(agent.model_options)
    if isinstance(agent.model, str):
        model = agent.model
    else:
        to_config = getattr(agent.model, "to_config", None)
        if to_config is None:
            raise SerializationError(
                f"Agent {agent.name!r} uses a model object of type "
                f"{type(agent.model).__name__} that cannot be serialized; use a model string "
                "such as 'openai:gpt-4o' (and model_options=...) instead."
            )
        model, extra = to_config()
        options = {**options, **public_options(extra)}
    ins = agent.instructions
    data = {
        "type": "agent",
        "name": agent.name,
        "model": model,
        "instructions": (
            ins
            if ins is None or isinstance(ins, str)
            else {"import": import_path_of(ins, what="instructions of agent " + agent.name)}
        ),
        "tools": [_tool_to_data(t) for t in agent.tools],
        "handoffs": [agent_to_dict(h, seen) for h in agent.handoffs],
        "output_type": None if agent.output_type is None else _output_type_path(agent.output_type),
        "max_steps": agent.max_steps,
        "temperature": agent.temperature,
        "max_tokens": agent.max_tokens,
        "hooks": {
            k: [import_path_of(f, what=f"hook {k}") for f in v] for k, v in agent.hooks.items()
        },
        "model_options": options,
        "description": agent.description,
        "tool_choice": agent.tool_choice,
        "parallel_tool_calls": agent.parallel_tool_calls,
        "toolsets": [ts.to_dict() for ts in agent.toolsets],
    }
    if agent.retry is not None:  # left out otherwise: descriptions without one stay as they were
        data["retry"] = agent.retry.to_dict()
    return data


def _check_model_string(name: str, model: Any, allowed_modules: Allowed) -> None:
    # "scripted:pkg.mod:SCRIPT" imports a module when the model is built; hold it to the same
    # allow-list as tools so a crafted description cannot import arbitrary code on a worker.
    if not isinstance(model, str):
        raise SerializationError(f"agent {name!r}: 'model' must be a string, got {model!r}")
    prefix, _, rest = model.partition(":")
    if prefix.strip() == "scripted" and ":" in rest:
        module = rest.partition(":")[0].strip()
        check_module(
            module, allowed_modules, f"the script module of model {model!r} of agent {name!r}"
        )


def agent_from_dict(data: Any, registry: dict[str, Agent], allowed_modules: Allowed) -> Agent:
    """Rebuild one agent; ``registry`` resolves ``agent_ref`` entries across one graph."""
    if not isinstance(data, Mapping):
        raise SerializationError(f"not an agent description: {str(data)[:200]!r}")
    kind = data.get("type", "agent")
    name = data.get("name")
    if not isinstance(name, str):
        raise SerializationError(f"agent description has no 'name': {str(data)[:200]!r}")
    if kind == "agent_ref":
        try:
            return registry[name]
        except KeyError:
            raise SerializationError(
                f"agent reference {name!r} points to no agent defined before it"
            ) from None
    if kind != "agent":
        raise SerializationError(f"not an agent description: {str(data)[:200]!r}")

    def load(path: Any) -> Any:
        if not isinstance(path, str):
            raise SerializationError(f"agent {name!r}: expected an import path, got {path!r}")
        return import_object(path, allowed_modules=allowed_modules)

    try:
        model = data.get("model", "openai:gpt-4o")
        _check_model_string(name, model, allowed_modules)
        ins = data.get("instructions")
        if isinstance(ins, Mapping):
            ins = load(ins.get("import"))
        hooks = data.get("hooks") or {}
        unknown = set(hooks) - set(HOOK_NAMES)
        if unknown:
            raise SerializationError(f"agent {name!r} names unknown hooks {sorted(unknown)}")
        out_path = data.get("output_type")
        if out_path in _SAFE_OUTPUT_TYPES:
            output_type = import_object(out_path)
        else:
            output_type = load(out_path) if out_path else None
        agent = Agent(
            name=name,
            model=model,
            instructions=ins,
            tools=[_tool_from_data(t, load) for t in data.get("tools") or ()],
            output_type=output_type,
            max_steps=data.get("max_steps", 10),
            temperature=data.get("temperature"),
            max_tokens=data.get("max_tokens"),
            hooks={
                k: [load(p) for p in (v if isinstance(v, list) else [v])] for k, v in hooks.items()
            },
            model_options=data.get("model_options") or {},
            description=data.get("description", ""),
            tool_choice=data.get("tool_choice"),
            parallel_tool_calls=data.get("parallel_tool_calls"),
            retry=RetryPolicy.from_dict(data["retry"]) if data.get("retry") else None,
            # A stdio server runs a command: with a gate in force it must be on the list of
            # commands this process allows (see orbiter.mcp.set_allowed_commands).
            toolsets=[
                toolset_from_dict(ts, gated=allowed_modules is not None)
                for ts in data.get("toolsets") or ()
            ],
        )
        registry.setdefault(name, agent)
        # Handoffs are built after the agent is registered, so a reference back to it resolves.
        agent.handoffs = [
            agent_from_dict(h, registry, allowed_modules) for h in data.get("handoffs") or ()
        ]
    except (ConfigurationError, ToolError, TypeError, ValueError, AttributeError) as exc:
        raise SerializationError(f"agent {name!r} cannot be rebuilt: {exc}") from exc
    return agent
