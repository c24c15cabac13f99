"""Threads in Redis: the :class:`~orbiter.threads.ThreadStore` workers use, and clients too.

A thread is one list, one entry per run: a header line (the run's first index in the
transcript, its message count, when it was added, its run id) and the run's messages as JSON.
An append is one script that checks the transcript's length and pushes the entry, so a run's
messages are never split, and a run that started from another length adds nothing.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import AsyncIterator, Sequence
from typing import cast

import msgspec
from redis.asyncio import Redis

from orbiter.distributed._shared import acquire, release
from orbiter.distributed._thread_scripts import (
    ThreadAppendArgs,
    ThreadForkArgs,
    thread_append_script,
    thread_fork_script,
)
from orbiter.distributed.connection import is_cluster
from orbiter.distributed.keys import Keys, resolve_redis_url
from orbiter.distributed.settings import read
from orbiter.errors import ConfigurationError
from orbiter.messages import Message, messages_from_json, messages_to_json
from orbiter.threads import ThreadRun, conflict_error, fork_target_taken

__all__ = ["RedisThreadStore"]


def _check_id(what: str, value: object) -> str:
    if not isinstance(value, str) or not value or "\n" in value:
        raise ConfigurationError(f"{what} must be a non-empty string on one line, got {value!r}")
    return value


def decode_entries(entries: Sequence[bytes]) -> list[Message]:
    """The transcript the entries of a thread hold, oldest first."""
    out: list[Message] = []
    for entry in entries:
        _run, at = _header(entry)
        out.extend(messages_from_json(entry[at:]))
    return out


def entry_tail(run_id: str, messages: Sequence[Message]) -> bytes:
    """An entry after its start and count: the time, the run id, a newline, the messages."""
    return f"{time.time()!r} {_check_id('run_id', run_id)}\n".encode() + messages_to_json(messages)


def _header(entry: bytes) -> tuple[ThreadRun, int]:
    """The run an entry records, and where its messages start in the entry."""
    end = entry.index(b"\n")
    start, count, created, run_id = entry[:end].decode().split(" ", 3)
    run = ThreadRun(run_id=run_id, start=int(start), count=int(count), created_at=float(created))
    return run, end + 1


class RedisThreadStore:
    """Threads kept in Redis, shared by every process that reaches the server.

    Workers use one on the same server and key prefix as their queue, so a client can read
    the threads its distributed runs write (``await store.load("support-42")``). On a Redis
    Cluster (``redis+cluster://``, or ``ORBITER_QUEUE_SHARDS``) a thread's keys carry the hash
    tag of its shard, as the workers' do, so give it the same URL and settings as them.

    Args:
        redis_url: defaults to ``ORBITER_REDIS_URL``.
        key_prefix: defaults to ``ORBITER_KEY_PREFIX`` (``orbiter``).
        retention: seconds a thread is kept after its last change (``ORBITER_THREAD_RETENTION``
            when not given; unset: for ever). Redis removes expired threads itself, so
            :meth:`purge` has nothing left to do.
        redis: an open client to use instead of a URL (the worker passes its own).
    """

    def __init__(
        self,
        redis_url: str | None = None,
        *,
        key_prefix: str | None = None,
        retention: float | None = None,
        redis: Redis | None = None,
    ) -> None:
        found = read("thread_retention", retention)
        self.retention: int | None = None if found is None else math.ceil(found)
        self._redis = redis
        self._url = None if redis is not None else resolve_redis_url(redis_url)
        # Named as the workers name them: sharded on a cluster (see keys.py).
        self.keys = Keys.from_env(key_prefix, self._url, cluster=is_cluster(redis))

    @contextlib.asynccontextmanager
    async def _client(self) -> AsyncIterator[Redis]:
        if self._redis is not None:
            yield self._redis
            return
        assert self._url is not None
        shared = acquire(self._url)
        try:
            yield shared.redis
        finally:
            await release(shared)

    @property
    def ttl(self) -> int | str:
        """The retention as the scripts take it ('' for none)."""
        return "" if self.retention is None else self.retention

    async def _entries(self, thread_id: str) -> list[bytes]:
        async with self._client() as r:
            key = self.keys.thread(_check_id("thread_id", thread_id))
            found = await r.lrange(key, 0, -1)
        return cast(list[bytes], found)  # the client does not decode replies

    async def load(self, thread_id: str) -> list[Message]:
        return decode_entries(await self._entries(thread_id))

    async def append(
        self,
        thread_id: str,
        run_id: str,
        messages: Sequence[Message],
        *,
        after: int | None = None,
    ) -> None:
        key = self.keys.thread(_check_id("thread_id", thread_id))
        args = ThreadAppendArgs(
            after="" if after is None else str(after),
            count=len(messages),
            rest=entry_tail(run_id, messages),
            retention=self.ttl,
        )
        async with self._client() as r:
            verdict, have = await thread_append_script(r, [key], args)
        if verdict == b"conflict":
            raise conflict_error(thread_id, after or 0, int(have))

    async def runs(self, thread_id: str) -> list[ThreadRun]:
        return [_header(entry)[0] for entry in await self._entries(thread_id)]

    async def fork(self, thread_id: str, new_thread_id: str) -> None:
        entries = await self._entries(thread_id)  # one read: a consistent copy
        key = self.keys.thread(_check_id("new_thread_id", new_thread_id))
        async with self._client() as r:
            args = (*msgspec.structs.astuple(ThreadForkArgs(retention=self.ttl)), *entries)
            done = await thread_fork_script(r, [key], args)
        if not done:
            raise fork_target_taken(new_thread_id)

    async def delete(self, thread_id: str) -> None:
        async with self._client() as r:
            await r.delete(self.keys.thread(_check_id("thread_id", thread_id)))

    async def purge(self) -> int:
        """Nothing to do: Redis removes a thread when its retention runs out. Returns 0."""
        return 0
