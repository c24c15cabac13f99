"""The base of every HTTP provider: key and URL resolution, retries, streaming."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import Any, ClassVar

import httpx
import msgspec

from orbiter.errors import (
    AuthenticationError,
    ConfigurationError,
    ModelError,
    ModelTimeoutError,
    ResponseFormatError,
)
from orbiter.messages import ImagePart, ToolMessage, UserMessage
from orbiter.models import ModelRequest, ModelResponse, ReasoningDelta, StreamChunk, TextDelta
from orbiter.providers._errors import (
    backoff_delay,
    error_details,
    error_for_status,
    request_id_of,
    retry_after_seconds,
)
from orbiter.providers._json import dumps, merge_body
from orbiter.providers._options import Options, env_first
from orbiter.providers._pool import pooled_client
from orbiter.providers._sse import SSEDecoder, SSEEvent
from orbiter.ratelimit import report_retry_after
from orbiter.telemetry import inject

# What an adapter can do, as declared by its ``capabilities`` (docs/providers.md has the table,
# and a test holds the two together):
FEATURES: tuple[str, ...] = (
    "tool_choice",  # honours Agent(tool_choice=...)
    "parallel_tool_calls",  # honours parallel_tool_calls=False
    "strict_tools",  # the strict_tools option: schemas the API enforces on tool arguments
    "images",  # ImagePart in user messages
    "tool_images",  # images returned by tools (ToolMessage.images) sent to the model
    "native_output",  # output_type sent as the API's own JSON-schema output, not as a prompt
    "reasoning",  # the model's reasoning text streamed as reasoning events
    "prompt_caching",  # cache breakpoints the adapter places (the prompt_caching option)
)


class StreamState:
    """Turns a provider's stream events into deltas and, at the end, one ModelResponse."""

    # The provider's id of the request, for errors the stream reports.
    request_id: str | None = None

    def feed(self, event: SSEEvent) -> list[StreamChunk]:
        raise NotImplementedError

    def finish(self) -> ModelResponse:
        raise NotImplementedError


