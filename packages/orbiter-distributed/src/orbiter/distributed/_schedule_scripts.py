"""The Lua scripts of cron schedules, each beside the Struct of its named arguments.

A schedule is a record in the schedules hash and its next tick time in its queue's due set.
Firing a tick is one script: it moves the due time on only if it still holds the tick the
worker read (so of several workers looking at once, one fires it) and queues the tick's task in
the same step (so a worker killed at any point neither loses the tick nor fires it twice).
"""

from __future__ import annotations

import msgspec

from orbiter.distributed._lua import Script
from orbiter.distributed._scripts import SUBMIT, SubmitArgs

SCHEDULE_SCRIPTS: list[Script] = []
"""Every script below: loaded together (see ``_lua.load``)."""


class AddArgs(msgspec.Struct):
    """KEYS: schedules, due set of the schedule's queue, due set of the replaced one's queue.

    ``old_digest`` is the SHA-1 of the record the client saw under this name ('' for none):
    a record changed since then is not overwritten (the client reads it again and retries).
    """

    name: str
    record: bytes
    next_ms: int
    replace: int
    old_digest: str


ADD = r"""
local cur = redis.call('HGET', KEYS[1], args.name)
if cur then
  if args.replace ~= '1' then return 'exists' end
  if redis.sha1hex(cur) ~= args.old_digest then return 'changed' end
  redis.call('ZREM', KEYS[3], args.name)
elseif args.old_digest ~= '' then
  return 'changed'
end
redis.call('HSET', KEYS[1], args.name, args.record)
redis.call('ZADD', KEYS[2], args.next_ms, args.name)
return 'added'
"""


class RemoveArgs(msgspec.Struct):
    """KEYS: schedules, due set of the schedule's queue."""

    name: str
    digest: str  # of the record the client read: the queue it named is the one to clean


REMOVE = r"""
local cur = redis.call('HGET', KEYS[1], args.name)
if not cur then return 'unknown' end
if redis.sha1hex(cur) ~= args.digest then return 'changed' end
redis.call('HDEL', KEYS[1], args.name)
redis.call('ZREM', KEYS[2], args.name)
return 'removed'
"""


class PruneArgs(msgspec.Struct):
    """KEYS: schedules, due set."""

    name: str


# Drops a due entry whose record is gone (checked in the same step, so an add is never undone).
PRUNE = r"""
if redis.call('HEXISTS', KEYS[1], args.name) == 0 then redis.call('ZREM', KEYS[2], args.name) end
return 1
"""


class FireArgs(SubmitArgs):
    """KEYS: task record, queue, index (as SUBMIT), schedules, due set. Then the record's
    field/value pairs.

    Moves the schedule's due time from ``expected_ms`` to ``next_ms`` and, unless ``task_id``
    is '' (missed ticks skipped), submits the tick's task. Returns the queue entry id, or
    ``raced`` (another worker fired it first) / ``changed`` (the schedule was replaced or
    removed) / ``skipped``.
    """

    schedule: str
    digest: str
    expected_ms: int
    next_ms: int


FIRE = (
    r"""
local due = redis.call('ZSCORE', KEYS[5], args.schedule)
if not due or tonumber(due) ~= tonumber(args.expected_ms) then return 'raced' end
local spec = redis.call('HGET', KEYS[4], args.schedule)
if not spec or redis.sha1hex(spec) ~= args.digest then return 'changed' end
redis.call('ZADD', KEYS[5], args.next_ms, args.schedule)
if args.task_id == '' then return 'skipped' end
"""
    + SUBMIT
)


add_script = Script(ADD, AddArgs, together=SCHEDULE_SCRIPTS)
remove_script = Script(REMOVE, RemoveArgs, together=SCHEDULE_SCRIPTS)
fire_script = Script(FIRE, FireArgs, together=SCHEDULE_SCRIPTS)
prune_script = Script(PRUNE, PruneArgs, together=SCHEDULE_SCRIPTS)
