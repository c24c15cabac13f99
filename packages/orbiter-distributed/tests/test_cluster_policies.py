"""Cron schedules and the queue's gate (priorities, tenants) on a 3-primary Redis Cluster: the
single-server tests of both run again here against the cluster, then where their keys land."""

from __future__ import annotations

import pytest
from redis.crc import key_slot
from test_policies import (  # noqa: F401 (run here against the cluster)
    test_a_task_cancelled_at_the_gate_never_runs,
    test_a_worker_killed_while_holding_a_tenant_slot_does_not_keep_it,
    test_higher_priority_runs_first_and_low_keeps_its_share,
    test_the_tenant_cap_holds_across_three_workers,
)
from test_schedules import (  # noqa: F401 (run here against the cluster)
    ECHO,
    EVERY_SECOND,
    test_a_broken_schedule_holds_up_no_other,
    test_a_worker_killed_at_the_tick_loses_and_doubles_nothing,
    test_each_tick_runs_once_with_three_workers,
    test_list_replace_and_remove,
    test_missed_ticks_are_skipped,
    test_missed_ticks_run_once,
    ticks_of,
)
from testkit.cluster import cluster_url_fixture, redis_cluster_fixture  # noqa: F401
from testkit.processes import until
from testkit.workers import Spawn, plain_client, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import distributed
from orbiter.distributed.keys import SCHEDULE_SHARD, Keys
from orbiter.distributed.schedules import add_schedule, remove_schedule, tick_task_id

QUICK = Agent(name="quick", model="scripted:policy_support:QUICK")


@pytest.fixture
def redis_url(cluster_url: str) -> str:
    """The cluster, for the tests imported above and the ``spawn`` fixture."""
    return cluster_url


def _slots(*names: str) -> set[int]:
    return {key_slot(name.encode()) for name in names}


def test_pinned_ids_are_reproducible_and_one_server_keeps_its_names() -> None:
    keys = Keys(shards=6)
    for shard in keys.all_shards:
        pinned = keys.pin("a" * 32, shard)
        assert keys.shard(pinned) == shard
        assert keys.pin("a" * 32, shard) == pinned
    assert keys.pin(pinned, keys.shard(pinned)) == pinned
    # Without shards nothing moves: existing deployments keep their keys and tick ids.
    single = Keys()
    assert single.pin("abc", 0) == "abc"
    assert single.schedules == "orbiter:schedules"
    assert single.schedules_due("q") == "orbiter:schedules:due:q"
    assert single.gate("q") == "orbiter:gate:q"
    assert single.gate_held("q") == "orbiter:gate:q:held"
    assert tick_task_id("n", 60.0, single) == tick_task_id("n", 60.0)


async def test_a_ticks_task_shares_the_schedules_slot(redis_url: str, spawn: Spawn) -> None:
    spawn()
    keys = Keys.from_env(redis_url=redis_url)
    assert keys.shards
    added = await add_schedule("slotted", EVERY_SECOND, ECHO, "tick", redis_url=redis_url)
    assert added.next_at is not None

    async def one() -> bool:
        return bool(await ticks_of(redis_url, "slotted"))

    await until(one, within=30, what="a tick")
    await remove_schedule("slotted", redis_url=redis_url)
    tick = (await ticks_of(redis_url, "slotted"))[0]
    assert keys.shard(tick.task_id) == SCHEDULE_SHARD
    assert tick.task_id == tick_task_id("slotted", tick.at, keys)
    # a cluster id is pinned: the plain id when that falls in the schedules' shard, else another
    plain = tick_task_id("slotted", tick.at)
    assert (tick.task_id == plain) == (keys.shard(plain) == SCHEDULE_SHARD)
    names = [keys.schedules, keys.schedules_due("default"), keys.task(tick.task_id)]
    names += [keys.queue_for("default", tick.task_id), keys.index_for(tick.task_id)]
    assert len(_slots(*names)) == 1


async def test_gated_tasks_share_their_gates_slot_and_queues_spread(
    redis_url: str, spawn: Spawn
) -> None:
    keys = Keys.from_env(redis_url=redis_url)
    spawn("--allowed-modules", "policy_support", "--concurrency", "4")
    gated = await distributed.many(QUICK, ["g"] * 6, redis_url=redis_url, tenant="acme")
    plain = await distributed.many(QUICK, ["p"] * 12, redis_url=redis_url)
    other = await distributed(QUICK, "o", redis_url=redis_url, priority="high", queue="other")
    for handle in [*gated, *plain]:
        assert (await handle.result(timeout=30))["output"] == "done"
    gate = keys.gate("default")
    for handle in gated:
        tid = handle.task_id
        assert keys.shard(tid) == keys.gate_shard("default")
        names = [gate, keys.gate_held("default"), keys.gate_out_tenant("default", "acme")]
        names += [keys.task(tid), keys.events(tid), keys.queue_for("default", tid)]
        assert len(_slots(*names)) == 1
    # tasks without a policy still go to every shard
    assert len({keys.shard(h.task_id) for h in plain}) > 1
    # another queue's gate may sit elsewhere; its task waits there (no worker of that queue)
    assert keys.shard(other.task_id) == keys.gate_shard("other")
    client = plain_client(redis_url)
    try:
        assert client.hget(keys.task(other.task_id), "status") == b"PENDING"
        assert client.hlen(keys.gate_held("other")) == 2
    finally:
        client.close()
    for handle in [*gated, *plain, other]:
        await handle.close()
