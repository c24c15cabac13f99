"""Inspecting and repairing a deployment: tasks, workers, queues and dead letters.

Used by the ``orbiter`` CLI; everything here reads or changes Redis only, never a worker.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import msgspec
from redis.exceptions import ResponseError

from orbiter.distributed._shared import Shared, acquire, check_loop, release
from orbiter.distributed.errors import TaskRecordCorruptedError
from orbiter.distributed.events import check_position
from orbiter.distributed.handle import cancel_task
from orbiter.distributed.keys import (
    DEFAULT_LEASE,
    DEFAULT_QUEUE,
    GROUP,
    Keys,
    resolve_redis_url,
)
from orbiter.distributed.queue import RedisQueue
from orbiter.distributed.records import RECORD_FIELDS, TaskRecord, TaskStatus, record_from_values
from orbiter.distributed.registry import shards_from_field

log = logging.getLogger("orbiter.distributed")


class WorkerInfo(msgspec.Struct, kw_only=True):
    """A live worker as it last reported itself."""

    worker_id: str
    host: str
    pid: int
    queue: str
    concurrency: int
    in_flight: int
    completed: int
    started_at: float
    heartbeat_age: float
    """Seconds since its last heartbeat."""
    draining: bool = False
    shards: list[int] | None = None
    """The shards of its queue it serves, when it was given some (None: all)."""


class QueueStats(msgspec.Struct, kw_only=True):
    queue: str
    depth: int
    """Tasks waiting for a worker."""
    in_flight: int
    """Tasks delivered to a worker and not finished."""
    pending_reclaim: int
    """In-flight tasks whose worker missed its lease: the next live worker re-runs them."""
    dead_letters: int
    consumers: int
    due: int = 0
    """Delayed tasks and tasks waiting for a retry (SCHEDULED, RETRYING) in the due set."""
    held: int = 0
    """Tasks with a priority or a tenant held at the queue's gate (docs/policies.md)."""


class DeadLetter(msgspec.Struct, kw_only=True):
    entry_id: str
    task_id: str | None
    reason: str
    worker: str
    at: float | None
    queue: str


def _s(v: Any) -> str:
    return v.decode(errors="replace") if isinstance(v, bytes) else str(v)


