"""Observability across real processes: traces over OTLP/HTTP, Prometheus metrics, JSON logs.

The client is this test process (its spans exported by the real OTLP/HTTP exporter), the workers
are ``orbiter start worker`` subprocesses exporting to the same loopback receiver, and the model is
the loopback OpenAI-compatible server of ``guide_support``.
"""

from __future__ import annotations

import json
import socket
import subprocess
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
import redis
from guide_support import (
    ORBITER,
    ChatCompletionsServer,
    WorkerProcess,
    chat_server,
    get_weather,
    until,
    worker_env,
)
from observability_support import OtlpReceiver, Span, scrape, total
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from orbiter import Agent, telemetry
from orbiter.cli.devserver import free_port
from orbiter.distributed import distributed
from orbiter.distributed.executor import TaskSpec
from orbiter.distributed.observe import attempt_observer
from orbiter.distributed.payload import Payload, decode_payload, encode_payload
from orbiter.errors import OrbiterError
from orbiter.providers import aclose_all
from orbiter.testing import ScriptedModel, call_tool, fail, reply

StartWorker = Callable[..., WorkerProcess]


@pytest.fixture(scope="module")
def chat() -> Iterator[ChatCompletionsServer]:
    with chat_server() as server:
        yield server


@pytest.fixture(scope="module")
def receiver() -> Iterator[OtlpReceiver]:
    r = OtlpReceiver()
    try:
        yield r
    finally:
        r.close()


@pytest.fixture
def client_tracing(receiver: OtlpReceiver) -> Iterator[TracerProvider]:
    """This process traces Orbiter to the receiver (without touching the global provider)."""
    provider = TracerProvider(resource=Resource.create({"service.name": "test-client"}))
    exporter = OTLPSpanExporter(endpoint=f"{receiver.endpoint}/v1/traces")
    provider.add_span_processor(BatchSpanProcessor(exporter, schedule_delay_millis=50))
    telemetry.set_tracer_provider(provider)
    try:
        yield provider
    finally:
        telemetry.set_tracer_provider(None)
        provider.shutdown()


@pytest.fixture
async def start_worker(
    redis_url: str, chat: ChatCompletionsServer, receiver: OtlpReceiver
) -> AsyncIterator[StartWorker]:
    chat.reset()
    started: list[WorkerProcess] = []

    def start(*args: str, ready: str = "connected to", **env: str) -> WorkerProcess:
        full = worker_env(
            redis_url,
            chat.url,
            OTEL_EXPORTER_OTLP_ENDPOINT=receiver.endpoint,
            OTEL_BSP_SCHEDULE_DELAY="50",
            **env,
        )
        worker = WorkerProcess(*args, env=full)
        started.append(worker)
        worker.wait_for(ready)
        return worker

    yield start
    chat.release()
    for worker in started:
        worker.stop()
        print(worker.output())
    await aclose_all()


def _one(spans: list[Span], prefix: str) -> Span:
    found = [s for s in spans if s.name.startswith(prefix)]
    assert len(found) == 1, (prefix, spans)
    return found[0]


