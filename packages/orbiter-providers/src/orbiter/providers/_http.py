"""What every HTTP provider shares: options, pooled clients, retries, error mapping and SSE."""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import os
import random
import re
import time
import uuid
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import Any, ClassVar

import httpx
import msgspec

from orbiter.errors import (
    AuthenticationError,
    ConfigurationError,
    ContextLengthExceededError,
    InvalidRequestError,
    ModelError,
    ModelTimeoutError,
    RateLimitError,
    ResponseFormatError,
    ServerError,
)
from orbiter.messages import Usage
from orbiter.models import ModelRequest, ModelResponse, ReasoningDelta, StreamChunk, TextDelta

# Options every HTTP provider accepts; each provider adds its own on top.
COMMON_OPTIONS: frozenset[str] = frozenset(
    {
        "api_key",
        "base_url",
        "timeout",
        "connect_timeout",
        "headers",
        "max_retries",
        "retry_base_delay",
        "max_retry_wait",
        "extra_body",
    }
)

DEFAULT_TIMEOUT = 300.0
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_RETRY_BASE_DELAY = 0.5
DEFAULT_MAX_RETRY_WAIT = 60.0
_MAX_BACKOFF = 8.0

# -- small typed accessors: provider JSON is untrusted, so never index it blindly ---------------


