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
# (provider, its tracer, record content?, prune?): see tracer() and _prunes().
_cached: tuple[Any, Any, bool, bool] = (None, None, False, False)
# The OpenTelemetry API functions used on every span, imported once tracing is first seen
# (an import statement inside a function costs a lookup each call; nothing is imported while
# tracing is off).
_otel: Any = None


class _Api:
    __slots__ = (
        "attach",
        "detach",
        "extract",
        "get_current_span",
        "inject",
        "kinds",
        "set_span_in_context",
        "status",
        "status_error",
    )

    def __init__(self) -> None:
        from opentelemetry import context, propagate, trace

        self.attach = context.attach
        self.detach = context.detach
        self.extract = propagate.extract
        self.inject = propagate.inject
        self.get_current_span = trace.get_current_span
        self.set_span_in_context = trace.set_span_in_context
        self.status = trace.Status
        self.status_error = trace.StatusCode.ERROR
        self.kinds = {"producer": trace.SpanKind.PRODUCER, "consumer": trace.SpanKind.CONSUMER}


def _api() -> _Api:
    global _otel
    if _otel is None:
        _otel = _Api()
    return _otel


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
        _api()
        _cached = (provider, provider.get_tracer("orbiter"), record_content(), _prunes(provider))
    return _cached[1]


# The tail of the description of the SDK's standard parent-based samplers (what every
# ``parentbased_*`` setting of ``OTEL_TRACES_SAMPLER`` builds): a span whose parent is not
# sampled is never sampled either.
_DROPS_UNSAMPLED = (
    ",remoteParentNotSampled:AlwaysOffSampler,localParentSampled:AlwaysOnSampler,"
    "localParentNotSampled:AlwaysOffSampler}"
)


def _prunes(provider: Any) -> bool:
    """Whether ``provider`` records nothing under a parent that is not sampled.

    Then a span there would be a non-recording placeholder that no one ever sees, so Orbiter
    does not make it: a trace left out by sampling costs a worker next to nothing. Only for
    samplers known to decide so; any other sampler is asked about every span.
    """
    describe = getattr(getattr(provider, "sampler", None), "get_description", None)
    try:
        text = describe() if describe is not None else ""
    except Exception:
        return False
    return (
        isinstance(text, str)
        and text.startswith("ParentBased{")
        and text.endswith(_DROPS_UNSAMPLED)
    )


def start_span(
    tracer: Any,
    name: str,
    parent: Any,
    attributes: dict[str, Any],
    kind: str = "",
    **options: Any,
) -> Any:
    """``tracer.start_span`` under the context ``parent`` (None: the current one).

    Returns None instead when the parent's trace is not sampled and the sampler drops such spans
    anyway (see :func:`_prunes`): the caller then keeps ``parent`` as the context to propagate.

    Args:
        kind: ``"producer"`` or ``"consumer"``; internal when empty.
    """
    if _cached[1] is tracer and left_out(parent):
        return None
    if kind:
        options["kind"] = _otel.kinds[kind]
    return tracer.start_span(name, context=parent, attributes=attributes, **options)


def left_out(parent: Any) -> bool:
    """Whether the trace of the context ``parent`` (None: the current one) was not sampled and
    the tracer provider drops every span under it (see :func:`_prunes`): then nothing below
    needs a span, only the context passed on as it is."""
    if not _cached[3]:
        return False
    above = _otel.get_current_span(parent).get_span_context()
    return bool(above.is_valid and not above.trace_flags.sampled)


def span_context(span: Any) -> Any:
    """The OpenTelemetry context with ``span`` as its current span."""
    return _api().set_span_in_context(span)


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


def inject(headers: MutableMapping[str, str], ctx: Any = None) -> None:
    """Add ``traceparent`` (and ``tracestate``) for the span of ``ctx`` (None: the current
    one) to outgoing headers."""
    otel = sys.modules.get("opentelemetry.trace")
    if otel is None or not otel.get_current_span(ctx).get_span_context().is_valid:
        return
    _api().inject(headers, context=ctx)


def context_from(headers: dict[str, str]) -> Any:
    """The OpenTelemetry context a carrier of W3C headers describes (None for an empty one)."""
    if not headers:
        return None
    return _api().extract(headers)


async def within(ctx: Any, awaitable: Awaitable[_T]) -> _T:
    """Await ``awaitable`` with ``ctx`` as the current OpenTelemetry context."""
    otel = _api()
    token = otel.attach(ctx)
    try:
        return await awaitable
    finally:
        otel.detach(token)


def fail(span: Any, exc: BaseException | str) -> None:
    """Mark ``span`` as failed with an error type (and the exception, when there is one)."""
    otel = _api()
    if isinstance(exc, BaseException):
        span.record_exception(exc)
        kind, text = type(exc).__name__, str(exc)
    else:
        head = exc.partition(":")[0]
        kind, text = head if head.isidentifier() else "error", exc
    span.set_attribute("error.type", kind)
    span.set_status(otel.status(otel.status_error, text))


