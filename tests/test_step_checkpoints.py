"""Step checkpoints on real workers: a task whose worker is killed mid-step resumes after its
last completed step on another worker, and its readers see one run."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from guide_support import API_KEY
from steps_support import StepsServer, as_seen, tick
from testkit.processes import until
from testkit.workers import Spawn, plain_client, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, RetryPolicy
from orbiter.checkpoint import RunCheckpoint
from orbiter.distributed import TaskHandle, distributed
from orbiter.distributed.keys import Keys
from orbiter.events import StatusEvent, StepEvent, StreamEvent


@pytest.fixture
def steps_server() -> Iterator[StepsServer]:
    server = StepsServer(steps=5, hold_step=3).start()
    try:
        yield server
    finally:
        server.stop()


def stepper(server: StepsServer) -> Agent:
    return Agent(
        name="stepper",
        model="openai:gpt-4o-mini",
        model_options={"base_url": server.url},
        tools=[tick],
    )


def steps_of(events: list[StreamEvent]) -> list[tuple[int, str, int | None]]:
    return [(e.step_number, e.status, e.attempt) for e in events if isinstance(e, StepEvent)]


async def _follow(handle: TaskHandle, into: list[StreamEvent]) -> None:
    async for event in handle.stream():
        into.append(event)


async def test_a_worker_killed_in_step_3_resumes_after_step_2_elsewhere(
    redis_url: str, spawn: Spawn, steps_server: StepsServer
) -> None:
    first = spawn("--lease-seconds", "1", OPENAI_API_KEY=API_KEY)
    handle = await distributed(stepper(steps_server), "count to five", redis_url=redis_url,
                               detailed=True)  # fmt: skip
    live: list[StreamEvent] = []
    follower = asyncio.create_task(_follow(handle, live))
    # Step 3's model call is under way (held by the server) on the first worker.
    await until(lambda: steps_server.held == 1, within=20)
    r = plain_client(redis_url)
    key = Keys.from_env(redis_url=redis_url).task(handle.task_id)
    saved = r.hget(key, "checkpoint")
    assert saved is not None
    assert RunCheckpoint.from_json(saved).steps == 2
    first.kill()  # kill -9, in the middle of step 3
    steps_server.release()
    second = spawn("--lease-seconds", "1", OPENAI_API_KEY=API_KEY)

    result = await handle.result(timeout=30)
    assert result["output"] == "done after 5 steps"
    assert result["steps"] == 5
    record = await handle.status()
    assert record is not None
    assert (record.attempt, record.worker_id) == (2, second.worker_id)
    # Steps 1 and 2 were asked of the model once; only the step cut off ran again.
    counts = {step: n for (_, step), n in steps_server.counts.items()}
    assert counts == {1: 1, 2: 1, 3: 2, 4: 1, 5: 1}
    # The finished task keeps no checkpoint.
    assert r.hget(key, "checkpoint") is None
    r.close()

    await asyncio.wait_for(follower, 10)
    replay = [e async for e in handle.stream()]
    # A reader after the fact sees one run: each step once, no status repeated, nothing twice.
    assert steps_of(replay) == [
        (1, "started", 1), (1, "completed", 1), (2, "started", 1), (2, "completed", 1),
        (3, "started", 2), (3, "completed", 2), (4, "started", 2), (4, "completed", 2),
        (5, "started", 2), (5, "completed", 2),
    ]  # fmt: skip
    statuses = [e.status for e in replay if isinstance(e, StatusEvent)]
    assert statuses == ["starting", "running", "completed"]
    positions = [e.position for e in replay]
    assert len(set(positions)) == len(positions)
    # The live reader got step 3's start from the first worker before it died, then a
    # superseded status; dropping what it says leaves exactly the replay.
    assert (3, "started", 1) in steps_of(live)
    notes = [e for e in live if isinstance(e, StatusEvent) and e.status == "superseded"]
    assert [n.attempt for n in notes] == [2]
    assert [e.position for e in as_seen(live)] == positions


async def test_with_checkpoints_off_a_taken_over_task_starts_again(
    redis_url: str, spawn: Spawn, steps_server: StepsServer
) -> None:
    env: dict[str, Any] = {"OPENAI_API_KEY": API_KEY, "ORBITER_CHECKPOINTS": "0"}
    first = spawn("--lease-seconds", "1", **env)
    handle = await distributed(stepper(steps_server), "again", redis_url=redis_url,
                               detailed=True)  # fmt: skip
    await until(lambda: steps_server.held == 1, within=20)
    first.kill()
    steps_server.release()
    spawn("--lease-seconds", "1", **env)
    assert (await handle.result(timeout=30))["output"] == "done after 5 steps"
    counts = {step: n for (_, step), n in steps_server.counts.items()}
    assert counts == {1: 2, 2: 2, 3: 2, 4: 1, 5: 1}
    # Everything the first attempt sent is superseded: a reader sees the second one only.
    replay = [e async for e in handle.stream()]
    assert {e.attempt for e in replay} == {2}
    assert [s for s, status, _ in steps_of(replay) if status == "completed"] == [1, 2, 3, 4, 5]


async def test_a_retried_attempt_resumes_after_the_last_completed_step(
    redis_url: str, spawn: Spawn
) -> None:
    server = StepsServer(steps=4, fail_step=3).start()
    try:
        spawn(OPENAI_API_KEY=API_KEY)
        agent = stepper(server)
        # The provider's own retries are off, so the 503 reaches the task's retry policy.
        agent.model_options["max_retries"] = 0
        policy = RetryPolicy(attempts=2, backoff=0.1, jitter=0)
        handle = await distributed(agent, "retry me", redis_url=redis_url, detailed=True,
                                   retry=policy)  # fmt: skip
        result = await handle.result(timeout=30)
    finally:
        server.stop()
    assert result["output"] == "done after 4 steps"
    record = await handle.status()
    assert record is not None
    assert (record.status, record.attempt, record.retries) == ("COMPLETED", 2, 1)
    # Steps 1 and 2 were not asked again: the retry went on from the checkpoint after step 2.
    counts = {step: n for (_, step), n in server.counts.items()}
    assert counts == {1: 1, 2: 1, 3: 2, 4: 1}
    replay = [e async for e in handle.stream()]
    completed = [(s, a) for s, status, a in steps_of(replay) if status == "completed"]
    assert completed == [(1, 1), (2, 1), (3, 2), (4, 2)]
    await handle.close()
