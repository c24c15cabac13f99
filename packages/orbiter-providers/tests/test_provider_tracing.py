"""The ``traceparent`` header on model calls, when (and only when) tracing is on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from providers_wire import WireServer, json_reply, sse_events, sse_reply

from orbiter import Agent, get_model, run, telemetry

OK = {
    "model": "gpt-4o-2024",
    "choices": [{"message": {"content": "fine"}, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 7, "completion_tokens": 2, "total_tokens": 9},
}


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


def _agent(wire: WireServer) -> Agent:
    opts = {"base_url": wire.url, "api_key": "k", "retry_base_delay": 0}
    return Agent(name="a", model=get_model("openai:gpt-4o", opts))


@pytest.mark.parametrize("streaming", [False, True])
async def test_model_requests_carry_the_chat_span_as_traceparent(
    wire: WireServer, spans: InMemorySpanExporter, streaming: bool
) -> None:
    if streaming:
        wire.add(
            sse_reply(
                sse_events(
                    {"model": "gpt-4o-2024", "choices": [{"delta": {"content": "fine"}}]},
                    {"choices": [{"delta": {}, "finish_reason": "stop"}]},
                    {"choices": [], "usage": OK["usage"]},
                    "[DONE]",
                )
            )
        )
        async for _ in run.stream(_agent(wire), "hi"):
            pass
    else:
        wire.add(json_reply(OK))
        await run(_agent(wire), "hi")
    (chat,) = [s for s in spans.get_finished_spans() if s.name == "chat gpt-4o"]
    ctx = chat.context
    version, trace_id, span_id, _flags = wire.requests[0].headers["traceparent"].split("-")
    assert (version, trace_id, span_id) == ("00", f"{ctx.trace_id:032x}", f"{ctx.span_id:016x}")
    attrs = chat.attributes or {}
    assert attrs["gen_ai.provider.name"] == "openai"
    assert attrs["gen_ai.response.model"] == "gpt-4o-2024"
    assert attrs["gen_ai.usage.input_tokens"] == 7
    assert attrs["gen_ai.usage.output_tokens"] == 2
    assert attrs["gen_ai.response.finish_reasons"] == ("stop",)


async def test_no_traceparent_without_tracing(wire: WireServer) -> None:
    wire.add(json_reply(OK))
    await run(_agent(wire), "hi")
    assert "traceparent" not in wire.requests[0].headers
