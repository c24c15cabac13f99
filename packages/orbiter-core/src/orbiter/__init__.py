"""Orbiter: LLM agents, tools and swarms, run locally or across a pool of workers."""

from __future__ import annotations

import importlib
import types
from typing import TYPE_CHECKING, Any

# The orbiter namespace is shared by several wheels (orbiter.providers, orbiter.distributed,
# orbiter.cli); in editable installs each lives in its own source folder.
__path__ = __import__("pkgutil").extend_path(__path__, __name__)

if TYPE_CHECKING:
    from orbiter.agent import Agent
    from orbiter.checkpoint import RunCheckpoint
    from orbiter.errors import (
        AuthenticationError,
        ConfigurationError,
        ContextLengthExceededError,
        InvalidRequestError,
        MaxStepsExceeded,
        ModelError,
        ModelTimeoutError,
        OrbiterError,
        OutputTruncatedError,
        OutputValidationError,
        ProviderNotFoundError,
        RateLimitError,
        ResponseFormatError,
        ResumeError,
        RunCancelledError,
        RunInterruptedError,
        SerializationError,
        ServerError,
        ThreadBusyError,
        ThreadConflictError,
        ToolError,
    )
    from orbiter.events import (
        ErrorEvent,
        HandoffEvent,
        InterruptEvent,
        RateLimitEvent,
        ReasoningEvent,
        RetryEvent,
        StatusEvent,
        StepEvent,
        StreamEvent,
        TextEvent,
        ToolCallEvent,
        ToolResultEvent,
        UsageEvent,
    )
    from orbiter.messages import (
        AssistantMessage,
        ImagePart,
        Message,
        SystemMessage,
        TextPart,
        ToolCall,
        ToolMessage,
        Usage,
        UserMessage,
    )
    from orbiter.models import Model, ModelRequest, ModelResponse, get_model, register_provider
    from orbiter.retry import RetryPolicy
    from orbiter.runner import RunResult, RunStream, run
    from orbiter.swarm import Swarm, from_dict
    from orbiter.tool import Tool, tool

# Public names and the submodule that defines each. They are imported on first use, so that
# `import orbiter` (and so the start of the `orbiter` command) does not pay for msgspec and asyncio.
_EXPORTS: dict[str, str] = {
    "Agent": "agent",
    "RunCheckpoint": "checkpoint",
    "AuthenticationError": "errors",
    "ConfigurationError": "errors",
    "ContextLengthExceededError": "errors",
    "InvalidRequestError": "errors",
    "MaxStepsExceeded": "errors",
    "ModelError": "errors",
    "ModelTimeoutError": "errors",
    "OrbiterError": "errors",
    "OutputTruncatedError": "errors",
    "OutputValidationError": "errors",
    "ProviderNotFoundError": "errors",
    "RateLimitError": "errors",
    "ResponseFormatError": "errors",
    "ResumeError": "errors",
    "RunCancelledError": "errors",
    "RunInterruptedError": "errors",
    "SerializationError": "errors",
    "ServerError": "errors",
    "ThreadBusyError": "errors",
    "ThreadConflictError": "errors",
    "ToolError": "errors",
    "ErrorEvent": "events",
    "HandoffEvent": "events",
    "InterruptEvent": "events",
    "RateLimitEvent": "events",
    "ReasoningEvent": "events",
    "RetryEvent": "events",
    "StatusEvent": "events",
    "StepEvent": "events",
    "StreamEvent": "events",
    "TextEvent": "events",
    "ToolCallEvent": "events",
    "ToolResultEvent": "events",
    "UsageEvent": "events",
    "AssistantMessage": "messages",
    "ImagePart": "messages",
    "TextPart": "messages",
    "Message": "messages",
    "SystemMessage": "messages",
    "ToolCall": "messages",
    "ToolMessage": "messages",
    "Usage": "messages",
    "UserMessage": "messages",
    "Model": "models",
    "ModelRequest": "models",
    "ModelResponse": "models",
    "get_model": "models",
    "register_provider": "models",
    "RetryPolicy": "retry",
    "RunResult": "runner",
    "RunStream": "runner",
    "run": "runner",
    "Swarm": "swarm",
    "from_dict": "swarm",
    "Tool": "tool",
    "tool": "tool",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        # `import orbiter; orbiter.events.X` keeps working as it did with eager imports.
        try:
            return importlib.import_module(f"orbiter.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"orbiter.{name}":
                raise
        raise AttributeError(f"module 'orbiter' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"orbiter.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        # Importing the submodule orbiter.tool binds it on this package under the name `tool`;
        # the public @tool decorator of the same name must stay what `orbiter.tool` means.
        if name == "tool" and isinstance(value, types.ModuleType):
            value = value.tool
        super().__setattr__(name, value)


__import__("sys").modules[__name__].__class__ = _Package

__all__ = [
    "Agent",
    "Model",
    "ModelRequest",
    "ModelResponse",
    "RetryPolicy",
    "RunCheckpoint",
    "RunResult",
    "RunStream",
    "Swarm",
    "Tool",
    "from_dict",
    "get_model",
    "register_provider",
    "run",
    "tool",
    "AssistantMessage",
    "AuthenticationError",
    "ConfigurationError",
    "ContextLengthExceededError",
    "ErrorEvent",
    "HandoffEvent",
    "ImagePart",
    "InterruptEvent",
    "InvalidRequestError",
    "MaxStepsExceeded",
    "Message",
    "ModelError",
    "ModelTimeoutError",
    "OrbiterError",
    "OutputTruncatedError",
    "OutputValidationError",
    "ProviderNotFoundError",
    "RateLimitError",
    "RateLimitEvent",
    "ReasoningEvent",
    "ResponseFormatError",
    "ResumeError",
    "RetryEvent",
    "RunCancelledError",
    "RunInterruptedError",
    "SerializationError",
    "ServerError",
    "StatusEvent",
    "StepEvent",
    "StreamEvent",
    "SystemMessage",
    "TextEvent",
    "TextPart",
    "ThreadBusyError",
    "ThreadConflictError",
    "ToolCall",
    "ToolCallEvent",
    "ToolError",
    "ToolMessage",
    "ToolResultEvent",
    "Usage",
    "UsageEvent",
    "UserMessage",
]
