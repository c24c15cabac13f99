"""The Pub/Sub listener: one object per client that carries every live subscription.

It reads pushed messages with redis-py's connection API directly (``read_response`` with
``push_request=True`` on a connection made from the pool's ``connection_class`` and
``connection_kwargs``) rather than through ``redis.asyncio.client.PubSub``, so that one task
per connection serves any number of channels and callbacks; the package's
``tests/test_distributed_connection.py`` checks that the redis-py in use still has that API.

On one server everything goes over one connection with ``SUBSCRIBE``. On a cluster a task's
live channel is sharded: the scripts ``SPUBLISH`` it on the task's node only, so the listener
``SSUBSCRIBE``\\ s it there, over one connection per primary it needs (a :class:`_Link`). When
a channel's slot moves (a resharding, a failover) the node says so (a ``sunsubscribe`` push, or
``MOVED`` to a subscribe): the link reads the slot map again, hands the channels that moved to
the link of their new node, and connects again. Broadcast channels (the workers' control
channel) keep ``SUBSCRIBE`` on one node of the cluster, which hears what any node publishes.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

from redis.asyncio import Redis
from redis.crc import key_slot
from redis.exceptions import AskError, SlotNotCoveredError

from orbiter.distributed.connection import TRANSIENT, Backoff, is_cluster, raise_if_cancelled

log = logging.getLogger("orbiter.distributed")

Callback = Callable[[bytes | None], None]

BROADCAST = ""
"""The key of the link that carries ``SUBSCRIBE`` channels (all of them on one server)."""
UNPLACED = "?"
"""The key of the link that holds sharded channels until the slot map names their node."""


class _Moved(Exception):
    """A node no longer serves one of the link's channels: read the slot map and regroup."""


class Listener:
    """Live messages for everything in a process, over as few connections as it can.

    Subscriptions made in the same loop iteration go out together. When a channel had to be
    subscribed again (a reconnect, or its slot moved to another node of a cluster) its
    callbacks receive ``None`` once it is back: messages may have been missed, so the caller
    should read what it needs from the stream again.
    """

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._cluster = is_cluster(redis)
        self._subs: dict[bytes, list[Callback]] = {}
        self._waiters: dict[bytes, list[asyncio.Future[None]]] = {}
        self._links: dict[str, _Link] = {}
        self._route: dict[bytes, _Link] = {}
        self._heard: set[bytes] = set()  # confirmed once: a later confirm follows a gap
        self._closed = False

    @property
    def lost(self) -> BaseException | None:
        """Why a live connection dropped, while one is down (None when all are connected)."""
        return next((link.lost for link in self._links.values() if link.lost), None)

    async def subscribe(
        self, channel: str | bytes, callback: Callback, *, sharded: bool = False
    ) -> None:
        """Call ``callback(message)`` for each message on ``channel``; returns once subscribed.

        Args:
            sharded: a task's live channel, published with ``SPUBLISH`` on a cluster (its name
                carries the task's hash tag); no difference on one server.
        """
        await self.subscribe_nowait(channel, callback, sharded=sharded)

    def subscribe_nowait(
        self, channel: str | bytes, callback: Callback, *, sharded: bool = False
    ) -> asyncio.Future[None]:
        """Like :meth:`subscribe`, returning a future that is done once the server confirmed.

        Lets a reader look at stored data while the subscription is on its way.
        """
        if self._closed:
            raise RuntimeError("this connection was closed")
        ch = channel.encode() if isinstance(channel, str) else channel
        self._subs.setdefault(ch, []).append(callback)
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        link = self._route.get(ch)
        if link is not None and ch in link.live:
            fut.set_result(None)
            return fut
        self._waiters.setdefault(ch, []).append(fut)
        if link is None:
            key = self._node_of(ch) if sharded and self._cluster else BROADCAST
            self._link(key, sharded=key != BROADCAST).add(ch)
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
            self._heard.discard(ch)
            link = self._route.pop(ch, None)
            if link is not None:
                link.remove(ch)

    def _node_of(self, ch: bytes) -> str:
        """The name of the primary that serves ``ch``'s slot, as far as the client knows."""
        try:
            node = self._redis.nodes_manager.get_node_from_slot(key_slot(ch))  # type: ignore[attr-defined]
        except (KeyError, SlotNotCoveredError):  # no slot map yet, or a hole in it
            return UNPLACED
        return str(node.name)

    def _link(self, key: str, sharded: bool) -> _Link:
        link = self._links.get(key)
        if link is None:
            link = self._links[key] = _Link(self, key, sharded)
        return link

    async def _refresh_slots(self) -> None:
        cluster: Any = self._redis
        await cluster.initialize()  # the first slot map; does nothing once done
        await cluster.nodes_manager.initialize()

    def _regroup(self, link: _Link) -> None:
        """Hand the channels of ``link`` whose slot another node serves now to its link."""
        for ch in list(link.channels):
            key = self._node_of(ch)
            if key != link.key:
                link.channels.discard(ch)
                self._link(key, sharded=True).add(ch)

    def _source(self, link: _Link) -> Any:
        """What ``link``'s connection is made from: the client's pool; on a cluster the node
        that serves its channels, or any node for broadcast channels (another one at each
        reconnect: what is published on one node reaches all)."""
        if not self._cluster:
            return self._redis.connection_pool
        if link.key == UNPLACED:
            raise SlotNotCoveredError("the cluster's slot map names no node for these channels")
        if link.key != BROADCAST:
            node = self._redis.get_node(node_name=link.key)  # type: ignore[attr-defined]
            if node is None:
                raise _Moved(f"node {link.key} left the cluster")
            return node
        cluster: Any = self._redis
        nodes = cluster.get_nodes() or list(cluster.nodes_manager.startup_nodes.values())
        return random.choice(nodes)

    def _deliver(self, ch: bytes, data: bytes | None) -> None:
        for cb in list(self._subs.get(ch, ())):
            cb(data)

    def _confirmed(self, ch: bytes) -> None:
        for fut in self._waiters.pop(ch, ()):
            if not fut.done():
                fut.set_result(None)
        if ch in self._heard:
            self._deliver(ch, None)  # subscribed again: it may have missed messages
        else:
            self._heard.add(ch)

    def _dropped(self, link: _Link) -> None:
        if self._links.get(link.key) is link:
            del self._links[link.key]

    async def close(self) -> None:
        self._closed = True
        for futs in self._waiters.values():
            for fut in futs:
                if not fut.done():
                    fut.cancel()
        self._waiters.clear()
        links = list(self._links.values())
        self._links.clear()
        for link in links:
            await link.close()


