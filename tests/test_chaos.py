"""Chaos: tasks keep their delivery guarantees while workers die and Redis restarts.

500 tasks of three steps each run on 3 worker processes while a driver, at random moments,
kill -9s a worker (and starts a replacement), SIGTERMs another (and starts a replacement), and
restarts the Redis server (append-only persistence on, so the queue survives). At the end every
task is COMPLETED with its own expected output, exactly one attempt completed it, every client
stream holds a complete, ordered, duplicate-free sequence of events, and the task's stored
events prove that no completed step ran twice: a step whose checkpoint was stored was completed
by one attempt and never started again by a later one.

The cluster variant runs 300 such tasks on a 3-primary Redis Cluster and kill -9s a primary
(then starts it again on its port, from its folder) instead of restarting the one server. The
nodes have no replicas: "exactly once" holds there because every node writes an append-only
file synced on each write (``appendfsync always``), so a node that comes back has every write it
acknowledged, and rejoins the cluster from its ``nodes.conf``. While it is down its slots do not
answer, and clients and workers retry until they do.

Run with ``make chaos`` (``pytest -m slow tests/test_chaos.py -s``); it prints its counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from redis.exceptions import RedisError
from steps_support import as_seen, tick
from testkit.cluster import Cluster
from testkit.workers import WorkerProc

from orbiter import Agent
from orbiter.distributed.connection import connect
from orbiter.distributed.keys import Keys
from orbiter.events import StepEvent, decode_event
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep

pytestmark = pytest.mark.slow

TASKS = 500
CLUSTER_TASKS = 300  # the cluster's three nodes share the machine's cores with the workers
WORKERS = 3
CONCURRENCY = 16
LEASE = 2.0  # seconds: short, so killed workers' tasks come back quickly
CHUNKS = 8
SUBMIT_SECONDS = 25.0
REDIS_RESTARTS = 2  # tasks are submitted over this long, so chaos hits every phase
DEADLINE = 420.0
SEED = int(os.environ.get("ORBITER_CHAOS_SEED", "0")) or random.randrange(1, 10**6)
TESTS = Path(__file__).resolve().parent


def chunks_for(i: int) -> list[str]:
    return [f"t{i}.{j};" for j in range(CHUNKS)]


STEPS = 3


def agent_for(i: int, rng: random.Random) -> Agent:
    """A three-step agent: two tool steps, then its answer in chunks; each step thinks a while
    first (so kills land in every step)."""

    def think() -> float:
        return round(rng.uniform(0.1, 0.7), 3)

    steps: list[Any] = [
        ToolStep(calls=[ScriptedCall(name="tick", arguments={"step": n})], delay=think())
        for n in range(1, STEPS)
    ]
    steps.append(TextStep(chunks=chunks_for(i), delay=think()))
    return Agent(name=f"chaos{i}", model=ScriptedModel(steps), tools=[tick])


@dataclass
class Stats:
    kills: int = 0
    terms: int = 0
    redis_restarts: int = 0
    actions: list[tuple[float, str]] = field(default_factory=list)
    completions: list[float] = field(default_factory=list)


class Pool:
    """The worker subprocesses, replaced as the driver kills them."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.procs: list[WorkerProc] = []
        self.retired: list[WorkerProc] = []
        self.started = 0

    def spawn(self) -> None:
        self.started += 1
        args = [
            "--concurrency", str(CONCURRENCY), "--lease-seconds", str(LEASE),
            "--max-attempts", "100", "--drain-timeout", "1", "--log-level", "WARNING",
        ]  # fmt: skip
        # The tests' folder is on the workers' path: the agents' tool lives there.
        proc = WorkerProc(self.url, *args, worker_id=f"chaos-{self.started}", path=[TESTS])
        self.procs.append(proc)

    def take(self, rng: random.Random) -> WorkerProc:
        proc = self.procs.pop(rng.randrange(len(self.procs)))
        self.retired.append(proc)
        return proc

    def close(self) -> None:
        for proc in self.procs + self.retired:
            proc.kill()


Restart = Callable[[int], str]
"""Restarts (part of) the Redis deployment, the how-manieth time given; says what it did."""


def server_restart(server: Any) -> Restart:
    """Alternately a clean stop and a kill -9 of the one server, then a start: with appendfsync
    always neither may lose an acknowledged write."""

    def restart(n: int) -> str:
        hard = n % 2 == 1
        server.stop(kill=hard)
        server.start()
        return f"Redis {'kill -9' if hard else 'stop'} + start"

    return restart


def primary_restart(cluster: Cluster) -> Restart:
    """A kill -9 of one primary (another each time), then a start on the same port and folder:
    it reads back its append-only file and its ``nodes.conf``, and serves its slots again."""

    def restart(n: int) -> str:
        node = cluster.primaries[(n + 1) % len(cluster.primaries)]
        node.stop(kill=True)
        node.start()
        cluster.wait_ok()
        return f"cluster primary :{node.port} kill -9 + start"

    return restart


