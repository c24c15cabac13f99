"""The streams a queue is made of, and how its entries are named across them.

Without a cluster a queue is one stream. On a cluster it is several, one per shard (see
``keys``): a task goes to its shard's stream, and a worker reads all of them in turn (or the
ones it was given: :func:`served_shards`). The ids
of the entries it hands around are then ``<shard>/<entry id>`` (see :meth:`QueueShards.ref`), so
each call finds its stream again. :class:`~orbiter.distributed.queue.RedisQueue` builds on this.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from orbiter.distributed.keys import GROUP, Keys
from orbiter.errors import ConfigurationError

SHARD_WAIT_MS = 50
"""Milliseconds an idle worker of a sharded queue, free for fewer tasks than there are shards,
waits on some of them before it looks at all."""

Entry = tuple[bytes, dict[bytes, bytes] | None]
"""A queue entry as Redis delivers it: its id and fields (None: deleted while waiting)."""


def served_shards(keys: Keys, chosen: Sequence[int] | None) -> list[int]:
    """The shards a worker serves: ``chosen``, checked against the queue's shards, else all.

    Raises:
        ConfigurationError: a chosen shard the queue does not have, or a queue without shards.
    """
    if chosen is None:
        return list(keys.all_shards)
    shown = ",".join(map(str, chosen))
    if not keys.shards:
        raise ConfigurationError(
            f"shards were chosen ({shown}), but queues here are one stream without shards (a "
            "single server with ORBITER_QUEUE_SHARDS unset or 0): leave the shards out, or use "
            "a Redis Cluster (redis+cluster://) or ORBITER_QUEUE_SHARDS"
        )
    last = keys.shards - 1
    wrong = [shard for shard in chosen if not 0 <= shard <= last]
    if wrong:
        named = (
            f"shards {','.join(map(str, wrong))} do" if len(wrong) > 1 else f"shard {wrong[0]} does"
        )
        raise ConfigurationError(
            f"{named} not exist: queues here have {keys.shards} shards, numbered 0-{last} "
            "(ORBITER_QUEUE_SHARDS, 6 by default on a cluster)"
        )
    return sorted(set(chosen))


class QueueShards:
    """The streams of one queue, their consumer group, and the claims that read them in turn.

    Args:
        shards: the shards this worker serves (claims, takes over, tends), checked by
            :func:`served_shards`; None: all of them.
    """

    def __init__(
        self, redis: Redis, keys: Keys, name: str, shards: Sequence[int] | None = None
    ) -> None:
        # Typed loosely: redis-py types its replies as the union of every RESP form.
        self.redis: Any = redis
        self.keys = keys
        self.name = name
        self.streams = [keys.queue(name, shard) for shard in keys.all_shards]
        self.key = self.streams[0]
        self.mine = served_shards(keys, shards)
        """The shards this worker serves (every one unless it was given some)."""
        self._next = 0  # the shard a claim looks at first (they take turns)
        # Blocking reads a claim left waiting, by shard: each with the entries it may deliver.
        self._waits: dict[int, tuple[asyncio.Future[list[Entry]], int]] = {}

    def ref(self, shard: int, entry_id: bytes) -> bytes:
        """How the worker names an entry of ``shard``: its id, after ``<shard>/`` when the
        queue has shards."""
        return entry_id if not self.keys.shards else b"%d/%s" % (shard, entry_id)

    def split(self, ref: bytes) -> tuple[str, bytes]:
        """The stream and entry id a :meth:`ref` names."""
        if not self.keys.shards:
            return self.key, ref
        shard, _, entry_id = ref.partition(b"/")
        return self.streams[int(shard)], entry_id

    def _shard_of(self, ref: bytes) -> int:
        return int(ref.partition(b"/")[0]) if self.keys.shards else 0

    def misplaced(self, ref: bytes, task_id: str) -> str | None:
        """Why an entry cannot be started in its stream (it names a task of another shard)."""
        shard = self._shard_of(ref)
        if self.keys.shard(task_id) == shard:
            return None
        return f"the entry names task {task_id!r}, which does not belong to shard {shard}"

    def _record(self, ref: bytes, task_id: str) -> str:
        """The task's record key, or a record no task has when the task is not of the
        entry's shard (a script may only touch one shard's keys)."""
        if self.misplaced(ref, task_id) is None:
            return self.keys.task(task_id)
        return self.keys.stray(self._shard_of(ref))

    def _turns(self) -> list[int]:
        """Every shard served once, starting from the next one in turn."""
        count = len(self.mine)
        first, self._next = self._next, (self._next + 1) % count
        return [self.mine[(first + i) % count] for i in range(count)]

    @property
    def my_streams(self) -> list[tuple[int, str]]:
        """The shards served and their streams."""
        return [(shard, self.streams[shard]) for shard in self.mine]

    async def ensure_group(self) -> None:
        for _, key in self.my_streams:
            try:
                # From id 0, so tasks submitted before any worker existed are served too.
                await self.redis.xgroup_create(key, GROUP, id="0", mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise

    async def claim(self, worker: str, count: int, block_ms: int) -> list[Entry]:
        """Entries delivered to ``worker``, at most ``count`` (waiting up to ``block_ms`` for
        some).

        With shards, each one served is looked at without waiting, starting with a different
        one each time so none is starved. When all are empty, the claim waits on several at
        once, each read on the node that holds its shard; the reads' counts together stay
        within ``count``, and a read still waiting when this returns keeps its share for the
        next claim (which takes what it got). A worker free for as many tasks as it serves shards
        waits on all of them for the whole ``block_ms``; one with fewer free slots waits on
        as many shards as it has slots, for a short while (:data:`SHARD_WAIT_MS`), and then
        looks again.
        """
        if len(self.mine) == 1:
            return await self._read(worker, self.mine[0], count, block_ms)
        got = self._collect()
        turns = self._turns()
        for shard in turns:
            room = count - len(got) - self._promised()
            if room <= 0:
                break
            if shard not in self._waits:
                got += await self._read(worker, shard, room, None)
        if got or block_ms <= 0:
            return got
        # From here on, the claim waits, also when the reads already waiting may take all
        # it was asked for (returning at once would have the caller spin).
        idle = [shard for shard in turns if shard not in self._waits]
        room = max(0, count - self._promised())
        new = min(room, len(idle))
        every = len(self._waits) + new == len(self.mine)
        block = block_ms if every else min(block_ms, SHARD_WAIT_MS)
        for i, shard in enumerate(idle[:new]):
            share = room // new + (i < room % new)  # the room shared out
            read = asyncio.ensure_future(self._read(worker, shard, share, block))
            self._waits[shard] = (read, share)
        if self._waits:
            reads = [read for read, _ in self._waits.values()]
            await asyncio.wait(reads, return_when=asyncio.FIRST_COMPLETED)
        return self._collect()

    async def _read(self, worker: str, shard: int, count: int, block: int | None) -> list[Entry]:
        resp = await self.redis.xreadgroup(
            GROUP, worker, {self.streams[shard]: ">"}, count=count, block=block
        )
        return [(self.ref(shard, i), f) for i, f in resp[0][1]] if resp else []

    def _promised(self) -> int:
        """Entries the reads still waiting may yet deliver."""
        return sum(share for _, share in self._waits.values())

    def _collect(self) -> list[Entry]:
        """The entries of the waiting reads that are done (the first error, if one failed)."""
        got: list[Entry] = []
        failed: BaseException | None = None
        for shard, (read, _) in list(self._waits.items()):
            if not read.done():
                continue
            del self._waits[shard]
            if read.cancelled():
                continue
            if read.exception() is None:
                got += read.result()
            elif failed is None:
                failed = read.exception()
        if failed is not None and not got:
            raise failed  # else the failing shard's next read says it again
        return got

    async def stop_waiting(self) -> None:
        """End the reads still waiting (what they delivered stays pending on the worker)."""
        reads = [read for read, _ in self._waits.values()]
        self._waits.clear()
        for read in reads:
            read.cancel()
        await asyncio.gather(*reads, return_exceptions=True)
