"""The task record's fields are one fact: the code's list, the architecture page's table and what
a real worker writes into Redis all agree."""

from __future__ import annotations

import re
from pathlib import Path

import redis
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import distributed
from orbiter.distributed.records import RECORD_FIELDS, WORKER_FIELDS

ARCHITECTURE = Path(__file__).resolve().parents[3] / "docs" / "architecture.md"


def test_the_architecture_page_lists_exactly_the_fields_in_the_code() -> None:
    row = next(
        line for line in ARCHITECTURE.read_text().splitlines() if "`orbiter:task:<id>`" in line
    )
    described = row.split("|")[3]
    named = set(re.findall(r"`([a-z_]+)`", described)) - {"temporal"}
    assert named == {*RECORD_FIELDS, *WORKER_FIELDS}


async def test_a_worker_writes_no_field_outside_the_list(redis_url: str, spawn: Spawn) -> None:
    spawn()
    agent = Agent(name="echo", model="scripted:echo")
    done = await distributed(agent, "hi", redis_url=redis_url, detailed=True)
    await done.result(timeout=20)
    slow = await distributed(Agent(name="s", model="scripted:echo"), "x", redis_url=redis_url)
    await slow.cancel()
    client = redis.Redis.from_url(redis_url)
    try:
        written = set()
        for task_id in (done.task_id, slow.task_id):
            written |= {k.decode() for k in client.hkeys(f"orbiter:task:{task_id}")}
    finally:
        client.close()
    assert written  # the records were read
    assert written <= {*RECORD_FIELDS, *WORKER_FIELDS}, written - {*RECORD_FIELDS, *WORKER_FIELDS}
    await done.close()
    await slow.close()