async def drive(
    pool: Pool, restart: Restart, stats: Stats, done: asyncio.Event, rng: random.Random
) -> None:
    """Every 1.5-4 s one disruption: kill -9 or SIGTERM of a worker, or a Redis restart.

    Two Redis restarts are planned at random moments while tasks are still being submitted, so
    every run has them; the other disruptions are kills of workers (60%) and SIGTERMs (40%).
    Clients and workers see their connections drop for the length of a restart.
    """
    t0 = time.monotonic()
    # Early enough that the driver (checking every 4 s at most) gets to them before the end.
    restarts = sorted(t0 + rng.uniform(3.0, SUBMIT_SECONDS - 6) for _ in range(REDIS_RESTARTS))
    while not done.is_set():
        try:
            await asyncio.wait_for(done.wait(), rng.uniform(1.5, 4.0))
            return
        except TimeoutError:
            pass
        if restarts and time.monotonic() >= restarts[0]:
            restarts.pop(0)
            label = await asyncio.to_thread(restart, stats.redis_restarts)
            stats.redis_restarts += 1
            stats.actions.append((time.monotonic(), label))
        elif rng.random() < 0.6:
            proc = pool.take(rng)
            proc.kill()
            pool.spawn()
            stats.kills += 1
            stats.actions.append((time.monotonic(), "kill -9 a worker"))
        else:
            proc = pool.take(rng)
            proc.signal(signal.SIGTERM)
            pool.spawn()
            stats.terms += 1
            stats.actions.append((time.monotonic(), "SIGTERM a worker"))
        print(f"  [{time.monotonic() - t0:6.1f}s] {stats.actions[-1][1]}", flush=True)


async def stored_events(reader: Any, url: str, task_id: str) -> list[Any]:
    """Every entry of a task's events stream, superseded ones included (Redis may be
    restarting: retried until it answers)."""
    key = Keys.from_env(redis_url=url).events(task_id)
    for _ in range(200):
        try:
            return list(await reader.xrange(key))
        except (RedisError, OSError):
            await asyncio.sleep(0.1)
    raise AssertionError(f"could not read the events of task {task_id}")


async def follow(
    i: int, agent: Agent, url: str, delay: float, stats: Stats, reader: Any
) -> dict[str, Any]:
    """Submit task ``i`` after ``delay`` and follow its stream to the end."""
    from orbiter.distributed import distributed

    await asyncio.sleep(delay)
    handle = await distributed(agent, f"task {i}", redis_url=url, detailed=True, timeout=120)
    events, arrived = [], []
    async for event in handle.stream():
        events.append(event)
        arrived.append(time.monotonic())
    result = await handle.result(timeout=60)
    stats.completions.append(time.monotonic())
    record = await handle.status()
    stored = await stored_events(reader, url, handle.task_id)
    await handle.close()
    return {
        "i": i, "events": events, "arrived": arrived, "result": result, "record": record,
        "stored": stored,
    }  # fmt: skip


def handover(outcome: dict[str, Any]) -> float:
    """Longest wait between an attempt's last event and the next attempt's first one."""
    longest = 0.0
    events, arrived = outcome["events"], outcome["arrived"]
    for k in range(1, len(events)):
        if (events[k].attempt or 0) > (events[k - 1].attempt or 0):
            longest = max(longest, arrived[k] - arrived[k - 1])
    return longest


def steps_ran_once(outcome: dict[str, Any], label: str) -> int:
    """Assert from the stored events (superseded ones included) that every step whose
    checkpoint was stored (all but the last: a step's ``completed`` event is written in the
    same script call as its checkpoint) was completed by one attempt, and that no later attempt
    started it again. Returns how many cut-off steps ran again."""
    started: dict[int, list[int]] = {}
    completed: dict[int, list[int]] = {}
    for _id, fields in outcome["stored"]:
        if b"e" not in fields:
            continue
        event = decode_event(fields[b"e"])
        if isinstance(event, StepEvent):
            into = started if event.status == "started" else completed
            into.setdefault(event.step_number, []).append(event.attempt or 0)
    for step in range(1, STEPS):
        done_by = completed.get(step, [])
        assert len(done_by) == 1, f"{label}: step {step} completed by attempts {done_by}"
        again = [a for a in started[step] if a > done_by[0]]
        assert not again, f"{label}: completed step {step} started again by attempts {again}"
    return sum(len(attempts) - 1 for attempts in started.values())


