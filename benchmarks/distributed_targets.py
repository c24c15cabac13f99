"""The distributed runtime's targets, measured in one run on one fresh Valkey server.

    uv run --frozen python benchmarks/distributed_targets.py [--n 3000] [--repeats 3]

Runs saq (installed on the fly from requirements-peers.txt into a separate env, never into the
test env) and Orbiter back to back on the same server, one worker process at concurrency 32,
then Orbiter's latency, single-task event rate and worker memory. Prints one line per figure
with its target, and the JSON of every run last. Figures are medians of ``--repeats`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from orbiter.cli.devserver import DevServer, free_port

BENCH = Path(__file__).resolve().parent


def _run(cmd: list[str]) -> dict[str, Any]:
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=BENCH.parent, timeout=900)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode or not lines:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def _uv() -> str:
    return os.environ.get("UV") or shutil.which("uv") or "uv"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=3000, help="tasks per throughput run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-saq", action="store_true", help="skip the saq comparison")
    args = parser.parse_args()
    server = DevServer(free_port())
    server.start()
    url = f"{server.url}/0"
    ours = [sys.executable, str(BENCH / "orbiter_queue.py")]
    saq = [
        _uv(), "run", "--no-project", "--quiet", "--with-requirements",
        str(BENCH / "requirements-peers.txt"), "python", str(BENCH / "peers" / "queue_peer.py"),
        "saq",
    ]  # fmt: skip
    runs: dict[str, list[dict[str, Any]]] = {"saq": [], "throughput": [], "latency": []}
    try:
        for _ in range(args.repeats):
            # Interleaved, so both sides see the same machine load.
            if not args.no_saq:
                runs["saq"].append(_run([*saq, "--url", url, "--n", str(args.n)]))
            runs["throughput"].append(_run([*ours, "throughput", "--url", url, "--n", str(args.n)]))
            runs["latency"].append(_run([*ours, "latency", "--url", url, "--n", "500"]))
        runs["stream"] = [_run([*ours, "stream", "--url", url, "--events", "100000"])]
        runs["footprint"] = [_run([*ours, "footprint", "--url", url, "--inflight", "1000"])]
    finally:
        server.close()

    def med(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[kind])

    ours_tps = med("throughput", "tasks_per_s")
    rows = [("orbiter tasks/s (1 worker, concurrency 32)", ours_tps, "")]
    if runs["saq"]:
        saq_tps = med("saq", "tasks_per_s")
        rows.append(("saq no-op jobs/s (same server, same run)", saq_tps, ""))
        rows.append(("orbiter / saq", ours_tps / saq_tps, ">= 1.5"))
    stream = runs["stream"][0]
    foot = runs["footprint"][0]
    rows += [
        ("submit-to-result p50 ms", med("latency", "result_p50_ms"), "<= 2"),
        ("submit-to-result p99 ms", med("latency", "result_p99_ms"), "<= 10"),
        ("submit-to-first-event p50 ms", med("latency", "first_event_p50_ms"), "<= 1.5"),
        ("events/s, one task, 100,000 events", stream["events_per_s"], ">= 100000"),
        ("events lost", stream["lost"], "0"),
        ("idle worker RSS MiB", foot["idle_rss_mib"], "< 50"),
        (f"RSS added by {foot['inflight']} tasks in flight MiB", foot["added_mib"], "< 50"),
    ]
    for name, value, target in rows:
        print(
            f"{name:<48} {value:>12,.2f}   target {target}"
            if target
            else f"{name:<48} {value:>12,.2f}"
        )
    print(json.dumps(runs))


if __name__ == "__main__":
    main()