class HTTPModel:
    """Common machinery of every provider: key and URL resolution, retries, streaming.

    Subclasses set the class attributes and implement the body/response hooks.
    """

    provider: ClassVar[str] = ""
    key_env: ClassVar[tuple[str, ...]] = ()
    key_required: ClassVar[bool] = True
    base_url_env: ClassVar[tuple[str, ...]] = ()
    default_base_url: ClassVar[str] = ""
    extra_options: ClassVar[frozenset[str]] = frozenset()
    capabilities: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, model: str, options: Mapping[str, Any] | None = None) -> None:
        if not model:
            raise ConfigurationError(
                f"model string for provider {self.provider!r} names no model; write it as "
                f"'{self.provider}:<model>'"
            )
        self.model = model
        self.options = Options(self.provider, options or {}, extra_names=self.extra_options)

    @property
    def name(self) -> str:
        return f"{self.provider}:{self.model}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    def to_config(self) -> tuple[str, dict[str, Any]]:
        """The model string and options that rebuild this model (``Agent.to_dict`` drops keys)."""
        return self.name, dict(self.options.raw)

    # -- hooks for subclasses -------------------------------------------------------------------

    def endpoint(self, base_url: str, *, stream: bool) -> str:
        raise NotImplementedError

    def auth_headers(self, api_key: str | None) -> dict[str, str]:
        raise NotImplementedError

    def build_body(self, request: ModelRequest, *, stream: bool) -> dict[str, Any]:
        raise NotImplementedError

    def parse_response(self, data: dict[str, Any]) -> ModelResponse:
        raise NotImplementedError

    def stream_state(self) -> StreamState:
        raise NotImplementedError

    def error_from_body(
        self, status: int, body: bytes, headers: httpx.Headers | None = None
    ) -> ModelError:
        message, code = error_details(body)
        return error_for_status(
            status,
            message,
            code,
            provider=self.provider,
            model=self.model,
            request_id=request_id_of(headers, body),
        )

    # -- shared behaviour -----------------------------------------------------------------------

    def format_error(self, message: str, *, retryable: bool = False) -> ResponseFormatError:
        return ResponseFormatError(
            f"{self.name}: {message}", provider=self.provider, model=self.model, retryable=retryable
        )

    def api_key(self) -> str | None:
        """The key from the options or the environment, read at call time."""
        if self.options.api_key:
            return self.options.api_key
        found = env_first(self.key_env)
        if found:
            return found[1]
        if not self.key_required:
            return None
        names = " or ".join(self.key_env)
        raise AuthenticationError(
            f"no API key for {self.name}: set the {names} environment variable, or pass "
            "model_options={'api_key': ...} to the Agent",
            provider=self.provider,
            model=self.model,
        )

    def base_url(self) -> str:
        if self.options.base_url:
            return self._checked_url(self.options.base_url, "model_options['base_url']")
        found = env_first(self.base_url_env)
        if found:
            return self._checked_url(found[1], found[0])
        return self.default_base_url

    def _checked_url(self, url: str, source: str) -> str:
        if not url.startswith(("http://", "https://")):
            raise ConfigurationError(
                f"{source} for {self.name} must start with http:// or https://, got {url!r}"
            )
        return url.rstrip("/")

    async def _client(self, url: str) -> httpx.AsyncClient:
        return await pooled_client(self.provider, self.options, url)

    def _request_body(self, request: ModelRequest, *, stream: bool) -> bytes:
        if "images" not in self.capabilities and _has_images(request):
            raise ConfigurationError(
                f"{self.name} does not take images; send text only, or use a model string of a "
                "provider that does (see the table in docs/providers.md)"
            )
        if "tool_images" not in self.capabilities and _has_tool_images(request):
            raise ConfigurationError(
                f"{self.name} does not take images returned by tools; have the tool return text "
                "(or a URL as text), or use a model string of a provider that does (see the "
                "table in docs/providers.md)"
            )
        body = self.build_body(request, stream=stream)
        merge_body(body, self.options.extra_body)
        merge_body(body, request.settings)
        return dumps(body)

    async def _send(self, request: ModelRequest, *, stream: bool) -> httpx.Response:
        """POST the request, retrying what may succeed later; returns a 2xx response."""
        api_key = self.api_key()
        content = self._request_body(request, stream=stream)
        url = self.endpoint(self.base_url(), stream=stream)
        headers = {"content-type": "application/json", **self.auth_headers(api_key)}
        if stream:
            headers["accept"] = "text/event-stream"
        inject(headers)  # traceparent of the model call's span, when tracing is on
        opts = self.options
        client = await self._client(url)
        attempt = 0
        while True:
            wait: float | None = None
            try:
                http_request = client.build_request("POST", url, content=content, headers=headers)
                response = await client.send(http_request, stream=stream)
            except httpx.TimeoutException as exc:
                error: ModelError = ModelTimeoutError(
                    f"{self.name}: no answer from {url} within the timeout "
                    f"({type(exc).__name__}); raise model_options['timeout'] if the model is slow",
                    provider=self.provider,
                    model=self.model,
                    retryable=True,
                )
            except httpx.TransportError as exc:
                where = " or ".join(("model_options['base_url']", *self.base_url_env))
                error = ModelError(
                    f"{self.name}: cannot reach {url}: {type(exc).__name__}: {exc}. Is the "
                    f"server running, and is the base URL ({where}) right?",
                    provider=self.provider,
                    model=self.model,
                    retryable=True,
                )
            else:
                if response.status_code < 300:
                    return response
                try:
                    body = await response.aread()
                except httpx.HTTPError:
                    body = b""
                finally:
                    await response.aclose()
                error = self.error_from_body(response.status_code, body, response.headers)
                wait = retry_after_seconds(response.headers)
                if wait is not None and response.status_code == 429:
                    await report_retry_after(self.name, wait)  # the rate limiter shares it
                # OpenAI and Anthropic say outright whether a retry can help.
                should_retry = response.headers.get("x-should-retry", "").lower()
                if should_retry in ("true", "false"):
                    error.retryable = should_retry == "true"
            if not error.retryable or attempt >= opts.max_retries:
                if attempt:
                    error.message = f"{error.message} (after {attempt + 1} attempts)"
                    error.args = (error.message,)
                raise error
            delay = wait if wait is not None else backoff_delay(attempt, opts.retry_base_delay)
            if delay > opts.max_retry_wait:
                error.message = (
                    f"{error.message} (the server asked to wait {delay:.0f}s, more than "
                    f"model_options['max_retry_wait']={opts.max_retry_wait:g}s)"
                )
                error.args = (error.message,)
                raise error
            attempt += 1
            await asyncio.sleep(delay)

    def _decode_json(self, body: bytes) -> dict[str, Any]:
        try:
            data = msgspec.json.decode(body)
        except msgspec.DecodeError as exc:
            snippet = body[:200].decode("utf-8", "replace")
            raise self.format_error(
                f"the response is not valid JSON ({exc}): {snippet!r}"
            ) from None
        if not isinstance(data, dict):
            raise self.format_error(f"expected a JSON object, got {type(data).__name__}")
        return data

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn a surprise in the provider's JSON into a ResponseFormatError."""
        try:
            yield
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
            raise self.format_error(
                f"unexpected response shape ({type(exc).__name__}: {exc})"
            ) from exc

    async def complete(self, request: ModelRequest) -> ModelResponse:
        response = await self._send(request, stream=False)
        return self._whole_response(response.status_code, response.content, response.headers)

    async def stream(self, request: ModelRequest) -> AsyncIterator[StreamChunk]:
        response = await self._send(request, stream=True)
        async with self._closing(response):
            if "text/event-stream" in response.headers.get("content-type", ""):
                source = self._iter_bytes(response)
            else:
                body = await self._read_all(response)
                if not body.lstrip().startswith((b"data:", b"event:", b":")):
                    # Some compatible servers ignore stream=true and answer in one JSON body.
                    whole = self._whole_response(response.status_code, body, response.headers)
                    if whole.message.reasoning:
                        yield ReasoningDelta(text=whole.message.reasoning)
                    if whole.message.content:
                        yield TextDelta(text=whole.message.content)
                    yield whole
                    return
                source = _once(body)  # an event stream sent with the wrong content type
            state = self.stream_state()
            state.request_id = request_id_of(response.headers, b"")
            decoder = SSEDecoder()
            async for raw in source:
                for event in decoder.feed(raw):
                    with self._guard():
                        chunks = state.feed(event)
                    for chunk in chunks:
                        yield chunk
            for event in decoder.close():
                with self._guard():
                    chunks = state.feed(event)
                for chunk in chunks:
                    yield chunk
            with self._guard():
                final = state.finish()
            yield final

    def _whole_response(
        self, status: int, body: bytes, headers: httpx.Headers | None = None
    ) -> ModelResponse:
        """A complete (non-streamed) response body, or the error it reports despite a 2xx."""
        data = self._decode_json(body)
        # Responses API bodies carry "error": null; only a real error object counts.
        if data.get("error") and not data.get("choices") and not data.get("candidates"):
            raise self.error_from_body(status, body, headers)
        with self._guard():
            return self.parse_response(data)

    @asynccontextmanager
    async def _closing(self, response: httpx.Response) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await response.aclose()

    async def _read_all(self, response: httpx.Response) -> bytes:
        parts = [raw async for raw in self._iter_bytes(response)]
        return b"".join(parts)

    async def _iter_bytes(self, response: httpx.Response) -> AsyncIterator[bytes]:
        """The body as it arrives; silence longer than the idle timeout after the first bytes
        is a stall (before them the model may still be thinking, so ``timeout`` applies)."""
        iterator = response.aiter_bytes()
        idle: float | None = None
        while True:
            try:
                async with asyncio.timeout(idle):
                    raw = await iterator.__anext__()
            except StopAsyncIteration:
                return
            except (httpx.TimeoutException, TimeoutError):
                waited = self.options.timeout if idle is None else idle
                option = "timeout" if idle is None else "stream_idle_timeout"
                raise ModelTimeoutError(
                    f"{self.name}: the stream stalled: no data for {waited:g}s "
                    f"(model_options[{option!r}])",
                    provider=self.provider,
                    model=self.model,
                    retryable=True,
                ) from None
            except httpx.TransportError as exc:
                raise self.format_error(
                    f"the connection broke mid-response ({type(exc).__name__}: {exc}); "
                    "the response is incomplete",
                    retryable=True,
                ) from None
            idle = self.options.stream_idle_timeout
            yield raw

    def decode_event(self, event: SSEEvent) -> dict[str, Any]:
        """The JSON object in an SSE ``data`` field."""
        try:
            data = msgspec.json.decode(event.data)
        except msgspec.DecodeError:
            if event.at_eof:
                raise self.format_error(
                    "the stream was cut off in the middle of an event", retryable=True
                ) from None
            raise self.format_error(
                f"a stream event is not valid JSON: {event.data[:200]!r}"
            ) from None
        if not isinstance(data, dict):
            raise self.format_error(f"a stream event is not a JSON object: {event.data[:200]!r}")
        return data

    def truncated(self, what: str) -> ResponseFormatError:
        return self.format_error(
            f"the stream ended before {what}; the response is incomplete", retryable=True
        )


def _has_images(request: ModelRequest) -> bool:
    return any(
        isinstance(m, UserMessage)
        and not isinstance(m.content, str)
        and any(isinstance(p, ImagePart) for p in m.content)
        for m in request.messages
    )


def _has_tool_images(request: ModelRequest) -> bool:
    return any(isinstance(m, ToolMessage) and m.images for m in request.messages)


async def _once(body: bytes) -> AsyncIterator[bytes]:
    yield body
