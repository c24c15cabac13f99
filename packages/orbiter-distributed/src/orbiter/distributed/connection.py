"""Connecting to Redis: the client every part of Orbiter uses, and how its loops wait to retry."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import hiredis
from redis._parsers import AsyncCommandsParser, _AsyncHiredisParser
from redis._parsers.hiredis import NOT_ENOUGH_DATA
from redis.asyncio import Redis, RedisCluster
from redis.asyncio.connection import AbstractConnection, BlockingConnectionPool, ConnectionPool
from redis.asyncio.retry import Retry
from redis.backoff import EqualJitterBackoff, NoBackoff
from redis.exceptions import (
    ClusterDownError,
    MasterDownError,
    ReadOnlyError,
    ResponseError,
    TryAgainError,
)
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from orbiter.distributed.errors import RedisUnavailableError
from orbiter.distributed.keys import is_cluster_url
from orbiter.distributed.outage import safe_url
from orbiter.distributed.sentinel import is_sentinel_url, sentinel_pool

__all__ = ["RETRY", "TRANSIENT", "Backoff", "connect", "is_cluster"]

TRANSIENT: tuple[type[BaseException], ...] = (
    RedisConnectionError,
    RedisTimeoutError,
    OSError,
    ReadOnlyError,
    # A cluster that lost a primary, or a slot half way through a move: the command did not
    # run, and will once the cluster is whole again.
    ClusterDownError,
    TryAgainError,
    MasterDownError,
)
"""Errors that mean "Redis is unreachable for now": callers back off and try again.

A ReadOnlyError is the old primary, demoted to a replica by a failover, answering a write:
the next connection reaches the new primary.
"""

RETRY = Retry(NoBackoff(), retries=0)
"""redis-py's own retry policy for every connection: none.

