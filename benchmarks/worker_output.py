"""CPU that ``orbiter start worker``'s per-task output adds to each task, with and without --quiet.

    python benchmarks/worker_output.py [--n 20000] [--rounds 5]

The CLI's reporting wrapper runs around an executor that does nothing, with its line writer
flushing as in a worker; what is measured is the process CPU per task over the bare executor,
so the figure is the output's own cost, free of Redis and of the run itself (a one-step scripted
task costs the worker about 200 µs). Output goes to /dev/null. The last stdout line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench

from orbiter.cli.worker_cmd import _Reporting
from orbiter.cli.worker_lines import WorkerLines
from orbiter.distributed.executor import TaskSpec

TARGET = b'{"type":"agent","name":"bench","model":"scripted:echo","instructions":null}'


class Idle:
    """An executor that returns at once."""

    async def execute(self, spec: TaskSpec, emit: Any) -> dict[str, Any]:
        return {"output": spec.input, "steps": 1}


def specs(n: int) -> list[TaskSpec]:
    return [
        TaskSpec(f"{i:032x}", 1, "default", "bench", TARGET, "x", None, False, 300.0)
        for i in range(n)
    ]


async def per_task_us(quiet: bool, n: int) -> float:
    """CPU µs per task that reporting adds, as a busy worker runs ``n`` tasks."""
    lines = WorkerLines(quiet=quiet)
    lines.start()
    idle = Idle()
    reporting = _Reporting(idle, asyncio.Event(), lines, lambda _: None)  # type: ignore[arg-type]
    tasks = specs(n)
    t0 = time.process_time()
    for spec in tasks:
        await idle.execute(spec, None)
    bare = time.process_time() - t0
    t0 = time.process_time()
    for i, spec in enumerate(tasks):
        await reporting.execute(spec, None)  # type: ignore[arg-type]
        reporting.recorded(spec.task_id, True)
        if i % 500 == 499:
            await asyncio.sleep(0)  # the writer gets its turns, as in a worker
    await lines.stop()
    return (time.process_time() - t0 - bare) / n * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    found: dict[str, list[float]] = {"default": [], "quiet": []}
    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
        for _ in range(args.rounds):  # the two modes take turns
            found["default"].append(asyncio.run(per_task_us(False, args.n)))
            found["quiet"].append(asyncio.run(per_task_us(True, args.n)))
    _bench.emit(
        {
            "mode": "worker_output",
            "n": args.n,
            "rounds": args.rounds,
            **{f"{k}_us_per_task": round(statistics.median(v), 2) for k, v in found.items()},
        }
    )


if __name__ == "__main__":
    main()