def obj(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def arr(value: Any) -> list[Any]:
    """``value`` if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def text(value: Any) -> str:
    """``value`` if it is a string, else ``""``."""
    return value if isinstance(value, str) else ""


def count(value: Any) -> int:
    """A token count: ``value`` if it is a non-negative int, else 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def new_call_id() -> str:
    return "call_" + uuid.uuid4().hex[:24]


_json_encoder = msgspec.json.Encoder()


def dumps(value: Any) -> bytes:
    return _json_encoder.encode(value)


def json_text(value: Any) -> str:
    """JSON text of ``value`` (tool-call arguments the provider sent as an object)."""
    if value is None:
        return "{}"
    return _json_encoder.encode(value).decode()


def json_value(text_: str) -> Any:
    """Parse JSON text that should be an object; fall back to the raw text when it is not JSON."""
    try:
        return msgspec.json.decode(text_)
    except msgspec.DecodeError:
        return text_


def merge_body(body: dict[str, Any], extra: Mapping[str, Any]) -> None:
    """Merge pass-through parameters into a request body (nested objects merge key by key)."""
    for key, value in extra.items():
        current = body.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            merged = dict(current)
            merge_body(merged, value)
            body[key] = merged
        else:
            body[key] = value


def output_instructions(schema_name: str, schema: Mapping[str, Any]) -> str:
    """What to tell a model without native structured output about the expected answer."""
    return (
        f"When you give your final answer, reply with only a JSON value (the {schema_name}) that "
        "matches this JSON schema, without any other text or code fences:\n" + json_text(schema)
    )


# -- options ------------------------------------------------------------------------------------


class Options:
    """The validated options of one provider configuration (``Agent.model_options``)."""

    def __init__(
        self,
        provider: str,
        options: Mapping[str, Any],
        *,
        extra_names: Iterable[str] = (),
    ) -> None:
        known = COMMON_OPTIONS | frozenset(extra_names)
        unknown = sorted(set(options) - known)
        if unknown:
            raise ConfigurationError(
                f"unknown model_options {unknown} for provider {provider!r}; "
                f"known options: {', '.join(sorted(known))}"
            )
        self.provider = provider
        self.raw = dict(options)
        self.api_key = self._opt_str("api_key")
        self.base_url = self._opt_str("base_url")
        self.timeout = self._positive("timeout", DEFAULT_TIMEOUT)
        self.connect_timeout = self._positive("connect_timeout", DEFAULT_CONNECT_TIMEOUT)
        self.max_retries = self._count("max_retries", DEFAULT_MAX_RETRIES)
        self.retry_base_delay = self._non_negative("retry_base_delay", DEFAULT_RETRY_BASE_DELAY)
        self.max_retry_wait = self._non_negative("max_retry_wait", DEFAULT_MAX_RETRY_WAIT)
        headers = options.get("headers") or {}
        if not isinstance(headers, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            raise ConfigurationError(
                f"model_options['headers'] for {provider!r} must map header names to strings, "
                f"got {headers!r}"
            )
        self.headers: tuple[tuple[str, str], ...] = tuple(sorted(headers.items()))
        extra_body = options.get("extra_body") or {}
        if not isinstance(extra_body, Mapping):
            raise ConfigurationError(
                f"model_options['extra_body'] for {provider!r} must be a mapping, "
                f"got {extra_body!r}"
            )
        self.extra_body: dict[str, Any] = dict(extra_body)

    def _fail(self, name: str, what: str) -> ConfigurationError:
        return ConfigurationError(
            f"model_options[{name!r}] for {self.provider!r} must be {what}, "
            f"got {self.raw.get(name)!r}"
        )

    def _opt_str(self, name: str) -> str | None:
        value = self.raw.get(name)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self._fail(name, "a non-empty string")
        return value.strip()

    def _number(self, name: str, default: float) -> float:
        value = self.raw.get(name)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._fail(name, "a number of seconds")
        return float(value)

    def _positive(self, name: str, default: float) -> float:
        value = self._number(name, default)
        if value <= 0:
            raise self._fail(name, "a positive number of seconds")
        return value

    def _non_negative(self, name: str, default: float) -> float:
        value = self._number(name, default)
        if value < 0:
            raise self._fail(name, "zero or a positive number of seconds")
        return value

    def _count(self, name: str, default: int) -> int:
        value = self.raw.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self._fail(name, "zero or a positive integer")
        return value

    def get_str(self, name: str, choices: Iterable[str] | None = None) -> str | None:
        value = self._opt_str(name)
        if value is not None and choices is not None and value not in choices:
            raise self._fail(name, "one of " + ", ".join(repr(c) for c in choices))
        return value

    def get_int(self, name: str) -> int | None:
        value = self.raw.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self._fail(name, "a positive integer")
        return value

    def get_bool(self, name: str, default: bool) -> bool:
        value = self.raw.get(name, default)
        if not isinstance(value, bool):
            raise self._fail(name, "true or false")
        return value


def env_first(names: Iterable[str]) -> tuple[str, str] | None:
    """The first of ``names`` set (non-empty) in the environment, as ``(name, value)``."""
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            return name, value
    return None


# -- pooled clients -----------------------------------------------------------------------------

# httpx clients hold connections bound to the event loop that opened them, and ``run.sync`` or
# test suites create a fresh loop per call, so the pool is kept per loop. A loop that is garbage
# collected takes its clients with it.
_ClientKey = tuple[str, float, float, tuple[tuple[str, str], ...]]


class _LoopPool:
    """The clients of one event loop, closed when that loop shuts down.

    ``asyncio.run`` (and every well-behaved loop owner) calls ``loop.shutdown_asyncgens()``
    before closing the loop; a parked async generator is how the pool hears of it in time to
    close its sockets on the loop that owns them.
    """

    def __init__(self) -> None:
        self.clients: dict[_ClientKey, httpx.AsyncClient] = {}
        self.guard = self._close_at_shutdown()

    async def _close_at_shutdown(self) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            _pools.pop(asyncio.get_running_loop(), None)
            await self.aclose()

    async def aclose(self) -> None:
        clients = list(self.clients.values())
        self.clients.clear()
        for client in clients:
            await client.aclose()


_pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopPool] = (
    weakref.WeakKeyDictionary()
)


async def pooled_client(provider: str, options: Options) -> httpx.AsyncClient:
    """The shared client for this configuration on the running loop (created on first use).

    Credentials travel per request, so one client serves every API key of a configuration.
    """
    loop = asyncio.get_running_loop()
    pool = _pools.get(loop)
    if pool is None:
        pool = _pools[loop] = _LoopPool()
        await pool.guard.__anext__()  # parks the guard; the loop now tracks it
    key = (provider, options.timeout, options.connect_timeout, options.headers)
    client = pool.clients.get(key)
    if client is None or client.is_closed:
        client = httpx.AsyncClient(
            timeout=httpx.Timeout(options.timeout, connect=options.connect_timeout),
            headers=dict(options.headers),
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=40),
            follow_redirects=False,
        )
        pool.clients[key] = client
    return client


