"""How a worker claims from a sharded queue on a 3-primary cluster: an idle claim waits on
every shard at once, and never takes more entries than it was asked for."""

from __future__ import annotations

import asyncio

from testkit.cluster import cluster_url_fixture, redis_cluster_fixture  # noqa: F401 (fixtures)

from orbiter.distributed.connection import connect
from orbiter.distributed.keys import GROUP, Keys
from orbiter.distributed.shards import QueueShards


async def _queue(url: str) -> QueueShards:
    queue = QueueShards(connect(url), Keys.from_env(redis_url=url), "default")
    await queue.ensure_group()
    return queue


async def test_an_idle_claim_takes_an_entry_on_any_shard_as_it_arrives(cluster_url: str) -> None:
    queue = await _queue(cluster_url)
    assert len(queue.streams) > 2
    for shard in (len(queue.streams) - 1, 1):
        # Free for more tasks than there are shards: the claim waits on all of them, for
        # much longer than the test waits for the entry.
        claim = asyncio.ensure_future(queue.claim("w", 16, 30_000))
        await asyncio.sleep(0.3)
        assert not claim.done()
        entry_id = await queue.redis.xadd(queue.streams[shard], {"t": f"on {shard}"})
        got = await asyncio.wait_for(claim, 10)
        assert got == [(queue.ref(shard, entry_id), {b"t": f"on {shard}".encode()})]
    await queue.stop_waiting()
    await queue.redis.aclose()


async def test_a_claim_whose_room_is_all_promised_waits_for_the_reads(cluster_url: str) -> None:
    queue = await _queue(cluster_url)
    shards = len(queue.streams)
    first = asyncio.ensure_future(queue.claim("w", shards, 30_000))  # one read on each shard
    await asyncio.sleep(0.3)
    await queue.redis.xadd(queue.streams[0], {"t": "a"})
    assert len(await asyncio.wait_for(first, 10)) == 1
    # The other shards' reads still wait, holding all the room this claim has: it waits too.
    second = asyncio.ensure_future(queue.claim("w", shards - 1, 30_000))
    await asyncio.sleep(0.3)
    assert not second.done()
    await queue.redis.xadd(queue.streams[2], {"t": "b"})
    got = await asyncio.wait_for(second, 10)
    assert [fields for _, fields in got] == [{b"t": b"b"}]
    await queue.stop_waiting()
    await queue.redis.aclose()


async def test_a_claim_takes_no_more_than_asked_over_all_shards(cluster_url: str) -> None:
    queue = await _queue(cluster_url)
    shards = len(queue.streams)
    sent = {
        queue.ref(shard, await queue.redis.xadd(queue.streams[shard], {"t": str(shard)}))
        for shard in range(shards)
        for _ in range(2)
    }
    taken: list[bytes] = []
    while len(taken) < len(sent):
        got = await queue.claim("w", 3, 1000)
        assert 0 < len(got) <= 3
        taken += [ref for ref, _ in got]
    assert sorted(taken) == sorted(sent)
    # Now empty: waits on a few shards (free for fewer tasks than there are shards), each
    # read's share counted, so what arrives meanwhile is taken within the same bound.
    waiting = asyncio.ensure_future(queue.claim("w", 2, 1000))
    await asyncio.sleep(0.01)
    for shard in range(shards):
        await queue.redis.xadd(queue.streams[shard], {"t": "late"})
    late: list[bytes] = []
    got = await waiting
    while len(late) < shards:
        assert len(got) <= 2
        late += [ref for ref, _ in got]
        got = await queue.claim("w", 2, 1000)
    assert len(set(late)) == shards
    await queue.stop_waiting()
    await queue.redis.aclose()


async def test_reads_left_waiting_end_when_the_worker_stops_waiting(cluster_url: str) -> None:
    queue = await _queue(cluster_url)
    got = await asyncio.wait_for(queue.claim("w", 16, 200), 10)
    assert got == []
    claim = asyncio.ensure_future(queue.claim("w", 16, 30_000))
    await asyncio.sleep(0.2)
    claim.cancel()
    await asyncio.gather(claim, return_exceptions=True)
    await asyncio.wait_for(queue.stop_waiting(), 5)
    # Nothing waits any more: an entry added now stays undelivered for the next claim.
    entry_id = await queue.redis.xadd(queue.streams[0], {"t": "x"})
    await asyncio.sleep(0.2)
    assert await queue.redis.xpending(queue.streams[0], GROUP) == {
        "pending": 0, "min": None, "max": None, "consumers": [],
    }  # fmt: skip
    assert await queue.claim("w", 1, 0) == [(queue.ref(0, entry_id), {b"t": b"x"})]
    await queue.redis.aclose()
