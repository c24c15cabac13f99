"""OpenAI Responses API (``openai-responses:<model>``).

Each request carries the whole conversation and ``store: false`` by default, and never a
``previous_response_id``: a run does not depend on state kept at OpenAI, so it can move between
workers and be replayed. Reasoning items come back encrypted and are sent back unchanged on the
next turn, which is how reasoning models keep their train of thought across tool calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

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
from orbiter.models import (
    TOOL_CHOICE_MODES,
    ModelRequest,
    ModelResponse,
    ReasoningDelta,
    StreamChunk,
    TextDelta,
)
from orbiter.providers._errors import error_for_status
from orbiter.providers._http import StreamState
from orbiter.providers._json import arr, count, json_text, new_call_id, obj, text, usage
from orbiter.providers._sse import SSEEvent
from orbiter.providers.openai import SCHEMA_NAME, OpenAIModel

# Reasoning items of a turn, kept on the assistant message to go back on the next request.
REASONING_KEY = "openai_reasoning"
_REASONING_FIELDS = ("type", "id", "summary", "encrypted_content")


def _usage(data: Any) -> Usage:
    u = obj(data)
    return usage(
        input_tokens=count(u.get("input_tokens")),
        output_tokens=count(u.get("output_tokens")),
        reasoning=count(obj(u.get("output_tokens_details")).get("reasoning_tokens")),
        cache_read=count(obj(u.get("input_tokens_details")).get("cached_tokens")),
    )


def _input_parts(parts: list[TextPart | ImagePart]) -> list[dict[str, Any]]:
    return [
        {"type": "input_text", "text": p.text}
        if isinstance(p, TextPart)
        else {"type": "input_image", "image_url": p.data_url, "detail": "auto"}
        for p in parts
        if isinstance(p, TextPart | ImagePart)
    ]


def _user_content(m: UserMessage) -> str | list[dict[str, Any]]:
    if isinstance(m.content, str):
        return m.content
    return _input_parts(m.content)


def _tool_output(m: ToolMessage) -> str | list[dict[str, Any]]:
    # A function_call_output may be a list of input_text and input_image items.
    if not m.images:
        return m.content
    return _input_parts([TextPart(text=m.content), *m.images])


class OpenAIResponsesModel(OpenAIModel):
    """A model behind the Responses API.

    Options, beyond those of ``openai:``: ``reasoning_summary`` (``"auto"``, ``"concise"`` or
    ``"detailed"``: stream the model's reasoning summaries as ``reasoning`` events), ``store``
    (default false: OpenAI keeps nothing between requests).
    """

    provider: ClassVar[str] = "openai-responses"
    extra_options: ClassVar[frozenset[str]] = OpenAIModel.extra_options | {
        "reasoning_summary",
        "store",
    }
    max_tokens_field: ClassVar[str] = "max_output_tokens"
    capabilities: ClassVar[frozenset[str]] = OpenAIModel.capabilities | {"reasoning"}

    def __init__(self, model: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(model, options)
        self.reasoning_summary = self.options.get_str(
            "reasoning_summary", ("auto", "concise", "detailed")
        )
        self.store = self.options.get_bool("store", False)

    def endpoint(self, base_url: str, *, stream: bool) -> str:
        return base_url + "/responses"

    def stream_state(self) -> StreamState:
        return _ResponsesStream(self)

    def build_body(self, request: ModelRequest, *, stream: bool) -> dict[str, Any]:
        system = [request.system] if request.system else []
        system += [m.content for m in request.messages if isinstance(m, SystemMessage)]
        body: dict[str, Any] = {
            "model": self.model,
            "input": self._input(request.messages),
            "store": self.store,
        }
        if system:
            body["instructions"] = "\n\n".join(system)
        if not self.store:
            # Without stored state, reasoning can only be carried over in encrypted form.
            body["include"] = ["reasoning.encrypted_content"]
        if request.tools:
            tools = []
            for spec in request.tools:
                fn = self._tool(spec)["function"]
                # The Responses API makes function tools strict unless told otherwise.
                tools.append({"type": "function", "strict": False, **fn})
            body["tools"] = tools
            choice = request.tool_choice
            if choice is not None:
                body["tool_choice"] = (
                    choice if choice in TOOL_CHOICE_MODES else {"type": "function", "name": choice}
                )
            if request.parallel_tool_calls is not None:
                body["parallel_tool_calls"] = request.parallel_tool_calls
        schema = request.output_schema
        if schema is not None:
            body["text"] = {
                "format": {
                    "type": "json_schema",
                    "name": SCHEMA_NAME.sub("_", schema.name)[:64] or "output",
                    "schema": schema.schema,
                    "strict": False,
                }
            }
        reasoning = {}
        if self.reasoning_effort:
            reasoning["effort"] = self.reasoning_effort
        if self.reasoning_summary:
            reasoning["summary"] = self.reasoning_summary
        if reasoning:
            body["reasoning"] = reasoning
        if request.temperature is not None:
            body["temperature"] = request.temperature
        if request.max_tokens is not None:
            body["max_output_tokens"] = request.max_tokens
        if stream:
            body["stream"] = True
        return body

    def _input(self, messages: list[Message]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for m in messages:
            if isinstance(m, UserMessage):
                items.append({"role": "user", "content": _user_content(m)})
            elif isinstance(m, AssistantMessage):
                kept = (m.provider_data or {}).get(REASONING_KEY)
                if isinstance(kept, list):
                    items += [dict(r) for r in kept if isinstance(r, dict)]
                if m.content:
                    items.append({"role": "assistant", "content": m.content})
                items += [
                    {
                        "type": "function_call",
                        "call_id": c.id,
                        "name": c.name,
                        "arguments": c.arguments,
                    }
                    for c in m.tool_calls
                ]
            elif isinstance(m, ToolMessage):
                items.append(
                    {
                        "type": "function_call_output",
                        "call_id": m.tool_call_id,
                        "output": _tool_output(m),
                    }
                )
        return items

    def parse_response(self, data: dict[str, Any]) -> ModelResponse:
        texts: list[str] = []
        summaries: list[str] = []
        calls: list[ToolCall] = []
        kept: list[dict[str, Any]] = []
        for raw in arr(data.get("output")):
            item = obj(raw)
            kind = text(item.get("type"))
            if kind == "message":
                for part in arr(item.get("content")):
                    p = obj(part)
                    texts.append(text(p.get("text")) or text(p.get("refusal")))
            elif kind == "function_call":
                name = text(item.get("name"))
                if not name:
                    raise self.format_error(f"a function_call has no name: {json_text(item)[:200]}")
                calls.append(
                    ToolCall(
                        id=text(item.get("call_id")) or new_call_id(),
                        name=name,
                        arguments=text(item.get("arguments")) or "{}",
                    )
                )
            elif kind == "reasoning":
                summaries += [text(obj(s).get("text")) for s in arr(item.get("summary"))]
                if item.get("encrypted_content") or self.store:
                    kept.append({k: item[k] for k in _REASONING_FIELDS if k in item})
        status = text(data.get("status"))
        reason = text(obj(data.get("incomplete_details")).get("reason"))
        return ModelResponse(
            message=AssistantMessage(
                content="".join(texts) or None,
                tool_calls=calls,
                reasoning="\n\n".join(s for s in summaries if s) or None,
                provider_data={REASONING_KEY: kept} if kept else None,
            ),
            usage=_usage(data.get("usage")),
            finish_reason=(reason if status == "incomplete" and reason else status) or None,
            model=text(data.get("model")) or self.model,
        )


class _ResponsesStream(StreamState):
    """Deltas as they come; the whole turn from the final ``response.completed`` event."""

    def __init__(self, model: OpenAIResponsesModel) -> None:
        self.model = model
        self.final: dict[str, Any] | None = None
        self.summary_seen: set[tuple[str, int]] = set()

    def feed(self, event: SSEEvent) -> list[StreamChunk]:
        data = self.model.decode_event(event)
        kind = text(data.get("type")) or event.event
        if kind in ("response.output_text.delta", "response.refusal.delta"):
            delta = text(data.get("delta"))
            return [TextDelta(text=delta)] if delta else []
        if kind == "response.reasoning_summary_text.delta":
            delta = text(data.get("delta"))
            return [ReasoningDelta(text=delta)] if delta else []
        if kind == "response.reasoning_summary_part.added":
            # Summary parts are separate paragraphs; the joined text shows the same break.
            key = (text(data.get("item_id")), count(data.get("summary_index")))
            self.summary_seen.add(key)
            return [ReasoningDelta(text="\n\n")] if len(self.summary_seen) > 1 else []
        if kind in ("response.completed", "response.incomplete"):
            self.final = obj(data.get("response"))
        elif kind in ("response.failed", "error"):
            err = obj(obj(data.get("response")).get("error")) if kind != "error" else data
            raise error_for_status(
                500 if kind == "response.failed" else 400,
                text(err.get("message")) or json_text(err),
                text(err.get("code")) or text(err.get("type")),
                provider=self.model.provider,
                model=self.model.model,
                request_id=self.request_id,
            )
        return []

    def finish(self) -> ModelResponse:
        if self.final is None:
            raise self.model.truncated("response.completed")
        return self.model.parse_response(self.final)


def create(model_name: str, options: Mapping[str, Any]) -> OpenAIResponsesModel:
    """Entry point for ``openai-responses:<model>``."""
    return OpenAIResponsesModel(model_name, options)
