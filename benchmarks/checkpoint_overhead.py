"""What step checkpoints cost: distributed throughput of a 3-step agent with and without them.

    uv run --frozen python benchmarks/checkpoint_overhead.py [--n 1000] [--rounds 3]

One Valkey server, one worker process (``orbiter start worker --quiet``, concurrency 32) per
measurement, started with ``ORBITER_CHECKPOINTS=1`` or ``0``; the two kinds alternate round by
round so both see the same machine load. Each task is an agent on the scripted model that calls
a no-op tool twice and then answers (3 steps, so 2 checkpoints per task), each model call taking
1 ms. Prints tasks/s per
round, the medians, the ratio, Redis commands per task and the bytes of one stored checkpoint;
the last stdout line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench
from bench_tools import tally
from orbiter_queue import worker_args

from orbiter import Agent
from orbiter.cli.devserver import DevServer, free_port
from orbiter.distributed import distributed
from orbiter.testing import ScriptedModel, call_tool, reply

# Each model call waits a millisecond, as a real one waits for the network: the worker's
# writer then sends each step's events (and checkpoint) while the next call is under way.
THINK = 0.001
AGENT = Agent(
    name="three-steps",
    model=ScriptedModel(
        [
            call_tool("tally", n=1, delay=THINK),
            call_tool("tally", n=2, delay=THINK),
            reply("done", delay=THINK),
        ]
    ),
    tools=[tally],
)


async def _run_all(url: str, n: int) -> tuple[float, list[Any]]:
    t0 = time.perf_counter()
    handles = await asyncio.gather(
        *(distributed(AGENT, f"task {i}", redis_url=url) for i in range(n))
    )
    results = await asyncio.gather(*(h.result(timeout=120) for h in handles))
    elapsed = time.perf_counter() - t0
    assert all(r["output"] == "done" and r["steps"] == 3 for r in results), results[:3]
    return elapsed, handles


async def measure(url: str, n: int, checkpoints: bool) -> dict[str, Any]:
    """One round: a fresh worker, a warm-up, then ``n`` tasks submitted at once."""
    _bench.flush(url)
    env = {"ORBITER_CHECKPOINTS": "1" if checkpoints else "0"}
    proc = _bench.spawn(worker_args(url, 32, f"ckpt-{int(checkpoints)}", "quiet"), env=env)
    try:
        _elapsed, warm = await _run_all(url, 50)
        for handle in warm:
            await handle.close()
        _bench.reset_stats(url)
        meter = _bench.CpuMeter({"worker": proc.pid, "redis": _bench.redis_pid(url)})
        meter.start()
        elapsed, handles = await _run_all(url, n)
        cores = meter.stop()
        commands = _bench.command_total(url)
        for handle in handles:
            await handle.close()
    finally:
        _bench.stop(proc)
    return {
        "checkpoints": checkpoints,
        "n": n,
        "tasks_per_s": n / elapsed,
        "commands_per_task": commands / n,
        # CPU per task moves less with the machine's other load than the rate does.
        "worker_cpu_ms_per_task": cores["worker"] * elapsed / n * 1000,
        "redis_cpu_ms_per_task": cores["redis"] * elapsed / n * 1000,
    }


async def checkpoint_size(url: str) -> int:
    """Bytes of the checkpoint stored after step 2 of one task (read while step 3 waits)."""
    import redis.asyncio as aredis

    slow = Agent(
        name="three-steps",
        model=ScriptedModel(
            [call_tool("tally", n=1), call_tool("tally", n=2), reply("done", delay=1.0)]
        ),
        tools=[tally],
    )
    _bench.flush(url)
    proc = _bench.spawn(worker_args(url, 4, "ckpt-size", "quiet"))
    r = aredis.Redis.from_url(url)
    try:
        handle = await distributed(slow, "how big", redis_url=url)
        for _ in range(300):
            stored = await r.hget(f"orbiter:task:{handle.task_id}", "checkpoint")
            if stored and b'"steps":2' in stored:
                return len(stored)
            await asyncio.sleep(0.01)
        raise RuntimeError("no checkpoint after step 2 was stored")
    finally:
        await r.aclose()
        _bench.stop(proc)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000, help="tasks per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="measurements of each kind")
    args = parser.parse_args()
    server = DevServer(free_port())
    server.start()
    url = f"{server.url}/0"
    runs: list[dict[str, Any]] = []
    try:
        for i in range(args.rounds):
            # Interleaved, and the order flipped every round, so neither kind always goes first.
            for on in (True, False) if i % 2 == 0 else (False, True):
                run = await measure(url, args.n, on)
                runs.append(run)
                label = "with" if on else "without"
                print(f"round {i + 1} {label:<8} {run['tasks_per_s']:8.0f} tasks/s", flush=True)
        size = await checkpoint_size(url)
    finally:
        server.close()

    def med(on: bool, key: str) -> float:
        return statistics.median(r[key] for r in runs if r["checkpoints"] is on)

    with_, without = med(True, "tasks_per_s"), med(False, "tasks_per_s")
    # Each round measured both kinds back to back: the ratio within a round shares its load.
    pairs = [(runs[i], runs[i + 1]) for i in range(0, len(runs), 2)]
    ratios = [(a if a["checkpoints"] else b)["tasks_per_s"] / (b if a["checkpoints"] else a)[
        "tasks_per_s"] for a, b in pairs]  # fmt: skip
    print(f"3-step agent, 1 worker x 32, {args.n} tasks, median of {args.rounds} rounds:")
    for label, on in (("without", False), ("with", True)):
        tps, cmds = med(on, "tasks_per_s"), med(on, "commands_per_task")
        cpu, rcpu = med(on, "worker_cpu_ms_per_task"), med(on, "redis_cpu_ms_per_task")
        print(
            f"  {label + ' checkpoints':<20} {tps:8,.0f} tasks/s  {cmds:.2f} commands/task  "
            f"worker CPU {cpu:.3f} ms/task  Redis CPU {rcpu:.3f} ms/task"
        )
    print(f"  with / without (medians)          {with_ / without:.3f}   target >= 0.90")
    print(f"  with / without (median per round) {statistics.median(ratios):.3f}")
    print(f"  checkpoint after step 2: {size} bytes")
    print(json.dumps({"runs": runs, "checkpoint_bytes": size, "ratios": ratios}))


if __name__ == "__main__":
    asyncio.run(main())
