"""The Lua scripts behind every multi-key change, and how they are called.

Each state change of a task (submit, start, append events, finish, cancel, hand back) is one
script, so it is atomic and costs one command. Every script that writes events also publishes
them on the task's live channel as one message::

    <id of the entry before this batch>\n<id>\n<e|x><json>\n<id>\n<e|x><json>...

``e`` lines are events, the ``x`` line is the terminal marker. Listeners compare the first id
with their cursor to know the message follows on from what they already have.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import NoScriptError

from orbiter.distributed.records import TaskStatus

CORRUPTED = "TaskRecordCorrupted"
"""error_type of a task failed because its record held garbage."""
REFUSED = "RedisWriteRefused"
"""error_type of a task failed because Redis refused to store its events or outcome."""

# Status values come from TaskStatus, so the scripts and the clients agree on them.
_COMMON = (
    (
        "local STATUSES = {" + ", ".join(f"{s}=true" for s in TaskStatus) + "}\n"
        "local TERMINAL = {" + ", ".join(f"{s}=true" for s in TaskStatus if s.finished) + "}\n"
        f"local CORRUPTED = '{CORRUPTED}'\n"
    )
    + r"""
-- What is wrong with the record fields the scripts count on, or nil. A record edited by hand
-- or by a stray client fails its task with this instead of stopping a script half way.
local function corrupted(rec, status, attempt, seq)
  local field, value, want
  if status and not STATUSES[status] then
    field, value, want = 'status', status, 'a task status (PENDING, RUNNING, RETRYING, ' ..
                         'COMPLETED, FAILED or CANCELLED)'
  elseif attempt and not string.match(attempt, '^%d+$') then
    field, value, want = 'attempt', attempt, 'a whole number'
  elseif seq and not string.match(seq, '^%d+$') then
    field, value, want = 'seq', seq, 'a whole number'
  else
    return nil
  end
  return 'task record ' .. rec .. ' is corrupted: field ' .. field .. ' holds ' ..
         string.format('%q', string.sub(value, 1, 60)) .. ', not ' .. want
end

