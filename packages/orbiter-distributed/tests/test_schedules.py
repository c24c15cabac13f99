"""Cron schedules fired by real worker subprocesses on a real Redis: every tick exactly once,
through worker crashes, the missed-tick policies, the security rules, and bad input."""

from __future__ import annotations

import asyncio
import collections
import time
from datetime import datetime
from typing import Any

import msgspec
import pytest
from testkit.processes import until
from testkit.workers import Spawn, WorkerProc, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import Worker
from orbiter.distributed.connection import connect
from orbiter.distributed.cron import CronError, zone
from orbiter.distributed.keys import Keys
from orbiter.distributed.schedules import (
    add_schedule,
    list_schedules,
    remove_schedule,
    tick_task_id,
)
from orbiter.distributed.ticker import plan
from orbiter.errors import ConfigurationError, SerializationError

ECHO = Agent(name="echo", model="scripted:echo")
EVERY_SECOND = "* * * * * *"


class Tick(msgspec.Struct):
    task_id: str
    at: float
    status: str
    attempt: int
    catch_up: bool
    error: str


async def ticks_of(redis_url: str, name: str) -> list[Tick]:
    """The tasks schedule ``name`` queued, by tick time (read from the task records)."""
    keys = Keys.from_env(redis_url=redis_url)
    client: Any = connect(redis_url)
    try:
        ids = [i for s in keys.all_shards for i in await client.zrange(keys.index_at(s), 0, -1)]
        out = []
        for raw_id in ids:
            status, meta, attempt, error = await client.hmget(
                keys.task(raw_id.decode()), "status", "metadata", "attempt", "error"
            )
            data = msgspec.json.decode(meta or b"{}")
            if data.get("schedule") != name:
                continue
            at = datetime.fromisoformat(data["tick"]).timestamp()
            out.append(
                Tick(
                    raw_id.decode(),
                    at,
                    status.decode(),
                    int(attempt or 0),
                    bool(data.get("catch_up")),
                    (error or b"").decode(),
                )
            )
        return sorted(out, key=lambda t: t.at)
    finally:
        await client.aclose()


async def finished(redis_url: str, name: str) -> list[Tick]:
    """Once every task of the schedule has ended, those tasks."""

    async def done() -> list[Tick] | None:
        ticks = await ticks_of(redis_url, name)
        ended = all(t.status in ("COMPLETED", "FAILED", "CANCELLED") for t in ticks)
        return ticks if ended else None

    result: list[Tick] = await until(done, within=60, what="the tick tasks to finish")
    return result


async def first_ticks(redis_url: str, *names: str) -> list[list[Tick]]:
    """Once every schedule of ``names`` fired a tick: remove them, and their ended tasks."""

    async def each() -> bool:
        return all([bool(await ticks_of(redis_url, name)) for name in names])

    await until(each, within=30, what=f"a tick of each of {names}")
    for name in names:
        await remove_schedule(name, redis_url=redis_url)
    return [await finished(redis_url, name) for name in names]


def fired_lines(workers: list[WorkerProc], name: str) -> collections.Counter[str]:
    """How often the workers' logs say they queued each tick of ``name``."""
    marker = f"schedule {name!r}: tick "
    counts: collections.Counter[str] = collections.Counter()
    for w in workers:
        for line in w.output().splitlines():
            if marker in line and " queued as task " in line:
                counts[line.split(marker)[1].split()[0]] += 1
    return counts


def assert_each_tick_once(ticks: list[Tick], first: float, name: str, redis_url: str) -> None:
    assert ticks, "no tick was fired"
    times = [t.at for t in ticks]
    # every second from the first tick on: none missing, none twice
    assert times == [first + i for i in range(len(times))], times
    for t in ticks:
        assert t.task_id == tick_task_id(name, t.at, Keys.from_env(redis_url=redis_url))
        assert t.status == "COMPLETED", t


# -- the plan of a pass (no Redis) ------------------------------------------------------------