Orbiter's loops do the retrying (with :class:`Backoff`), because only they know whether a
command may run twice (a script that appends events may not) and when to give up with a clear
error. Said here rather than left to redis-py's defaults, which differ between its versions and
between ``Redis(...)`` and ``Redis.from_url(...)``.
"""


def connect(
    url: str,
    *,
    max_connections: int | None = None,
    name: str | None = None,
    on_connected: Callable[[], None] | None = None,
) -> Redis:
    """A Redis client for ``url`` (redis://, rediss://, unix://; user and password in the URL).

    With a ``redis+sentinel://`` URL the client talks to the master its sentinels name, and
    finds the new one on its next reconnect after a failover (see :mod:`.sentinel`).
    A ``redis+cluster://`` (or ``rediss+cluster://``) URL gives redis-py's cluster client,
    which follows the cluster's slots (MOVED and ASK redirections included).

    Args:
        max_connections: callers beyond that many wait for a free connection instead of opening
            more, so a burst of concurrent calls cannot flood the server with connections.
        name: shown by ``CLIENT LIST``, so an operator can tell clients from workers.
        on_connected: called each time a new connection is ready.
    """

    async def on_connect(conn: Any) -> None:
        try:
            await conn.on_connect()
            # A cancel that arrived during the handshake must not leave a half-read connection
            # in use (redis-py may swallow it, and the next reply read would never come).
            raise_if_cancelled()
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
        "client_name": name,
        "redis_connect_func": on_connect,
        "retry": RETRY,
    }
    if is_cluster_url(url):
        return _cluster(url, options, max_connections)
    if not url.startswith("unix:"):
        options["socket_keepalive"] = True  # a TCP option: unix socket connections refuse it
    if is_sentinel_url(url):
        pool: ConnectionPool = sentinel_pool(url, options, max_connections)
    elif max_connections is None:
        pool = _LeanConnectionPool.from_url(url, **options)
    else:
        pool = _LeanBlockingPool.from_url(
            url, max_connections=max_connections, timeout=None, **options
        )
    pool.connection_class = lean(pool.connection_class)
    return Redis.from_pool(pool)


class _Lean:
    """Two cheaper paths through a redis-py asyncio connection, for the hot commands.

    - Packing: redis-py builds each command in Python, argument by argument; for the long
      argument lists of Orbiter's scripts that is a good part of a task's CPU in both worker
      and client. hiredis's C packer does it instead. Whatever the C packer refuses (bools,
      bytearrays, a command name with a space such as ``"CLIENT SETNAME"``, a connection with
      another text encoding) goes through redis-py's packer, which handles it or says what is
      wrong, as before.
    - Sending: redis-py bounds every write by its socket timeout with ``asyncio.wait_for``,
      which on Python 3.11 runs the write in a Task of its own: two more turns of the event
      loop per command. A command the kernel takes whole needs no bound, so the bound (and the
      wait) only applies when some of it is left in the transport's buffer. Errors end as
      redis-py's would: the connection dropped and a ``ConnectionError`` or ``TimeoutError``.
    - Reading: redis-py bounds every reply it reads by its socket timeout (5 s by default), a
      timeout scope and a timer each, even when the reply is already in hand, as all but the
      first of a pipeline's usually are. A reply hiredis already holds whole is returned at
      once; one that is still on its way is read by redis-py, under its bound.
    """

    encoder: Any
    socket_timeout: float | None
    health_check_interval: float
    protocol: Any
    _parser: Any
    _writer: asyncio.StreamWriter | None

    def pack_command(self, *args: Any) -> list[bytes]:
        first = args[0]
        if type(first) is str and " " not in first and self.encoder.encoding == "utf-8":
            try:
                return [hiredis.pack_command(args)]
            except TypeError:
                pass
        return super().pack_command(*args)  # type: ignore[misc]

    async def read_response(
        self,
        disable_decoding: bool = False,
        timeout: float | None = None,  # noqa: ASYNC109 (redis-py's signature)
        *,
        disconnect_on_error: bool = True,
        push_request: bool | None = False,
    ) -> Any:
        parser = self._parser
        reader = getattr(parser, "_reader", None)
        if (
            reader is not None
            and type(parser) is _AsyncHiredisParser
            and parser._connected
            and timeout is None
            and not (disable_decoding or push_request or self.health_check_interval)
        ):
            reply = reader.gets()
            if reply is not NOT_ENOUGH_DATA:
                push = parser._hiredis_PushNotificationType
                if type(reply) is list and reply and isinstance(reply[0], RedisConnectionError):
                    reply = reply[0]  # as redis-py's parser: the first error of a reply
                if push is not None and isinstance(reply, push):
                    # A notice pushed between replies (RESP3): redis-py's handler takes it,
                    # then the reply is read as usual.
                    await parser.handle_push_response(reply)
                elif isinstance(reply, RedisConnectionError):  # e.g. LOADING
                    if disconnect_on_error:
                        await self.disconnect(nowait=True)  # type: ignore[attr-defined]
                    raise reply
                elif isinstance(reply, ResponseError):
                    raise reply from None
                else:
                    return reply
        return await super().read_response(  # type: ignore[misc]
            disable_decoding,
            timeout,
            disconnect_on_error=disconnect_on_error,
            push_request=push_request,
        )

    async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        writer = self._writer
        checking = check_health and self.health_check_interval
        if writer is None or checking or type(command) is not list or writer.transport.is_closing():
            # Not connected yet, health checks on, or a connection being torn down: redis-py's
            # path connects, checks, or says what is wrong.
            await super().send_packed_command(command, check_health)  # type: ignore[misc]
            return
        try:
            writer.writelines(command)
            transport = writer.transport
            # Bytes left over wait for the socket; a connection lost during the write says so
            # now (drain raises) rather than at the reply.
            if transport.get_write_buffer_size() or transport.is_closing():
                async with asyncio.timeout(self.socket_timeout):
                    await writer.drain()
        except TimeoutError:
            await self.disconnect(nowait=True)  # type: ignore[attr-defined]
            raise RedisTimeoutError("Timeout writing to socket") from None
        except OSError as exc:
            await self.disconnect(nowait=True)  # type: ignore[attr-defined]
            raise RedisConnectionError(f"Error while writing to socket: {exc}.") from exc
        except BaseException:
            # A write cut off half way (a cancel) leaves the connection unusable.
            await self.disconnect(nowait=True)  # type: ignore[attr-defined]
            raise


_LEAN: dict[type[AbstractConnection], type[AbstractConnection]] = {}


def lean(cls: type[AbstractConnection]) -> type[AbstractConnection]:
    """``cls`` (a redis-py asyncio connection class) with :class:`_Lean`'s packing and sending."""
    made = _LEAN.get(cls)
    if made is None:
        made = _LEAN[cls] = type(cls.__name__, (_Lean, cls), {"__module__": __name__})
    return made


class _LeanPool:
    """A checkout and return of a connection that cost a few list operations when nothing is
    unusual, in place of redis-py's locks, timeout scopes and bookkeeping (about 20 µs of CPU
    per command, a third of a short command's whole cost in redis-py, measured with
    ``PING``).

    The fast path takes the most recently returned connection only when it is connected and
    has nothing unread; one with something unread is reconnected first. A connection goes
    back the fast way only when nobody waits for one (a waiter must be woken, which needs the
    condition's lock), when it need not reconnect, and when no credential provider listens
    for returns. Everything else (a first connection, a pool at its limit, a failover
    notice, a broken connection) takes redis-py's path as before. redis-py's own pool
    metrics, if someone turned them on, do not see the fast checkouts.
    """

    _available_connections: list[Any]
    _in_use_connections: Any
    connection_kwargs: dict[str, Any]

    async def get_connection(self, *args: Any, **kwargs: Any) -> Any:
        free = self._available_connections
        if free and not getattr(self, "_in_maintenance", False):
            conn = free[-1]
            can_read = getattr(conn, "can_read", None)
            if conn.is_connected and can_read is not None:
                try:
                    dirty = await can_read()
                except OSError:
                    dirty = True
                if not dirty and free and free[-1] is conn:
                    free.pop()
                    self._in_use_connections.add(conn)
                    return conn
                if dirty:
                    # A reply nobody read (a call cut off after its send) would be taken
                    # for the next command's; redis-py's checkout lets it through when its
                    # maintenance notices are on, as they are by default. A new
                    # connection cannot hold one.
                    await conn.disconnect(nowait=True)
        return await super().get_connection(*args, **kwargs)  # type: ignore[misc]

    async def release(self, connection: Any) -> None:
        condition = getattr(self, "_condition", None)
        reconnect = getattr(connection, "should_reconnect", None)
        if (
            (condition is None or not getattr(condition, "_waiters", True))
            and (reconnect is None or not reconnect())
            and self.connection_kwargs.get("credential_provider") is None
        ):
            self._in_use_connections.remove(connection)
            self._available_connections.append(connection)
            return
        await super().release(connection)  # type: ignore[misc]


