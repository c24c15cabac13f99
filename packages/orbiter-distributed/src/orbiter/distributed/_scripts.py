"""The queue's Lua scripts, each beside the Struct of its named arguments.

Each state change of a task (submit, start, append events, finish, cancel, hand back) is one
script, so it is atomic and costs one command. The helpers they share are in ``_lua``; the
scripts that put a task back on its queue (hand back, re-drive, promote) are written in
``_requeue_lua`` and made here with the others, so the whole set is loaded as one.
"""

from __future__ import annotations

import msgspec

from orbiter.distributed._lua import Script
from orbiter.distributed._requeue_lua import (
    HANDBACK,
    PROMOTE,
    REDRIVE,
    HandBackArgs,
    PromoteArgs,
    RedriveArgs,
)

QUEUE_SCRIPTS: list[Script] = []
"""Every script below: loaded together (see ``_lua.load``)."""


class SubmitArgs(msgspec.Struct):
    """KEYS: record, queue, index, due. Then the record's field/value pairs.

    ``due_ms`` is 0 for a task that may run now; else the task waits in the due set until then
    (Unix milliseconds), its payload kept in the record, and a worker's PROMOTE queues it.
    """

    task_id: str
    now_ms: int
    payload: bytes
    signature: bytes | str
    record_ttl: int
    index_max: int
    due_ms: int


# A task's first submit writes at once: its id is fresh (random), so no record can be there yet.
FRESH_SUBMIT = r"""
local id = ''
if args.due_ms == '0' then
  id = redis.call('XADD', KEYS[2], '*', 't', args.task_id, 'p', args.payload, 's', args.signature)
  redis.call('HSET', KEYS[1], 'entry', id, unpack(ARGV, NARGS + 1))
else
  redis.call('HSET', KEYS[1], 'payload', args.payload, 'signature', args.signature,
             unpack(ARGV, NARGS + 1))
  redis.call('ZADD', KEYS[4], args.due_ms, args.task_id)
end
redis.call('EXPIRE', KEYS[1], args.record_ttl)
index_task(KEYS[3], args.task_id, args.now_ms, args.index_max)
return id
"""

# A retried submit (or a tick's task, whose id a re-fired tick repeats) looks first: when an
# earlier try got through, it keeps the one task.
SUBMIT = (
    r"""
if redis.call('EXISTS', KEYS[1]) == 1 then
  return redis.call('HGET', KEYS[1], 'entry')
end
"""
    + FRESH_SUBMIT
)


class _Writes(msgspec.Struct):
    """Where a script that writes a task's events sends them, and how long they are kept."""

    live: str  # the task's live channel
    retention: int
    maxlen: int
    now: str


class StartArgs(_Writes):
    """KEYS: record, queue, events, dead.

    ``taken_over`` is '' for a fresh delivery, else whether the entry's last worker still
    heartbeats (``alive``) or not (``silent``): the give-up message tells lapsed leases (and
    whether their workers were alive) from hand-backs by workers shutting down, so nobody goes
    looking for crashes that never happened.
    """

    group: str
    entry: bytes
    worker: str
    max_attempts: int
    pending_ttl: int
    dead_maxlen: int
    taken_over: str
    lease: str


