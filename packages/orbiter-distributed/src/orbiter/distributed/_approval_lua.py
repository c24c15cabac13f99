"""The Lua of a run that pauses for a person's approval: pause, resume, and expire unresumed.

A paused run leaves the queue: its record keeps the run's state (``checkpoint``), the calls it
waits on (``pending``), and its payload and signature (``payload``, ``signature``) so that a
resume can put it back on the queue as it was submitted. The helpers are in ``_lua``.
"""

from __future__ import annotations

from orbiter.distributed._lua import Script
from orbiter.distributed._scripts import QUEUE_SCRIPTS, _Writes

APPROVAL_EXPIRED = "ApprovalExpired"
"""error_type of a paused run that nobody resumed before it expired."""

# Fails a paused run whose time to wait for a decision is over; KEYS[2] is its events.
_EXPIRE = (
    f"local APPROVAL_EXPIRED = '{APPROVAL_EXPIRED}'\n"
    + r"""
local function expire(rec, events_key, paused, task_id, name)
  local err = 'the run paused for approval of tool calls and nobody decided before it ' ..
              'expired (ORBITER_APPROVAL_TTL); submit it again if it still has to run'
  fail(rec, events_key, args.live, args.maxlen, args.retention, args.now, name, err,
       APPROVAL_EXPIRED, {}, 1)
  redis.call('HDEL', rec, 'payload', 'signature', 'pending', 'expires_at', 'checkpoint',
             'decisions')
  redis.call('ZREM', paused, task_id)
end
"""
)


class PauseArgs(_Writes):
    """KEYS: record, events, queue, paused. Then the events not sent yet, the interrupt last.

    ``keep`` is how long the record and events live while paused (its wait plus retention).
    """

    attempt: int
    base: int
    group: str
    entry: bytes
    task_id: str
    checkpoint: bytes
    pending: bytes
    result: bytes
    expires_at: str
    expires_ms: int
    keep: int


# Returns 1 paused, 2 cancelled meanwhile (ended CANCELLED), 0 no longer ours, or why the task
# failed instead (a corrupted record).
PAUSE = r"""
local cur = redis.call('HMGET', KEYS[1], 'status', 'attempt', 'seq', 'last', 'cancel')
local bad = ended_broken(cur, args, NARGS)
if bad then return bad end
if cur[1] ~= 'RUNNING' or cur[2] ~= args.attempt then
  if not cur[1] or TERMINAL[cur[1]] then ack(KEYS[3], args.group, args.entry) end
  return 0
end
local first = NARGS + 1 + math.max(0, tonumber(cur[3] or '0') - tonumber(args.base))
if cur[5] == '1' then
  -- cancelled while it was pausing: it ends here instead of waiting for a decision
  local marker = render(MARKER, {status='CANCELLED', error='', error_type=''})
  finish(KEYS[1], KEYS[2], args.live, args.maxlen, args.retention, args.now, 'CANCELLED', ARGV,
         first, marker, '', '', '', cur[4] or nil)
  ack(KEYS[3], args.group, args.entry)
  return 2
end
local last = append(KEYS[2], args.live, args.maxlen, args.keep, ARGV, first, nil, cur[4] or nil)
local found = redis.call('XRANGE', KEYS[3], args.entry, args.entry)
local fields = {}
if #found > 0 then
  for i = 1, #found[1][2], 2 do fields[found[1][2][i]] = found[1][2][i + 1] end
end
redis.call('HSET', KEYS[1], 'status', 'INTERRUPTED', 'last', last, 'seq', 0,
           'checkpoint', args.checkpoint, 'checkpoint_at', last, 'pending', args.pending,
           'result', args.result, 'expires_at', args.expires_at, 'payload', fields['p'] or '',
           'signature', fields['s'] or '')
redis.call('HDEL', KEYS[1], 'decisions')
redis.call('EXPIRE', KEYS[1], args.keep)
redis.call('ZADD', KEYS[4], args.expires_ms, args.task_id)
ack(KEYS[3], args.group, args.entry)
return 1
"""


class ResumeArgs(_Writes):
    """KEYS: record, queue, paused, events.

    ``attempt`` is the attempt that paused, as the client read it with the pending calls: a
    run paused again since then is not resumed with decisions about other calls.
    """

    task_id: str
    attempt: str
    decisions: bytes
    pending_ttl: int


# Returns {'resumed', entry id}, or {why not, status}: unknown, status (not paused), changed
# (paused again since it was read), expired (failed now), lost (its payload is gone).
RESUME = (
    _EXPIRE
    + r"""
local cur = redis.call('HMGET', KEYS[1], 'status', 'attempt', 'expires_at', 'payload',
                       'signature', 'name')
if not cur[1] then return {'unknown', ''} end
if cur[1] ~= 'INTERRUPTED' then return {'status', cur[1]} end
if cur[2] ~= args.attempt then return {'changed', cur[1]} end
if tonumber(cur[3] or '0') <= tonumber(args.now) then
  expire(KEYS[1], KEYS[4], KEYS[3], args.task_id, cur[6] or '')
  return {'expired', 'FAILED'}
end
if not cur[4] or cur[4] == '' then return {'lost', cur[1]} end
local id = redis.call('XADD', KEYS[2], '*', 't', args.task_id, 'p', cur[4], 's', cur[5] or '')
-- a resumed run gets a fresh budget of attempts: base_attempt is where it starts counting
redis.call('HSET', KEYS[1], 'status', 'PENDING', 'entry', id, 'decisions', args.decisions,
           'result', '', 'base_attempt', cur[2], 'worker', '')
redis.call('HDEL', KEYS[1], 'payload', 'signature', 'pending', 'expires_at')
redis.call('EXPIRE', KEYS[1], args.pending_ttl)
redis.call('ZREM', KEYS[3], args.task_id)
return {'resumed', id}
"""
)


class ExpireArgs(_Writes):
    """KEYS: record, events, paused."""

    task_id: str


# Returns 1 when the task expired now, 0 when it was resumed, ended or is not due yet.
EXPIRE_PAUSED = (
    _EXPIRE
    + r"""
local cur = redis.call('HMGET', KEYS[1], 'status', 'expires_at', 'name')
if cur[1] ~= 'INTERRUPTED' then
  redis.call('ZREM', KEYS[3], args.task_id)
  return 0
end
if tonumber(cur[2] or '0') > tonumber(args.now) then return 0 end
expire(KEYS[1], KEYS[2], KEYS[3], args.task_id, cur[3] or '')
return 1
"""
)


pause_script = Script(PAUSE, PauseArgs, together=QUEUE_SCRIPTS)
resume_script = Script(RESUME, ResumeArgs, together=QUEUE_SCRIPTS)
expire_script = Script(EXPIRE_PAUSED, ExpireArgs, together=QUEUE_SCRIPTS)
