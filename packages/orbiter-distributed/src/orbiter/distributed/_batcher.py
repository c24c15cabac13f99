"""Auto-pipelining: the commands of one loop turn go to Redis as one pipeline."""

from __future__ import annotations

import asyncio
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError

from orbiter.distributed.replication import ReplicaWait


class Batcher:
    """Sends the commands issued in one loop turn, by any number of coroutines, as one pipeline.

    Many handles submitting and waiting at once then cost the client a few writes per turn
    instead of one per command. A caller awaiting one command at a time takes :meth:`send`,
    which skips the batch when nothing else is under way.

    Args:
        wait: when set, a batch holding a ``replicated`` call ends with ``WAIT``, and none of
            its futures resolves before the replicas confirmed it (or the wait timed out).
    """

    def __init__(self, redis: Redis, wait: ReplicaWait | None = None) -> None:
        self._redis = redis
        self._wait = wait
        self._pending: list[tuple[tuple[Any, ...], asyncio.Future[Any]]] = []
        self._replicated = False
        self._scheduled = False
        self._alone = False  # a command of send() is out
        self._tasks: set[asyncio.Task[None]] = set()

    async def send(self, *args: Any, replicated: bool = False) -> Any:
        """``await call(*args)``; sent at once, from the caller's own task, when no other
        command is queued or out that way.

        A batch costs two more turns of the event loop (its flush, then its task's first
        step), each a poll of the sockets: for one submit or look at a time, a good part of
        the client's work. While such a command is out, the next ones batch as with
        :meth:`call`, so a burst still goes out in few writes.
        """
        if self._alone or self._scheduled or (replicated and self._wait is not None):
            return await self.call(*args, replicated=replicated)
        self._alone = True
        try:
            [reply] = await self._one(args)
        finally:
            self._alone = False
        if isinstance(reply, Exception):
            raise reply
        return reply

    def call(self, *args: Any, replicated: bool = False) -> asyncio.Future[Any]:
        """Queue one command; the future gets its (parsed) reply or error.

        Args:
            replicated: a write a failover must not lose (a submit): see ``wait``.
        """
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Any] = loop.create_future()
        self._pending.append((args, fut))
        self._replicated = self._replicated or replicated
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._flush)
        return fut

    def _flush(self) -> None:
        self._scheduled = False
        batch, self._pending = self._pending, []
        wait = self._wait if self._replicated else None
        self._replicated = False
        if batch:
            task = asyncio.get_running_loop().create_task(self._send(batch, wait))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _send(
        self, batch: list[tuple[tuple[Any, ...], asyncio.Future[Any]]], wait: ReplicaWait | None
    ) -> None:
        try:
            if len(batch) == 1 and wait is None:
                # One command (one await at a time): a pipeline would only add its own cost.
                results = await self._one(batch[0][0])
            else:
                pipe = self._redis.pipeline(transaction=False)
                for args, _ in batch:
                    pipe.execute_command(*args)
                if wait is not None:
                    pipe.execute_command(*wait.command)
                results = await pipe.execute(raise_on_error=False)
            if wait is not None:
                wait.check(results.pop(), "a submitted task")
        except BaseException as exc:
            for _, fut in batch:
                if not fut.done():
                    fut.set_exception(exc if isinstance(exc, Exception) else RedisConnectionError())
            if not isinstance(exc, Exception):
                raise
            return
        for (_, fut), res in zip(batch, results, strict=True):
            if fut.done():
                continue
            if isinstance(res, Exception):
                fut.set_exception(res)
            else:
                fut.set_result(res)

    async def _one(self, args: tuple[Any, ...]) -> list[Any]:
        """The reply of one command, as a pipeline would give it (an error reply as a value)."""
        try:
            return [await self._redis.execute_command(*args)]
        except ResponseError as exc:
            return [exc]
