"""What retry policies and delays cost on distributed throughput, measured in one run.

Modes, in turns (none, retry, delay0, none, ...) against the same worker so machine noise hits
all alike:

- ``none``: plain ``distributed(agent, ...)``, no policy;
- ``retry``: the same with ``retry=RetryPolicy(attempts=3)`` (no task fails, so what is
  measured is the policy travelling in the payload and the worker checking it);
- ``delay0``: ``delay=0``, the delayed-run path for a task that is due at once.

Each round submits ``--n`` one-step scripted tasks at once to one ``orbiter start worker
--quiet`` at concurrency 32 and times the first submit to the last result; also the CPU time
of the client and the worker per task. Before the rounds, the Redis commands an idle worker
sends per second (the due-set look included) are counted.

    uv run --frozen python benchmarks/queue_policies_retry.py [--n 1000] [--rounds 5]

Writes ``benchmarks/results/queue_policies_retry.json``; the last stdout line is the JSON.
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
RESULTS = BENCH_DIR / "results" / "queue_policies_retry.json"

import _bench  # noqa: E402
import psutil  # noqa: E402

from orbiter import Agent, RetryPolicy  # noqa: E402
from orbiter.cli.devserver import DevServer, free_port  # noqa: E402
from orbiter.distributed import distributed  # noqa: E402

ORBITER = str(Path(sys.executable).with_name("orbiter"))
ECHO = Agent(name="bench", model="scripted:echo")
MODES: dict[str, dict[str, Any]] = {
    "none": {},
    "retry": {"retry": RetryPolicy(attempts=3)},
    "delay0": {"delay": 0},
}


async def _round(
    url: str, n: int, worker: psutil.Process, extra: dict[str, Any]
) -> tuple[float, float]:
    """Tasks per second, and CPU µs per task of the client and the worker together."""
    cpu0 = time.process_time() + _bench.cpu_seconds(worker)
    t0 = time.perf_counter()
    handles = await asyncio.gather(
        *(distributed(ECHO, f"task {i}", redis_url=url, **extra) for i in range(n))
    )
    await asyncio.gather(*(h.result(timeout=300) for h in handles))
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() + _bench.cpu_seconds(worker) - cpu0
    for h in handles:
        await h.close()
    return n / elapsed, cpu / n * 1e6


def _idle_commands_per_s(url: str, seconds: float = 5.0) -> dict[str, float]:
    """Commands per second an idle worker sends, by command."""
    _bench.reset_stats(url)
    time.sleep(seconds)
    calls = _bench.command_breakdown(url)
    return {
        name: round(count / seconds, 2)
        for name, count in sorted(calls.items())
        if not _bench.is_harness_command(name)
    }


async def measure(n: int, rounds: int) -> dict[str, Any]:
    load = _bench.load_average()
    server = DevServer(free_port())
    server.start()
    url = server.url
    args = [ORBITER, "start", "worker", "--redis-url", url, "--concurrency", "32", "--quiet"]
    proc = _bench.spawn(args, env={"ORBITER_REDIS_URL": url})
    try:
        warm = await asyncio.gather(*(distributed(ECHO, "warm", redis_url=url) for _ in range(40)))
        for h in warm:
            await asyncio.wait_for(h.result(), 60)
            await h.close()
        idle = _idle_commands_per_s(url)
        worker = psutil.Process(proc.pid)
        rates: dict[str, list[float]] = {m: [] for m in MODES}
        cpu: dict[str, list[float]] = {m: [] for m in MODES}
        for i in range(rounds):
            for mode, extra in MODES.items():
                tasks_per_s, cpu_us = await _round(url, n, worker, extra)
                rates[mode].append(tasks_per_s)
                cpu[mode].append(cpu_us)
                print(f"round {i + 1}: {mode} {tasks_per_s:,.0f} tasks/s", file=sys.stderr)
    finally:
        _bench.stop(proc)
        server.close()
    median = {m: statistics.median(v) for m, v in rates.items()}
    return {
        **_bench.result_header(load, n, rounds),
        "tasks_per_s": median,
        "tasks_per_s_all": rates,
        "change_vs_none_pct": {
            m: round((v / median["none"] - 1) * 100, 1) for m, v in median.items() if m != "none"
        },
        "task_cpu_us": {m: statistics.median(v) for m, v in cpu.items()},
        "task_cpu_us_all": cpu,
        "idle_worker_commands_per_s": idle,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    result = asyncio.run(measure(args.n, args.rounds))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    _bench.emit(result)


if __name__ == "__main__":
    main()
