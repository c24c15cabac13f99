"""What a local run hands back: the :class:`RunResult`, and the :class:`RunStream` of its events.

Both are public through ``orbiter.runner`` (and ``orbiter``); they live here so that the runner's
modules can share them without importing the public face.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable
from typing import Any, Literal

import msgspec

from orbiter.checkpoint import RunCheckpoint
from orbiter.events import StreamEvent
from orbiter.messages import Message, ToolCall, Usage

__all__ = ["RunResult", "RunStream"]


class RunResult(msgspec.Struct, kw_only=True):
    """What a finished run produced.

    Args:
        output: the final answer's text.
        messages: the whole transcript: the history passed in, then this run's turns.
        usage: tokens summed over every model call of the run.
        steps: how many model calls the run made.
        agent_name: the agent that gave the final answer.
        structured_output: the answer parsed into the agent's ``output_type``, when it has one.
        stop_reason: why the final model turn ended (``"end_turn"``, ``"max_tokens"`` when the
            answer was cut off, ...; None when the model did not say).
        finish_reason: the same in the provider's own words (``"length"``, ``"MAX_TOKENS"``).
        run_id: the id the run's messages were recorded under on its thread (None without
            ``thread_id``).
        status: ``"completed"``, or ``"interrupted"`` when the run paused because the model
            called tools that need a person's approval (``stop_reason`` says so too).
        pending: the calls waiting for a decision, when interrupted.
        state: the paused run, when interrupted: pass it to ``run.resume()``. It encodes to
            JSON (``state.to_json()``), so it can be kept and resumed in another process.
    """

    output: str
    messages: list[Message]
    usage: Usage
    steps: int
    agent_name: str
    structured_output: Any = None
    stop_reason: str | None = None
    finish_reason: str | None = None
    run_id: str | None = None
    status: Literal["completed", "interrupted"] = "completed"
    pending: list[ToolCall] = msgspec.field(default_factory=list)
    state: RunCheckpoint | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form a distributed task returns; ``messages`` is the whole transcript."""
        return {
            "output": self.output,
            "messages": msgspec.to_builtins(self.messages),
            "usage": msgspec.to_builtins(self.usage),
            "steps": self.steps,
            "agent_name": self.agent_name,
            "structured_output": msgspec.to_builtins(self.structured_output),
            "stop_reason": self.stop_reason,
            "finish_reason": self.finish_reason,
        }


class RunStream:
    """The async iterator ``run.stream()`` returns: events, then ``.result`` once it ends.

    Use it in ``async for``; ``async with run.stream(...) as events:`` also closes the run
    (cancelling tool calls in flight) when the block is left early.
    """

    __slots__ = ("_box", "_gen", "_progress")

    def __init__(
        self,
        gen: AsyncGenerator[StreamEvent, None],
        box: list[RunResult],
        progress: list[list[Message]] | None = None,
    ) -> None:
        self._gen = gen
        self._box = box
        self._progress = progress if progress is not None else []

    def __aiter__(self) -> RunStream:
        return self

    def __anext__(self) -> Awaitable[StreamEvent]:
        return self._gen.__anext__()

    async def aclose(self) -> None:
        """Stop the run if it is still going; tool calls in flight are cancelled and awaited."""
        await self._gen.aclose()

    async def __aenter__(self) -> RunStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._gen.aclose()

    @property
    def messages(self) -> list[Message]:
        """The transcript so far: the history, then the turns the run finished (also after it
        was stopped or failed; empty before it starts)."""
        return self._progress[0] if self._progress else []

    @property
    def result(self) -> RunResult:
        """The :class:`RunResult`, once the stream has ended without an error."""
        if not self._box:
            raise RuntimeError(
                "the run has not finished: iterate the stream to its end before reading .result"
            )
        return self._box[0]
