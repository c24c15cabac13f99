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

# KEYS: record, index. ARGV: task_id, now_ms, record_ttl, index_max, record field/value pairs.
# The Redis path's submit without the queue entry: Temporal holds the task instead.
_CREATE = r"""
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 5))
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
local keep = tonumber(ARGV[4])
if redis.call('ZCARD', KEYS[2]) > keep then
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -keep - 1)
end
return 1
"""

# KEYS: record, events. ARGV: worker, now, pending_ttl, retention, maxlen, live channel.
# Returns 'run', 'cancelled' or the terminal/unknown status that means "do nothing".
_START = r"""
local rec = redis.call('HMGET', KEYS[1], 'status', 'cancel', 'name')
local status = rec[1]
if not status then return 'UNKNOWN' end
if TERMINAL[status] then return status end
if rec[2] == '1' then
  lua_finish(KEYS[1], KEYS[2], ARGV[6], ARGV[5], ARGV[4], ARGV[2], 'CANCELLED', '', '',
             render(CANCELLED_EVENT, {name=rec[3] or ''}))
  return 'CANCELLED'
end
if status ~= 'RUNNING' then
  redis.call('HSET', KEYS[1], 'status', 'RUNNING', 'attempt', 1, 'worker', ARGV[1],
             'started_at', ARGV[2])
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 'run'
"""

# KEYS: record, events, dedupe. ARGV: maxlen, retention, live channel, pending_ttl, scope,
# first index, seal field ('' for none), seal value ('' to leave unset), payloads...
# Returns {appended, state} with state 'ok', 'sealed' (value in third place), 'cancel' or 'gone'.
_APPEND = r"""
local rec = redis.call('HMGET', KEYS[1], 'status', 'cancel')
if rec[1] ~= 'RUNNING' then return {0, 'gone'} end
if ARGV[7] ~= '' then
  local sealed = redis.call('HGET', KEYS[3], ARGV[7])
  if sealed then return {0, 'sealed', sealed} end
end
local evs = fresh(KEYS[3], ARGV[5], tonumber(ARGV[6]), ARGV, 9)
if #evs > 0 then append(KEYS[2], ARGV[3], ARGV[1], ARGV[2], evs, 1, nil) end
if ARGV[7] ~= '' and ARGV[8] ~= '' then redis.call('HSET', KEYS[3], ARGV[7], ARGV[8]) end
redis.call('EXPIRE', KEYS[3], ARGV[4])
if rec[2] == '1' then return {#evs, 'cancel'} end
return {#evs, 'ok'}
"""

# KEYS: record, events, dedupe. ARGV: now, retention, maxlen, live channel, scope, first index,
# status, result, error, error_type, marker, payloads...
_FINISH = r"""
local cur = redis.call('HGET', KEYS[1], 'status')
if not cur or TERMINAL[cur] then return 0 end
local evs = fresh(KEYS[3], ARGV[5], tonumber(ARGV[6]), ARGV, 12)
finish(KEYS[1], KEYS[2], ARGV[4], ARGV[3], ARGV[2], ARGV[1], ARGV[7], evs, 1, ARGV[11],
       ARGV[8], ARGV[9], ARGV[10])
redis.call('EXPIRE', KEYS[3], ARGV[2])
return 1
"""

create_script = Script(_CREATE)
start_script = Script(_START)
append_script = Script(_DEDUPE + _APPEND)
finish_script = Script(_DEDUPE + _FINISH)


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
            [self.keys.task(task_id), self.keys.index],
            [task_id, int(now * 1000), K.DEFAULT_PENDING_TTL, K.DEFAULT_INDEX_MAX, *fields],
        )
        return bool(res)

    async def start(self, task_id: str, worker: str) -> str:
        """Mark the task RUNNING; ``'run'`` or why not (cancelled, finished, unknown)."""
        res = await self._retry(
            lambda: start_script(
                self.redis,
                [self.keys.task(task_id), self.keys.events(task_id)],
                [
                    worker,
                    _now(),
                    K.DEFAULT_PENDING_TTL,
                    self.retention,
                    self.maxlen,
                    self.keys.live(task_id),
                ],
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
                [
                    self.maxlen,
                    self.retention,
                    self.keys.live(task_id),
                    K.DEFAULT_PENDING_TTL,
                    scope,
                    first_index,
                    seal,
                    seal_value,
                    *payloads,
                ],
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
                [
                    _now(),
                    self.retention,
                    self.maxlen,
                    self.keys.live(task_id),
                    scope,
                    0,
                    status,
                    result,
                    error,
                    error_type,
                    _marker.encode(
                        Marker(
                            status=status,
                            error=error or None,
                            error_type=error_type or None,
                            result=msgspec.json.decode(result) if result else None,
                        )
                    ),
                    *payloads,
                ],
            )
        )
        return bool(res)

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
