"""Conversation messages and token usage: the data every model and provider speaks."""

from __future__ import annotations

from typing import Any

import msgspec


class Usage(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Token counts of one or more model calls."""

    input_tokens: int = 0
    output_tokens: int = 0
    reasoning_tokens: int = 0
    cache_read_tokens: int = 0
    requests: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            reasoning_tokens=self.reasoning_tokens + other.reasoning_tokens,
            cache_read_tokens=self.cache_read_tokens + other.cache_read_tokens,
            requests=self.requests + other.requests,
        )


class ToolCall(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A model's request to call one tool. ``arguments`` is the JSON text the model produced."""

    id: str
    name: str
    arguments: str = "{}"


class SystemMessage(msgspec.Struct, tag_field="role", tag="system", kw_only=True):
    content: str


class UserMessage(msgspec.Struct, tag_field="role", tag="user", kw_only=True):
    content: str


class AssistantMessage(
    msgspec.Struct, tag_field="role", tag="assistant", kw_only=True, omit_defaults=True
):
    """One model turn.

    Args:
        provider_data: opaque data a provider needs back on the next turn (for example
            Anthropic thinking-block signatures); other providers ignore it.
    """

    content: str | None = None
    tool_calls: list[ToolCall] = []
    reasoning: str | None = None
    agent_name: str | None = None
    provider_data: dict[str, Any] | None = None


class ToolMessage(msgspec.Struct, tag_field="role", tag="tool", kw_only=True, omit_defaults=True):
    """The result of one tool call, as sent back to the model (``content`` is JSON text)."""

    tool_call_id: str
    tool_name: str
    content: str
    is_error: bool = False


Message = SystemMessage | UserMessage | AssistantMessage | ToolMessage

_message_list_decoder = msgspec.json.Decoder(list[Message])


def messages_from_json(data: bytes | str) -> list[Message]:
    """Decode a JSON array of messages."""
    return _message_list_decoder.decode(data)


def messages_from_builtins(data: Any) -> list[Message]:
    """Convert plain dicts (as from ``json.loads``) into message objects."""
    return msgspec.convert(data, list[Message])