def test_plan_fires_each_due_tick_in_order() -> None:
    from orbiter.distributed.cron import Cron

    cron, utc = Cron.parse(EVERY_SECOND), zone("UTC")
    steps = plan(cron, utc, 100.0, 102.5, grace=60, missed="skip")
    assert [(s.expected, s.next, s.tick) for s in steps] == [
        (100.0, 101.0, 100.0),
        (101.0, 102.0, 101.0),
        (102.0, 103.0, 102.0),
    ]
    assert plan(cron, utc, 103.0, 102.5, grace=60, missed="skip") == []


def test_plan_skips_or_runs_once_for_missed_ticks() -> None:
    from orbiter.distributed.cron import Cron

    cron, utc = Cron.parse(EVERY_SECOND), zone("UTC")
    skip = plan(cron, utc, 100.0, 1000.2, grace=2, missed="skip")
    assert (skip[0].expected, skip[0].next, skip[0].tick) == (100.0, 999.0, None)
    assert [s.tick for s in skip[1:]] == [999.0, 1000.0]
    once = plan(cron, utc, 100.0, 1000.2, grace=2, missed="once")
    assert (once[0].tick, once[0].catch_up, once[0].next) == (100.0, True, 999.0)
    assert [s.tick for s in once[1:]] == [999.0, 1000.0]


# -- workers firing ticks ---------------------------------------------------------------------


async def test_each_tick_runs_once_with_three_workers(redis_url: str, spawn: Spawn) -> None:
    workers = [spawn("--concurrency", "4") for _ in range(3)]
    added = await add_schedule("pulse", EVERY_SECOND, ECHO, "tick", redis_url=redis_url)
    assert added.next_at is not None

    async def enough() -> bool:
        return len(await ticks_of(redis_url, "pulse")) >= 6

    await until(enough, within=30, what="six ticks")
    assert await remove_schedule("pulse", redis_url=redis_url) is True
    ticks = await finished(redis_url, "pulse")
    assert_each_tick_once(ticks, added.next_at, "pulse", redis_url)
    assert all(t.attempt == 1 for t in ticks)
    # the CAS in the fire script, not only the task id, keeps a tick from being fired twice
    counts = fired_lines(workers, "pulse")
    assert sum(counts.values()) == len(ticks)
    assert set(counts.values()) == {1}


async def test_a_worker_killed_at_the_tick_loses_and_doubles_nothing(
    redis_url: str, spawn: Spawn
) -> None:
    workers = [spawn("--lease", "2") for _ in range(2)]
    added = await add_schedule("steady", EVERY_SECOND, ECHO, "tick", redis_url=redis_url)
    assert added.next_at is not None
    for round_ in range(3):
        # SIGKILL a worker on the tick, when every worker is about to fire it
        await asyncio.sleep(1 - time.time() % 1)
        victim = workers[round_ % len(workers)]
        victim.kill()
        killed_at = time.time()
        workers.append(spawn("--lease", "2", ready=False))

        async def fired_since(killed_at: float = killed_at) -> bool:
            return any(t.at > killed_at for t in await ticks_of(redis_url, "steady"))

        await until(fired_since, within=15, interval=0.1, what="a tick after the kill")
    for w in workers[-2:]:
        w.wait_ready()

    async def after_kills() -> bool:
        ticks = await ticks_of(redis_url, "steady")
        return bool(ticks) and ticks[-1].at > time.time() - 1 and len(ticks) >= 8

    await until(after_kills, within=30, what="ticks after the kills")
    await remove_schedule("steady", redis_url=redis_url)
    ticks = await finished(redis_url, "steady")
    assert_each_tick_once(ticks, added.next_at, "steady", redis_url)
    counts = fired_lines(workers, "steady")
    assert max(counts.values()) == 1


async def after_an_outage(
    redis_url: str, spawn: Spawn, name: str, missed: str, count: int
) -> tuple[float, float, list[Tick]]:
    """A per-second schedule (grace 1 s) whose ticks go by for 4 s with no worker up, then a
    worker: its first tick, when the worker was started, and the ticks queued after that."""
    added = await add_schedule(
        name, EVERY_SECOND, ECHO, "tick", grace=1, missed=missed, redis_url=redis_url
    )
    assert added.next_at is not None
    await asyncio.sleep(added.next_at + 4 - time.time())
    started = time.time()
    spawn()

    async def some() -> bool:
        return len(await ticks_of(redis_url, name)) >= count

    await until(some, within=30, what="ticks after the worker started")
    await remove_schedule(name, redis_url=redis_url)
    return added.next_at, started, await finished(redis_url, name)


