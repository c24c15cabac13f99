"""Priorities and tenants (the queue's gate), on a real Valkey with worker subprocesses."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Sequence

import pytest
import redis
from guide_support import API_KEY
from test_distributed_retry import FlakyServer, flaky, remote_agent  # noqa: F401 (fixture)
from testkit.workers import Spawn, plain_client, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, RetryPolicy
from orbiter.distributed import TaskHandle, distributed
from orbiter.distributed._policy_scripts import WINDOW_PER_SLOT
from orbiter.distributed.admin import Admin
from orbiter.distributed.keys import Keys
from orbiter.distributed.records import RECORD_FIELDS, WORKER_FIELDS, TaskRecord
from orbiter.errors import ConfigurationError

QUICK = Agent(name="quick", model="scripted:policy_support:QUICK")
STEADY = Agent(name="steady", model="scripted:policy_support:STEADY")
STUCK = Agent(name="stuck", model="scripted:policy_support:STUCK")
ALLOW = ("--allowed-modules", "policy_support")


async def _finished(handles: Sequence[TaskHandle]) -> list[TaskRecord]:
    """Wait for every task, then their records."""
    records = []
    for handle in handles:
        await handle.result(timeout=60)
        status = await handle.status()
        assert status is not None
        records.append(status)
    return records


async def _close(handles: Sequence[TaskHandle]) -> None:
    for handle in handles:
        await handle.close()


def _started(rec: TaskRecord) -> float:
    assert rec.started_at is not None
    return rec.started_at


def _most_at_once(records: Sequence[TaskRecord]) -> int:
    """The most of these tasks that ran at the same time."""
    edges = []
    for rec in records:
        assert rec.started_at is not None
        assert rec.finished_at is not None
        edges += [(rec.started_at, 1), (rec.finished_at, -1)]
    most = now = 0
    for _, step in sorted(edges, key=lambda e: (e[0], e[1])):
        now += step
        most = max(most, now)
    return most


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"priority": "urgent"}, "priority must be one of low, normal, high"),
        ({"priority": 3}, "priority must be one of"),
        ({"priority": True}, "priority must be one of"),
        ({"tenant": ""}, "tenant must be a non-empty string"),
        ({"tenant": 42}, "tenant must be a non-empty string"),
        ({"metadata": {"tenant": ["a"]}}, "tenant must be a non-empty string"),
        ({"priority": "high", "executor": "temporal"}, "apply to the Redis queue"),
        ({"tenant": "acme", "delay": 5}, "cannot be combined with delay=, at= or thread_id="),
        ({"priority": "low", "thread_id": "t1"}, "cannot be combined with delay="),
    ],
)
async def test_a_bad_priority_or_tenant_is_refused_before_anything_is_queued(
    redis_url: str, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        await distributed(QUICK, "x", redis_url=redis_url, **kwargs)  # type: ignore[arg-type]
    client = redis.Redis.from_url(redis_url)
    try:
        assert client.dbsize() == 0
    finally:
        client.close()


async def test_higher_priority_runs_first_and_low_keeps_its_share(
    redis_url: str, spawn: Spawn
) -> None:
    # Queued before any worker is up, so every task waits at the gate.
    low = await distributed.many(QUICK, ["l"] * 30, redis_url=redis_url, priority="low")
    high = await distributed.many(QUICK, ["h"] * 30, redis_url=redis_url, priority=2)
    async with Admin(redis_url) as admin:
        assert (await admin.queue_stats()).held == 60
    spawn(*ALLOW, "--concurrency", "1")
    low_recs = await _finished(low)
    high_recs = await _finished(high)
    order = sorted(
        [("low", _started(r)) for r in low_recs] + [("high", _started(r)) for r in high_recs],
        key=lambda item: item[1],
    )
    first_twenty = [level for level, _ in order[:20]]
    # One release in ten goes to the lowest level while higher ones wait (docs/policies.md).
    assert first_twenty.count("low") == 2, first_twenty
    # The high tasks all ran before most of the low ones.
    last_high = max(_started(r) for r in high_recs)
    assert sum(_started(r) > last_high for r in low_recs) >= 24
    assert {r.status for r in low_recs + high_recs} == {"COMPLETED"}
    client = plain_client(redis_url)
    try:
        keys = Keys.from_env(redis_url=redis_url)
        written = {k.decode() for k in client.hkeys(keys.task(low[0].task_id))}
    finally:
        client.close()
    assert {"tenant", "priority"} <= written <= {*RECORD_FIELDS, *WORKER_FIELDS}
    await _close(low + high)


async def test_a_flooding_tenant_does_not_hold_up_a_quiet_one(redis_url: str, spawn: Spawn) -> None:
    spawn(*ALLOW, "--concurrency", "4")
    flood = await distributed.many(
        STEADY, ["f"] * 10_000, redis_url=redis_url, metadata={"tenant": "flood"}
    )
    quiet = await distributed(STEADY, "q", redis_url=redis_url, tenant="quiet")
    [rec] = await _finished([quiet])
    client = redis.Redis.from_url(redis_url)
    try:
        # How many of the flood's tasks started between the quiet task's submit and start.
        keys = Keys()
        pipe = client.pipeline(transaction=False)
        for handle in flood[:500]:
            pipe.hget(keys.task(handle.task_id), "started_at")
        started = [float(v) for v in pipe.execute() if v]
        assert rec.created_at is not None
        ahead = sum(rec.created_at < s < _started(rec) for s in started)
        # The window is two tasks per worker slot: the quiet task goes at the next release,
        # so at most the tasks already out start before it.
        assert ahead <= 4 * WINDOW_PER_SLOT, ahead
        assert client.hget(keys.task(flood[-1].task_id), "status") == b"PENDING"
        assert client.hget(keys.task(quiet.task_id), "tenant") == b"quiet"
    finally:
        client.close()
    await _close([*flood, quiet])


async def test_the_tenant_cap_holds_across_three_workers(redis_url: str, spawn: Spawn) -> None:
    for _ in range(2):
        spawn(*ALLOW, "--concurrency", "3", ORBITER_TENANT_CAP="2")
    # A worker that does not set the cap leaves it as the others set it.
    spawn(*ALLOW, "--concurrency", "3")
    busy = await distributed.many(STEADY, ["a"] * 12, redis_url=redis_url, tenant="busy")
    other = await distributed.many(STEADY, ["b"] * 6, redis_url=redis_url, tenant="other")
    plain = await distributed.many(STEADY, ["c"] * 6, redis_url=redis_url, priority="normal")
    busy_recs = await _finished(busy)
    other_recs = await _finished(other)
    plain_recs = await _finished(plain)
    assert _most_at_once(busy_recs) == 2
    assert _most_at_once(other_recs) == 2
    # Tasks without a tenant (at the gate for their priority) are not capped.
    assert _most_at_once(plain_recs) >= 3
    assert len({r.worker_id for r in busy_recs}) >= 2
    await _close(busy + other + plain)


async def test_a_worker_killed_while_holding_a_tenant_slot_does_not_keep_it(
    redis_url: str, spawn: Spawn
) -> None:
    cap = {"ORBITER_TENANT_CAP": "1"}
    first = spawn(*ALLOW, "--lease-seconds", "1", "--max-attempts", "1", **cap)
    stuck = await distributed(STUCK, "s", redis_url=redis_url, tenant="acme")
    for _ in range(200):
        status = await stuck.status()
        if status is not None and status.status == "RUNNING":
            break
        await asyncio.sleep(0.05)
    else:
        pytest.fail("the first task never started")
    first.signal(signal.SIGKILL)
    first.proc.wait(10)
    # The tenant's one slot is held by the dead worker's task; this one waits for it.
    after = await distributed(QUICK, "q", redis_url=redis_url, tenant="acme")
    spawn(*ALLOW, "--lease-seconds", "1", "--max-attempts", "1", **cap)
    assert (await after.result(timeout=30))["output"] == "done"
    status = await stuck.status()
    assert status is not None
    assert status.status == "FAILED"
    await _close([stuck, after])


async def test_a_task_cancelled_at_the_gate_never_runs(redis_url: str, spawn: Spawn) -> None:
    cancelled = await distributed(QUICK, "no", redis_url=redis_url, tenant="acme")
    assert await cancelled.cancel() is True
    spawn(*ALLOW, ORBITER_TENANT_CAP="1")
    kept = await distributed(QUICK, "yes", redis_url=redis_url, tenant="acme")
    assert (await kept.result(timeout=30))["output"] == "done"
    status = await cancelled.status()
    assert status is not None
    assert status.status == "CANCELLED"
    assert status.started_at is None
    async with Admin(redis_url) as admin:
        assert (await admin.queue_stats()).held == 0
    await _close([cancelled, kept])


async def test_a_task_waiting_for_a_retry_gives_its_tenant_slot_to_the_next(
    redis_url: str,
    spawn: Spawn,
    flaky: FlakyServer,  # noqa: F811 (the fixture imported above)
) -> None:
    spawn(*ALLOW, ORBITER_TENANT_CAP="1", OPENAI_API_KEY=API_KEY)
    policy = RetryPolicy(attempts=3, backoff=2, jitter=0)  # the server fails twice
    retried = await distributed(remote_agent(flaky, policy), "hi", redis_url=redis_url, tenant="a")
    after = await distributed(QUICK, "next", redis_url=redis_url, tenant="a")
    # The lease (30 s) is far off: only the retry's wait freeing the slot lets this one run now.
    assert (await after.result(timeout=20))["output"] == "done"
    assert (await retried.result(timeout=20))["output"] == "You said: hi"
    [first, second] = await _finished([retried, after])
    assert _started(second) < (first.finished_at or 0)
    assert first.retries == 2
    await _close([retried, after])