START = r"""
local FRESH_SECONDS = 3600
-- One read for all the start needs, the state to start from included: the run's last step
-- checkpoint and decisions on its paused calls.
local rec, broken = read_record(KEYS[1], 'status', 'cancel', 'attempt', 'name', 'entry',
                                'retries', 'base_attempt', 'checkpoint', 'decisions',
                                'created_at')
if not rec then
  bury(KEYS[2], args.group, KEYS[4], args.dead_maxlen, args.entry, args.worker, args.now, broken)
  return {'skip', 'BROKEN', broken}
end
local status = rec[1]
if not status then
  ack(KEYS[2], args.group, args.entry)
  return {'skip', 'UNKNOWN'}
end
if TERMINAL[status] or status == 'INTERRUPTED' then
  ack(KEYS[2], args.group, args.entry)
  return {'skip', status}
end
if rec[5] and rec[5] ~= args.entry then
  -- a stale copy of the task (it was handed back or re-driven under a new entry)
  ack(KEYS[2], args.group, args.entry)
  return {'skip', 'DUPLICATE'}
end
local name = rec[4] or ''
local bad = corrupted(KEYS[1], status, rec[3], nil)
if bad then
  fail_corrupted(KEYS[1], KEYS[3], args.live, args.maxlen, args.retention, args.now, bad, {}, 1)
  ack(KEYS[2], args.group, args.entry)
  return {'skip', 'BROKEN', bad}
end
if rec[2] == '1' then
  lua_finish(KEYS[1], KEYS[3], args.live, args.maxlen, args.retention, args.now, 'CANCELLED',
             '', '', render(CANCELLED_EVENT, {name=name}))
  ack(KEYS[2], args.group, args.entry)
  return {'skip', 'CANCELLED'}
end
if args.taken_over ~= '' and status == 'RUNNING' then
  note(KEYS[1], 'lapsed', rec[3] or '0')
  if args.taken_over == 'alive' then note(KEYS[1], 'lapsed_alive', rec[3] or '0') end
end
local attempt = tonumber(rec[3] or '0') + 1
-- max_attempts bounds the starts that crashed or were handed back: the starts a retry policy
-- asked for (one per retry) do not count against it, and a run resumed after a pause counts
-- its attempts from there (base_attempt)
local retries = tonumber(rec[6] or '0') or 0
if attempt - (tonumber(rec[7] or '0') or 0) > tonumber(args.max_attempts) + retries then
  local lapses = noted(KEYS[1], 'lapsed')
  local alive = math.min(lapses, noted(KEYS[1], 'lapsed_alive'))
  local parts = {}
  if lapses > 0 then
    local why = ' (its worker crashed, was killed, or was blocked for longer than that)'
    if alive > 0 then
      why = ' (' .. alive .. ' of those times its worker was alive but its event loop was ' ..
            'blocked or the machine overloaded for longer than the lease: keep blocking work ' ..
            'off the event loop, or raise the lease (orbiter start worker --lease, ' ..
            'or ORBITER_LEASE_SECONDS))'
    end
    parts[#parts + 1] = 'its ' .. args.lease .. 's lease lapsed ' .. lapses .. ' time(s)' .. why
  end
  local handed = tonumber(args.max_attempts) - lapses
  if handed > 0 then
    parts[#parts + 1] = handed .. ' time(s) its worker shut down before finishing it'
  end
  local err = 'gave up after ' .. args.max_attempts .. ' attempts: ' .. table.concat(parts, '; ')
  local ev = render(ERROR_EVENT, {error=err, error_type='TaskAttemptsExhausted', name=name})
  lua_finish(KEYS[1], KEYS[3], args.live, args.maxlen, args.retention, args.now, 'FAILED', err,
             'TaskAttemptsExhausted', ev)
  bury(KEYS[2], args.group, KEYS[4], args.dead_maxlen, args.entry, args.worker, args.now, err)
  return {'skip', 'FAILED'}
end
if attempt == 1 then
  -- a first start finds no events yet: the appends need not look for the last one
  redis.call('HSET', KEYS[1], 'status', 'RUNNING', 'attempt', attempt, 'worker', args.worker,
             'started_at', args.now, 'seq', 0, 'last', '0-0')
else
  redis.call('HSET', KEYS[1], 'status', 'RUNNING', 'attempt', attempt, 'worker', args.worker,
             'started_at', args.now, 'seq', 0)
end
-- The record of a task submitted within the last hour (by the client's clock) still has
-- nearly all of the pending TTL its submit gave it: a first start need not renew it.
local age = tonumber(args.now) - (tonumber(rec[10] or '') or 0)
if attempt ~= 1 or age < 0 or age >= FRESH_SECONDS then
  redis.call('EXPIRE', KEYS[1], args.pending_ttl)
end
return {'run', tostring(attempt), tostring(retries), rec[8] or '', rec[9] or ''}
"""


class AppendArgs(_Writes):
    """KEYS: record, events. Then the events.

    Events carry a sequence number (``base``: events this attempt already sent), so a batch
    re-sent after a dropped connection is not appended twice. ``checkpoint`` (or '') is the
    run's state after the step these events end, stored with the id of the last of them.
    """

    attempt: int
    base: int
    checkpoint: bytes | str = ""


