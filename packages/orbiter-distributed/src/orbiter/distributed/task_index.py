"""The task index keeps only tasks that still exist: each worker prunes it now and then.

The index (a sorted set per shard, task ids by submit time) feeds ``orbiter task list``. A
submit adds its task and, on about one submit in 64, trims the index to its newest
``DEFAULT_INDEX_MAX`` ids; it cannot see which records have expired without a look per id, so it
leaves that to the workers. A worker's heartbeat calls :meth:`IndexPruner.prune` every few
beats, busy or idle: it looks at the ids submitted more than ``retention`` seconds ago (a record
lives at least that long after its submit: a finished one ``retention`` seconds after it ended,
an unfinished one a week) and drops those whose record is gone. A pass looks at one page per
shard, and goes on to the next page while a page had expired ids; ids of tasks still alive
(long runs, tasks waiting in a backlog) are passed over and looked at again on a later pass.
"""

from __future__ import annotations

import time
from typing import Any

import msgspec

from orbiter.distributed._lua import Script
from orbiter.distributed._scripts import QUEUE_SCRIPTS
from orbiter.distributed.keys import Keys

PAGE = 500
"""Ids one script call looks at (one EXISTS each)."""
MAX_PAGES = 40
"""Pages one pass looks at in one shard at most, while they have expired ids in them."""


class PruneIndexArgs(msgspec.Struct):
    """KEYS: one shard's task index. ``records``: the start of that shard's record names."""

    records: str
    before_ms: int  # only ids submitted before this are looked at
    start: int  # how many of those (oldest first) to pass over
    count: int


# Ids whose record is gone (expired or deleted) leave the index; returns how many ids it
# looked at and how many of them it removed.
PRUNE_INDEX = r"""
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. args.before_ms, 'LIMIT',
                       args.start, args.count)
local gone = {}
for _, id in ipairs(ids) do
  if redis.call('EXISTS', args.records .. id) == 0 then gone[#gone + 1] = id end
end
if #gone > 0 then redis.call('ZREM', KEYS[1], unpack(gone)) end
return {#ids, #gone}
"""


prune_index_script = Script(PRUNE_INDEX, PruneIndexArgs, together=QUEUE_SCRIPTS, common=False)


class IndexPruner:
    """Drops from the task index the ids whose record expired, a few pages per pass.

    Args:
        retention: seconds a finished task's record lives; younger ids are not looked at.
    """

    def __init__(self, redis: Any, keys: Keys, retention: int) -> None:
        self.redis = redis
        self.keys = keys
        self.retention = retention
        # Per shard: ids (oldest first) of tasks still alive that the last pass passed over.
        self._alive: dict[int, int] = {}

    async def prune(self) -> int:
        """One pass over every shard's index; how many ids it dropped."""
        before_ms = int((time.time() - self.retention) * 1000)
        dropped = 0
        for shard in self.keys.all_shards:
            start = self._alive.get(shard, 0)
            for _ in range(MAX_PAGES):
                args = PruneIndexArgs(
                    records=self.keys.task_prefix(shard),
                    before_ms=before_ms,
                    start=start,
                    count=PAGE,
                )
                seen, gone = await prune_index_script(self.redis, [self.keys.index_at(shard)], args)
                dropped += gone
                start += seen - gone
                if seen < PAGE:
                    start = 0  # the end: the next pass starts again from the oldest
                    break
                if not gone:
                    break
            self._alive[shard] = start
        return dropped
