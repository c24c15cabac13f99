"""What tracing and metrics cost: distributed throughput and local per-run overhead, one run.

Modes, measured in turns (off, tracing, sampled, metrics, off, ...) so machine noise hits all
alike:

- ``off``: the OpenTelemetry API and SDK imported, no tracer provider configured, no metrics
  (what every user without observability runs); ``baseline`` (local only) skips the check
  for a tracer provider altogether, so ``off`` minus ``baseline`` is what the check costs;
- ``orbiter`` (local only): a tracer provider whose tracer is OpenTelemetry's no-op one, so
  every tracing path of Orbiter runs and the SDK does nothing: Orbiter's own share;
- ``sdk`` (local only): an SDK TracerProvider that records spans but exports none, to tell
  the cost of making spans from the cost of exporting them;
- ``tracing``: an SDK TracerProvider with a batch span processor exporting over OTLP/HTTP to a
  receiver process on loopback, in the client and in the worker; every span is exported (the
  queue is large enough that none is dropped) and the time includes flushing them;
- ``sampled``: the same, with the standard parent-based 10 % trace-id ratio sampler;
- ``metrics``: the worker serves Prometheus metrics (``--metrics-port``); locally, the
  metrics observer is installed in the running process.

Distributed: ``--n`` tasks (one-step scripted agents) submitted at once to one ``orbiter start
worker`` at concurrency 32, timed from the first submit to the last result; also the CPU time
the client and the worker spent on them, which other work on a shared machine disturbs less.
Local: CPU microseconds per ``await run(agent, "hi")`` of a one-step text run on the scripted
model (the exporter thread's included).

Per span: CPU microseconds the SDK spends recording the spans of those local runs, and the
OTLP exporter encoding and sending them, with the settings an operator can change (batch size,
compression).

    uv run --frozen python benchmarks/observability_overhead.py [--n 1000] [--rounds 5]
        [--write-docs]

Writes ``benchmarks/results/observability.json``; with ``--write-docs`` also the
"Observability overhead" section of ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import socket
import statistics
import sys
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))
RESULTS = BENCH_DIR / "results" / "observability.json"
DOCS = ROOT / "docs" / "benchmarks.md"

import _bench  # noqa: E402
import psutil  # noqa: E402
import report  # noqa: E402
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter  # noqa: E402
from opentelemetry.sdk.trace import TracerProvider  # noqa: E402
from opentelemetry.sdk.trace.export import BatchSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased  # noqa: E402

from orbiter import Agent, run, telemetry  # noqa: E402
from orbiter._run import stream as run_stream  # noqa: E402
from orbiter.cli.devserver import DevServer, free_port  # noqa: E402
from orbiter.distributed import distributed  # noqa: E402
from orbiter.distributed.metrics import WorkerMetrics  # noqa: E402
from orbiter.testing import ScriptedModel, reply  # noqa: E402

ORBITER = str(Path(sys.executable).with_name("orbiter"))
ECHO = Agent(name="bench", model="scripted:echo")


# A collector stand-in in a process of its own (so receiving costs the measured processes
# nothing): it reads each export request and answers 200.
_RECEIVER = """
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()
    def log_message(self, *a):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
"""


class Receiver:
    def __init__(self) -> None:
        port = free_port()
        self.proc = _bench.spawn([sys.executable, "-c", _RECEIVER, str(port)])
        self.endpoint = f"http://127.0.0.1:{port}"
        _bench.wait_for(self._up, 10, "the OTLP receiver")

    def _up(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", int(self.endpoint.rsplit(":", 1)[1])), 1).close()
            return True
        except OSError:
            return False

    def close(self) -> None:
        _bench.stop(self.proc)


QUEUE = 1_000_000  # big enough that no span is dropped: every span's export is paid for
SAMPLED = 0.1
SPANS_PER_RUN = 2  # invoke_agent and chat
SPANS_PER_TASK = 5  # submit (client); queued, process, invoke_agent, chat (worker)


class _NoOpProvider:
    """A tracer provider handing out OpenTelemetry's no-op tracer (the ``orbiter`` mode)."""

    def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
        from opentelemetry.trace import NoOpTracer

        return NoOpTracer()

    def force_flush(self) -> None:
        pass

    def shutdown(self) -> None:
        pass