# Returns 1 appended, 0 no longer ours, 3 the record is broken (COMPLETE then says how).
APPEND = r"""
local cur = read_record(KEYS[1], 'status', 'attempt', 'seq', 'last', 'decisions')
if not cur or corrupted(KEYS[1], cur[1], cur[2], cur[3]) then return 3 end
if cur[1] ~= 'RUNNING' or cur[2] ~= args.attempt then return 0 end
if args.checkpoint ~= '' and cur[5] then
  -- decisions on a pause belong to the checkpoint of that pause, which this one replaces
  redis.call('HDEL', KEYS[1], 'decisions')
end
if #ARGV == NARGS and cur[4] and args.checkpoint ~= '' then
  -- a checkpoint alone: it covers the events written so far
  redis.call('HSET', KEYS[1], 'checkpoint', args.checkpoint, 'checkpoint_at', cur[4])
  return 1
end
local base = tonumber(args.base)
local last = append(KEYS[2], args.live, args.maxlen, args.retention, ARGV,
                    NARGS + 1 + math.max(0, tonumber(cur[3] or '0') - base), nil, cur[4] or nil)
local seq = base + #ARGV - NARGS
if args.checkpoint ~= '' then
  redis.call('HSET', KEYS[1], 'seq', seq, 'last', last, 'checkpoint', args.checkpoint,
             'checkpoint_at', last)
else
  redis.call('HSET', KEYS[1], 'seq', seq, 'last', last)
end
return 1
"""


class CompleteArgs(_Writes):
    """KEYS: record, events, queue, dead, due. Then the events not sent yet.

    ``status`` RETRYING (a retry policy retries the error) ends the attempt without a marker:
    the task waits in the due set until ``retry_at_ms``, its payload kept in the record.
    ``bury`` 1 also puts a FAILED task's entry in the dead letters.
    """

    attempt: int
    base: int
    group: str
    entry: bytes
    status: str
    marker: bytes
    result: bytes
    error: str
    error_type: str
    retry_at_ms: int
    hold_ttl: int  # seconds the record of a task waiting for its retry lives
    bury: int
    dead_maxlen: int


# Returns 1 stored, 0 no longer ours, or why the task failed instead (a corrupted record).
COMPLETE = r"""
local cur = redis.call('HMGET', KEYS[1], 'status', 'attempt', 'seq', 'last', 'cancel',
                       'checkpoint_at')
local bad = ended_broken(cur, args, NARGS)
if bad then return bad end
if cur[1] == 'RUNNING' and cur[2] == args.attempt then
  local first = NARGS + 1 + math.max(0, tonumber(cur[3] or '0') - tonumber(args.base))
  local entry = {}
  if args.status == 'RETRYING' and cur[5] == '1' then
    -- cancelled while its attempt was failing: it ends here instead of waiting for a retry
    args.status, args.error, args.error_type = 'CANCELLED', '', ''
    args.marker = render(MARKER, {status='CANCELLED', error='', error_type=''})
  end
  if args.status == 'RETRYING' then
    entry = redis.call('XRANGE', KEYS[3], args.entry, args.entry)
    -- without its entry there is nothing to run again: it fails (the marker says FAILED)
    if #entry == 0 then args.status = 'FAILED' end
  end
  if args.status == 'RETRYING' then
    local f = {}
    for i = 1, #entry[1][2], 2 do f[entry[1][2][i]] = entry[1][2][i + 1] end
    local last = append(KEYS[2], args.live, args.maxlen, args.retention, ARGV, first, nil,
                        cur[4] or nil)
    redis.call('HINCRBY', KEYS[1], 'retries', 1)
    redis.call('HSET', KEYS[1], 'status', 'RETRYING', 'worker', '', 'entry', '', 'last', last,
               'run_at', tostring(tonumber(args.retry_at_ms) / 1000), 'error', args.error,
               'error_type', args.error_type, 'payload', f['p'] or '', 'signature', f['s'] or '')
    redis.call('EXPIRE', KEYS[1], args.hold_ttl)
    redis.call('EXPIRE', KEYS[2], args.hold_ttl)
    redis.call('ZADD', KEYS[5], args.retry_at_ms, f['t'] or '')
    ack(KEYS[3], args.group, args.entry)
    return 1
  end
  finish(KEYS[1], KEYS[2], args.live, args.maxlen, args.retention, args.now, args.status, ARGV,
         first, args.marker, args.result, args.error, args.error_type, cur[4] or nil)
  if cur[6] then
    -- it never runs again (a checkpoint is always stored with its checkpoint_at)
    redis.call('HDEL', KEYS[1], 'checkpoint', 'checkpoint_at')
  end
  if args.bury == '1' and args.status == 'FAILED' then
    bury(KEYS[3], args.group, KEYS[4], args.dead_maxlen, args.entry,
         redis.call('HGET', KEYS[1], 'worker') or '', args.now, args.error)
  else
    ack(KEYS[3], args.group, args.entry)
  end
  return 1
end
if not cur[1] or TERMINAL[cur[1]] then ack(KEYS[3], args.group, args.entry) end
return 0
"""


