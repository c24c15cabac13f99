"""The task queue on Redis Streams: every queue operation, behind named methods.

A queue is a stream read by one consumer group. A worker ``claim``s entries, ``start``s them
(the start script decides whether each runs, and counts the attempt), ``renew``s the leases of
those it runs with its heartbeats, writes their events and outcome (``append_call``,
``complete_call``, through the worker's event writer), and ``hand_back``s what it cannot
finish. Entries whose worker went silent are taken over with ``reclaim``. The Lua behind the
changes that touch several keys is in ``_scripts``. Clients put tasks on a queue with the
call :func:`submit_call` builds, and cancel them with :func:`cancel`.

On a cluster a queue is several streams, one per shard: which stream holds an entry, how
entries are named across them and how a claim reads them in turn is in ``shards``.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

import msgspec
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from orbiter.distributed import _scripts as s
from orbiter.distributed._lua import Call, run_many
from orbiter.distributed._requeue_lua import HandBackArgs, RedriveArgs
from orbiter.distributed.connection import TRANSIENT, Backoff
from orbiter.distributed.keys import (
    DEFAULT_DEAD_MAXLEN,
    DEFAULT_INDEX_MAX,
    DEFAULT_PENDING_TTL,
    GROUP,
    Keys,
)
from orbiter.distributed.registry import WorkerRegistry
from orbiter.distributed.settings import read
from orbiter.distributed.shards import Entry, QueueShards

log = logging.getLogger("orbiter.distributed.worker")


class Outcome(msgspec.Struct):
    """How one attempt of a task ended."""

    status: str  # COMPLETED, FAILED, CANCELLED, RETRYING (its retry policy tries again), or
    # INTERRUPTED (then ``paused`` says how)
    result: Any = None
    error: str = ""
    error_type: str = ""
    retry_at: float = 0.0  # RETRYING: when the next attempt is due (Unix time)
    dead_letter: bool = False  # FAILED: also put the task in the dead letters
    paused: Any = None  # INTERRUPTED: the executor's RunPaused


class LeaseState(IntEnum):
    """What a heartbeat found out about a running task (the CHECK script's answer)."""

    OURS = 0
    CANCEL = 1  # a cancel was requested
    LOST = 2  # finished elsewhere, or attempted again by another worker
    BROKEN = 3  # its record was overwritten or corrupted


class Lease(msgspec.Struct, array_like=True):
    """A running attempt, as the queue knows it."""

    task_id: str
    attempt: int
    entry_id: bytes


def submit_call(
    keys: Keys,
    queue: str,
    task_id: str,
    now: float,
    payload: bytes,
    signature: bytes | str,
    record: Sequence[Any],
    run_at: float | None = None,
) -> Call:
    """Put a task on ``queue`` with its pending ``record`` (field/value pairs); with
    ``run_at`` (Unix time, later than ``now``) into the queue's due set instead. The client
    sends it in its pipelined batches, and sends :func:`resent` of it when it tries again."""
    args = submit_args(task_id, now, payload, signature, run_at)
    rec_keys = [
        keys.task(task_id), keys.queue_for(queue, task_id), keys.index_for(task_id),
        keys.due_for(queue, task_id),
    ]  # fmt: skip
    return s.fresh_submit_script.call(rec_keys, args, *record)


def resent(call: Call) -> Call:
    """The call to send when trying ``call`` again: a submit then first looks whether an
    earlier try got through (and keeps that one task); other calls look every time."""
    script, keys, args = call
    if script is s.fresh_submit_script:
        return (s.submit_script, keys, args)
    return call


def submit_args(
    task_id: str, now: float, payload: bytes, signature: bytes | str, run_at: float | None = None
) -> s.SubmitArgs:
    """The arguments every script that takes in a new task starts with (a submit, a submit on a
    thread, a hold at the gate)."""
    wait = 0 if run_at is None else max(0, int(run_at - now) + 1)
    return s.SubmitArgs(
        task_id=task_id,
        now_ms=int(now * 1000),
        payload=payload,
        signature=signature,
        record_ttl=DEFAULT_PENDING_TTL + wait,
        index_max=DEFAULT_INDEX_MAX,
        due_ms=0 if run_at is None else int(run_at * 1000),
    )


async def cancel(redis: Redis, keys: Keys, task_id: str) -> tuple[str, str]:
    """Cancel a task in any queue: (``cancelled``|``requested``|``finished``|``unknown``, the
    status it had). A pending task ends at once; a running one's worker is told to stop it."""
    args = s.CancelArgs(
        now=repr(time.time()),
        retention=read("retention"),
        maxlen=read("events_maxlen"),
        live=keys.live(task_id),
        control=keys.control,
        task_id=task_id,
    )
    rec_keys = [keys.task(task_id), keys.events(task_id), keys.paused_for(task_id)]
    result = await s.cancel_script(redis, rec_keys, args)
    outcome, status = result[0].decode(), result[1].decode()
    if status in ("SCHEDULED", "RETRYING") and outcome == "cancelled":
        await redis.zrem(keys.due_for(result[2].decode(), task_id), task_id)
    return outcome, status


class RedisQueue(QueueShards):
    """One queue: its streams (see :class:`QueueShards`), dead letters and task records."""

    def __init__(
        self,
        redis: Redis,
        keys: Keys,
        name: str,
        *,
        lease_seconds: float | None = None,
        max_attempts: int | None = None,
        retention: int | None = None,
        events_maxlen: int | None = None,
        shards: Sequence[int] | None = None,
    ) -> None:
        super().__init__(redis, keys, name, shards)
        # Unset: from the settings (ORBITER_* variables, else the defaults).
        self.lease_seconds: float = read("lease_seconds", lease_seconds)
        self.max_attempts: int = read("max_attempts", max_attempts)
        self.retention: int = read("retention", retention)
        self.events_maxlen: int = read("events_maxlen", events_maxlen)
        self.registry = WorkerRegistry(redis, keys)

    # -- claiming ----------------------------------------------------------------------------

    async def take(self, worker: str, count: int, block_ms: int, backoff: Backoff) -> list[Entry]:
        """:meth:`claim`, riding out what goes wrong: none (after a pause) instead of an error.

        A lost consumer group (Redis reset) is made again; a lost connection, or anything
        else, is logged and waited out with ``backoff``, since a worker that silently stops
        claiming is worse.
        """
        try:
            entries = await self.claim(worker, count, block_ms)
            backoff.reset()
            return entries
        except TRANSIENT as exc:
            # before ResponseError: a cluster that is down answers with one
            log.warning("lost Redis while waiting for tasks (%s); reconnecting", exc)
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            log.warning("queue %r lost its consumer group (Redis reset?); recreating", self.name)
            with contextlib.suppress(*TRANSIENT, ResponseError):
                await self.ensure_group()
            return []
        except Exception:
            log.exception("claiming tasks failed; trying again")
        await backoff.wait()
        return []

    # -- starting ----------------------------------------------------------------------------

    def _writes(self, task_id: str, now: str) -> tuple[str, int, int, str]:
        """The leading fields of every script call that writes a task's events."""
        return (self.keys.live(task_id), self.retention, self.events_maxlen, now)

    def start_call(
        self, entry_id: bytes, task_id: str, worker: str, now: str, taken_over: str = ""
    ) -> Call:
        """Start a delivered entry: ``[b'run', attempt]``, or ``[b'skip', why, detail?]``."""
        keys = self.keys
        key, entry_id = self.split(entry_id)
        args = s.StartArgs(
            *self._writes(task_id, now),
            group=GROUP,
            entry=entry_id,
            worker=worker,
            max_attempts=self.max_attempts,
            pending_ttl=DEFAULT_PENDING_TTL,
            dead_maxlen=DEFAULT_DEAD_MAXLEN,
            taken_over=taken_over,
            lease=f"{self.lease_seconds:g}",
        )
        rec_keys = [
            keys.task(task_id),
            key,
            keys.events(task_id),
            keys.dead_for(self.name, task_id),
        ]
        return s.start_script.call(rec_keys, args)

    def dead_letter_call(
        self, entry_id: bytes, task_id: str, worker: str, reason: str, now: str
    ) -> Call:
        """Move an entry that will not run to the dead letters, failing its task."""
        keys = self.keys
        shard = self._shard_of(entry_id)
        key, entry_id = self.split(entry_id)
        args = s.DeadLetterArgs(
            *self._writes(task_id, now),
            group=GROUP,
            entry=entry_id,
            worker=worker,
            reason=reason,
            dead_maxlen=DEFAULT_DEAD_MAXLEN,
        )
        rec_keys = [key, keys.dead(self.name, shard), keys.task(task_id), keys.events(task_id)]
        if keys.shard(task_id) != shard:
            # an entry that names a task of another shard: only the entry is moved
            rec_keys[2:] = [keys.stray(shard), keys.stray(shard)]
        return s.dead_letter_script.call(rec_keys, args)

    async def run(self, calls: Sequence[Call]) -> list[Any]:
        """Run script calls in one round trip, retrying until Redis answers."""
        backoff = Backoff()
        while True:
            try:
                return await run_many(self.redis, calls)
            except TRANSIENT as exc:
                log.warning("cannot start tasks (%s); retrying", exc)
                await backoff.wait()

    # -- leases ------------------------------------------------------------------------------

    async def renew(self, worker: str, leases: Sequence[Lease]) -> list[LeaseState]:
        """Check the running attempts and renew the leases of those still ours."""
        flags = await s.check_script(
            self.redis,
            [self.keys.task(lease.task_id) for lease in leases],
            [lease.attempt for lease in leases],
        )
        states = [LeaseState(flag) for flag in flags]
        ours: dict[str, list[bytes]] = {}
        for lease, state in zip(leases, states, strict=True):
            if state is not LeaseState.LOST:
                key, entry_id = self.split(lease.entry_id)
                ours.setdefault(key, []).append(entry_id)
        for key, ids in ours.items():
            # XCLAIM to ourselves resets each entry's idle time.
            await self.redis.xclaim(key, GROUP, worker, 0, ids, justid=True)
        return states

    async def reclaim(
        self, worker: str, count: int, grace_s: float
    ) -> tuple[list[Entry], dict[bytes, str]]:
        """Take over up to ``count`` entries whose worker stopped renewing their lease.

        Returns them with, for each, whether its last worker still heartbeats (``alive``) or
        not (``silent``). An owner that heartbeats again has just come out of a stall and
        renews on its next beat: it gets ``grace_s`` past the lease first.
        """
        entries: list[Entry] = []
        state: dict[bytes, str] = {}
        for shard in self._turns():
            if len(entries) >= count:
                break
            got, how = await self._reclaim(shard, worker, count - len(entries), grace_s)
            entries += got
            state.update(how)
        return entries, state

    async def _reclaim(
        self, shard: int, worker: str, count: int, grace_s: float
    ) -> tuple[list[Entry], dict[bytes, str]]:
        key = self.streams[shard]
        lease_ms = int(self.lease_seconds * 1000)
        lapsed = await self.redis.xpending_range(
            key, GROUP, min="-", max="+", count=count, idle=lease_ms
        )
        if not lapsed:
            return [], {}
        owners = sorted({p["consumer"].decode(errors="replace") for p in lapsed})
        ages = await self.registry.ages(owners)
        grace_ms = lease_ms + grace_s * 1000
        state: dict[bytes, str] = {}
        for p in lapsed:
            age = ages.get(p["consumer"].decode(errors="replace"))
            alive = age is not None and age < self.lease_seconds
            if alive and p["time_since_delivered"] < grace_ms:
                continue
            state[p["message_id"]] = "alive" if alive else "silent"
        if not state:
            return [], {}
        # XCLAIM with the idle floor takes nothing its owner renewed in the meantime.
        entries = await self.redis.xclaim(key, GROUP, worker, lease_ms, list(state))
        return (
            [(self.ref(shard, i), f) for i, f in entries],
            {self.ref(shard, i): how for i, how in state.items()},
        )

    async def note_lapse(self, lease: Lease) -> None:
        """Note on the task that its lease lapsed while its worker was alive."""
        args = s.LapsedArgs(attempt=lease.attempt)
        await s.lapsed_script(self.redis, [self.keys.task(lease.task_id)], args)

    def _hand_back_call(self, worker: str, task_id: str, attempt: int | str, entry: bytes) -> Call:
        record = self._record(entry, task_id)
        key, entry = self.split(entry)
        args = HandBackArgs(attempt=attempt, group=GROUP, entry=entry, worker=worker)
        return s.handback_script.call([record, key], args)

    async def hand_back(self, worker: str, lease: Lease) -> None:
        """Requeue an interrupted attempt at once (its worker is shutting down)."""
        call = self._hand_back_call(worker, lease.task_id, lease.attempt, lease.entry_id)
        backoff = Backoff()
        for _ in range(20):
            try:
                await call[0](self.redis, call[1], call[2])
                log.info("task %s handed back to the queue", lease.task_id)
                return
            except TRANSIENT:
                await backoff.wait()
            except ResponseError as exc:
                # Left pending: it is taken over after its lease, and START deals with it then.
                log.error("task %s could not be handed back: %s", lease.task_id, exc)
                return

    async def _release_unstarted(self, worker: str) -> None:
        """Hand back entries delivered to ``worker`` that it never started."""
        calls: list[Call] = []
        for shard, key in self.my_streams:
            pending = await self.redis.xpending_range(
                key, GROUP, min="-", max="+", count=1000, consumername=worker
            )
            for p in pending:
                entry_id = p["message_id"]
                # A record tells which task an entry belongs to; read the entries to find out.
                rows = await self.redis.xrange(key, min=entry_id, max=entry_id)
                if not rows:
                    await self.redis.xack(key, GROUP, entry_id)
                    continue
                task_id = rows[0][1].get(b"t", b"-").decode(errors="replace")
                calls.append(self._hand_back_call(worker, task_id, "", self.ref(shard, entry_id)))
        if calls:
            await run_many(self.redis, calls)

    # -- consumers ---------------------------------------------------------------------------

    async def leave(self, worker: str) -> None:
        """A worker's last words: hand back the entries delivered to it that it never started
        (a claim cut short), leave the registry, and the consumer group unless entries are
        still pending on it."""
        await self.stop_waiting()
        try:
            await self._release_unstarted(worker)
        except (*TRANSIENT, ResponseError) as exc:
            log.warning("could not hand back unstarted tasks: %s", exc)
        try:
            await self.registry.remove(worker)
            for _, key in self.my_streams:
                pending = await self.redis.xpending_range(
                    key, GROUP, min="-", max="+", count=1, consumername=worker
                )
                if not pending:
                    await self.redis.xgroup_delconsumer(key, GROUP, worker)
        except (*TRANSIENT, ResponseError) as exc:
            log.warning("could not deregister worker %s: %s", worker, exc)

    async def forget_dead_consumers(self, worker: str, idle_s: float) -> None:
        """Drop consumers idle for ``idle_s`` with nothing pending, and silent workers."""
        idle_ms = int(idle_s * 1000)
        for _, key in self.my_streams:
            for c in await self.redis.xinfo_consumers(key, GROUP):
                name = c["name"].decode() if isinstance(c["name"], bytes) else c["name"]
                if name != worker and c["pending"] == 0 and c["idle"] > idle_ms:
                    await self.redis.xgroup_delconsumer(key, GROUP, name)
        await self.registry.prune(idle_s)

    # -- events and outcomes -----------------------------------------------------------------

    def append_call(
        self, lease: Lease, base: int, events: Sequence[bytes], checkpoint: bytes = b""
    ) -> Call:
        """Append events of a running attempt (``base``: events it already sent), and store
        the run's ``checkpoint`` after them when one is given."""
        tid = lease.task_id
        args = s.AppendArgs(
            *self._writes(tid, ""),
            attempt=lease.attempt,
            base=base,
            checkpoint=checkpoint,
        )
        return s.append_script.call([self.keys.task(tid), self.keys.events(tid)], args, *events)

    async def supersede(self, lease: Lease, marker: bytes) -> bool:
        """Mark the events earlier attempts wrote after the run's checkpoint as superseded
        (``marker``: see ``SupersedeArgs``); False when the attempt is no longer ours."""
        tid = lease.task_id
        args = s.SupersedeArgs(*self._writes(tid, ""), attempt=lease.attempt, marker=marker)
        keys = [self.keys.task(tid), self.keys.events(tid)]
        return bool(await s.supersede_script(self.redis, keys, args))

    def complete_call(
        self, lease: Lease, base: int, outcome: Outcome, marker: bytes, result: bytes,
        events: Sequence[bytes],
    ) -> Call:  # fmt: skip
        """Store an attempt's last events and outcome, and take its entry off the queue."""
        tid = lease.task_id
        now = time.time()
        key, entry = self.split(lease.entry_id)
        args = s.CompleteArgs(
            *self._writes(tid, repr(now)),
            attempt=lease.attempt,
            base=base,
            group=GROUP,
            entry=entry,
            status=outcome.status,
            marker=marker,
            result=result,
            error=outcome.error,
            error_type=outcome.error_type,
            retry_at_ms=int(outcome.retry_at * 1000),
            hold_ttl=DEFAULT_PENDING_TTL + max(0, int(outcome.retry_at - now) + 1),
            bury=int(outcome.dead_letter),
            dead_maxlen=DEFAULT_DEAD_MAXLEN,
        )
        k = self.keys
        rec_keys = [
            k.task(tid), k.events(tid), key, k.dead_for(self.name, tid), k.due_for(self.name, tid)
        ]  # fmt: skip
        return s.complete_script.call(rec_keys, args, *events)

    async def fail_refused(self, lease: Lease, error: str, error_type: str) -> None:
        """Fail a running attempt whose events or outcome Redis refused (allowed when OOM)."""
        tid = lease.task_id
        key, entry = self.split(lease.entry_id)
        args = s.FailStoreArgs(
            *self._writes(tid, repr(time.time())),
            attempt=lease.attempt,
            group=GROUP,
            entry=entry,
            error=error,
            error_type=error_type,
        )
        rec_keys = [self.keys.task(tid), self.keys.events(tid), key]
        await s.fail_store_script(self.redis, rec_keys, args)

    # -- operators ---------------------------------------------------------------------------

    async def redrive(
        self, dead_entry: str, task_id: str, payload: bytes, signature: bytes
    ) -> None:
        """Put a dead letter back on the queue as a fresh task under the same id.

        ``dead_entry`` is as :meth:`ref` names entries: ``<shard>/<id>`` when sharded.
        """
        k = self.keys
        shard = self._shard_of(dead_entry.encode())
        dead_entry = self.split(dead_entry.encode())[1].decode()
        if k.shard(task_id) != shard:
            raise ValueError(
                f"dead letter {dead_entry} of shard {shard} names task {task_id!r} of shard "
                f"{k.shard(task_id)}: it was never a task of this shard, so it cannot be redriven"
            )
        args = RedriveArgs(
            dead_entry=dead_entry,
            task_id=task_id,
            payload=payload,
            signature=signature,
            pending_ttl=DEFAULT_PENDING_TTL,
        )
        rec_keys = [
            k.task(task_id),
            k.queue(self.name, shard),
            k.events(task_id),
            k.dead(self.name, shard),
        ]
        await s.redrive_script(self.redis, rec_keys, args)
