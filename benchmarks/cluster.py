"""Orbiter on a 3-primary Redis Cluster against one server: throughput, commands per task, and
how evenly the commands spread over the primaries.

The same run on each: ``--n`` one-step tasks on the scripted echo model submitted at once to
two ``orbiter start worker --quiet`` processes at concurrency 16, timed from the first submit to
the last result. Every node's ``INFO commandstats`` is reset after a warm-up and read after the
run: commands per task (all nodes together) and, on the cluster, each primary's share and the
max/min ratio of the primaries' command counts (the shards are meant to make it about 1), and
the Pub/Sub messages each primary sent over the cluster bus (``CLUSTER INFO``: a plain PUBLISH
is copied to every other node, a sharded one to the task's node's replicas only).
Every server runs on this machine, so the cluster's nodes share its cores with the workers.

    uv run --frozen python benchmarks/cluster.py [--n 2000] [--shards 6]

Writes ``benchmarks/results/cluster.json``. With ``--latency`` it measures only the cluster,
with the workers idle: submit -> result of (at most 300) tasks sent one after another, and the
commands the idle workers send a second (printed, not written).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import redis

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(BENCH_DIR.parent / "tests"))  # testkit.cluster: the cluster launcher
RESULTS = BENCH_DIR / "results" / "cluster.json"

import _bench  # noqa: E402
from testkit.cluster import Cluster  # noqa: E402

from orbiter import Agent  # noqa: E402
from orbiter.cli.devserver import DevServer, free_port  # noqa: E402
from orbiter.distributed import distributed  # noqa: E402

ORBITER = str(Path(sys.executable).with_name("orbiter"))
ECHO = Agent(name="bench", model="scripted:echo")
WORKERS = 2
CONCURRENCY = 16


async def _run(
    url: str, node_urls: list[str], node_pids: list[int], n: int, shards: int
) -> dict[str, Any]:
    """Throughput, each node's command count and the cores each part used for ``n`` tasks
    through the server at ``url``."""
    env = {"ORBITER_QUEUE_SHARDS": str(shards)} if shards else {}
    args = [ORBITER, "start", "worker", "--redis-url", url, "--concurrency", str(CONCURRENCY)]
    procs = [_bench.spawn([*args, "--quiet"], env=env) for _ in range(WORKERS)]
    try:
        warm = await asyncio.gather(*(distributed(ECHO, "warm", redis_url=url) for _ in range(60)))
        for h in warm:
            await asyncio.wait_for(h.result(), 60)
            await h.close()
        for node in node_urls:
            _bench.reset_stats(node)
        pids = {"client": os.getpid()} | {f"worker{i}": p.pid for i, p in enumerate(procs)}
        pids |= {f"server{i}": pid for i, pid in enumerate(node_pids)}
        meter = _bench.CpuMeter(pids, alone=("client",))
        meter.start()
        t0 = time.perf_counter()
        handles = await asyncio.gather(
            *(distributed(ECHO, f"task {i}", redis_url=url) for i in range(n))
        )
        await asyncio.gather(*(h.result(timeout=300) for h in handles))
        elapsed = time.perf_counter() - t0
        cores = meter.stop()
        per_node = [_bench.command_total(node) for node in node_urls]
        getkeys = [_bench.command_breakdown(node).get("command|getkeys", 0) for node in node_urls]
        for h in handles:
            await h.close()
    finally:
        for p in procs:
            _bench.stop(p)
    return {
        "tasks_per_s": round(n / elapsed, 1),
        "commands_per_task": round(sum(per_node) / n, 2),
        "commands_per_node": per_node,
        # redis-py asks a node for the keys of some commands: extra round trips, all on one node
        "getkeys_per_node": getkeys,
        "cores": {
            "client": cores["client"],
            "workers": round(sum(v for k, v in cores.items() if k.startswith("worker")), 3),
            "servers": round(sum(v for k, v in cores.items() if k.startswith("server")), 3),
            "machine": cores["machine"],
        },
    }


async def _latency(url: str, node_urls: list[str], n: int, shards: int) -> dict[str, Any]:
    """Submit -> result of ``n`` tasks sent one after another to idle workers, and the
    commands the idle workers send a second."""
    env = {"ORBITER_QUEUE_SHARDS": str(shards)}
    args = [ORBITER, "start", "worker", "--redis-url", url, "--concurrency", str(CONCURRENCY)]
    procs = [_bench.spawn([*args, "--quiet"], env=env) for _ in range(WORKERS)]
    try:
        for h in [await distributed(ECHO, "warm", redis_url=url) for _ in range(20)]:
            await asyncio.wait_for(h.result(), 60)
            await h.close()
        await asyncio.sleep(3)  # every worker idle, waiting
        for node in node_urls:
            _bench.reset_stats(node)
        await asyncio.sleep(IDLE_S)
        idle = sum(_bench.command_total(node) for node in node_urls)
        times = []
        for i in range(n):
            t0 = time.perf_counter()
            h = await distributed(ECHO, f"task {i}", redis_url=url)
            await h.result(timeout=60)
            times.append(time.perf_counter() - t0)
            await h.close()
    finally:
        for p in procs:
            _bench.stop(p)
    times.sort()
    return {
        "tasks": n,
        "p50_ms": round(times[len(times) // 2] * 1000, 2),
        "p90_ms": round(times[int(len(times) * 0.9)] * 1000, 2),
        "idle_commands_per_s_per_worker": round(idle / IDLE_S / WORKERS, 1),
    }


IDLE_S = 5.0
"""Seconds the latency mode counts the idle workers' commands."""


