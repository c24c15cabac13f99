"""A scripted model for tests: deterministic replies, tool calls, errors and delays, no network.

Select it with a model string, so that an agent rebuilt in another process gets the same script:

- ``"scripted:echo"`` answers with the latest user message.
- ``"scripted:package.module:SCRIPT"`` plays the list of steps (or callable) at that import path.
- ``Agent(model=ScriptedModel([...]))`` plays an inline script; it serializes as JSON.

Which step answers a call is worked out from the request alone: step N answers when the
conversation already holds N turns of this agent (assistant messages carrying its name). So a
retried or replayed call gets the same answer, a history passed back in with ``messages=``
continues the script, and an agent handed the conversation back picks up where it left off.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any

import msgspec

from orbiter import errors
from orbiter._imports import import_object
from orbiter.errors import ConfigurationError, ModelError
from orbiter.messages import AssistantMessage, ToolCall, Usage, UserMessage
from orbiter.models import (
    ModelRequest,
    ModelResponse,
    ReasoningDelta,
    StreamChunk,
    TextDelta,
)


class TextStep(msgspec.Struct, tag_field="kind", tag="text", kw_only=True, omit_defaults=True):
    """Answer with text.

    Args:
        chunks: how the text streams (joined, they are the answer).
        delay: seconds to wait before answering.
        chunk_delay: seconds to wait before each streamed chunk after the first.
        finish_reason: why the turn ends, as a provider would say it (``"length"`` plays an
            answer cut off at max_tokens); ``"stop"`` when not given.
    """

    text: str = ""
    chunks: list[str] | None = None
    reasoning: str | None = None
    delay: float = 0.0
    chunk_delay: float = 0.0
    finish_reason: str | None = None


class ScriptedCall(msgspec.Struct, kw_only=True, omit_defaults=True):
    name: str
    arguments: dict[str, Any] | str = {}
    id: str | None = None


class ToolStep(msgspec.Struct, tag_field="kind", tag="tools", kw_only=True, omit_defaults=True):
    """Ask for one or more tool calls (they run concurrently), optionally with some text."""

    calls: list[ScriptedCall]
    text: str | None = None
    delay: float = 0.0


class ErrorStep(msgspec.Struct, tag_field="kind", tag="error", kw_only=True, omit_defaults=True):
    """Fail the call with ``orbiter.errors.<error_type>`` (a ModelError subclass)."""

    message: str = "scripted failure"
    error_type: str = "ServerError"
    retryable: bool = False
    delay: float = 0.0


Step = TextStep | ToolStep | ErrorStep
ScriptItem = Step | str
Script = Sequence[ScriptItem] | Callable[[ModelRequest], ScriptItem]


def reply(
    text: str,
    *,
    delay: float = 0.0,
    reasoning: str | None = None,
    chunks: Sequence[str] | None = None,
    chunk_delay: float = 0.0,
    finish_reason: str | None = None,
) -> TextStep:
    """A step that answers with ``text`` (streamed as ``chunks`` when given)."""
    return TextStep(
        text=text,
        delay=delay,
        reasoning=reasoning,
        chunks=list(chunks) if chunks is not None else None,
        chunk_delay=chunk_delay,
        finish_reason=finish_reason,
    )


def call_tool(
    name: str, /, *, delay: float = 0.0, id: str | None = None, **arguments: Any
) -> ToolStep:
    """A step that calls one tool with keyword ``arguments``."""
    return ToolStep(calls=[ScriptedCall(name=name, arguments=arguments, id=id)], delay=delay)


def call_tools(*calls: tuple[str, dict[str, Any]], delay: float = 0.0) -> ToolStep:
    """A step that calls several tools at once.

    Example: ``call_tools(("add", {"a": 1, "b": 2}), ("mul", {"a": 3, "b": 4}))``.
    """
    return ToolStep(calls=[ScriptedCall(name=n, arguments=a) for n, a in calls], delay=delay)


def fail(
    message: str = "scripted failure",
    *,
    error_type: str = "ServerError",
    retryable: bool = False,
    delay: float = 0.0,
) -> ErrorStep:
    """A step that raises a ModelError subclass."""
    return ErrorStep(message=message, error_type=error_type, retryable=retryable, delay=delay)


def _as_step(item: Any) -> Step:
    if isinstance(item, TextStep | ToolStep | ErrorStep):
        return item
    if isinstance(item, str):
        return TextStep(text=item)
    try:
        return msgspec.convert(item, Step)
    except msgspec.ValidationError as exc:
        raise ConfigurationError(f"not a scripted step: {item!r} ({exc})") from None


def _turn_index(request: ModelRequest) -> int:
    """How many turns this agent has already taken in the conversation it was sent."""
    agent = request.agent_name
    count = 0
    for msg in request.messages:
        if isinstance(msg, AssistantMessage) and (not agent or msg.agent_name == agent):
            count += 1
    return count


def _latest_user_text(request: ModelRequest) -> str:
    for msg in reversed(request.messages):
        if isinstance(msg, UserMessage):
            return msg.text
    return ""


class ScriptedModel:
    """A Model that plays a script. See the module docstring for how it is selected."""

    def __init__(
        self,
        script: Script | None = None,
        *,
        model_name: str = "",
        echo: bool = False,
        chunk_size: int = 0,
    ) -> None:
        self._callable: Callable[[ModelRequest], ScriptItem] | None = None
        self._steps: list[Step] = []
        if callable(script):
            self._callable = script
        elif script is not None:
            self._steps = [_as_step(s) for s in script]
        elif not echo:
            raise ConfigurationError("ScriptedModel needs a script, or echo=True")
        self._echo = echo
        self._model_name = model_name
        self._chunk_size = chunk_size
        self.calls = 0

    @property
    def name(self) -> str:
        return f"scripted:{self._model_name}" if self._model_name else "scripted"

    @classmethod
    def from_model_string(cls, model_name: str, options: Mapping[str, Any]) -> ScriptedModel:
        """The provider factory behind ``scripted:...`` model strings."""
        chunk_size = int(options.get("chunk_size", 0))
        if "script" in options:
            return cls(options["script"], model_name=model_name, chunk_size=chunk_size)
        if model_name in ("", "echo"):
            return cls(echo=True, model_name="echo", chunk_size=chunk_size)
        if ":" in model_name:
            script = import_object(model_name)
            return cls(script, model_name=model_name, chunk_size=chunk_size)
        raise ConfigurationError(
            f"unknown scripted model {model_name!r}: use 'scripted:echo' or "
            "'scripted:package.module:SCRIPT'"
        )

    def to_config(self) -> tuple[str, dict[str, Any]]:
        """Model string and options that rebuild this model in another process."""
        options: dict[str, Any] = {"chunk_size": self._chunk_size} if self._chunk_size else {}
        if self._echo or self._model_name:
            return self.name, options
        if self._callable is not None:
            from orbiter._imports import import_path_of

            return f"scripted:{import_path_of(self._callable, what='script')}", options
        return "scripted", {**options, "script": msgspec.to_builtins(self._steps)}

    def _step_for(self, request: ModelRequest) -> Step:
        if self._echo:
            return TextStep(text=_latest_user_text(request))
        if self._callable is not None:
            return _as_step(self._callable(request))
        index = _turn_index(request)
        if index >= len(self._steps):
            raise ModelError(
                f"scripted model ran out of steps: agent {request.agent_name!r} asked for turn "
                f"{index + 1}, the script has {len(self._steps)}. A script covers every turn of "
                "the agent in the conversation, including turns passed in with messages=.",
                provider="scripted",
                model=self._model_name,
            )
        return self._steps[index]

    async def _respond(self, request: ModelRequest) -> tuple[Step, ModelResponse]:
        self.calls += 1
        step = self._step_for(request)
        if step.delay:
            await asyncio.sleep(step.delay)
        if isinstance(step, ErrorStep):
            cls = getattr(errors, step.error_type, None)
            if not (isinstance(cls, type) and issubclass(cls, ModelError)):
                cls = ModelError
            raise cls(
                step.message, provider="scripted", model=self._model_name, retryable=step.retryable
            )
        prompt_chars = sum(len(getattr(m, "content", None) or "") for m in request.messages)
        if isinstance(step, TextStep):
            text = "".join(step.chunks) if step.chunks is not None else step.text
            message = AssistantMessage(content=text, reasoning=step.reasoning)
        else:
            text = step.text or ""
            turn = _turn_index(request)
            calls = [
                ToolCall(
                    id=c.id or f"call_{turn}_{i}",
                    name=c.name,
                    arguments=c.arguments
                    if isinstance(c.arguments, str)
                    else msgspec.json.encode(c.arguments).decode(),
                )
                for i, c in enumerate(step.calls)
            ]
            message = AssistantMessage(content=step.text, tool_calls=calls)
        usage = Usage(
            input_tokens=prompt_chars // 4 + 1, output_tokens=len(text) // 4 + 1, requests=1
        )
        finish = "tool_calls" if isinstance(step, ToolStep) else (step.finish_reason or "stop")
        return step, ModelResponse(
            message=message, usage=usage, finish_reason=finish, model=self.name
        )

    async def complete(self, request: ModelRequest) -> ModelResponse:
        return (await self._respond(request))[1]

    async def stream(self, request: ModelRequest) -> AsyncIterator[StreamChunk]:
        step, response = await self._respond(request)
        if isinstance(step, TextStep) and step.reasoning:
            yield ReasoningDelta(text=step.reasoning)
        if isinstance(step, TextStep) and step.chunks is not None:
            for i, chunk in enumerate(step.chunks):
                if i and step.chunk_delay:
                    await asyncio.sleep(step.chunk_delay)
                yield TextDelta(text=chunk)
        elif response.message.content:
            text = response.message.content
            size = self._chunk_size
            if size > 0:
                for i in range(0, len(text), size):
                    yield TextDelta(text=text[i : i + size])
            else:
                yield TextDelta(text=text)
        yield response
