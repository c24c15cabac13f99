"""Delayed runs and retries: the queue's due set, and moving what is due into the queue.

A task submitted with ``delay=``/``at=`` (status SCHEDULED), or sent back by its retry policy
(status RETRYING), waits in the queue's due set (``keys.due``) scored by when it is due, its
payload kept in its record. Every worker looks at the set every ``DUE_CHECK_SECONDS``; the
PROMOTE script puts each due task on the queue stream, once however many workers look, and
from there it runs like any other. A worker given some of a queue's shards looks at their
part of the set only. An empty set costs one ``ZRANGEBYSCORE`` per look.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from typing import Any

from redis.exceptions import ResponseError

from orbiter.distributed._lua import run_many
from orbiter.distributed._requeue_lua import PromoteArgs
from orbiter.distributed._scripts import promote_script
from orbiter.distributed.connection import TRANSIENT, Backoff, raise_if_cancelled
from orbiter.distributed.keys import DUE_BATCH, DUE_CHECK_SECONDS, Keys

log = logging.getLogger("orbiter.distributed.worker")


class DueSet:
    """One queue's due set, as a worker sees it.

    Args:
        shards: the shards whose part of the set this worker looks at (None: all).
    """

    def __init__(
        self, redis: Any, keys: Keys, queue: str, shards: Sequence[int] | None = None
    ) -> None:
        self.redis = redis
        self.keys = keys
        self.queue = queue
        self.key = keys.due(queue)
        self.shards = list(keys.all_shards) if shards is None else list(shards)

    async def promote(self, now: float | None = None) -> int:
        """Queue the tasks due by ``now`` (default: this moment); how many this call queued."""
        now_ms = int((time.time() if now is None else now) * 1000)
        due: list[bytes] = []
        for shard in self.shards:
            key = self.keys.due(self.queue, shard)
            due += await self.redis.zrangebyscore(key, "-inf", now_ms, start=0, num=DUE_BATCH)
        if not due:
            return 0
        keys = self.keys
        calls = [
            promote_script.call(
                [keys.due_for(self.queue, t), keys.task(t), keys.queue_for(self.queue, t)],
                PromoteArgs(task_id=t),
            )
            for t in (tid.decode() for tid in due)
        ]
        results = await run_many(self.redis, calls)
        for res in results:
            if isinstance(res, Exception):
                log.error("queueing a due task failed: %s", res)
        promoted = sum(1 for res in results if res == 1)
        if len(due) >= DUE_BATCH:
            promoted += await self.promote(now)
        return promoted

    async def run(self, interval: float = DUE_CHECK_SECONDS) -> None:
        """Promote due tasks every ``interval`` seconds until cancelled."""
        backoff = Backoff(cap=5.0)
        while True:
            try:
                await self.promote()
                backoff.reset()
            except TRANSIENT as exc:
                log.warning("cannot look for due tasks (%s); retrying", exc)
                await backoff.wait()
                continue
            except ResponseError as exc:
                log.error("looking for due tasks failed: %s", exc)
            raise_if_cancelled()
            await asyncio.sleep(interval)
