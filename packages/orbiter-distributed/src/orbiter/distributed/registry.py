"""The worker registry: a record per live worker, kept fresh by its heartbeats.

Worker listings (``orbiter worker list``, the server's ``/workers``) read it; the Redis worker
also reads it to tell a stalled worker from a dead one before taking over its tasks.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Sequence
from typing import Any

import msgspec
from redis.asyncio import Redis

from orbiter.distributed.errors import WorkerIdInUseError
from orbiter.distributed.keys import Keys


class WorkerInfo(msgspec.Struct, kw_only=True):
    """What a worker says about itself on each heartbeat."""

    queue: str
    concurrency: int
    in_flight: int
    started_at: float
    completed: int
    draining: bool
    shards: Sequence[int] | None = None
    """The shards of its queue it serves when it was given some (None: all)."""


class WorkerRegistry:
    """Registers, renews and removes workers' records."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys
        self.host = socket.gethostname()

    async def beat(self, worker_id: str, info: WorkerInfo, ttl: int) -> None:
        """Write this worker's record (kept ``ttl`` seconds) and its place in the listing."""
        now = time.time()
        key = self._keys.worker(worker_id)
        pipe = self._redis.pipeline(transaction=False)
        pipe.hset(
            key,
            mapping={
                "host": self.host,
                "pid": os.getpid(),
                "queue": info.queue,
                "concurrency": info.concurrency,
                "in_flight": info.in_flight,
                "started_at": repr(info.started_at),
                "heartbeat": repr(now),
                "completed": info.completed,
                "draining": int(info.draining),
                "shards": shards_field(info.shards),
            },
        )
        pipe.expire(key, ttl)
        pipe.zadd(self._keys.workers, {worker_id: int(now * 1000)})
        await pipe.execute()

    async def remove(self, worker_id: str) -> None:
        pipe = self._redis.pipeline(transaction=False)
        pipe.delete(self._keys.worker(worker_id))
        pipe.zrem(self._keys.workers, worker_id)
        await pipe.execute()

    async def claim_id(self, worker_id: str, lease_seconds: float) -> None:
        """Refuse an id a live worker uses: two workers under one name renew each other's
        leases and hide each other in ``worker list``.

        Raises:
            WorkerIdInUseError: another process heartbeated under this id within the lease.
        """
        beat, host, pid = await self._redis.hmget(
            self._keys.worker(worker_id), "heartbeat", "host", "pid"
        )
        if (_text(host), _text(pid)) == (self.host, str(os.getpid())):
            return
        age = beat_age(beat)
        if age is not None and age < lease_seconds:
            where = f"{_text(pid) or '?'} on {_text(host) or '?'}"
            raise WorkerIdInUseError(
                f"worker id {worker_id!r} is in use by a live worker (pid {where}, "
                f"heartbeat {age:.1f}s ago). Give this worker another id (--worker-id), or "
                "leave it out for a unique one; if that worker was killed just now, start this "
                f"one again in {lease_seconds - age:.0f}s"
            )

    async def ages(self, worker_ids: list[str]) -> dict[str, float | None]:
        """Seconds since each worker's last heartbeat (None: none), in one round trip."""
        pipe = self._redis.pipeline(transaction=False)
        for worker_id in worker_ids:
            pipe.hget(self._keys.worker(worker_id), "heartbeat")
        now = time.time()
        beats = await pipe.execute()
        return {w: beat_age(b, now) for w, b in zip(worker_ids, beats, strict=True)}

    async def uncovered(self, queue: str, shards: Sequence[int]) -> list[int]:
        """The ``shards`` of ``queue`` that no live registered worker serves."""
        client: Any = self._redis  # redis-py types replies as the union of every RESP form
        ids = await client.zrange(self._keys.workers, 0, -1)
        pipe = self._redis.pipeline(transaction=False)
        for worker_id in ids:
            pipe.hmget(self._keys.worker(worker_id.decode()), "queue", "shards")
        left = set(shards)
        for served_queue, field in await pipe.execute() if ids else []:
            if _text(served_queue) != queue:
                continue  # also a record that expired (a worker gone)
            served = shards_from_field(field)
            if served is None:
                return []  # a worker of every shard (or one from before shards were chosen)
            left -= set(served)
        return sorted(left)

    async def prune(self, silent_for: float) -> None:
        """Drop from the listing workers that stopped heartbeating that many seconds ago."""
        cutoff = int((time.time() - silent_for) * 1000)
        await self._redis.zremrangebyscore(self._keys.workers, 0, cutoff)


def shards_field(shards: Sequence[int] | None) -> str:
    """The registry's ``shards`` field: the shards a worker serves, comma separated ("": all)."""
    return "" if shards is None else ",".join(map(str, shards))


def shards_from_field(field: bytes | str | None) -> list[int] | None:
    """The shards a :func:`shards_field` names (None: all, also for a record without one)."""
    text = _text(field)
    return [int(shard) for shard in text.split(",")] if text else None


def _text(value: bytes | str | None) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else value or ""


def beat_age(beat: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds since a worker's recorded heartbeat; None when there is none (or it is garbage,
    which counts as a silent worker rather than stopping the heartbeat loop)."""
    try:
        return (now or time.time()) - float(beat) if beat is not None else None
    except ValueError:
        return None
