"""Helpers shared by every benchmark script, in the workspace env and in the peers' envs alike.

Only the standard library, redis-py and psutil are used here, because the peer drivers run in
separate virtualenvs (their pins conflict with ours) and import this file too.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import psutil
import redis

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile; ``p`` in 0..100."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, round(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "p50_ms": statistics.median(ms),
        "p99_ms": percentile(ms, 99),
        "mean_ms": statistics.fmean(ms),
    }


def command_total(url: str) -> int:
    """Calls of every command since the last CONFIG RESETSTAT (INFO commandstats)."""
    client = redis.Redis.from_url(url)
    try:
        stats = client.info("commandstats")
    finally:
        client.close()
    return sum(
        int(v["calls"])
        for k, v in stats.items()
        if not is_harness_command(k.removeprefix("cmdstat_"))
    )


def is_harness_command(name: str) -> bool:
    """INFO, CONFIG RESETSTAT and FLUSH* are the benchmark's own calls, not the system's."""
    return name.split("|")[0] in ("info", "config", "flushall", "flushdb")


def command_breakdown(url: str) -> dict[str, int]:
    client = redis.Redis.from_url(url)
    try:
        stats = client.info("commandstats")
    finally:
        client.close()
    return {k.removeprefix("cmdstat_"): int(v["calls"]) for k, v in stats.items()}


def reset_stats(url: str) -> None:
    client = redis.Redis.from_url(url)
    try:
        client.config_resetstat()
    finally:
        client.close()


def flush(url: str) -> None:
    """Empty the server (every primary of a ``redis+cluster://`` URL)."""
    if url.split("://", 1)[0].endswith("+cluster"):
        cluster = redis.RedisCluster.from_url(url.replace("+cluster", "", 1))
        try:
            cluster.flushall(target_nodes=redis.RedisCluster.PRIMARIES)
        finally:
            cluster.close()
        return
    client = redis.Redis.from_url(url)
    try:
        client.flushall()
    finally:
        client.close()


def redis_pid(url: str) -> int:
    client = redis.Redis.from_url(url)
    try:
        return int(client.info("server")["process_id"])
    finally:
        client.close()


def cpu_seconds(*procs: psutil.Process, children: bool = True) -> float:
    """CPU time of ``procs`` (and, with ``children``, of their descendants), every thread."""
    total = 0.0
    for proc in procs:
        for p in [proc, *proc.children(recursive=True)] if children else [proc]:
            with contextlib.suppress(psutil.Error):
                t = p.cpu_times()
                total += t.user + t.system
    return total


class CpuMeter:
    """CPU seconds used by a set of processes between start() and stop().

    Each process counts with its children (a worker launcher's real worker), except those named
    in ``alone``: a benchmark driver is the parent of the workers it measures separately.
    """

    def __init__(self, pids: dict[str, int], alone: tuple[str, ...] = ()) -> None:
        self._procs = {name: psutil.Process(pid) for name, pid in pids.items()}
        self._alone = set(alone)
        self._start: dict[str, float] = {}
        self._t0 = 0.0

    def _cpu(self, name: str, proc: psutil.Process) -> float:
        return cpu_seconds(proc, children=name not in self._alone)

    @staticmethod
    def _machine() -> float:
        t = psutil.cpu_times()
        return float(t.user + t.system + getattr(t, "nice", 0.0))

    def start(self) -> None:
        self._t0 = time.perf_counter()
        self._start = {name: self._cpu(name, p) for name, p in self._procs.items()}
        self._machine0 = self._machine()

    def stop(self) -> dict[str, float]:
        """Cores used on average by each named process over the interval, and by the machine.

        ``machine`` counts every process (other users' too), so it shows how much of the
        machine the measured processes did not get.
        """
        wall = time.perf_counter() - self._t0
        out = {
            name: round((self._cpu(name, p) - self._start[name]) / wall, 3)
            for name, p in self._procs.items()
        }
        out["machine"] = round((self._machine() - self._machine0) / wall, 3)
        return out


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")


def spawn(
    args: list[str], *, env: dict[str, str] | None = None, cwd: Path = BENCH_DIR
) -> subprocess.Popen[bytes]:
    """A worker subprocess whose output goes to a log file under /tmp (kept for post-mortems)."""
    name = "-".join(Path(a).name for a in args[1:4])[:60]
    log = open(f"/tmp/orbiter-bench-{name}-{os.getpid()}.log", "ab")  # noqa: SIM115
    return subprocess.Popen(
        args,
        env={**os.environ, **(env or {})},
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=str(cwd),
        start_new_session=True,
    )


def stop(proc: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """SIGTERM the process group we started (workers fork helpers), then SIGKILL it."""
    if proc.poll() is None:
        _signal_group(proc, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
    _signal_group(proc, signal.SIGKILL)
    if proc.poll() is None:
        proc.wait(5)


def _signal_group(proc: subprocess.Popen[bytes], sig: int) -> None:
    try:
        os.killpg(proc.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def load_average() -> float:
    """The machine's 1-minute load average now, rounded: how busy it was when a run began."""
    return round(os.getloadavg()[0], 2)


def result_header(load: float, n: int, rounds: int) -> dict[str, Any]:
    """The fields a throughput result starts with: when, on how many cores, how busy, how big."""
    return {
        "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cores": os.cpu_count(),
        "load_average": load,
        "n": n,
        "rounds": rounds,
    }


def emit(result: dict[str, Any]) -> None:
    """The last stdout line of every benchmark script is its JSON result."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


async def best_cpu_us(step: Callable[[], Awaitable[Any]], runs: int, repeat: int = 3) -> float:
    """Best of ``repeat`` rounds: CPU µs of this process per ``await step()``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for _ in range(runs):
            await step()
        best = min(best, (time.process_time() - t0) / runs * 1e6)
    return best