def _tracing(receiver: Receiver, mode: str) -> Any:
    """The client's tracer provider for ``mode`` (None: tracing off)."""
    if mode == "orbiter":
        return _NoOpProvider()
    if mode not in ("sdk", "tracing", "sampled"):
        return None
    sampler = ParentBased(TraceIdRatioBased(SAMPLED)) if mode == "sampled" else None
    provider = TracerProvider(sampler=sampler)
    if mode != "sdk":
        exporter = OTLPSpanExporter(endpoint=f"{receiver.endpoint}/v1/traces")
        provider.add_span_processor(BatchSpanProcessor(exporter, max_queue_size=QUEUE))
    return provider


# -- distributed ------------------------------------------------------------------------------


async def _throughput(
    url: str, n: int, mode: str, receiver: Receiver
) -> tuple[float, float, float]:
    """Tasks per second, CPU µs per task of the client and the worker together, and the
    worker's share of it."""
    _bench.flush(url)
    args = [ORBITER, "start", "worker", "--redis-url", url, "--concurrency", "32"]
    env = {"ORBITER_REDIS_URL": url}
    if mode in ("tracing", "sampled"):
        env |= {
            "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint,
            "OTEL_BSP_MAX_QUEUE_SIZE": str(QUEUE),
        }
    if mode == "metrics":
        args += ["--metrics-port", str(free_port())]
    proc = _bench.spawn(args, env=env)
    provider = _tracing(receiver, mode)
    telemetry.set_tracer_provider(provider)
    try:
        warm = await asyncio.gather(*(distributed(ECHO, "warm", redis_url=url) for _ in range(40)))
        for h in warm:
            await asyncio.wait_for(h.result(), 60)
            await h.close()
        worker = psutil.Process(proc.pid)
        client0, worker0 = time.process_time(), _bench.cpu_seconds(worker)
        t0 = time.perf_counter()
        handles = await asyncio.gather(
            *(distributed(ECHO, f"task {i}", redis_url=url) for i in range(n))
        )
        await asyncio.gather(*(h.result(timeout=300) for h in handles))
        if provider is not None:
            provider.force_flush()
        elapsed = time.perf_counter() - t0
        client = time.process_time() - client0
        worked = _bench.cpu_seconds(worker) - worker0
        for h in handles:
            await h.close()
    finally:
        telemetry.set_tracer_provider(None)
        if provider is not None:
            provider.shutdown()
        _bench.stop(proc)
    return n / elapsed, (client + worked) / n * 1e6, worked / n * 1e6


# -- local ------------------------------------------------------------------------------------


async def _local_us(mode: str, receiver: Receiver, runs: int) -> float:
    agent = Agent(name="bench", model=ScriptedModel([reply("hello")]))
    provider = _tracing(receiver, mode)
    metrics = WorkerMetrics() if mode == "metrics" else None
    telemetry.set_tracer_provider(provider)
    if metrics is not None:
        metrics.install()
    original = run_stream.start_run
    if mode == "baseline":
        run_stream.start_run = lambda *a, **k: None  # type: ignore[assignment]
    try:
        for _ in range(200):
            await run(agent, "hi")
        gc.collect()
        t0 = time.process_time()
        for _ in range(runs):
            await run(agent, "hi")
        if provider is not None:
            provider.force_flush()  # the export of these runs' spans is part of their cost
        return (time.process_time() - t0) / runs * 1e6
    finally:
        run_stream.start_run = original  # type: ignore[assignment]
        telemetry.set_tracer_provider(None)
        if metrics is not None:
            metrics.uninstall()
        if provider is not None:
            provider.shutdown()


# -- one task on a worker, in-process --------------------------------------------------------


def _task(task_id: str, target: bytes, flags: str) -> Any:
    """A task spec whose trace context has these W3C flags (none when empty)."""
    from orbiter.distributed.executor import TaskSpec

    trace = {}
    if flags:
        trace["traceparent"] = f"00-{os.urandom(16).hex()}-{os.urandom(8).hex()}-{flags}"
    return TaskSpec(
        task_id=task_id, attempt=1, queue="default", worker_id="w", target=target, input="hi",
        messages=None, detailed=False, timeout=60, trace=trace,
    )  # fmt: skip