async def test_one_trace_from_client_through_queue_and_worker_to_model_and_tool(
    redis_url: str,
    chat: ChatCompletionsServer,
    receiver: OtlpReceiver,
    client_tracing: TracerProvider,
    start_worker: StartWorker,
) -> None:
    worker = start_worker("--worker-id", "w-trace", "--log-format", "json", ready='"ready"')
    agent = Agent(name="forecaster", model="openai:gpt-4o-mini", tools=[get_weather])
    handle = await distributed(agent, "What is the weather in Paris?", redis_url=redis_url)
    result = await handle.result(timeout=30)
    await handle.close()
    client_tracing.force_flush()

    submit = receiver.wait_for(lambda: receiver.named("submit "))[0]
    trace = submit.trace_id
    spans = receiver.wait_for(
        lambda: [*receiver.named("", trace)] * bool(receiver.named("process", trace))
    )
    queued, process = _one(spans, "queued default"), _one(spans, "process default")
    run, tool = _one(spans, "invoke_agent forecaster"), _one(spans, "execute_tool get_weather")
    chats = sorted([s for s in spans if s.name == "chat gpt-4o-mini"], key=lambda s: s.start)
    assert len(chats) == 2

    # client -> queue -> worker -> model call -> tool call, across three processes
    assert submit.service == "test-client"
    assert {s.service for s in spans} - {"test-client"} == {"orbiter-worker"}
    assert submit.parent_id == ""
    assert queued.parent_id == submit.span_id
    assert process.parent_id == queued.span_id
    assert run.parent_id == process.span_id
    assert [c.parent_id for c in chats] == [run.span_id] * 2
    assert tool.parent_id == chats[0].span_id
    assert submit.attributes["messaging.message.id"] == handle.task_id
    assert process.attributes["orbiter.task.attempt"] == 1
    assert process.attributes["orbiter.worker.id"] == "w-trace"
    assert process.attributes["orbiter.task.status"] == "COMPLETED"

    # GenAI attributes, and token counts equal to what the model server sent
    for c, finish in zip(chats, ["tool_calls", "stop"], strict=True):
        assert c.attributes["gen_ai.request.model"] == "gpt-4o-mini"
        assert c.attributes["gen_ai.response.model"] == "gpt-4o-mini"
        assert c.attributes["gen_ai.provider.name"] == "openai"
        assert c.attributes["gen_ai.response.finish_reasons"] == [finish]
        assert c.attributes["gen_ai.usage.input_tokens"] == 12
    assert chats[0].attributes["gen_ai.usage.output_tokens"] == 0
    assert chats[1].attributes["gen_ai.usage.output_tokens"] == len(result["output"].split())
    assert result["usage"]["input_tokens"] == 24
    assert (
        tool.attributes["gen_ai.tool.call.id"] == chat.requests[1]["messages"][-1]["tool_call_id"]
    )
    assert not [k for s in spans for k in s.attributes if k.endswith(("messages", "arguments"))]

    # the model requests carried the model call's span as traceparent
    sent = [h["traceparent"].split("-")[1:3] for h in chat.headers]
    assert sent == [[trace, c.span_id] for c in chats]

    # JSON log lines carry the task, worker, queue and trace ids
    client = redis.Redis.from_url(redis_url)
    client.xadd("orbiter:queue:default", {"t": "poison-1", "p": b"not json"})
    client.close()
    rejected = json.loads(worker.wait_for("rejected"))
    assert rejected["level"] == "error"
    assert rejected["message"].startswith("task entry ")
    assert (rejected["worker_id"], rejected["queue"]) == ("w-trace", "default")
    lines = [json.loads(line) for line in worker.lines]
    assert all({"at", "level", "message", "worker_id", "queue"} <= set(r) for r in lines)
    started = next(r for r in lines if r.get("event") == "started")
    assert started["level"] == "info"
    assert started["message"].startswith(f"▶ started   {handle.task_id}")
    assert (started["task_id"], started["attempt"]) == (handle.task_id, 1)
    assert (started["worker_id"], started["queue"]) == ("w-trace", "default")
    assert (started["trace_id"], started["span_id"]) == (trace, process.span_id)
    done = next(r for r in lines if r.get("event") == "completed")
    assert done["task_id"] == handle.task_id
    assert done["trace_id"] == trace


async def test_a_reclaimed_task_is_a_second_attempt_span_in_the_same_trace(
    redis_url: str,
    chat: ChatCompletionsServer,
    receiver: OtlpReceiver,
    client_tracing: TracerProvider,
    start_worker: StartWorker,
) -> None:
    victim = start_worker("--worker-id", "w-victim", "--lease", "1")
    agent = Agent(name="assistant", model="openai:gpt-4o")
    handle = await distributed(agent, "Long running task", redis_url=redis_url)
    await until(lambda: chat.held == 1, what="the model call to start")
    victim.kill()
    start_worker("--worker-id", "w-rescuer", "--lease", "1")
    chat.release()
    assert (await handle.result(timeout=30))["output"] == "You said: Long running task"
    await handle.close()
    client_tracing.force_flush()

    sub = receiver.submitted(handle.task_id)
    trace = sub.trace_id

    def finished_attempt() -> list[Span]:
        return [
            s
            for s in receiver.named("process default", trace)
            if s.attributes.get("orbiter.task.status") == "COMPLETED"
        ]

    (last,) = receiver.wait_for(finished_attempt)
    assert last.attributes["orbiter.task.attempt"] >= 2
    assert last.attributes["orbiter.task.redelivered"] is True
    assert last.attributes["orbiter.worker.id"] == "w-rescuer"
    assert last.parent_id == sub.span_id  # no queue wait: it was taken over, not queued
    (run,) = receiver.wait_for(lambda: receiver.named("invoke_agent assistant", trace))
    assert run.parent_id == last.span_id


