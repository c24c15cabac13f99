"""The gate's Lua scripts (priorities and tenants), each beside the Struct of its arguments.

A task with a priority or a tenant is held at its queue's gate instead of going straight onto
the queue's stream. The gate lets tasks out (``release``) while fewer than its ``window`` are
out and not ended: by priority level in turns, round robin between tenants within a level,
skipping tenants at their cap. Key names are those of ``keys.Keys.gate*``: the scripts get the
gate's base name and add the same suffixes.
"""

from __future__ import annotations

import msgspec

from orbiter.distributed._lua import Script
from orbiter.distributed._scripts import SubmitArgs
from orbiter.distributed.records import TaskStatus

POLICY_SCRIPTS: list[Script] = []
"""Every script below: loaded together (see ``_lua.load``)."""

TURNS = 10
"""Releases in one cycle of priority turns (see ``ORDER``)."""
ORDER: tuple[tuple[int, ...], ...] = (
    *[(2, 1, 0)] * 7,
    *[(1, 2, 0)] * 2,
    (0, 1, 2),
)
"""For each release of a cycle, the levels it tries in turn (2 high, 1 normal, 0 low): while
every level has tasks held, 7 of 10 releases go to high, 2 to normal and 1 to low."""

WINDOW_PER_SLOT = 2
"""Tasks the gate lets out per worker slot: a worker finds the next task on the stream as it
ends one (a claim of several at once, rather than one round trip each), and a task let out
waits behind at most about two tasks per slot."""

RELEASE_BATCH = 0.25
"""As tasks end, the gate waits until this fraction of its window is free, then lets out that
many at once: workers then claim several in one read rather than one read each. At least one
slot's worth of tasks stays out, so workers do not run dry meanwhile. A new task goes at once
when a place is free."""

_TERMINAL = ", ".join(f"{s}=true" for s in TaskStatus if s.finished)

_GATE = (
    "local GATE_TERMINAL = {" + _TERMINAL + "}\n"
    "local ORDER = {"
    + ", ".join("{" + ", ".join(map(str, levels)) + "}" for levels in ORDER)
    + "}\n"
    f"local TURNS = {TURNS}\n"
    + f"local WINDOW_PER_SLOT = {WINDOW_PER_SLOT}\n"
    + f"local RELEASE_BATCH = {RELEASE_BATCH}\n"
    + r"""
local function ring_key(gate, level) return gate .. ':ring:' .. level end
local function wait_key(gate, level, tenant) return gate .. ':wait:' .. level .. ':' .. tenant end
local function out_tenant_key(gate, tenant) return gate .. ':out:' .. tenant end

-- The next task of the first tenant (round robin) at this level under its cap, taken off
-- its waiting list; nil when none may go.
local function take(gate, level, cap)
  local ring = ring_key(gate, level)
  for _ = 1, redis.call('LLEN', ring) do
    local tenant = redis.call('LMOVE', ring, ring, 'LEFT', 'RIGHT')
    if cap <= 0 or tenant == '' or redis.call('ZCARD', out_tenant_key(gate, tenant)) < cap then
      local wait = wait_key(gate, level, tenant)
      local id = redis.call('LPOP', wait)
      -- the tenant was just moved to the right end: drop it there when it has no more
      if redis.call('LLEN', wait) == 0 then redis.call('RPOP', ring) end
      if id then return id, tenant end
    end
  end
  return nil
end

-- Lets tasks out onto the queue's stream while fewer than the window are out, if at least
-- a batch of places is free (batch: a fraction of the window); returns how many went. A task
-- cancelled while held is dropped here.
local function release(gate, queue, task_prefix, now_ms, batch)
  local conf = redis.call('HMGET', gate, 'window', 'cap', 'turn')
  local window = tonumber(conf[1] or '0') or 0
  local cap = tonumber(conf[2] or '0') or 0
  local turn = tonumber(conf[3] or '0') or 0
  local out = gate .. ':out'
  local held = gate .. ':held'
  local n_out = redis.call('ZCARD', out)
  if window - n_out < math.max(1, math.floor(window * batch)) then
    return 0
  end
  local released = 0
  while n_out < window do
    local id, tenant
    for _, level in ipairs(ORDER[(turn % TURNS) + 1]) do
      id, tenant = take(gate, level, cap)
      if id then break end
    end
    if not id then break end
    turn = turn + 1
    local got = redis.call('HMGET', held, 'p:' .. id, 's:' .. id)
    redis.call('HDEL', held, 'p:' .. id, 's:' .. id)
    local rec = task_prefix .. id
    if got[1] and redis.call('HGET', rec, 'status') == 'PENDING' then
      local entry = redis.call('XADD', queue, '*', 't', id, 'p', got[1], 's', got[2] or '',
                               'g', '1')
      redis.call('HSET', rec, 'entry', entry)
      redis.call('ZADD', out, now_ms, tenant .. '|' .. id)
      redis.call('ZADD', out_tenant_key(gate, tenant), now_ms, id)
      released = released + 1
      n_out = n_out + 1
    end
  end
  if turn ~= tonumber(conf[3] or '0') then
    redis.call('HSET', gate, 'turn', turn % (TURNS * 1000000))
  end
  return released
end

-- Whether a released task no longer holds its place: it ended, its record is gone, or it waits
-- in the due set for a retry (queued then without the gate).
local function done_with(status, entry)
  if not status or GATE_TERMINAL[status] then return true end
  return (status == 'RETRYING' or status == 'SCHEDULED') and (not entry or entry == '')
end

-- Forgets a task that is out (it ended); true when it was.
local function forget(gate, tenant, id)
  local gone = redis.call('ZREM', gate .. ':out', tenant .. '|' .. id)
  redis.call('ZREM', out_tenant_key(gate, tenant), id)
  return gone == 1
end
"""
)


