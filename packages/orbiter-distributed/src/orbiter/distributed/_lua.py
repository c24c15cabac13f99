"""The Lua side every Orbiter script shares, and how scripts are called.

Every script that writes events also publishes them on the task's live channel as one
message::

    <id of the entry before this batch>\n<id>\n<e|x><json>\n<id>\n<e|x><json>...

``e`` lines are events, the ``x`` line is the terminal marker. Listeners compare the first id
with their cursor to know the message follows on from what they already have.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import msgspec
from redis.asyncio import Redis, RedisCluster
from redis.exceptions import NoScriptError

from orbiter.distributed.connection import TRANSIENT, Backoff, is_cluster
from orbiter.distributed.events import Marker
from orbiter.distributed.records import TaskStatus
from orbiter.distributed.replication import ReplicaWait
from orbiter.events import ErrorEvent, StatusEvent, encode_event

CORRUPTED = "TaskRecordCorrupted"
"""error_type of a task failed because its record held garbage."""
REFUSED = "RedisWriteRefused"
"""error_type of a task failed because Redis refused to store its events or outcome."""


def _lua_string(text: bytes | str) -> str:
    """A Lua long-bracket literal of ``text`` (JSON never holds the closing bracket)."""
    text = text.decode() if isinstance(text, bytes) else text
    assert "]==]" not in text
    return f"[==[{text}]==]"


# Events and markers the scripts write are encoded here, from the one event schema, with
# ``"@name@"`` holes the scripts fill with JSON strings (see ``render`` below).
_CANCELLED = encode_event(
    StatusEvent(agent_name="@name@", status="cancelled", message="cancelled before it started")
)
_CANCELLED_PAUSED = encode_event(
    StatusEvent(
        agent_name="@name@", status="cancelled", message="cancelled while it waited for approval"
    )
)
_ERROR = encode_event(ErrorEvent(agent_name="@name@", error="@error@", error_type="@error_type@"))
_MARKER = msgspec.json.encode(Marker(status="@status@", error="@error@", error_type="@error_type@"))

# Status values come from TaskStatus, so the scripts and the clients agree on them.
_COMMON = (
    (
        "local STATUSES = {" + ", ".join(f"{s}=true" for s in TaskStatus) + "}\n"
        "local TERMINAL = {" + ", ".join(f"{s}=true" for s in TaskStatus if s.finished) + "}\n"
        f"local STATUS_LIST = 'a task status ({', '.join(TaskStatus)})'\n"
        f"local CORRUPTED = '{CORRUPTED}'\n"
        f"local CANCELLED_EVENT = {_lua_string(_CANCELLED)}\n"
        f"local CANCELLED_PAUSED_EVENT = {_lua_string(_CANCELLED_PAUSED)}\n"
        f"local ERROR_EVENT = {_lua_string(_ERROR)}\n"
        f"local MARKER = {_lua_string(_MARKER)}\n"
    )
    + r"""
-- Fills the "@name@" holes of an event or marker encoded in Python with JSON strings.
local function render(template, values)
  return (string.gsub(template, '"@([%w_]+)@"', function(k) return cjson.encode(values[k]) end))
end

-- What is wrong with the record fields the scripts count on, or nil. A record edited by hand
-- or by a stray client fails its task with this instead of stopping a script half way.
local function corrupted(rec, status, attempt, seq)
  local field, value, want
  if status and not STATUSES[status] then
    field, value, want = 'status', status, STATUS_LIST
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
  local marker = render(MARKER, {status=status, error=err, error_type=etype})
  finish(rec, events_key, chan, maxlen, ttl, now, status, {ev}, 1, marker, '', err, etype)
end

