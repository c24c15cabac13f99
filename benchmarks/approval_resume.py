"""What a pause for approval costs on the Redis path, on one fresh Valkey server.

    uv run --frozen python benchmarks/approval_resume.py [--n 50]

One in-process worker; each run's model calls a tool that needs approval, so the run pauses.
Prints the Redis memory of a paused task (record and events) and the time from
``handle.resume()`` to ``handle.result()`` (the run queued again, taken by the worker, its
approved call and last model call made), medians and 90th percentiles, as one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time

import redis.asyncio as aioredis

from orbiter import Agent, Tool
from orbiter.cli.devserver import DevServer, free_port
from orbiter.distributed import Worker, distributed
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep


def refund(order: str) -> str:
    """Refund an order."""
    return f"refunded {order}"


AGENT = Agent(
    name="payments",
    model=ScriptedModel(
        [
            ToolStep(calls=[ScriptedCall(name="refund", arguments={"order": "1"}, id="c1")]),
            TextStep(text="done"),
        ]
    ),
    tools=[Tool(refund, needs_approval=True)],
)


def _p90(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.9) - 1]


async def measure(url: str, n: int) -> dict[str, float]:
    worker = Worker(url, concurrency=4, handle_signals=False, allow_any_module=True)
    serving = asyncio.create_task(worker.run())
    await worker.ready.wait()
    client = aioredis.Redis.from_url(url)
    record: list[int] = []
    events: list[int] = []
    latency: list[float] = []
    try:
        for _ in range(n):
            handle = await distributed(AGENT, "refund order 1", redis_url=url)
            paused = await handle.result(timeout=30)
            assert paused["status"] == "interrupted", paused
            record.append(await client.memory_usage(f"orbiter:task:{handle.task_id}") or 0)
            events.append(await client.memory_usage(f"orbiter:events:{handle.task_id}") or 0)
            started = time.perf_counter()
            await handle.resume(approve=["c1"])
            done = await handle.result(timeout=30)
            latency.append(time.perf_counter() - started)
            assert done["output"] == "done", done
            await handle.close()
    finally:
        await client.aclose()
        worker.stop()
        await serving
    return {
        "runs": n,
        "paused_record_bytes": statistics.median(record),
        "paused_events_bytes": statistics.median(events),
        "resume_to_result_ms_median": round(statistics.median(latency) * 1000, 1),
        "resume_to_result_ms_p90": round(_p90(latency) * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=50, help="paused and resumed runs")
    args = parser.parse_args()
    server = DevServer(free_port())
    server.start()
    try:
        # The agent from this file imported as a module, so the worker can import its tool.
        import approval_resume

        print(json.dumps(asyncio.run(approval_resume.measure(f"{server.url}/0", args.n))))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
