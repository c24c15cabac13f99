"""How long the `orbiter` command takes to start: `orbiter --help` must stay under 250 ms.

Runs each command N times in fresh processes (after warm-up runs, so .pyc files exist) and
prints the median, p90 and fastest wall time. `hyperfine -N 'orbiter --help'` measures the
same thing where hyperfine is installed.

    uv run --frozen python benchmarks/cli_startup.py [--runs 30]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_MS = 250.0


def _orbiter() -> list[str]:
    script = Path(sys.executable).with_name("orbiter")
    return [str(script)] if script.exists() else [sys.executable, "-m", "orbiter.cli"]


def _time(cmd: list[str], runs: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        out.append((time.perf_counter() - start) * 1000)
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    orbiter = _orbiter()
    cases = {
        "python -c pass (floor)": [sys.executable, "-c", "pass"],
        "python -c 'import orbiter'": [sys.executable, "-c", "import orbiter"],
        "orbiter --help": [*orbiter, "--help"],
        "orbiter task --help": [*orbiter, "task", "--help"],
        "orbiter run --help": [*orbiter, "run", "--help"],
    }
    print(f"{'command':<30} {'median':>9} {'p90':>9} {'min':>9}   ({args.runs} runs each)")
    for name, cmd in cases.items():
        times = _time(cmd, args.runs)
        p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
        median = statistics.median(times)
        flag = ""
        if name == "orbiter --help":
            flag = "  target < 250 ms: " + ("met" if median < TARGET_MS else "MISSED")
        print(f"{name:<30} {median:8.1f}ms {p90:8.1f}ms {times[0]:8.1f}ms{flag}")


if __name__ == "__main__":
    main()
