"""The Lua that puts a task back on its queue, each script beside the Struct of its named
arguments: a worker shutting down hands back what it runs (HANDBACK), an operator re-drives a
dead letter (REDRIVE), and a worker queues a delayed or retried task whose time has come
(PROMOTE).

The scripts are made and loaded with the rest of the queue's set in ``_scripts``; the helpers
they share are in ``_lua``.
"""

from __future__ import annotations

import msgspec


class HandBackArgs(msgspec.Struct):
    """KEYS: record, queue.

    ``attempt`` is the attempt this worker runs, or '' for an entry it received but never
    started; an entry started under this worker's name but never run counts as its own.
    """

    attempt: int | str
    group: str
    entry: bytes
    worker: str


# Puts a task back at the end of the queue at once (worker shutting down).
HANDBACK = r"""
local cur = redis.call('HMGET', KEYS[1], 'status', 'attempt', 'entry', 'worker')
local started = (args.attempt ~= '' and cur[1] == 'RUNNING' and cur[2] == args.attempt) or
                (args.attempt == '' and cur[1] == 'RUNNING' and cur[4] == args.worker and
                 cur[3] == args.entry)
local waiting = args.attempt == '' and (cur[1] == 'PENDING' or cur[1] == 'RETRYING') and
                cur[3] == args.entry
if started or waiting then
  local entry = redis.call('XRANGE', KEYS[2], args.entry, args.entry)
  if #entry > 0 then
    local id = redis.call('XADD', KEYS[2], '*', unpack(entry[1][2]))
    if started then
      redis.call('HSET', KEYS[1], 'status', 'RETRYING', 'entry', id, 'worker', '')
    else
      redis.call('HSET', KEYS[1], 'entry', id)
    end
  end
  ack(KEYS[2], args.group, args.entry)
  return 1
end
if not cur[1] or TERMINAL[cur[1]] then ack(KEYS[2], args.group, args.entry) end
return 0
"""


class RedriveArgs(msgspec.Struct):
    """KEYS: record, queue, events, dead."""

    dead_entry: str
    task_id: str
    payload: bytes
    signature: bytes
    pending_ttl: int


REDRIVE = r"""
local id = redis.call('XADD', KEYS[2], '*', 't', args.task_id, 'p', args.payload,
                      's', args.signature)
redis.call('HSET', KEYS[1], 'status', 'PENDING', 'attempt', 0, 'entry', id, 'worker', '',
           'error', '', 'error_type', '', 'result', '', 'finished_at', '', 'started_at', '')
redis.call('HDEL', KEYS[1], 'cancel', 'lapsed', 'lapsed_alive', 'last', 'retries', 'run_at',
           'payload', 'signature', 'checkpoint', 'checkpoint_at', 'decisions', 'base_attempt')
redis.call('EXPIRE', KEYS[1], args.pending_ttl)
redis.call('DEL', KEYS[3])
redis.call('XDEL', KEYS[4], args.dead_entry)
return id
"""


class PromoteArgs(msgspec.Struct):
    """KEYS: due, record, queue."""

    task_id: str


# Queues a task whose time has come. ZREM decides which worker does it: exactly one, however
# many look at once. A task cancelled (or finished) while it waited is only dropped.
PROMOTE = r"""
if redis.call('ZREM', KEYS[1], args.task_id) == 0 then return 0 end
local rec = read_record(KEYS[2], 'status', 'payload', 'signature')
if not rec or (rec[1] ~= 'SCHEDULED' and rec[1] ~= 'RETRYING') or not rec[2] then return 0 end
local id = redis.call('XADD', KEYS[3], '*', 't', args.task_id, 'p', rec[2], 's', rec[3] or '')
local status = 'RETRYING'
if rec[1] == 'SCHEDULED' then status = 'PENDING' end
redis.call('HSET', KEYS[2], 'status', status, 'entry', id)
redis.call('HDEL', KEYS[2], 'payload', 'signature')
return 1
"""
