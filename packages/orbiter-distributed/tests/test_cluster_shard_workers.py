"""Workers given some of a queue's shards (``--shards``), on a 3-primary cluster: each runs
the tasks of its shards only, together they run every task, and a shard nobody serves waits
(and is named in the log). Then the checks on the shard lists a worker is given."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from test_distributed_faults import thinking_agent
from testkit.cluster import cluster_url_fixture, redis_cluster_fixture  # noqa: F401 (fixtures)
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter.distributed import TaskHandle, distributed
from orbiter.distributed.admin import Admin
from orbiter.distributed.keys import DEFAULT_CLUSTER_SHARDS, Keys
from orbiter.distributed.settings import shard_numbers
from orbiter.distributed.shards import served_shards
from orbiter.errors import ConfigurationError


@pytest.fixture
def redis_url(cluster_url: str) -> str:
    """The cluster, for the ``spawn`` fixture."""
    return cluster_url


async def _spread(
    url: str, each: int, submit: Callable[[], Awaitable[TaskHandle]] | None = None
) -> dict[int, list[TaskHandle]]:
    """Tasks submitted until every shard has ``each`` of them, by shard."""
    keys = Keys.from_env(redis_url=url)
    by_shard: dict[int, list[TaskHandle]] = {shard: [] for shard in keys.all_shards}
    for _ in range(60 * each):
        if min(map(len, by_shard.values())) >= each:
            break
        if submit is None:
            handle = await distributed(thinking_agent(0, "done"), "x", redis_url=url)
        else:
            handle = await submit()
        by_shard[keys.shard(handle.task_id)].append(handle)
    assert min(map(len, by_shard.values())) >= each, "task ids should spread over the shards"
    return by_shard


async def test_two_workers_with_disjoint_shards_run_every_task_each_on_its_own(
    redis_url: str, spawn: Spawn
) -> None:
    assert DEFAULT_CLUSTER_SHARDS == 6
    even = spawn("--concurrency", "4", "--shards", "0,2,4")
    odd = spawn("--concurrency", "4", "--shards", "1,3,5", ORBITER_WORKER_SHARDS="0")
    by_shard = await _spread(redis_url, 3)
    for shard, handles in by_shard.items():
        runner = even if shard % 2 == 0 else odd
        for handle in handles:
            assert (await handle.result(timeout=30))["output"] == "done"
            record = await handle.status()
            assert record is not None
            assert record.worker_id == runner.worker_id, (shard, handle.task_id)
            await handle.close()
    # Both cover the queue between them: no warning of a shard nobody serves.
    assert "serves shard" not in even.output() + odd.output()
    async with Admin(redis_url) as admin:
        listed = {w.worker_id: w.shards for w in await admin.workers()}
    assert listed == {even.worker_id: [0, 2, 4], odd.worker_id: [1, 3, 5]}


async def test_a_shard_no_worker_serves_waits_and_is_named_in_the_log(
    redis_url: str, spawn: Spawn
) -> None:
    low = spawn("--shards", "0-2", "--concurrency", "4")
    low.wait_for("no live worker of queue 'default' serves shard(s) 3,4,5", timeout=30)
    delayed = await _spread(
        redis_url,
        1,
        lambda: distributed(thinking_agent(0, "later"), "x", redis_url=redis_url, delay=0.2),
    )
    by_shard = await _spread(redis_url, 2)
    for shard in (0, 1, 2):
        for handle in by_shard[shard] + delayed[shard]:
            await handle.result(timeout=30)
    # The others are neither run, nor (delayed) put on the queue, by a worker of shards 0-2.
    await asyncio.sleep(1.5)  # several looks at the due set
    for shard in (3, 4, 5):
        for handle in by_shard[shard]:
            assert (await handle.status()).status == "PENDING"  # type: ignore[union-attr]
        for handle in delayed[shard]:
            assert (await handle.status()).status == "SCHEDULED"  # type: ignore[union-attr]
    high = spawn("--shards", "3-5")
    for shard in (3, 4, 5):
        for handle in by_shard[shard] + delayed[shard]:
            await handle.result(timeout=30)
            record = await handle.status()
            assert record is not None
            assert record.worker_id == high.worker_id
    for handles in (*by_shard.values(), *delayed.values()):
        for handle in handles:
            await handle.close()


@pytest.mark.parametrize(
    ("text", "shards"),
    [("0,2,4", (0, 2, 4)), ("0-2", (0, 1, 2)), (" 4, 1-2 ,2,", (1, 2, 4)), ("3-3", (3,))],
)
def test_shard_lists_are_numbers_and_ranges(text: str, shards: tuple[int, ...]) -> None:
    assert shard_numbers(text) == shards


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("a", "'a' is not a shard number or range"),
        ("-1", "'-1' is not a shard number or range"),
        ("1-x", "'1-x' is not a shard number or range"),
        ("3-1", "the range '3-1' ends before it starts: write 1-3"),
        (" , ", "names no shard"),
    ],
)
def test_a_bad_shard_list_says_what_is_wrong(text: str, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        shard_numbers(text)


def test_chosen_shards_must_exist() -> None:
    cluster = Keys.from_env(redis_url="redis+cluster://127.0.0.1:1")
    assert served_shards(cluster, [4, 1, 4]) == [1, 4]
    assert served_shards(cluster, None) == list(range(6))
    with pytest.raises(ConfigurationError, match=r"shards 6,9 do not exist: .* numbered 0-5"):
        served_shards(cluster, [0, 6, 9])
    with pytest.raises(ConfigurationError, match="queues here are one stream without shards"):
        served_shards(Keys.from_env(redis_url="redis://127.0.0.1:1"), [0])