async def test_missed_ticks_are_skipped(redis_url: str, spawn: Spawn) -> None:
    _, started, ticks = await after_an_outage(redis_url, spawn, "skipper", "skip", 2)
    # the ticks more than `grace` older than the worker's start were dropped, none ran late
    assert ticks[0].at >= started - 2
    assert not any(t.catch_up for t in ticks)
    assert_each_tick_once(ticks, ticks[0].at, "skipper", redis_url)


async def test_missed_ticks_run_once(redis_url: str, spawn: Spawn) -> None:
    first, started, ticks = await after_an_outage(redis_url, spawn, "catcher", "once", 3)
    catch_up, *rest = ticks
    # one run for all the missed ticks, under the first missed tick's time
    assert catch_up.catch_up
    assert catch_up.at == first
    assert catch_up.status == "COMPLETED"
    assert rest[0].at >= started - 2
    assert not any(t.catch_up for t in rest)
    assert_each_tick_once(rest, rest[0].at, "catcher", redis_url)


# -- the security rules of submits hold for ticks ---------------------------------------------


async def test_a_signing_worker_fires_only_signed_schedules(redis_url: str, spawn: Spawn) -> None:
    spawn(ORBITER_SIGNING_KEY="k1")
    signed = await add_schedule(
        "signed", EVERY_SECOND, ECHO, "hi", redis_url=redis_url, signing_key="k1"
    )
    forged = await add_schedule(
        "forged", EVERY_SECOND, ECHO, "hi", redis_url=redis_url, signing_key="wrong"
    )
    assert signed.signature
    assert forged.signature

    good, bad = await first_ticks(redis_url, "signed", "forged")
    assert {t.status for t in good} == {"COMPLETED"}
    assert {t.status for t in bad} == {"FAILED"}
    assert "signature check failed" in bad[0].error


async def test_a_strict_worker_refuses_a_described_target(redis_url: str, spawn: Spawn) -> None:
    spawn("--allowed-modules", "nothing_here")
    from distributed_support import sleepy

    agent = Agent(name="echo-tool", model="scripted:echo", tools=[sleepy])
    await add_schedule("gated", EVERY_SECOND, agent, "hi", redis_url=redis_url)

    [ticks] = await first_ticks(redis_url, "gated")
    assert ticks[0].status == "FAILED"
    assert "distributed_support" in ticks[0].error


async def test_a_worker_with_registered_targets_runs_only_those(redis_url: str) -> None:
    worker = Worker(redis_url, targets={"support": ECHO}, handle_signals=False)
    serving = asyncio.create_task(worker.run())
    try:
        await asyncio.wait_for(worker.ready.wait(), 10)
        await add_schedule("by-name", EVERY_SECOND, "support", "hi", redis_url=redis_url)
        await add_schedule("described", EVERY_SECOND, ECHO, "hi", redis_url=redis_url)
        good, bad = await first_ticks(redis_url, "by-name", "described")
    finally:
        worker.stop()
        await asyncio.wait_for(serving, 10)
    assert {t.status for t in good} == {"COMPLETED"}
    assert {t.status for t in bad} == {"FAILED"}
    assert "runs only registered targets" in bad[0].error


# -- list, remove, and bad input --------------------------------------------------------------


