"""orbiter-core's own overhead on the scripted model, against the targets of the core issue.

    uv run --frozen python benchmarks/core_overhead.py [--runs 2000] [--batches 7]

Figures:

- framework time of a run: microseconds per ``await run(...)`` minus the time the scripted
  model itself spends answering the same requests (measured apart), median of several batches.
  ``text`` is one model call answering text; ``tool`` is one tool call, so two model calls (with
  an async tool, and with a sync tool that hops to a worker thread).
- the same runs through ``run.stream(..., detailed=True)``, for reference.
- peak RSS of a fresh process that imports orbiter and does 2,000 text and 2,000 tool runs.
- ``import orbiter`` in a fresh interpreter, and ``from orbiter import Agent, run`` (what a
  script really pays, since the package imports its parts lazily); median of several processes.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import Any

TARGETS_US = {"text": 200.0, "tool": 600.0}
TARGET_RSS_MB = 40.0
TARGET_IMPORT_MS = 100.0


def add_sync(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


async def add_async(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


def _agents() -> dict[str, Any]:
    from orbiter import Agent, tool
    from orbiter.testing import ScriptedModel, call_tool, reply

    return {
        "text": Agent("bench", model=ScriptedModel([reply("hello")])),
        "tool (async tool)": Agent(
            "bench",
            model=ScriptedModel([call_tool("add_async", a=1, b=2), reply("3")]),
            tools=[tool(add_async)],
        ),
        "tool (sync tool)": Agent(
            "bench",
            model=ScriptedModel([call_tool("add_sync", a=1, b=2), reply("3")]),
            tools=[tool(add_sync)],
        ),
    }


async def _per_call_us(fn: Callable[[], Awaitable[Any]], n: int, batches: int) -> float:
    for _ in range(min(n, 200)):  # warm up caches and the thread pool
        await fn()
    samples = []
    for _ in range(batches):
        gc.collect()
        start = time.perf_counter()
        for _ in range(n):
            await fn()
        samples.append((time.perf_counter() - start) / n * 1e6)
    return statistics.median(samples)


async def _model_only_us(agent: Any, stream: bool, n: int, batches: int) -> float:
    """What the scripted model alone costs for the requests one run makes."""
    from orbiter import run

    recorded: list[Any] = []
    model = agent.model
    original = model.complete

    async def spy(request: Any) -> Any:
        recorded.append(request)
        return await original(request)

    model.complete = spy
    try:
        await run(agent, "hi")
    finally:
        del model.complete
    requests = recorded

    if stream:

        async def once() -> None:
            for request in requests:
                async for _ in model.stream(request):
                    pass

    else:

        async def once() -> None:
            for request in requests:
                await model.complete(request)

    return await _per_call_us(once, n, batches)


async def _timings(n: int, batches: int) -> list[dict[str, Any]]:
    from orbiter import run

    rows = []
    for label, agent in _agents().items():
        for mode in ("run", "stream detailed"):
            stream = mode != "run"
            if stream:

                async def once(agent: Any = agent) -> None:
                    async for _ in run.stream(agent, "hi", detailed=True):
                        pass

            else:

                async def once(agent: Any = agent) -> None:
                    await run(agent, "hi")

            total = await _per_call_us(once, n, batches)
            model = await _model_only_us(agent, stream, n, batches)
            rows.append(
                {"run": label, "mode": mode, "total_us": total, "model_us": model,
                 "framework_us": total - model}
            )  # fmt: skip
    return rows


RSS_CHILD = """
import asyncio, resource, sys
sys.path.insert(0, {bench_dir!r})
import orbiter
from core_overhead import _agents
from orbiter import run

async def main(n):
    agents = _agents()
    for _ in range(n):
        await run(agents["text"], "hi")
        await run(agents["tool (sync tool)"], "hi")

asyncio.run(main({runs}))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