class _Link:
    """One Pub/Sub connection and the channels it carries, connected again whenever it drops.

    Args:
        key: :data:`BROADCAST`, a node's name (``host:port``), or :data:`UNPLACED`.
        sharded: ``SSUBSCRIBE`` its channels (a cluster's primary) instead of ``SUBSCRIBE``.
    """

    def __init__(self, owner: Listener, key: str, sharded: bool) -> None:
        self.owner = owner
        self.key = key
        self.sharded = sharded
        self.channels: set[bytes] = set()
        self.live: set[bytes] = set()
        self._to_sub: set[bytes] = set()
        self._to_unsub: set[bytes] = set()
        self._flush_scheduled = False
        self._conn: Any = None
        self.lost: BaseException | None = None
        prefix = "S" if sharded else ""
        self._commands = (f"{prefix}SUBSCRIBE", f"{prefix}UNSUBSCRIBE")
        self._kinds = (f"{prefix}message".lower().encode(), f"{prefix}subscribe".lower().encode())
        self._task = asyncio.get_running_loop().create_task(self._run())

    def add(self, ch: bytes) -> None:
        self.channels.add(ch)
        self.owner._route[ch] = self
        self._to_sub.add(ch)
        self._schedule_flush()

    def remove(self, ch: bytes) -> None:
        self.channels.discard(ch)
        self.live.discard(ch)
        self._to_unsub.add(ch)
        self._schedule_flush()

    def _schedule_flush(self) -> None:
        if not self._flush_scheduled:
            self._flush_scheduled = True
            asyncio.get_running_loop().call_soon(self._start_flush)

    def _start_flush(self) -> None:
        self._flush_scheduled = False
        if self._conn is None:
            return  # the (re)connect path subscribes everything wanted
        subs = [c for c in self._to_sub if c in self.channels]
        unsubs = [c for c in self._to_unsub if c not in self.channels]
        self._to_sub.clear()
        self._to_unsub.clear()
        if subs or unsubs:
            asyncio.get_running_loop().create_task(self._send(subs, unsubs))

    def _packed(self, command: str, channels: list[bytes]) -> list[tuple[Any, ...]]:
        if not self.sharded:
            return [(command, *channels)] if channels else []
        # A sharded subscribe names channels of one slot only: one command per slot (the tasks
        # of one queue shard share a slot).
        by_slot: dict[int, list[bytes]] = {}
        for ch in channels:
            by_slot.setdefault(key_slot(ch), []).append(ch)
        return [(command, *group) for group in by_slot.values()]

    async def _send(self, subs: list[bytes], unsubs: list[bytes]) -> None:
        conn = self._conn
        if conn is None:
            return
        sub, unsub = self._commands
        commands = self._packed(unsub, unsubs) + self._packed(sub, subs)
        try:
            await conn.send_packed_command(conn.pack_commands(commands), check_health=False)
        except TRANSIENT:
            await conn.disconnect(nowait=True)

    async def _run(self) -> None:
        backoff = Backoff()
        stale = self.key == UNPLACED
        while True:
            conn: Any = None
            try:
                if self.sharded:
                    if stale:
                        await self.owner._refresh_slots()
                    stale = True  # any later pass follows a drop or a move
                    self.owner._regroup(self)
                    if not self.channels:
                        return
                source = self.owner._source(self)
                conn = source.connection_class(**source.connection_kwargs)
                await conn.connect()
                raise_if_cancelled()
                self.lost = None
                await self._listen(conn, backoff)
            except asyncio.CancelledError:
                raise
            except (_Moved, AskError) as exc:
                why = f"{type(exc).__name__} {exc}"
                log.info("live channels on %s moved (%s); following them", self.key, why)
                backoff.reset()
            except Exception as exc:
                task = asyncio.current_task()
                if self.owner._closed or (task is not None and task.cancelling()):
                    # redis-py may turn a cancelled read into a ConnectionError.
                    return
                if self.owner.lost is None:
                    log.warning("live connection to Redis lost (%s); reconnecting", exc)
                self.lost = exc
            finally:
                self._conn = None
                self.live.clear()
                if conn is not None:
                    await conn.disconnect(nowait=True)
                if self.sharded and not self.channels:
                    self.owner._dropped(self)
            await backoff.wait()

    async def _listen(self, conn: Any, backoff: Backoff) -> None:
        """Subscribe every wanted channel on ``conn``, then pass on what it pushes."""
        self._to_sub.clear()
        self._to_unsub.clear()
        self._conn = conn
        if self.channels:
            commands = self._packed(self._commands[0], list(self.channels))
            await conn.send_packed_command(conn.pack_commands(commands), check_health=False)
        message, confirm = self._kinds
        while True:
            msg = await conn.read_response(timeout=FOREVER, push_request=True)
            backoff.reset()
            kind = msg[0]
            if kind == message:
                if msg[1] in self.channels:
                    self.owner._deliver(msg[1], msg[2])
            elif kind == confirm:
                if msg[1] in self.channels:
                    self.live.add(msg[1])
                    self.owner._confirmed(msg[1])
            elif kind == b"sunsubscribe" and msg[1] in self.channels:
                # Not asked for: the node gave the channel's slot away.
                raise _Moved(f"{msg[1]!r} left {self.key}")

    async def close(self) -> None:
        self._task.cancel()
        try:
            await self._task
        except (asyncio.CancelledError, Exception):
            pass


FOREVER = float("inf")
"""The read timeout of a connection that waits for pushed messages for as long as it is open."""


async def wait_at_most(signal: Awaitable[Any], seconds: float) -> None:
    """Await ``signal`` (an Event's ``wait()``, a subscription's confirmation) for at most
    ``seconds``; running out of time is no error.

    ``asyncio.wait_for`` would do the same, but on Python 3.11 it runs the awaitable in a Task
    of its own, which a client waiting on thousands of handles pays for each one.
    """
    try:
        async with asyncio.timeout(seconds):
            await signal
    except TimeoutError:
        pass