-- Fails a task with an error event after the events in evs[first..], and a marker.
local function fail(rec, events_key, chan, maxlen, ttl, now, name, err, etype, evs, first)
  evs[#evs + 1] = render(ERROR_EVENT, {error=err, error_type=etype, name=name})
  local marker = render(MARKER, {status='FAILED', error=err, error_type=etype})
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

-- Adds a new task to the index of task ids. The index is trimmed on about one submit in 64
-- (task ids are random hex), so it stays within a few hundred ids of its bound without a ZCARD
-- on every submit.
local function index_task(index, task_id, now_ms, index_max)
  redis.call('ZADD', index, now_ms, task_id)
  if string.sub(task_id, -2) < '04' then
    redis.call('ZREMRANGEBYRANK', index, 0, -tonumber(index_max) - 1)
  end
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

-- The guard of a script that ends an attempt (KEYS: record, events, queue): when the record
-- is corrupted, fails the task after the events in ARGV, takes its entry off the queue and
-- returns why; nil when the record is fine. ``a`` is the script's named arguments.
local function ended_broken(cur, a, nargs)
  local bad = corrupted(KEYS[1], cur[1], cur[2], cur[3])
  if bad then
    fail_corrupted(KEYS[1], KEYS[2], a.live, a.maxlen, a.retention, a.now, bad, ARGV, nargs + 1)
    ack(KEYS[3], a.group, a.entry)
  end
  return bad
end
"""
)


Call = tuple["Script", Sequence[Any], Sequence[Any]]

_PUBLISH = "redis.call('PUBLISH', "
BROADCAST_CHANNELS = ("args.control",)
"""Channels the scripts publish that belong to no task: the workers' control channel, which
every worker hears whichever node it listens on, so a cluster must broadcast it (PUBLISH)."""


def _sharded(body: str) -> str:
    """``body`` as it runs on a cluster: a task's live batches go out with ``SPUBLISH``.

    A live channel carries its task's hash tag, so it hashes to the slot of the keys the
    script touches, which is where Redis allows a script to ``SPUBLISH``; only the node that
    holds the task then sends the message, to the listeners subscribed there, instead of the
    whole cluster passing every message to every node. One server runs ``body`` unchanged.
    """
    if body.count("PUBLISH") != body.count(_PUBLISH):
        raise ValueError(f"a script publishes other than as {_PUBLISH}...): see _lua._sharded")
    out = body.replace(_PUBLISH, "redis.call('SPUBLISH', ")
    for name in BROADCAST_CHANNELS:
        out = out.replace(f"redis.call('SPUBLISH', {name},", f"{_PUBLISH}{name},")
    return out


class Script:
    """A Lua script called by SHA, loaded again when the server has forgotten it (restart).

    Each script reads its arguments by name (``args.entry``) from a table built from the
    fields of its ``args`` Struct, in their order; values past those fields (events, record
    fields) are read from ARGV after NARGS.

    Args:
        args: the Struct of its named arguments, if it has one.
        flags: Redis 7 script flags, e.g. ``allow-oom``.
        together: scripts loaded together when one of them is missing (see :func:`load`).
        common: begin with the helpers the task scripts share; a script that needs none of
            them leaves them out, since Redis runs them on every call.
    """

    __slots__ = ("body", "cluster_body", "cluster_sha", "sha", "together")

    def __init__(
        self,
        body: str,
        args: type[msgspec.Struct] | None = None,
        flags: str = "",
        together: list[Script] | None = None,
        common: bool = True,
    ) -> None:
        names = args.__struct_fields__ if args is not None else ()
        named = (
            "local args = {"
            + ", ".join(f"{name}=ARGV[{i}]" for i, name in enumerate(names, 1))
            + f"}}\nlocal NARGS = {len(names)}\n"
        )
        # Flags go on a first line of their own.
        prelude = _COMMON if common else ""
        self.body = (f"#!lua flags={flags}\n" if flags else "") + prelude + named + body
        self.sha = hashlib.sha1(self.body.encode()).hexdigest()
        self.cluster_body = _sharded(self.body)
        self.cluster_sha = hashlib.sha1(self.cluster_body.encode()).hexdigest()
        self.together = together if together is not None else [self]
        if together is not None:
            together.append(self)

    def sha_for(self, r: Any) -> str:
        """The SHA to call this script by on ``r`` (a cluster runs its sharded body)."""
        return self.cluster_sha if is_cluster(r) else self.sha

    def call(self, keys: Sequence[Any], args: msgspec.Struct, *rest: Any) -> Call:
        """One call of this script, to run with :func:`run_many`."""
        return (self, keys, (*msgspec.structs.astuple(args), *rest))

    async def __call__(
        self, r: Redis, keys: Sequence[Any], args: msgspec.Struct | Sequence[Any]
    ) -> Any:
        argv = msgspec.structs.astuple(args) if isinstance(args, msgspec.Struct) else args
        try:
            return await r.evalsha(self.sha_for(r), len(keys), *keys, *argv)
        except NoScriptError:
            await load(r, self.together)
            return await r.evalsha(self.sha_for(r), len(keys), *keys, *argv)


async def load(r: Redis, scripts: Sequence[Script]) -> None:
    """Load scripts that are used together, in one round trip.

    Called when Redis has forgotten a script (it restarted, or its script cache was flushed).
    Loading the whole set keeps a pipeline from finding one script missing and the next one
    present, which would run a later call (a task's terminal marker) before an earlier one
    (its last events).
    """
    if isinstance(r, RedisCluster):
        for script in scripts:
            await r.script_load(script.cluster_body)  # on every primary
        return
    pipe = r.pipeline(transaction=False)
    for script in scripts:
        pipe.script_load(script.body)
    await pipe.execute()


async def load_missing(r: Redis, calls: Sequence[Call], results: Sequence[Any]) -> list[int]:
    """The indexes of the calls whose script the server had forgotten (``NOSCRIPT``), after
    loading the set each belongs to: those calls are to be sent again."""
    missing = [i for i, res in enumerate(results) if isinstance(res, NoScriptError)]
    for scripts in {id(calls[i][0].together): calls[i][0].together for i in missing}.values():
        await load(r, scripts)
    return missing


async def run_many(r: Redis, calls: Sequence[Call], wait: ReplicaWait | None = None) -> list[Any]:
    """Run several script calls in one round trip; results (or exceptions) in order.

    Args:
        wait: end the round trip with ``WAIT`` (the calls finish tasks a failover must keep).
    """
    pipe = r.pipeline(transaction=False)
    for script, keys, args in calls:
        pipe.execute_command("EVALSHA", script.sha_for(r), len(keys), *keys, *args)
    if wait is not None:
        pipe.execute_command(*wait.command)
    results: list[Any] = await pipe.execute(raise_on_error=False)
    if wait is not None:
        wait.check(results.pop(), "a finished task")
    missing = await load_missing(r, calls, results)
    if missing:
        again = await run_many(r, [calls[i] for i in missing], wait)
        for i, res in zip(missing, again, strict=True):
            results[i] = res
    return await _retry_unreachable(r, calls, results)


async def _retry_unreachable(r: Redis, calls: Sequence[Call], results: list[Any]) -> list[Any]:
    """Run again the calls that found their node unreachable (on a cluster, one primary down
    or restarting while the others answered); raise when none ran, for the caller to retry.

    The others ran, so the whole batch must not run again; a task's calls all go to one node,
    so they fail or succeed together and stay in order.
    """
    failed = [i for i, res in enumerate(results) if isinstance(res, TRANSIENT)]
    if failed and len(failed) == len(results):
        raise results[failed[0]]
    backoff = Backoff()
    while failed:
        await backoff.wait()
        try:
            again = await run_many(r, [calls[i] for i in failed])
        except TRANSIENT:
            continue
        for i, res in zip(failed, again, strict=True):
            results[i] = res
        failed = [i for i in failed if isinstance(results[i], TRANSIENT)]
    return results
