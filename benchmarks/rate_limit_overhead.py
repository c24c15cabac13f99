"""What a shared rate limit costs: distributed throughput without a limit and with one that
never binds, measured in turns (off, limited, limited, off, ...) in one run so machine noise
hits both.

Distributed: ``--n`` one-step tasks on the scripted echo model submitted at once to two
``orbiter start worker --quiet`` processes at concurrency 16, timed from the first submit to
the last result, plus the CPU time the client and the workers spent per task. ``limited`` starts the
workers with ``--rate-limit`` on that model at rates far above what they reach, with a
tokens-per-minute limit too, so every call takes its turn and settles its tokens, and never
waits. Redis commands per task are counted too (``INFO commandstats``), a figure the machine's
noise does not move.

One process: the same with one worker of concurrency 32 in the benchmark's own process, so
the CPU time of client and worker is one figure.

Local: CPU microseconds per ``await run(agent, "hi")`` with no limiter, with a local limiter
that has no limit for the model, and with one that limits it (never binding).

    uv run --frozen python benchmarks/rate_limit_overhead.py [--n 1000] [--rounds 6]

Writes ``benchmarks/results/rate_limit.json``.
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

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
RESULTS = BENCH_DIR / "results" / "rate_limit.json"

import _bench  # noqa: E402
import psutil  # noqa: E402

from orbiter import Agent, run  # noqa: E402
from orbiter.cli.devserver import DevServer, free_port  # noqa: E402
from orbiter.distributed import distributed  # noqa: E402
from orbiter.distributed.worker import Worker  # noqa: E402
from orbiter.ratelimit import LocalRateLimiter, use_rate_limiter  # noqa: E402
from orbiter.testing import ScriptedModel, reply  # noqa: E402

ORBITER = str(Path(sys.executable).with_name("orbiter"))
ECHO = Agent(name="bench", model="scripted:echo")
NEVER_BINDS = "scripted:echo=10000000rpm,10000000000tpm"
WORKERS = 2
CONCURRENCY = 16


async def _throughput(url: str, n: int, limited: bool) -> tuple[float, float, float]:
    """Tasks per second, CPU µs per task of the client and the workers together, and Redis
    commands per task."""
    _bench.flush(url)
    args = [ORBITER, "start", "worker", "--redis-url", url, "--concurrency", str(CONCURRENCY)]
    args.append("--quiet")  # per-task lines cost CPU in amounts that vary with the timing
    if limited:
        args += ["--rate-limit", NEVER_BINDS]
    procs = [_bench.spawn(args) for _ in range(WORKERS)]
    try:
        warm = await asyncio.gather(*(distributed(ECHO, "warm", redis_url=url) for _ in range(60)))
        for h in warm:
            await asyncio.wait_for(h.result(), 60)
            await h.close()
        workers = [psutil.Process(p.pid) for p in procs]
        _bench.reset_stats(url)
        cpu0 = time.process_time() + _bench.cpu_seconds(*workers)
        t0 = time.perf_counter()
        handles = await asyncio.gather(
            *(distributed(ECHO, f"task {i}", redis_url=url) for i in range(n))
        )
        await asyncio.gather(*(h.result(timeout=300) for h in handles))
        elapsed = time.perf_counter() - t0
        cpu = time.process_time() + _bench.cpu_seconds(*workers) - cpu0
        commands = _bench.command_total(url)
        for h in handles:
            await h.close()
    finally:
        for p in procs:
            _bench.stop(p)
    return n / elapsed, cpu / n * 1e6, commands / n


async def _in_process(url: str, n: int, limited: bool) -> tuple[float, float]:
    """Tasks per second and CPU µs per task with the worker in this process: one CPU figure
    that other processes' scheduling does not spread over several."""
    _bench.flush(url)
    worker = Worker(
        url,
        concurrency=WORKERS * CONCURRENCY,
        rate_limits=NEVER_BINDS if limited else None,
        handle_signals=False,
    )
    serving = asyncio.create_task(worker.run())
    await worker.ready.wait()
    try:
        warm = await asyncio.gather(*(distributed(ECHO, "warm", redis_url=url) for _ in range(60)))
        await asyncio.gather(*(h.result(timeout=60) for h in warm))
        cpu0, t0 = time.process_time(), time.perf_counter()
        handles = await asyncio.gather(
            *(distributed(ECHO, f"task {i}", redis_url=url) for i in range(n))
        )
        await asyncio.gather(*(h.result(timeout=300) for h in handles))
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        for h in [*warm, *handles]:
            await h.close()
    finally:
        worker.stop()
        await serving
    return n / elapsed, cpu / n * 1e6


