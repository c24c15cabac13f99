"""The connections handles share: one client, Pub/Sub listener and batcher per URL and loop."""

from __future__ import annotations

import asyncio

from orbiter.distributed._batcher import Batcher
from orbiter.distributed._pubsub import Listener
from orbiter.distributed.connection import Backoff, connect
from orbiter.distributed.errors import RedisUnavailableError, WrongEventLoopError
from orbiter.distributed.outage import tls_failed, unreachable
from orbiter.distributed.replication import ReplicaWait
from orbiter.loops import PerLoop

FIRST_CONNECT_TRIES = 8
"""Failed tries (with backoff, about 4 s in all) before a first connection is given up."""

CLIENT_POOL_SIZE = 16

LINGER = 1.0
"""Seconds the connections stay open after the last handle let go, for the next handle."""


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
        self.batcher = Batcher(self.redis, ReplicaWait.from_env())
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
        if self.closing is not None:
            self.closing.cancel()
            self.closing = None
        await self.listener.close()
        await self.redis.aclose()


# Handles that were never closed (a script ending with ``asyncio.run``) would otherwise leave
# their sockets to the garbage collector; PerLoop closes them on their own loop at its shutdown.
_by_url: PerLoop[str, Shared] = PerLoop(close=Shared.aclose)
_closing: set[asyncio.Task[None]] = set()


def acquire(url: str) -> Shared:
    """The shared connection for ``url`` in the running loop (counted; pair with release)."""
    here = _by_url.here()
    shared = here.get(url)
    if shared is None:
        shared = here[url] = Shared(url)
    if shared.closing is not None:
        shared.closing.cancel()
        shared.closing = None
    shared.refs += 1
    return shared


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
        here = _by_url.peek()
        if here.get(shared.url) is shared:
            del here[shared.url]
        task = loop.create_task(shared.aclose())
        _closing.add(task)
        task.add_done_callback(_closing.discard)

    # Closing at once would make code that opens one handle at a time reconnect every time.
    shared.closing = loop.call_later(LINGER, close_now)


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