class CancelArgs(msgspec.Struct):
    """KEYS: record, events, paused."""

    now: str
    retention: int
    maxlen: int
    live: str
    control: str  # the channel workers hear cancel requests on
    task_id: str


CANCEL = r"""
local rec = redis.call('HMGET', KEYS[1], 'status', 'name', 'queue')
local status = rec[1]
if not status then return {'unknown', ''} end
if TERMINAL[status] then return {'finished', status} end
redis.call('HSET', KEYS[1], 'cancel', '1')
if status == 'PENDING' or status == 'RETRYING' or status == 'SCHEDULED' then
  redis.call('HDEL', KEYS[1], 'payload', 'signature')
  lua_finish(KEYS[1], KEYS[2], args.live, args.maxlen, args.retention, args.now, 'CANCELLED',
             '', '', render(CANCELLED_EVENT, {name=rec[2] or ''}))
  -- the queue, for the caller to take the id out of its due set (a PROMOTE would drop it too)
  return {'cancelled', status, rec[3] or ''}
end
if status == 'INTERRUPTED' then
  -- paused for approval: no worker holds it, so it ends here
  lua_finish(KEYS[1], KEYS[2], args.live, args.maxlen, args.retention, args.now, 'CANCELLED',
             '', '', render(CANCELLED_PAUSED_EVENT, {name=rec[2] or ''}))
  redis.call('HDEL', KEYS[1], 'payload', 'signature', 'pending', 'expires_at')
  redis.call('ZREM', KEYS[3], args.task_id)
  -- a Temporal workflow waiting for the decision hears it here and stops
  redis.call('PUBLISH', args.control, args.task_id)
  return {'cancelled', status}
end
redis.call('PUBLISH', args.control, args.task_id)
return {'requested', status}
"""


class LapsedArgs(msgspec.Struct):
    """KEYS: record."""

    attempt: int  # the attempt the worker ran


# A worker that finds a task it runs was taken over notes that it was alive at the time.
LAPSED = r"""
if redis.call('EXISTS', KEYS[1]) == 1 then note(KEYS[1], 'lapsed_alive', args.attempt) end
return 1
"""

# KEYS: records of in-flight tasks. ARGV (no Struct): their attempts.
# Returns per task: 0 carry on, 1 cancel requested, 2 no longer ours (finished or re-attempted),
# 3 the record is broken (overwritten or corrupted; COMPLETE then says how).
CHECK = r"""
local out = {}
for i = 1, #KEYS do
  local cur = read_record(KEYS[i], 'status', 'attempt', 'cancel', 'seq')
  if not cur or corrupted(KEYS[i], cur[1], cur[2], cur[4]) then out[i] = 3
  elseif cur[1] ~= 'RUNNING' or cur[2] ~= ARGV[i] then out[i] = 2
  elseif cur[3] == '1' then out[i] = 1
  else out[i] = 0 end
end
return out
"""


class FailStoreArgs(_Writes):
    """KEYS: record, events, queue."""

    attempt: int
    group: str
    entry: bytes
    error: str
    error_type: str


# Records that Redis refused to store a running task's events or outcome (out of memory, say).
# Allowed past maxmemory: the entry is removed first, so the task is not run again, then the
# small failure note is written, or the client would wait for an outcome forever.
FAIL_STORE = r"""
ack(KEYS[3], args.group, args.entry)
local cur = read_record(KEYS[1], 'status', 'attempt', 'name')
if not cur then
  -- the record was overwritten: the events stream alone tells readers how the task ended
  local ev = render(ERROR_EVENT, {error=args.error, error_type=args.error_type, name=''})
  local marker = render(MARKER, {status='FAILED', error=args.error, error_type=args.error_type})
  append(KEYS[2], args.live, args.maxlen, args.retention, {ev}, 1, marker)
  return 2
end
if cur[1] ~= 'RUNNING' or cur[2] ~= args.attempt then return 0 end
fail(KEYS[1], KEYS[2], args.live, args.maxlen, args.retention, args.now, cur[3] or '',
     args.error, args.error_type, {}, 1)
return 1
"""


