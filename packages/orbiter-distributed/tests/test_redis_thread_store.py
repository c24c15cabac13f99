"""The Redis thread store on a real server: the same behaviour as the SQLite store."""

from __future__ import annotations

import asyncio

import pytest
from distributed_support import redis_client

from orbiter.distributed.keys import Keys
from orbiter.distributed.threads import RedisThreadStore
from orbiter.errors import ConfigurationError, ThreadConflictError
from orbiter.messages import AssistantMessage, UserMessage
from orbiter.threads import ThreadStore


def turn(n: int) -> list:
    return [UserMessage(content=f"q{n}"), AssistantMessage(content=f"a{n}")]


async def test_append_load_runs_in_order(redis_url: str) -> None:
    store = RedisThreadStore(redis_url)
    assert isinstance(store, ThreadStore)
    assert await store.load("t") == []
    await store.append("t", "r1", turn(1), after=0)
    await store.append("t", "r2", turn(2), after=2)
    await store.append("t", "r3", [])
    assert [m.content for m in await store.load("t")] == ["q1", "a1", "q2", "a2"]
    runs = await store.runs("t")
    assert [(r.run_id, r.start, r.count) for r in runs] == [
        ("r1", 0, 2),
        ("r2", 2, 2),
        ("r3", 4, 0),
    ]
    assert runs[0].created_at <= runs[1].created_at


async def test_append_from_a_stale_length_adds_nothing(redis_url: str) -> None:
    store = RedisThreadStore(redis_url)
    await store.append("t", "r1", turn(1), after=0)
    with pytest.raises(ThreadConflictError, match="has 2 messages, not the 0"):
        await store.append("t", "r2", turn(2), after=0)
    assert len(await store.load("t")) == 2


async def test_concurrent_appends_never_interleave(redis_url: str) -> None:
    """Many writers starting from the same length: exactly one wins, the rest add nothing."""
    stores = [RedisThreadStore(redis_url) for _ in range(8)]
    outcomes = await asyncio.gather(
        *(s.append("t", f"r{i}", turn(i), after=0) for i, s in enumerate(stores)),
        return_exceptions=True,
    )
    assert sum(o is None for o in outcomes) == 1
    assert all(isinstance(o, ThreadConflictError) for o in outcomes if o is not None)
    loaded = await stores[0].load("t")
    assert len(loaded) == 2
    assert loaded[0].content[1:] == loaded[1].content[1:]


async def test_fork_copies_and_refuses_a_taken_id(redis_url: str) -> None:
    store = RedisThreadStore(redis_url)
    await store.append("main", "r1", turn(1))
    await store.fork("main", "copy")
    await store.append("copy", "r2", turn(2), after=2)
    assert len(await store.load("main")) == 2
    assert len(await store.load("copy")) == 4
    assert [r.run_id for r in await store.runs("copy")] == ["r1", "r2"]
    with pytest.raises(ConfigurationError, match="'main' already exists"):
        await store.fork("copy", "main")


async def test_delete_and_retention(redis_url: str) -> None:
    store = RedisThreadStore(redis_url, retention=60)
    await store.append("t", "r1", turn(1))
    r, key = redis_client(redis_url), Keys.from_env(redis_url=redis_url).thread("t")
    try:
        ttl = await r.ttl(key)
        assert 0 < ttl <= 60
        await store.delete("t")
        assert await store.load("t") == []
        assert await store.runs("t") == []
        assert await r.exists(key) == 0
    finally:
        await r.aclose()
    assert await store.purge() == 0
    await store.delete("never-there")


async def test_key_prefix_and_shared_client(redis_url: str) -> None:
    r = redis_client(redis_url)
    try:
        # Given a client, not a URL, it still names keys as the workers do (sharded on a
        # cluster; on a single server other:thread:{t}).
        mine = RedisThreadStore(redis=r, key_prefix="other")
        await mine.append("t", "r1", turn(1))
        assert await RedisThreadStore(redis_url).load("t") == []
        assert await r.exists(Keys.from_env("other", redis_url).thread("t")) == 1
    finally:
        await r.aclose()


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [({"retention": 0}, "retention must be at least 1"), ({"retention": "1h"}, "not a whole")],
)
def test_bad_settings_are_refused(redis_url: str, kwargs: dict, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        RedisThreadStore(redis_url, **kwargs)


async def test_bad_ids_are_refused(redis_url: str) -> None:
    store = RedisThreadStore(redis_url)
    with pytest.raises(ConfigurationError, match="thread_id must be a non-empty string"):
        await store.load("")
    with pytest.raises(ConfigurationError, match="run_id must be"):
        await store.append("t", "a\nb", turn(1))