def _bus_pubsub_sent(url: str) -> int:
    """Pub/Sub messages the node at ``url`` sent over the cluster bus since its stats were
    reset: a PUBLISH goes to every other node, an SPUBLISH to the shard's replicas only."""
    client = redis.Redis.from_url(url, decode_responses=True)
    try:
        info = client.execute_command("CLUSTER", "INFO")
    finally:
        client.close()
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    kinds = ("publish", "publishshard")
    return sum(int(fields.get(f"cluster_stats_messages_{k}_sent", 0)) for k in kinds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--shards", type=int, default=6)
    parser.add_argument(
        "--latency", action="store_true", help="only submit -> result of tasks sent one by one"
    )
    opts = parser.parse_args()
    if opts.latency:
        with Cluster(primaries=3) as cluster:
            urls = [f"redis://127.0.0.1:{node.port}" for node in cluster.primaries]
            n = min(opts.n, 300)
            _bench.emit(asyncio.run(_latency(cluster.url, urls, n, opts.shards)))
        return
    result: dict[str, Any] = {"n": opts.n, "workers": WORKERS, "concurrency": CONCURRENCY}
    with DevServer(free_port(), die_with_parent=True) as single:
        pid = [single.pid or 0]
        result["single"] = asyncio.run(_run(single.url, [single.url], pid, opts.n, 0))
    with Cluster(primaries=3) as cluster:
        urls = [f"redis://127.0.0.1:{node.port}" for node in cluster.primaries]
        pids = [node.pid or 0 for node in cluster.primaries]
        run = asyncio.run(_run(cluster.url, urls, pids, opts.n, opts.shards))
        run["bus_pubsub_sent_per_primary"] = [_bus_pubsub_sent(url) for url in urls]
    counts = run["commands_per_node"]
    run["shards"] = opts.shards
    run["max_min_ratio"] = round(max(counts) / max(1, min(counts)), 3)
    run["share_per_primary"] = [round(c / sum(counts), 3) for c in counts]
    run["commands_per_task_per_primary"] = [round(c / opts.n, 2) for c in counts]
    result["cluster"] = run
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    _bench.emit(result)


if __name__ == "__main__":
    main()
