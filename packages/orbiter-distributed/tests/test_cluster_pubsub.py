"""Live events on a 3-primary Redis Cluster travel by sharded Pub/Sub: the scripts SPUBLISH a
task's batches on the node that holds the task, and the client SSUBSCRIBEs there, following
the channel when its slot moves to another node."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator

import pytest
import redis
from redis.crc import key_slot
from test_cluster import _move_slot
from testkit.cluster import Cluster, cluster_url_fixture, redis_cluster_fixture  # noqa: F401
from testkit.processes import until as eventually
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import EventSubscriber, distributed
from orbiter.distributed._approval_lua import pause_script
from orbiter.distributed._lua import Script
from orbiter.distributed._scripts import QUEUE_SCRIPTS, cancel_script
from orbiter.distributed.keys import Keys
from orbiter.events import StreamEvent, TextEvent
from orbiter.testing import ScriptedModel, TextStep


def _chatty(chunks: int, every: float) -> Agent:
    """One answer streamed as ``chunks`` text events, ``every`` seconds apart."""
    step = TextStep(chunks=[f"c{i} " for i in range(chunks)], chunk_delay=every)
    return Agent(name="chatty", model=ScriptedModel([step]))


def _subscribers(cluster: Cluster, channel: str) -> tuple[list[int], list[int]]:
    """Per primary: sharded subscribers of ``channel`` (SHARDNUMSUB) and plain ones (NUMSUB)."""
    sharded, plain = [], []
    for node in cluster.primaries:
        client = node.client()
        sharded.append(int(client.execute_command("PUBSUB", "SHARDNUMSUB", channel)[1]))
        plain.append(int(client.execute_command("PUBSUB", "NUMSUB", channel)[1]))
    return sharded, plain


def _calls(node: redis.Redis, command: str) -> int:
    stats = node.info("commandstats")
    return int(stats.get(f"cmdstat_{command}", {}).get("calls", 0))


async def test_live_events_use_sharded_pubsub_on_the_tasks_node(
    cluster_url: str, redis_cluster: Cluster, spawn: Spawn
) -> None:
    spawn(url=cluster_url)
    for node in redis_cluster.primaries:
        node.client().config_resetstat()
    handle = await distributed(_chatty(30, 0.05), "go", detailed=True, redis_url=cluster_url)
    channel = Keys.from_env(redis_url=cluster_url).live(handle.task_id)
    owner = redis_cluster.primaries.index(redis_cluster.owner(key_slot(channel.encode())))
    live = handle.stream()
    first = [await anext(live), await anext(live)]
    # While it streams, the client listens on the task's node only, and by SSUBSCRIBE.
    sharded, plain = await asyncio.to_thread(_subscribers, redis_cluster, channel)
    assert sharded == [1 if i == owner else 0 for i in range(3)], sharded
    assert plain == [0, 0, 0], plain
    # A reader joining late, mid-run, gets the same events as one that was there throughout.
    late = handle.stream(after=first[-1].position)
    got = first + [ev async for ev in live]
    late_got = [ev async for ev in late]
    assert first + late_got == got
    async with EventSubscriber(cluster_url) as sub:
        assert [ev async for ev in sub.replay(handle.task_id)] == got
    assert [ev.type for ev in got].count("text") == 30
    # The scripts published with SPUBLISH, and only on the task's node; no plain PUBLISH.
    nodes = [node.client() for node in redis_cluster.primaries]
    spublish = await asyncio.to_thread(lambda: [_calls(n, "spublish") for n in nodes])
    publish = await asyncio.to_thread(lambda: [_calls(n, "publish") for n in nodes])
    assert spublish[owner] > 0
    assert publish == [0, 0, 0], publish
    await handle.close()


async def test_a_stream_follows_its_task_when_the_slot_moves_mid_run(
    cluster_url: str, redis_cluster: Cluster, spawn: Spawn
) -> None:
    spawn(url=cluster_url)
    handle = await distributed(_chatty(100, 0.05), "go", detailed=True, redis_url=cluster_url)
    channel = Keys.from_env(redis_url=cluster_url).live(handle.task_id)
    slot = key_slot(channel.encode())
    before = redis_cluster.primaries.index(redis_cluster.owner(slot))
    after = (before + 1) % 3
    got = []
    stream = handle.stream()
    async for ev in stream:
        got.append(ev)
        if len(got) == 3:
            break
    # The slot (the task's keys and its channel) goes to another primary while it streams:
    # the old node drops the subscription, and the client subscribes again on the new one.
    await asyncio.to_thread(_move_slot, redis_cluster, slot, after)

    def moved() -> bool:
        sharded, _ = _subscribers(redis_cluster, channel)
        return sharded == [1 if i == after else 0 for i in range(3)]

    reading = asyncio.create_task(_rest(stream, got))
    await eventually(lambda: asyncio.to_thread(moved), what="the subscription to move")
    assert not reading.done()  # it moved while the task still streamed
    await asyncio.wait_for(reading, 60)
    assert got[-1].type == "status"
    # Nothing lost, nothing doubled: the live stream equals the stored run.
    async with EventSubscriber(cluster_url) as sub:
        assert [ev async for ev in sub.replay(handle.task_id)] == got
    assert [ev.text for ev in got if isinstance(ev, TextEvent)] == [f"c{i} " for i in range(100)]
    await handle.close()


async def test_a_subscription_made_with_a_stale_slot_map_follows_the_redirection(
    cluster_url: str, redis_cluster: Cluster, spawn: Spawn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="orbiter.distributed")
    spawn(url=cluster_url)
    handle = await distributed(_chatty(100, 0.05), "go", detailed=True, redis_url=cluster_url)
    channel = Keys.from_env(redis_url=cluster_url).live(handle.task_id)
    slot = key_slot(channel.encode())
    after = (redis_cluster.primaries.index(redis_cluster.owner(slot)) + 1) % 3
    ready, moved = threading.Event(), threading.Event()

    async def reader() -> list[StreamEvent]:
        # Its own event loop, so its own client, whose slot map predates the move: its
        # subscription goes to the old node first, which answers MOVED.
        async with EventSubscriber(cluster_url) as sub:
            ready.set()
            await asyncio.to_thread(moved.wait, 30)
            return [ev async for ev in sub.subscribe(handle.task_id)]

    reading = asyncio.create_task(asyncio.to_thread(asyncio.run, reader()))
    await eventually(ready.is_set, what="the reader to connect")
    await asyncio.to_thread(_move_slot, redis_cluster, slot, after)
    moved.set()

    def followed() -> bool:
        sharded, _ = _subscribers(redis_cluster, channel)
        return sharded == [1 if i == after else 0 for i in range(3)]

    await eventually(lambda: asyncio.to_thread(followed), what="the reader on the new owner")
    assert not reading.done()
    got = await asyncio.wait_for(reading, 60)
    assert any("(MovedError " in r.getMessage() for r in caplog.records)
    async with EventSubscriber(cluster_url) as sub:
        assert [ev async for ev in sub.replay(handle.task_id)] == got
    assert [ev.text for ev in got if isinstance(ev, TextEvent)] == [f"c{i} " for i in range(100)]
    await handle.close()


async def test_a_stream_follows_its_task_through_a_failover(spawn: Spawn) -> None:
    with Cluster(replicas=1) as cluster:
        spawn(url=cluster.url)
        handle = await distributed(_chatty(100, 0.05), "go", detailed=True, redis_url=cluster.url)
        channel = Keys.from_env(redis_url=cluster.url).live(handle.task_id)
        slot = key_slot(channel.encode())
        old = cluster.owner(slot)
        replica = cluster.nodes[3 + cluster.primaries.index(old)]
        stream = handle.stream()
        got = [await anext(stream), await anext(stream)]
        reading = asyncio.create_task(_rest(stream, got))
        # The replica takes over (the old primary agrees and steps down): the subscription
        # on the old primary ends, and the client subscribes on the new one.
        await asyncio.to_thread(replica.client().execute_command, "CLUSTER", "FAILOVER")

        def followed() -> bool:
            if cluster.owner(slot) is not replica:
                return False
            sub = replica.client().execute_command("PUBSUB", "SHARDNUMSUB", channel)
            return int(sub[1]) == 1

        await eventually(lambda: asyncio.to_thread(followed), what="the reader on the new primary")
        assert not reading.done()
        await asyncio.wait_for(reading, 60)
        async with EventSubscriber(cluster.url) as sub:
            assert [ev async for ev in sub.replay(handle.task_id)] == got
        texts = [ev.text for ev in got if isinstance(ev, TextEvent)]
        assert texts == [f"c{i} " for i in range(100)]
        await handle.close()


async def _rest(stream: AsyncIterator[StreamEvent], into: list[StreamEvent]) -> None:
    async for ev in stream:
        into.append(ev)


def test_cluster_scripts_spublish_live_channels_and_broadcast_control() -> None:
    assert pause_script in QUEUE_SCRIPTS  # the approval scripts publish too
    for script in QUEUE_SCRIPTS:
        # One server runs the body as written; a cluster the same but for live publishes.
        assert "SPUBLISH" not in script.body
        assert script.cluster_body.replace("SPUBLISH", "PUBLISH") == script.body
        assert "'SPUBLISH', args.control" not in script.cluster_body
        assert "'PUBLISH', chan" not in script.cluster_body
        assert "'PUBLISH', args.live" not in script.cluster_body
    assert "redis.call('PUBLISH', args.control" in cancel_script.cluster_body
    with pytest.raises(ValueError, match="publishes other than"):
        Script("redis.pcall('PUBLISH', KEYS[1], 'x')", common=False)