class _LeanConnectionPool(_LeanPool, ConnectionPool):
    pass


class _LeanBlockingPool(_LeanPool, BlockingConnectionPool):
    pass


def _cluster(url: str, options: dict[str, Any], max_connections: int | None) -> Any:
    # ``retry`` (RETRY: Orbiter's loops retry) is in ``options``; the cluster client still
    # follows redirections and refreshes its slot map when a node fails.
    connect_func = options.pop("redis_connect_func")
    client = _ClusterClient.from_url(
        url.replace("+cluster", "", 1),
        # Blocking reads (XREADGROUP BLOCK) wait longer than redis-py's default 5 s.
        socket_timeout=None,
        max_connections=max_connections or 100,
        **options,
    )
    # The cluster client has no option for a connect hook: it goes in the connection
    # arguments of the nodes it knows and of those it discovers later.
    client.nodes_manager.connection_kwargs["redis_connect_func"] = connect_func
    for node in client.nodes_manager.startup_nodes.values():
        node.connection_kwargs["redis_connect_func"] = connect_func
    return client


class _ClusterClient(RedisCluster):
    """redis-py's cluster client, which learns the slot map before it runs any command.

    redis-py learns it inside the first command, after that command has been routed: several
    concurrent first calls on a fresh client are sent without a slot map, and the refresh that
    ends the learning recycles the connections they are using ("Connection closed by server").
    With RETRY's 0 retries those calls would fail. ``initialize`` holds a lock and does nothing
    once the map is known, so every later call only reads a flag; after a connection error
    redis-py asks for a new map, and the calls that follow wait for it here too.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands_parser = _StreamKeys()

    async def execute_command(self, *args: Any, **kwargs: Any) -> Any:
        if self._initialize:
            await self.initialize()
        return await super().execute_command(*args, **kwargs)


class _StreamKeys(AsyncCommandsParser):
    """redis-py's key finder, which reads the keys of XREAD and XREADGROUP itself.

    For commands whose keys may sit anywhere redis-py asks a node (``COMMAND GETKEYS``): for
    a worker's claims that is a round trip more per read, and every one of them lands on the
    same node, whose share of the commands then grows past the others'.
    """

    async def get_keys(self, *args: Any) -> tuple[Any, ...] | None:
        name = str(args[0]).upper()
        if name not in ("XREAD", "XREADGROUP"):
            return await super().get_keys(*args)
        # The options before STREAMS come after the group and consumer names (which may
        # themselves be "streams"); after it, the keys then as many ids.
        first = 4 if name == "XREADGROUP" else 1
        words = [(a.decode() if isinstance(a, bytes) else str(a)).upper() for a in args]
        if "STREAMS" not in words[first:]:
            return await super().get_keys(*args)  # malformed: the server says what is wrong
        rest = args[words.index("STREAMS", first) + 1 :]
        return tuple(rest[: len(rest) // 2])


def is_cluster(redis: Any) -> bool:
    """Whether ``redis`` is a cluster client (its keys may live on several nodes)."""
    return isinstance(redis, RedisCluster)


class Backoff:
    """The waits of a loop that must outlive a Redis restart: redis-py's equal-jitter backoff.

    Each wait is between half and all of ``first`` doubled once per failed try, at most ``cap``.
    """

    def __init__(self, first: float = 0.05, cap: float = 2.0) -> None:
        self._delays = EqualJitterBackoff(cap=cap, base=first)
        self.tries = 0
        """Waits since the last success (``reset``)."""

    def reset(self) -> None:
        self.tries = 0

    async def wait(self) -> None:
        raise_if_cancelled()  # the failure being waited out may be a cancel redis-py swallowed
        delay = self._delays.compute(self.tries)
        self.tries += 1
        await asyncio.sleep(delay)


def raise_if_cancelled() -> None:
    """Raise CancelledError if the running task is being cancelled.

    redis-py's connection handshake can swallow a CancelledError; without this check the task
    would go on to block on a read forever instead of ending.
    """
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError
