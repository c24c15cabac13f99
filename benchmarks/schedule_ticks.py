"""Cron schedules: how late ticks are queued, and what the ticker costs an idle worker.

    uv run --frozen python benchmarks/schedule_ticks.py [--workers 3] [--seconds 20]

On one fresh Valkey server: first ``--workers`` idle worker processes with no schedule, counting
the Redis commands the ticker sends (``zrange`` on the due set) per worker per second; then a
schedule firing every second for ``--seconds`` seconds, reporting how many ticks were queued
(each should be once), and how late each was queued after its tick time (the firing worker's
clock: the task record's ``created_at`` minus the tick). Prints a summary, then the JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import time
from datetime import datetime

import msgspec
import redis
from _bench import command_breakdown, emit, latency_summary, reset_stats, spawn, stop, wait_for

from orbiter import Agent
from orbiter.cli.devserver import DevServer, free_port
from orbiter.distributed.schedules import add_schedule, remove_schedule


def _ticks(url: str, name: str) -> list[tuple[float, float]]:
    """(tick time, queued at) of every task the schedule queued."""
    client = redis.Redis.from_url(url)
    try:
        out = []
        for task_id in client.zrange("orbiter:tasks", 0, -1):
            meta, created = client.hmget(
                f"orbiter:task:{task_id.decode()}", "metadata", "created_at"
            )
            data = msgspec.json.decode(meta or b"{}")
            if data.get("schedule") == name:
                out.append((datetime.fromisoformat(data["tick"]).timestamp(), float(created)))
        return sorted(out)
    finally:
        client.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    server = DevServer(free_port())
    server.start()
    url = f"{server.url}/0"
    workers = [
        spawn([sys.executable, "-m", "orbiter.distributed.worker", "--redis-url", url,
               "--worker-id", f"bench-{i}"])
        for i in range(args.workers)
    ]  # fmt: skip
    try:
        client = redis.Redis.from_url(url)
        wait_for(lambda: client.zcard("orbiter:workers") == args.workers, 60, "workers")
        time.sleep(1)
        reset_stats(url)
        idle = 10.0
        time.sleep(idle)
        stats = command_breakdown(url)
        zrange = stats.get("zrange", 0) / args.workers / idle
        all_commands = sum(v for k, v in stats.items() if k != "info") / args.workers / idle

        agent = Agent(name="echo", model="scripted:echo")
        added = asyncio.run(add_schedule("bench", "* * * * * *", agent, "tick", redis_url=url))
        assert added.next_at is not None
        time.sleep(added.next_at + args.seconds - time.time())
        asyncio.run(remove_schedule("bench", redis_url=url))
        ticks = _ticks(url, "bench")
        times = [t for t, _ in ticks]
        result = {
            "workers": args.workers,
            "idle_ticker_commands_per_worker_s": round(zrange, 2),
            "idle_all_commands_per_worker_s": round(all_commands, 2),
            "ticks": len(ticks),
            "distinct_ticks": len(set(times)),
            "gaps": sum(1 for a, b in itertools.pairwise(times) if b - a != 1),
            "lateness": latency_summary([queued - tick for tick, queued in ticks]),
            "max_late_ms": max((queued - tick) * 1000 for tick, queued in ticks),
        }
        late = result["lateness"]
        print(
            f"{args.workers} workers, idle: the ticker sends {zrange:.2f} commands/s per worker "
            f"(all commands, heartbeats included: {all_commands:.2f}/s)\n"
            f"every-second schedule for {args.seconds} s: {len(ticks)} ticks queued, "
            f"{len(set(times))} distinct, {result['gaps']} gaps; queued after the tick: "
            f"p50 {late['p50_ms']:.1f} ms, p99 {late['p99_ms']:.1f} ms, "
            f"max {result['max_late_ms']:.1f} ms"
        )
        emit(result)
    finally:
        for w in workers:
            stop(w)
        server.close()


if __name__ == "__main__":
    main()