async def test_metrics_count_what_the_workers_did(
    redis_url: str, start_worker: StartWorker
) -> None:
    port = free_port()
    start_worker("--metrics-port", str(port), "--concurrency", "4", "--queue", "metered")

    def submit(agent: Agent, text: str) -> Any:
        return distributed(agent, text, redis_url=redis_url, queue="metered")

    echo = Agent(name="echo", model="scripted:echo")
    tooly = Agent(
        name="tooly",
        model=ScriptedModel([call_tool("get_weather", city="Oslo"), reply("done")]),
        tools=[get_weather],
    )
    broken = Agent(name="broken", model=ScriptedModel([fail("upstream down")]))
    slow = Agent(name="slow", model=ScriptedModel([reply("late", delay=60)]))

    good = [await submit(echo, f"hello {i}") for i in range(15)]
    good += [await submit(tooly, f"weather {i}") for i in range(5)]
    bad = [await submit(broken, f"fail {i}") for i in range(3)]
    results = [await h.result(timeout=30) for h in good]
    for h in bad:
        with pytest.raises(OrbiterError, match="upstream down"):
            await h.result(timeout=30)
    stuck = [await submit(slow, f"slow {i}") for i in range(2)]
    for h in stuck:
        await until(lambda h=h: _status(h), what="the slow task to start")
        assert await h.cancel()
    client = redis.Redis.from_url(redis_url)
    client.xadd("orbiter:queue:metered", {"t": "poison-1", "p": b"not json"})
    client.close()

    def settled() -> Any:
        m = scrape(port)
        done = total(m, "orbiter_task_run_seconds_count") == 25
        return m if done and total(m, "orbiter_queue_dead_letters", queue="metered") == 1 else None

    m = await until(settled, within=20, what="all 25 attempts and the dead letter in /metrics")
    assert total(m, "orbiter_tasks_started_total", queue="metered") == 25
    assert total(m, "orbiter_tasks_completed_total") == 20
    assert total(m, "orbiter_tasks_completed_total", agent="tooly") == 5
    assert total(m, "orbiter_tasks_failed_total", agent="broken") == 3
    assert total(m, "orbiter_tasks_cancelled_total", agent="slow") == 2
    assert total(m, "orbiter_tasks_dead_lettered_total", queue="metered") == 1
    assert total(m, "orbiter_task_queue_wait_seconds_count", queue="metered") == 25
    assert total(m, "orbiter_tool_calls_total", tool="get_weather") == 5
    assert total(m, "orbiter_tool_errors_total") == 0
    assert total(m, "orbiter_model_calls_total", outcome="ok") == 25
    assert total(m, "orbiter_model_calls_total", outcome="ServerError") == 3
    tokens_in = sum(r["usage"]["input_tokens"] for r in results)
    tokens_out = sum(r["usage"]["output_tokens"] for r in results)
    assert total(m, "orbiter_model_tokens_total", direction="input") == tokens_in
    assert total(m, "orbiter_model_tokens_total", direction="output") == tokens_out
    assert total(m, "orbiter_queue_depth", queue="metered") == 0
    assert total(m, "orbiter_worker_running_tasks") == 0


async def _status(handle: Any) -> bool:
    record = await handle.status()
    return record is not None and record.status == "RUNNING"


