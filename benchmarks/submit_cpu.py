"""Client CPU of one-at-a-time submits: ``await distributed(agent, x)``, then the handle closed.

    python benchmarks/submit_cpu.py --url URL [--n 2000] [--rounds 5] [--profile FILE]

No worker runs: the tasks only queue up, so what is measured is the client's own work per call
(checking, encoding, the script call, the handle) and the wall time of its round trip. CPU is
the process's user + system time, which depends far less on other load than wall time does.
``--profile`` writes a cProfile of one more round to FILE. The last stdout line is JSON.
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

from orbiter import Agent
from orbiter.distributed import distributed

ECHO = Agent(name="bench", model="scripted:echo")


async def one_round(url: str, n: int) -> tuple[float, float]:
    """CPU and wall seconds per submit over ``n`` submits, one ``await`` at a time."""
    cpu0, t0 = time.process_time(), time.perf_counter()
    for i in range(n):
        handle = await distributed(ECHO, f"task {i}", redis_url=url)
        await handle.close()
    return (time.process_time() - cpu0) / n, (time.perf_counter() - t0) / n


async def measure(url: str, n: int, rounds: int, profile: str | None) -> dict[str, Any]:
    _bench.flush(url)
    await one_round(url, 50)  # connect, load scripts, warm caches
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(rounds):
        c, w = await one_round(url, n)
        cpu.append(c)
        wall.append(w)
    if profile:
        import cProfile

        with cProfile.Profile(time.process_time) as prof:
            await one_round(url, n)
        prof.dump_stats(profile)
    _bench.flush(url)
    return {
        "n": n,
        "rounds": rounds,
        "cpu_us_per_submit": round(statistics.median(cpu) * 1e6, 1),
        "cpu_us_per_submit_min": round(min(cpu) * 1e6, 1),
        "wall_us_per_submit": round(statistics.median(wall) * 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", default=None)
    args = parser.parse_args()
    _bench.emit(
        {"mode": "submit_cpu", **asyncio.run(measure(args.url, args.n, args.rounds, args.profile))}
    )


if __name__ == "__main__":
    main()
