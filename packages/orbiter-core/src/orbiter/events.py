"""Typed stream events: one tagged union keyed by ``type``.

The same classes are yielded by ``run.stream()`` and travel through Redis for distributed runs,
so ``match event.type:`` code is identical in both modes.

Every event carries ``agent_name``. ``attempt`` and ``position`` are filled in only for
distributed runs: the worker attempt that produced the event, and its position in the task's
event stream (a client resumes after it).
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from orbiter.messages import ToolCall, Usage

StatusValue = Literal[
    "starting", "running", "completed", "interrupted", "cancelled", "error", "superseded"
]
StepStatus = Literal["started", "completed"]
RateLimitReason = Literal["requests", "tokens", "retry_after"]


class _EventBase(msgspec.Struct, tag_field="type", kw_only=True, omit_defaults=True):
    agent_name: str = ""
    attempt: int | None = None
    position: str | None = None

    @property
    def type(self) -> str:
        """The event kind (``"text"``, ``"tool_call"``, ...), as in the JSON ``type`` field."""
        return self.__struct_config__.tag  # type: ignore[return-value]


class TextEvent(_EventBase, tag="text"):
    """A piece of the model's answer as it is generated."""

    text: str


class ToolCallEvent(_EventBase, tag="tool_call"):
    """The model asked for a tool; ``arguments`` is the JSON text it produced.

    ``server`` names the MCP server that provides the tool (None for Python tools).
    """

    tool_name: str
    tool_call_id: str
    arguments: str = "{}"
    server: str | None = None


class ToolResultEvent(_EventBase, tag="tool_result"):
    """A tool finished (detailed mode). ``result`` is JSON text; ``error`` is set on failure.

    ``server`` names the MCP server that ran the tool (None for Python tools).
    """

    tool_name: str
    tool_call_id: str
    result: str | None = None
    error: str | None = None
    success: bool = True
    duration_ms: float = 0.0
    server: str | None = None


class StepEvent(_EventBase, tag="step"):
    """A step (one model call and the tool calls it asked for) started or completed.

    A completed step says why the model's turn ended: ``stop_reason`` in Orbiter's vocabulary
    (``"end_turn"``, ``"tool_use"``, ``"max_tokens"``, ...) and ``finish_reason`` in the
    provider's own words.
    """

    step_number: int
    status: StepStatus
    started_at: float = 0.0
    completed_at: float | None = None
    duration_ms: float | None = None
    usage: Usage | None = None
    stop_reason: str | None = None
    finish_reason: str | None = None


class StatusEvent(_EventBase, tag="status"):
    """The run changed state (detailed mode; ``cancelled`` is always sent).

    ``superseded`` comes only from a distributed task's stream, to a reader that was following
    it when its worker died: the events of earlier attempts it got since the last completed
    step are void, as attempt ``attempt`` runs that step again.
    """

    status: StatusValue
    message: str = ""


class UsageEvent(_EventBase, tag="usage"):
    """Token usage of one model call (detailed mode)."""

    usage: Usage
    step_number: int = 0


class ReasoningEvent(_EventBase, tag="reasoning"):
    """A piece of the model's reasoning, when the provider exposes it (detailed mode)."""

    text: str


class HandoffEvent(_EventBase, tag="handoff"):
    """Control passed from one agent of a Swarm to another (detailed mode)."""

    from_agent: str
    to_agent: str
    reason: str = ""


class ErrorEvent(_EventBase, tag="error"):
    """The run failed; the stream raises the matching exception right after this event."""

    error: str
    error_type: str
    step_number: int | None = None
    recoverable: bool = False


class RetryEvent(_EventBase, tag="retry"):
    """A distributed attempt failed with an error its retry policy retries: the task waits
    (status ``RETRYING``, holding no worker) and is tried again at ``next_at``.

    ``attempt`` is the attempt that failed; ``retry`` counts the retries so far, this one
    included, out of the ``retries`` the policy allows.
    """

    error: str
    error_type: str
    retry: int
    retries: int
    delay: float
    next_at: float


class InterruptEvent(_EventBase, tag="interrupt"):
    """The run paused: ``calls`` wait for a person's decision before they run.

    The run then ends with status ``interrupted``; resume it with ``run.resume(...)``.
    """

    calls: list[ToolCall]
    step_number: int | None = None


class RateLimitEvent(_EventBase, tag="rate_limit"):
    """A model call waits for its turn under a rate limit before it is sent (detailed mode).

    ``wait_seconds`` is how long it waits from now; ``reason`` says which limit holds it:
    the requests or the tokens per minute of ``model``, or a provider's ``Retry-After``.
    """

    model: str
    wait_seconds: float
    reason: RateLimitReason
    step_number: int | None = None


StreamEvent = (
    TextEvent
    | ToolCallEvent
    | ToolResultEvent
    | StepEvent
    | StatusEvent
    | UsageEvent
    | ReasoningEvent
    | HandoffEvent
    | ErrorEvent
    | InterruptEvent
    | RetryEvent
    | RateLimitEvent
)

EVENT_TYPES: frozenset[str] = frozenset(
    {
        "text",
        "tool_call",
        "tool_result",
        "step",
        "status",
        "usage",
        "reasoning",
        "handoff",
        "error",
        "interrupt",
        "retry",
        "rate_limit",
    }
)
# Events every stream yields; the rest appear only with ``detailed=True``.
BASIC_EVENT_TYPES: frozenset[str] = frozenset({"text", "tool_call", "error", "interrupt", "retry"})

_encoder = msgspec.json.Encoder()
_decoder: msgspec.json.Decoder[StreamEvent] = msgspec.json.Decoder(StreamEvent)


def encode_event(event: StreamEvent) -> bytes:
    """Encode an event as JSON bytes."""
    return _encoder.encode(event)


def decode_event(data: bytes | str) -> StreamEvent:
    """Decode JSON bytes produced by :func:`encode_event` back into the same event class."""
    return _decoder.decode(data)


def event_to_dict(event: StreamEvent) -> dict[str, Any]:
    """The event as plain builtins (for ``--json`` output and logging)."""
    return msgspec.to_builtins(event)