async def test_list_replace_and_remove(redis_url: str) -> None:
    await add_schedule(
        "report", "0 9 * * mon-fri", ECHO, "go", timezone="Europe/Lisbon", redis_url=redis_url
    )
    with pytest.raises(ConfigurationError, match="a schedule named 'report' exists"):
        await add_schedule("report", "@daily", ECHO, "go", redis_url=redis_url)
    await add_schedule(
        "report", "@daily", ECHO, "go", queue="other", replace=True, redis_url=redis_url
    )
    await add_schedule("alpha", "@hourly", "support", "go", redis_url=redis_url)
    listed = await list_schedules(redis_url=redis_url)
    assert [s.name for s in listed] == ["alpha", "report"]
    report = listed[1]
    assert (report.cron, report.queue, report.target, report.kind) == (
        "@daily",
        "other",
        "echo",
        "agent",
    )
    assert report.next_at is not None
    assert report.next_at > time.time()
    assert listed[0].kind == "registered"
    assert listed[0].target == "support"
    assert [s.name for s in await list_schedules(queue="other", redis_url=redis_url)] == ["report"]
    # the replaced schedule left its old queue's due set
    keys = Keys.from_env(redis_url=redis_url)
    client: Any = connect(redis_url)
    try:
        assert await client.zcard(keys.schedules_due("default")) == 1
        assert await remove_schedule("report", redis_url=redis_url) is True
        assert await remove_schedule("report", redis_url=redis_url) is False
        assert await client.zcard(keys.schedules_due("other")) == 0
    finally:
        await client.aclose()


@pytest.mark.parametrize(
    ("kwargs", "error", "says"),
    [
        ({"cron": "*/5 * * *"}, CronError, "has 4 fields"),
        ({"cron": "0 25 * * *"}, CronError, "hour field '25'"),
        ({"timezone": "Nowhere/City"}, CronError, "unknown timezone 'Nowhere/City'"),
        ({"missed": "twice"}, ConfigurationError, "missed='twice': use 'skip'"),
        ({"grace": 0}, ConfigurationError, "grace must be a positive number"),
        ({"name": ""}, ConfigurationError, "non-empty string"),
        ({"target": 42}, ConfigurationError, "takes an Agent, a Swarm or the name"),
        ({"timeout": -1}, ConfigurationError, "timeout must be a positive number"),
        ({"metadata": {"x": float("nan")}}, ConfigurationError, "NaN"),
        ({"input": object()}, ConfigurationError, "input must be a string"),
        ({"metadata": {"x": object()}}, SerializationError, "cannot be encoded as JSON"),
    ],
)
async def test_bad_schedules_are_refused_before_anything_is_stored(
    redis_url: str, kwargs: dict[str, Any], error: type[Exception], says: str
) -> None:
    args: dict[str, Any] = {"name": "bad", "cron": "@hourly", "target": ECHO, "input": "hi"}
    args.update(kwargs)
    with pytest.raises(error) as info:
        await add_schedule(**args, redis_url=redis_url)
    assert says in str(info.value)
    assert await list_schedules(redis_url=redis_url) == []


async def test_a_broken_schedule_holds_up_no_other(redis_url: str, spawn: Spawn) -> None:
    keys = Keys.from_env(redis_url=redis_url)
    due = keys.schedules_due("default")
    client: Any = connect(redis_url)
    try:
        past = int((time.time() - 5) * 1000)
        await client.hset(keys.schedules, "garbled", b"{not json")
        await client.zadd(due, {"garbled": past, "orphan": past})
        added = await add_schedule("fine", EVERY_SECOND, ECHO, "tick", redis_url=redis_url)
        assert added.next_at is not None
        worker = spawn()

        async def two() -> bool:
            return len(await ticks_of(redis_url, "fine")) >= 2

        await until(two, within=30, what="ticks of the good schedule")
        # the unreadable one is looked at again in a minute (no busy loop on it), the due entry
        # without a record is dropped, and the worker said what is wrong
        later = await client.zscore(due, "garbled")
        assert later > (time.time() + 30) * 1000
        assert await client.zscore(due, "orphan") is None
        assert "schedule 'garbled': cannot fire: the record of schedule 'garbled' is corrupted" in (
            worker.output()
        )
        with pytest.raises(ConfigurationError, match="orbiter schedule remove garbled"):
            await list_schedules(redis_url=redis_url)
        assert await remove_schedule("garbled", redis_url=redis_url) is True
        assert [s.name for s in await list_schedules(redis_url=redis_url)] == ["fine"]
        await remove_schedule("fine", redis_url=redis_url)
    finally:
        await client.aclose()
