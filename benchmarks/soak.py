"""Soak run: many tasks through three workers, then does Redis give its memory back?

    python benchmarks/soak.py soak [--n 200000] [--retention 10]
    python benchmarks/soak.py failover [--n 10000] [--rounds 3]

``soak`` starts its own Valkey (``DevServer``) and three worker subprocesses with
``ORBITER_EVENT_RETENTION`` cut to a few seconds, runs ``n`` one-step tasks (``scripted:echo``)
through them, waits for the finished tasks to expire, and compares ``INFO memory`` used_memory
with its value before the run (after a warm-up under the same load that lasts until the server's
bounded bookkeeping is at its steady size, see :func:`warm_up`), each reading taken as is and
again after ``CONFIG RESETSTAT`` and ``SLOWLOG RESET`` (the server's own statistics, not data).
It then scans every key, lists those without a TTL and names any that is not one of the keys
meant to stay (``MEANT_TO_STAY``).

``failover`` starts a Sentinel setup (primary, replica, three sentinels; ``tests/testkit``) and
measures submit -> result throughput through the ``redis+sentinel://`` URL with
``ORBITER_WAIT_REPLICAS`` off and at 1, one after the other in the same run.

The last stdout line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench

from orbiter.cli.devserver import DevServer, free_port
from orbiter.distributed import distributed

CHUNK = 1000
"""Tasks submitted (with ``distributed.many``) and awaited at a time."""

WARM_UP_CHUNKS = 60
"""Chunks the warm-up runs at most while the server's own bookkeeping is still growing."""


@contextmanager
def workers(url: str, count: int, env: dict[str, str]) -> Iterator[list[Any]]:
    procs = []
    for i in range(count):
        args = [sys.executable, "-m", "orbiter.distributed.worker", "--log-level", "WARNING"]
        args += ["--redis-url", url, "--concurrency", "32", "--worker-id", f"soak-{i}"]
        procs.append(_bench.spawn(args, env=env))
    try:
        yield procs
    finally:
        for proc in procs:
            _bench.stop(proc)


async def run_tasks(url: str, n: int) -> float:
    """Submit ``n`` echo tasks in chunks and wait for every result; tasks per second."""
    from orbiter import Agent

    echo = Agent(name="soak", model="scripted:echo")
    done = 0
    t0 = time.perf_counter()
    while done < n:
        size = min(CHUNK, n - done)
        handles = await distributed.many(  # type: ignore[attr-defined]
            echo, [f"task {done + i}" for i in range(size)], redis_url=url
        )
        results = await asyncio.gather(*(h.result(timeout=300) for h in handles))
        assert all(r["output"].startswith("task ") for r in results)
        for handle in handles:
            await handle.close()
        done += size
    return n / (time.perf_counter() - t0)


async def warm_up(url: str, client: redis.Redis) -> int:
    """Run chunks under the run's own load until the server's bounded bookkeeping is at its
    steady size; the tasks run.

    Steady: the slow log holds ``slowlog-max-len`` entries (the run cannot add to it, only
    replace), and a chunk brought no command the server had not seen (each command name gets
    its latency histogram on first use). The connection pools grow to the load meanwhile. At
    most ``WARM_UP_CHUNKS`` chunks: a machine quiet enough never to log a slow command stops
    there, and the run's raw reading may then include slow log entries the warm-up did not.
    """
    full = int(client.config_get("slowlog-max-len")["slowlog-max-len"])
    seen: set[str] = set()
    for chunk in range(1, WARM_UP_CHUNKS + 1):
        await run_tasks(url, CHUNK)
        names = set(client.info("commandstats"))
        if chunk > 1 and names <= seen and client.slowlog_len() >= full:
            return chunk * CHUNK
        seen |= names
    return WARM_UP_CHUNKS * CHUNK


