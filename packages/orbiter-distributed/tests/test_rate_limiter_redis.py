"""The Redis rate limiter on its own, against a real server: two limiters (two workers) share
one schedule, blocks of turns, token corrections, and a Retry-After one of them is told."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aredis
from distributed_support import redis_client

from orbiter.cli.devserver import DevServer
from orbiter.distributed.keys import Keys
from orbiter.distributed.ratelimit import RedisRateLimiter
from orbiter.ratelimit import RateLimit

MODEL = "openai:gpt-4o"


@pytest.fixture
async def clients(redis_url: str) -> AsyncIterator[list[aredis.Redis]]:
    made = [redis_client(redis_url) for _ in range(2)]
    for client in made:  # connected (a cluster client has its slot map) before any timing
        await client.ping()
    yield made
    for client in made:
        await client.aclose()


def pair(
    clients: list[aredis.Redis], spec: str | list[RateLimit]
) -> tuple[RedisRateLimiter, RedisRateLimiter]:
    a, b = (RedisRateLimiter(c, Keys(), spec) for c in clients)
    return a, b


async def test_two_workers_take_turns_from_one_schedule(clients: list[aredis.Redis]) -> None:
    a, b = pair(clients, f"{MODEL}=120rpm")  # one turn every 0.5 s: a loaded machine's lag fits
    limit = a.limit_for(MODEL)
    assert limit is not None
    when = []
    for limiter in (a, b, a):
        turn = await limiter.reserve(limit, MODEL, 0)
        when.append((time.monotonic() + turn.wait, turn.reason))
    assert [reason for _, reason in when] == [None, "requests", "requests"]
    gaps = [later - earlier for (earlier, _), (later, _) in itertools.pairwise(when)]
    assert gaps == [pytest.approx(0.5, abs=0.05)] * 2
    record = await clients[0].hgetall(Keys().rate_limit(MODEL))
    assert set(record) == {b"r", b"t"}
    # the schedule is dropped soon after its last turn (1.5 s ahead) has passed
    assert 0 < await clients[0].pttl(Keys().rate_limit(MODEL)) <= 3_000


async def test_a_worker_takes_turns_in_growing_blocks_while_the_limit_does_not_bind(
    local_redis: DevServer,
) -> None:
    # A server of the test's own: the session's server counts other tests' scripts too.
    client = aredis.Redis.from_url(local_redis.url)
    try:
        await _takes_turns_in_blocks([client, client])
    finally:
        await client.aclose()


def _script_runs(commands: dict[str, Any]) -> int:
    """EVALSHA calls that ran (a fresh server first answers NOSCRIPT, then the set is loaded)."""
    stats = commands.get("cmdstat_evalsha", {})
    return int(stats.get("calls", 0)) - int(stats.get("failed_calls", 0))


async def _takes_turns_in_blocks(clients: list[aredis.Redis]) -> None:
    a, _ = pair(clients, f"{MODEL}=6000000rpm")  # 100,000 a second: a turn per 10 µs
    limit = a.limit_for(MODEL)
    assert limit is not None
    commands = await clients[0].info("commandstats")
    before = _script_runs(commands)
    seconds, micros = await clients[0].time()
    turns = [await a.reserve(limit, MODEL, 0) for _ in range(100)]
    assert sum(t.wait for t in turns) < 0.01
    commands = await clients[0].info("commandstats")
    # Blocks of 1, 2, 4, ... 64 turns: seven round trips, not a hundred.
    assert _script_runs(commands) - before <= 7
    # Every turn handed out was charged to the shared schedule: 100 turns of 10 µs at least.
    next_request = float(await clients[0].hget(Keys().rate_limit(MODEL), "r") or 0)
    assert next_request - (seconds * 1000 + micros / 1000) >= 0.99


async def test_token_corrections_move_the_other_workers_turns(
    clients: list[aredis.Redis],
) -> None:
    limit = RateLimit(model=MODEL, tpm=60_000)  # 1000 tokens a second
    a, b = pair(clients, [limit])
    assert (await a.reserve(limit, MODEL, 100)).wait == 0  # charged 100 up front
    await a.settle(limit, MODEL, 1900)  # the call used 2000: two seconds' worth
    await asyncio.sleep(0.6)  # corrections go on their own after half a second
    turn = await b.reserve(limit, MODEL, 100)
    assert turn.reason == "tokens"
    assert turn.wait == pytest.approx(2.0 - 0.6, abs=0.15)


async def test_a_retry_after_told_to_one_worker_holds_the_other(
    clients: list[aredis.Redis],
) -> None:
    a, b = pair(clients, f"{MODEL}=60000rpm")
    limit = a.limit_for(MODEL)
    assert limit is not None
    assert (await b.reserve(limit, MODEL, 0)).wait == 0  # b holds a block already
    await a.back_off(MODEL, 0.5)
    assert await a.held(MODEL) == pytest.approx(0.5, abs=0.05)
    assert (await a.reserve(limit, MODEL, 0)).reason == "retry_after"
    await asyncio.sleep(0.15)  # b's block (a tenth of a second) has run out: it asks Redis
    turn = await b.reserve(limit, MODEL, 0)
    assert turn.reason == "retry_after"
    assert turn.wait == pytest.approx(0.5 - 0.15, abs=0.08)
    assert await b.held(MODEL) == pytest.approx(0.35, abs=0.08)  # it knows of the pause now
