"""Spans and measurements of runs: OpenTelemetry GenAI spans and observer callbacks.

Tracing is on only when ``opentelemetry-api`` is imported and a tracer provider is configured
(``opentelemetry.trace.set_tracer_provider``, or :func:`set_tracer_provider` for Orbiter
alone). Otherwise :func:`start_run` returns None and a run pays one dictionary lookup.

Spans follow the OpenTelemetry GenAI conventions: ``invoke_agent {agent}`` for a run,
``chat {model}`` for each model call, ``execute_tool {tool}`` for each tool call (a child of the
model call that asked for it). Prompt and completion text are recorded only when
``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true`` (they can hold personal data; read
when a tracer provider is first used).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any, Protocol, TypeVar

import msgspec

from orbiter.errors import ConfigurationError
from orbiter.messages import ToolCall, ToolMessage, Usage
from orbiter.models import ModelResponse

CONTENT_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
_T = TypeVar("_T")


class Observer(Protocol):
    """Told about every model and tool call of every run in this process (e.g. metrics)."""

    def model_call(
        self, provider: str, model: str, seconds: float, usage: Usage | None, error: str | None
    ) -> None: ...

    def tool_call(self, name: str, seconds: float, error: bool) -> None: ...


_observers: list[Observer] = []
_override: Any = None
_cached: tuple[Any, Any, bool] = (None, None, False)


def add_observer(observer: Observer) -> None:
    """Call ``observer`` for every model and tool call from now on."""
    if observer not in _observers:
        _observers.append(observer)


def remove_observer(observer: Observer) -> None:
    if observer in _observers:
        _observers.remove(observer)


def set_tracer_provider(provider: Any) -> None:
    """Trace Orbiter with this TracerProvider instead of the global one (None: the global)."""
    global _override
    _override = provider


def tracer() -> Any:
    """The tracer Orbiter records with, or None when tracing is off."""
    global _cached
    provider = _override
    if provider is None:
        otel = sys.modules.get("opentelemetry.trace")
        if otel is None:
            return None  # nobody imported OpenTelemetry, so nobody configured it
        provider = otel.get_tracer_provider()
        if type(provider) in (otel.ProxyTracerProvider, otel.NoOpTracerProvider):
            return None
    if _cached[0] is not provider:
        _cached = (provider, provider.get_tracer("orbiter"), record_content())
    return _cached[1]


def setup_from_env(service_name: str) -> Any:
    """Export spans over OTLP/HTTP when ``OTEL_EXPORTER_OTLP_ENDPOINT`` (or ``..._TRACES_...``)
    is set and no tracer provider is configured yet.

    Returns the new TracerProvider (call its ``shutdown()`` before exiting, to send the last
    spans), or None when nothing was set up. The exporter reads the other ``OTEL_*`` variables
    (headers, timeout, ``OTEL_SERVICE_NAME``) itself.
    """
    env = os.environ
    wanted = env.get("OTEL_EXPORTER_OTLP_ENDPOINT") or env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
    if not wanted or env.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return None
    if tracer() is not None:
        return None  # configured already (opentelemetry-instrument, sitecustomize...)
    try:
        from opentelemetry import trace
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError as exc:
        raise ConfigurationError(
            f"OTEL_EXPORTER_OTLP_ENDPOINT is set but the OpenTelemetry SDK is missing ({exc}): "
            "pip install opentelemetry-sdk opentelemetry-exporter-otlp-proto-http, or unset it"
        ) from None
    attributes = {} if env.get("OTEL_SERVICE_NAME") else {"service.name": service_name}
    provider = TracerProvider(resource=Resource.create(attributes))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    return provider


def record_content() -> bool:
    return os.environ.get(CONTENT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def inject(headers: MutableMapping[str, str]) -> None:
    """Add ``traceparent`` (and ``tracestate``) for the current span to outgoing headers."""
    otel = sys.modules.get("opentelemetry.trace")
    if otel is None or not otel.get_current_span().get_span_context().is_valid:
        return
    from opentelemetry import propagate

    propagate.inject(headers)


def carrier() -> dict[str, str]:
    """The current trace context as W3C headers (empty when no span is current)."""
    out: dict[str, str] = {}
    inject(out)
    return out


def context_from(headers: dict[str, str]) -> Any:
    """The OpenTelemetry context a :func:`carrier` describes (None for an empty one)."""
    if not headers:
        return None
    from opentelemetry import propagate

    return propagate.extract(headers)


async def within(ctx: Any, awaitable: Awaitable[_T]) -> _T:
    """Await ``awaitable`` with ``ctx`` as the current OpenTelemetry context."""
    from opentelemetry import context

    token = context.attach(ctx)
    try:
        return await awaitable
    finally:
        context.detach(token)


def fail(span: Any, exc: BaseException | str) -> None:
    """Mark ``span`` as failed with an error type (and the exception, when there is one)."""
    from opentelemetry.trace import Status, StatusCode

    if isinstance(exc, BaseException):
        span.record_exception(exc)
        kind, text = type(exc).__name__, str(exc)
    else:
        head = exc.partition(":")[0]
        kind, text = head if head.isidentifier() else "error", exc
    span.set_attribute("error.type", kind)
    span.set_status(Status(StatusCode.ERROR, text))


def _json(value: Any) -> str:
    return msgspec.json.encode(value).decode()


def _split(model_name: str) -> tuple[str, str]:
    """(provider, model) of ``"openai:gpt-4o"``; a bare name is both."""
    provider, _, model = model_name.partition(":")
    return provider, model or provider


def start_run(agent_name: str, kind: str = "agent") -> RunTrace | None:
    """The trace of one run, or None when nobody traces or observes (the common case)."""
    t = tracer()
    if t is None and not _observers:
        return None
    return RunTrace(t, agent_name, kind)


class RunTrace:
    """One run's ``invoke_agent`` span; parent of its model calls."""

    __slots__ = ("content", "ctx", "root", "tracer")

    def __init__(self, tracer: Any, agent_name: str, kind: str) -> None:
        self.tracer = tracer
        self.root: Any = None
        self.ctx: Any = None
        self.content = False
        if tracer is not None:
            from opentelemetry.trace import set_span_in_context

            self.root = tracer.start_span(
                f"invoke_agent {agent_name}",
                attributes={
                    "gen_ai.operation.name": "invoke_agent",
                    "gen_ai.agent.name": agent_name,
                    "orbiter.target.kind": kind,
                },
            )
            self.ctx = set_span_in_context(self.root)
            self.content = _cached[2]

    def model_call(self, agent_name: str, model_name: str, request: Any) -> ModelCall:
        return ModelCall(self, agent_name, model_name, request)

    def handoff(self, from_agent: str, to_agent: str) -> None:
        if self.root is not None:
            self.root.add_event(
                "handoff", {"orbiter.handoff.from": from_agent, "orbiter.handoff.to": to_agent}
            )

    def end(self, usage: Usage | None, steps: int, error: BaseException | None = None) -> None:
        root, self.root = self.root, None
        if root is None:
            return
        attrs: dict[str, Any] = {"orbiter.steps": steps}
        if usage is not None:
            attrs["gen_ai.usage.input_tokens"] = usage.input_tokens
            attrs["gen_ai.usage.output_tokens"] = usage.output_tokens
        root.set_attributes(attrs)
        if error is not None:
            fail(root, error)
        root.end()


