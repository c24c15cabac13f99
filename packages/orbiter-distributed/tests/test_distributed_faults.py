"""Cancellation, timeouts, crashes, shutdowns, Redis restarts and bad payloads, end to end."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import time

import pytest
import redis.asyncio as aredis
from distributed_support import blocking_sleepy, sleepy
from redis.exceptions import AuthenticationError
from testkit.processes import until as eventually
from testkit.workers import Spawn, WorkerProc, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import (
    TaskCancelledError,
    TaskFailedError,
    TaskHandle,
    TaskTimeoutError,
    distributed,
)
from orbiter.distributed.admin import Admin
from orbiter.events import ErrorEvent, StatusEvent
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep


def tool_agent(seconds: float, *, blocking: bool = False, name: str = "worker-bee") -> Agent:
    tool = blocking_sleepy if blocking else sleepy
    script = ScriptedModel(
        [
            ToolStep(calls=[ScriptedCall(name=tool.__name__, arguments={"seconds": seconds})]),
            TextStep(text="finished"),
        ]
    )
    return Agent(name=name, model=script, tools=[tool])


def thinking_agent(seconds: float, text: str = "thought") -> Agent:
    """One model call that takes ``seconds`` (a slow provider)."""
    return Agent(name="thinker", model=ScriptedModel([TextStep(text=text, delay=seconds)]))


async def status_is(handle: TaskHandle, *wanted: str) -> bool:
    rec = await handle.status()
    return rec is not None and rec.status in wanted


# -- cancellation --------------------------------------------------------------------------


async def test_cancel_pending_task_never_runs(redis_url: str, spawn: Spawn) -> None:
    handle = await distributed(thinking_agent(0.1), "x", redis_url=redis_url)
    assert await handle.cancel() is True
    rec = await handle.status()
    assert rec is not None
    assert rec.status == "CANCELLED"
    spawn()  # a worker arriving later must not run it
    with pytest.raises(TaskCancelledError):
        await handle.result(timeout=5)
    events = [ev async for ev in handle.stream()]
    assert [(ev.type, getattr(ev, "status", None)) for ev in events] == [("status", "cancelled")]
    follow_up = await distributed(thinking_agent(0), "y", redis_url=redis_url)
    await follow_up.result(timeout=10)  # the worker went past the cancelled entry
    rec = await handle.status()
    assert rec is not None
    assert rec.attempt == 0
    assert rec.worker_id is None


@pytest.mark.parametrize(
    "agent",
    [tool_agent(30), tool_agent(30, blocking=True), thinking_agent(30)],
    ids=["async-tool", "blocking-tool", "model-request"],
)
async def test_cancel_running_task_interrupts_it(
    redis_url: str, spawn: Spawn, agent: Agent
) -> None:
    spawn()
    handle = await distributed(agent, "x", detailed=True, redis_url=redis_url)
    await eventually(lambda: status_is(handle, "RUNNING"))
    await asyncio.sleep(0.1)  # well inside the tool call / model request
    started = time.monotonic()
    assert await handle.cancel() is True
    with pytest.raises(TaskCancelledError, match=f"Task {handle.task_id} was cancelled"):
        await handle.result(timeout=5)
    assert time.monotonic() - started < 3
    events = [ev async for ev in handle.stream()]
    assert events[-1].type == "status"
    assert isinstance(events[-1], StatusEvent)
    assert events[-1].status == "cancelled"
    rec = await handle.status()
    assert rec is not None
    assert rec.status == "CANCELLED"


async def test_cancel_is_honoured_when_the_message_was_missed(redis_url: str, spawn: Spawn) -> None:
    spawn("--lease-seconds", "1.5")
    handle = await distributed(tool_agent(30), "x", redis_url=redis_url)
    await eventually(lambda: status_is(handle, "RUNNING"))
    # Set the durable flag only, as if the worker had not been listening when it was published.
    r = aredis.Redis.from_url(redis_url)
    await r.hset(f"orbiter:task:{handle.task_id}", "cancel", "1")
    await r.aclose()
    with pytest.raises(TaskCancelledError):
        await handle.result(timeout=10)


async def test_cancel_finished_or_unknown_task_changes_nothing(
    redis_url: str, spawn: Spawn
) -> None:
    spawn()
    handle = await distributed(thinking_agent(0), "x", redis_url=redis_url)
    result = await handle.result(timeout=10)
    assert await handle.cancel() is False
    rec = await handle.status()
    assert rec is not None
    assert rec.status == "COMPLETED"
    assert rec.cancel_requested is False
    assert await handle.result() == result
    ghost = TaskHandle.attach("f" * 32, redis_url=redis_url)
    assert await ghost.cancel() is False
    assert await ghost.status() is None
    async with Admin(redis_url) as admin:
        assert await admin.cancel(handle.task_id) == ("finished", "COMPLETED")
        assert await admin.cancel("f" * 32) == ("unknown", "")


# -- timeouts and failures -----------------------------------------------------------------


async def test_timeout_fails_the_task(redis_url: str, spawn: Spawn) -> None:
    spawn()
    handle = await distributed(tool_agent(30), "x", timeout=0.5, redis_url=redis_url)
    with pytest.raises(TaskTimeoutError, match=f"Task {handle.task_id} failed: timed out"):
        await handle.result(timeout=10)
    rec = await handle.status()
    assert rec is not None
    assert rec.status == "FAILED"
    assert rec.error == "timed out after 0.5s"
    events = [ev async for ev in handle.stream()]
    assert isinstance(events[-1], ErrorEvent)
    assert events[-1].error_type == "TaskTimeoutError"


# -- crashes, shutdowns, restarts ----------------------------------------------------------


async def test_killed_worker_task_is_finished_by_another(redis_url: str, spawn: Spawn) -> None:
    first = spawn("--lease-seconds", "1")
    handle = await distributed(
        thinking_agent(2, "survived"), "x", detailed=True, redis_url=redis_url
    )
    live = handle.stream()
    assert (await anext(live)).attempt == 1  # attempt 1 is under way
    await live.aclose()
    first.kill()  # kill -9: no goodbye, its lease just stops being renewed
    spawn("--lease-seconds", "1")
    assert (await handle.result(timeout=20))["output"] == "survived"
    rec = await handle.status()
    assert rec is not None
    assert rec.attempt == 2
    assert rec.worker_id != first.worker_id
    events = [ev async for ev in handle.stream()]
    # Attempt 1 was cut off in its only step: what it sent is superseded, readers drop it.
    assert {ev.attempt for ev in events} == {2}
    assert [ev.type for ev in events][-3:] == ["usage", "step", "status"]


async def test_out_of_attempts_fails_and_dead_letters(redis_url: str, spawn: Spawn) -> None:
    first = spawn("--lease-seconds", "1", "--max-attempts", "1")
    handle = await distributed(thinking_agent(2), "x", redis_url=redis_url)
    await eventually(lambda: status_is(handle, "RUNNING"))
    first.kill()
    spawn("--lease-seconds", "1", "--max-attempts", "1")
    with pytest.raises(TaskFailedError, match="gave up after 1 attempts"):
        await handle.result(timeout=20)
    async with Admin(redis_url) as admin:
        dead = await admin.dead_letters()
        assert [d.task_id for d in dead] == [handle.task_id]
        assert (await admin.queue_stats()).dead_letters == 1
        # Re-driven, it runs again (a worker with attempts to spare is there now).
        spawn("--lease-seconds", "1")
        await admin.redrive(dead[0].entry_id)
    # A fresh worker with the default attempts may take it; the old one refuses after 1.
    await eventually(lambda: status_is(handle, "COMPLETED", "FAILED"), within=20)


async def test_sigterm_lets_running_tasks_finish(redis_url: str, spawn: Spawn) -> None:
    w = spawn("--drain-timeout", "10")
    handle = await distributed(thinking_agent(1, "drained"), "x", redis_url=redis_url)
    await eventually(lambda: status_is(handle, "RUNNING"))
    w.signal(signal.SIGTERM)
    assert (await handle.result(timeout=15))["output"] == "drained"
    assert await asyncio.to_thread(w.proc.wait, 10) == 0
    r = aredis.Redis.from_url(redis_url)
    assert await r.zscore("orbiter:workers", w.worker_id) is None
    await r.aclose()


async def test_sigterm_hands_unfinished_tasks_back_at_once(redis_url: str, spawn: Spawn) -> None:
    # A long lease proves the hand-back does not wait for it to lapse.
    w = spawn("--drain-timeout", "0.2", "--lease-seconds", "60")
    handle = await distributed(thinking_agent(1.5, "second try"), "x", redis_url=redis_url)
    await eventually(lambda: status_is(handle, "RUNNING"))
    w.signal(signal.SIGTERM)
    assert await asyncio.to_thread(w.proc.wait, 10) == 0
    rec = await handle.status()
    assert rec is not None
    assert rec.status == "RETRYING"
    spawn("--lease-seconds", "60")
    assert (await handle.result(timeout=15))["output"] == "second try"
    rec = await handle.status()
    assert rec is not None
    assert rec.attempt == 2


async def test_second_signal_exits_now(redis_url: str, spawn: Spawn) -> None:
    w = spawn("--drain-timeout", "60")
    handle = await distributed(thinking_agent(30), "x", redis_url=redis_url)
    await eventually(lambda: status_is(handle, "RUNNING"))
    w.signal(signal.SIGTERM)
    await asyncio.sleep(0.2)
    w.signal(signal.SIGTERM)
    assert await asyncio.to_thread(w.proc.wait, 10) == 0
    assert await status_is(handle, "RETRYING")


async def test_redis_restart_mid_run(local_redis, spawn: Spawn) -> None:  # type: ignore[no-untyped-def]
    url = local_redis.url
    spawn("--lease-seconds", "2", url=url)
    handle = await distributed(tool_agent(1.5), "x", detailed=True, redis_url=url)
    await eventually(lambda: status_is(handle, "RUNNING"))
    stream = handle.stream()
    seen = [await anext(stream)]
    await asyncio.to_thread(local_redis.restart)
    seen += [ev async for ev in stream]
    assert (await handle.result(timeout=20))["output"] == "finished"
    assert seen == [ev async for ev in handle.stream()]
    # The worker is still serving after the restart.
    again = await distributed(thinking_agent(0, "after"), "y", redis_url=url)
    assert (await again.result(timeout=20))["output"] == "after"
    await handle.close()
    await again.close()


async def test_scripts_forgotten_mid_run_are_loaded_again_as_one_set(
    redis_url: str, spawn: Spawn
) -> None:
    from orbiter.distributed._scripts import QUEUE_SCRIPTS

    spawn()
    r = aredis.Redis.from_url(redis_url)
    handle = await distributed(tool_agent(1.0), "x", detailed=True, redis_url=redis_url)
    await eventually(lambda: status_is(handle, "RUNNING"))
    await r.script_flush()  # what a restart that kept the data does to the script cache
    assert (await handle.result(timeout=20))["output"] == "finished"
    # Every queue script is back, not only the ones the worker called first, so no batch can
    # find one loaded and the next one missing.
    assert all(await r.script_exists(*[script.sha for script in QUEUE_SCRIPTS]))
    await handle.close()
    await r.aclose()


async def test_a_batch_submitted_after_the_scripts_were_forgotten_is_queued_whole(
    redis_url: str, spawn: Spawn
) -> None:
    r = aredis.Redis.from_url(redis_url)
    warm = await distributed(thinking_agent(0, "warm"), "w", redis_url=redis_url)
    await r.script_flush()  # the client's first batch now finds no script
    handles = await distributed.many(
        thinking_agent(0, "done"), ["a", "b", "c"], redis_url=redis_url
    )
    assert len({h.task_id for h in handles}) == 3
    spawn()
    assert [(await h.result(timeout=20))["output"] for h in handles] == ["done"] * 3
    for h in (warm, *handles):
        await h.close()
    await r.aclose()


async def test_worker_waits_for_redis_to_come_up(local_redis, spawn: Spawn) -> None:  # type: ignore[no-untyped-def]
    local_redis.stop()
    w = spawn(url=local_redis.url, ready=False)

    async def retrying(proc: WorkerProc) -> bool:
        return "not reachable" in proc.output()

    await eventually(lambda: retrying(w))
    assert w.proc.poll() is None  # still retrying, not dead
    await asyncio.to_thread(local_redis.start)
    await asyncio.to_thread(w.wait_ready)
    # And one still waiting for Redis stops at once when asked to.
    local_redis.stop()
    waiting = spawn(url=local_redis.url, ready=False)
    # Signal only once it is really waiting (its handlers are in place by then).
    await eventually(lambda: retrying(waiting))
    waiting.signal(signal.SIGTERM)
    assert await asyncio.to_thread(waiting.proc.wait, 10) == 0
    await asyncio.to_thread(local_redis.start)
    await asyncio.to_thread(w.wait_ready)
    handle = await distributed(thinking_agent(0, "up"), "x", redis_url=local_redis.url)
    assert (await handle.result(timeout=20))["output"] == "up"
    await handle.close()


# -- bad payloads and security -------------------------------------------------------------


async def test_poison_payload_is_dead_lettered_and_worker_keeps_going(
    redis_url: str, spawn: Spawn
) -> None:
    w = spawn()
    r = aredis.Redis.from_url(redis_url)
    await r.xadd("orbiter:queue:default", {"t": "bad1", "p": b"\xff not json"})
    await r.xadd("orbiter:queue:default", {"garbage": "1"})
    handle = await distributed(thinking_agent(0, "still alive"), "x", redis_url=redis_url)
    assert (await handle.result(timeout=10))["output"] == "still alive"
    assert w.proc.poll() is None
    async with Admin(redis_url) as admin:
        reasons = sorted(d.reason.split(":")[0] for d in await admin.dead_letters())
    assert reasons == ["malformed queue entry", "payload cannot be decoded"]
    assert await r.xlen("orbiter:queue:default") == 0
    await r.aclose()


async def test_forged_payload_is_rejected_with_signing_on(redis_url: str, spawn: Spawn) -> None:
    spawn(ORBITER_SIGNING_KEY="s3cret")
    agent = thinking_agent(0, "signed")
    good = await distributed(agent, "x", redis_url=redis_url, signing_key="s3cret")
    assert (await good.result(timeout=10))["output"] == "signed"
    forged = await distributed(agent, "x", redis_url=redis_url, signing_key="guess")
    with pytest.raises(TaskFailedError, match="signature check failed"):
        await forged.result(timeout=10)
    unsigned = await distributed(agent, "x", redis_url=redis_url)
    with pytest.raises(TaskFailedError, match="signature check failed"):
        await unsigned.result(timeout=10)
    # An altered payload (valid signature of something else) is refused too.
    r = aredis.Redis.from_url(redis_url)
    entry = {"t": good.task_id, "p": b'{"target":{"type":"agent","name":"evil"}}', "s": b"00"}
    await r.xadd("orbiter:queue:default", entry)
    async with Admin(redis_url) as admin:
        await eventually(lambda: _dead_count(admin, 3))
    rec = await good.status()
    assert rec is not None
    assert rec.status == "COMPLETED"  # the finished task was not touched
    await r.aclose()


async def _dead_count(admin: Admin, n: int) -> bool:
    return len(await admin.dead_letters()) == n


async def test_password_and_acl_user(local_redis, spawn: Spawn) -> None:  # type: ignore[no-untyped-def]
    # The fixture's server, not one built from `conftest` here: in a run with other packages'
    # tests, `import conftest` can find another package's conftest.
    server = local_redis
    admin = aredis.Redis(port=server.port)
    await admin.execute_command(
        "ACL", "SETUSER", "orbiter", "on", ">userpw", "~orbiter:*", "&*", "+@all"
    )
    await admin.config_set("requirepass", "rootpw")
    await admin.aclose()
    for url in (
        f"redis://:rootpw@127.0.0.1:{server.port}/0",
        f"redis://orbiter:userpw@127.0.0.1:{server.port}/0",
    ):
        w = spawn(url=url)
        handle = await distributed(thinking_agent(0, "authed"), "x", redis_url=url)
        assert (await handle.result(timeout=10))["output"] == "authed"
        await handle.close()
        w.stop()
    bad = f"redis://orbiter:nope@127.0.0.1:{server.port}/0"
    with pytest.raises(AuthenticationError):
        await distributed(thinking_agent(0), "x", redis_url=bad)
    refused = spawn(url=bad, ready=False)
    assert await asyncio.to_thread(refused.proc.wait, 20) == 1
    assert "refused the credentials" in refused.output()
    assert "nope" not in refused.output()  # the password is not logged


async def test_admin_reports_workers_queues_and_tasks(redis_url: str, spawn: Spawn) -> None:
    w = spawn("--concurrency", "3")
    handle = await distributed(tool_agent(30), "x", redis_url=redis_url)
    done = await distributed(thinking_agent(0), "y", redis_url=redis_url)
    await done.result(timeout=10)
    await eventually(lambda: status_is(handle, "RUNNING"))
    async with Admin(redis_url) as admin:
        workers = await admin.workers()
        assert [x.worker_id for x in workers] == [w.worker_id]
        assert workers[0].concurrency == 3
        assert workers[0].pid == w.proc.pid
        stats = await admin.queue_stats()
        assert stats.in_flight == 1
        assert stats.depth == 0
        running = await admin.list_tasks(status="RUNNING")
        assert [t.task_id for t in running] == [handle.task_id]
        everything = await admin.list_tasks()
        assert [t.task_id for t in everything] == [done.task_id, handle.task_id]
        assert await admin.queues() == ["default"]
    await handle.cancel()


def test_worker_module_rejects_bad_arguments() -> None:
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "orbiter.distributed.worker", "--concurrency", "0"],
        capture_output=True,
        text=True,
        env={"ORBITER_REDIS_URL": "redis://127.0.0.1:1", "PATH": "/usr/bin:/bin"},
        timeout=30,
    )
    assert out.returncode == 2
    assert "concurrency must be at least 1" in out.stderr
    _ = WorkerProc  # the helper used for every other worker here


async def test_stalled_worker_cannot_finish_a_task_taken_over(redis_url: str, spawn: Spawn) -> None:
    first = spawn("--lease-seconds", "1")
    handle = await distributed(thinking_agent(1.5, "once"), "x", detailed=True, redis_url=redis_url)
    live = handle.stream()
    await anext(live)
    await live.aclose()
    first.signal(signal.SIGSTOP)  # frozen: its lease lapses but it is not dead
    try:
        spawn("--lease-seconds", "1")
        assert (await handle.result(timeout=20))["output"] == "once"
    finally:
        first.signal(signal.SIGCONT)

    # Woken up, the first worker finds the task is no longer its own and writes nothing more.
    async def first_gave_up() -> bool:
        out = first.output()
        return "lease lost" in out or "no longer ours" in out

    await eventually(first_gave_up, within=15)
    rec = await handle.status()
    assert rec is not None
    assert rec.attempt == 2
    events = [ev async for ev in handle.stream()]
    assert events[-1].attempt == 2
    assert [ev.type for ev in events].count("status") >= 3
    assert sum(1 for ev in events if ev.type == "status" and ev.status == "completed") == 1
    assert first.proc.poll() is None  # and keeps serving
