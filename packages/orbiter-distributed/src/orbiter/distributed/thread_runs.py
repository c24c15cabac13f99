"""Distributed runs on threads: who holds a thread, what a second run does, and the worker's side.

A task given ``thread_id=`` takes the thread when it is submitted (one script: the owner key
names it, and it goes on the queue) or, when another task holds it, follows its ``on_busy``
policy: ``reject`` (nothing is written, the submit fails), ``enqueue`` (it is parked, off the
queue, so it holds no worker slot, and is queued when the holder lets go), ``interrupt`` or
``rollback`` (parked first in line, and the holder is cancelled; ``interrupt`` keeps the messages
the holder produced so far, ``rollback`` drops them).

On the worker, :func:`run_on_thread` wraps one attempt: it checks the task holds the thread,
starts the run from the thread's transcript, appends the run's new messages when it ends (one
checked write), and hands the thread to the next parked task.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import msgspec
from redis.exceptions import NoScriptError

from orbiter.distributed._batcher import Batcher
from orbiter.distributed._lua import Call, run_many
from orbiter.distributed._thread_scripts import (
    ThreadFinishArgs,
    ThreadReleaseArgs,
    ThreadStartArgs,
    ThreadSubmitArgs,
    thread_finish_script,
    thread_release_script,
    thread_start_script,
    thread_submit_script,
)
from orbiter.distributed.keys import DEFAULT_PENDING_TTL, Keys
from orbiter.distributed.pausing import RunPaused
from orbiter.distributed.queue import cancel, submit_args
from orbiter.distributed.threads import RedisThreadStore, decode_entries, entry_tail
from orbiter.errors import ConfigurationError, ThreadBusyError
from orbiter.messages import Message, messages_from_json, messages_to_json
from orbiter.threads import POLICIES, conflict_error, whole_turns

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from orbiter.distributed.attempt import Running
    from orbiter.distributed.queue import RedisQueue


log = logging.getLogger("orbiter.distributed.worker")
SWEEP_MAX = 100
"""Threads with parked tasks one sweep looks at."""


def check_thread(thread_id: object, on_busy: object, run_at: float | None = None) -> None:
    """Refuse a thread id or policy a worker could not use, or a run on a thread given a
    time to start (ConfigurationError)."""
    if not isinstance(thread_id, str) or not thread_id or "\n" in thread_id:
        raise ConfigurationError(
            f"thread_id must be a non-empty string on one line, got {thread_id!r}"
        )
    if on_busy not in POLICIES:
        raise ConfigurationError(f"on_busy must be one of {list(POLICIES)}, got {on_busy!r}")
    if run_at is not None:
        raise ConfigurationError(
            "thread_id= cannot be combined with delay= or at=: a run on a thread starts when "
            "the thread is free (on_busy='enqueue' runs it after the one on it)"
        )


# -- the client's side ---------------------------------------------------------------------


class ThreadHeldError(ThreadBusyError):
    """A submit with ``on_busy="reject"`` found the thread held by the task ``holder``."""

    def __init__(self, message: str, *, holder: str) -> None:
        super().__init__(message)
        self.holder = holder


def thread_submit_call(
    keys: Keys,
    queue: str,
    task_id: str,
    now: float,
    payload: bytes,
    signature: bytes | str,
    record: Sequence[Any],
    thread_id: str,
    on_busy: str,
) -> Call:
    """Submit a task on a thread: queued if the thread is free, else as ``on_busy`` says.

    ``task_id`` must be of the thread's shard (see ``Keys.pin``): the script touches
    the thread's keys and the task's together.
    """
    args = ThreadSubmitArgs(
        *msgspec.structs.astuple(submit_args(task_id, now, payload, signature)),
        thread_id=thread_id,
        policy=on_busy,
        task_prefix=_task_prefix(keys, thread_id),
    )
    task_keys = [keys.task(task_id), keys.queue_for(queue, task_id), keys.index_for(task_id)]
    return thread_submit_script.call([*task_keys, *_owner_keys(keys, thread_id)], args, *record)


async def settle(redis: Redis, keys: Keys, thread_id: str, on_busy: str, verdict: Any) -> None:
    """Act on the submit script's answer: raise for a rejected run, stop the holder for an
    interrupting one."""
    what = verdict[0].decode()
    if what == "busy":
        owner, status = verdict[1].decode(), verdict[2].decode()
        raise ThreadHeldError(
            f"thread {thread_id!r} is in use by task {owner} ({status}); wait for it to end "
            f"(TaskHandle.attach({owner!r}).result()), or submit with on_busy='enqueue' to run "
            "after it, 'interrupt' to stop it keeping its messages so far, or 'rollback' to "
            "cancel it dropping them",
            holder=owner,
        )
    if what != "stop":
        return
    owner = verdict[1].decode()
    outcome, _status = await cancel(redis, keys, owner)
    if outcome != "requested":
        # It ended already (or was still queued and ended now): hand the thread on here.
        await release(redis, keys, thread_id, owner)


async def release(redis: Redis, keys: Keys, thread_id: str, task_id: str) -> str:
    """Let go of a thread ``task_id`` holds (``''``: of one whose holder ended without doing
    so); returns the id of the task it went to, or ''."""
    script, owner_keys, args = _release_call(keys, thread_id, task_id)
    found = await script(redis, owner_keys, args)
    return bytes(found).decode()


async def let_go_of_thread(redis: Redis, keys: Keys, task_id: str) -> None:
    """Hand on the thread of a task that ended without a worker (cancelled while queued)."""
    thread_id: bytes | None = await redis.hget(keys.task(task_id), "thread")  # type: ignore[assignment]
    if thread_id:
        await release(redis, keys, thread_id.decode(), task_id)


def _release_call(keys: Keys, thread_id: str, task_id: str) -> Call:
    args = ThreadReleaseArgs(
        task_id=task_id,
        thread_id=thread_id,
        task_prefix=_task_prefix(keys, thread_id),
        ttl=DEFAULT_PENDING_TTL,
    )
    return thread_release_script.call(_owner_keys(keys, thread_id), args)


def _owner_keys(keys: Keys, thread_id: str) -> list[str]:
    return [
        keys.thread_owner(thread_id),
        keys.thread_waiting(thread_id),
        keys.threads_waiting_for(thread_id),
    ]


def _task_prefix(keys: Keys, thread_id: str) -> str:
    """Where the records of the thread's tasks are (the scripts read the holder's)."""
    return keys.task_prefix(keys.shard(thread_id))


# -- the worker's side ---------------------------------------------------------------------


async def run_on_thread(
    queue: RedisQueue, rt: Running, execute: Callable[[], Awaitable[dict[str, Any]]]
) -> dict[str, Any]:
    """One attempt of a task on a thread: ``execute()`` runs from the thread's transcript; the
    run's new messages are appended when it ends, and the thread goes to the next task."""
    spec = rt.spec
    on = _OnThread(queue, rt)
    history = await on.start()
    base = len(history)
    if history:
        given = messages_from_json(spec.messages) if spec.messages is not None else []
        spec.messages = messages_to_json([*history, *given])
    try:
        result = await execute()
    except asyncio.CancelledError:
        if rt.stop_reason in ("shutdown", "lost"):
            raise  # the task runs again, and keeps the thread meanwhile
        keep = None
        if rt.stop_reason == "cancel" and await on.stopped_by() == "interrupt":
            keep = whole_turns((spec.transcript or [])[base:])
        await on.finish(keep, base, quiet=True)
        raise
    except RunPaused:
        raise  # paused for a person's decision: it keeps the thread and adds nothing yet
    except BaseException:
        if rt.retry is None:
            await on.finish(None, base, quiet=True)
        # else it may be tried again, holding the thread meanwhile; once it has failed for
        # good its record is finished, and the next submit or a sweep hands the thread on.
        raise
    # The live transcript, or from the result for an executor that does not keep one.
    messages = spec.transcript or msgspec.convert(result.get("messages") or [], list[Message])
    await on.finish(messages[base:], base)
    return result