async def _local_us(mode: str, runs: int) -> float:
    """Best of 3: CPU µs per one-step local run."""
    agent = Agent(name="bench", model=ScriptedModel([reply("hello")]))
    limiter = {
        "none": None,
        "other_model": LocalRateLimiter("openai:gpt-4o=60rpm"),
        "limited": LocalRateLimiter("scripted=10000000rpm,10000000000tpm"),
    }[mode]
    with use_rate_limiter(limiter):
        for _ in range(200):
            await run(agent, "hi")
        return await _bench.best_cpu_us(lambda: run(agent, "hi"), runs)


async def measure(n: int, rounds: int, runs: int) -> dict[str, Any]:
    load = _bench.load_average()
    server = DevServer(free_port())
    server.start()
    try:
        tput: dict[str, list[float]] = {"off": [], "limited": []}
        cpu: dict[str, list[float]] = {"off": [], "limited": []}
        commands: dict[str, list[float]] = {"off": [], "limited": []}
        for i in range(rounds):
            # off, limited, limited, off, ...: neither goes first every time
            for mode in ("off", "limited") if i % 2 == 0 else ("limited", "off"):
                tasks_per_s, cpu_us, per_task = await _throughput(server.url, n, mode == "limited")
                tput[mode].append(tasks_per_s)
                cpu[mode].append(cpu_us)
                commands[mode].append(per_task)
                print(
                    f"  {mode:8} {tasks_per_s:7.0f} tasks/s  {cpu_us:6.0f} µs CPU/task  "
                    f"{per_task:5.2f} Redis commands/task"
                )
        one: dict[str, list[tuple[float, float]]] = {"off": [], "limited": []}
        for i in range(rounds):
            for mode in ("off", "limited") if i % 2 == 0 else ("limited", "off"):
                tasks_per_s, cpu_us = await _in_process(server.url, n, mode == "limited")
                one[mode].append((tasks_per_s, cpu_us))
                print(
                    f"  {mode:8} {tasks_per_s:7.0f} tasks/s  {cpu_us:6.0f} µs CPU/task, one process"
                )
    finally:
        server.close()
    local = {mode: await _local_us(mode, runs) for mode in ("none", "other_model", "limited")}
    off, limited = statistics.median(tput["off"]), statistics.median(tput["limited"])
    cpu_off, cpu_limited = statistics.median(cpu["off"]), statistics.median(cpu["limited"])
    # Each limited round against the off round beside it: noise on a shared machine comes in
    # waves longer than one pair.
    paired = [1 - lim / o for o, lim in zip(tput["off"], tput["limited"], strict=True)]
    return {
        "benchmark": "rate_limit_overhead",
        "n": n,
        "rounds": rounds,
        "workers": WORKERS,
        "concurrency": CONCURRENCY,
        "load_before": load,
        "tasks_per_s": tput,
        "cpu_us_per_task": cpu,
        "median_tasks_per_s": {"off": round(off, 1), "limited": round(limited, 1)},
        "throughput_cost_pct": round((off - limited) / off * 100, 1),
        "paired_throughput_cost_pct": round(statistics.median(paired) * 100, 1),
        "redis_commands_per_task": {m: round(statistics.median(c), 3) for m, c in commands.items()},
        "cpu_cost_pct": round((cpu_limited - cpu_off) / cpu_off * 100, 1),
        "one_process": {
            mode: {
                "median_tasks_per_s": round(statistics.median(t for t, _ in r), 1),
                "median_cpu_us_per_task": round(statistics.median(c for _, c in r), 1),
            }
            for mode, r in one.items()
        },
        "local_cpu_us_per_run": {k: round(v, 1) for k, v in local.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--local-runs", type=int, default=2000)
    args = parser.parse_args()
    result = asyncio.run(measure(args.n, args.rounds, args.local_runs))
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    _bench.emit(result)


if __name__ == "__main__":
    main()