def check(outcome: dict[str, Any]) -> int:
    """Assert the guarantees for one task; return its redeliveries (attempts after the first)."""
    i, events, result, record = (outcome[k] for k in ("i", "events", "result", "record"))
    label = f"task {i} ({record.task_id if record else '?'})"
    assert record is not None, f"{label}: no record"
    assert record.status == "COMPLETED", f"{label}: {record}"
    expected = "".join(chunks_for(i))
    assert result["output"] == expected, f"{label}: result {result['output']!r}"

    positions = [e.position for e in events]
    assert all(positions), f"{label}: an event without a position"
    assert len(set(positions)) == len(positions), f"{label}: an event was delivered twice"
    keys = [tuple(int(x) for x in p.split("-")) for p in positions]
    assert keys == sorted(keys), f"{label}: events out of order"

    final = record.attempt
    assert max(e.attempt or 0 for e in events) == final, f"{label}: stream missed attempt {final}"
    last = [e for e in events if e.attempt == final]
    texts = [e.text for e in last if e.type == "text"]
    assert texts == chunks_for(i), f"{label}: final attempt's text {texts}"
    statuses = [e.status for e in last if e.type == "status"]
    assert statuses[-1] == "completed", f"{label}: final attempt ended {statuses}"
    completed = [e for e in events if e.type == "status" and e.status == "completed"]
    assert len(completed) == 1, f"{label}: completed by {len(completed)} attempts"
    steps = [(e.step_number, e.status) for e in as_seen(events) if e.type == "step"]
    numbers = [n for n, _status in steps]
    assert numbers == sorted(numbers), f"{label}: steps out of order {steps}"
    assert [n for n, status in steps if status == "completed"] == list(range(1, STEPS + 1)), (
        f"{label}: the stream's steps {steps}"
    )
    outcome["reruns"] = steps_ran_once(outcome, label)
    return final - 1


@pytest.fixture
def chaos_requested(request: pytest.FixtureRequest) -> None:
    # Minutes long: it runs when selected by marker (make chaos), not in `make test`.
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("chaos run: select it with -m slow (make chaos)")


async def run_chaos(url: str, restart: Restart, tasks: int, where: str) -> None:
    """``tasks`` tasks through the worker pool on ``url`` under the driver's disruptions; then
    every guarantee checked for each, and the counts printed."""
    rng = random.Random(SEED)
    print(
        f"\nchaos on {where}: {tasks} tasks, {WORKERS} workers x {CONCURRENCY}, "
        f"lease {LEASE}s, seed {SEED}"
    )
    pool = Pool(url)
    stats = Stats()
    done = asyncio.Event()
    reader = connect(url)  # one client reads every task's stored events
    try:
        for _ in range(WORKERS):
            pool.spawn()
        agents = [agent_for(i, rng) for i in range(tasks)]
        delays = sorted(rng.uniform(0, SUBMIT_SECONDS) for _ in range(tasks))
        started = time.monotonic()
        driver = asyncio.create_task(drive(pool, restart, stats, done, rng))
        try:
            outcomes = await asyncio.wait_for(
                asyncio.gather(
                    *(follow(i, agents[i], url, delays[i], stats, reader) for i in range(tasks))
                ),
                DEADLINE,
            )
        finally:
            done.set()
            await driver
        elapsed = time.monotonic() - started

        redeliveries = sum(check(o) for o in outcomes)
        reruns = sum(o["reruns"] for o in outcomes)
        # After each disruption: how long until some task completed again.
        resumed = [
            min((c for c in stats.completions if c > at), default=at) - at
            for at, _ in stats.actions
        ]
        longest_handover = max(handover(o) for o in outcomes)
        print(
            f"chaos on {where}: {tasks} tasks COMPLETED exactly once in {elapsed:.1f}s; "
            f"kill -9: {stats.kills}, SIGTERM: {stats.terms}, Redis restarts: "
            f"{stats.redis_restarts}, workers started: {pool.started}, redeliveries: "
            f"{redeliveries}, cut-off steps run again: {reruns}, completed steps run again: 0, "
            f"longest recovery: {longest_handover:.2f}s from a task's last event "
            f"of one attempt to the first of the next, {max(resumed, default=0.0):.2f}s from a "
            "disruption to the next completed task"
        )
        assert stats.kills > 0, "no worker was killed: the run proved nothing about recovery"
        assert stats.redis_restarts == REDIS_RESTARTS, "Redis was not restarted as planned"
    finally:
        done.set()
        pool.close()
        with contextlib.suppress(RedisError, OSError):
            await reader.aclose()


@pytest.mark.timeout(DEADLINE + 120)
async def test_tasks_survive_killed_workers_and_redis_restarts(
    chaos_requested: None, local_redis: Any
) -> None:
    await run_chaos(local_redis.url, server_restart(local_redis), TASKS, "one server")


@pytest.mark.timeout(DEADLINE + 120)
async def test_tasks_survive_killed_workers_and_cluster_primary_kills(
    chaos_requested: None,
) -> None:
    with Cluster(appendonly=True) as cluster:
        await run_chaos(cluster.url, primary_restart(cluster), CLUSTER_TASKS, "a 3-primary cluster")