class DeadLetterArgs(_Writes):
    """KEYS: queue, dead, record, events."""

    group: str
    entry: bytes
    worker: str
    reason: str
    dead_maxlen: int


DEAD_LETTER = r"""
bury(KEYS[1], args.group, KEYS[2], args.dead_maxlen, args.entry, args.worker, args.now,
     args.reason)
local rec = read_record(KEYS[3], 'status', 'name')
if rec and rec[1] and not TERMINAL[rec[1]] then
  local ev = render(ERROR_EVENT, {error=args.reason, error_type='TaskRejected', name=rec[2] or ''})
  lua_finish(KEYS[3], KEYS[4], args.live, args.maxlen, args.retention, args.now, 'FAILED',
             args.reason, 'TaskRejected', ev)
end
return 1
"""


class SupersedeArgs(_Writes):
    """KEYS: record, events.

    ``marker`` is the JSON of a :class:`~orbiter.distributed.events.Superseded` whose ``after``
    hole the script fills with the id of the last event the run's checkpoint covers ('0-0'
    without a checkpoint). Nothing is written when nothing came after that event, nor for a
    stored state that names no event (a paused run's, whose attempt ended cleanly).
    """

    attempt: int
    marker: bytes


# An attempt that takes over a task marks the events earlier attempts wrote after the run's
# last checkpoint as superseded: it runs their step again. Returns 1 written, 0 not ours.
SUPERSEDE = r"""
local cur = redis.call('HMGET', KEYS[1], 'status', 'attempt', 'checkpoint_at', 'last',
                      'checkpoint')
if cur[1] ~= 'RUNNING' or cur[2] ~= args.attempt then return 0 end
local after = cur[3]
if not after then
  if cur[5] then return 1 end
  after = '0-0'
end
if after == cur[4] then return 1 end
local marker = render(args.marker, {after=after})
local prev = cur[4]
if not prev then
  local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
  prev = '0-0'
  if #last > 0 then prev = last[1][1] end
end
local id = redis.call('XADD', KEYS[2], 'MAXLEN', '~', args.maxlen, '*', 'sup', marker)
redis.call('EXPIRE', KEYS[2], args.retention)
redis.call('PUBLISH', args.live, prev .. '\n' .. id .. '\ns' .. marker)
redis.call('HSET', KEYS[1], 'last', id)
return 1
"""


submit_script = Script(SUBMIT, SubmitArgs, together=QUEUE_SCRIPTS)
fresh_submit_script = Script(FRESH_SUBMIT, SubmitArgs, together=QUEUE_SCRIPTS)
start_script = Script(START, StartArgs, together=QUEUE_SCRIPTS)
append_script = Script(APPEND, AppendArgs, together=QUEUE_SCRIPTS)
complete_script = Script(COMPLETE, CompleteArgs, together=QUEUE_SCRIPTS)
cancel_script = Script(CANCEL, CancelArgs, together=QUEUE_SCRIPTS)
handback_script = Script(HANDBACK, HandBackArgs, together=QUEUE_SCRIPTS)
check_script = Script(CHECK, together=QUEUE_SCRIPTS)
lapsed_script = Script(LAPSED, LapsedArgs, together=QUEUE_SCRIPTS)
fail_store_script = Script(FAIL_STORE, FailStoreArgs, flags="allow-oom", together=QUEUE_SCRIPTS)
dead_letter_script = Script(DEAD_LETTER, DeadLetterArgs, together=QUEUE_SCRIPTS)
redrive_script = Script(REDRIVE, RedriveArgs, together=QUEUE_SCRIPTS)
promote_script = Script(PROMOTE, PromoteArgs, together=QUEUE_SCRIPTS)
supersede_script = Script(SUPERSEDE, SupersedeArgs, together=QUEUE_SCRIPTS)
