"""The Redis side of a Temporal run: task record and event stream, written exactly once.

Temporal may run an activity more than once (a worker died after the model answered, a
heartbeat timed out, a transient error is retried) and replays the workflow after a crash.
Every batch of events is therefore tagged with a *scope* the workflow picks deterministically
and an index inside it; the scripts append only indices the scope has not seen yet, so sending
a batch again is harmless. A finished model or tool call *seals* its scope with its result, and
a later attempt of the same call returns that result without calling anything.

Record fields, the event entry format, the live channel and the terminal marker are those of
the Redis path (``orbiter.distributed._lua``), whose Lua helpers these scripts call.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import msgspec
from redis.asyncio import Redis

from orbiter.distributed import keys as K
from orbiter.distributed._lua import Script
from orbiter.distributed.connection import TRANSIENT, Backoff
from orbiter.distributed.events import Marker
from orbiter.distributed.settings import read

T = TypeVar("T")
_marker = msgspec.json.Encoder()
_TERMINAL_BYTES = frozenset(s.encode() for s in K.TERMINAL)

_DEDUPE = r"""
local function fresh(dedupe, scope, first, argv, from)
  local have = tonumber(redis.call('HGET', dedupe, scope) or '0')
  local evs = {}
  for i = from, #argv do
    local idx = first + i - from
    if idx >= have then
      evs[#evs + 1] = argv[i]
      have = idx + 1
    end
  end
  redis.call('HSET', dedupe, scope, have)
  return evs
end
"""


class CreateArgs(msgspec.Struct):
    """KEYS: record, index. Then the record's field/value pairs."""

    task_id: str
    now_ms: int
    record_ttl: int
    index_max: int


# The Redis path's submit without the queue entry: Temporal holds the task instead.
_CREATE = r"""
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, NARGS + 1))
redis.call('EXPIRE', KEYS[1], args.record_ttl)
redis.call('ZADD', KEYS[2], args.now_ms, args.task_id)
local keep = tonumber(args.index_max)
if redis.call('ZCARD', KEYS[2]) > keep then
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -keep - 1)
end
return 1
"""


class StartArgs(msgspec.Struct):
    """KEYS: record, events."""

    worker: str
    now: str
    pending_ttl: int
    retention: int
    maxlen: int
    live: str


# Returns 'run', 'cancelled' or the terminal/unknown status that means "do nothing".
_START = r"""
local rec = redis.call('HMGET', KEYS[1], 'status', 'cancel', 'name')
local status = rec[1]
if not status then return 'UNKNOWN' end
if TERMINAL[status] then return status end
if rec[2] == '1' then
  lua_finish(KEYS[1], KEYS[2], args.live, args.maxlen, args.retention, args.now, 'CANCELLED',
             '', '', render(CANCELLED_EVENT, {name=rec[3] or ''}))
  return 'CANCELLED'
end
if status ~= 'RUNNING' then
  redis.call('HSET', KEYS[1], 'status', 'RUNNING', 'attempt', 1, 'worker', args.worker,
             'started_at', args.now)
end
redis.call('EXPIRE', KEYS[1], args.pending_ttl)
return 'run'
"""


class AppendArgs(msgspec.Struct):
    """KEYS: record, events, dedupe. Then the event payloads."""

    maxlen: int
    retention: int
    live: str
    pending_ttl: int
    scope: str
    first_index: int
    seal: str  # '' for none
    seal_value: str  # '' to leave it unset


# Returns {appended, state} with state 'ok', 'sealed' (value in third place), 'cancel' or 'gone'.
_APPEND = r"""
local rec = redis.call('HMGET', KEYS[1], 'status', 'cancel')
if rec[1] ~= 'RUNNING' then return {0, 'gone'} end
if args.seal ~= '' then
  local sealed = redis.call('HGET', KEYS[3], args.seal)
  if sealed then return {0, 'sealed', sealed} end
end
local evs = fresh(KEYS[3], args.scope, tonumber(args.first_index), ARGV, NARGS + 1)
if #evs > 0 then append(KEYS[2], args.live, args.maxlen, args.retention, evs, 1, nil) end
if args.seal ~= '' and args.seal_value ~= '' then
  redis.call('HSET', KEYS[3], args.seal, args.seal_value)
end
redis.call('EXPIRE', KEYS[3], args.pending_ttl)
if rec[2] == '1' then return {#evs, 'cancel'} end
return {#evs, 'ok'}
"""


class FinishArgs(msgspec.Struct):
    """KEYS: record, events, dedupe. Then the event payloads."""

    now: str
    retention: int
    maxlen: int
    live: str
    scope: str
    first_index: int
    status: str
    result: str
    error: str
    error_type: str
    marker: bytes


_FINISH = r"""
local cur = redis.call('HGET', KEYS[1], 'status')
if not cur or TERMINAL[cur] then return 0 end
local evs = fresh(KEYS[3], args.scope, tonumber(args.first_index), ARGV, NARGS + 1)
finish(KEYS[1], KEYS[2], args.live, args.maxlen, args.retention, args.now, args.status, evs, 1,
       args.marker, args.result, args.error, args.error_type)
redis.call('EXPIRE', KEYS[3], args.retention)
return 1
"""


class PauseArgs(msgspec.Struct):
    """KEYS: record, events, dedupe. Then the event payloads, the interrupt last."""

    maxlen: int
    live: str
    scope: str
    checkpoint: str
    pending: str
    result: str
    expires_at: str
    keep: int  # seconds the record and events live while paused


# A run paused for approval: its last events and its state, once (a retried call finds its
# scope sealed and changes nothing, even after a resume). Returns 1 paused, 0 not.
_PAUSE = r"""
if redis.call('HGET', KEYS[1], 'status') ~= 'RUNNING' then return 0 end
if redis.call('HEXISTS', KEYS[3], args.scope .. '.paused') == 1 then return 0 end
redis.call('HSET', KEYS[3], args.scope .. '.paused', 1)
local evs = fresh(KEYS[3], args.scope, 0, ARGV, NARGS + 1)
if #evs > 0 then append(KEYS[2], args.live, args.maxlen, args.keep, evs, 1, nil) end
redis.call('HSET', KEYS[1], 'status', 'INTERRUPTED', 'checkpoint', args.checkpoint,
           'pending', args.pending, 'result', args.result, 'expires_at', args.expires_at)
redis.call('HDEL', KEYS[1], 'decisions')
redis.call('EXPIRE', KEYS[1], args.keep)
redis.call('EXPIRE', KEYS[3], args.keep)
return 1
"""


class DecideArgs(msgspec.Struct):
    """KEYS: record."""

    now: str
    decisions: str  # '' to take a resume back (its signal could not be sent)
    pending: str  # what to restore when taking it back
    expires_at: str
    pending_ttl: int


# Marks a paused run resumed before its workflow is signalled, so only one decision is taken:
# 'resumed', 'expired', 'unknown' or the status it has. With no decisions, takes it back.
_DECIDE = r"""
local cur = redis.call('HMGET', KEYS[1], 'status', 'expires_at')
if not cur[1] then return 'unknown' end
if args.decisions == '' then
  if cur[1] == 'RUNNING' then
    redis.call('HSET', KEYS[1], 'status', 'INTERRUPTED', 'pending', args.pending,
               'expires_at', args.expires_at)
    redis.call('HDEL', KEYS[1], 'decisions')
  end
  return cur[1]
end
if cur[1] ~= 'INTERRUPTED' then return cur[1] end
if tonumber(cur[2] or '0') <= tonumber(args.now) then return 'expired' end
redis.call('HSET', KEYS[1], 'status', 'RUNNING', 'decisions', args.decisions, 'result', '')
redis.call('HDEL', KEYS[1], 'pending', 'expires_at')
redis.call('EXPIRE', KEYS[1], args.pending_ttl)
return 'resumed'
"""

create_script = Script(_CREATE, CreateArgs)
pause_script = Script(_DEDUPE + _PAUSE, PauseArgs)
decide_script = Script(_DECIDE, DecideArgs)
start_script = Script(_START, StartArgs)
append_script = Script(_DEDUPE + _APPEND, AppendArgs)
finish_script = Script(_DEDUPE + _FINISH, FinishArgs)


def _argv(args: msgspec.Struct, rest: Sequence[Any] = ()) -> list[Any]:
    """A script's named arguments in their order, then the values read past them."""
    return [*msgspec.structs.astuple(args), *rest]


def _now() -> str:
    return str(time.time())


class TaskRecords:
    """One Redis connection's view of the tasks Temporal runs.

    Args:
        patience: seconds a write keeps retrying while Redis is unreachable (every write is
            safe to repeat); ``on_wait`` is called between tries (activities heartbeat there).
    """

    def __init__(
        self,
        redis: Redis,
        *,
        keys: K.Keys | None = None,
        retention: int | None = None,
        maxlen: int | None = None,
        patience: float = 120.0,
        on_wait: Callable[[], None] | None = None,
    ) -> None:
        self.redis = redis
        self.patience = patience
        self.on_wait = on_wait
        self.keys = keys or K.Keys.from_env()
        self.retention: int = read("retention", retention)
        self.maxlen: int = read("events_maxlen", maxlen)

    async def _retry(self, call: Callable[[], Awaitable[T]]) -> T:
        # A Redis restart should cost the run a pause, not a failed model call.
        deadline = time.monotonic() + self.patience
        backoff = Backoff(cap=2.0)
        while True:
            try:
                return await call()
            except TRANSIENT:
                if time.monotonic() > deadline:
                    raise
                if self.on_wait is not None:
                    self.on_wait()
                await backoff.wait()

    def dedupe_key(self, task_id: str) -> str:
        # Beside the task's own keys, so it shares their prefix and lifetime.
        return f"{self.keys.events(task_id)}:sent"

    async def create(self, task_id: str, fields: Sequence[Any], now: float) -> bool:
        """Write a new PENDING record (``fields``: name/value pairs) and index it."""
        res = await create_script(
            self.redis,
            [self.keys.task(task_id), self.keys.index_for(task_id)],
            _argv(
                CreateArgs(
                    task_id=task_id,
                    now_ms=int(now * 1000),
                    record_ttl=K.DEFAULT_PENDING_TTL,
                    index_max=K.DEFAULT_INDEX_MAX,
                ),
                fields,
            ),
        )
        return bool(res)

    async def start(self, task_id: str, worker: str) -> str:
        """Mark the task RUNNING; ``'run'`` or why not (cancelled, finished, unknown)."""
        res = await self._retry(
            lambda: start_script(
                self.redis,
                [self.keys.task(task_id), self.keys.events(task_id)],
                StartArgs(
                    worker=worker,
                    now=_now(),
                    pending_ttl=K.DEFAULT_PENDING_TTL,
                    retention=self.retention,
                    maxlen=self.maxlen,
                    live=self.keys.live(task_id),
                ),
            )
        )
        return res.decode() if isinstance(res, bytes) else str(res)

    async def append(
        self,
        task_id: str,
        scope: str,
        payloads: Sequence[bytes | str],
        *,
        first_index: int = 0,
        seal: str = "",
        seal_value: str = "",
    ) -> tuple[str, str | None]:
        """Append the events of ``scope`` not appended yet.

        Returns ``(state, sealed_value)``: state is ``'ok'``, ``'sealed'`` (a finished attempt
        already stored ``sealed_value``), ``'cancel'`` (a cancel was requested) or ``'gone'``
        (the task is no longer running).
        """
        res = await self._retry(
            lambda: append_script(
                self.redis,
                [self.keys.task(task_id), self.keys.events(task_id), self.dedupe_key(task_id)],
                _argv(
                    AppendArgs(
                        maxlen=self.maxlen,
                        retention=self.retention,
                        live=self.keys.live(task_id),
                        pending_ttl=K.DEFAULT_PENDING_TTL,
                        scope=scope,
                        first_index=first_index,
                        seal=seal,
                        seal_value=seal_value,
                    ),
                    payloads,
                ),
            )
        )
        state = res[1].decode() if isinstance(res[1], bytes) else str(res[1])
        sealed = None
        if len(res) > 2:
            sealed = res[2].decode() if isinstance(res[2], bytes) else str(res[2])
        return state, sealed

    async def finish(
        self,
        task_id: str,
        scope: str,
        payloads: Sequence[bytes | str],
        *,
        status: str,
        result: str = "",
        error: str = "",
        error_type: str = "",
    ) -> bool:
        """Write the outcome and the terminal marker once; False if already finished."""
        res = await self._retry(
            lambda: finish_script(
                self.redis,
                [self.keys.task(task_id), self.keys.events(task_id), self.dedupe_key(task_id)],
                _argv(
                    FinishArgs(
                        now=_now(),
                        retention=self.retention,
                        maxlen=self.maxlen,
                        live=self.keys.live(task_id),
                        scope=scope,
                        first_index=0,
                        status=status,
                        result=result,
                        error=error,
                        error_type=error_type,
                        marker=_marker.encode(
                            Marker(
                                status=status,
                                error=error or None,
                                error_type=error_type or None,
                                result=msgspec.json.decode(result) if result else None,
                            )
                        ),
                    ),
                    payloads,
                ),
            )
        )
        return bool(res)

    async def pause(
        self,
        task_id: str,
        scope: str,
        payloads: Sequence[bytes | str],
        *,
        checkpoint: str,
        pending: str,
        result: str,
        wait: float,
    ) -> bool:
        """Store a run paused for approval for up to ``wait`` seconds (once per ``scope``)."""
        res = await self._retry(
            lambda: pause_script(
                self.redis,
                [self.keys.task(task_id), self.keys.events(task_id), self.dedupe_key(task_id)],
                _argv(
                    PauseArgs(
                        maxlen=self.maxlen,
                        live=self.keys.live(task_id),
                        scope=scope,
                        checkpoint=checkpoint,
                        pending=pending,
                        result=result,
                        expires_at=repr(time.time() + wait),
                        keep=int(wait + self.retention),
                    ),
                    payloads,
                ),
            )
        )
        return bool(res)

    async def decide(
        self, task_id: str, decisions: str, *, pending: str = "", expires_at: str = ""
    ) -> str:
        """Mark a paused run resumed with ``decisions`` (see ``_DECIDE``); '' takes it back."""
        args = DecideArgs(
            now=_now(),
            decisions=decisions,
            pending=pending,
            expires_at=expires_at,
            pending_ttl=K.DEFAULT_PENDING_TTL,
        )
        res = await decide_script(self.redis, [self.keys.task(task_id)], _argv(args))
        return res.decode() if isinstance(res, bytes) else str(res)

    async def streamed(self, task_id: str, scope: str, attempt: int) -> bool:
        """Whether an attempt before ``attempt`` of the call ``scope`` sent any events."""
        fields = [f"{scope}.{n}" for n in range(1, attempt)]
        counts = await self._retry(lambda: self.redis.hmget(self.dedupe_key(task_id), fields))
        return any(c not in (None, b"0") for c in counts)

    async def cancel_requested(self, task_id: str) -> bool:
        key = self.keys.task(task_id)
        status, cancel = await self._retry(lambda: self.redis.hmget(key, ["status", "cancel"]))
        if status is None or status in _TERMINAL_BYTES:
            return True
        return cancel == b"1"
