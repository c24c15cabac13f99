"""The task index drops the ids of tasks whose record expired, and keeps every other id."""

from __future__ import annotations

import time
from typing import Any

import pytest
from testkit.processes import until as eventually
from testkit.workers import Spawn, plain_client, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import distributed, task_index
from orbiter.distributed.connection import connect
from orbiter.distributed.keys import Keys
from orbiter.distributed.task_index import IndexPruner

RETENTION = 60


async def _index_with(r: Any, keys: Keys, rows: dict[str, tuple[float, bool]]) -> None:
    """Index ids at submit times (seconds ago), each with a record or without one."""
    now = time.time()
    for tid, (ago, alive) in rows.items():
        await r.zadd(keys.index_for(tid), {tid: int((now - ago) * 1000)})
        if alive:
            await r.hset(keys.task(tid), "status", "RUNNING")


async def _indexed(r: Any, keys: Keys) -> set[str]:
    ids: set[str] = set()
    for shard in keys.all_shards:
        ids |= {raw.decode() for raw in await r.zrange(keys.index_at(shard), 0, -1)}
    return ids


async def test_only_old_ids_without_a_record_are_dropped(redis_url: str) -> None:
    keys = Keys.from_env(redis_url=redis_url)
    r = connect(redis_url)
    rows = {
        "old-gone": (RETENTION + 5, False),
        "old-alive": (RETENTION + 5, True),
        # younger than the retention: its record cannot have expired (deleted by hand, say)
        "young-gone": (RETENTION - 5, False),
        "young-alive": (1, True),
    }
    await _index_with(r, keys, rows)
    pruner = IndexPruner(r, keys, RETENTION)
    assert await pruner.prune() == 1
    assert await _indexed(r, keys) == {"old-alive", "young-gone", "young-alive"}
    assert await pruner.prune() == 0
    await r.aclose()


async def test_a_pass_goes_past_live_ids_and_through_every_page(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(task_index, "PAGE", 3)
    keys = Keys.from_env(redis_url=redis_url)
    r = connect(redis_url)
    # The oldest ids are of tasks still alive (a backlog), the newer ones expired; then more
    # expired ids than one page holds.
    rows = {f"alive{i}": (RETENTION + 100 - i, True) for i in range(4)}
    rows |= {f"gone{i}": (RETENTION + 50 - i, False) for i in range(10)}
    await _index_with(r, keys, rows)
    pruner = IndexPruner(r, keys, RETENTION)
    dropped = 0
    for _ in range(20):  # the live ids are passed over; later pages are reached
        dropped += await pruner.prune()
        if await _indexed(r, keys) == {f"alive{i}" for i in range(4)}:
            break
    assert await _indexed(r, keys) == {f"alive{i}" for i in range(4)}
    assert dropped == 10
    await r.aclose()


async def test_an_idle_worker_empties_the_index_of_expired_tasks(
    redis_url: str, spawn: Spawn
) -> None:
    # Retention 1 s and a heartbeat every 0.1 s: expired ids go within a second or two.
    spawn("--lease-seconds", "0.4", ORBITER_EVENT_RETENTION="1")
    echo = Agent(name="echo", model="scripted:echo")
    handles = [await distributed(echo, f"x{i}", redis_url=redis_url) for i in range(8)]
    for handle in handles:
        await handle.result(timeout=20)
        await handle.close()
    keys = Keys.from_env(redis_url=redis_url)
    r = connect(redis_url)
    assert await _indexed(r, keys) == {h.task_id for h in handles}

    async def emptied() -> bool:
        return not await _indexed(r, keys)

    await eventually(emptied, within=20, what="the index to lose the expired tasks")
    client = plain_client(redis_url)
    try:
        assert not [k for h in handles if client.exists(k := keys.task(h.task_id))]
    finally:
        client.close()
    await r.aclose()