class Admin:
    """Read-mostly access to a deployment.

    Args:
        redis_url: defaults to ``ORBITER_REDIS_URL``.
        key_prefix: defaults to ``ORBITER_KEY_PREFIX`` or ``orbiter``.
        lease_seconds: the workers' lease, to tell which in-flight tasks are overdue.
    """

    def __init__(
        self,
        redis_url: str | None = None,
        *,
        key_prefix: str | None = None,
        lease_seconds: float = DEFAULT_LEASE,
    ) -> None:
        self.redis_url = resolve_redis_url(redis_url)
        self.keys = Keys.from_env(key_prefix, self.redis_url)
        self.lease_seconds = lease_seconds
        self._shared: Shared | None = None

    async def __aenter__(self) -> Admin:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def _r(self) -> Any:
        if self._shared is None:
            self._shared = acquire(self.redis_url)
        check_loop(self._shared, "this Admin", "make a new Admin in this loop")
        return self._shared.redis

    async def close(self) -> None:
        if self._shared is not None:
            shared, self._shared = self._shared, None
            await release(shared)

    async def ping(self) -> None:
        await self._r.ping()

    # -- tasks -------------------------------------------------------------------------------

    async def task(self, task_id: str) -> TaskRecord | None:
        key = self.keys.task(task_id)
        return record_from_values(task_id, await self._r.hmget(key, *RECORD_FIELDS), key)

    async def list_tasks(
        self, status: TaskStatus | str | None = None, limit: int = 50
    ) -> list[TaskRecord]:
        """The newest tasks first, optionally only those with ``status``."""
        wanted = TaskStatus(status.upper()) if isinstance(status, str) else status
        out: list[TaskRecord] = []
        start = 0
        page = max(limit, 100)
        while len(out) < limit:
            ids = await self.newest(start, page)
            if not ids:
                break
            start += page
            for rec in await self.tasks([tid.decode() for tid in ids]):
                if rec is not None and (wanted is None or rec.status == wanted):
                    out.append(rec)
                    if len(out) >= limit:
                        break
        return out

    async def newest(self, start: int, count: int) -> list[bytes]:
        """Ids ``start`` to ``start + count`` of the task index, newest first, across shards."""
        shards = self.keys.all_shards
        if len(shards) == 1:
            ids: list[bytes] = await self._r.zrevrange(self.keys.index, start, start + count - 1)
            return ids
        rows: list[tuple[bytes, float]] = []
        for shard in shards:
            rows += await self._r.zrevrange(
                self.keys.index_at(shard), 0, start + count - 1, withscores=True
            )
        rows.sort(key=lambda row: row[1], reverse=True)
        return [tid for tid, _ in rows[start : start + count]]

    async def tasks(self, task_ids: list[str]) -> list[TaskRecord | None]:
        """The records of ``task_ids`` in one round trip (None for an unknown or expired task).

        A record that cannot be read (overwritten with another type, or holding garbage) is
        None too, with a warning: one bad record must not hide the others.
        """
        pipe = self._r.pipeline(transaction=False)
        for tid in task_ids:
            pipe.hmget(self.keys.task(tid), *RECORD_FIELDS)
        out: list[TaskRecord | None] = []
        for tid, values in zip(task_ids, await pipe.execute(raise_on_error=False), strict=True):
            key = self.keys.task(tid)
            if isinstance(values, ResponseError):  # a record key overwritten (WRONGTYPE)
                log.warning("task record %s: %s", key, values)
                out.append(None)
                continue
            try:
                out.append(record_from_values(tid, values, key))
            except TaskRecordCorruptedError as exc:
                log.warning("%s", exc)
                out.append(None)
        return out

    async def cancel(self, task_id: str) -> tuple[str, str]:
        """(``cancelled``|``requested``|``finished``|``unknown``, status before)."""
        self._r  # noqa: B018 (opens the shared connection)
        assert self._shared is not None
        return await cancel_task(self._shared, self.keys, task_id)

    # -- workers and queues ------------------------------------------------------------------

    async def workers(self) -> list[WorkerInfo]:
        """Workers that sent a heartbeat recently (their registry entry has not expired)."""
        ids = await self._r.zrange(self.keys.workers, 0, -1)
        if not ids:
            return []
        pipe = self._r.pipeline(transaction=False)
        for wid in ids:
            pipe.hgetall(self.keys.worker(wid.decode()))
        now = time.time()
        out = []
        for wid, h in zip(ids, await pipe.execute(), strict=True):
            if not h:
                continue
            out.append(
                WorkerInfo(
                    worker_id=wid.decode(),
                    host=_s(h.get(b"host", b"")),
                    pid=int(h.get(b"pid", 0)),
                    queue=_s(h.get(b"queue", b"")),
                    concurrency=int(h.get(b"concurrency", 0)),
                    in_flight=int(h.get(b"in_flight", 0)),
                    completed=int(h.get(b"completed", 0)),
                    started_at=float(h.get(b"started_at", 0)),
                    heartbeat_age=max(0.0, now - float(h.get(b"heartbeat", now))),
                    draining=h.get(b"draining") == b"1",
                    shards=shards_from_field(h.get(b"shards")),
                )
            )
        return out

    async def queues(self) -> list[str]:
        """Names of the queues that exist."""
        names = set()
        # A queue nobody serves yet has streams only in the shards its tasks went to.
        for shard in self.keys.all_shards:
            prefix = self.keys.queue("", shard)
            async for key in self._r.scan_iter(match=prefix + "*", count=500):
                names.add(_s(key)[len(prefix) :])
        return sorted(names)

    async def queue_stats(self, queue: str = DEFAULT_QUEUE) -> QueueStats:
        """The queue's figures, summed over its shards."""
        parts = [await self._shard_stats(queue, shard) for shard in self.keys.all_shards]
        total = parts[0]
        for part in parts[1:]:
            for field in ("depth", "in_flight", "pending_reclaim", "dead_letters", "due", "held"):
                setattr(total, field, getattr(total, field) + getattr(part, field))
            total.consumers = max(total.consumers, part.consumers)
        return total

    async def _shard_stats(self, queue: str, shard: int) -> QueueStats:
        key = self.keys.queue(queue, shard)
        pipe = self._r.pipeline(transaction=False)
        pipe.xlen(key)
        pipe.xlen(self.keys.dead(queue, shard))
        pipe.zcard(self.keys.due(queue, shard))
        pipe.hlen(self.keys.gate_held(queue))
        length, dead, due, held_fields = await pipe.execute()
        if shard:
            held_fields = 0  # the gate is the whole queue's: counted with shard 0
        depth = length
        in_flight = consumers = overdue = 0
        try:
            for g in await self._r.xinfo_groups(key):
                if _s(g["name"]) != GROUP:
                    continue
                in_flight = int(g["pending"])
                consumers = int(g["consumers"])
                lag = g.get("lag")
                depth = int(lag) if lag is not None else max(0, length - in_flight)
            if in_flight:
                rows = await self._r.xpending_range(
                    key, GROUP, min="-", max="+", count=10000, idle=int(self.lease_seconds * 1000)
                )
                overdue = len(rows)
        except ResponseError:
            pass  # no such queue or group yet
        return QueueStats(
            queue=queue,
            depth=depth,
            in_flight=in_flight,
            pending_reclaim=overdue,
            dead_letters=dead,
            consumers=consumers,
            due=due,
            held=held_fields // 2,  # a payload and a signature each
        )

    # -- dead letters ------------------------------------------------------------------------

    async def dead_letters(self, queue: str = DEFAULT_QUEUE, limit: int = 50) -> list[DeadLetter]:
        """The newest dead-lettered tasks first (entry ids ``<shard>/<id>`` when sharded)."""
        names = RedisQueue(self._r, self.keys, queue)
        rows: list[tuple[bytes, Any]] = []
        for shard in self.keys.all_shards:
            got = await self._r.xrevrange(self.keys.dead(queue, shard), count=limit)
            rows += [(names.ref(shard, eid), f) for eid, f in got]
        rows.sort(key=lambda row: _stream_order(row[0]), reverse=True)
        return [
            DeadLetter(
                entry_id=_s(eid),
                task_id=_s(f[b"t"]) if b"t" in f else None,
                reason=_s(f.get(b"reason", b"")),
                worker=_s(f.get(b"worker", b"")),
                at=float(f[b"at"]) if f.get(b"at") else None,
                queue=queue,
            )
            for eid, f in rows[:limit]
        ]

    async def redrive(self, entry_id: str, queue: str = DEFAULT_QUEUE) -> str:
        """Put a dead-lettered task back on its queue as a fresh task; returns its id.

        Raises:
            ConfigurationError: ``entry_id`` is not an entry id.
            LookupError: no such dead letter, or it has no task payload to run again.
        """
        shard, raw = self._dead_entry(entry_id)
        rows = await self._r.xrange(self.keys.dead(queue, shard), min=raw, max=raw)
        if not rows:
            raise LookupError(f"no dead letter {entry_id!r} in queue {queue!r}")
        fields = rows[0][1]
        if b"t" not in fields or b"p" not in fields:
            raise LookupError(
                f"dead letter {entry_id!r} has no task payload to run again "
                f"(reason: {_s(fields.get(b'reason', b''))})"
            )
        task_id = _s(fields[b"t"])
        try:
            await RedisQueue(self._r, self.keys, queue).redrive(
                entry_id, task_id, fields[b"p"], fields.get(b"s", b"")
            )
        except ValueError as exc:
            raise LookupError(str(exc)) from None
        return task_id

    def _dead_entry(self, entry_id: str) -> tuple[int, str]:
        """The shard and stream id of a dead letter's entry id, checked."""
        shard, raw = "0", entry_id
        if self.keys.shards and isinstance(entry_id, str) and "/" in entry_id:
            shard, raw = entry_id.split("/", 1)
        check_position(
            raw,
            "entry_id",
            "a dead letter's entry id",
            "the entry id of a dead letter (dead_letters(), `orbiter queue dead`)",
        )
        if self.keys.shards and (not shard.isdigit() or int(shard) >= self.keys.shards):
            raise LookupError(f"no dead letter {entry_id!r}: shard {shard} does not exist")
        return int(shard), raw


def _stream_order(ref: bytes) -> tuple[int, int]:
    """A stream entry id (after any ``<shard>/``) as numbers, to sort entries of several
    streams by when they were written."""
    ms, _, seq = ref.rpartition(b"/")[2].partition(b"-")
    return int(ms or 0), int(seq or 0)
