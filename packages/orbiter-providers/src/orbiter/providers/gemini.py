"""Google Gemini REST API (``gemini:<model>``): generateContent and streamGenerateContent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from orbiter.errors import InvalidRequestError
from orbiter.messages import (
    AssistantMessage,
    ImagePart,
    Message,
    SystemMessage,
    TextPart,
    ToolCall,
    ToolMessage,
    UserMessage,
)
from orbiter.models import ModelRequest, ModelResponse, ReasoningDelta, StreamChunk, TextDelta
from orbiter.providers._errors import error_for_status
from orbiter.providers._http import HTTPModel, StreamState
from orbiter.providers._json import (
    append_turn,
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
from orbiter.providers._sse import SSEEvent

API_VERSION = "v1beta"
# The model's parts of a turn, kept when they hold what must go back unchanged: thought
# signatures, thoughts, and function-call ids.
PARTS_KEY = "gemini_parts"
# Orbiter's tool_choice -> functionCallingConfig.mode; a tool's name is ANY limited to it.
_CALLING_MODES = {"auto": "AUTO", "none": "NONE", "required": "ANY"}
_BLOCKED = frozenset(
    {"SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY"}
)


def _user_part(part: TextPart | ImagePart) -> dict[str, Any]:
    if isinstance(part, TextPart):
        return {"text": part.text}
    if part.url is not None:
        # Gemini wants the type of a file it fetches; guess it from the URL's extension.
        import mimetypes

        guessed = mimetypes.guess_type(part.url.split("?", 1)[0])[0]
        return {"fileData": {"mimeType": guessed or "image/jpeg", "fileUri": part.url}}
    return {"inlineData": {"mimeType": part.media_type, "data": part.data}}


class GeminiModel(HTTPModel):
    """A Gemini model behind the Generative Language REST API.

    Options, beyond the common ones: ``api_version`` (``v1beta``), ``thinking_budget``,
    ``include_thoughts`` (stream thought summaries as reasoning), ``native_output`` (use
    ``responseJsonSchema`` for ``output_type``; by default only when the agent has no tools).
    """

    provider: ClassVar[str] = "gemini"
    key_env: ClassVar[tuple[str, ...]] = ("GEMINI_API_KEY", "GOOGLE_API_KEY")
    base_url_env: ClassVar[tuple[str, ...]] = ("GEMINI_BASE_URL", "GOOGLE_GEMINI_BASE_URL")
    default_base_url: ClassVar[str] = "https://generativelanguage.googleapis.com"
    extra_options: ClassVar[frozenset[str]] = frozenset(
        {"api_version", "thinking_budget", "include_thoughts", "native_output"}
    )
    # Gemini has no switch for parallel calls, and caches implicitly, with no breakpoints.
    capabilities: ClassVar[frozenset[str]] = frozenset(
        {"tool_choice", "images", "tool_images", "native_output", "reasoning"}
    )

    def __init__(self, model: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(model.removeprefix("models/"), options)
        opts = self.options
        self.api_version = opts.get_str("api_version") or API_VERSION
        raw_budget = opts.raw.get("thinking_budget")
        # 0 turns thinking off and -1 lets the model decide, so any integer is meaningful.
        if raw_budget is not None and (
            isinstance(raw_budget, bool) or not isinstance(raw_budget, int)
        ):
            raise opts._fail("thinking_budget", "an integer number of tokens")
        self.thinking_budget: int | None = raw_budget
        self.include_thoughts = opts.get_bool("include_thoughts", False)
        native = opts.raw.get("native_output")
        self.native_output: bool | None = (
            None if native is None else opts.get_bool("native_output", True)
        )

    def endpoint(self, base_url: str, *, stream: bool) -> str:
        if not base_url.rstrip("/").rsplit("/", 1)[-1].startswith("v1"):
            base_url = f"{base_url}/{self.api_version}"
        method = "streamGenerateContent?alt=sse" if stream else "generateContent"
        return f"{base_url}/models/{self.model}:{method}"

    def stream_state(self) -> StreamState:
        return _GenerateStream(self)

    def auth_headers(self, api_key: str | None) -> dict[str, str]:
        return {"x-goog-api-key": api_key} if api_key else {}

    def build_body(self, request: ModelRequest, *, stream: bool) -> dict[str, Any]:
        system_parts = [request.system] if request.system else []
        system_parts += [m.content for m in request.messages if isinstance(m, SystemMessage)]
        config: dict[str, Any] = {}
        schema = request.output_schema
        if schema is not None:
            native = self.native_output
            if native is None:
                # Gemini before 3 rejects a JSON response type together with function calling.
                native = not request.tools or self.model.startswith("gemini-3")
            if native:
                config["responseMimeType"] = "application/json"
                config["responseJsonSchema"] = schema.schema
            else:
                system_parts.append(output_instructions(schema.name, schema.schema))
        if request.temperature is not None:
            config["temperature"] = request.temperature
        if request.max_tokens is not None:
            config["maxOutputTokens"] = request.max_tokens
        thinking: dict[str, Any] = {}
        if self.thinking_budget is not None:
            thinking["thinkingBudget"] = self.thinking_budget
        if self.include_thoughts:
            thinking["includeThoughts"] = True
        if thinking:
            config["thinkingConfig"] = thinking
        body: dict[str, Any] = {"contents": self._contents(request.messages)}
        if system_parts:
            body["systemInstruction"] = {"parts": [{"text": "\n\n".join(system_parts)}]}
        if request.tools:
            body["tools"] = [
                {
                    "functionDeclarations": [
                        {
                            "name": t.name,
                            "description": t.description,
                            "parametersJsonSchema": t.parameters,
                        }
                        for t in request.tools
                    ]
                }
            ]
            choice = request.tool_choice
            if choice is not None:
                # Gemini has no switch for parallel calls; parallel_tool_calls is not sent.
                mode = _CALLING_MODES.get(choice, "ANY")
                calling: dict[str, Any] = {"mode": mode}
                if choice not in _CALLING_MODES:
                    calling["allowedFunctionNames"] = [choice]
                body["toolConfig"] = {"functionCallingConfig": calling}
        if config:
            body["generationConfig"] = config
        return body

    def _contents(self, messages: list[Message]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        gemini_ids: set[str] = set()

        for m in messages:
            if isinstance(m, UserMessage):
                parts = [_user_part(p) for p in m.parts]
                if parts:
                    append_turn(out, "user", "parts", parts)
            elif isinstance(m, AssistantMessage):
                stored = (m.provider_data or {}).get(PARTS_KEY)
                if isinstance(stored, list) and all(isinstance(p, dict) for p in stored):
                    parts = [dict(p) for p in stored]
                    for p in parts:
                        fc_id = text(obj(p.get("functionCall")).get("id"))
                        if fc_id:
                            gemini_ids.add(fc_id)
                else:
                    parts = [{"text": m.content}] if m.content else []
                    for call in m.tool_calls:
                        args = json_value(call.arguments)
                        parts.append(
                            {
                                "functionCall": {
                                    "name": call.name,
                                    "args": args if isinstance(args, dict) else {},
                                }
                            }
                        )
                append_turn(out, "model", "parts", parts)
            elif isinstance(m, ToolMessage):
                value = json_value(m.content)
                response: dict[str, Any] = {"error": value} if m.is_error else {"result": value}
                fr: dict[str, Any] = {"name": m.tool_name, "response": response}
                if m.tool_call_id in gemini_ids:
                    fr["id"] = m.tool_call_id
                images = [_user_part(p) for p in m.images]
                if images and self.model.startswith("gemini-3"):
                    # Gemini 3 takes a function's images inside its functionResponse.
                    fr["parts"] = images
                    images = []
                append_turn(out, "user", "parts", [{"functionResponse": fr}, *images])
        return out

    def parse_response(self, data: dict[str, Any]) -> ModelResponse:
        state = _GenerateStream(self)
        state.add(data)
        return state.result()


class _GenerateStream(StreamState):
    """Every Gemini stream chunk is a whole response; parts accumulate across chunks."""

    def __init__(self, model: GeminiModel) -> None:
        self.model = model
        self.parts: list[dict[str, Any]] = []
        self.calls: list[ToolCall] = []
        self.text: list[str] = []
        self.reasoning: list[str] = []
        self.finish_reason = ""
        self.usage: dict[str, Any] = {}
        self.model_version = ""
        self.keep = False
        self.seen = False

    def feed(self, event: SSEEvent) -> list[StreamChunk]:
        return self.add(self.model.decode_event(event))

    def add(self, data: dict[str, Any]) -> list[StreamChunk]:
        if "error" in data and not data.get("candidates"):
            err = obj(data.get("error"))
            raise error_for_status(
                count(err.get("code")) or 500,
                text(err.get("message")) or json_text(data.get("error")),
                text(err.get("status")),
                provider=self.model.provider,
                model=self.model.model,
            )
        self.seen = True
        self.model_version = text(data.get("modelVersion")) or self.model_version
        if isinstance(data.get("usageMetadata"), dict):
            # Each chunk repeats the running totals; the last one holds the final counts.
            self.usage = data["usageMetadata"]
        candidates = arr(data.get("candidates"))
        if not candidates:
            reason = text(obj(data.get("promptFeedback")).get("blockReason"))
            if reason:
                raise InvalidRequestError(
                    f"{self.model.name}: the prompt was blocked ({reason})",
                    provider=self.model.provider,
                    model=self.model.model,
                )
            return []
        candidate = obj(candidates[0])
        self.finish_reason = text(candidate.get("finishReason")) or self.finish_reason
        out: list[StreamChunk] = []
        for raw in arr(obj(candidate.get("content")).get("parts")):
            part = obj(raw)
            if "functionCall" in part:
                fc = obj(part.get("functionCall"))
                name = text(fc.get("name"))
                if not name:
                    raise self.model.format_error("a functionCall part has no name")
                if text(fc.get("id")) or "thoughtSignature" in part:
                    self.keep = True
                self.calls.append(
                    ToolCall(
                        id=text(fc.get("id")) or new_call_id(),
                        name=name,
                        arguments=json_text(fc.get("args") if fc.get("args") is not None else {}),
                    )
                )
                self.parts.append(dict(part))
                continue
            piece = text(part.get("text"))
            thought = part.get("thought") is True
            if not piece and "thoughtSignature" not in part:
                continue
            if thought or "thoughtSignature" in part:
                self.keep = True
            if piece:
                if thought:
                    self.reasoning.append(piece)
                    out.append(ReasoningDelta(text=piece))
                else:
                    self.text.append(piece)
                    out.append(TextDelta(text=piece))
            self._merge_text_part(part, thought)
        return out

    def _merge_text_part(self, part: dict[str, Any], thought: bool) -> None:
        last = self.parts[-1] if self.parts else None
        if (
            last is not None
            and "text" in last
            and (last.get("thought") is True) == thought
            and "thoughtSignature" not in last
        ):
            last["text"] = text(last.get("text")) + text(part.get("text"))
            if "thoughtSignature" in part:
                last["thoughtSignature"] = part["thoughtSignature"]
            return
        new = dict(part)
        new.setdefault("text", "")
        self.parts.append(new)

    def finish(self) -> ModelResponse:
        if not self.finish_reason:
            raise self.model.truncated("a finishReason arrived")
        return self.result()

    def result(self) -> ModelResponse:
        if not self.seen:
            raise self.model.format_error("the response has no candidates")
        if self.finish_reason in _BLOCKED and not self.text and not self.calls:
            raise InvalidRequestError(
                f"{self.model.name}: the answer was blocked (finishReason {self.finish_reason})",
                provider=self.model.provider,
                model=self.model.model,
            )
        if self.finish_reason == "MALFORMED_FUNCTION_CALL" and not self.calls:
            raise self.model.format_error(
                "the model produced a malformed function call", retryable=True
            )
        u = self.usage
        thoughts = count(u.get("thoughtsTokenCount"))
        return ModelResponse(
            message=AssistantMessage(
                content="".join(self.text) or None,
                tool_calls=self.calls,
                reasoning="".join(self.reasoning) or None,
                provider_data={PARTS_KEY: self.parts} if self.keep else None,
            ),
            usage=usage(
                input_tokens=count(u.get("promptTokenCount"))
                + count(u.get("toolUsePromptTokenCount")),
                # Gemini counts thoughts apart; output_tokens includes them, as OpenAI's does.
                output_tokens=count(u.get("candidatesTokenCount")) + thoughts,
                reasoning=thoughts,
                cache_read=count(u.get("cachedContentTokenCount")),
            ),
            finish_reason=self.finish_reason or None,
            model=self.model_version or self.model.model,
        )


def create(model_name: str, options: Mapping[str, Any]) -> GeminiModel:
    """Entry point for ``gemini:<model>``."""
    return GeminiModel(model_name, options)