class HoldArgs(SubmitArgs):
    """KEYS: record, index, gate, queue. Then the record's field/value pairs."""

    level: int
    tenant: str
    task_prefix: str


HOLD = r"""
if redis.call('EXISTS', KEYS[1]) == 1 then
  -- a retried submit whose first try got through: keep the one task
  return redis.call('HGET', KEYS[1], 'entry') or ''
end
redis.call('HSET', KEYS[1], unpack(ARGV, NARGS + 1))
redis.call('EXPIRE', KEYS[1], args.record_ttl)
index_task(KEYS[2], args.task_id, args.now_ms, args.index_max)
local gate = KEYS[3]
redis.call('HSET', gate .. ':held', 'p:' .. args.task_id, args.payload,
           's:' .. args.task_id, args.signature)
if redis.call('RPUSH', wait_key(gate, args.level, args.tenant), args.task_id) == 1 then
  redis.call('RPUSH', ring_key(gate, args.level), args.tenant)
end
release(gate, KEYS[4], args.task_prefix, args.now_ms, 0)
return ''
"""


class EndedArgs(msgspec.Struct):
    """KEYS: gate, queue, then the records of the tasks. Then the tasks' ids."""

    task_prefix: str
    now_ms: int


# A worker ran released tasks and their attempts ended: the places of those finished (or
# waiting for a retry) go to the next tasks (one whose record is gone is left to the
# heartbeats, which know its tenant).
# Returns the number released.
ENDED = r"""
for i = 3, #KEYS do
  local rec = redis.call('HMGET', KEYS[i], 'status', 'tenant', 'entry')
  if rec[1] and done_with(rec[1], rec[3]) then
    forget(KEYS[1], rec[2] or '', ARGV[NARGS + i - 2])
  end
end
return release(KEYS[1], KEYS[2], args.task_prefix, args.now_ms, RELEASE_BATCH)
"""


class BeatArgs(msgspec.Struct):
    """KEYS: gate, queue."""

    worker: str  # '<worker id>|<concurrency>'
    leaving: int  # 1: the worker leaves the window
    expires_ms: int
    now_ms: int
    cap: int  # -1: leave the queue's cap as it is
    task_prefix: str
    check_before_ms: int  # released tasks last checked before this are looked at again
    check_max: int


# A worker's heartbeat at the gate: it counts its slots in the window, tasks out whose record
# says they ended (or is gone: the worker that ran it died and the task ended elsewhere, or
# expired) are forgotten, so no crash keeps a tenant's place for ever; then the gate releases.
BEAT = r"""
local gate = KEYS[1]
local slots = gate .. ':slots'
if args.leaving == '1' then
  redis.call('ZREM', slots, args.worker)
else
  redis.call('ZADD', slots, args.expires_ms, args.worker)
end
redis.call('ZREMRANGEBYSCORE', slots, '-inf', args.now_ms)
local window = 0
for _, member in ipairs(redis.call('ZRANGE', slots, 0, -1)) do
  local _, _, n = string.find(member, '|(%d+)$')
  window = window + tonumber(n or '0')
end
redis.call('HSET', gate, 'window', window * WINDOW_PER_SLOT)
if tonumber(args.cap) >= 0 then redis.call('HSET', gate, 'cap', args.cap) end
local out = gate .. ':out'
local stale = redis.call('ZRANGEBYSCORE', out, '-inf', args.check_before_ms, 'LIMIT', 0,
                         args.check_max)
for _, member in ipairs(stale) do
  local _, _, tenant, id = string.find(member, '^(.*)|([^|]*)$')
  local rec = redis.call('HMGET', args.task_prefix .. id, 'status', 'entry')
  if done_with(rec[1], rec[2]) then
    forget(gate, tenant, id)
  else
    redis.call('ZADD', out, args.now_ms, member)
  end
end
return release(gate, KEYS[2], args.task_prefix, args.now_ms, 0)
"""


hold_script = Script(_GATE + HOLD, HoldArgs, together=POLICY_SCRIPTS)
ended_script = Script(_GATE + ENDED, EndedArgs, together=POLICY_SCRIPTS)
beat_script = Script(_GATE + BEAT, BeatArgs, together=POLICY_SCRIPTS)
