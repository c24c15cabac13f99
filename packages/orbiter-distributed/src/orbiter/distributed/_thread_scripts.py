"""The Lua scripts of threads: the Redis thread store's writes, and who holds a thread.

A thread's transcript is a list with one entry per run. Who may run on a thread is one owner
key (the id of the task holding it) and a list of tasks parked until it is free. An owner holds
the thread while its task record is unfinished: a crashed worker's task is taken over (its
lease lapses) or failed after its last attempt, and either way the thread is free again, so no
separate lease is needed for the thread itself. The owner key also expires with the record.
"""

from __future__ import annotations

import msgspec

from orbiter.distributed._lua import Script

THREAD_SCRIPTS: list[Script] = []
"""Every script below: loaded together (see ``_lua.load``)."""


class ThreadAppendArgs(msgspec.Struct):
    """KEYS: thread. ``after`` is '' (append whatever the length) or the expected length;
    ``rest`` is the entry after its start and count (time, run id, newline, messages)."""

    after: str
    count: int
    rest: bytes
    retention: int | str  # seconds, or '' to keep the thread for ever


# The transcript's length is the start plus the count of its last entry.
_LENGTH = r"""
local function thread_length(key)
  local last = redis.call('LRANGE', key, -1, -1)[1]
  if not last then return 0 end
  local start, count = string.match(last, '^(%d+) (%d+) ')
  return tonumber(start) + tonumber(count)
end
"""

THREAD_APPEND = (
    _LENGTH
    + r"""
local have = thread_length(KEYS[1])
if args.after ~= '' and tonumber(args.after) ~= have then return {'conflict', have} end
redis.call('RPUSH', KEYS[1], have .. ' ' .. args.count .. ' ' .. args.rest)
if args.retention ~= '' then redis.call('EXPIRE', KEYS[1], args.retention) end
return {'ok', have}
"""
)


class ThreadForkArgs(msgspec.Struct):
    """KEYS: the new thread. Then the entries of the thread copied."""

    retention: int | str


THREAD_FORK = r"""
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
if #ARGV > NARGS then redis.call('RPUSH', KEYS[1], unpack(ARGV, NARGS + 1)) end
if args.retention ~= '' and #ARGV > NARGS then redis.call('EXPIRE', KEYS[1], args.retention) end
return 1
"""

# Shared by the owner scripts: whether an owner still holds its thread, and handing the thread
# on to the first parked task (its queue entry is written only then, so it holds no worker).
_OWNERS = r"""
local function holds(task_prefix, owner)
  if not owner then return nil end
  local status = redis.call('HGET', task_prefix .. owner, 'status')
  if status and not TERMINAL[status] then return status end
  return nil
end

local function promote(owner_key, waiting, index, thread_id, task_prefix, ttl)
  while true do
    local nxt = redis.call('LPOP', waiting)
    if not nxt then
      redis.call('DEL', owner_key)
      redis.call('ZREM', index, thread_id)
      return false
    end
    local rec = task_prefix .. nxt
    local cur = redis.call('HMGET', rec, 'status', 'parked', 'payload', 'signature')
    if cur[1] == 'PENDING' and cur[2] then
      local id = redis.call('XADD', cur[2], '*', 't', nxt, 'p', cur[3], 's', cur[4] or '')
      redis.call('HSET', rec, 'entry', id)
      redis.call('HDEL', rec, 'parked', 'payload', 'signature')
      redis.call('SET', owner_key, nxt, 'EX', ttl)
      if redis.call('LLEN', waiting) == 0 then redis.call('ZREM', index, thread_id) end
      return nxt
    end
  end
end
"""


class ThreadSubmitArgs(msgspec.Struct):
    """KEYS: record, queue, index, owner, waiting, threads waiting. Then the record's fields.

    ``policy`` is what to do when the thread is held: ``reject``, ``enqueue`` (park at the end
    of the line), ``interrupt`` or ``rollback`` (park first in line and ask the holder to stop,
    noting how on its record as ``thread_stop``).
    """

    task_id: str
    now_ms: int
    payload: bytes
    signature: bytes | str
    record_ttl: int
    index_max: int
    thread_id: str
    policy: str
    task_prefix: str