def used_memory(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def used_memory_without_stats(client: redis.Redis) -> int:
    """``used_memory`` after dropping the server's own statistics: the per-command latency
    histograms (one for each command name it ran, refilled by any traffic) and the slow log.
    Both are bounded, hold no data of Orbiter's, and grow with the load of the machine."""
    client.slowlog_reset()
    client.config_resetstat()
    return used_memory(client)


def memory_parts(client: redis.Redis) -> dict[str, int]:
    """Where used_memory goes: data, connections, scripts, the key tables."""
    info = client.info("memory")
    stats = client.memory_stats()
    db0 = stats.get("db.0", {})
    return {
        "dataset": int(info["used_memory_dataset"]),
        "clients": int(info["mem_clients_normal"]),
        "scripts": int(info.get("used_memory_scripts", 0)),
        "key_tables": int(db0.get("overhead.hashtable.main", 0))
        + int(db0.get("overhead.hashtable.expires", 0)),
        "connected_clients": int(client.info("clients")["connected_clients"]),
    }


def keys_without_ttl(client: redis.Redis) -> dict[str, dict[str, Any]]:
    """Every key with no expiry: its type and ``MEMORY USAGE`` in bytes."""
    found: dict[str, dict[str, Any]] = {}
    for key in client.scan_iter(count=1000):
        if client.ttl(key) == -1:
            name = key.decode()
            found[name] = {
                "type": client.type(key).decode(),
                "bytes": client.memory_usage(key) or 0,
            }
    return found


def wait_expired(client: redis.Redis, keys: int, index_ids: int, timeout: float) -> float:
    """Wait until at most ``keys`` keys are left (expiry is lazy + sampled) and the task index
    holds at most ``index_ids`` ids (the workers' heartbeats prune it); seconds waited."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        # A scan touches every key, so the expired ones go now rather than on a later sample.
        for _ in client.scan_iter(count=5000):
            pass
        if client.dbsize() <= keys and client.zcard(INDEX) <= index_ids:
            break
        time.sleep(0.5)
    return time.monotonic() - t0


INDEX = "orbiter:tasks"
MEANT_TO_STAY = {
    "orbiter:queue:default": "the queue stream and its consumer group",
    "orbiter:workers": "the worker registry (worker ids by last heartbeat)",
    INDEX: "the task index (ids of tasks that still exist, capped at the newest 10,000)",
    "orbiter:gate:default": "the queue's gate: its window, tenant cap and release turn",
    "orbiter:gate:default:slots": "the gate's live workers, each until its time passes",
}
"""Keys that have no TTL by design: the soak reports any other key without one."""


async def soak(n: int, retention: int) -> dict[str, Any]:
    env = {"ORBITER_EVENT_RETENTION": str(retention)}
    os.environ.update(env)
    with DevServer(free_port(), die_with_parent=True) as server:
        url = server.url
        client = redis.Redis.from_url(url)
        with workers(url, 3, env):
            # Warm-up: scripts loaded, workers registered, connection pools grown, the slow
            # log and latency histograms at their steady size; then all of it expired.
            warm_up_tasks = await warm_up(url, client)
            await asyncio.sleep(retention + 1)
            wait_expired(client, len(MEANT_TO_STAY) + 3, 0, 60)  # + the workers' hashes
            before_keys = client.dbsize()
            slowlog_before = client.slowlog_len()
            before_raw = used_memory(client)
            before = used_memory_without_stats(client)
            parts_before = memory_parts(client)
            index_before = client.zcard(INDEX)
            tasks_per_s = await run_tasks(url, n)
            peak = int(client.info("memory")["used_memory_peak"])
            index_peak = client.zcard(INDEX)
            await asyncio.sleep(retention + 1)
            waited = wait_expired(client, before_keys, index_before, 120)
            slowlog_after = client.slowlog_len()
            after_raw = used_memory(client)
            after = used_memory_without_stats(client)
            parts_after = memory_parts(client)
            after_keys = client.dbsize()
            index_after = client.zcard(INDEX)
            permanent = keys_without_ttl(client)
            types = Counter(client.type(k).decode() for k in client.scan_iter(count=1000))
        client.close()
    return {
        "benchmark": "soak",
        "n": n,
        "workers": 3,
        "retention_s": retention,
        "warm_up_tasks": warm_up_tasks,
        "slowlog_entries_before_after": [slowlog_before, slowlog_after],
        "tasks_per_s": round(tasks_per_s),
        "used_memory_before": before,
        "used_memory_after": after,
        "used_memory_peak": peak,
        "after_vs_before": round(after / before, 3),
        # As read, the server's statistics included (see used_memory_without_stats).
        "used_memory_before_raw": before_raw,
        "used_memory_after_raw": after_raw,
        "after_vs_before_raw": round(after_raw / before_raw, 3),
        "index_ids_before_peak_after": [index_before, index_peak, index_after],
        "memory_parts_before": parts_before,
        "memory_parts_after": parts_after,
        "keys_before": before_keys,
        "keys_after": after_keys,
        "key_types_after": dict(types),
        "expiry_wait_s": round(waited, 1),
        "keys_without_ttl": permanent,
        "unexpected_keys_without_ttl": sorted(set(permanent) - set(MEANT_TO_STAY)),
    }


async def throughput_through_sentinel(setup: Any, n: int, wait: int) -> tuple[float, int]:
    """Tasks per second with ``ORBITER_WAIT_REPLICAS=wait``, and the WAITs the primary got."""
    env = {"ORBITER_WAIT_REPLICAS": str(wait)}
    os.environ.update(env)
    url = setup.url()
    primary = f"redis://127.0.0.1:{setup.master_port()}"
    with workers(url, 3, env):
        await run_tasks(url, 60)
        _bench.reset_stats(primary)
        rate = await run_tasks(url, n)
        waits = _bench.command_breakdown(primary).get("wait", 0)
    await asyncio.sleep(1.5)  # the client's shared connections (and their setting) close
    return rate, waits


async def failover(n: int, rounds: int) -> dict[str, Any]:
    sys.path.insert(0, str(_bench.ROOT / "tests"))
    from testkit.sentinel import SentinelSetup

    setup = SentinelSetup()
    rates: dict[int, list[float]] = {0: [], 1: []}
    waits: dict[int, int] = {0: 0, 1: 0}
    try:
        setup.start()
        for _ in range(rounds):  # the modes take turns, so the machine's load hits both alike
            for wait in (0, 1):
                rate, count = await throughput_through_sentinel(setup, n, wait)
                rates[wait].append(rate)
                waits[wait] += count
    finally:
        setup.close()
    off, on = statistics.median(rates[0]), statistics.median(rates[1])
    return {
        "benchmark": "sentinel_wait",
        "n": n,
        "rounds": rounds,
        "workers": 3,
        "replicas": 1,
        "tasks_per_s_wait_off": [round(r) for r in rates[0]],
        "tasks_per_s_wait_1": [round(r) for r in rates[1]],
        "median_off": round(off),
        "median_wait_1": round(on),
        "wait_cost": round(1 - on / off, 3),
        "wait_commands_per_task": {k: round(v / (n * rounds), 3) for k, v in waits.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("soak", "failover"))
    parser.add_argument("--n", type=int)
    parser.add_argument("--retention", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.what == "soak":
        result = asyncio.run(soak(args.n or 200_000, args.retention))
    else:
        result = asyncio.run(failover(args.n or 10_000, args.rounds))
    _bench.emit(result)


if __name__ == "__main__":
    main()