async def aclose_all() -> None:
    """Close every pooled client of the running event loop."""
    pool = _pools.pop(asyncio.get_running_loop(), None)
    if pool is not None:
        await pool.guard.aclose()
        await pool.aclose()


def open_client_count() -> int:
    """How many pooled clients the running loop holds (for tests and diagnostics)."""
    pool = _pools.get(asyncio.get_running_loop())
    return 0 if pool is None else sum(1 for c in pool.clients.values() if not c.is_closed)


# -- errors -------------------------------------------------------------------------------------

_CONTEXT_PATTERNS = re.compile(
    r"context[ _-]length|context window|prompt is too long|too many tokens|maximum context|"
    r"input token count|exceeds the maximum number of tokens|maximum number of tokens allowed|"
    r"reduce the length of the messages",
    re.IGNORECASE,
)
_AUTH_PATTERNS = re.compile(r"api key not valid|api_key_invalid|invalid api key", re.IGNORECASE)


def error_details(body: bytes) -> tuple[str, str]:
    """The message and the machine code/type in a provider's JSON error body."""
    try:
        data = msgspec.json.decode(body)
    except msgspec.DecodeError:
        snippet = body[:300].decode("utf-8", "replace").strip()
        return snippet, ""
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict):
        message = text(err.get("message")) or json_text(err)
        codes = [text(err.get(k)) for k in ("code", "type", "status")]
        return message, " ".join(dict.fromkeys(c for c in codes if c))
    if isinstance(err, str):
        return err, ""
    if isinstance(data, dict) and isinstance(data.get("message"), str):
        return data["message"], text(data.get("type"))
    return body[:300].decode("utf-8", "replace").strip(), ""


def error_for_status(
    status: int, message: str, code: str, *, provider: str, model: str
) -> ModelError:
    """The typed error for an HTTP failure (``retryable`` says whether trying again may help)."""
    detail = message or "(no message)"
    where = f"{provider}:{model}" if model else provider
    text_ = f"{where} returned HTTP {status}: {detail}"
    if code:
        text_ += f" [{code}]"
    kwargs: dict[str, Any] = {"provider": provider, "model": model, "status_code": status}
    if status in (401, 403) or (status == 400 and _AUTH_PATTERNS.search(detail)):
        hint = " Check the API key (model_options['api_key'] or the provider's key variable)."
        return AuthenticationError(text_ + hint, **kwargs)
    if "context_length" in code or (status in (400, 413, 422) and _CONTEXT_PATTERNS.search(detail)):
        return ContextLengthExceededError(text_, **kwargs)
    if status == 408:
        return ModelTimeoutError(text_, retryable=True, **kwargs)
    if status == 429:
        # A spent quota is reported as 429 too, but waiting does not refill it.
        quota = "insufficient_quota" in code or "billing" in detail.lower()
        return RateLimitError(text_, retryable=not quota, **kwargs)
    if status >= 500:
        return ServerError(text_, retryable=True, **kwargs)
    return InvalidRequestError(text_, **kwargs)


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """The wait a server asked for in ``retry-after-ms`` / ``Retry-After`` (seconds or a date)."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(attempt: int, base: float) -> float:
    """Exponential backoff with jitter: about base * 2**attempt, spread so clients do not align."""
    ceiling = min(_MAX_BACKOFF, base * (2**attempt))
    return ceiling * (0.5 + random.random() / 2)


# -- server-sent events -------------------------------------------------------------------------

_EOL = re.compile(r"\r\n|\r|\n")


class SSEEvent(msgspec.Struct, frozen=True):
    event: str
    data: str
    at_eof: bool = False


class SSEDecoder:
    """Incremental SSE parser: bytes may be split anywhere, even inside a UTF-8 character."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._event = ""
        self._data: list[str] = []

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        events: list[SSEEvent] = []
        buf = self._buffer + self._decoder.decode(chunk)
        pos = 0
        while True:
            m = _EOL.search(buf, pos)
            if m is None:
                break
            if m.group() == "\r" and m.end() == len(buf):
                break  # may be the first half of a CRLF split across chunks
            self._line(buf[pos : m.start()], events, at_eof=False)
            pos = m.end()
        self._buffer = buf[pos:]
        return events

    def close(self) -> list[SSEEvent]:
        """Events still pending at the end of the body (an unterminated last event included)."""
        events: list[SSEEvent] = []
        rest = self._buffer + self._decoder.decode(b"", final=True)
        self._buffer = ""
        for line in _EOL.split(rest):
            if line:
                self._line(line, events, at_eof=True)
        if self._data:
            events.append(SSEEvent(self._event or "message", "\n".join(self._data), True))
        self._data = []
        self._event = ""
        return events

    def _line(self, line: str, events: list[SSEEvent], *, at_eof: bool) -> None:
        if not line:
            if self._data:
                events.append(SSEEvent(self._event or "message", "\n".join(self._data), at_eof))
            self._data = []
            self._event = ""
            return
        if line.startswith(":"):
            return
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value