class ModelCall:
    """One ``chat {model}`` span, and the timing observers are told about."""

    __slots__ = ("agent", "model", "open", "provider", "run", "span", "started")

    def __init__(self, run: RunTrace, agent_name: str, model_name: str, request: Any) -> None:
        self.run = run
        self.agent = agent_name
        self.provider, self.model = _split(model_name)
        self.started = time.perf_counter()
        self.open = True
        self.span: Any = None
        if run.tracer is not None:
            attrs: dict[str, Any] = {
                "gen_ai.operation.name": "chat",
                "gen_ai.provider.name": self.provider,
                "gen_ai.request.model": self.model,
                "gen_ai.agent.name": agent_name,
            }
            if request.temperature is not None:
                attrs["gen_ai.request.temperature"] = request.temperature
            if request.max_tokens is not None:
                attrs["gen_ai.request.max_tokens"] = request.max_tokens
            if run.content:
                attrs["gen_ai.input.messages"] = _json(request.messages)
                if request.system:
                    attrs["gen_ai.system_instructions"] = request.system
            self.span = run.tracer.start_span(
                f"chat {self.model}", context=run.ctx, attributes=attrs
            )

    def _ctx(self) -> Any:
        from opentelemetry.trace import set_span_in_context

        return set_span_in_context(self.span)

    async def complete(
        self, fn: Callable[[Any], Awaitable[ModelResponse]], request: Any
    ) -> ModelResponse:
        """``await fn(request)`` inside the span (so the HTTP request carries ``traceparent``)."""
        try:
            if self.span is None:
                response = await fn(request)
            else:
                response = await within(self._ctx(), fn(request))
        except BaseException as exc:
            self.failed(exc)
            raise
        self.done(response)
        return response

    def stream(self, chunks: AsyncIterator[Any]) -> AsyncIterator[Any]:
        return _SpanStream(self, chunks)

    def done(self, response: ModelResponse) -> None:
        if not self.open:
            return
        self.open = False
        seconds = time.perf_counter() - self.started
        usage = response.usage
        for obs in _observers:
            obs.model_call(self.provider, self.model, seconds, usage, None)
        span = self.span
        if span is None:
            return
        attrs: dict[str, Any] = {
            "gen_ai.response.model": response.model or self.model,
            "gen_ai.usage.input_tokens": usage.input_tokens,
            "gen_ai.usage.output_tokens": usage.output_tokens,
        }
        if response.finish_reason:
            attrs["gen_ai.response.finish_reasons"] = [response.finish_reason]
        if self.run.content:
            attrs["gen_ai.output.messages"] = _json([response.message])
        span.set_attributes(attrs)
        span.end()

    def failed(self, exc: BaseException | None) -> None:
        """The call ended without a response: an error, or (None) the run was interrupted."""
        if not self.open:
            return
        self.open = False
        error = type(exc).__name__ if exc is not None else "interrupted"
        for obs in _observers:
            obs.model_call(
                self.provider, self.model, time.perf_counter() - self.started, None, error
            )
        if self.span is not None:
            if exc is not None:
                fail(self.span, exc)
            else:
                self.span.set_attribute("orbiter.interrupted", True)
            self.span.end()

    async def tool(
        self, call: ToolCall, run_tool: Awaitable[tuple[ToolMessage, Any]]
    ) -> tuple[ToolMessage, Any]:
        """Await one tool call (``_call_tool``) inside an ``execute_tool`` span."""
        started = time.perf_counter()
        span = None
        if self.span is not None:
            attrs: dict[str, Any] = {
                "gen_ai.operation.name": "execute_tool",
                "gen_ai.tool.name": call.name,
                "gen_ai.tool.call.id": call.id,
                "gen_ai.tool.type": "function",
            }
            if self.run.content:
                attrs["gen_ai.tool.call.arguments"] = call.arguments
            span = self.run.tracer.start_span(
                f"execute_tool {call.name}", context=self._ctx(), attributes=attrs
            )
            from opentelemetry.trace import set_span_in_context

            try:
                msg, event = await within(set_span_in_context(span), run_tool)
            except BaseException as exc:
                fail(span, exc)
                span.end()
                raise
        else:
            msg, event = await run_tool
        for obs in _observers:
            obs.tool_call(call.name, time.perf_counter() - started, msg.is_error)
        if span is not None:
            if msg.is_error:
                fail(span, msg.content.removeprefix("Error: "))
            elif self.run.content:
                span.set_attribute("gen_ai.tool.call.result", msg.content)
            span.end()
        return msg, event


class _SpanStream:
    """A model's chunk stream whose every step runs inside the ``chat`` span."""

    __slots__ = ("call", "chunks", "ctx")

    def __init__(self, call: ModelCall, chunks: AsyncIterator[Any]) -> None:
        self.call = call
        self.chunks = chunks
        self.ctx = call._ctx() if call.span is not None else None

    def __aiter__(self) -> _SpanStream:
        return self

    async def __anext__(self) -> Any:
        try:
            if self.ctx is None:
                chunk = await self.chunks.__anext__()
            else:
                chunk = await within(self.ctx, self.chunks.__anext__())
        except StopAsyncIteration:
            raise
        except BaseException as exc:
            self.call.failed(exc)
            raise
        if type(chunk) is ModelResponse:
            self.call.done(chunk)
        return chunk

    async def aclose(self) -> None:
        aclose = getattr(self.chunks, "aclose", None)
        if aclose is not None:
            await aclose()
        self.call.failed(None)  # no-op after done(); else the run left before the response
