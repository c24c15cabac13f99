"""Orbiter: LLM agents, tools and swarms, run locally or across a pool of workers."""

# The orbiter namespace is shared by several wheels (orbiter.providers, orbiter.distributed,
# orbiter.cli); in editable installs each lives in its own source folder.
__path__ = __import__("pkgutil").extend_path(__path__, __name__)

from orbiter.agent import Agent
from orbiter.errors import (
    AuthenticationError,
    ConfigurationError,
    ContextLengthExceededError,
    InvalidRequestError,
    MaxStepsExceeded,
    ModelError,
    ModelTimeoutError,
    OrbiterError,
    OutputValidationError,
    ProviderNotFoundError,
    RateLimitError,
    ResponseFormatError,
    RunCancelledError,
    SerializationError,
    ServerError,
    ToolError,
)
from orbiter.events import (
    ErrorEvent,
    HandoffEvent,
    ReasoningEvent,
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
    Message,
    SystemMessage,
    ToolCall,
    ToolMessage,
    Usage,
    UserMessage,
)
from orbiter.models import Model, ModelRequest, ModelResponse, get_model, register_provider
from orbiter.runner import RunResult, run
from orbiter.swarm import Swarm, from_dict
from orbiter.tool import Tool, tool

__all__ = [
    "Agent",
    "Model",
    "ModelRequest",
    "ModelResponse",
    "RunResult",
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
    "InvalidRequestError",
    "MaxStepsExceeded",
    "Message",
    "ModelError",
    "ModelTimeoutError",
    "OrbiterError",
    "OutputValidationError",
    "ProviderNotFoundError",
    "RateLimitError",
    "ReasoningEvent",
    "ResponseFormatError",
    "RunCancelledError",
    "SerializationError",
    "ServerError",
    "StatusEvent",
    "StepEvent",
    "StreamEvent",
    "SystemMessage",
    "TextEvent",
    "ToolCall",
    "ToolCallEvent",
    "ToolError",
    "ToolMessage",
    "ToolResultEvent",
    "Usage",
    "UsageEvent",
    "UserMessage",
]
