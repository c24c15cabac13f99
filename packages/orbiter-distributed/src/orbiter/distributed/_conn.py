"""Redis connections: one pool and one Pub/Sub listener per URL and event loop, and backoff."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.connection import BlockingConnectionPool, Connection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from orbiter.distributed.errors import RedisUnavailableError, WrongEventLoopError
from orbiter.distributed.outage import safe_url, tls_failed, unreachable

log = logging.getLogger("orbiter.distributed")

# Errors that mean "Redis is unreachable for now": callers back off and try again.
TRANSIENT: tuple[type[BaseException], ...] = (RedisConnectionError, RedisTimeoutError, OSError)


FIRST_CONNECT_TRIES = 8
"""Failed tries (with backoff, about 4 s in all) before a first connection is given up."""


def check_loop(shared: Shared, what: str, remedy: str) -> None:
    """Refuse to use ``shared`` from an event loop other than the one it was made in.

    Args:
        what: the object the caller holds, for the message (``the handle of task ...``).
        remedy: how to get a new one in the current loop.
    """
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return  # not in a loop yet (an async generator being created): checked when used
    if loop is not shared.loop:
        raise WrongEventLoopError(
            f"{what} belongs to the event loop it was made in, and this is another one (each "
            f"asyncio.run() starts a new loop, and the old loop's connections are closed): "
            f"{remedy}"
        )


def connect(
    url: str,
    *,
    max_connections: int | None = None,
    name: str | None = None,
    on_connected: Callable[[], None] | None = None,
) -> Redis:
    """A Redis client for ``url`` (redis://, rediss://, unix://; user and password in the URL).

    With ``max_connections`` callers beyond that many wait for a free connection instead of
    opening more, so a burst of concurrent calls cannot flood the server with connections.
    ``on_connected`` is called each time a new connection is ready.
    """

    async def on_connect(conn: Any) -> None:
        try:
            await conn.on_connect()
            # A cancel that arrived during the handshake must not leave a half-read connection
            # in use (redis-py may swallow it, and the next reply read would never come).
            _raise_if_cancelled()
        except asyncio.CancelledError:
            await conn.disconnect(nowait=True)
            raise
        except ResponseError as exc:
            if "DB index" not in str(exc):
                raise
            await conn.disconnect()
            # Retrying cannot help, so this is not a redis ConnectionError (which callers retry).
            raise RedisUnavailableError(
                f"Redis at {safe_url(url)} has no database {conn.db} ({exc}). Use a database "
                "number the server has (0-15 unless its `databases` setting says otherwise) "
                "in ORBITER_REDIS_URL or redis_url=, e.g. redis://localhost:6379/0"
            ) from None
        if on_connected is not None:
            on_connected()

    options: dict[str, Any] = {
        "decode_responses": False,
        "socket_connect_timeout": 5,
        # Shown by CLIENT LIST, so an operator can tell clients from workers.
        "client_name": name,
        "redis_connect_func": on_connect,
    }
    if not url.startswith("unix:"):
        options["socket_keepalive"] = True  # a TCP option: unix socket connections refuse it
    if max_connections is None:
        return Redis.from_url(url, **options)
    pool = BlockingConnectionPool.from_url(
        url, max_connections=max_connections, timeout=None, **options
    )
    return Redis.from_pool(pool)


class Backoff:
    """Exponential backoff with jitter, for loops that must outlive a Redis restart."""

    def __init__(self, first: float = 0.05, cap: float = 2.0) -> None:
        self.first = first
        self.cap = cap
        self.delay = first
        self.tries = 0

    def reset(self) -> None:
        self.delay = self.first
        self.tries = 0

    async def wait(self) -> None:
        self.tries += 1
        await asyncio.sleep(self.delay * (0.5 + random.random() / 2))
        self.delay = min(self.cap, self.delay * 2)


Callback = Callable[[bytes | None], None]


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
        pool = self._redis.connection_pool
        first = True
        while not self._closed:
            conn: Any = pool.connection_class(**pool.connection_kwargs)
            try:
                await conn.connect()
                _raise_if_cancelled()
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
                    msg = await conn.read_response(timeout=_FOREVER, push_request=True)
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


_FOREVER = float("inf")


def _raise_if_cancelled() -> None:
    # redis-py's connection handshake can swallow a CancelledError; without this check the
    # task would go on to block on a read forever instead of ending.
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


CLIENT_POOL_SIZE = 16


class Batcher:
    """Sends the commands issued in one loop turn, by any number of coroutines, as one pipeline.

    Many handles submitting and waiting at once then cost the client a few writes per turn
    instead of one per command.
    """

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._pending: list[tuple[tuple[Any, ...], asyncio.Future[Any]]] = []
        self._scheduled = False
        self._tasks: set[asyncio.Task[None]] = set()

    def call(self, *args: Any) -> asyncio.Future[Any]:
        """Queue one command; the future gets its (parsed) reply or error."""
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Any] = loop.create_future()
        self._pending.append((args, fut))
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._flush)
        return fut

    def _flush(self) -> None:
        self._scheduled = False
        batch, self._pending = self._pending, []
        if batch:
            task = asyncio.get_running_loop().create_task(self._send(batch))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _send(self, batch: list[tuple[tuple[Any, ...], asyncio.Future[Any]]]) -> None:
        pipe = self._redis.pipeline(transaction=False)
        for args, _ in batch:
            pipe.execute_command(*args)
        try:
            results = await pipe.execute(raise_on_error=False)
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


class Shared:
    """A Redis client and its Listener, shared by every handle on one URL in one event loop."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.loop = asyncio.get_running_loop()
        self.connected = False
        self.failing: BaseException | None = None
        """The error of the last command a retry loop saw fail (None after a success)."""
        self.redis = connect(
            url, max_connections=CLIENT_POOL_SIZE, name="orbiter-client", on_connected=self._up
        )
        self.listener = Listener(self.redis)
        self.batcher = Batcher(self.redis)
        self.refs = 0
        self.closing: asyncio.TimerHandle | None = None

    def _up(self) -> None:
        self.connected = True

    def check_giving_up(self, backoff: Backoff, exc: BaseException) -> None:
        """For retry loops: raise the clear error once a first connection has failed for long.

        After Redis answered once, loops keep retrying (a restart is ridden out).
        """
        self.failing = exc
        if self.connected:
            return
        # A failed TLS handshake fails the same way on every try.
        if backoff.tries >= FIRST_CONNECT_TRIES - 1 or tls_failed(self.url, exc):
            raise unreachable(self.url, exc)

    def outage(self) -> RedisUnavailableError | None:
        """The error to raise when Redis is down right now, as far as this process knows."""
        exc = self.listener.lost or self.failing
        return None if exc is None else unreachable(self.url, exc, was_up=self.connected)

    async def aclose(self) -> None:
        await self.listener.close()
        await self.redis.aclose()


class _LoopShared(dict[str, Shared]):
    """The shared connections of one event loop, closed when the loop shuts down.

    Handles that were never closed (a script ending with ``asyncio.run``) would otherwise leave
    their sockets to the garbage collector. ``asyncio.run`` finalises parked async generators
    before closing the loop; the guard is one, so it closes the connections on their own loop.
    """

    def __init__(self) -> None:
        super().__init__()
        self.guard = self._close_at_shutdown()

    async def _close_at_shutdown(self) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            _shared.pop(asyncio.get_running_loop(), None)
            for shared in list(self.values()):
                if shared.closing is not None:
                    shared.closing.cancel()
                with contextlib.suppress(Exception):
                    await shared.aclose()
            self.clear()


_shared: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopShared] = (
    weakref.WeakKeyDictionary()
)