def _client_path_us(runs: int = 20000) -> dict[str, float]:
    """CPU µs per task of the client's part of a trace: the submit span and the context for
    the payload, with tracing off and with a new trace the parent-based sampler leaves out."""
    from orbiter.distributed.observe import submit_span

    def submits() -> None:
        for _ in range(runs):
            span = submit_span("default", "01JTASK", "bench")
            if span is not None:
                span.end()

    out: dict[str, float] = {}
    for mode, provider in (
        ("off", None),
        ("not_sampled", TracerProvider(sampler=ParentBased(TraceIdRatioBased(0.0)))),
    ):
        telemetry.set_tracer_provider(provider)
        try:
            out[mode] = _cpu_us(submits, runs)
        finally:
            telemetry.set_tracer_provider(None)
    return out


async def _worker_path_us(runs: int = 2000) -> dict[str, float]:
    """CPU µs per task of what a worker does for one task's trace (the attempt's spans and the
    run inside them, no Redis), by what the client's trace context says."""
    import msgspec

    from orbiter.distributed.executor import InProcessExecutor, TaskSpec
    from orbiter.distributed.observe import attempt_observer

    executor = InProcessExecutor()
    target = msgspec.json.encode(ECHO.to_dict())
    entry = f"{int(time.time() * 1000)}-0"
    out: dict[str, float] = {}
    for mode, flags in (("off", ""), ("not_sampled", "00"), ("sampled", "01")):
        provider = None if mode == "off" else TracerProvider()
        telemetry.set_tracer_provider(provider)

        specs = [_task(f"t{i}", target, flags) for i in range(runs)]

        async def one(spec: TaskSpec) -> None:
            attempt = attempt_observer(spec, "bench", entry, None)
            running = executor.execute(spec, lambda event: None)
            await (running if attempt is None else attempt.run(running))
            if attempt is not None:
                attempt.finish("COMPLETED")

        try:
            for spec in specs[:200]:
                await one(spec)
            best = float("inf")
            for _ in range(3):
                t0 = time.process_time()
                for spec in specs:
                    await one(spec)
                best = min(best, (time.process_time() - t0) / runs * 1e6)
            out[mode] = best
        finally:
            telemetry.set_tracer_provider(None)
            if provider is not None:
                provider.shutdown()
    return out


# -- per span ---------------------------------------------------------------------------------