-- Appends evs[first..] (and the end marker) to a task's events and publishes them in one
-- message. prev is the id of the stream's last entry when the caller knows it (the record's
-- 'last' field, which APPEND keeps), saving a read. Returns the id of the last entry.
local function append(events_key, chan, maxlen, ttl, evs, first, marker, prev)
  if not prev then
    local last = redis.call('XREVRANGE', events_key, '+', '-', 'COUNT', 1)
    prev = '0-0'
    if #last > 0 then prev = last[1][1] end
  end
  local parts = {prev}
  local id = prev
  for i = first, #evs do
    id = redis.call('XADD', events_key, 'MAXLEN', '~', maxlen, '*', 'e', evs[i])
    parts[#parts + 1] = id
    parts[#parts + 1] = 'e' .. evs[i]
  end
  if marker then
    id = redis.call('XADD', events_key, 'MAXLEN', '~', maxlen, '*', 'end', marker)
    parts[#parts + 1] = id
    parts[#parts + 1] = 'x' .. marker
  end
  redis.call('EXPIRE', events_key, ttl)
  if #parts > 1 then redis.call('PUBLISH', chan, table.concat(parts, '\n')) end
  return id
end

local function finish(rec, events_key, chan, maxlen, ttl, now, status, evs, first, marker,
                      result, err, etype, prev)
  append(events_key, chan, maxlen, ttl, evs, first, marker, prev)
  redis.call('HSET', rec, 'status', status, 'finished_at', now, 'result', result,
             'error', err, 'error_type', etype)
  redis.call('EXPIRE', rec, ttl)
end

local function lua_finish(rec, events_key, chan, maxlen, ttl, now, status, err, etype, ev)
  local marker = cjson.encode({status=status, error=err, error_type=etype})
  finish(rec, events_key, chan, maxlen, ttl, now, status, {ev}, 1, marker, '', err, etype)
end

-- Fails a task with an error event after the events in evs[first..], and a marker.
local function fail(rec, events_key, chan, maxlen, ttl, now, name, err, etype, evs, first)
  evs[#evs + 1] = cjson.encode({type='error', error=err, error_type=etype, agent_name=name})
  local marker = cjson.encode({status='FAILED', error=err, error_type=etype})
  finish(rec, events_key, chan, maxlen, ttl, now, 'FAILED', evs, first, marker, '', err, etype)
end

-- Fails a task whose record is corrupted, with numbers put back where there was garbage so
-- that readers can decode the record and learn why the task failed.
local function fail_corrupted(rec, events_key, chan, maxlen, ttl, now, why, evs, first)
  local cur = redis.call('HMGET', rec, 'attempt', 'name')
  if cur[1] and not string.match(cur[1], '^%d+$') then redis.call('HSET', rec, 'attempt', 0) end
  redis.call('HDEL', rec, 'seq')
  fail(rec, events_key, chan, maxlen, ttl, now, cur[2] or '', why, CORRUPTED, evs, first)
end

-- Sets of attempt numbers kept in a record field as "1,3": a repeated note counts once.
local function note(rec, field, attempt)
  local seen = redis.call('HGET', rec, field) or ''
  if string.find(',' .. seen .. ',', ',' .. attempt .. ',', 1, true) then return end
  if seen ~= '' then seen = seen .. ',' end
  redis.call('HSET', rec, field, seen .. attempt)
end

local function noted(rec, field)
  local seen = redis.call('HGET', rec, field) or ''
  if seen == '' then return 0 end
  local _, commas = string.gsub(seen, ',', '')
  return commas + 1
end

local function ack(queue, group, entry)
  redis.call('XACK', queue, group, entry)
  redis.call('XDEL', queue, entry)
end

-- Moves a queue entry to the dead-letter stream with the reason it will not run.
local function bury(queue, group, dead, dead_maxlen, entry, worker, now, reason)
  local found = redis.call('XRANGE', queue, entry, entry)
  local fields = {}
  if #found > 0 then fields = found[1][2] end
  redis.call('XADD', dead, 'MAXLEN', '~', dead_maxlen, '*', 'reason', reason, 'entry', entry,
             'worker', worker, 'at', now, unpack(fields))
  ack(queue, group, entry)
end

-- HMGET on a task record, or nil and Redis's error when the key holds another type.
local function read_record(rec, ...)
  local cur = redis.pcall('HMGET', rec, ...)
  if cur.err then
    return nil, 'task record ' .. rec .. ' cannot be read: ' .. cur.err ..
                ' (something other than Orbiter overwrote it)'
  end
  return cur
end
"""
)

# KEYS: record, queue, index. ARGV: task_id, now_ms, payload, signature, record_ttl, index_max,
# then record field/value pairs.
SUBMIT = r"""
if redis.call('EXISTS', KEYS[1]) == 1 then
  -- a retried submit whose first try got through: keep the one task
  return redis.call('HGET', KEYS[1], 'entry')
end
local id = redis.call('XADD', KEYS[2], '*', 't', ARGV[1], 'p', ARGV[3], 's', ARGV[4])
redis.call('HSET', KEYS[1], 'entry', id, unpack(ARGV, 7))
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
-- The index is trimmed on about one submit in 64 (task ids are random hex), so it stays
-- within a few hundred ids of its bound without a ZCARD on every submit.
if string.sub(ARGV[1], -2) < '04' then
  redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -tonumber(ARGV[6]) - 1)
end
return id
"""

# KEYS: record, queue, events, dead. ARGV: group, entry, worker, now, max_attempts, retention,
# maxlen, live channel, pending_ttl, dead_maxlen, taken over from ('' for a fresh delivery,
# 'alive' or 'silent': whether its last worker still heartbeats), lease seconds.
# The give-up message tells lapsed leases (and whether their workers were alive) from
# hand-backs by workers shutting down, so nobody goes looking for crashes that never happened.
START = r"""
local rec, broken = read_record(KEYS[1], 'status', 'cancel', 'attempt', 'name', 'entry')
if not rec then
  bury(KEYS[2], ARGV[1], KEYS[4], ARGV[10], ARGV[2], ARGV[3], ARGV[4], broken)
  return {'skip', 'BROKEN', broken}
end
local status = rec[1]
if not status then
  ack(KEYS[2], ARGV[1], ARGV[2])
  return {'skip', 'UNKNOWN'}
end
if TERMINAL[status] then
  ack(KEYS[2], ARGV[1], ARGV[2])
  return {'skip', status}
end
if rec[5] and rec[5] ~= ARGV[2] then
  -- a stale copy of the task (it was handed back or re-driven under a new entry)
  ack(KEYS[2], ARGV[1], ARGV[2])
  return {'skip', 'DUPLICATE'}
end
local name = rec[4] or ''
local bad = corrupted(KEYS[1], status, rec[3], nil)
if bad then
  fail_corrupted(KEYS[1], KEYS[3], ARGV[8], ARGV[7], ARGV[6], ARGV[4], bad, {}, 1)
  ack(KEYS[2], ARGV[1], ARGV[2])
  return {'skip', 'BROKEN', bad}
end
if rec[2] == '1' then
  local ev = cjson.encode({type='status', status='cancelled', agent_name=name,
                           message='cancelled before it started'})
  lua_finish(KEYS[1], KEYS[3], ARGV[8], ARGV[7], ARGV[6], ARGV[4], 'CANCELLED', '', '', ev)
  ack(KEYS[2], ARGV[1], ARGV[2])
  return {'skip', 'CANCELLED'}
end
if ARGV[11] ~= '' and status == 'RUNNING' then
  note(KEYS[1], 'lapsed', rec[3] or '0')
  if ARGV[11] == 'alive' then note(KEYS[1], 'lapsed_alive', rec[3] or '0') end
end
local attempt = tonumber(rec[3] or '0') + 1
if attempt > tonumber(ARGV[5]) then
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
    parts[#parts + 1] = 'its ' .. ARGV[12] .. 's lease lapsed ' .. lapses .. ' time(s)' .. why
  end
  local handed = tonumber(ARGV[5]) - lapses
  if handed > 0 then
    parts[#parts + 1] = handed .. ' time(s) its worker shut down before finishing it'
  end
  local err = 'gave up after ' .. ARGV[5] .. ' attempts: ' .. table.concat(parts, '; ')
  local ev = cjson.encode({type='error', error=err, error_type='TaskAttemptsExhausted',
                           agent_name=name})
  lua_finish(KEYS[1], KEYS[3], ARGV[8], ARGV[7], ARGV[6], ARGV[4], 'FAILED', err,
             'TaskAttemptsExhausted', ev)
  bury(KEYS[2], ARGV[1], KEYS[4], ARGV[10], ARGV[2], ARGV[3], ARGV[4], err)
  return {'skip', 'FAILED'}
end
if attempt == 1 then
  -- a first start finds no events yet: the appends need not look for the last one
  redis.call('HSET', KEYS[1], 'status', 'RUNNING', 'attempt', attempt, 'worker', ARGV[3],
             'started_at', ARGV[4], 'seq', 0, 'last', '0-0')
else
  redis.call('HSET', KEYS[1], 'status', 'RUNNING', 'attempt', attempt, 'worker', ARGV[3],
             'started_at', ARGV[4], 'seq', 0)
end
redis.call('EXPIRE', KEYS[1], ARGV[9])
return {'run', tostring(attempt)}
"""

# Events carry a sequence number (ARGV base = events this attempt already sent), so a batch
# re-sent after a dropped connection is not appended twice.
# KEYS: record, events. ARGV: attempt, maxlen, retention, live channel, base, events...
# Returns 1 appended, 0 no longer ours, 3 the record is broken (COMPLETE then says how).
APPEND = r"""
local cur = read_record(KEYS[1], 'status', 'attempt', 'seq', 'last')
if not cur or corrupted(KEYS[1], cur[1], cur[2], cur[3]) then return 3 end
if cur[1] ~= 'RUNNING' or cur[2] ~= ARGV[1] then return 0 end
local base = tonumber(ARGV[5])
local last = append(KEYS[2], ARGV[4], ARGV[2], ARGV[3], ARGV,
                    6 + math.max(0, tonumber(cur[3] or '0') - base), nil, cur[4] or nil)
redis.call('HSET', KEYS[1], 'seq', base + #ARGV - 5, 'last', last)
return 1
"""

# KEYS: record, events, queue. ARGV: attempt, maxlen, retention, live channel, group, entry,
# now, status, marker, result, error, error_type, base, events...
# Returns 1 stored, 0 no longer ours, or why the task failed instead (a corrupted record).
COMPLETE = r"""
local cur = redis.call('HMGET', KEYS[1], 'status', 'attempt', 'seq', 'last')
local bad = corrupted(KEYS[1], cur[1], cur[2], cur[3])
if bad then
  fail_corrupted(KEYS[1], KEYS[2], ARGV[4], ARGV[2], ARGV[3], ARGV[7], bad, ARGV, 14)
  ack(KEYS[3], ARGV[5], ARGV[6])
  return bad
end
if cur[1] == 'RUNNING' and cur[2] == ARGV[1] then
  local first = 14 + math.max(0, tonumber(cur[3] or '0') - tonumber(ARGV[13]))
  finish(KEYS[1], KEYS[2], ARGV[4], ARGV[2], ARGV[3], ARGV[7], ARGV[8], ARGV, first, ARGV[9],
         ARGV[10], ARGV[11], ARGV[12], cur[4] or nil)
  ack(KEYS[3], ARGV[5], ARGV[6])
  return 1
end
if not cur[1] or TERMINAL[cur[1]] then ack(KEYS[3], ARGV[5], ARGV[6]) end
return 0
"""

# KEYS: record, events. ARGV: now, retention, maxlen, live channel, control channel, task_id.
CANCEL = r"""
local rec = redis.call('HMGET', KEYS[1], 'status', 'name')
local status = rec[1]
if not status then return {'unknown', ''} end
if TERMINAL[status] then return {'finished', status} end
redis.call('HSET', KEYS[1], 'cancel', '1')
if status == 'PENDING' or status == 'RETRYING' then
  local ev = cjson.encode({type='status', status='cancelled', agent_name=rec[2] or '',
                           message='cancelled before it started'})
  lua_finish(KEYS[1], KEYS[2], ARGV[4], ARGV[3], ARGV[2], ARGV[1], 'CANCELLED', '', '', ev)
  return {'cancelled', status}
end
redis.call('PUBLISH', ARGV[5], ARGV[6])
return {'requested', status}
"""

# Puts a task back at the end of the queue at once (worker shutting down). ARGV attempt is
# the attempt this worker runs, or '' for an entry it received but never started.
# An entry started under this worker's name (ARGV worker) but never run counts as its own.
# KEYS: record, queue. ARGV: attempt, group, entry, worker.
HANDBACK = r"""
local cur = redis.call('HMGET', KEYS[1], 'status', 'attempt', 'entry', 'worker')
local started = (ARGV[1] ~= '' and cur[1] == 'RUNNING' and cur[2] == ARGV[1]) or
                (ARGV[1] == '' and cur[1] == 'RUNNING' and cur[4] == ARGV[4] and
                 cur[3] == ARGV[3])
local waiting = ARGV[1] == '' and (cur[1] == 'PENDING' or cur[1] == 'RETRYING') and
                cur[3] == ARGV[3]
local mine = started or waiting
if mine then
  local entry = redis.call('XRANGE', KEYS[2], ARGV[3], ARGV[3])
  if #entry > 0 then
    local id = redis.call('XADD', KEYS[2], '*', unpack(entry[1][2]))
    if started then
      redis.call('HSET', KEYS[1], 'status', 'RETRYING', 'entry', id, 'worker', '')
    else
      redis.call('HSET', KEYS[1], 'entry', id)
    end
  end
  ack(KEYS[2], ARGV[2], ARGV[3])
  return 1
end
if not cur[1] or TERMINAL[cur[1]] then ack(KEYS[2], ARGV[2], ARGV[3]) end
return 0
"""

# A worker that finds a task it runs was taken over notes that it was alive at the time.
# KEYS: record. ARGV: the attempt it ran.
LAPSED = r"""
if redis.call('EXISTS', KEYS[1]) == 1 then note(KEYS[1], 'lapsed_alive', ARGV[1]) end
return 1
"""

# KEYS: records of in-flight tasks. ARGV: their attempts.
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

# Records that Redis refused to store a running task's events or outcome (out of memory, say).
# Allowed past maxmemory: the entry is removed first, so the task is not run again, then the
# small failure note is written, or the client would wait for an outcome forever.
# KEYS: record, events, queue. ARGV: attempt, maxlen, retention, live channel, group, entry,
# now, error, error_type.
FAIL_STORE = r"""
ack(KEYS[3], ARGV[5], ARGV[6])
local cur = read_record(KEYS[1], 'status', 'attempt', 'name')
if not cur then
  -- the record was overwritten: the events stream alone tells readers how the task ended
  local ev = cjson.encode({type='error', error=ARGV[8], error_type=ARGV[9], agent_name=''})
  local marker = cjson.encode({status='FAILED', error=ARGV[8], error_type=ARGV[9]})
  append(KEYS[2], ARGV[4], ARGV[2], ARGV[3], {ev}, 1, marker)
  return 2
end
if cur[1] ~= 'RUNNING' or cur[2] ~= ARGV[1] then return 0 end
fail(KEYS[1], KEYS[2], ARGV[4], ARGV[2], ARGV[3], ARGV[7], cur[3] or '', ARGV[8], ARGV[9], {}, 1)
return 1
"""

# KEYS: queue, dead, record, events. ARGV: group, entry, reason, now, worker, retention, maxlen,
# live channel, dead_maxlen.
DEAD_LETTER = r"""
bury(KEYS[1], ARGV[1], KEYS[2], ARGV[9], ARGV[2], ARGV[5], ARGV[4], ARGV[3])
local rec = read_record(KEYS[3], 'status', 'name')
if rec and rec[1] and not TERMINAL[rec[1]] then
  local ev = cjson.encode({type='error', error=ARGV[3], error_type='TaskRejected',
                           agent_name=rec[2] or ''})
  lua_finish(KEYS[3], KEYS[4], ARGV[8], ARGV[7], ARGV[6], ARGV[4], 'FAILED', ARGV[3],
             'TaskRejected', ev)
end
return 1
"""

# KEYS: record, queue, events, dead. ARGV: dead entry id, task_id, payload, signature,
# pending_ttl.
REDRIVE = r"""
local id = redis.call('XADD', KEYS[2], '*', 't', ARGV[2], 'p', ARGV[3], 's', ARGV[4])
redis.call('HSET', KEYS[1], 'status', 'PENDING', 'attempt', 0, 'entry', id, 'worker', '',
           'error', '', 'error_type', '', 'result', '', 'finished_at', '', 'started_at', '')
redis.call('HDEL', KEYS[1], 'cancel', 'lapsed', 'lapsed_alive', 'last')
redis.call('EXPIRE', KEYS[1], ARGV[5])
redis.call('DEL', KEYS[3])
redis.call('XDEL', KEYS[4], ARGV[1])
return id
"""


class Script:
    """A Lua script called by SHA, loaded again when the server has forgotten it (restart)."""

    __slots__ = ("body", "sha")

    def __init__(self, body: str, flags: str = "") -> None:
        # Flags (Redis 7 script flags, e.g. allow-oom) go on a first line of their own.
        self.body = (f"#!lua flags={flags}\n" if flags else "") + _COMMON + body
        self.sha = hashlib.sha1(self.body.encode()).hexdigest()

    async def __call__(self, r: Redis, keys: Sequence[str], args: Sequence[Any]) -> Any:
        try:
            return await r.evalsha(self.sha, len(keys), *keys, *args)
        except NoScriptError:
            await r.script_load(self.body)
            return await r.evalsha(self.sha, len(keys), *keys, *args)


Call = tuple[Script, Sequence[str], Sequence[Any]]


async def load_on_connect(conn: Any) -> None:
    """Connection hook: load every script before the connection carries any command.

    A pipeline that met NOSCRIPT half way would run its later calls before the earlier ones
    (e.g. a task's terminal marker before its events), so scripts are loaded up front on each
    new connection, which is also the first thing that happens after a server restart.
    """
    await conn.on_connect()
    for script in ALL:
        await conn.send_command("SCRIPT", "LOAD", script.body, check_health=False)
    for _ in ALL:
        await conn.read_response()


async def run_many(r: Redis, calls: Sequence[Call]) -> list[Any]:
    """Run several script calls in one round trip; results (or exceptions) in order."""
    pipe = r.pipeline(transaction=False)
    for script, keys, args in calls:
        pipe.execute_command("EVALSHA", script.sha, len(keys), *keys, *args)
    results: list[Any] = await pipe.execute(raise_on_error=False)
    missing = [i for i, res in enumerate(results) if isinstance(res, NoScriptError)]
    if missing:
        for script in {calls[i][0] for i in missing}:
            await r.script_load(script.body)
        again = await run_many(r, [calls[i] for i in missing])
        for i, res in zip(missing, again, strict=True):
            results[i] = res
    return results


submit_script = Script(SUBMIT)
start_script = Script(START)
append_script = Script(APPEND)
complete_script = Script(COMPLETE)
cancel_script = Script(CANCEL)
handback_script = Script(HANDBACK)
check_script = Script(CHECK)
lapsed_script = Script(LAPSED)
fail_store_script = Script(FAIL_STORE, flags="allow-oom")
dead_letter_script = Script(DEAD_LETTER)
redrive_script = Script(REDRIVE)

ALL = (
    submit_script,
    start_script,
    append_script,
    complete_script,
    cancel_script,
    handback_script,
    check_script,
    lapsed_script,
    fail_store_script,
    dead_letter_script,
    redrive_script,
)
