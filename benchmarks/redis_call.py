"""CPU per Redis command: Orbiter's client (``connection.connect``) against plain redis-py.

    python benchmarks/redis_call.py --url URL [--n 20000] [--rounds 5]

Each round sends ``--n`` commands on each client, the clients taking turns, and takes the
process's CPU time (user + system) per command; the median of the rounds is printed. One
``await`` at a time: ``PING`` is the bare cost of a call; ``EVALSHA`` of a script with 20
arguments is closer to what a task sends. Then the same in pipelines of 32, as a worker starts
and finishes tasks and a busy client submits. Both clients use hiredis to parse replies. The
last stdout line is JSON.
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
from redis.asyncio import Redis

from orbiter.distributed.connection import connect

SCRIPT = "return #ARGV"
ARGS = [f"argument-{i}" for i in range(20)]
BATCH = 32


async def per_call(client: Redis, command: tuple[Any, ...], n: int, batch: int = 1) -> float:
    """CPU microseconds per command over ``n`` commands: one ``await`` at a time, or in
    pipelines of ``batch``."""
    cpu0 = time.process_time()
    if batch == 1:
        for _ in range(n):
            await client.execute_command(*command)
    else:
        for _ in range(n // batch):
            pipe = client.pipeline(transaction=False)
            for _ in range(batch):
                pipe.execute_command(*command)
            await pipe.execute()
    return (time.process_time() - cpu0) / (n // batch * batch) * 1e6


async def measure(url: str, n: int, rounds: int) -> dict[str, Any]:
    clients = {
        "orbiter": connect(url, max_connections=16),
        "redis-py": Redis.from_url(url, max_connections=16),
    }
    sha = await clients["orbiter"].script_load(SCRIPT)
    commands = {"PING": ("PING",), "EVALSHA, 20 arguments": ("EVALSHA", sha, 0, *ARGS)}
    cases = [(label, command, 1) for label, command in commands.items()]
    cases += [(f"{label}, pipelines of {BATCH}", c, BATCH) for label, c in commands.items()]
    figures: dict[str, dict[str, float]] = {}
    try:
        for label, command, batch in cases:
            samples: dict[str, list[float]] = {name: [] for name in clients}
            for client in clients.values():  # warm: connected, code paths loaded
                await per_call(client, command, 256, batch)
            for _ in range(rounds):
                for name, client in clients.items():
                    samples[name].append(await per_call(client, command, n, batch))
            figures[label] = {name: round(statistics.median(v), 1) for name, v in samples.items()}
    finally:
        for client in clients.values():
            await client.aclose()
    return {"n": n, "rounds": rounds, "cpu_us_per_call": figures}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    result = asyncio.run(measure(args.url, args.n, args.rounds))
    for label, by_client in result["cpu_us_per_call"].items():
        print(f"{label}: " + ", ".join(f"{k} {v} µs" for k, v in by_client.items()))
    _bench.emit({"mode": "redis_call", **result})


if __name__ == "__main__":
    main()