IMPORT_CHILD = """
import time
t0 = time.perf_counter()
import orbiter
t1 = time.perf_counter()
from orbiter import Agent, run
t2 = time.perf_counter()
print((t1 - t0) * 1000, (t2 - t0) * 1000)
"""


def _peak_rss_mb(runs: int) -> float:
    from pathlib import Path

    code = RSS_CHILD.format(bench_dir=str(Path(__file__).resolve().parent), runs=runs)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def _import_ms(repeats: int, cached: bool) -> tuple[float, float]:
    """Median import times over fresh interpreters.

    ``cached``: with compiled bytecode, as ``pip install`` leaves a package. uv does not compile
    at install time and this environment may set PYTHONDONTWRITEBYTECODE, in which case every
    start compiles msgspec's dependencies (typing_extensions) from source again; a private
    ``pycache_prefix`` keeps the workspace untouched.
    """
    env = dict(os.environ)
    cmd = [sys.executable, "-c", IMPORT_CHILD]
    prefix = tempfile.mkdtemp(prefix="orbiter-pycache-")
    try:
        if cached:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            cmd = [sys.executable, "-X", f"pycache_prefix={prefix}", "-c", IMPORT_CHILD]
            subprocess.run(cmd, env=env, capture_output=True, check=True)  # writes the bytecode
        bare, full = [], []
        for _ in range(repeats):
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
            a, b = (float(x) for x in out.stdout.split())
            bare.append(a)
            full.append(b)
    finally:
        shutil.rmtree(prefix, ignore_errors=True)
    return statistics.median(bare), statistics.median(full)


def _mark(value: float, target: float) -> str:
    return "met" if value <= target else f"MISSED by {value - target:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000, help="runs per batch and for RSS")
    parser.add_argument("--batches", type=int, default=7)
    parser.add_argument("--imports", type=int, default=9, help="fresh processes for import time")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()

    rows = asyncio.run(_timings(args.runs, args.batches))
    rss = _peak_rss_mb(args.runs)
    import_bare, import_full = _import_ms(args.imports, cached=True)
    raw_bare, raw_full = _import_ms(args.imports, cached=False)

    print(f"orbiter-core overhead, scripted model, median of {args.batches} batches of {args.runs}")
    print()
    print(f"{'run':<20} {'mode':<16} {'total µs':>9} {'model µs':>9} {'framework µs':>13}  target")
    for r in rows:
        target = TARGETS_US["text" if r["run"] == "text" else "tool"]
        verdict = f"≤{target:.0f} {_mark(r['framework_us'], target)}" if r["mode"] == "run" else ""
        print(
            f"{r['run']:<20} {r['mode']:<16} {r['total_us']:>9.1f} {r['model_us']:>9.1f} "
            f"{r['framework_us']:>13.1f}  {verdict}"
        )
    print()
    print(f"peak RSS after {args.runs} text + {args.runs} tool runs: {rss:.1f} MB"
          f"  (<{TARGET_RSS_MB:.0f} {_mark(rss, TARGET_RSS_MB)})")  # fmt: skip
    print(f"import orbiter: {import_bare:.1f} ms  (<{TARGET_IMPORT_MS:.0f} "
          f"{_mark(import_bare, TARGET_IMPORT_MS)})")  # fmt: skip
    print(f"from orbiter import Agent, run: {import_full:.1f} ms  (<{TARGET_IMPORT_MS:.0f} "
          f"{_mark(import_full, TARGET_IMPORT_MS)})")  # fmt: skip
    print(f"  (bytecode compiled, as after pip install; without cached bytecode, as this "
          f"environment runs: {raw_bare:.1f} ms and {raw_full:.1f} ms)")  # fmt: skip
    if args.json:
        print(json.dumps({"runs": rows, "peak_rss_mb": rss, "import_ms": import_bare,
                          "import_agent_run_ms": import_full, "import_uncached_ms": raw_bare,
                          "import_agent_run_uncached_ms": raw_full}))  # fmt: skip


if __name__ == "__main__":
    main()
