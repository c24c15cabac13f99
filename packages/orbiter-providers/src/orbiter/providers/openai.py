"""OpenAI Chat Completions (``openai:<model>``), also the base of every OpenAI-compatible preset."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping
from contextlib import aclosing
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
    ToolSpec,
)
from orbiter.providers._errors import error_for_status
from orbiter.providers._http import HTTPModel, StreamState
from orbiter.providers._json import (
    arr,
    count,
    json_text,
    json_value,
    new_call_id,
    obj,
    output_instructions,
    text,
    usage,
)
from orbiter.providers._options import env_first
from orbiter.providers._sse import SSEEvent
from orbiter.providers._strict import drop_added_nulls, strict_schema

SCHEMA_NAME = re.compile(r"[^a-zA-Z0-9_-]")


def _content_text(value: Any) -> str | None:
    """Message content: a string, or (from some compatible servers) a list of text parts."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(text(obj(p).get("text")) for p in value) or None
    return None


def _parts(parts: list[TextPart | ImagePart]) -> list[dict[str, Any]]:
    return [
        {"type": "text", "text": p.text}
        if isinstance(p, TextPart)
        else {"type": "image_url", "image_url": {"url": p.data_url}}
        for p in parts
    ]


def _user_content(m: UserMessage) -> str | list[dict[str, Any]]:
    return m.content if isinstance(m.content, str) else _parts(m.content)


def _tool_images(m: ToolMessage) -> list[dict[str, Any]]:
    """The images of a tool result as user-message parts, introduced by a line of text."""
    if not m.images:
        return []
    intro = f"The images returned by tool {m.tool_name} (call {m.tool_call_id}):"
    return _parts([TextPart(text=intro), *m.images])


def _usage(data: Any) -> Usage:
    u = obj(data)
    completion = obj(u.get("completion_tokens_details"))
    prompt = obj(u.get("prompt_tokens_details"))
    return usage(
        input_tokens=count(u.get("prompt_tokens")),
        output_tokens=count(u.get("completion_tokens")),
        reasoning=count(completion.get("reasoning_tokens")),
        cache_read=count(prompt.get("cached_tokens")),
    )


def _reasoning_text(delta: dict[str, Any]) -> str:
    # DeepSeek and vLLM call it reasoning_content; OpenRouter and Ollama call it reasoning.
    return text(delta.get("reasoning_content")) or text(delta.get("reasoning"))


