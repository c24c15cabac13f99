"""Runs on threads on a 3-primary Redis Cluster: the thread tests of the single server run again
here (the ``redis_url`` fixture of this module names the cluster), then what only a cluster
has: a thread's keys and its tasks' in one slot, threads spread over the primaries, a worker
killed while it holds a thread."""

from __future__ import annotations

import pytest
from distributed_support import redis_client
from redis.crc import key_slot
from test_distributed_threads import (  # noqa: F401 (run here against the cluster)
    CHAT,
    calls_made,
    contents,
    test_a_crashed_worker_does_not_hold_a_thread_for_ever,
    test_a_parked_run_goes_on_when_its_holder_is_cancelled_while_queued,
    test_a_run_paused_for_approval_keeps_its_thread,
    test_a_thread_carries_the_conversation_across_workers,
    test_a_thread_deleted_under_a_run_keeps_it_out,
    test_enqueue_waits_off_the_queue_then_runs_after,
    test_interrupt_keeps_what_the_first_run_finished,
    test_interrupt_of_a_queued_run_starts_the_second_at_once,
    test_many_on_a_thread_run_in_order,
    test_reject_fails_the_second_submit_at_once,
    test_rollback_drops_the_first_run,
    test_simultaneous_submits_on_one_thread_never_tear_it,
)
from test_redis_thread_store import (  # noqa: F401 (run here against the cluster)
    test_append_from_a_stale_length_adds_nothing,
    test_append_load_runs_in_order,
    test_concurrent_appends_never_interleave,
    test_delete_and_retention,
    test_fork_copies_and_refuses_a_taken_id,
    test_key_prefix_and_shared_client,
)
from testkit.cluster import Cluster, cluster_url_fixture, redis_cluster_fixture  # noqa: F401
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter.distributed import distributed
from orbiter.distributed.keys import DEFAULT_CLUSTER_SHARDS, Keys
from orbiter.distributed.threads import RedisThreadStore


@pytest.fixture
def redis_url(cluster_url: str) -> str:
    """The cluster, for the tests imported above and the ``spawn`` fixture."""
    return cluster_url


def test_a_single_server_keeps_the_thread_key_names() -> None:
    keys = Keys()
    assert keys.thread("t") == "orbiter:thread:{t}"
    assert keys.thread_owner("t") == "orbiter:thread:{t}:owner"
    assert keys.thread_waiting("t") == "orbiter:thread:{t}:waiting"
    assert keys.threads_waiting_for("t") == "orbiter:threads:waiting"
    assert keys.pin("abc", keys.shard("t")) == "abc"
    sharded = Keys(shards=6)
    # Two threads' names never meet, whatever their ids.
    assert sharded.thread_owner("a") != sharded.thread("a:owner")
    task_id = sharded.pin("abc", sharded.shard("t"))
    names = [sharded.thread("t"), sharded.thread_owner("t"), sharded.thread_waiting("t")]
    names += [sharded.threads_waiting_for("t"), sharded.task(task_id)]
    names += [sharded.queue_for("default", task_id), sharded.index_for(task_id)]
    assert len({key_slot(name.encode()) for name in names}) == 1


async def test_threads_keys_share_a_slot_with_their_tasks_and_spread_over_primaries(
    redis_url: str, redis_cluster: Cluster, spawn: Spawn
) -> None:
    spawn("--concurrency", "4")
    keys = Keys.from_env(redis_url=redis_url)
    assert keys.shards == DEFAULT_CLUSTER_SHARDS
    threads = [f"chat-{i}" for i in range(12)]
    turns = {}
    for turn in ("one", "two", "three"):
        handles = [
            await distributed(CHAT, f"{turn} {t}", redis_url=redis_url, thread_id=t)
            for t in threads
        ]
        for thread_id, handle in zip(threads, handles, strict=True):
            await handle.result(timeout=30)
            slots = {key_slot(keys.task(handle.task_id).encode())}
            slots |= {key_slot(keys.thread(thread_id).encode())}
            assert len(slots) == 1
            turns.setdefault(thread_id, []).append(handle.task_id)
            await handle.close()
    store = RedisThreadStore(redis_url)
    for thread_id in threads:
        said = contents(await store.load(thread_id))
        assert said[0::2] == [f"{turn} {thread_id}" for turn in ("one", "two", "three")]
        assert [r.run_id for r in await store.runs(thread_id)] == turns[thread_id]
    # The threads (and so their tasks) are on every primary, not all on one.
    held = [len(node.client().keys("orbiter:*:thread:*")) for node in redis_cluster.primaries]
    assert sum(held) == len(threads)
    assert all(held), held
    # Every holder let go: no owner key is left.
    r = redis_client(redis_url)
    try:
        assert [key async for key in r.scan_iter(match="orbiter:*:owner")] == []
    finally:
        await r.aclose()


async def test_a_killed_holder_is_taken_over_and_the_parked_run_follows(
    redis_url: str, spawn: Spawn
) -> None:
    """kill -9 of the worker running a thread's task: the task is taken over once its lease
    lapses, runs again from the thread, and the run parked behind it goes on after it."""
    store = RedisThreadStore(redis_url)
    doomed = spawn("--lease", "1")
    first = await distributed(CHAT, "slow 2", redis_url=redis_url, thread_id="held")
    await calls_made(first, 2)
    second = await distributed(
        CHAT, "next", redis_url=redis_url, thread_id="held", on_busy="enqueue"
    )
    doomed.kill()
    spawn("--lease", "1")
    done = await first.result(timeout=30)
    assert contents(done["messages"]) == [
        "slow 2",
        None,
        "slept 0.0",
        None,
        "slept 2.0",
        "re: slow 2",
    ]
    rec = await first.status()
    assert rec is not None
    assert rec.attempt == 2
    assert contents((await second.result(timeout=30))["messages"])[-2:] == ["next", "re: next"]
    assert [r.run_id for r in await store.runs("held")] == [first.task_id, second.task_id]
    await first.close()
    await second.close()