def test_a_busy_metrics_port_is_a_clear_error(redis_url: str, chat: ChatCompletionsServer) -> None:
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        worker = WorkerProcess("--metrics-port", str(port), env=worker_env(redis_url, chat.url))
        try:
            worker.wait_for(f"cannot serve metrics on port {port}")
            assert worker.proc.wait(10) == 1
        finally:
            worker.stop()


def test_tracing_off_leaves_the_payload_as_it_was() -> None:
    plain = Payload(target=b'{"type":"agent","name":"a"}', input="hi")  # type: ignore[arg-type]
    assert b"trace" not in encode_payload(plain)
    traced = Payload(target=plain.target, input="hi", trace={"traceparent": "00-ab-cd-01"})
    assert decode_payload(encode_payload(traced)).trace == {"traceparent": "00-ab-cd-01"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--log-format", "xml"], "must be text or json, got 'xml'"),
        (["--executor", "temporal", "--metrics-port", "9464"], "the Temporal worker does not"),
    ],
)
def test_options_the_worker_cannot_honour_are_refused(
    redis_url: str, args: list[str], message: str
) -> None:
    done = subprocess.run(
        [*ORBITER, "start", "worker", "--redis-url", redis_url, *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert message in " ".join(done.stderr.split())


async def test_the_metrics_asgi_app_serves_what_was_counted() -> None:
    import httpx
    from prometheus_client.parser import text_string_to_metric_families

    from orbiter.distributed.metrics import WorkerMetrics, asgi_app
    from orbiter.messages import Usage

    metrics = WorkerMetrics()
    metrics.model_call("openai", "gpt-4o", 0.2, Usage(input_tokens=12, output_tokens=3), None)
    metrics.model_call("openai", "gpt-4o", 0.1, None, "RateLimitError")
    metrics.tool_call("get_weather", 0.01, True)
    transport = httpx.ASGITransport(app=asgi_app(metrics))
    async with httpx.AsyncClient(transport=transport, base_url="http://server") as client:
        reply = await client.get("/metrics")
    assert reply.status_code == 200
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(reply.text)
        for s in family.samples
    }
    assert total(samples, "orbiter_model_calls_total", outcome="ok") == 1
    assert total(samples, "orbiter_model_calls_total", outcome="RateLimitError") == 1
    assert total(samples, "orbiter_model_tokens_total", direction="input") == 12
    assert total(samples, "orbiter_model_tokens_total", direction="output") == 3
    assert total(samples, "orbiter_tool_errors_total", tool="get_weather") == 1
    assert total(samples, "orbiter_model_call_seconds_count", model="gpt-4o") == 2


@pytest.mark.parametrize("sampled", [True, False])
async def test_a_worker_makes_spans_only_for_sampled_traces(sampled: bool) -> None:
    # The client's sampling decision travels in the payload; for a trace left out, the worker
    # makes no spans (the default sampler would record none) and passes the client's context on.
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace_id, parent_id = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
    carrier = {"traceparent": f"00-{trace_id}-{parent_id}-{'01' if sampled else '00'}"}
    spec = TaskSpec(
        task_id="t1", attempt=1, queue="default", worker_id="w1", target=b"{}", input="hi",
        messages=None, detailed=False, timeout=60, trace=carrier,
    )  # fmt: skip
    sent: dict[str, str] = {}

    async def model_call() -> None:
        telemetry.inject(sent)

    telemetry.set_tracer_provider(provider)
    try:
        attempt = attempt_observer(spec, "a", "1765064460123-0", None)
        assert attempt is not None
        await attempt.run(model_call())
        attempt.finish("COMPLETED")
    finally:
        telemetry.set_tracer_provider(None)
        provider.shutdown()
    spans = {s.name: s for s in exporter.get_finished_spans()}
    if not sampled:
        assert spans == {}
        assert sent == carrier
        return
    assert set(spans) == {"queued default", "process default"}
    process = spans["process default"]
    assert sent["traceparent"] == f"00-{trace_id}-{process.context.span_id:016x}-01"
    assert (process.attributes or {})["orbiter.task.status"] == "COMPLETED"
