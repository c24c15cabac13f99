"""The connection layer against a real server, and the parts of redis-py it is built on.

The Pub/Sub listener reads pushed messages with redis-py's connection API rather than through
its PubSub class; the version range in orbiter-distributed's pyproject.toml is the one known to
have that API, and the first tests here fail loudly if an upgrade takes it away.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import re
import uuid
from collections.abc import Callable

import pytest
from redis.asyncio import Redis
from redis.asyncio.connection import AbstractConnection, Connection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import DataError, NoScriptError, ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from orbiter.cli.devserver import DevServer
from orbiter.distributed._batcher import Batcher
from orbiter.distributed._pubsub import Listener
from orbiter.distributed.connection import connect


def _keyword(func: Callable[..., object], name: str) -> inspect.Parameter:
    params = inspect.signature(func).parameters
    assert name in params, f"redis-py's {func} lost its {name!r} argument; see _pubsub.py"
    return params[name]


def test_redis_py_still_has_the_connection_api_the_listener_reads_with() -> None:
    for cls in (AbstractConnection, Connection):
        assert _keyword(cls.read_response, "push_request").kind is inspect.Parameter.KEYWORD_ONLY
        _keyword(cls.read_response, "timeout")
        assert _keyword(cls.disconnect, "nowait").default is False
    assert callable(Redis.from_pool)

    client = connect("redis://127.0.0.1:1/0", name="contract")
    pool = client.connection_pool
    conn = pool.connection_class(**pool.connection_kwargs)
    assert isinstance(conn, AbstractConnection)
    # Made like the pool's own connections: same name, same hook that loads the scripts.
    assert conn.client_name == "contract"
    assert conn.redis_connect_func is not None


async def _next(messages: asyncio.Queue[bytes | None]) -> bytes | None:
    return await asyncio.wait_for(messages.get(), 10)


async def test_listener_delivers_messages_and_reports_a_reconnect(redis_url: str) -> None:
    name = f"orbiter-test-{uuid.uuid4().hex[:8]}"
    first, second = f"{name}:first", f"{name}:second"
    redis = connect(redis_url, name=name)
    listener = Listener(redis)
    got_first: asyncio.Queue[bytes | None] = asyncio.Queue()
    got_second: asyncio.Queue[bytes | None] = asyncio.Queue()
    try:
        await listener.subscribe(first, got_first.put_nowait)
        assert await redis.publish(first, b"one") == 1
        assert await _next(got_first) == b"one"

        # Drop the live connection from the server's side: the listener connects again,
        # subscribes again, and tells its subscriber that messages may have been missed.
        clients = await redis.client_list(_type="pubsub")
        ids = [c["id"] for c in clients if c["name"] == name]
        assert len(ids) == 1
        await redis.client_kill_filter(_id=ids[0])
        assert await _next(got_first) is None
        assert listener.lost is None
        assert await redis.publish(first, b"two") == 1
        assert await _next(got_first) == b"two"

        # After an unsubscribe nothing more arrives; messages on one connection keep their
        # order, so once the second channel's message is in, the first one's would be too.
        listener.unsubscribe(first, got_first.put_nowait)
        await listener.subscribe(second, got_second.put_nowait)
        await redis.publish(first, b"three")
        await redis.publish(second, b"four")
        assert await _next(got_second) == b"four"
        assert got_first.empty()
    finally:
        await listener.close()
        await redis.aclose()


async def test_redis_py_makes_no_retry_of_its_own() -> None:
    # Orbiter's loops decide when to try again (and when to give up with a clear error); a
    # retry inside redis-py would multiply their waits and could run a script twice.
    accepted = 0

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal accepted
        accepted += 1
        writer.close()

    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    redis = connect(f"redis://127.0.0.1:{port}/0")
    try:
        with pytest.raises(RedisConnectionError):
            await redis.ping()
    finally:
        await redis.aclose()
        server.close()
        with contextlib.suppress(Exception):
            await server.wait_closed()
    assert accepted == 1


_ODD_ARGS: list[tuple[object, ...]] = [
    ("SET", "k", "é", 0.1, 1e20, -7, 10**30, b"\x00\xff", memoryview(b"mv"), bytearray(b"ba")),
    ("CLIENT SETNAME", "name"),  # two words in one: split by redis-py's packer
    (b"GET", "k"),
]


def test_commands_are_packed_in_c_byte_for_byte_as_redis_py_packs_them() -> None:
    client = connect("redis://127.0.0.1:1/0")
    pool = client.connection_pool
    ours = pool.connection_class(**pool.connection_kwargs)
    theirs = Connection(**pool.connection_kwargs)
    assert type(ours) is not Connection  # the pool's class, with the C packer
    assert isinstance(ours, Connection)
    for args in _ODD_ARGS:
        assert b"".join(ours.pack_command(*args)) == b"".join(theirs.pack_command(*args)), args
    # redis-py's own error for what Redis cannot take, not hiredis's TypeError.
    with pytest.raises(DataError, match="bool"):
        ours.pack_command("SET", "k", True)


async def test_a_client_round_trips_every_kind_of_argument(redis_url: str) -> None:
    redis = connect(redis_url, name="packing")
    key = f"orbiter-test-{uuid.uuid4().hex[:8]}"
    try:
        pipe = redis.pipeline(transaction=False)
        pipe.hset(key, mapping={"s": "é", "f": 0.1, "i": 10**30, "b": b"\x00\xff"})
        pipe.hgetall(key)
        _, stored = await pipe.execute()
        assert stored == {
            b"s": "é".encode(),
            b"f": b"0.1",
            b"i": b"1" + b"0" * 30,
            b"b": b"\x00\xff",
        }
        assert await redis.execute_command("CLIENT GETNAME") == "packing"
    finally:
        await redis.delete(key)
        await redis.aclose()


async def test_one_command_in_a_turn_gets_its_reply_or_its_error(redis_url: str) -> None:
    client = connect(redis_url, name="batcher")
    batcher = Batcher(client)
    key = f"one-{uuid.uuid4().hex}"
    try:
        assert await batcher.call("SET", key, "1") is True
        with pytest.raises(ResponseError, match="WRONGTYPE"):
            await batcher.call("LPUSH", key, "x")
        with pytest.raises(NoScriptError):
            await batcher.call("EVALSHA", "0" * 40, 0)
        # Several in one turn still share a pipeline, each with its own outcome.
        both = await asyncio.gather(
            batcher.call("INCR", key), batcher.call("LPUSH", key, "x"), return_exceptions=True
        )
        assert both[0] == 2
        assert isinstance(both[1], ResponseError)
    finally:
        await client.delete(key)
        await client.aclose()


async def test_replies_already_in_hand_read_the_same_as_through_redis_py(redis_url: str) -> None:
    # Replies hiredis holds whole are returned without redis-py's read path: every kind of
    # reply, an error among them, must come out as redis-py gives it, in its place.
    lean_client = connect(redis_url)
    plain = Redis.from_url(redis_url)
    key = f"replies-{uuid.uuid4().hex}"
    commands: list[tuple[object, ...]] = [
        ("SET", f"{key}:s", "v"),
        ("GET", f"{key}:s"),
        ("GET", f"{key}:missing"),
        ("RPUSH", f"{key}:l", "a", "b", "c"),
        ("LRANGE", f"{key}:l", 0, -1),
        ("HSET", f"{key}:h", "f", "1", "g", "2"),
        ("HMGET", f"{key}:h", "f", "nope", "g"),
        ("LPUSH", f"{key}:s", "x"),  # WRONGTYPE
        ("XADD", f"{key}:x", "*", "k", "v"),
        ("XRANGE", f"{key}:x", "-", "+"),
        ("EVAL", "return {1, 'two', {3}}", 0),
        ("INCRBYFLOAT", f"{key}:f", "1.5"),
        ("PING",),
    ] * 5
    try:
        got = []
        for client in (lean_client, plain):
            await client.delete(*(f"{key}:{k}" for k in "slhxf"))
            pipe = client.pipeline(transaction=False)
            for args in commands:
                pipe.execute_command(*args)
            got.append(await pipe.execute(raise_on_error=False))
        ours, theirs = got
        for args, mine, other in zip(commands, ours, theirs, strict=True):
            if args[0] == "XADD":  # new ids, made of the time
                assert re.fullmatch(rb"\d+-\d+", mine)
                assert re.fullmatch(rb"\d+-\d+", other)
            elif isinstance(other, Exception):
                assert type(mine) is type(other)
                assert str(mine) == str(other)
            elif isinstance(other, list) and other and isinstance(other[0], tuple):
                assert [row[1] for row in mine] == [row[1] for row in other]  # stream entries
            else:
                assert mine == other
        assert await lean_client.execute_command("ECHO", "still in step") == b"still in step"
    finally:
        await lean_client.delete(*(f"{key}:{k}" for k in "slhxf"))
        await lean_client.aclose()
        await plain.aclose()


async def test_a_lone_send_goes_out_at_once_and_a_burst_still_batches(redis_url: str) -> None:
    client = connect(redis_url, name="batcher")
    batcher = Batcher(client)
    key = f"send-{uuid.uuid4().hex}"
    try:
        # Alone: sent from the caller's task, no batch scheduled.
        sent = asyncio.ensure_future(batcher.send("SET", key, "0"))
        await asyncio.sleep(0)
        assert not batcher._scheduled
        assert not batcher._tasks
        assert await sent is True
        with pytest.raises(ResponseError, match="WRONGTYPE"):
            await batcher.send("LPUSH", key, "x")
        # A burst: the first goes at once, the others wait for it in one batch; every
        # caller gets its own reply, in the order sent.
        replies = await asyncio.gather(*(batcher.send("INCR", key) for _ in range(50)))
        assert replies == list(range(1, 51))
        # A send cut off while its reply is on the way leaves no reply behind for the next.
        slow = asyncio.ensure_future(batcher.send("BLPOP", f"{key}:empty", 5))
        await asyncio.sleep(0.05)
        slow.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await slow
        assert await batcher.send("ECHO", "after") == b"after"
        assert await batcher.send("GET", key) == b"50"
    finally:
        await client.delete(key)
        await client.aclose()


async def test_a_connection_with_an_unread_reply_is_not_handed_out_again(redis_url: str) -> None:
    # The pool's quick checkout takes the last connection returned only when nothing is left
    # unread on it: a reply nobody read would be taken for the next command's.
    client = connect(redis_url, max_connections=4)
    try:
        assert await client.execute_command("PING") is True
        conn = await client.connection_pool.get_connection()
        await conn.send_command("ECHO", "left over")
        await asyncio.sleep(0.05)  # the reply is in the socket's buffer now
        await client.connection_pool.release(conn)
        assert await client.execute_command("ECHO", "mine") == b"mine"
        assert await client.execute_command("ECHO", "next") == b"next"
    finally:
        await client.aclose()


async def test_a_pool_at_its_limit_wakes_every_waiter(redis_url: str) -> None:
    # Returns by the quick path skip the condition's lock; with callers waiting for one of
    # the two connections, every return must still reach a waiter.
    client = connect(redis_url, max_connections=2)
    key = f"orbiter-test-{uuid.uuid4().hex[:8]}"
    try:
        replies = await asyncio.wait_for(
            asyncio.gather(*(client.blpop([key], timeout=0.02) for _ in range(12))), 20
        )
        assert replies == [None] * 12
        pool = client.connection_pool
        assert len(pool._available_connections) + len(pool._in_use_connections) <= 2
        assert not pool._in_use_connections
    finally:
        await client.aclose()


async def test_a_command_larger_than_the_socket_buffer_is_sent_whole(redis_url: str) -> None:
    client = connect(redis_url)
    key = f"orbiter-test-{uuid.uuid4().hex[:8]}"
    value = uuid.uuid4().bytes * (1 << 20)  # 16 MiB: written in many pieces, with waits
    try:
        await client.set(key, value)
        assert await client.strlen(key) == len(value)
        assert await client.get(key) == value
    finally:
        await client.delete(key)
        await client.aclose()


async def test_a_write_to_a_stopped_server_fails_then_the_next_call_reconnects(
    local_redis: DevServer,
) -> None:
    client = connect(local_redis.url, max_connections=4)
    try:
        assert await client.execute_command("PING") is True
        local_redis.stop(kill=True)
        with pytest.raises((RedisConnectionError, RedisTimeoutError)):
            await client.execute_command("PING")
        with pytest.raises((RedisConnectionError, RedisTimeoutError)):
            await client.execute_command("PING")
        local_redis.start()
        assert await client.execute_command("PING") is True
    finally:
        await client.aclose()
