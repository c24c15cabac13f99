"""Threads on Redis: memory per stored thread, and what ``thread_id=`` costs distributed runs.

    python benchmarks/thread_memory.py memory [--url redis://...] [--threads 1000] [--turns 20]
    python benchmarks/thread_memory.py throughput [--url ...] [--n 1000] [--rounds 3]

``memory`` writes ``--threads`` threads of ``--turns`` runs each through ``RedisThreadStore``
(a run = a user message and an answer of realistic length) and reports ``MEMORY USAGE`` of
one thread and the ``INFO used_memory`` growth per thread. ``throughput`` runs the same echo
agent ``--n`` times with and without ``thread_id=`` (one thread per task, so none wait on
another), alternating in ``--rounds`` rounds on the same workers, and reports tasks/s of each.
Without ``--url`` an embedded server is started on a free port. The last line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import _bench
import redis

from orbiter import Agent
from orbiter.distributed import distributed
from orbiter.distributed.keys import Keys
from orbiter.distributed.threads import RedisThreadStore
from orbiter.messages import AssistantMessage, UserMessage

ECHO = Agent(name="bench", model="scripted:echo")
QUESTION = "Where is my order 1234? It was due on Monday and the tracking page says nothing."
ANSWER = (
    "I looked it up: order 1234 left the warehouse on Friday and is with the carrier. The "
    "tracking page updates once the carrier scans the parcel at its depot, which usually "
    "happens within a day. You should see a delivery estimate there by tomorrow morning; if "
    "not, reply here and I will open a claim with the carrier for you right away."
)


@contextmanager
def server(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    from orbiter.cli.devserver import DevServer, free_port

    dev = DevServer(free_port())
    dev.start()
    try:
        yield dev.url
    finally:
        dev.close()


async def memory(url: str, threads: int, turns: int) -> dict[str, Any]:
    _bench.flush(url)
    client = redis.Redis.from_url(url)
    store = RedisThreadStore(url)
    before = int(client.info("memory")["used_memory"])
    payload = 0
    for t in range(threads):
        for turn in range(turns):
            messages = [
                UserMessage(content=f"{QUESTION} ({turn})"),
                AssistantMessage(content=ANSWER, agent_name="support"),
            ]
            await store.append(f"customer-{t}", f"{t:08x}{turn:024x}", messages)
        if t == 0:
            payload = sum(len(e) for e in client.lrange(Keys().thread("customer-0"), 0, -1))
    after = int(client.info("memory")["used_memory"])
    usage = int(client.memory_usage(Keys().thread("customer-0"), samples=0) or 0)
    client.close()
    return {
        "threads": threads,
        "turns": turns,
        "stored_bytes_per_thread": payload,
        "memory_usage_bytes": usage,
        "used_memory_delta_per_thread": round((after - before) / threads),
    }


async def _round(url: str, n: int, threaded: bool, tag: str) -> float:
    t0 = time.perf_counter()
    handles = await asyncio.gather(
        *(
            distributed(
                ECHO, f"task {i}", redis_url=url, thread_id=f"{tag}-{i}" if threaded else None
            )
            for i in range(n)
        )
    )
    results = await asyncio.gather(*(h.result(timeout=300) for h in handles))
    elapsed = time.perf_counter() - t0
    for i, result in enumerate(results):
        assert result["output"] == f"task {i}", result
    for handle in handles:
        await handle.close()
    return n / elapsed


async def throughput(url: str, n: int, rounds: int, worker_count: int) -> dict[str, Any]:
    _bench.flush(url)
    sys.path.insert(0, str(_bench.BENCH_DIR))
    from orbiter_queue import warm_up, workers

    rates: dict[str, list[float]] = {"plain": [], "thread": []}
    with workers(url, worker_count, 32, "quiet"):
        await warm_up(url)
        for r in range(rounds):
            # Alternated, so drift (a warming cache, a busy neighbour) hits both alike.
            for kind in ("plain", "thread") if r % 2 == 0 else ("thread", "plain"):
                rates[kind].append(await _round(url, n, kind == "thread", f"r{r}"))
    plain, thread = statistics.median(rates["plain"]), statistics.median(rates["thread"])
    return {
        "n": n,
        "rounds": rounds,
        "workers": worker_count,
        "plain_tasks_per_s": round(plain, 1),
        "thread_tasks_per_s": round(thread, 1),
        "thread_cost_pct": round(100 * (plain - thread) / plain, 1),
        "all_rounds": {k: [round(v, 1) for v in vs] for k, vs in rates.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["memory", "throughput"])
    parser.add_argument("--url")
    parser.add_argument("--threads", type=int, default=1000)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with server(args.url) as url:
        if args.mode == "memory":
            result = asyncio.run(memory(url, args.threads, args.turns))
        else:
            result = asyncio.run(throughput(url, args.n, args.rounds, args.workers))
    _bench.emit({"mode": args.mode, **result})


if __name__ == "__main__":
    main()
