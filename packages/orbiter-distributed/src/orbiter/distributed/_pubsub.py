"""The Pub/Sub listener: one connection per client that carries every live subscription.

It reads pushed messages with redis-py's connection API directly (``read_response`` with
``push_request=True`` on a connection made from the pool's ``connection_class`` and
``connection_kwargs``) rather than through ``redis.asyncio.client.PubSub``, so that one task
serves any number of channels and callbacks; the package's
``tests/test_distributed_connection.py`` checks that the redis-py in use still has that API.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.connection import Connection

from orbiter.distributed.connection import TRANSIENT, Backoff, is_cluster, raise_if_cancelled

log = logging.getLogger("orbiter.distributed")

Callback = Callable[[bytes | None], None]


def _source(redis: Any) -> Any:
    """What the listener's connection is made from: the client's pool, or on a cluster one
    of its nodes, another at each reconnect (what is published on one node reaches all)."""
    if not is_cluster(redis):
        return redis.connection_pool
    nodes = redis.get_nodes() or list(redis.nodes_manager.startup_nodes.values())
    return random.choice(nodes)


class Listener:
    """One Pub/Sub connection shared by everything in a process that wants live messages.

    Subscriptions made in the same loop iteration go out as one SUBSCRIBE. After a reconnect
    every callback receives ``None``: messages may have been missed, so the caller should read
    what it needs from the stream again.
    """

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._subs: dict[bytes, list[Callback]] = {}
        self._live: set[bytes] = set()
        self._waiters: dict[bytes, list[asyncio.Future[None]]] = {}
        self._to_sub: set[bytes] = set()
        self._to_unsub: set[bytes] = set()
        self._flush_scheduled = False
        self._conn: Connection | None = None
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.lost: BaseException | None = None
        """Why the live connection dropped, while it is down (None when connected)."""

    async def subscribe(self, channel: str | bytes, callback: Callback) -> None:
        """Call ``callback(message)`` for each message on ``channel``; returns once subscribed."""
        await self.subscribe_nowait(channel, callback)

    def subscribe_nowait(self, channel: str | bytes, callback: Callback) -> asyncio.Future[None]:
        """Like :meth:`subscribe`, returning a future that is done once the server confirmed.

        Lets a reader look at stored data while the subscription is on its way.
        """
        ch = channel.encode() if isinstance(channel, str) else channel
        self._ensure_running()
        self._subs.setdefault(ch, []).append(callback)
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if ch in self._live:
            fut.set_result(None)
            return fut
        self._waiters.setdefault(ch, []).append(fut)
        self._to_sub.add(ch)
        self._schedule_flush()
        return fut

    def unsubscribe(self, channel: str | bytes, callback: Callback) -> None:
        ch = channel.encode() if isinstance(channel, str) else channel
        callbacks = self._subs.get(ch)
        if not callbacks:
            return
        try:
            callbacks.remove(callback)
        except ValueError:
            return
        if not callbacks:
            del self._subs[ch]
            self._to_unsub.add(ch)
            self._schedule_flush()

    def _ensure_running(self) -> None:
        if self._closed:
            raise RuntimeError("this connection was closed")
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run())

    def _schedule_flush(self) -> None:
        if not self._flush_scheduled:
            self._flush_scheduled = True
            asyncio.get_running_loop().call_soon(self._start_flush)

    def _start_flush(self) -> None:
        self._flush_scheduled = False
        if self._conn is None:
            return  # the (re)connect path subscribes everything wanted
        subs = [c for c in self._to_sub if c in self._subs]
        unsubs = [c for c in self._to_unsub if c not in self._subs]
        self._to_sub.clear()
        self._to_unsub.clear()
        for c in unsubs:
            self._live.discard(c)
        if subs or unsubs:
            asyncio.get_running_loop().create_task(self._send(subs, unsubs))

    async def _send(self, subs: list[bytes], unsubs: list[bytes]) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            if unsubs:
                await conn.send_command("UNSUBSCRIBE", *unsubs, check_health=False)
            if subs:
                await conn.send_command("SUBSCRIBE", *subs, check_health=False)
        except TRANSIENT:
            await conn.disconnect(nowait=True)

    async def _run(self) -> None:
        backoff = Backoff()
        first = True
        while not self._closed:
            pool = _source(self._redis)
            conn: Any = pool.connection_class(**pool.connection_kwargs)
            try:
                await conn.connect()
                raise_if_cancelled()
                self.lost = None
                self._live.clear()
                self._to_sub.clear()
                self._to_unsub.clear()
                self._conn = conn
                if self._subs:
                    await conn.send_command("SUBSCRIBE", *self._subs, check_health=False)
                # Subscribers from before a reconnect may have missed messages while it was down.
                resynced = first or not self._subs
                first = False
                while True:
                    msg = await conn.read_response(timeout=FOREVER, push_request=True)
                    backoff.reset()
                    kind = msg[0]
                    if kind == b"message":
                        for cb in list(self._subs.get(msg[1], ())):
                            cb(msg[2])
                    elif kind == b"subscribe":
                        self._confirm(msg[1])
                        if not resynced and self._live.issuperset(self._subs):
                            resynced = True
                            self._resync()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                task = asyncio.current_task()
                if self._closed or (task is not None and task.cancelling()):
                    # redis-py may turn a cancelled read into a ConnectionError.
                    return
                if self.lost is None:
                    log.warning("live connection to Redis lost (%s); reconnecting", exc)
                self.lost = exc
            finally:
                self._conn = None
                await conn.disconnect(nowait=True)
            await backoff.wait()

    def _confirm(self, ch: bytes) -> None:
        if ch not in self._subs:
            return
        self._live.add(ch)
        for fut in self._waiters.pop(ch, ()):
            if not fut.done():
                fut.set_result(None)

    def _resync(self) -> None:
        # Tell subscribers that joined before this connection that they may have missed messages.
        for callbacks in list(self._subs.values()):
            for cb in list(callbacks):
                cb(None)

    async def close(self) -> None:
        self._closed = True
        for futs in self._waiters.values():
            for fut in futs:
                if not fut.done():
                    fut.cancel()
        self._waiters.clear()
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass
            self._task = None


FOREVER = float("inf")
"""The read timeout of a connection that waits for pushed messages for as long as it is open."""
