"""Retry policies, delayed runs and ``at=`` runs, end to end: a real Valkey, worker
subprocesses, and a loopback Chat Completions server that fails on purpose."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from distributed_support import redis_client
from guide_support import API_KEY, ChatCompletionsServer
from testkit.processes import until
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, ConfigurationError, RetryPolicy
from orbiter.distributed import (
    TaskCancelledError,
    TaskFailedError,
    TaskHandle,
    TaskTimeoutError,
    Worker,
    distributed,
)
from orbiter.distributed.admin import Admin
from orbiter.distributed.delays import DueSet
from orbiter.distributed.keys import Keys
from orbiter.events import ErrorEvent, RetryEvent, StreamEvent, TextEvent
from orbiter.testing import ScriptedModel, TextStep


class FlakyServer(ChatCompletionsServer):
    """Answers the first ``failures`` requests with ``status``, then as the loopback model.

    ``times`` holds when each request arrived (monotonic seconds).
    """

    def __init__(self, failures: int, status: int = 503) -> None:
        super().__init__()
        self.failures = failures
        self.status = status
        self.times: list[float] = []

    async def _answer(self, body: dict[str, Any], reader: Any, writer: Any) -> bool:
        self.times.append(time.monotonic())
        if len(self.times) <= self.failures:
            kind = "server_error" if self.status >= 500 else "invalid_request_error"
            error = {"message": f"failure {len(self.times)}", "type": kind, "code": None}
            await self.write_json(writer, self.status, {"error": error})
            return True
        return await super()._answer(body, reader, writer)


@pytest.fixture
def flaky(request: pytest.FixtureRequest) -> Any:
    failures, status = getattr(request, "param", (2, 503))
    server = FlakyServer(failures, status).start()
    yield server
    server.stop()


def remote_agent(server: FlakyServer, retry: RetryPolicy | None = None) -> Agent:
    # The provider's own retries are off, so every failure reaches the task's policy.
    options = {"base_url": server.url, "max_retries": 0}
    return Agent(name="remote", model="openai:gpt-4o-mini", model_options=options, retry=retry)


def model_worker(spawn: Spawn, *args: str) -> None:
    spawn(*args, OPENAI_API_KEY=API_KEY)


async def events_of(handle: TaskHandle) -> list[StreamEvent]:
    seen: list[StreamEvent] = []
    try:
        async for event in handle.stream():
            seen.append(event)
    except (TaskFailedError, TaskCancelledError):
        pass
    return seen


async def test_a_flaky_model_completes_on_the_third_attempt_after_the_backoff(
    redis_url: str, spawn: Spawn, flaky: FlakyServer
) -> None:
    # One start allowed per try: the policy's retries are not counted as crashes.
    model_worker(spawn, "--max-attempts", "1")
    policy = RetryPolicy(attempts=3, backoff=0.5, jitter=0)
    handle = await distributed(remote_agent(flaky, policy), "hello", redis_url=redis_url)

    result = await handle.result(timeout=30)

    assert result["output"] == "You said: hello"
    assert len(flaky.times) == 3
    first, second, third = flaky.times
    assert second - first >= 0.5  # the first pause is the backoff
    assert third - second >= 1.0  # and the second one doubles it
    rec = await handle.status()
    assert rec is not None
    assert (rec.status, rec.attempt, rec.retries) == ("COMPLETED", 3, 2)
    assert rec.error is None
    events = await events_of(handle)
    retries = [e for e in events if isinstance(e, RetryEvent)]
    assert [(e.attempt, e.retry, e.retries, e.delay) for e in retries] == [
        (1, 1, 2, 0.5),
        (2, 2, 2, 1.0),
    ]
    assert all(e.error_type == "ServerError" for e in retries)
    assert all(e.next_at > 0 for e in retries)
    errors = [e for e in events if isinstance(e, ErrorEvent)]
    assert [(e.attempt, e.recoverable) for e in errors] == [(1, True), (2, True)]
    assert {e.attempt for e in events if isinstance(e, TextEvent)} == {3}
    await handle.close()


@pytest.mark.parametrize("flaky", [(1, 503)], indirect=True)
async def test_a_task_waiting_for_its_retry_holds_no_worker(
    redis_url: str, spawn: Spawn, flaky: FlakyServer
) -> None:
    model_worker(spawn, "--concurrency", "1")
    policy = RetryPolicy(attempts=2, backoff=3.0, jitter=0)
    waiting = await distributed(remote_agent(flaky, policy), "first", redis_url=redis_url)

    async def retrying() -> Any:
        rec = await waiting.status()
        return rec if rec is not None and rec.status == "RETRYING" else None

    rec = await until(retrying, within=15, what="the task waits for its retry")
    assert rec.run_at is not None
    assert rec.run_at > time.time()
    assert rec.worker_id is None
    assert rec.error_type == "ServerError"
    # The one slot is free: another task runs while the first waits.
    other = await distributed(remote_agent(flaky), "second", redis_url=redis_url)
    assert (await other.result(timeout=15))["output"] == "You said: second"
    assert (await waiting.status()).status == "RETRYING"  # type: ignore[union-attr]
    assert (await waiting.result(timeout=20))["output"] == "You said: first"
    await waiting.close()
    await other.close()


@pytest.mark.parametrize("flaky", [(5, 400)], indirect=True)
async def test_an_invalid_request_is_not_retried(
    redis_url: str, spawn: Spawn, flaky: FlakyServer
) -> None:
    model_worker(spawn)
    policy = RetryPolicy(attempts=3, backoff=0.1)
    handle = await distributed(remote_agent(flaky, policy), "hello", redis_url=redis_url)

    with pytest.raises(TaskFailedError) as failed:
        await handle.result(timeout=20)

    assert failed.value.error_type == "InvalidRequestError"
    assert len(flaky.times) == 1
    rec = await handle.status()
    assert rec is not None
    assert (rec.status, rec.attempt, rec.retries) == ("FAILED", 1, 0)
    assert not [e for e in await events_of(handle) if isinstance(e, RetryEvent)]
    await handle.close()


@pytest.mark.parametrize("flaky", [(100, 503)], indirect=True)
async def test_after_the_last_attempt_it_fails_and_dead_letters_when_asked(
    redis_url: str, spawn: Spawn, flaky: FlakyServer
) -> None:
    model_worker(spawn)
    agent = remote_agent(flaky)  # the policies come with each submit
    buried = await distributed(
        agent,
        "one",
        redis_url=redis_url,
        retry=RetryPolicy(attempts=2, backoff=0.1, dead_letter=True),
    )
    kept = await distributed(
        agent, "two", redis_url=redis_url, retry=RetryPolicy(attempts=2, backoff=0.1)
    )

    for handle in (buried, kept):
        with pytest.raises(TaskFailedError) as failed:
            await handle.result(timeout=20)
        assert failed.value.error_type == "ServerError"
        assert "failure" in failed.value.error  # the last attempt's error
        rec = await handle.status()
        assert rec is not None
        assert (rec.status, rec.attempt, rec.retries) == ("FAILED", 2, 1)
    assert len(flaky.times) == 4
    async with Admin(redis_url) as admin:
        dead = await admin.dead_letters()
        assert [d.task_id for d in dead] == [buried.task_id]
        assert "failure" in dead[0].reason
        # Re-driven, it is a fresh task: its policy's tries start again.
        await admin.redrive(dead[0].entry_id)
    with pytest.raises(TaskFailedError):
        await buried.result(timeout=20)
    rec = await buried.status()
    assert rec is not None
    assert (rec.status, rec.attempt, rec.retries) == ("FAILED", 2, 1)
    assert len(flaky.times) == 6
    await buried.close()
    await kept.close()


async def test_delay_runs_each_task_once_after_the_delay_with_several_workers(
    redis_url: str, spawn: Spawn
) -> None:
    for _ in range(3):
        spawn()
    agent = Agent(name="echo", model="scripted:echo")
    submitted = time.time()
    handles = await distributed.many(
        agent, [f"n{i}" for i in range(20)], redis_url=redis_url, delay=1.5
    )
    first = await handles[0].status()
    assert first is not None
    assert first.status == "SCHEDULED"
    assert first.run_at == pytest.approx(submitted + 1.5, abs=0.5)

    results = await asyncio.gather(*(h.result(timeout=30) for h in handles))

    assert [r["output"] for r in results] == [f"n{i}" for i in range(20)]
    for handle in handles:
        rec = await handle.status()
        assert rec is not None
        assert rec.started_at is not None
        assert rec.attempt == 1  # started once, by one of the three workers
        assert rec.started_at >= submitted + 1.5
        await handle.close()
    keys = Keys.from_env(redis_url=redis_url)
    r = redis_client(redis_url)
    try:
        for shard in keys.all_shards:
            assert await r.zcard(keys.due("default", shard)) == 0
    finally:
        await r.aclose()


async def test_at_in_the_past_runs_at_once(redis_url: str, spawn: Spawn) -> None:
    spawn()
    agent = Agent(name="echo", model="scripted:echo")
    handle = await distributed(
        agent, "now", redis_url=redis_url, at=datetime.now(UTC) - timedelta(hours=1)
    )
    rec = await handle.status()
    assert rec is not None
    assert rec.status != "SCHEDULED"
    assert (await handle.result(timeout=15))["output"] == "now"
    await handle.close()


async def test_a_naive_or_doubled_time_is_refused(redis_url: str) -> None:
    agent = Agent(name="echo", model="scripted:echo")
    with pytest.raises(ConfigurationError, match="no timezone"):
        await distributed(agent, "x", redis_url=redis_url, at=datetime(2030, 1, 1))
    with pytest.raises(ConfigurationError, match="not both"):
        await distributed(agent, "x", redis_url=redis_url, delay=1, at=datetime.now(UTC))
    with pytest.raises(ConfigurationError, match="delay must be"):
        await distributed(agent, "x", redis_url=redis_url, delay=-1)
    with pytest.raises(ConfigurationError, match="RetryPolicy"):
        await distributed(agent, "x", redis_url=redis_url, retry=3)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="Temporal run retries"):
        await distributed(agent, "x", redis_url=redis_url, executor="temporal", delay=5)


async def never_queued(redis_url: str, handle: TaskHandle) -> None:
    """The cancelled task left the due set, and does not join the queue however late the set is
    looked at."""
    keys = Keys.from_env(redis_url=redis_url)
    r = redis_client(redis_url)
    try:
        assert await r.zcard(keys.due_for("default", handle.task_id)) == 0
        due = DueSet(r, keys, "default")
        assert await due.promote(time.time() + 3600) == 0
        assert await r.xlen(keys.queue_for("default", handle.task_id)) == 0
    finally:
        await r.aclose()
    with pytest.raises(TaskCancelledError):
        await handle.result(timeout=5)


async def test_cancel_while_scheduled(redis_url: str) -> None:
    agent = Agent(name="echo", model="scripted:echo")
    handle = await distributed(agent, "later", redis_url=redis_url, delay=60)
    assert (await handle.status()).status == "SCHEDULED"  # type: ignore[union-attr]

    assert await handle.cancel() is True

    assert (await handle.status()).status == "CANCELLED"  # type: ignore[union-attr]
    await never_queued(redis_url, handle)
    await handle.close()


@pytest.mark.parametrize("flaky", [(100, 503)], indirect=True)
async def test_cancel_while_retrying(redis_url: str, spawn: Spawn, flaky: FlakyServer) -> None:
    model_worker(spawn)
    policy = RetryPolicy(attempts=3, backoff=60)
    handle = await distributed(remote_agent(flaky, policy), "x", redis_url=redis_url)
    await until(
        lambda: _status_is(handle, "RETRYING"), within=15, what="the task waits for its retry"
    )

    assert await handle.cancel() is True

    assert (await handle.status()).status == "CANCELLED"  # type: ignore[union-attr]
    await never_queued(redis_url, handle)
    assert len(flaky.times) == 1
    await handle.close()


async def _status_is(handle: TaskHandle, status: str) -> bool:
    rec = await handle.status()
    return rec is not None and rec.status == status


async def test_a_registered_agents_policy_applies_to_tasks_that_name_it(
    redis_url: str, flaky: FlakyServer
) -> None:
    options = {"base_url": flaky.url, "max_retries": 0, "api_key": API_KEY}
    policy = RetryPolicy(attempts=3, backoff=0.1, jitter=0)
    agent = Agent(name="remote", model="openai:gpt-4o-mini", model_options=options, retry=policy)
    worker = Worker(redis_url, targets=[agent], handle_signals=False)
    serving = asyncio.create_task(worker.run())
    await asyncio.wait_for(worker.ready.wait(), 10)
    try:
        handle = await distributed("remote", "by name", redis_url=redis_url)
        assert (await handle.result(timeout=20))["output"] == "You said: by name"
        rec = await handle.status()
        assert rec is not None
        assert (rec.attempt, rec.retries) == (3, 2)
        await handle.close()
    finally:
        worker.stop()
        await asyncio.wait_for(serving, 10)


async def test_timeouts_are_retried_only_when_named(redis_url: str, spawn: Spawn) -> None:
    spawn("--concurrency", "2")
    slow = Agent(name="slow", model=ScriptedModel([TextStep(text="late", delay=5)]))
    named = RetryPolicy(attempts=2, backoff=0.1, retry_on=("TaskTimeoutError",))
    retried = await distributed(slow, "x", redis_url=redis_url, timeout=0.3, retry=named)
    plain = await distributed(slow, "x", redis_url=redis_url, timeout=0.3, retry=RetryPolicy())

    for handle, attempts in ((retried, 2), (plain, 1)):
        with pytest.raises(TaskTimeoutError):
            await handle.result(timeout=20)
        rec = await handle.status()
        assert rec is not None
        assert (rec.status, rec.attempt, rec.retries) == ("FAILED", attempts, attempts - 1)
        await handle.close()


async def test_due_tasks_are_queued_once_however_many_look_at_once(redis_url: str) -> None:
    agent = Agent(name="echo", model="scripted:echo")
    handles = await distributed.many(
        agent, [f"n{i}" for i in range(300)], redis_url=redis_url, delay=0.2
    )
    keys = Keys.from_env(redis_url=redis_url)
    clients = [redis_client(redis_url) for _ in range(5)]
    try:
        await asyncio.sleep(0.3)
        looks = [DueSet(c, keys, "default").promote() for c in clients for _ in range(2)]
        queued = await asyncio.gather(*looks)
        assert sum(queued) == 300
        entries = []
        for shard in keys.all_shards:
            entries += await clients[0].xrange(keys.queue("default", shard))
        assert len(entries) == 300
        assert sorted(f[b"t"].decode() for _, f in entries) == sorted(h.task_id for h in handles)
        assert {(await h.status()).status for h in handles} == {"PENDING"}  # type: ignore[union-attr]
    finally:
        for c in clients:
            await c.aclose()
        for h in handles:
            await h.close()
