"""Importable tools, types and a recording model shared by the orbiter-core tests.

Things here live at module level on purpose: ``Agent.to_dict()`` needs import paths.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import msgspec

from orbiter import Tool, tool
from orbiter.models import ModelRequest, ModelResponse, StreamChunk
from orbiter.testing import ScriptedModel, call_tool, reply


class Recorder(ScriptedModel):
    """A ScriptedModel that keeps every request it was sent."""

    def __init__(self, script: Any = None, **kwargs: Any) -> None:
        super().__init__(script, **kwargs)
        self.requests: list[ModelRequest] = []

    async def complete(self, request: ModelRequest) -> ModelResponse:
        self.requests.append(request)
        return await super().complete(request)

    async def stream(self, request: ModelRequest) -> AsyncIterator[StreamChunk]:
        self.requests.append(request)
        async for chunk in super().stream(request):
            yield chunk


@tool
def add(a: int, b: int) -> int:
    """Add two integers.

    Args:
        a: the first number
        b: the second number
    """
    return a + b


@tool(name="shout", description="Upper-case a word.")
def shout_word(word: str) -> str:
    return word.upper()


def multiply(a: float, b: float) -> float:
    """Multiply two numbers (a plain function, no decorator)."""
    return a * b


class Weather(msgspec.Struct):
    city: str
    celsius: float


@dataclasses.dataclass
class Verdict:
    ok: bool
    reasons: list[str]


def friendly(agent: Any, messages: list[Any]) -> str:
    return f"You are {agent.name}; {len(messages)} messages so far."


def count_calls(**kwargs: Any) -> None:
    HOOK_LOG.append(kwargs.get("tool_name") or "?")


HOOK_LOG: list[str] = []

# Scripts addressed by "scripted:orbiter_core_helpers:ADD_SCRIPT".
ADD_SCRIPT = [call_tool("add", a=2, b=3), reply("The sum is 5.")]


def length_script(request: ModelRequest) -> Any:
    """A callable script: answers with the length of the latest user message."""
    last = request.messages[-1]
    return reply(str(len(getattr(last, "content", "") or "")))


async def collect(stream: AsyncIterator[Any]) -> list[Any]:
    """Every event of a stream."""
    return [ev async for ev in stream]


async def drain(stream: AsyncIterator[Any], into: list[Any]) -> None:
    """Append events to ``into`` as they come, so they are kept when the stream raises."""
    async for ev in stream:
        into.append(ev)


class Sleeper:
    """A ``slow(name)`` tool that waits until cancelled and records who was cancelled."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.cancelled: list[str] = []

    @property
    def tool(self) -> Tool:
        async def slow(name: str = "") -> str:
            self.started.set()
            try:
                await asyncio.Event().wait()  # only cancellation ends it
            except asyncio.CancelledError:
                self.cancelled.append(name)
                raise
            return name

        return tool(slow)
