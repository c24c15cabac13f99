"""The Agent: a model, its instructions and tools, and how long it may run."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from orbiter._imports import import_object, import_path_of
from orbiter.errors import ConfigurationError, SerializationError
from orbiter.hooks import HOOK_NAMES, HooksArg, normalize_hooks
from orbiter.models import Model, public_options
from orbiter.tool import Tool, as_tool

Instructions = str | Callable[..., str] | None


class Agent:
    """An LLM with instructions and tools.

    Args:
        name: unique within a Swarm; shown on every event the agent produces.
        model: ``"provider:model"`` (e.g. ``"openai:gpt-4o"``, ``"scripted:echo"``) or a Model object.
        instructions: the system prompt, or a function returning it (called with the run
            context's keywords it names: ``agent``, ``messages``).
        tools: functions or :class:`Tool` objects the model may call.
        handoffs: agents this one may hand the conversation to (through ``transfer_to_<name>`` tools).
        output_type: a type (msgspec Struct, dataclass, TypedDict, ...) the final answer is parsed into.
        max_steps: model calls allowed in one run before MaxStepsExceeded.
        temperature, max_tokens: sent to the model on every call.
        hooks: ``{"before_tool_call": fn, ...}``; see :data:`orbiter.hooks.HOOK_NAMES`.
        model_options: provider options (``base_url``, ``api_key``, ``timeout``, ``headers``,
            ``max_retries``...). ``api_key`` is never serialized.
        description: what this agent does, shown to other agents that delegate or hand off to it.
    """

    def __init__(
        self,
        name: str,
        model: str | Model = "openai:gpt-4o",
        instructions: Instructions = None,
        tools: Sequence[Tool | Callable[..., Any]] = (),
        handoffs: Sequence[Agent] = (),
        output_type: Any = None,
        max_steps: int = 10,
        temperature: float | None = None,
        max_tokens: int | None = None,
        hooks: HooksArg = None,
        model_options: Mapping[str, Any] | None = None,
        description: str = "",
    ) -> None:
        if not isinstance(name, str) or not name.strip():
            raise ConfigurationError(f"Agent name must be a non-empty string, got {name!r}")
        if not isinstance(max_steps, int) or max_steps < 1:
            raise ConfigurationError(f"max_steps must be a positive integer, got {max_steps!r}")
        if temperature is not None and not 0 <= temperature <= 2:
            raise ConfigurationError(f"temperature must be between 0 and 2, got {temperature!r}")
        if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
            raise ConfigurationError(f"max_tokens must be a positive integer, got {max_tokens!r}")
        if instructions is not None and not (
            isinstance(instructions, str) or callable(instructions)
        ):
            raise ConfigurationError("instructions must be a string or a function returning one")
        self.name = name
        self.model = model
        self.instructions = instructions
        self.tools: list[Tool] = [as_tool(t) for t in tools]
        names = [t.name for t in self.tools]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ConfigurationError(f"Agent {name!r} has more than one tool named {sorted(dupes)}")
        self.handoffs: list[Agent] = list(handoffs)
        for h in self.handoffs:
            if not isinstance(h, Agent):
                raise ConfigurationError(f"handoffs of {name!r} must be Agents, got {h!r}")
        self.output_type = output_type
        self.max_steps = max_steps
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.hooks = normalize_hooks(hooks)
        self.model_options: dict[str, Any] = dict(model_options or {})
        self.description = description

    def __repr__(self) -> str:
        model = self.model if isinstance(self.model, str) else getattr(self.model, "name", "?")
        return f"Agent(name={self.name!r}, model={model!r})"

    def resolve_instructions(self, **context: Any) -> str | None:
        """The system prompt for this call."""
        ins = self.instructions
        if ins is None or isinstance(ins, str):
            return ins
        params = inspect.signature(ins).parameters
        if any(p.kind is p.VAR_KEYWORD for p in params.values()):
            value = ins(agent=self, **context)
        else:
            ctx = {"agent": self, **context}
            value = ins(**{k: v for k, v in ctx.items() if k in params})
        if not isinstance(value, str):
            raise ConfigurationError(
                f"instructions function of agent {self.name!r} returned {type(value).__name__}, "
                "not str"
            )
        return value

    # -- serialization -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data that :meth:`from_dict` rebuilds in another process.

        Tools, callables and ``output_type`` travel as import paths; API keys are left out.
        """
        model: str
        options = public_options(self.model_options)
        if isinstance(self.model, str):
            model = self.model
        else:
            to_config = getattr(self.model, "to_config", None)
            if to_config is None:
                raise SerializationError(
                    f"Agent {self.name!r} uses a model object of type "
                    f"{type(self.model).__name__} that cannot be serialized; use a model string."
                )
            model, extra = to_config()
            options = {**options, **public_options(extra)}
        ins = self.instructions
        data: dict[str, Any] = {
            "type": "agent",
            "name": self.name,
            "model": model,
            "instructions": (
                ins
                if ins is None or isinstance(ins, str)
                else {"import": import_path_of(ins, what="instructions of agent " + self.name)}
            ),
            "tools": [import_path_of(t, what="tool") for t in self.tools],
            "handoffs": [h.to_dict() for h in self.handoffs],
            "output_type": (
                None
                if self.output_type is None
                else import_path_of(self.output_type, what="output_type")
            ),
            "max_steps": self.max_steps,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "hooks": {
                k: [import_path_of(f, what=f"hook {k}") for f in v] for k, v in self.hooks.items()
            },
            "model_options": options,
            "description": self.description,
        }
        return data

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, allowed_modules: Sequence[str] | None = None
    ) -> Agent:
        """Rebuild an agent from :meth:`to_dict` output.

        Args:
            allowed_modules: only import tools, hooks and types from these modules (and below).
        """
        if not isinstance(data, Mapping) or data.get("type", "agent") != "agent":
            raise SerializationError(f"not an agent description: {str(data)[:200]!r}")
        try:
            name = data["name"]
        except KeyError:
            raise SerializationError("agent description has no 'name'") from None

        def load(path: str) -> Any:
            return import_object(path, allowed_modules=allowed_modules)

        ins = data.get("instructions")
        if isinstance(ins, Mapping):
            ins = load(ins["import"])
        hooks = data.get("hooks") or {}
        unknown = set(hooks) - set(HOOK_NAMES)
        if unknown:
            raise SerializationError(f"agent {name!r} names unknown hooks {sorted(unknown)}")
        try:
            return cls(
                name=name,
                model=data.get("model", "openai:gpt-4o"),
                instructions=ins,
                tools=[load(p) for p in data.get("tools") or ()],
                handoffs=[
                    cls.from_dict(h, allowed_modules=allowed_modules)
                    for h in data.get("handoffs") or ()
                ],
                output_type=load(data["output_type"]) if data.get("output_type") else None,
                max_steps=data.get("max_steps", 10),
                temperature=data.get("temperature"),
                max_tokens=data.get("max_tokens"),
                hooks={k: [load(p) for p in v] for k, v in hooks.items()},
                model_options=data.get("model_options") or {},
                description=data.get("description", ""),
            )
        except ConfigurationError as exc:
            raise SerializationError(f"agent {name!r} cannot be rebuilt: {exc}") from exc
