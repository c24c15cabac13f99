"""Orbiter on a 3-primary Redis Cluster: the end-to-end tests of the single-server modules run
again here (the ``redis_url`` fixture of this module names the cluster), then what only a
cluster has: keys in one slot per task, tasks spread over the primaries, a resharding."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time

import pytest
from redis.asyncio import RedisCluster
from redis.crc import key_slot
from test_distributed_basics import (  # noqa: F401 (run here against the cluster)
    test_agent_result_stream_and_status,
    test_late_midway_and_replayed_streams_agree,
)
from test_distributed_faults import (  # noqa: F401 (run here against the cluster)
    test_admin_reports_workers_queues_and_tasks,
    test_cancel_pending_task_never_runs,
    test_cancel_running_task_interrupts_it,
    test_killed_worker_task_is_finished_by_another,
    test_out_of_attempts_fails_and_dead_letters,
    test_sigterm_hands_unfinished_tasks_back_at_once,
    thinking_agent,
)
from test_task_index import (  # noqa: F401 (run here against the cluster)
    test_an_idle_worker_empties_the_index_of_expired_tasks,
    test_only_old_ids_without_a_record_are_dropped,
)
from testkit.cluster import Cluster, cluster_url_fixture, redis_cluster_fixture  # noqa: F401
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter.distributed import distributed
from orbiter.distributed.admin import Admin
from orbiter.distributed.connection import connect
from orbiter.distributed.errors import RedisUrlError
from orbiter.distributed.keys import DEFAULT_CLUSTER_SHARDS, Keys, check_redis_url


@pytest.fixture
def redis_url(cluster_url: str) -> str:
    """The cluster, for the tests imported above and the ``spawn`` fixture."""
    return cluster_url


def _client(url: str) -> RedisCluster:
    return RedisCluster.from_url(url.replace("+cluster", "", 1))


async def test_a_tasks_keys_share_a_slot_and_tasks_spread_over_primaries(
    redis_url: str, redis_cluster: Cluster, spawn: Spawn
) -> None:
    spawn("--concurrency", "8")
    handles = [
        await distributed(thinking_agent(0, f"t{i}"), "x", redis_url=redis_url) for i in range(30)
    ]
    for i, handle in enumerate(handles):
        assert (await handle.result(timeout=20))["output"] == f"t{i}"
    keys = Keys.from_env(redis_url=redis_url)
    assert keys.shards == DEFAULT_CLUSTER_SHARDS
    r = _client(redis_url)
    for handle in handles:
        tid = handle.task_id
        names = [keys.task(tid), keys.events(tid), keys.live(tid), keys.queue_for("default", tid)]
        names += [keys.dead_for("default", tid), keys.index_for(tid), keys.paused_for(tid)]
        assert len({key_slot(name.encode()) for name in names}) == 1
        assert await r.exists(keys.task(tid), keys.events(tid)) == 2
        await handle.close()
    await r.aclose()
    # Each primary holds some of the tasks' records.
    held = [len(node.client().keys("orbiter:*:task:*")) for node in redis_cluster.primaries]
    assert sum(held) == 30
    assert all(held), held


async def test_task_list_command_reads_every_shard(redis_url: str, spawn: Spawn) -> None:
    spawn()
    handles = [await distributed(thinking_agent(0), "x", redis_url=redis_url) for _ in range(8)]
    for handle in handles:
        await handle.result(timeout=20)
        await handle.close()
    command = [sys.executable, "-m", "orbiter.cli", "task", "list", "-r", redis_url, "--json"]
    out = await asyncio.to_thread(
        subprocess.run, command, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    for handle in handles:
        assert handle.task_id in out.stdout
    async with Admin(redis_url) as admin:
        listed = await admin.list_tasks(limit=5)
        assert len(listed) == 5
        # newest first across shards (the index counts milliseconds)
        submitted = [int(t.created_at * 1000) for t in listed]
        assert submitted == sorted(submitted, reverse=True)


def _move_slot(cluster: Cluster, slot: int, target_index: int) -> None:
    """Move ``slot`` to another primary as ``redis-cli --cluster reshard`` does: mark it
    importing and migrating, MIGRATE its keys a few at a time, then tell every node."""
    source = cluster.owner(slot)
    target = cluster.primaries[target_index]
    src, dst = source.client(), target.client()
    src_id = src.execute_command("CLUSTER", "MYID")
    dst_id = dst.execute_command("CLUSTER", "MYID")
    dst.execute_command("CLUSTER", "SETSLOT", slot, "IMPORTING", src_id)
    src.execute_command("CLUSTER", "SETSLOT", slot, "MIGRATING", dst_id)
    while keys := src.execute_command("CLUSTER", "GETKEYSINSLOT", slot, 5):
        src.execute_command("MIGRATE", "127.0.0.1", target.port, "", 0, 5000, "KEYS", *keys)
        time.sleep(0.02)  # tasks keep running while the slot is half moved
    for node in cluster.primaries:
        node.client().execute_command("CLUSTER", "SETSLOT", slot, "NODE", dst_id)


async def test_resharding_while_tasks_run_loses_nothing(
    redis_url: str, redis_cluster: Cluster, spawn: Spawn
) -> None:
    spawn("--concurrency", "4")
    keys = Keys.from_env(redis_url=redis_url)
    handles = [
        await distributed(thinking_agent(0.2, f"r{i}"), "x", detailed=True, redis_url=redis_url)
        for i in range(40)
    ]
    # The slots of two shards change hands while the tasks run (and their keys move).
    slots = [key_slot(keys.at(shard).encode()) for shard in (0, 2)]
    owners = [redis_cluster.primaries.index(redis_cluster.owner(slot)) for slot in slots]
    moves = [
        asyncio.to_thread(_move_slot, redis_cluster, slot, (owner + 1) % 3)
        for slot, owner in zip(slots, owners, strict=True)
    ]
    await asyncio.gather(*moves)
    for slot, owner in zip(slots, owners, strict=True):
        assert redis_cluster.owner(slot) is redis_cluster.primaries[(owner + 1) % 3]
    late = [
        await distributed(thinking_agent(0, f"late{i}"), "x", detailed=True, redis_url=redis_url)
        for i in range(6)
    ]
    for i, handle in enumerate(handles):
        assert (await handle.result(timeout=60))["output"] == f"r{i}"
    for i, handle in enumerate(late):
        assert (await handle.result(timeout=30))["output"] == f"late{i}"
    for handle in handles + late:
        rec = await handle.status()
        assert rec is not None
        assert rec.status == "COMPLETED"
        # the events moved with the slot: the whole run replays to its end
        events = [ev async for ev in handle.stream()]
        assert events[-1].type == "status"
        assert [ev.type for ev in events].count("text") == 1
        await handle.close()


def test_shard_tags_fall_in_even_slot_ranges_and_one_shard_keeps_plain_names() -> None:
    keys = Keys(shards=6)
    slots = [key_slot(keys.at(shard).encode()) for shard in keys.all_shards]
    assert [slot * 6 // 16384 for slot in slots] == list(range(6))
    assert Keys().task("abc") == "orbiter:task:abc"
    assert Keys().queue("default") == "orbiter:queue:default"
    assert Keys(shards=6).task("abc").startswith("orbiter:{s")
    assert Keys.from_env(redis_url="redis://localhost:6379").shards == 0
    assert Keys.from_env(redis_url="redis+cluster://localhost:6379").shards == 6
    assert Keys.from_env(redis_url="redis+cluster://h:1", shards=9).shards == 9


async def test_concurrent_first_calls_on_a_fresh_cluster_client_all_succeed(
    redis_url: str,
) -> None:
    # Several rounds: a fresh redis-py cluster client failed some of these now and then.
    for round_ in range(8):
        r = connect(redis_url)
        names = [f"first:{round_}:{i}" for i in range(8)]
        await asyncio.gather(*(r.set(name, name) for name in names))
        assert await asyncio.gather(*(r.get(name) for name in names)) == [
            name.encode() for name in names
        ]
        await r.aclose()


async def test_stream_reads_find_their_node_without_asking_the_server_for_keys(
    redis_url: str, redis_cluster: Cluster
) -> None:
    r = connect(redis_url)
    streams = [f"s{{{i}}}" for i in range(6)]  # spread over the primaries
    for stream in streams:
        await r.xadd(stream, {"n": stream})
        # "streams" as the group's name: the keys are still the words after STREAMS
        await r.xgroup_create(stream, "streams", id="0")
    for node in redis_cluster.primaries:
        node.client().config_resetstat()
    for stream in streams:
        got = await r.xreadgroup("streams", "c", {stream: ">"}, count=1)
        assert got[0][1][0][1] == {b"n": stream.encode()}
        assert await r.xread({stream: "0"}, count=1)
    await r.aclose()
    stats = [node.client().info("commandstats") for node in redis_cluster.primaries]
    assert not [s for s in stats if "cmdstat_command|getkeys" in s]
    # each read went straight to its stream's node: none was redirected there
    reads = [s.get("cmdstat_xreadgroup", {}).get("calls", 0) for s in stats]
    assert sum(reads) == len(streams)
    assert all(reads), reads


def test_a_cluster_url_with_a_database_is_refused() -> None:
    with pytest.raises(RedisUrlError, match="database 0 only"):
        check_redis_url("redis+cluster://localhost:6379/2")
    assert check_redis_url("rediss+cluster://u:p@localhost:6379") == (
        "rediss+cluster://u:p@localhost:6379"
    )


async def test_a_primary_restarted_mid_run_loses_nothing(spawn: Spawn) -> None:
    with Cluster(appendonly=True) as cluster:
        url = cluster.url
        spawn("--concurrency", "4", "--lease-seconds", "3", url=url)
        handles = [
            await distributed(thinking_agent(0.2, f"n{i}"), "x", detailed=True, redis_url=url)
            for i in range(24)
        ]
        # Down while tasks run and wait: its data comes back from its append-only file.
        await asyncio.to_thread(cluster.primaries[1].restart)
        await asyncio.to_thread(cluster.wait_ok)
        for i, handle in enumerate(handles):
            assert (await handle.result(timeout=60))["output"] == f"n{i}"
        for handle in handles:
            events = [ev async for ev in handle.stream()]
            assert events[-1].type == "status"
            await handle.close()
