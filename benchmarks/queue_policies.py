"""What queue policies (priorities, tenants) cost, and what a quiet tenant waits behind a flood.

    python benchmarks/queue_policies.py [--url URL] [--n 1000] [--rounds 9] [--workers 2]
        [--concurrency 16] [--flood 10000] [--samples 10] [--contrast]

throughput: the same workers run batches of ``--n`` one-step tasks (``scripted:echo``, submitted
with ``distributed.many``) with no policy, with priorities (a third each low, normal, high) and
with tenants (four, a quarter each), the three interleaved round by round so drift in the
machine's load hits each alike; it reports each one's median tasks/s and its cost: the median
over rounds of its throughput against the no-policy batch of the same round.

priority shares: 600 tasks of each level are queued before the workers start; of the first 600
to start, the share of each level.

quiet tenant: one tenant queues ``--flood`` tasks of about 50 ms each; then another tenant submits
one such task at a time, ``--samples`` times, and its submit-to-result latency is measured, in
task durations too; ``--contrast`` also times one task submitted behind the same flood when no
task names a tenant (first come, first served). Without a URL an embedded Valkey server is
started. The last stdout line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench
from orbiter_queue import ECHO, warm_up, workers

from orbiter import Agent
from orbiter.distributed import distributed
from orbiter.testing import reply

TASK_SECONDS = 0.05
STEADY = [reply("done", delay=TASK_SECONDS)]
"""The scripted model of the quiet-tenant runs (workers import it from this module)."""
STEADY_AGENT = Agent(name="steady", model="scripted:queue_policies:STEADY")
MODES = ("none", "priorities", "tenants")


async def _batch(url: str, n: int, mode: str) -> float:
    """Tasks per second for ``n`` tasks submitted and finished under one policy."""
    inputs = [f"task {i}" for i in range(n)]
    t0 = time.perf_counter()
    if mode == "none":
        handles = await distributed.many(ECHO, inputs, redis_url=url)
    elif mode == "priorities":
        parts = [inputs[i::3] for i in range(3)]
        handles = []
        for level, part in zip(("low", "normal", "high"), parts, strict=True):
            handles += await distributed.many(ECHO, part, redis_url=url, priority=level)
    else:
        handles = []
        for t in range(4):
            handles += await distributed.many(ECHO, inputs[t::4], redis_url=url, tenant=f"t{t}")
    await asyncio.gather(*(h.result(timeout=300) for h in handles))
    elapsed = time.perf_counter() - t0
    for handle in handles:
        await handle.close()
    return n / elapsed


async def throughput(url: str, n: int, rounds: int, count: int, concurrency: int) -> dict[str, Any]:
    _bench.flush(url)
    rates: dict[str, list[float]] = {mode: [] for mode in MODES}
    with workers(url, count, concurrency, "module"):
        await warm_up(url)
        await _batch(url, 200, "tenants")  # the gate's scripts loaded, its keys made
        for r in range(rounds):
            order = MODES[r % 3 :] + MODES[: r % 3]
            for mode in order:
                rates[mode].append(await _batch(url, n, mode))
    # The machine's load drifts between rounds: each round's cost is against the no-policy
    # batch of the same round, and the median of those is reported.
    return {
        mode: {
            "tasks_per_s": round(statistics.median(values), 1),
            "rounds": [round(v, 1) for v in values],
            "cost_pct": round(
                100
                * statistics.median(1 - v / b for v, b in zip(values, rates["none"], strict=True)),
                1,
            ),
        }
        for mode, values in rates.items()
    }


async def shares(url: str, per_level: int, count: int, concurrency: int) -> dict[str, Any]:
    """Which levels the first third of the tasks to start came from, with ``per_level`` tasks
    of each level queued before the workers start (so every level waits throughout)."""
    _bench.flush(url)
    handles = {
        level: await distributed.many(ECHO, ["s"] * per_level, redis_url=url, priority=level)
        for level in ("low", "normal", "high")
    }
    with workers(url, count, concurrency, "module"):
        for group in handles.values():
            await asyncio.gather(*(h.result(timeout=300) for h in group))
    started: list[tuple[float, str]] = []
    for level, group in handles.items():
        for handle in group:
            status = await handle.status()
            assert status is not None
            assert status.started_at is not None
            started.append((status.started_at, level))
            await handle.close()
    first = [level for _, level in sorted(started)[:per_level]]
    _bench.flush(url)
    return {
        "per_level": per_level,
        "share_of_first_pct": {
            level: round(100 * first.count(level) / len(first), 1) for level in handles
        },
    }


async def quiet_tenant(
    url: str, flood: int, samples: int, count: int, concurrency: int
) -> dict[str, Any]:
    _bench.flush(url)
    with workers(url, count, concurrency, "module"):
        await warm_up(url)
        t0 = time.perf_counter()
        flooded = await distributed.many(STEADY_AGENT, ["f"] * flood, redis_url=url, tenant="flood")
        submit_s = time.perf_counter() - t0
        waits: list[float] = []
        for _ in range(samples):
            began = time.perf_counter()
            handle = await distributed(STEADY_AGENT, "q", redis_url=url, tenant="quiet")
            await handle.result(timeout=120)
            waits.append(time.perf_counter() - began)
            await handle.close()
            await asyncio.sleep(0.2)
        last = await flooded[-1].status()
        left = last is not None and last.status == "PENDING"
        for handle in flooded:
            await handle.close()
    _bench.flush(url)
    summary = _bench.latency_summary(waits)
    return {
        "flood": flood,
        "flood_submit_s": round(submit_s, 2),
        "samples": samples,
        "task_ms": TASK_SECONDS * 1000,
        **{k: round(v, 1) for k, v in summary.items()},
        "p99_in_task_durations": round(summary["p99_ms"] / (TASK_SECONDS * 1000), 1),
        "flood_still_queued_at_end": left,
    }


async def quiet_without_tenants(url: str, flood: int, count: int, concurrency: int) -> float:
    """For contrast: seconds one task waits behind ``flood`` tasks when nobody names a tenant."""
    _bench.flush(url)
    with workers(url, count, concurrency, "module"):
        await warm_up(url)
        flooded = await distributed.many(STEADY_AGENT, ["f"] * flood, redis_url=url)
        began = time.perf_counter()
        handle = await distributed(STEADY_AGENT, "q", redis_url=url)
        await handle.result(timeout=600)
        waited = time.perf_counter() - began
        await handle.close()
        for other in flooded:
            await other.close()
    _bench.flush(url)
    return waited


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default=None)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--flood", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument(
        "--contrast", action="store_true", help="also time one task behind the flood, no tenants"
    )
    args = parser.parse_args()
    server = None
    url = args.url
    if url is None:
        from orbiter.cli.devserver import DevServer, free_port

        server = DevServer(free_port())
        server.start()
        url = server.url
    try:
        result = {
            "throughput": asyncio.run(
                throughput(url, args.n, args.rounds, args.workers, args.concurrency)
            ),
            "priority_shares": asyncio.run(shares(url, 600, args.workers, args.concurrency)),
            "quiet_tenant": asyncio.run(
                quiet_tenant(url, args.flood, args.samples, args.workers, args.concurrency)
            ),
        }
        if args.contrast:
            waited = asyncio.run(
                quiet_without_tenants(url, args.flood, args.workers, args.concurrency)
            )
            result["without_tenants_ms"] = round(waited * 1000, 1)
    finally:
        if server is not None:
            server.stop()
    _bench.emit(result)


if __name__ == "__main__":
    main()
