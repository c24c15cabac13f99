"""Anthropic Messages API (``anthropic:<model>``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar

from orbiter.errors import (
    AuthenticationError,
    ConfigurationError,
    ContextLengthExceededError,
    InvalidRequestError,
    ModelError,
    RateLimitError,
    ServerError,
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
from orbiter.models import ModelRequest, ModelResponse, ReasoningDelta, StreamChunk, TextDelta
from orbiter.providers._errors import is_context_overflow
from orbiter.providers._http import HTTPModel, StreamState
from orbiter.providers._json import (
    append_turn,
    count,
    json_text,
    json_value,
    new_call_id,
    obj,
    output_instructions,
    text,
    usage,
)
from orbiter.providers._sse import SSEEvent
from orbiter.providers._strict import closed_schema

DEFAULT_MAX_TOKENS = 4096
API_VERSION = "2023-06-01"
# Where the content blocks of a turn are kept for the next request: thinking blocks must go
# back unchanged (with their signatures), and so must server-side tool blocks.
CONTENT_KEY = "anthropic_content"
_TEXT_SEPARATOR = "\n\n"

# Stream error types (``event: error``) and what they mean for the caller.
_STREAM_ERRORS: dict[str, tuple[type[ModelError], int, bool]] = {
    "overloaded_error": (ServerError, 529, True),
    "api_error": (ServerError, 500, True),
    "rate_limit_error": (RateLimitError, 429, True),
    "authentication_error": (AuthenticationError, 401, False),
    "permission_error": (AuthenticationError, 403, False),
    "invalid_request_error": (InvalidRequestError, 400, False),
    "not_found_error": (InvalidRequestError, 404, False),
    "request_too_large": (ContextLengthExceededError, 413, False),
}


def _clean_block(block: dict[str, Any]) -> dict[str, Any]:
    """A content block as it may be sent back: no nulls, no response-only fields."""
    cleaned = {k: v for k, v in block.items() if v is not None}
    if cleaned.get("type") == "tool_use":
        cleaned.pop("caller", None)
    return cleaned


# Models that take output_config.format (structured outputs): Claude 4.5 and later, Opus 4.1.
_NATIVE_OUTPUT_MODELS = re.compile(r"claude-(?:opus-4-1|(?:opus|sonnet|haiku)-4-[5-9]|\w+-[5-9])")
_EPHEMERAL = {"type": "ephemeral"}


def _mark_cache_breakpoints(body: dict[str, Any]) -> None:
    """Cache the prompt up to the system text, the tools and the conversation so far.

    Three of the four breakpoints a request may have: on a tool loop every later call reads the
    prefix the earlier one wrote.
    """
    system = body.get("system")
    if isinstance(system, str):
        body["system"] = [{"type": "text", "text": system, "cache_control": _EPHEMERAL}]
    tools = body.get("tools")
    if tools:
        tools[-1] = {**tools[-1], "cache_control": _EPHEMERAL}
    messages = body.get("messages")
    if messages:
        blocks = messages[-1]["content"]
        # Thinking blocks cannot carry a breakpoint; a turn always ends with another block.
        if blocks and blocks[-1].get("type") not in ("thinking", "redacted_thinking"):
            blocks[-1] = {**blocks[-1], "cache_control": _EPHEMERAL}


def _user_block(part: TextPart | ImagePart) -> dict[str, Any]:
    if isinstance(part, TextPart):
        return {"type": "text", "text": part.text}
    if part.url is not None:
        return {"type": "image", "source": {"type": "url", "url": part.url}}
    return {
        "type": "image",
        "source": {"type": "base64", "media_type": part.media_type, "data": part.data},
    }


def _tool_choice(choice: str | None, parallel: bool | None) -> dict[str, Any] | None:
    """Orbiter's tool_choice and parallel_tool_calls as one Anthropic ``tool_choice`` object."""
    if choice is None and parallel is not False:
        return None
    if choice == "none":
        return {"type": "none"}  # no calls at all: the parallel flag has nothing to say
    if choice in (None, "auto"):
        out: dict[str, Any] = {"type": "auto"}
    elif choice == "required":
        out = {"type": "any"}
    else:
        out = {"type": "tool", "name": choice}
    if parallel is False:
        out["disable_parallel_tool_use"] = True
    return out


