"""OpenTelemetry spans of local runs (in-memory exporter) and the observer callbacks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry import context
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ALWAYS_ON, ParentBased, Sampler
from opentelemetry.trace import (
    NonRecordingSpan,
    SpanContext,
    StatusCode,
    TraceFlags,
    set_span_in_context,
)
from orbiter_core_helpers import add

from orbiter import Agent, Swarm, run, telemetry, tool
from orbiter.errors import ModelError
from orbiter.messages import Usage
from orbiter.models import ModelRequest, ModelResponse
from orbiter.testing import ScriptedModel, call_tool, fail, reply


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    telemetry.set_tracer_provider(provider)
    try:
        yield exporter
    finally:
        telemetry.set_tracer_provider(None)
        provider.shutdown()


def _by_name(exporter: InMemorySpanExporter) -> dict[str, list[ReadableSpan]]:
    out: dict[str, list[ReadableSpan]] = {}
    for span in exporter.get_finished_spans():
        out.setdefault(span.name, []).append(span)
    return out


@tool
def broken(city: str) -> str:
    """A tool that always fails."""
    raise ValueError(f"no weather for {city}")


def test_tracing_is_off_without_a_tracer_provider() -> None:
    # The OpenTelemetry API alone (no SDK provider set globally) records nothing.
    assert telemetry.tracer() is None
    assert telemetry.start_run("a") is None


@pytest.mark.parametrize("streaming", [True, False])
async def test_run_model_and_tool_spans_follow_genai_conventions(
    spans: InMemorySpanExporter, streaming: bool
) -> None:
    model = ScriptedModel([call_tool("add", a=2, b=3, id="call_42"), reply("5")], model_name="m1")
    agent = Agent(name="calc", model=model, tools=[add])
    if streaming:
        stream = run.stream(agent, "what is 2 + 3?")
        async for _ in stream:
            pass
        result = stream.result
    else:
        result = await run(agent, "what is 2 + 3?")

    found = _by_name(spans)
    (root,) = found["invoke_agent calc"]
    chats = found["chat m1"]
    (tool_span,) = found["execute_tool add"]
    assert len(chats) == 2
    assert root.parent is None
    assert {c.parent.span_id for c in chats if c.parent} == {root.context.span_id}
    first = min(chats, key=lambda s: s.start_time or 0)
    assert tool_span.parent is not None
    assert tool_span.parent.span_id == first.context.span_id
    assert {s.context.trace_id for s in spans.get_finished_spans()} == {root.context.trace_id}

    attrs = first.attributes or {}
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.provider.name"] == "scripted"
    assert attrs["gen_ai.request.model"] == "m1"
    assert attrs["gen_ai.response.model"] == "scripted:m1"
    assert attrs["gen_ai.response.finish_reasons"] == ("tool_calls",)
    assert sum(c.attributes["gen_ai.usage.input_tokens"] for c in chats) == (  # type: ignore[index,misc]
        result.usage.input_tokens
    )
    assert (root.attributes or {})["gen_ai.usage.output_tokens"] == result.usage.output_tokens
    tattrs = tool_span.attributes or {}
    assert tattrs["gen_ai.tool.call.id"] == "call_42"
    assert tattrs["gen_ai.tool.name"] == "add"
    # No prompt or completion text unless asked for.
    every = [k for s in spans.get_finished_spans() for k in (s.attributes or {})]
    assert not [k for k in every if "messages" in k or "arguments" in k or "result" in k]


async def test_content_is_recorded_only_when_turned_on(
    spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(telemetry.CONTENT_ENV, "true")
    model = ScriptedModel([call_tool("add", a=2, b=3), reply("five")])
    await run(Agent(name="calc", model=model, tools=[add], instructions="Be exact."), "2+3?")
    found = _by_name(spans)
    first = min(found["chat scripted"], key=lambda s: s.start_time or 0)
    attrs = first.attributes or {}
    assert "2+3?" in str(attrs["gen_ai.input.messages"])
    assert attrs["gen_ai.system_instructions"] == "Be exact."
    (tool_span,) = found["execute_tool add"]
    assert (tool_span.attributes or {})["gen_ai.tool.call.result"] == "5"


async def test_failing_tool_and_model_mark_their_spans(spans: InMemorySpanExporter) -> None:
    model = ScriptedModel([call_tool("broken", city="Oslo"), fail("upstream down")])
    with pytest.raises(ModelError):
        await run(Agent(name="w", model=model, tools=[broken]), "weather?")
    found = _by_name(spans)
    (tool_span,) = found["execute_tool broken"]
    assert tool_span.status.status_code is StatusCode.ERROR
    assert (tool_span.attributes or {})["error.type"] == "ValueError"
    failed_chat = max(found["chat scripted"], key=lambda s: s.start_time or 0)
    assert failed_chat.status.status_code is StatusCode.ERROR
    (root,) = found["invoke_agent w"]
    assert root.status.status_code is StatusCode.ERROR
    assert (root.attributes or {})["error.type"] == "ServerError"


async def test_handoffs_are_events_on_the_run_span(spans: InMemorySpanExporter) -> None:
    billing = Agent(name="billing", model=ScriptedModel([reply("refunded")]))
    triage = Agent(
        name="triage", model=ScriptedModel([call_tool("transfer_to_billing", reason="money")])
    )
    await run(Swarm(agents=[triage, billing], mode="handoff"), "refund me")
    found = _by_name(spans)
    (root,) = found["invoke_agent triage"]
    assert (root.attributes or {})["orbiter.target.kind"] == "swarm"
    # in a Swarm, each model call names the agent that made it
    chats = sorted(found["chat scripted"], key=lambda s: s.start_time or 0)
    assert [(c.attributes or {})["gen_ai.agent.name"] for c in chats] == ["triage", "billing"]
    (event,) = [e for e in root.events if e.name == "handoff"]
    assert dict(event.attributes or {}) == {
        "orbiter.handoff.from": "triage",
        "orbiter.handoff.to": "billing",
    }


class _Headers(ScriptedModel):
    """A scripted model that keeps the trace headers each of its calls would send."""

    def __init__(self, script: Any) -> None:
        super().__init__(script)
        self.sent: list[dict[str, str]] = []

    async def complete(self, request: ModelRequest) -> ModelResponse:
        headers: dict[str, str] = {}
        telemetry.inject(headers)
        self.sent.append(headers)
        return await super().complete(request)


@pytest.mark.parametrize(
    ("sampler", "recorded"),
    [(ParentBased(ALWAYS_ON), False), (ALWAYS_ON, True)],
    ids=["parent-based", "asks-every-span"],
)
async def test_a_trace_not_sampled_makes_no_spans_and_passes_its_context_on(
    sampler: Sampler, recorded: bool
) -> None:
    # Under a parent that was not sampled, a parent-based sampler records nothing, so no span
    # is made and the model's request carries the parent's own context; a sampler that asks
    # about every span still gets them.
    exporter = InMemorySpanExporter()
    provider = TracerProvider(sampler=sampler)
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    parent = SpanContext(0xAB, 0xCD, is_remote=True, trace_flags=TraceFlags(0))
    model = _Headers([call_tool("add", a=2, b=3), reply("5")])
    seen = _Seen()
    telemetry.set_tracer_provider(provider)
    telemetry.add_observer(seen)
    try:
        token = context.attach(set_span_in_context(NonRecordingSpan(parent)))
        try:
            await run(Agent(name="calc", model=model, tools=[add]), "2+3?")
        finally:
            context.detach(token)
    finally:
        telemetry.remove_observer(seen)
        telemetry.set_tracer_provider(None)
        provider.shutdown()
    spans = exporter.get_finished_spans()
    assert [m[0] for m in seen.models] == ["scripted", "scripted"]  # observers hear it all
    trace_id = f"{0xAB:032x}"
    if not recorded:
        assert spans == ()
        assert model.sent == [{"traceparent": f"00-{trace_id}-{0xCD:016x}-00"}] * 2
        return
    assert sorted(s.name for s in spans) == sorted(
        ["invoke_agent calc", "chat scripted", "chat scripted", "execute_tool add"]
    )
    assert {s.context.trace_id for s in spans} == {0xAB}
    chats = sorted((s for s in spans if s.name == "chat scripted"), key=lambda s: s.start_time or 0)
    assert [h["traceparent"].split("-")[2] for h in model.sent] == [
        f"{c.context.span_id:016x}" for c in chats
    ]


@pytest.mark.parametrize("sampled", [True, False])
def test_a_run_in_a_trace_left_out_keeps_no_trace_at_all(sampled: bool) -> None:
    # With a parent-based sampler, a run under a parent that was not sampled decides once, at
    # its start, that it needs no span: it carries no trace object, so none of its model or
    # tool calls builds attributes or wraps its stream.
    provider = TracerProvider(sampler=ParentBased(ALWAYS_ON))
    parent = SpanContext(0xAB, 0xCD, is_remote=True, trace_flags=TraceFlags(int(sampled)))
    telemetry.set_tracer_provider(provider)
    token = context.attach(set_span_in_context(NonRecordingSpan(parent)))
    try:
        trace = telemetry.start_run("calc")
        assert (trace is not None) is sampled
        if trace is not None:
            assert trace.root is not None
            assert trace.root.is_recording()
            trace.end(None, 1)
    finally:
        context.detach(token)
        telemetry.set_tracer_provider(None)
        provider.shutdown()


class _CountingSampler(ParentBased):
    """The SDK's parent-based sampler, never sampling a new trace, counting what it is asked."""

    def __init__(self) -> None:
        super().__init__(ALWAYS_OFF)
        self.asked = 0

    def should_sample(self, *args: Any, **kwargs: Any) -> Any:
        self.asked += 1
        return super().should_sample(*args, **kwargs)