# -- the base of every HTTP model ---------------------------------------------------------------


class StreamState:
    """Turns a provider's stream events into deltas and, at the end, one ModelResponse."""

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

    def error_from_body(self, status: int, body: bytes) -> ModelError:
        message, code = error_details(body)
        return error_for_status(status, message, code, provider=self.provider, model=self.model)

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
            return self.options.base_url.rstrip("/")
        found = env_first(self.base_url_env)
        if found:
            return found[1].rstrip("/")
        return self.default_base_url

    async def _client(self) -> httpx.AsyncClient:
        return await pooled_client(self.provider, self.options)

    def _request_body(self, request: ModelRequest, *, stream: bool) -> bytes:
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
        opts = self.options
        client = await self._client()
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
                error = ModelError(
                    f"{self.name}: cannot reach {url}: {type(exc).__name__}: {exc}",
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
                error = self.error_from_body(response.status_code, body)
                wait = retry_after_seconds(response.headers)
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
        data = self._decode_json(response.content)
        if "error" in data and not data.get("choices") and not data.get("candidates"):
            raise self.error_from_body(response.status_code, response.content)
        with self._guard():
            return self.parse_response(data)

    async def stream(self, request: ModelRequest) -> AsyncIterator[StreamChunk]:
        response = await self._send(request, stream=True)
        async with self._closing(response):
            ctype = response.headers.get("content-type", "")
            if "text/event-stream" not in ctype:
                # Some compatible servers ignore stream=true and answer in one JSON body.
                body = await self._read_all(response)
                data = self._decode_json(body)
                if "error" in data and not data.get("choices") and not data.get("candidates"):
                    raise self.error_from_body(response.status_code, body)
                with self._guard():
                    whole = self.parse_response(data)
                if whole.message.reasoning:
                    yield ReasoningDelta(text=whole.message.reasoning)
                if whole.message.content:
                    yield TextDelta(text=whole.message.content)
                yield whole
                return
            state = self.stream_state()
            decoder = SSEDecoder()
            async for raw in self._iter_bytes(response):
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
        iterator = response.aiter_bytes()
        while True:
            try:
                raw = await iterator.__anext__()
            except StopAsyncIteration:
                return
            except httpx.TimeoutException:
                raise ModelTimeoutError(
                    f"{self.name}: the stream stalled: no data for "
                    f"{self.options.timeout:g}s (model_options['timeout'])",
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


def usage(
    *, input_tokens: int = 0, output_tokens: int = 0, reasoning: int = 0, cache_read: int = 0
) -> Usage:
    return Usage(
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        reasoning_tokens=reasoning,
        cache_read_tokens=cache_read,
        requests=1,
    )