class OpenAIModel(HTTPModel):
    """A model behind the Chat Completions API.

    Options (``Agent.model_options``), beyond the common ones: ``organization``, ``project``,
    ``system_role`` (``"system"`` or ``"developer"``), ``reasoning_effort``, ``stream_usage``
    (ask for the usage chunk when streaming; default on), ``strict_tools`` (send tools with
    ``strict: true``, their schemas made to meet strict mode's rules).
    """

    provider: ClassVar[str] = "openai"
    key_env: ClassVar[tuple[str, ...]] = ("OPENAI_API_KEY",)
    base_url_env: ClassVar[tuple[str, ...]] = ("OPENAI_BASE_URL",)
    default_base_url: ClassVar[str] = "https://api.openai.com/v1"
    extra_options: ClassVar[frozenset[str]] = frozenset(
        {"organization", "project", "system_role", "reasoning_effort", "stream_usage",
         "strict_tools"}
    )  # fmt: skip
    # Reasoning models reject max_tokens; many compatible servers know only max_tokens.
    max_tokens_field: ClassVar[str] = "max_completion_tokens"
    # OpenAI's Chat Completions never return reasoning text, only its token count.
    capabilities: ClassVar[frozenset[str]] = frozenset(
        {"tool_choice", "parallel_tool_calls", "strict_tools", "images", "tool_images",
         "native_output"}
    )  # fmt: skip

    def __init__(self, model: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(model, options)
        opts = self.options
        self.system_role = opts.get_str("system_role", ("system", "developer")) or "system"
        self.reasoning_effort = opts.get_str("reasoning_effort")
        self.stream_usage = opts.get_bool("stream_usage", True)
        self.organization = opts.get_str("organization")
        self.project = opts.get_str("project")
        self.strict_tools = opts.get_bool("strict_tools", False)

    def endpoint(self, base_url: str, *, stream: bool) -> str:
        return base_url + "/chat/completions"

    def stream_state(self) -> StreamState:
        return _ChatStream(self)

    def auth_headers(self, api_key: str | None) -> dict[str, str]:
        headers = {"authorization": f"Bearer {api_key}"} if api_key else {}
        if self.provider in ("openai", "openai-responses"):
            org = self.organization or (env_first(("OPENAI_ORG_ID",)) or ("", ""))[1]
            project = self.project or (env_first(("OPENAI_PROJECT_ID",)) or ("", ""))[1]
            if org:
                headers["openai-organization"] = org
            if project:
                headers["openai-project"] = project
        return headers

    def _messages(self, history: list[Message]) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = []
        # Tool messages cannot hold images: those of a turn's tool results follow them in a user
        # message, once the tool messages answering every call of that turn are in.
        tool_images: list[dict[str, Any]] = []
        for m in history:
            if tool_images and not isinstance(m, ToolMessage):
                messages.append({"role": "user", "content": tool_images})
                tool_images = []
            if isinstance(m, UserMessage):
                messages.append({"role": "user", "content": _user_content(m)})
            elif isinstance(m, AssistantMessage):
                entry: dict[str, Any] = {"role": "assistant", "content": m.content}
                if m.tool_calls:
                    entry["tool_calls"] = [
                        {
                            "id": c.id,
                            "type": "function",
                            "function": {"name": c.name, "arguments": c.arguments},
                        }
                        for c in m.tool_calls
                    ]
                elif m.content is None:
                    entry["content"] = ""
                messages.append(entry)
            elif isinstance(m, ToolMessage):
                messages.append(
                    {"role": "tool", "tool_call_id": m.tool_call_id, "content": m.content}
                )
                tool_images += _tool_images(m)
            elif isinstance(m, SystemMessage):
                messages.append({"role": self.system_role, "content": m.content})
        if tool_images:
            messages.append({"role": "user", "content": tool_images})
        return messages

    def build_body(self, request: ModelRequest, *, stream: bool) -> dict[str, Any]:
        messages: list[dict[str, Any]] = []
        system = request.system
        schema = request.output_schema
        if schema is not None and "native_output" not in self.capabilities:
            system = "\n\n".join(
                filter(None, [system, output_instructions(schema.name, schema.schema)])
            )
        if system:
            messages.append({"role": self.system_role, "content": system})
        messages += self._messages(request.messages)
        body: dict[str, Any] = {"model": self.model, "messages": messages}
        if request.tools:
            body["tools"] = [self._tool(t) for t in request.tools]
            choice = request.tool_choice
            if choice is not None:
                body["tool_choice"] = (
                    choice
                    if choice in TOOL_CHOICE_MODES
                    else {"type": "function", "function": {"name": choice}}
                )
            if request.parallel_tool_calls is not None:
                body["parallel_tool_calls"] = request.parallel_tool_calls
        if schema is not None and "native_output" in self.capabilities:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {
                    "name": SCHEMA_NAME.sub("_", schema.name)[:64] or "output",
                    "schema": schema.schema,
                    # Strict mode demands every property required and no extra keys, which
                    # schemas of ordinary Python types do not promise.
                    "strict": False,
                },
            }
        if request.temperature is not None:
            body["temperature"] = request.temperature
        if request.max_tokens is not None:
            body[self.max_tokens_field] = request.max_tokens
        if self.reasoning_effort:
            body["reasoning_effort"] = self.reasoning_effort
        if stream:
            body["stream"] = True
            if self.stream_usage:
                body["stream_options"] = {"include_usage": True}
        return body

    def _tool(self, spec: ToolSpec) -> dict[str, Any]:
        fn: dict[str, Any] = {
            "name": spec.name,
            "description": spec.description,
            "parameters": spec.parameters,
        }
        if self.strict_tools:
            # A schema strict mode cannot express (a free-form dict) goes as it is, not strict.
            strict = strict_schema(spec.parameters)
            if strict is not None:
                fn["parameters"] = strict
                fn["strict"] = True
        return {"type": "function", "function": fn}

    def _fit_arguments(self, request: ModelRequest, response: ModelResponse) -> ModelResponse:
        """Drop the nulls strict mode made the model send for optional arguments."""
        if not self.strict_tools or not response.message.tool_calls:
            return response
        schemas = {t.name: t.parameters for t in request.tools}
        for call in response.message.tool_calls:
            args = json_value(call.arguments)
            if call.name in schemas and isinstance(args, dict):
                fitted = drop_added_nulls(schemas[call.name], args)
                if fitted != args:
                    call.arguments = json_text(fitted)
        return response

    async def complete(self, request: ModelRequest) -> ModelResponse:
        return self._fit_arguments(request, await super().complete(request))

    def stream(self, request: ModelRequest) -> AsyncIterator[StreamChunk]:
        chunks = super().stream(request)
        return self._fitted(request, chunks) if self.strict_tools else chunks

    async def _fitted(
        self, request: ModelRequest, chunks: AsyncIterator[StreamChunk]
    ) -> AsyncIterator[StreamChunk]:
        async with aclosing(chunks) as inner:  # type: ignore[type-var]
            async for chunk in inner:
                if isinstance(chunk, ModelResponse):
                    chunk = self._fit_arguments(request, chunk)
                yield chunk

    def _tool_call(self, raw: Any) -> ToolCall:
        call = obj(raw)
        fn = obj(call.get("function"))
        name = text(fn.get("name"))
        if not name:
            raise self.format_error(f"a tool call has no function name: {json_text(raw)[:200]}")
        args = fn.get("arguments")
        arguments = args if isinstance(args, str) else json_text(args)
        return ToolCall(
            id=text(call.get("id")) or new_call_id(), name=name, arguments=arguments or "{}"
        )

    def parse_response(self, data: dict[str, Any]) -> ModelResponse:
        choices = arr(data.get("choices"))
        if not choices:
            raise self.format_error("the response has no choices")
        choice = obj(choices[0])
        message = choice.get("message")
        if not isinstance(message, dict):
            raise self.format_error("the first choice has no message object")
        content = _content_text(message.get("content"))
        if not content and text(message.get("refusal")):
            content = message["refusal"]
        calls = [self._tool_call(c) for c in arr(message.get("tool_calls"))]
        return ModelResponse(
            message=AssistantMessage(
                content=content, tool_calls=calls, reasoning=_reasoning_text(message) or None
            ),
            usage=_usage(data.get("usage")),
            finish_reason=text(choice.get("finish_reason")) or None,
            model=text(data.get("model")) or self.model,
        )