def _json(value: Any) -> str:
    return msgspec.json.encode(value).decode()


def _split(model_name: str) -> tuple[str, str]:
    """(provider, model) of ``"openai:gpt-4o"``; a bare name is both."""
    provider, _, model = model_name.partition(":")
    return provider, model or provider


def start_run(agent_name: str, kind: str = "agent") -> RunTrace | None:
    """The trace of one run, or None when nobody traces or observes (the common case)."""
    t = tracer()
    if t is not None and left_out(None):
        t = None  # a trace not sampled: the run makes no span, its model calls none either
    if t is None and not _observers:
        return None
    return RunTrace(t, agent_name, kind)


class RunTrace:
    """One run's ``invoke_agent`` span; parent of its model calls.

    ``tracer``, ``root`` and ``ctx`` are None when tracing is off or the trace is not sampled
    (:func:`start_run` decided so); ``ctx`` is the context the run's model calls start their
    spans in. A run that starts a new trace the sampler leaves out keeps its (non-recording)
    root but no tracer, so its calls make no span either. Below the run no call asks
    :func:`left_out` again: the answer is the run's.
    """

    __slots__ = ("content", "ctx", "root", "swarm", "tracer")

    def __init__(self, tracer: Any, agent_name: str, kind: str) -> None:
        self.tracer = tracer
        self.root: Any = None
        self.ctx: Any = None
        self.content = False
        # In a Swarm each model call names its agent; a lone agent's name is on the run's span.
        self.swarm = kind != "agent"
        if tracer is not None:
            attrs = {"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": agent_name}
            if self.swarm:
                attrs["orbiter.target.kind"] = kind  # a lone agent is the default
            self.root = root = tracer.start_span(f"invoke_agent {agent_name}", attributes=attrs)
            self.ctx = _otel.set_span_in_context(root)
            self.content = _cached[2]
            if _cached[3] and not root.get_span_context().trace_flags.sampled:
                self.tracer = None  # the sampler left this new trace out: so are its calls

    def model_call(self, agent_name: str, model_name: str, request: Any) -> ModelCall:
        return ModelCall(self, agent_name, model_name, request)

    def handoff(self, from_agent: str, to_agent: str) -> None:
        if self.root is not None:
            self.root.add_event(
                "handoff", {"orbiter.handoff.from": from_agent, "orbiter.handoff.to": to_agent}
            )

    def end(self, usage: Usage | None, steps: int, error: BaseException | None = None) -> None:
        root, self.root = self.root, None
        if root is None or not root.is_recording():
            return  # a non-recording span keeps nothing: no attributes to build, nothing to end
        attrs: dict[str, Any] = {"orbiter.steps": steps}
        if usage is not None:
            attrs["gen_ai.usage.input_tokens"] = usage.input_tokens
            attrs["gen_ai.usage.output_tokens"] = usage.output_tokens
        root.set_attributes(attrs)
        if error is not None:
            fail(root, error)
        root.end()


class ModelCall:
    """One ``chat {model}`` span, and the timing observers are told about.

    ``ctx`` is the context the call runs in (its span as the current one), None when there is
    no span: then the call runs in the caller's context as it is.
    """

    __slots__ = ("agent", "ctx", "model", "open", "provider", "run", "span", "started")

    def __init__(self, run: RunTrace, agent_name: str, model_name: str, request: Any) -> None:
        self.run = run
        self.agent = agent_name
        self.provider, self.model = _split(model_name)
        self.started = time.perf_counter()
        self.open = True
        self.span: Any = None
        self.ctx: Any = None
        if run.tracer is not None:
            attrs: dict[str, Any] = {
                "gen_ai.operation.name": "chat",
                "gen_ai.provider.name": self.provider,
                "gen_ai.request.model": self.model,
            }
            if run.swarm:
                attrs["gen_ai.agent.name"] = agent_name
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
            self.ctx = _otel.set_span_in_context(self.span)

    async def complete(
        self, fn: Callable[[Any], Awaitable[ModelResponse]], request: Any
    ) -> ModelResponse:
        """``await fn(request)`` inside the span (so the HTTP request carries ``traceparent``)."""
        try:
            if self.ctx is None:
                response = await fn(request)
            else:
                response = await within(self.ctx, fn(request))
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
                f"execute_tool {call.name}", context=self.ctx, attributes=attrs
            )
            try:
                msg, event = await within(_otel.set_span_in_context(span), run_tool)
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
        self.ctx = call.ctx

    def __aiter__(self) -> _SpanStream:
        return self

    async def __anext__(self) -> Any:
        try:
            if self.ctx is None:
                chunk = await self.chunks.__anext__()
            else:  # within(), without a coroutine more for every chunk
                token = _otel.attach(self.ctx)
                try:
                    chunk = await self.chunks.__anext__()
                finally:
                    _otel.detach(token)
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
