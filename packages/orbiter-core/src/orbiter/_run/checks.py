"""Checks of what ``run()`` is given, made before anything runs."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import msgspec

from orbiter.agent import Agent
from orbiter.errors import ConfigurationError
from orbiter.events import BASIC_EVENT_TYPES, EVENT_TYPES
from orbiter.messages import (
    AssistantMessage,
    Message,
    SystemMessage,
    ToolMessage,
    UserInput,
    UserMessage,
    user_message,
)
from orbiter.swarm import Swarm


def start_messages(input: UserInput | None, messages: Sequence[Message] | None) -> list[Message]:
    """The conversation a run starts from: the history, then ``input`` as a user message."""
    history: list[Message] = []
    for m in messages or ():
        if isinstance(m, dict):
            try:
                m = msgspec.convert(m, Message)
            except msgspec.ValidationError as exc:
                raise ConfigurationError(f"invalid message {m!r}: {exc}") from None
        if not isinstance(m, SystemMessage | UserMessage | AssistantMessage | ToolMessage):
            raise ConfigurationError(f"messages must be Message objects or dicts, got {m!r}")
        history.append(m)
    if input is not None:
        history.append(user_message(input))
    if not history:
        raise ConfigurationError("nothing to run: pass an input string or messages")
    return history


def check_target(target: Any) -> Agent | Swarm:
    if not isinstance(target, Agent | Swarm):
        raise ConfigurationError(f"run() takes an Agent or a Swarm, got {type(target).__name__}")
    return target


def check_max_steps(max_steps: int | None) -> None:
    if max_steps is not None and (
        not isinstance(max_steps, int) or isinstance(max_steps, bool) or max_steps < 1
    ):
        raise ConfigurationError(f"max_steps must be a positive integer, got {max_steps!r}")


def event_filter(
    event_types: Collection[str] | None, detailed: bool
) -> tuple[frozenset[str] | None, bool]:
    """The event types a run yields (None: all of them) and whether it runs detailed.

    Naming a detailed-only type asks for it, whatever ``detailed`` says.
    """
    if event_types is None:
        return (None, True) if detailed else (BASIC_EVENT_TYPES, False)
    if isinstance(event_types, str):
        event_types = {event_types}
    wanted = frozenset(event_types)
    unknown = wanted - EVENT_TYPES
    if unknown:
        raise ConfigurationError(
            f"unknown event types {sorted(unknown)}; known: {sorted(EVENT_TYPES)}"
        )
    return wanted, detailed or not wanted <= BASIC_EVENT_TYPES