# Returns {'run', entry} (queued), {'busy', owner, status} (rejected, nothing written),
# {'wait', owner, status} (parked), {'stop', owner, status} (parked; the client cancels the
# owner), or {'dup', ''} for a retried submit whose first try got through.
THREAD_SUBMIT = (
    _OWNERS
    + r"""
if redis.call('EXISTS', KEYS[1]) == 1 then return {'dup', ''} end
local owner = redis.call('GET', KEYS[4])
local status = holds(args.task_prefix, owner)
if not status and redis.call('LLEN', KEYS[5]) > 0 then
  owner = promote(KEYS[4], KEYS[5], KEYS[6], args.thread_id, args.task_prefix, args.record_ttl)
  if owner then status = 'PENDING' end
end
if status and args.policy == 'reject' then return {'busy', owner, status} end
redis.call('HSET', KEYS[1], 'thread', args.thread_id, unpack(ARGV, NARGS + 1))
redis.call('EXPIRE', KEYS[1], args.record_ttl)
redis.call('ZADD', KEYS[3], args.now_ms, args.task_id)
if string.sub(args.task_id, -2) < '04' then
  redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -tonumber(args.index_max) - 1)
end
if not status then
  local id = redis.call('XADD', KEYS[2], '*', 't', args.task_id, 'p', args.payload,
                        's', args.signature)
  redis.call('HSET', KEYS[1], 'entry', id)
  redis.call('SET', KEYS[4], args.task_id, 'EX', args.record_ttl)
  return {'run', id}
end
redis.call('HSET', KEYS[1], 'parked', KEYS[2], 'payload', args.payload,
           'signature', args.signature)
redis.call('ZADD', KEYS[6], args.now_ms, args.thread_id)
if args.policy == 'enqueue' then
  redis.call('RPUSH', KEYS[5], args.task_id)
  return {'wait', owner, status}
end
redis.call('LPUSH', KEYS[5], args.task_id)
redis.call('HSET', args.task_prefix .. owner, 'thread_stop', args.policy)
return {'stop', owner, status}
"""
)


class ThreadHoldArgs(msgspec.Struct):
    """KEYS: owner. A worker starting a task on a thread checks it holds the thread."""

    task_id: str
    task_prefix: str
    ttl: int


# Returns {'ok'} (held; taken if nobody held it) or {'busy', owner}.
THREAD_HOLD = (
    _OWNERS
    + r"""
local owner = redis.call('GET', KEYS[1])
if owner ~= args.task_id and holds(args.task_prefix, owner) then return {'busy', owner} end
redis.call('SET', KEYS[1], args.task_id, 'EX', args.ttl)
return {'ok'}
"""
)


class ThreadReleaseArgs(msgspec.Struct):
    """KEYS: owner, waiting, threads waiting.

    ``task_id`` lets go of the thread if it holds it; '' only hands on a thread whose owner
    finished without letting go (cancelled while queued, out of attempts).
    """

    task_id: str
    thread_id: str
    task_prefix: str
    ttl: int


# Returns the id of the task the thread went to, or '' (it is free, or held by another).
THREAD_RELEASE = (
    _OWNERS
    + r"""
local owner = redis.call('GET', KEYS[1])
if owner and owner ~= args.task_id and holds(args.task_prefix, owner) then return '' end
return promote(KEYS[1], KEYS[2], KEYS[3], args.thread_id, args.task_prefix, args.ttl) or ''
"""
)


thread_append_script = Script(THREAD_APPEND, ThreadAppendArgs, together=THREAD_SCRIPTS)
thread_fork_script = Script(THREAD_FORK, ThreadForkArgs, together=THREAD_SCRIPTS)
thread_submit_script = Script(THREAD_SUBMIT, ThreadSubmitArgs, together=THREAD_SCRIPTS)
thread_hold_script = Script(THREAD_HOLD, ThreadHoldArgs, together=THREAD_SCRIPTS)
thread_release_script = Script(THREAD_RELEASE, ThreadReleaseArgs, together=THREAD_SCRIPTS)
