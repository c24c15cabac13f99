"""Orbiter's side of the queue benchmarks, against real worker subprocesses on one Redis server.

    python benchmarks/orbiter_queue.py throughput --url URL [--workers 1] [--n 2000]
        [--submit sequential|gather|batch] [--worker cli|quiet|module] [--agent echo|three-steps]
    python benchmarks/orbiter_queue.py latency --url URL [--n 500] [--worker cli|quiet|module]
    python benchmarks/orbiter_queue.py stream --url URL [--events 100000]
    python benchmarks/orbiter_queue.py footprint --url URL [--inflight 1000]

Every task is a one-step agent on the scripted model (``scripted:echo``), with its events
(text, status) written to the task's stream as usual. The last stdout line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench
from bench_tools import tally

from orbiter import Agent
from orbiter.distributed import distributed
from orbiter.testing import ScriptedModel, call_tool, reply

ECHO = Agent(name="bench", model="scripted:echo")
THREE_STEPS = Agent(
    name="three-steps",
    model=ScriptedModel([call_tool("tally", n=1), call_tool("tally", n=2), reply("done")]),
    tools=[tally],
)
AGENTS = {"echo": ECHO, "three-steps": THREE_STEPS}
"""The task each throughput run submits: the one-step echo agent, or one that calls a no-op
tool twice and then answers (3 steps, each stored with its events and checkpoint)."""


ORBITER_CLI = str(Path(sys.executable).with_name("orbiter"))
WORKER_KINDS = ("cli", "quiet", "module")


def worker_args(url: str, concurrency: int, worker_id: str, kind: str = "cli") -> list[str]:
    """How a worker is started: ``cli`` is what users run (``orbiter start worker``, with its
    per-task lines), ``quiet`` the same with --quiet, ``module`` the bare module entry point."""
    common = ["--redis-url", url, "--concurrency", str(concurrency), "--worker-id", worker_id]
    if kind == "module":
        return [
            sys.executable, "-m", "orbiter.distributed.worker", "--log-level", "WARNING", *common,
        ]  # fmt: skip
    quiet = ["--quiet"] if kind == "quiet" else []
    return [ORBITER_CLI, "start", "worker", *common, *quiet]


@contextmanager
def workers(url: str, count: int, concurrency: int, kind: str = "cli") -> Iterator[list[Any]]:
    # Started in the benchmarks folder, so bench_tools counts as the user's own code.
    procs = [_bench.spawn(worker_args(url, concurrency, f"bench-{i}", kind)) for i in range(count)]
    try:
        yield procs
    finally:
        for proc in procs:
            _bench.stop(proc)


async def warm_up(url: str, count: int = 40) -> None:
    """Run a few tasks so every worker has connected and imported what it needs."""
    handles = await asyncio.gather(
        *(distributed(ECHO, "warm", redis_url=url) for _ in range(count))
    )
    for handle in handles:
        await asyncio.wait_for(handle.result(), 60)
        await handle.close()


async def submit_all(url: str, n: int, how: str, agent: Agent = ECHO) -> list[Any]:
    """Submit ``n`` tasks: one ``await`` at a time, all at once with ``gather``, or in batches."""
    if how == "sequential":
        return [await distributed(agent, f"task {i}", redis_url=url) for i in range(n)]
    if how == "gather":
        return await asyncio.gather(
            *(distributed(agent, f"task {i}", redis_url=url) for i in range(n))
        )
    many = getattr(distributed, "many", None)
    if many is None:
        raise SystemExit("this Orbiter has no distributed.many (batch submit)")
    return list(await many(agent, [f"task {i}" for i in range(n)], redis_url=url))


async def throughput(
    url: str,
    n: int,
    worker_count: int,
    concurrency: int,
    how: str = "gather",
    kind: str = "cli",
    agent: str = "echo",
) -> dict[str, Any]:
    _bench.flush(url)
    with workers(url, worker_count, concurrency, kind) as procs:
        await warm_up(url)
        pids = {f"worker{i}": p.pid for i, p in enumerate(procs)}
        meter = _bench.CpuMeter(
            {**pids, "redis": _bench.redis_pid(url), "client": psutil.Process().pid},
            alone=("client",),
        )
        _bench.reset_stats(url)
        meter.start()
        t0 = time.perf_counter()
        handles = await submit_all(url, n, how, AGENTS[agent])
        results = await asyncio.gather(*(h.result(timeout=120) for h in handles))
        elapsed = time.perf_counter() - t0
        cores = meter.stop()
        commands = _bench.command_breakdown(url)
        for i, result in enumerate(results):
            assert result["output"] == (f"task {i}" if agent == "echo" else "done"), result
        for handle in handles:
            await handle.close()
    commands = {k: v for k, v in commands.items() if not _bench.is_harness_command(k)}
    total = sum(commands.values())
    worker_cores = sum(v for k, v in cores.items() if k.startswith("worker"))
    return {
        "agent": agent,
        "submit": how,
        "worker": kind,
        "workers": worker_count,
        "concurrency": concurrency,
        "n": n,
        "tasks_per_s": n / elapsed,
        "commands_per_task": total / n,
        "command_mix": {k: round(v / n, 2) for k, v in sorted(commands.items())},
        "cpu_cores": {
            "workers": round(worker_cores, 3),
            "redis": cores["redis"],
            "client": cores["client"],
            "machine": cores["machine"],
        },
        # CPU per task hardly depends on what else runs on the machine, unlike tasks/s.
        "cpu_us_per_task": {
            name: round(used * elapsed / n * 1e6)
            for name, used in (
                ("workers", worker_cores),
                ("redis", cores["redis"]),
                ("client", cores["client"]),
            )
        },
    }


async def latency(url: str, n: int, kind: str = "cli") -> dict[str, Any]:
    _bench.flush(url)
    with workers(url, 1, 32, kind):
        await warm_up(url)
        first_event: list[float] = []
        for i in range(n):
            t0 = time.perf_counter()
            handle = await distributed(ECHO, f"hello {i}", redis_url=url)
            async for _event in handle.stream():
                first_event.append(time.perf_counter() - t0)
                break
            await handle.result(timeout=30)
            await handle.close()
        to_result: list[float] = []
        for i in range(n):
            t0 = time.perf_counter()
            handle = await distributed(ECHO, f"hello {i}", redis_url=url)
            result = await handle.result(timeout=30)
            to_result.append(time.perf_counter() - t0)
            assert result["output"] == f"hello {i}", result
            await handle.close()
    out = {f"first_event_{k}": v for k, v in _bench.latency_summary(first_event).items()}
    out.update({f"result_{k}": v for k, v in _bench.latency_summary(to_result).items()})
    return out


async def stream(url: str, events: int) -> dict[str, Any]:
    """One task whose model streams ``events`` one-character text deltas."""
    _bench.flush(url)
    text = "".join(chr(ord("a") + i % 26) for i in range(events))
    agent = Agent(name="streamer", model=ScriptedModel(echo=True, chunk_size=1))
    with workers(url, 1, 32):
        await warm_up(url)
        t0 = time.perf_counter()
        handle = await distributed(agent, text, redis_url=url, timeout=600)
        received: list[str] = []
        first = last = 0.0
        async for event in handle.stream():
            if event.type == "text":
                if not received:
                    first = time.perf_counter()
                received.append(event.text)
                last = time.perf_counter()
        total = time.perf_counter() - t0
        await handle.result(timeout=60)
        await handle.close()
    got = "".join(received)
    return {
        "events": events,
        "received": len(received),
        "lost": events - len(received),
        "in_order": got == text,
        "events_per_s": len(received) / (last - first) if last > first else float("nan"),
        "submit_to_last_s": total,
    }


async def footprint(url: str, inflight: int) -> dict[str, Any]:
    """Worker RSS idle, then with ``inflight`` tasks each parked in a sleeping tool."""
    from bench_tools import nap

    _bench.flush(url)
    sleeper = Agent(
        name="sleeper",
        model=ScriptedModel([call_tool("nap", seconds=120), reply("done")]),
        tools=[nap],
    )
    with workers(url, 1, inflight) as procs:
        await warm_up(url, 5)
        proc = psutil.Process(procs[0].pid)
        worker = _worker_process(proc)
        idle = worker.memory_info().rss
        handles = await asyncio.gather(
            *(distributed(sleeper, "sleep", redis_url=url, detailed=True) for _ in range(inflight))
        )
        # A task is in flight once its tool call has been announced.
        deadline = time.monotonic() + 120
        started = 0
        for handle in handles:
            async for event in handle.stream():
                if event.type == "tool_call":
                    started += 1
                    break
            if time.monotonic() > deadline:
                break
        busy = worker.memory_info().rss
        await asyncio.gather(*(h.cancel() for h in handles))
        for handle in handles:
            await handle.close()
    return {
        "idle_rss_mib": idle / 2**20,
        "inflight": started,
        "busy_rss_mib": busy / 2**20,
        "added_mib": (busy - idle) / 2**20,
    }


def _worker_process(proc: psutil.Process) -> psutil.Process:
    """The Python process doing the work (a launcher may sit in front of it)."""
    children = proc.children(recursive=True)
    return children[-1] if children else proc


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["throughput", "latency", "stream", "footprint"])
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--inflight", type=int, default=1000)
    parser.add_argument("--submit", choices=["sequential", "gather", "batch"], default="gather")
    parser.add_argument("--worker", choices=WORKER_KINDS, default="cli")
    parser.add_argument("--agent", choices=sorted(AGENTS), default="echo")
    args = parser.parse_args()
    if args.mode == "throughput":
        coro = throughput(
            args.url, args.n or 2000, args.workers, args.concurrency, args.submit, args.worker,
            args.agent,
        )  # fmt: skip
    elif args.mode == "latency":
        coro = latency(args.url, args.n or 500, args.worker)
    elif args.mode == "stream":
        coro = stream(args.url, args.events)
    else:
        coro = footprint(args.url, args.inflight)
    _bench.emit({"mode": args.mode, **asyncio.run(coro)})


if __name__ == "__main__":
    main()
