"""``make bench``: every benchmark, Orbiter and its peers, in one run against one Valkey server.

Writes ``docs/benchmarks.md`` (tables, date, machine), ``docs/img/bench-*.png`` and
``benchmarks/results/latest.json``. Peers run in uv-managed envs built from
``requirements-peers.txt`` and ``requirements-arq.txt``; the test suite never needs them.

    uv run --frozen python benchmarks/run_all.py [--repeats 3] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench
import report

from orbiter.cli.devserver import DevServer, free_port, server_binary

BENCH = _bench.BENCH_DIR
ROOT = _bench.ROOT
QUEUE_PEERS = ["saq", "taskiq", "arq", "celery"]
AGENT_PEERS = ["openai-agents", "pydantic-ai"]


def uv() -> list[str]:
    # `uv run` exports UV, the binary that started us; fall back to PATH, then to the module.
    found = os.environ.get("UV") or shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


def peer_python(peer: str) -> list[str]:
    reqs = "requirements-arq.txt" if peer == "arq" else "requirements-peers.txt"
    return [
        *uv(),
        "run",
        "--no-project",
        "--quiet",
        "--with-requirements",
        str(BENCH / reqs),
        "python",
    ]


def run_json(cmd: list[str], label: str, timeout: float = 900) -> dict[str, Any] | None:
    """Run one benchmark script; its last stdout line is JSON. A failure is reported, not fatal."""
    print(f"  {label} ...", end="", flush=True)
    t0 = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        print(f" FAILED (exit {proc.returncode})")
        print("    " + "\n    ".join((proc.stderr or proc.stdout).strip().splitlines()[-15:]))
        return None
    result = json.loads(lines[-1])
    print(f" {time.monotonic() - t0:.0f}s")
    return result


def median_of(runs: list[dict[str, Any]], top: bool = True) -> dict[str, Any]:
    """Field-wise median of numeric fields (nested dicts too); other fields from the first run."""
    if not runs:
        return {}
    out: dict[str, Any] = {}
    for key, first in runs[0].items():
        values = [r[key] for r in runs if key in r]
        if isinstance(first, bool):
            out[key] = all(values)
        elif isinstance(first, int | float):
            out[key] = statistics.median(values)
        elif isinstance(first, dict):
            out[key] = median_of(values, top=False)
        else:
            out[key] = first
    if top:
        out["runs"] = len(runs)
    return out


def machine() -> dict[str, Any]:
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    version = subprocess.run(
        [server_binary(), "--version"], capture_output=True, text=True
    ).stdout.split()
    # "Valkey server v=9.1.2 sha=... malloc=..." -> "Valkey 9.1.2"
    server = " ".join([version[0], *(w.removeprefix("v=") for w in version if w.startswith("v="))])
    return {
        "cpu": model,
        "cores": psutil.cpu_count(logical=True),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "load_1min": round(os.getloadavg()[0], 2),
        "server": server,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (median shown)")
    parser.add_argument("--quick", action="store_true", help="small N, one run: a smoke test")
    parser.add_argument(
        "--only", default="", help="comma-separated figure names to run (e.g. saq,local_orbiter)"
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="re-render docs/benchmarks.md and the plots from benchmarks/results/latest.json",
    )
    args = parser.parse_args()
    if args.report_only:
        write_report(BENCH / "results" / "latest.json")
        return
    repeats = 1 if args.quick else args.repeats
    n, lat_n, events, inflight = (
        (300, 100, 10_000, 100) if args.quick else (2000, 500, 100_000, 1000)
    )
    started = dt.datetime.now(dt.UTC)
    server = DevServer(free_port())
    server.start()
    url = server.url
    orbiter = [sys.executable, str(BENCH / "orbiter_queue.py")]
    raw: dict[str, list[dict[str, Any]]] = {}

    only = {k for k in args.only.split(",") if k}

    def record(key: str, cmd: list[str], label: str) -> None:
        if only and key not in only:
            return
        result = run_json(cmd, label)
        if result is not None:
            raw.setdefault(key, []).append(result)

    try:
        print("Preparing peer environments (first run downloads them) ...", flush=True)
        for peer in ("saq", "arq"):
            subprocess.run([*peer_python(peer), "-c", "pass"], cwd=ROOT, check=True)
        for i in range(repeats):
            print(f"Round {i + 1}/{repeats}: queues, {n} tasks, {lat_n} sequential", flush=True)
            # Orbiter's worker as users start it (`orbiter start worker`, default output), fed
            # one `await` at a time, with `gather`, and with batch submit; then --quiet.
            for key, how, kind in (
                ("orbiter_seq", "sequential", "cli"),
                ("orbiter", "gather", "cli"),
                ("orbiter_batch", "batch", "cli"),
                ("orbiter_quiet", "gather", "quiet"),
            ):
                cmd = [*orbiter, "throughput", "--url", url, "--n", str(n)]
                cmd += ["--submit", how, "--worker", kind]
                record(key, cmd, f"orbiter throughput ({how} submit, {kind} worker)")
            cmd = [*orbiter, "throughput", "--url", url, "--n", str(n), "--submit", "sequential"]
            steps = [*cmd, "--agent", "three-steps"]
            record("orbiter_seq_steps", steps, "orbiter throughput (3-step task, sequential)")
            record(
                "orbiter_latency",
                [*orbiter, "latency", "--url", url, "--n", str(lat_n)],
                "orbiter latency",
            )
            for peer in QUEUE_PEERS:
                script = str(BENCH / "peers" / "queue_peer.py")
                cmd = [*peer_python(peer), script, peer, "--url", url, "--n", str(n)]
                record(peer, [*cmd, "--latency-n", str(lat_n)], f"{peer} (one at a time)")
                bulk = [*cmd, "--latency-n", "0", "--submit", "bulk"]
                record(f"{peer}_bulk", bulk, f"{peer} (bulk submit)")
            for workers in (2, 4):
                cmd = [
                    *orbiter,
                    "throughput",
                    "--url",
                    url,
                    "--n",
                    str(n),
                    "--workers",
                    str(workers),
                ]
                record(f"orbiter_x{workers}", cmd, f"orbiter throughput, {workers} workers")
            record(
                "stream",
                [*orbiter, "stream", "--url", url, "--events", str(events)],
                "event stream",
            )
            record(
                "footprint",
                [*orbiter, "footprint", "--url", url, "--inflight", str(inflight)],
                "worker footprint",
            )
        print("Local agent overhead", flush=True)
        runs = ["--runs", "200" if args.quick else "1000", "--batches", str(max(3, repeats))]
        record(
            "local_orbiter",
            [sys.executable, str(BENCH / "agent_overhead.py"), "orbiter", *runs],
            "orbiter",
        )
        for peer in AGENT_PEERS:
            cmd = [*peer_python(peer), str(BENCH / "agent_overhead.py"), peer, *runs]
            record(f"local_{peer}", cmd, peer)
        print("MCP tool call overhead", flush=True)
        calls = ["--calls", "50" if args.quick else "200", "--batches", str(max(3, repeats + 4))]
        record(
            "mcp",
            [sys.executable, str(BENCH / "mcp_overhead.py"), "--json", *calls],
            "mcp over stdio and http",
        )
        print("orbiter serve: SSE fan-out", flush=True)
        small = ["--clients", "100", "--events", "20", "--submits", "50"] if args.quick else []
        record("server_sse", [sys.executable, str(BENCH / "server_sse.py"), *small], "server")
    finally:
        server.close()

    results = {
        "date": started.strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "params": {
            "n": n,
            "latency_n": lat_n,
            "events": events,
            "inflight": inflight,
            "repeats": repeats,
        },
        "figures": {key: median_of(runs) for key, runs in raw.items()},
    }
    out = BENCH / "results"
    out.mkdir(exist_ok=True)
    latest = out / ("quick.json" if args.quick else "latest.json")
    if only and latest.exists():
        # A partial run updates its figures in the last full run's results (and says so).
        earlier = json.loads(latest.read_text())
        earlier["figures"].update(results["figures"])
        earlier.setdefault("partial_runs", []).append(
            {"date": results["date"], "repeats": repeats, "figures": sorted(results["figures"])}
        )
        results = earlier
    latest.write_text(json.dumps(results, indent=2) + "\n")
    if not args.quick:
        write_report(latest)
    print(report.summary(results))


def write_report(latest: Path) -> None:
    results = json.loads(latest.read_text())
    img = ROOT / "docs" / "img"
    img.mkdir(parents=True, exist_ok=True)
    plot = [*peer_python("saq"), str(BENCH / "plot.py"), str(latest), str(img)]
    subprocess.run(plot, cwd=ROOT, check=False)
    (ROOT / "docs" / "benchmarks.md").write_text(report.render(results))
    print("Wrote docs/benchmarks.md and docs/img/bench-*.png")


if __name__ == "__main__":
    main()