class _ChatStream(StreamState):
    def __init__(self, model: OpenAIModel) -> None:
        self.model = model
        self.text: list[str] = []
        self.reasoning: list[str] = []
        self.calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None
        self.usage: Usage | None = None
        self.model_name = ""
        self.done = False

    def feed(self, event: SSEEvent) -> list[StreamChunk]:
        if event.data.strip() == "[DONE]":
            self.done = True
            return []
        data = self.model.decode_event(event)
        if "error" in data and not data.get("choices"):
            err = obj(data.get("error"))
            raise error_for_status(
                count(err.get("code")) or 500,
                text(err.get("message")) or json_text(data.get("error")),
                text(err.get("type")) or text(err.get("code")),
                provider=self.model.provider,
                model=self.model.model,
                request_id=self.request_id,
            )
        self.model_name = self.model_name or text(data.get("model"))
        # Groq reports stream usage under x_groq; everyone else under usage.
        raw_usage = data.get("usage") or obj(data.get("x_groq")).get("usage")
        if isinstance(raw_usage, dict):
            self.usage = _usage(raw_usage)
        out: list[StreamChunk] = []
        for raw in arr(data.get("choices")):
            choice = obj(raw)
            if count(choice.get("index")):
                continue  # only the first choice is used; n>1 is not supported
            delta = obj(choice.get("delta"))
            reasoning = _reasoning_text(delta)
            if reasoning:
                self.reasoning.append(reasoning)
                out.append(ReasoningDelta(text=reasoning))
            content = _content_text(delta.get("content"))
            if content:
                self.text.append(content)
                out.append(TextDelta(text=content))
            for frag in arr(delta.get("tool_calls")):
                self._tool_fragment(obj(frag))
            if text(choice.get("finish_reason")):
                self.finish_reason = choice["finish_reason"]
        return out

    def _tool_fragment(self, frag: dict[str, Any]) -> None:
        index = frag.get("index")
        frag_id = text(frag.get("id"))
        if not isinstance(index, int):
            # Some servers leave out the index: a new id starts a new call.
            known = [i for i, c in self.calls.items() if c["id"] == frag_id and frag_id]
            if known:
                index = known[0]
            elif frag_id or not self.calls:
                index = len(self.calls)
            else:
                index = max(self.calls)
        call = self.calls.setdefault(index, {"id": "", "name": "", "args": []})
        if frag_id:
            call["id"] = frag_id
        fn = obj(frag.get("function"))
        # Some servers repeat the name on every fragment; the first one names the call.
        if text(fn.get("name")) and not call["name"]:
            call["name"] = fn["name"]
        args = fn.get("arguments")
        if isinstance(args, str):
            call["args"].append(args)
        elif isinstance(args, dict):
            call["args"].append(json_text(args))

    def finish(self) -> ModelResponse:
        if not self.done and self.finish_reason is None:
            raise self.model.truncated("the model finished its answer (no finish_reason or [DONE])")
        calls = []
        for index in sorted(self.calls):
            c = self.calls[index]
            if not c["name"]:
                raise self.model.format_error(f"streamed tool call #{index} has no function name")
            calls.append(
                ToolCall(
                    id=c["id"] or new_call_id(),
                    name=c["name"],
                    arguments="".join(c["args"]) or "{}",
                )
            )
        return ModelResponse(
            message=AssistantMessage(
                content="".join(self.text) or None,
                tool_calls=calls,
                reasoning="".join(self.reasoning) or None,
            ),
            usage=self.usage if self.usage is not None else usage(),
            finish_reason=self.finish_reason,
            model=self.model_name or self.model.model,
        )


def create(model_name: str, options: Mapping[str, Any]) -> OpenAIModel:
    """Entry point for ``openai:<model>``."""
    return OpenAIModel(model_name, options)
