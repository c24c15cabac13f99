"""No-op job throughput, submit-to-result latency and Redis commands per job for one peer queue.

Run in the peer's own virtualenv (see run_all.py):
    python peers/queue_peer.py saq --url redis://127.0.0.1:6390 --n 2000 --latency-n 500 \
        [--submit sequential|bulk]

The worker is a real subprocess (one process, concurrency 32) against the given server, started
the way the peer's docs show. ``sequential`` submits one ``await`` at a time, then waits for every
result; ``bulk`` uses the peer's own way of submitting many (saq ``map``, concurrent enqueues
for taskiq and arq; Celery's client is synchronous, so it has none). The last stdout line is a
JSON object with the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench

PY = sys.executable


class Peer:
    name = ""
    worker_args: list[str] = []

    async def setup(self) -> None: ...
    async def teardown(self) -> None: ...
    async def submit(self) -> Any: ...
    async def wait(self, job: Any) -> Any: ...

    async def many(self, n: int) -> None:
        jobs = [await self.submit() for _ in range(n)]
        for job in jobs:
            await self.wait(job)

    async def bulk(self, n: int) -> None:
        jobs = await asyncio.gather(*(self.submit() for _ in range(n)))
        for job in jobs:
            await self.wait(job)

    async def one(self) -> None:
        await self.wait(await self.submit())

    async def one_listening(self) -> None:
        """Submit one job and wait for it without polling, where the peer can."""
        await self.one()


class Saq(Peer):
    name = "saq"
    worker_args = [PY, "-m", "saq", "saq_app.settings"]

    async def setup(self) -> None:
        from saq_app import queue

        self.queue = queue
        await queue.connect()

    async def teardown(self) -> None:
        await self.queue.disconnect()

    async def submit(self) -> Any:
        return await self.queue.enqueue("noop")

    async def wait(self, job: Any) -> Any:
        # The listener (Pub/Sub), as saq's docs show. A completion that lands between refresh's
        # read and its subscribe is missed until the listen times out, hence a short one in a
        # loop: such a miss costs 0.25 s, which shows in p99, not in p50.
        while True:
            try:
                await job.refresh(until_complete=0.25)
            except TimeoutError:  # saq's listener raises when its window ends
                await job.refresh()
            if job.completed:
                assert job.result == 1, job
                return job

    async def one(self) -> None:
        # apply() polls; 1 ms is far below its 0.5 s default.
        assert await self.queue.apply("noop", poll_interval=0.001, timeout=30) == 1

    async def one_listening(self) -> None:
        await self.wait(await self.submit())

    async def bulk(self, n: int) -> None:
        # saq's own bulk call: enqueue concurrently, then collect with 5 ms polls.
        results = await self.queue.map(
            "noop", [{} for _ in range(n)], poll_interval=0.005, timeout=120
        )
        assert results == [1] * n


class Taskiq(Peer):
    name = "taskiq"
    worker_args = [
        PY, "-m", "taskiq", "worker", "taskiq_app:broker",
        "--workers", "1", "--max-async-tasks", "32", "--no-configure-logging",
    ]  # fmt: skip

    async def setup(self) -> None:
        from taskiq_app import broker, noop

        self.broker, self.noop = broker, noop
        await broker.startup()

    async def teardown(self) -> None:
        await self.broker.shutdown()

    async def submit(self) -> Any:
        return await self.noop.kiq()

    async def wait(self, job: Any) -> Any:
        # taskiq's result backend is polled; 1 ms is far below its 0.2 s default.
        result = await job.wait_result(check_interval=0.001, timeout=30)
        assert result.return_value == 1, result


class Arq(Peer):
    name = "arq"
    worker_args = [PY, "-m", "arq", "arq_app.WorkerSettings"]

    async def setup(self) -> None:
        from arq import create_pool
        from arq_app import POLL, WorkerSettings

        self.poll = POLL
        self.pool = await create_pool(WorkerSettings.redis_settings)

    async def teardown(self) -> None:
        await self.pool.aclose()

    async def submit(self) -> Any:
        return await self.pool.enqueue_job("noop")

    async def wait(self, job: Any) -> Any:
        assert await job.result(timeout=30, poll_delay=self.poll) == 1


class CeleryPeer(Peer):
    name = "celery"
    worker_args = [
        PY, "-m", "celery", "-A", "celery_app", "worker", "-P", "threads", "-c", "32",
        "-Q", "bench", "--without-gossip", "--without-mingle", "--without-heartbeat",
        "-l", "WARNING",
    ]  # fmt: skip

    async def setup(self) -> None:
        from celery_app import noop

        self.noop = noop

    async def submit(self) -> Any:
        return self.noop.delay()

    async def wait(self, job: Any) -> Any:
        # Celery's Redis backend wakes the waiter through pub/sub.
        assert job.get(timeout=30) == 1

    async def bulk(self, n: int) -> None:
        await self.many(n)  # a synchronous client: no concurrent submit


PEERS = {p.name: p for p in (Saq, Taskiq, Arq, CeleryPeer)}


async def measure(
    peer: Peer, url: str, n: int, latency_n: int, meter: _bench.CpuMeter, how: str
) -> dict[str, Any]:
    await peer.setup()
    try:
        # Warm up: the worker must have joined (taskiq's group starts at '$'; saq sweeps jobs
        # that raced its start-up) and imports be done. Failures before that are not measured.
        deadline = time.monotonic() + 60
        ok = 0
        while ok < 20:
            try:
                await asyncio.wait_for(peer.one(), 5)
                ok += 1
            except Exception:
                if time.monotonic() > deadline:
                    raise
                ok = 0
        _bench.reset_stats(url)
        meter.start()
        t0 = time.perf_counter()
        await (peer.many(n) if how == "sequential" else peer.bulk(n))
        elapsed = time.perf_counter() - t0
        cores = meter.stop()
        commands = _bench.command_total(url)
        latencies: dict[str, list[float]] = {"result": [], "listen": []}
        for _ in range(latency_n):
            for kind, call in (("result", peer.one), ("listen", peer.one_listening)):
                t = time.perf_counter()
                await call()
                latencies[kind].append(time.perf_counter() - t)
        return {
            "submit": how,
            "tasks_per_s": n / elapsed,
            "commands_per_task": commands / n,
            "cpu_cores": cores,
            **{
                f"{kind}_{k}": v
                for kind, values in latencies.items()
                if values
                for k, v in _bench.latency_summary(values).items()
            },
        }
    finally:
        await peer.teardown()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("peer", choices=sorted(PEERS))
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--latency-n", type=int, default=500)
    parser.add_argument("--submit", choices=["sequential", "bulk"], default="sequential")
    args = parser.parse_args()
    os.environ["BENCH_REDIS_URL"] = args.url
    _bench.flush(args.url)
    peer = PEERS[args.peer]()
    here = Path(__file__).resolve().parent
    worker = _bench.spawn(
        peer.worker_args, env={"BENCH_REDIS_URL": args.url, "PYTHONPATH": str(here)}, cwd=here
    )
    try:
        meter = _bench.CpuMeter(
            {"worker": worker.pid, "redis": _bench.redis_pid(args.url), "client": os.getpid()},
            alone=("client",),
        )
        result = asyncio.run(measure(peer, args.url, args.n, args.latency_n, meter, args.submit))
    finally:
        _bench.stop(worker)
        _bench.flush(args.url)
    version = __import__("importlib.metadata").metadata.version(
        "celery" if args.peer == "celery" else args.peer
    )
    _bench.emit({"peer": args.peer, "version": version, **result})


if __name__ == "__main__":
    main()