async def test_a_new_trace_the_sampler_leaves_out_asks_it_once_per_run() -> None:
    # The run's own span is where the sampler decides; its model and tool calls follow that
    # decision without another span (non-recording ones would only cost time).
    sampler = _CountingSampler()
    provider = TracerProvider(sampler=sampler)
    exporter = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    model = _Headers([call_tool("add", a=2, b=3), reply("5")])
    telemetry.set_tracer_provider(provider)
    try:
        await run(Agent(name="calc", model=model, tools=[add]), "2+3?")
    finally:
        telemetry.set_tracer_provider(None)
        provider.shutdown()
    assert sampler.asked == 1
    assert exporter.get_finished_spans() == ()
    assert model.sent == [{}, {}]


class _Seen:
    def __init__(self) -> None:
        self.models: list[tuple[Any, ...]] = []
        self.tools: list[tuple[str, bool]] = []

    def model_call(
        self, provider: str, model: str, seconds: float, usage: Usage | None, error: str | None
    ) -> None:
        self.models.append((provider, model, usage.output_tokens if usage else None, error))

    def tool_call(self, name: str, seconds: float, error: bool) -> None:
        self.tools.append((name, error))


async def test_observers_hear_every_model_and_tool_call_without_tracing() -> None:
    seen = _Seen()
    telemetry.add_observer(seen)
    try:
        model = ScriptedModel(
            [call_tool("broken", city="Rome"), fail("gone", error_type="RateLimitError")],
            model_name="m2",
        )
        with pytest.raises(ModelError):
            await run(Agent(name="w", model=model, tools=[broken]), "go")
    finally:
        telemetry.remove_observer(seen)
    assert seen.tools == [("broken", True)]
    assert seen.models[0] == ("scripted", "m2", 1, None)
    assert seen.models[1] == ("scripted", "m2", None, "RateLimitError")


def test_a_run_without_tracing_imports_nothing_from_opentelemetry() -> None:
    code = (
        "import asyncio, sys\n"
        "from orbiter import Agent, run\n"
        "from orbiter.testing import ScriptedModel, reply\n"
        "asyncio.run(run(Agent(name='a', model=ScriptedModel([reply('hi')])), 'hello'))\n"
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