def _cpu_us(fn: Any, count: int, repeat: int = 3) -> float:
    """Best of ``repeat``: CPU µs of this process (exporter threads included) per item."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, (time.process_time() - t0) / count * 1e6)
    return best


async def _span_costs(receiver: Receiver, runs: int = 1024) -> dict[str, float]:
    """CPU µs per span: recording it, encoding it for OTLP, and exporting it over OTLP/HTTP."""
    from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
    from opentelemetry.exporter.otlp.proto.http import Compression

    agent = Agent(name="bench", model=ScriptedModel([reply("hello")]))

    async def runs_cpu(provider: Any) -> float:
        """Best of 3: CPU µs per run with ``provider`` (None: tracing off)."""
        telemetry.set_tracer_provider(provider)
        try:
            return await _bench.best_cpu_us(lambda: run(agent, "hi"), runs)
        finally:
            telemetry.set_tracer_provider(None)

    recorded = (await runs_cpu(TracerProvider()) - await runs_cpu(None)) / SPANS_PER_RUN
    provider, memory = _memory_provider()
    telemetry.set_tracer_provider(provider)
    try:
        for _ in range(runs):
            await run(agent, "hi")
    finally:
        telemetry.set_tracer_provider(None)
        provider.shutdown()
    spans = list(memory.get_finished_spans())
    out = {
        "attributes_per_span": sum(len(s.attributes or {}) for s in spans) / len(spans),
        "record": recorded,
    }
    out["encode"] = _cpu_us(lambda: encode_spans(spans).SerializeToString(), len(spans))
    out |= _bare_span_us(receiver, len(spans))
    for name, batch, compression in (
        ("http_512", 512, Compression.NoCompression),
        ("http_512_gzip", 512, Compression.Gzip),
        ("http_64", 64, Compression.NoCompression),
    ):
        exporter = OTLPSpanExporter(
            endpoint=f"{receiver.endpoint}/v1/traces", compression=compression
        )
        batches = [spans[i : i + batch] for i in range(0, len(spans), batch)]

        def send(exporter: OTLPSpanExporter = exporter, batches: list[Any] = batches) -> None:
            for b in batches:
                exporter.export(b)

        out[name] = _cpu_us(send, len(spans))
        exporter.shutdown()
    return out


def _bare_span_us(receiver: Receiver, count: int) -> dict[str, float]:
    """The SDK's floor: CPU µs to record one span without attributes (no processor), and to
    export such spans over OTLP/HTTP in batches of 512. No instrumentation can go below it."""
    tracer = TracerProvider().get_tracer("bench")

    def record() -> None:
        for _ in range(count):
            tracer.start_span("chat bench").end()

    memory = _memory_provider()
    bare = memory[0].get_tracer("bench")
    for _ in range(count):
        bare.start_span("chat bench").end()
    spans = list(memory[1].get_finished_spans())
    memory[0].shutdown()
    exporter = OTLPSpanExporter(endpoint=f"{receiver.endpoint}/v1/traces")

    def send() -> None:
        for i in range(0, len(spans), 512):
            exporter.export(spans[i : i + 512])

    try:
        return {"bare_record": _cpu_us(record, count), "bare_http_512": _cpu_us(send, count)}
    finally:
        exporter.shutdown()


def _memory_provider() -> tuple[TracerProvider, Any]:
    """A tracer provider keeping its finished spans in memory, and that memory."""
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    return provider, memory


async def measure(n: int, rounds: int, runs: int) -> dict[str, Any]:
    load = _bench.load_average()
    receiver = Receiver()
    server = DevServer(free_port())
    server.start()
    try:
        dist: dict[str, list[float]] = {m: [] for m in ("off", "tracing", "sampled", "metrics")}
        cpu: dict[str, list[float]] = {m: [] for m in dist}
        worker_cpu: dict[str, list[float]] = {m: [] for m in dist}
        local: dict[str, list[float]] = {
            m: [] for m in ("baseline", "off", "orbiter", "sdk", "tracing", "sampled", "metrics")
        }
        for i in range(rounds):
            for mode in dist:
                tasks_per_s, cpu_us, worker_us = await _throughput(server.url, n, mode, receiver)
                dist[mode].append(tasks_per_s)
                cpu[mode].append(cpu_us)
                worker_cpu[mode].append(worker_us)
                print(f"round {i + 1}: {mode} {dist[mode][-1]:,.0f} tasks/s", file=sys.stderr)
            for mode in local:
                local[mode].append(await _local_us(mode, receiver, runs))
        spans = await _span_costs(receiver)
        worker_path = await _worker_path_us()
        client_path = _client_path_us()
    finally:
        server.close()
        receiver.close()
    tasks = {m: statistics.median(v) for m, v in dist.items()}
    local_us = {m: statistics.median(v) for m, v in local.items()}
    return {
        **_bench.result_header(load, n, rounds),
        "local_runs": runs,
        "sampled_ratio": SAMPLED,
        "spans_per_task": SPANS_PER_TASK,
        "spans_per_run": SPANS_PER_RUN,
        "tasks_per_s": tasks,
        "tasks_per_s_all": dist,
        "task_cpu_us": {m: statistics.median(v) for m, v in cpu.items()},
        "task_cpu_us_all": cpu,
        "task_worker_cpu_us": {m: statistics.median(v) for m, v in worker_cpu.items()},
        "task_worker_cpu_us_all": worker_cpu,
        "local_us": local_us,
        "local_us_all": local,
        "span_cpu_us": spans,
        "worker_path_us": worker_path,
        "client_path_us": client_path,
    }


def write_docs(r: dict[str, Any]) -> None:
    text = DOCS.read_text()
    begin, end = report.OBSERVABILITY_BEGIN, report.OBSERVABILITY_END
    block = "\n".join([begin, *report.observability(r), end])
    if begin in text:
        head, rest = text.split(begin, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.replace("## Reproduce", block + "\n\n## Reproduce", 1)
    DOCS.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--local-runs", type=int, default=3000)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    result = asyncio.run(measure(args.n, args.rounds, args.local_runs))
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    if args.write_docs:
        write_docs(result)
    _bench.emit(result)


if __name__ == "__main__":
    main()