# One auto-pipeline per worker client: the thread calls of all the tasks a worker runs go to
# Redis together, as its events do.
_batchers: weakref.WeakKeyDictionary[Any, Batcher] = weakref.WeakKeyDictionary()
_ttls: weakref.WeakKeyDictionary[Any, int | str] = weakref.WeakKeyDictionary()


async def _call(redis: Any, call: Call) -> Any:
    script, keys, args = call
    batcher = _batchers.get(redis)
    if batcher is None:
        batcher = _batchers[redis] = Batcher(redis)
    try:
        return await batcher.send("EVALSHA", script.sha_for(redis), len(keys), *keys, *args)
    except NoScriptError:
        return await script(redis, keys, args)


class _OnThread:
    """The Redis side of one attempt on a thread: start (hold and read), finish (append and
    let go)."""

    def __init__(self, queue: RedisQueue, rt: Running) -> None:
        self.redis = queue.redis
        self.keys = keys = queue.keys
        self.task_id = rt.spec.task_id
        thread_id = rt.spec.thread
        assert thread_id is not None
        self.thread_id = thread_id
        ttl = _ttls.get(queue)
        if ttl is None:  # the retention setting, read once per queue
            ttl = _ttls[queue] = RedisThreadStore(redis=queue.redis, key_prefix=keys.prefix).ttl
        self.ttl = ttl

    async def start(self) -> list[Message]:
        """The transcript, once this task holds the thread (ThreadBusyError if another does)."""
        keys = self.keys
        args = ThreadStartArgs(
            task_id=self.task_id,
            task_prefix=_task_prefix(keys, self.thread_id),
            ttl=DEFAULT_PENDING_TTL,
        )
        owner_keys = [keys.thread_owner(self.thread_id), keys.thread(self.thread_id)]
        found = await _call(self.redis, thread_start_script.call(owner_keys, args))
        if found[0] == b"busy":
            raise ThreadBusyError(
                f"thread {self.thread_id!r} went to task {found[1].decode()} while this task "
                "was waiting to run again; submit it again to run after that one"
            )
        return decode_entries(found[1:])

    async def stopped_by(self) -> str | None:
        """How a newer run on the thread asked this one to stop, if one did."""
        found = await self.redis.hget(self.keys.task(self.task_id), "thread_stop")
        return found.decode() if found else None

    async def finish(self, keep: list[Message] | None, base: int, *, quiet: bool = False) -> None:
        """Append ``keep`` (None: nothing) after ``base`` messages, and let go of the thread.

        Raises ThreadConflictError when the thread changed meanwhile (nothing was added), or
        with ``quiet`` logs it and any Redis error (the run's own outcome matters more).
        """
        keys = self.keys
        args = ThreadFinishArgs(
            task_id=self.task_id,
            thread_id=self.thread_id,
            task_prefix=_task_prefix(keys, self.thread_id),
            ttl=DEFAULT_PENDING_TTL,
            keep="0" if keep is None else "1",
            after=str(base),
            count=len(keep or ()),
            rest=entry_tail(self.task_id, keep or ()),
            retention=self.ttl,
        )
        owner_keys = [*_owner_keys(keys, self.thread_id), keys.thread(self.thread_id)]
        try:
            verdict, have, _next = await _call(
                self.redis, thread_finish_script.call(owner_keys, args)
            )
            if verdict == b"conflict":
                raise conflict_error(self.thread_id, base, int(have))
        except Exception as exc:
            if not quiet:
                raise
            log.warning(
                "task %s: its messages were not kept on thread %r: %s",
                self.task_id,
                self.thread_id,
                exc,
            )


async def sweep(redis: Redis, keys: Keys) -> None:
    """Hand on the threads whose holder ended without letting go (given up on after its last
    attempt, its record gone), so the tasks parked behind it do not wait for ever."""
    pipe = redis.pipeline(transaction=False)
    for shard in keys.all_shards:
        pipe.zrange(keys.threads_waiting_at(shard), 0, SWEEP_MAX - 1)
    found: list[bytes] = [raw for part in await pipe.execute() for raw in part]
    calls = [_release_call(keys, raw.decode(), "") for raw in found]
    if calls:
        for thread_id, moved in zip(found, await run_many(redis, calls), strict=True):
            if moved and not isinstance(moved, Exception):
                log.info("thread %s handed on to task %s", thread_id.decode(), moved.decode())
