"""`orbiter serve` event streams under load, next to a bare Starlette relay of the same Redis data.

    uv run --frozen python benchmarks/server_sse.py [--clients 1000] [--events 50] [--submits 200]

One fresh Valkey server; one server process. Fan-out: ``--clients`` SSE connections, each
following a run of its own, while a producer process appends events to every run through the
worker's own event writer (each event carries the time it was handed to the writer). Measured:
events per second delivered in total, lag from the writer to the client's receipt (p50/p99) at
full speed and at a paced 1 event/s per run, and the server's RSS with every stream open. The
same fan-out then runs against a bare Starlette endpoint that relays the runs' Pub/Sub messages
as SSE with nothing else (no auth, no resume, no ordering checks): the limit of the stack.
At the paced rate each run gets one event a second, the runs' events spread evenly over the
second (runs are independent, so their events do not arrive in lockstep). Last,
submit-to-first-event: ``POST /v1/runs/stream`` with a real worker, time to the first event.
Prints the JSON of every figure at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from _bench import CpuMeter, latency_summary, percentile, redis_pid, spawn, stop, wait_for  # noqa: E402

from orbiter.cli.devserver import DevServer, free_port  # noqa: E402

ORBITER = [str(Path(sys.executable).with_name("orbiter"))]
AGENTS = 'from orbiter import Agent\nbench = Agent(name="bench", model="scripted:echo")\n'
STAMP = re.compile(rb'"text":"(\d+)"')


# -- the client side: many SSE connections over raw sockets (cheap enough to not be the limit) --


class Fanout:
    def __init__(self) -> None:
        self.lags_ns: list[int] = []
        self.events = 0
        self.first = 0.0
        self.last = 0.0
        self.connected = 0
        self.ended = 0
        self.expected = 0
        self.all_connected = asyncio.Event()


async def follow(port: int, path: str, out: Fanout, *, paced_from: int | None = None) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n".encode()
    )
    head = await reader.readuntil(b"\r\n\r\n")
    if b" 200 " not in head.split(b"\r\n", 1)[0]:
        raise RuntimeError(f"{path}: {head[:200]!r}")
    out.connected += 1
    if out.connected == out.expected:
        out.all_connected.set()
    try:
        while True:
            chunk = await reader.read(1 << 16)
            if not chunk:
                return
            now = time.time_ns()
            stamps = STAMP.findall(chunk)
            if stamps:
                if not out.first:
                    out.first = now / 1e9
                out.last = now / 1e9
                out.events += len(stamps)
                out.lags_ns.extend(now - int(s) for s in stamps)
            if b"event: end" in chunk or b'"x"' in chunk:
                out.ended += 1
                return
    finally:
        writer.close()


# -- the producer: the worker's event writer, in a process of its own ----------------------------


async def produce(url: str, ids: list[str], events: int, pace: float) -> None:
    import msgspec

    from orbiter.distributed._writer import EventWriter, Stream
    from orbiter.distributed.connection import connect
    from orbiter.distributed.keys import Keys

    redis = connect(url, max_connections=8)
    keys = Keys.from_env()
    pipe = redis.pipeline(transaction=False)
    for tid in ids:
        pipe.hset(keys.task(tid), mapping={"status": "RUNNING", "attempt": 1})
    await pipe.execute()
    writer = EventWriter(
        redis,
        keys,
        "default",
        retention=3600,
        maxlen=100_000,
        on_lost=print,
        on_broken=lambda task_id, why: print(task_id, why),
    )
    writer.start()
    streams = [Stream(tid, b"0-0", 1) for tid in ids]
    print("go", flush=True)
    group = 10  # paced: each run's events spread over the interval, as independent runs do
    for _ in range(events):
        for i, stream in enumerate(streams):
            writer.emit(
                stream, b'{"type":"text","text":"%d","agent_name":"bench"}' % time.time_ns()
            )
            if pace and i % group == group - 1:
                await asyncio.sleep(pace * group / len(streams))
        await asyncio.sleep(0)
    marker = msgspec.json.encode({"status": "COMPLETED", "result": {"output": ""}})
    done = [writer.finish(s, "COMPLETED", marker, b'{"output":""}', "", "") for s in streams]
    await asyncio.gather(*done)
    await writer.stop()
    await redis.aclose()


# -- the bare relay ---------------------------------------------------------------------------


def bare_app(url: str) -> Any:
    import contextlib

    import redis.asyncio as aioredis
    from starlette.applications import Starlette
    from starlette.responses import StreamingResponse
    from starlette.routing import Route

    listeners: dict[bytes, asyncio.Queue[bytes]] = {}

    async def pump(client: Any) -> None:
        pubsub = client.pubsub()
        await pubsub.psubscribe("orbiter:live:*")
        async for message in pubsub.listen():
            queue = listeners.get(message["channel"])
            if queue is not None and message["type"] == "pmessage":
                queue.put_nowait(message["data"])

    async def events(request: Any) -> Any:
        channel = f"orbiter:live:{request.path_params['task_id']}".encode()
        queue: asyncio.Queue[bytes] = asyncio.Queue()
        listeners[channel] = queue

        async def body() -> Any:
            try:
                while True:
                    lines = (await queue.get()).split(b"\n")
                    frames = []
                    for raw_id, payload in zip(lines[1::2], lines[2::2], strict=True):
                        name = b"end" if payload[:1] == b"x" else b"text"
                        frames.append(
                            b"id: %s\nevent: %s\ndata: %s\n\n" % (raw_id, name, payload[1:])
                        )
                    yield b"".join(frames)
                    if lines[-1][:1] == b"x":
                        return
            finally:
                listeners.pop(channel, None)

        return StreamingResponse(body(), media_type="text/event-stream")

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> Any:
        client = aioredis.Redis.from_url(url)
        task = asyncio.create_task(pump(client))
        yield
        task.cancel()
        await client.aclose()

    return Starlette(routes=[Route("/events/{task_id}", events)], lifespan=lifespan)


# -- orchestration ------------------------------------------------------------------------------


def wait_http(port: int, path: str) -> None:
    import httpx

    def answers() -> bool:
        try:
            httpx.get(f"http://127.0.0.1:{port}{path}", timeout=1)
            return True
        except httpx.HTTPError:
            return False

    wait_for(answers, 60, f"an answer on port {port}")


async def submit_runs(url: str, count: int) -> list[str]:
    from orbiter.distributed import distributed

    ids = []
    for _ in range(count):
        handle = await distributed("bench", "x", redis_url=url)
        ids.append(handle.task_id)
        await handle.close()
    return ids


async def fanout(
    url: str, port: int, pid: int, path: str, clients: int, events: int, pace: float
) -> dict[str, Any]:
    ids = await submit_runs(url, clients)
    out = Fanout()
    out.expected = clients
    followers = [asyncio.create_task(follow(port, path.format(id=t), out)) for t in ids]
    await asyncio.wait_for(out.all_connected.wait(), 120)
    await asyncio.sleep(1.0)  # let the server confirm every stream's Pub/Sub subscription
    rss = psutil.Process(pid).memory_info().rss
    meter = CpuMeter({"server": pid, "redis": redis_pid(url), "clients": os.getpid()}, ("clients",))
    producer = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--produce", url, "--events", str(events), "--pace", str(pace),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert producer.stdin is not None
    assert producer.stdout is not None
    producer.stdin.write("\n".join(ids).encode())
    producer.stdin.close()
    await producer.stdout.readline()  # "go": the producer is about to write its first event
    meter.start()
    began = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*followers), 300)
    cpu_wall = time.perf_counter() - began
    cores = meter.stop()  # the producer is most of the rest of "machine" (with other users)
    await producer.wait()
    lags = [n / 1e9 for n in out.lags_ns]
    wall = max(out.last - out.first, 1e-9)  # first to last event received
    return {
        "clients": clients,
        "connected": out.connected,
        "ended": out.ended,
        "events": out.events,
        "expected_events": clients * events,
        "events_per_s": round(out.events / wall),
        "lag": latency_summary(lags) if lags else {},
        "server_rss_mib_with_streams_open": round(rss / 2**20, 1),
        "cores_busy": cores,
        "server_cpu_us_per_event": round(cores["server"] * cpu_wall / max(out.events, 1) * 1e6, 1),
    }


async def submit_to_first_event(port: int, n: int) -> dict[str, Any]:
    import httpx

    times = []
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for i in range(n + 10):
            t0 = time.perf_counter()
            body = {"agent": "bench", "input": f"hello {i}"}
            elapsed = None
            async with client.stream("POST", "/v1/runs/stream", json=body) as response:
                async for line in response.aiter_lines():  # to the end of the run
                    if elapsed is None and line.startswith("event:"):
                        elapsed = time.perf_counter() - t0
            assert elapsed is not None
            if i >= 10:  # warm-up first
                times.append(elapsed)
    return {"n": n, **latency_summary(times), "p90_ms": percentile([t * 1000 for t in times], 90)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--events", type=int, default=50, help="events per run at full speed")
    parser.add_argument("--paced-events", type=int, default=10, help="events per run, 1/s")
    parser.add_argument("--submits", type=int, default=200)
    parser.add_argument("--produce", metavar="URL")
    parser.add_argument("--pace", type=float, default=0.0)
    parser.add_argument("--bare", metavar="URL")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    if args.produce:
        ids = sys.stdin.read().split()
        asyncio.run(produce(args.produce, ids, args.events, args.pace))
        return
    if args.bare:
        import uvicorn

        uvicorn.run(bare_app(args.bare), host="127.0.0.1", port=args.port, log_level="warning")
        return

    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "load_average": os.getloadavg()[0],
        "cores": psutil.cpu_count(),
    }
    folder = tempfile.mkdtemp(prefix="orbiter-bench-serve-")
    Path(folder, "bench_agents.py").write_text(AGENTS)
    redis = DevServer(free_port())
    redis.start()
    url = f"{redis.url}/0"
    env = {**os.environ, "ORBITER_REDIS_URL": url, "PYTHONPATH": folder}
    try:
        port = free_port()
        server = spawn(
            [*ORBITER, "serve", "bench_agents:bench", "--no-auth", "--port", str(port)],
            env=env,
            cwd=Path(folder),
        )
        try:
            wait_http(port, "/healthz")
            path = "/v1/runs/{id}/events"
            full = asyncio.run(fanout(url, port, server.pid, path, args.clients, args.events, 0.0))
            results["orbiter_full_speed"] = full
            paced = asyncio.run(
                fanout(url, port, server.pid, path, args.clients, args.paced_events, 1.0)
            )
            results["orbiter_paced_1_per_s"] = paced
            worker = spawn(
                [*ORBITER, "start", "worker", "--targets", "bench_agents:bench", "-c", "8"],
                env=env,
                cwd=Path(folder),
            )
            try:
                time.sleep(3)
                results["submit_to_first_event"] = asyncio.run(
                    submit_to_first_event(port, args.submits)
                )
            finally:
                stop(worker)
        finally:
            stop(server)
        bare_port = free_port()
        bare = spawn(
            [sys.executable, __file__, "--bare", url, "--port", str(bare_port)],
            env=env,
            cwd=Path(folder),
        )
        try:
            wait_http(bare_port, "/")
            path = "/events/{id}"
            results["bare_full_speed"] = asyncio.run(
                fanout(url, bare_port, bare.pid, path, args.clients, args.events, 0.0)
            )
            results["bare_paced_1_per_s"] = asyncio.run(
                fanout(url, bare_port, bare.pid, path, args.clients, args.paced_events, 1.0)
            )
        finally:
            stop(bare)
    finally:
        redis.close()
    print(json.dumps(results))  # one line: run_all.py reads the last JSON line


if __name__ == "__main__":
    main()
