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
from orbiter.distributed._scripts import SubmitArgs

THREAD_SCRIPTS: list[Script] = []
"""Every script below: loaded together (see ``_lua.load``)."""


class ThreadAppendArgs(msgspec.Struct):
    """KEYS: thread. ``after`` is '' (append whatever the length) or the expected length;
    ``rest`` is the entry after its start and count (time, run id, newline, messages)."""

    after: str
    count: int
    rest: bytes
    retention: int | str  # seconds, or '' to keep the thread for ever


# The transcript's length is the start plus the count of its last entry. An append that
# expects another length adds nothing.
_APPEND = r"""
local function thread_length(key)
  local last = redis.call('LRANGE', key, -1, -1)[1]
  if not last then return 0 end
  local start, count = string.match(last, '^(%d+) (%d+) ')
  return tonumber(start) + tonumber(count)
end

local function append_run(key, after, count, rest, retention)
  local have = thread_length(key)
  if after ~= '' and tonumber(after) ~= have then return {'conflict', have} end
  redis.call('RPUSH', key, have .. ' ' .. count .. ' ' .. rest)
  if retention ~= '' then redis.call('EXPIRE', key, retention) end
  return {'ok', have}
end
"""

THREAD_APPEND = (
    _APPEND
    + r"""
return append_run(KEYS[1], args.after, args.count, args.rest, args.retention)
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

-- Lets go of the thread if task_id holds it, or if its holder ended without letting go; the
-- next holder's id, or ''.
local function let_go(owner_key, waiting, index, thread_id, task_prefix, ttl, task_id)
  local owner = redis.call('GET', owner_key)
  if owner and owner ~= task_id and holds(task_prefix, owner) then return '' end
  return promote(owner_key, waiting, index, thread_id, task_prefix, ttl) or ''
end
"""


class ThreadSubmitArgs(SubmitArgs):
    """KEYS: record, queue, index, owner, waiting, threads waiting. Then the record's fields.

    ``policy`` is what to do when the thread is held: ``reject``, ``enqueue`` (park at the end
    of the line), ``interrupt`` or ``rollback`` (park first in line and ask the holder to stop,
    noting how on its record as ``thread_stop``).
    """

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


class ThreadStartArgs(msgspec.Struct):
    """KEYS: owner, thread. A worker starting a task on a thread checks the task holds it
    (taking it if nobody does) and reads the transcript, in one call."""

    task_id: str
    task_prefix: str
    ttl: int


# Returns {'ok', entries...} or {'busy', owner}.
THREAD_START = (
    _OWNERS
    + r"""
local owner = redis.call('GET', KEYS[1])
if owner ~= args.task_id and holds(args.task_prefix, owner) then return {'busy', owner} end
redis.call('SET', KEYS[1], args.task_id, 'EX', args.ttl)
local out = redis.call('LRANGE', KEYS[2], 0, -1)
table.insert(out, 1, 'ok')
return out
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
return let_go(KEYS[1], KEYS[2], KEYS[3], args.thread_id, args.task_prefix, args.ttl, args.task_id)
"""
)


thread_append_script = Script(THREAD_APPEND, ThreadAppendArgs, together=THREAD_SCRIPTS)
thread_fork_script = Script(THREAD_FORK, ThreadForkArgs, together=THREAD_SCRIPTS)
thread_submit_script = Script(THREAD_SUBMIT, ThreadSubmitArgs, together=THREAD_SCRIPTS)


class ThreadFinishArgs(ThreadReleaseArgs):
    """KEYS: owner, waiting, threads waiting, thread. A task's run ended: append its messages
    (``keep`` is '1'; the rest as for an append) and let go of the thread, in one call."""

    keep: str
    after: str
    count: int
    rest: bytes
    retention: int | str


# Returns {'ok'|'conflict'|'kept nothing', the length the append found, the next holder or ''}.
THREAD_FINISH = (
    _APPEND
    + _OWNERS
    + r"""
local out = {'kept nothing', 0}
if args.keep == '1' then
  out = append_run(KEYS[4], args.after, args.count, args.rest, args.retention)
end
out[3] = let_go(KEYS[1], KEYS[2], KEYS[3], args.thread_id, args.task_prefix, args.ttl,
                args.task_id)
return out
"""
)

thread_start_script = Script(THREAD_START, ThreadStartArgs, together=THREAD_SCRIPTS)
thread_release_script = Script(THREAD_RELEASE, ThreadReleaseArgs, together=THREAD_SCRIPTS)
thread_finish_script = Script(THREAD_FINISH, ThreadFinishArgs, together=THREAD_SCRIPTS)