def acquire(url: str) -> Shared:
    """The shared connection for ``url`` in the running loop (counted; pair with release)."""
    loop = asyncio.get_running_loop()
    per_loop = _shared.get(loop)
    if per_loop is None:
        per_loop = _shared[loop] = _LoopShared()
        # Starting the guard parks it in the loop's set of async generators (no I/O happens).
        with contextlib.suppress(StopIteration):
            per_loop.guard.asend(None).send(None)
    shared = per_loop.get(url)
    if shared is None:
        shared = per_loop[url] = Shared(url)
    if shared.closing is not None:
        shared.closing.cancel()
        shared.closing = None
    shared.refs += 1
    return shared


LINGER = 1.0
"""Seconds the connections stay open after the last handle let go, for the next handle."""


async def release(shared: Shared) -> None:
    """Give back one reference; the connections close shortly after the last one."""
    shared.refs -= 1
    if shared.refs > 0:
        return
    loop = asyncio.get_running_loop()

    def close_now() -> None:
        shared.closing = None
        if shared.refs > 0:
            return
        per_loop = _shared.get(loop)
        if per_loop is not None and per_loop.get(shared.url) is shared:
            del per_loop[shared.url]
        task = loop.create_task(shared.aclose())
        _closing.add(task)
        task.add_done_callback(_closing.discard)

    # Closing at once would make code that opens one handle at a time reconnect every time.
    shared.closing = loop.call_later(LINGER, close_now)


_closing: set[asyncio.Task[None]] = set()
