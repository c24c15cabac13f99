"""Human approval on workers: a run that pauses leaves the queue, and a decision brings it back.

When the model calls a tool that needs approval, the worker stores the paused run's state in
the task record (status ``INTERRUPTED``) and lets the task go: no slot, no lease. A client
validates its decisions against the pending calls (:func:`resume_task`, behind
``TaskHandle.resume``) and puts the task back on its queue; whichever worker takes it next
continues the run from the stored state (``checkpoints.run_from_state``). A run nobody
resumes fails with ``ApprovalExpired`` after its wait (:func:`expire_due`). On Temporal the
workflow waits instead (``temporal.signals.resume_workflow``).
"""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from orbiter.checkpoint import RunCheckpoint, decisions_for
from orbiter.distributed._approval_lua import (
    ExpireArgs,
    PauseArgs,
    ResumeArgs,
    expire_script,
    pause_script,
    resume_script,
)
from orbiter.distributed._lua import Call
from orbiter.distributed.errors import TaskNotFoundError
from orbiter.distributed.keys import DEFAULT_PENDING_TTL, GROUP, Keys
from orbiter.distributed.pausing import RunPaused
from orbiter.distributed.records import PendingCall
from orbiter.distributed.settings import read
from orbiter.errors import ResumeError
from orbiter.events import encode_event

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from orbiter.distributed.queue import Lease, RedisQueue

_json = msgspec.json.Encoder()


def pause_call(queue: RedisQueue, lease: Lease, base: int, paused: RunPaused,
               events: list[bytes]) -> Call:  # fmt: skip
    """Store a paused run and take its entry off the queue, after its last events."""
    keys = queue.keys
    tid = lease.task_id
    now = time.time()
    wait = paused.wait or read("approval_ttl")
    paused.interrupt.attempt = lease.attempt
    args = PauseArgs(
        live=keys.live(tid),
        retention=queue.retention,
        maxlen=queue.events_maxlen,
        now=repr(now),
        attempt=lease.attempt,
        base=base,
        group=GROUP,
        entry=queue.split(lease.entry_id)[1],
        task_id=tid,
        checkpoint=paused.checkpoint,
        pending=paused.pending,
        result=_json.encode(paused.result),
        expires_at=repr(now + wait),
        expires_ms=int((now + wait) * 1000),
        keep=int(wait + queue.retention),
    )
    stream = queue.split(lease.entry_id)[0]
    rec_keys = [keys.task(tid), keys.events(tid), stream, keys.paused_for(tid)]
    return pause_script.call(rec_keys, args, *events, encode_event(paused.interrupt))


async def resume_task(
    redis: Redis,
    keys: Keys,
    task_id: str,
    approve: Collection[str] = (),
    reject: Mapping[str, str] | None = None,
    edit: Mapping[str, Any] | None = None,
) -> None:
    """Check the decisions against the paused run's pending calls, then queue it again.

    Raises:
        TaskNotFoundError: no such task.
        ResumeError: the task is not paused (finished, running, already resumed), expired,
            or the decisions do not match its pending calls.
    """
    client: Any = redis  # redis-py types its replies as the union of every RESP form
    status, attempt, checkpoint, decisions, queue, executor, expires_at = await client.hmget(
        keys.task(task_id),
        *("status", "attempt", "checkpoint", "decisions", "queue", "executor", "expires_at"),
    )
    if status is None:
        raise TaskNotFoundError(
            f"no task {task_id!r} to resume: it was never submitted, or it expired"
        )
    if status != b"INTERRUPTED":
        raise _not_paused(task_id, status.decode(), decisions is not None)
    if not checkpoint:
        raise ResumeError(
            f"task {task_id} cannot be resumed: its stored state is missing from its record "
            "(edited by something other than Orbiter); cancel it and submit it again"
        )
    saved = RunCheckpoint.from_json(checkpoint)
    decided = decisions_for(saved, approve, reject, edit)
    if executor == b"temporal":
        from orbiter.distributed.temporal.signals import resume_workflow

        pending = [PendingCall(id=c.id, name=c.name, arguments=c.arguments) for c in saved.pending]
        answer = await resume_workflow(
            redis, keys, task_id, _json.encode(decided), _json.encode(pending), expires_at or b""
        )
        _check_answer(task_id, answer, answer)
        return
    args = ResumeArgs(
        live=keys.live(task_id),
        retention=read("retention"),
        maxlen=read("events_maxlen"),
        now=repr(time.time()),
        task_id=task_id,
        attempt=(attempt or b"0").decode(),
        decisions=_json.encode(decided),
        pending_ttl=DEFAULT_PENDING_TTL,
    )
    rec_keys = [
        keys.task(task_id), keys.queue_for((queue or b"").decode(), task_id),
        keys.paused_for(task_id), keys.events(task_id),
    ]  # fmt: skip
    answer, detail = (part.decode() for part in await resume_script(redis, rec_keys, args))
    _check_answer(task_id, answer, detail)


def _check_answer(task_id: str, answer: str, detail: str) -> None:
    """Nothing for a resumed task; else the error that says why it was not resumed."""
    if answer == "resumed":
        return
    if answer == "unknown":
        raise TaskNotFoundError(f"task {task_id!r} disappeared before it could be resumed")
    if answer == "expired":
        raise ResumeError(
            f"task {task_id} waited for approval longer than its approval time and has "
            "expired (it failed with ApprovalExpired); submit it again if it still has to run"
        )
    if answer == "changed":
        raise ResumeError(
            f"task {task_id} was resumed and paused again while these decisions were checked: "
            "read its pending calls again (`handle.status().pending`) and decide on those"
        )
    if answer == "lost":
        raise ResumeError(
            f"task {task_id} cannot be resumed: its stored payload is missing from its record "
            "(edited by something other than Orbiter); submit it again"
        )
    raise _not_paused(task_id, detail, True)


def _not_paused(task_id: str, status: str, decided: bool) -> ResumeError:
    if status in ("COMPLETED", "FAILED", "CANCELLED"):
        return ResumeError(
            f"task {task_id} already finished ({status}); only a task waiting for approval "
            "(INTERRUPTED) can be resumed"
        )
    if decided:
        return ResumeError(
            f"task {task_id} was already resumed (it is {status} again with the decisions it "
            "was given); a second decision is not taken"
        )
    return ResumeError(
        f"task {task_id} is {status}, not waiting for approval: only an INTERRUPTED task can "
        "be resumed (see `handle.status()`)"
    )


async def expire_due(redis: Redis, keys: Keys, *, retention: int, maxlen: int) -> int:
    """Fail the paused runs whose approval time is over; how many were failed."""
    now = time.time()
    client: Any = redis
    due: list[bytes] = []
    for shard in keys.all_shards:
        due += await client.zrangebyscore(
            keys.paused_at(shard), "-inf", int(now * 1000), start=0, num=50
        )
    expired = 0
    for raw in due:
        tid = raw.decode()
        args = ExpireArgs(
            live=keys.live(tid), retention=retention, maxlen=maxlen, now=repr(now), task_id=tid
        )
        rec_keys = [keys.task(tid), keys.events(tid), keys.paused_for(tid)]
        expired += await expire_script(redis, rec_keys, args)
    return expired