def _usage(u: dict[str, Any]) -> Usage:
    cache_read = count(u.get("cache_read_input_tokens"))
    cache_write = count(u.get("cache_creation_input_tokens"))
    # Anthropic counts cached input apart; fold it in so input_tokens means all input, as with
    # the other providers.
    return usage(
        input_tokens=count(u.get("input_tokens")) + cache_write + cache_read,
        output_tokens=count(u.get("output_tokens")),
        cache_read=cache_read,
        cache_write=cache_write,
    )


class AnthropicModel(HTTPModel):
    """A Claude model behind the Messages API.

    Options, beyond the common ones: ``max_tokens`` (the default output budget, 4096),
    ``thinking_budget`` (turn on extended thinking with that many tokens), ``anthropic_version``,
    ``prompt_caching`` (mark the system prompt, the tools and the conversation so far as cache
    breakpoints), ``native_output`` (send ``output_type`` as ``output_config.format``; by default
    on for the models known to support it).
    """

    provider: ClassVar[str] = "anthropic"
    key_env: ClassVar[tuple[str, ...]] = ("ANTHROPIC_API_KEY",)
    base_url_env: ClassVar[tuple[str, ...]] = ("ANTHROPIC_BASE_URL",)
    default_base_url: ClassVar[str] = "https://api.anthropic.com"
    extra_options: ClassVar[frozenset[str]] = frozenset(
        {"max_tokens", "thinking_budget", "anthropic_version", "prompt_caching", "native_output"}
    )
    capabilities: ClassVar[frozenset[str]] = frozenset(
        {"tool_choice", "parallel_tool_calls", "images", "tool_images", "native_output",
         "reasoning", "prompt_caching"}
    )  # fmt: skip

    def __init__(self, model: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(model, options)
        self.default_max_tokens = self.options.get_int("max_tokens") or DEFAULT_MAX_TOKENS
        self.thinking_budget = self.options.get_int("thinking_budget")
        self.api_version = self.options.get_str("anthropic_version") or API_VERSION
        self.prompt_caching = self.options.get_bool("prompt_caching", False)
        native = self.options.raw.get("native_output")
        self.native_output = (
            bool(_NATIVE_OUTPUT_MODELS.match(self.model))
            if native is None
            else self.options.get_bool("native_output", True)
        )

    def endpoint(self, base_url: str, *, stream: bool) -> str:
        # ANTHROPIC_BASE_URL is the host root, as for the official SDK; accept one ending in /v1.
        if base_url.endswith("/v1"):
            return base_url + "/messages"
        return base_url + "/v1/messages"

    def stream_state(self) -> StreamState:
        return _MessagesStream(self)

    def auth_headers(self, api_key: str | None) -> dict[str, str]:
        headers = {"anthropic-version": self.api_version}
        if api_key:
            headers["x-api-key"] = api_key
        return headers

    def build_body(self, request: ModelRequest, *, stream: bool) -> dict[str, Any]:
        system_parts = [request.system] if request.system else []
        system_parts += [m.content for m in request.messages if isinstance(m, SystemMessage)]
        schema = request.output_schema
        if schema is not None and not self.native_output:
            system_parts.append(output_instructions(schema.name, schema.schema))
        max_tokens = request.max_tokens
        if max_tokens is None:
            max_tokens = self.default_max_tokens
            if self.thinking_budget and max_tokens <= self.thinking_budget:
                # max_tokens must leave room for the answer after the thinking budget.
                max_tokens = self.thinking_budget + self.default_max_tokens
        body: dict[str, Any] = {
            "model": self.model,
            "max_tokens": max_tokens,
            "messages": self._messages(request.messages),
        }
        if system_parts:
            body["system"] = "\n\n".join(system_parts)
        if schema is not None and self.native_output:
            format_ = {"type": "json_schema", "schema": closed_schema(schema.schema)}
            body["output_config"] = {"format": format_}
        if request.tools:
            body["tools"] = [
                {"name": t.name, "description": t.description, "input_schema": t.parameters}
                for t in request.tools
            ]
            choice = _tool_choice(request.tool_choice, request.parallel_tool_calls)
            if choice is not None:
                if self.thinking_budget and choice["type"] in ("any", "tool"):
                    raise ConfigurationError(
                        f"{self.name}: tool_choice={request.tool_choice!r} forces a tool call, "
                        "which Anthropic refuses while extended thinking is on "
                        "(thinking_budget); use 'auto' or 'none', or turn thinking off"
                    )
                body["tool_choice"] = choice
        if request.temperature is not None:
            body["temperature"] = request.temperature
        if self.thinking_budget:
            body["thinking"] = {"type": "enabled", "budget_tokens": self.thinking_budget}
        if self.prompt_caching:
            _mark_cache_breakpoints(body)
        if stream:
            body["stream"] = True
        return body

    def _messages(self, messages: list[Message]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for m in messages:
            if isinstance(m, UserMessage):
                blocks = [_user_block(p) for p in m.parts]
                if blocks:
                    append_turn(out, "user", "content", blocks)
            elif isinstance(m, AssistantMessage):
                append_turn(out, "assistant", "content", self._assistant_blocks(m))
            elif isinstance(m, ToolMessage):
                append_turn(
                    out,
                    "user",
                    "content",
                    [
                        {
                            "type": "tool_result",
                            "tool_use_id": m.tool_call_id,
                            # tool_result content may hold image blocks beside the text.
                            "content": [
                                {"type": "text", "text": m.content},
                                *(_user_block(p) for p in m.images),
                            ]
                            if m.images
                            else m.content,
                            "is_error": m.is_error,
                        }
                    ],
                )
        return out

    def _assistant_blocks(self, m: AssistantMessage) -> list[dict[str, Any]]:
        stored = (m.provider_data or {}).get(CONTENT_KEY)
        if isinstance(stored, list) and all(isinstance(b, dict) for b in stored):
            return [dict(b) for b in stored]
        blocks: list[dict[str, Any]] = []
        if m.content:
            blocks.append({"type": "text", "text": m.content})
        for call in m.tool_calls:
            args = json_value(call.arguments)
            blocks.append(
                {
                    "type": "tool_use",
                    "id": call.id,
                    "name": call.name,
                    "input": args if isinstance(args, dict) else {},
                }
            )
        return blocks

    def parse_response(self, data: dict[str, Any]) -> ModelResponse:
        content = data.get("content")
        if not isinstance(content, list):
            raise self.format_error("the response has no content list")
        return self._response([obj(b) for b in content], data, text(data.get("stop_reason")))

    def _response(
        self,
        blocks: list[dict[str, Any]],
        message: dict[str, Any],
        stop_reason: str,
        usage_data: dict[str, Any] | None = None,
    ) -> ModelResponse:
        texts: list[str] = []
        thinking: list[str] = []
        calls: list[ToolCall] = []
        keep = False
        for block in blocks:
            raw = block.pop("_raw_input", None)
            kind = text(block.get("type"))
            if kind == "text":
                if text(block.get("text")):
                    texts.append(block["text"])
            elif kind == "tool_use":
                name = text(block.get("name"))
                if not name:
                    raise self.format_error("a tool_use block has no name")
                arguments = raw if isinstance(raw, str) and raw else json_text(block.get("input"))
                calls.append(
                    ToolCall(
                        id=text(block.get("id")) or new_call_id(), name=name, arguments=arguments
                    )
                )
            else:
                keep = True
                if kind == "thinking":
                    thinking.append(text(block.get("thinking")))
        # The API rejects empty text blocks, and a stream can open one that stays empty.
        kept = [_clean_block(b) for b in blocks if b.get("type") != "text" or text(b.get("text"))]
        provider_data = {CONTENT_KEY: kept} if keep else None
        return ModelResponse(
            message=AssistantMessage(
                content=_TEXT_SEPARATOR.join(texts) or None,
                tool_calls=calls,
                reasoning="".join(thinking) or None,
                provider_data=provider_data,
            ),
            usage=_usage(usage_data if usage_data is not None else obj(message.get("usage"))),
            finish_reason=stop_reason or None,
            model=text(message.get("model")) or self.model,
        )


class _MessagesStream(StreamState):
    def __init__(self, model: AnthropicModel) -> None:
        self.model = model
        self.message: dict[str, Any] = {}
        self.usage: dict[str, Any] = {}
        self.blocks: dict[int, dict[str, Any]] = {}
        self.partial_json: dict[int, list[str]] = {}
        self.stop_reason = ""
        self.done = False
        # Text blocks are joined with a blank line; the stream shows the same separator.
        self.last_text_index: int | None = None

    def feed(self, event: SSEEvent) -> list[StreamChunk]:
        data = self.model.decode_event(event)
        kind = text(data.get("type")) or event.event
        if kind == "message_start":
            self.message = obj(data.get("message"))
            self.usage.update(obj(self.message.get("usage")))
        elif kind == "content_block_start":
            index = data.get("index")
            block = dict(obj(data.get("content_block")))
            if not isinstance(index, int) or not block:
                raise self.model.format_error(f"malformed content_block_start: {event.data[:200]}")
            self.blocks[index] = block
            if block.get("type") == "text" and text(block.get("text")):
                return self._text(index, block["text"])
            if block.get("type") == "thinking" and text(block.get("thinking")):
                return [ReasoningDelta(text=block["thinking"])]
        elif kind == "content_block_delta":
            return self._delta(data)
        elif kind == "content_block_stop":
            index = data.get("index")
            if isinstance(index, int) and index in self.partial_json:
                raw = "".join(self.partial_json.pop(index))
                block = self.blocks.get(index, {})
                if raw:
                    value = json_value(raw)
                    block["input"] = value if isinstance(value, dict) else {}
                    block["_raw_input"] = raw
        elif kind == "message_delta":
            delta = obj(data.get("delta"))
            self.stop_reason = text(delta.get("stop_reason")) or self.stop_reason
            # message_delta usage is cumulative: it replaces what message_start said.
            self.usage.update(obj(data.get("usage")))
        elif kind == "message_stop":
            self.done = True
        elif kind == "error":
            raise self._stream_error(obj(data.get("error")), text(data.get("request_id")))
        return []

    def _text(self, index: int, value: str) -> list[StreamChunk]:
        out: list[StreamChunk] = []
        if self.last_text_index is not None and self.last_text_index != index:
            out.append(TextDelta(text=_TEXT_SEPARATOR))
        self.last_text_index = index
        out.append(TextDelta(text=value))
        return out

    def _delta(self, data: dict[str, Any]) -> list[StreamChunk]:
        index = data.get("index")
        block = self.blocks.get(index) if isinstance(index, int) else None
        if block is None or not isinstance(index, int):
            raise self.model.format_error(
                f"a content_block_delta refers to block {index!r}, which never started"
            )
        delta = obj(data.get("delta"))
        kind = text(delta.get("type"))
        if kind == "text_delta":
            piece = text(delta.get("text"))
            if not piece:
                return []
            block["text"] = text(block.get("text")) + piece
            return self._text(index, piece)
        if kind == "thinking_delta":
            piece = text(delta.get("thinking"))
            block["thinking"] = text(block.get("thinking")) + piece
            return [ReasoningDelta(text=piece)] if piece else []
        if kind == "signature_delta":
            block["signature"] = text(block.get("signature")) + text(delta.get("signature"))
        elif kind == "input_json_delta":
            self.partial_json.setdefault(index, []).append(text(delta.get("partial_json")))
        return []

    def _stream_error(self, err: dict[str, Any], request_id: str) -> ModelError:
        kind = text(err.get("type"))
        cls, status, retryable = _STREAM_ERRORS.get(kind, (ServerError, 500, True))
        message = text(err.get("message"))
        if cls is InvalidRequestError and is_context_overflow(status, message, kind):
            cls = ContextLengthExceededError
        rid = request_id or self.request_id
        return cls(
            f"{self.model.name}: the stream reported an error: "
            f"{message or kind or 'unknown'} [{kind}]" + (f" (request id {rid})" if rid else ""),
            provider=self.model.provider,
            model=self.model.model,
            status_code=status,
            retryable=retryable,
            request_id=rid,
        )

    def finish(self) -> ModelResponse:
        if not self.done and not self.stop_reason:
            raise self.model.truncated("message_stop")
        if self.partial_json:
            raise self.model.truncated("a tool call's arguments were complete")
        blocks = [self.blocks[i] for i in sorted(self.blocks)]
        return self.model._response(blocks, self.message, self.stop_reason, self.usage)


def create(model_name: str, options: Mapping[str, Any]) -> AnthropicModel:
    """Entry point for ``anthropic:<model>``."""
    return AnthropicModel(model_name, options)
