"""A worker's heartbeat: keeps its registry record and its leases fresh, acts on what it learns
about the tasks it runs (cancel requested, taken over, record broken), takes over tasks
whose worker went silent, fails runs paused for approval that nobody resumed in time, drops
expired tasks from the task index, and, on a worker given some of its queue's shards, says
when shards of the queue are served by no live worker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

from redis.exceptions import ResponseError

from orbiter.distributed._writer import refusal
from orbiter.distributed.approval import expire_due
from orbiter.distributed.attempt import Running
from orbiter.distributed.connection import TRANSIENT, raise_if_cancelled
from orbiter.distributed.queue import Entry, LeaseState, RedisQueue
from orbiter.distributed.task_index import IndexPruner
from orbiter.distributed.thread_runs import sweep

log = logging.getLogger("orbiter.distributed.worker")

PAUSED_EVERY = 5
"""Beats between two looks for runs paused for approval whose time is over."""
PRUNE_EVERY = 5
"""Beats between two passes over the task index for the ids of expired tasks."""
COVERAGE_EVERY = 50
"""Beats between two looks at which shards of the queue live workers serve (after the first
beat's), on a worker given some of them."""


class Heartbeat:
    """Beats every ``seconds`` (or at once when ``check_now`` is set) until cancelled.

    Args:
        running: the attempts the worker runs, by task id (read, never changed here).
        register: writes the worker's registry record.
        take_over: starts entries taken over from silent workers.
        free: how many more tasks the worker would take now (0 while draining).
    """

    def __init__(
        self,
        queue: RedisQueue,
        worker_id: str,
        running: dict[str, Running],
        *,
        seconds: float,
        check_now: asyncio.Event,
        register: Callable[[], Awaitable[None]],
        take_over: Callable[[list[Entry], dict[bytes, str]], Awaitable[None]],
        free: Callable[[], int],
    ) -> None:
        self.queue = queue
        self.worker_id = worker_id
        self.running = running
        self.seconds = seconds
        self.check_now = check_now
        self.register = register
        self.take_over = take_over
        self.free = free
        self._refused: str | None = None  # the last refusal of the registry write, said once
        self._uncovered: list[int] = []  # the shards no live worker served at the last look
        self.index = IndexPruner(queue.redis, queue.keys, queue.retention)

    async def run(self) -> None:
        lease = self.queue.lease_seconds
        beats = 0
        last = time.monotonic()
        while True:
            raise_if_cancelled()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.seconds):
                    await self.check_now.wait()
            self.check_now.clear()
            beats += 1
            now = time.monotonic()
            late = now - last - self.seconds
            last = now
            if late > lease / 2 and self.running:
                log.warning(
                    "heartbeat %.2fs late (the event loop was blocked, or the machine is "
                    "overloaded); with a %gs lease other workers may take over running tasks. "
                    "Keep blocking work off the loop (async tools, or threads) or raise the lease",
                    late,
                    lease,
                )
            try:
                await self.beat()
                if self.free() > 0:
                    await self.reclaim()
                if beats % PAUSED_EVERY == 0:
                    q = self.queue
                    await expire_due(q.redis, q.keys, retention=q.retention, maxlen=q.events_maxlen)
                if beats % 50 == 0:
                    await self.queue.forget_dead_consumers(self.worker_id, max(60.0, lease * 10))
                if beats % 5 == 0:
                    await sweep(self.queue.redis, self.queue.keys)
                if beats % PRUNE_EVERY == 0:
                    await self.index.prune()
                if beats % COVERAGE_EVERY == 1 and len(self.queue.mine) < len(self.queue.streams):
                    await self.coverage()
            except TRANSIENT as exc:
                log.warning("heartbeat failed (%s); retrying", exc)
            except ResponseError as exc:
                if "NOGROUP" in str(exc):
                    with contextlib.suppress(*TRANSIENT, ResponseError):
                        await self.queue.ensure_group()
                else:
                    log.error("heartbeat failed: %s", exc)
            except Exception:
                log.exception("heartbeat failed; trying again")

    async def beat(self) -> None:
        """Register, then renew the leases of the running attempts and act on their state."""
        try:
            await self.register()
            self._refused = None
        except ResponseError as exc:
            # Out of memory, say: the leases below must still be renewed, or running tasks
            # would be taken over and run again.
            if refusal(exc) != self._refused:
                log.error("Redis refused this worker's heartbeat: %s", refusal(exc))
            self._refused = refusal(exc)
        running = list(self.running.values())
        if not running:
            return
        states = await self.queue.renew(self.worker_id, [rt.stream.lease for rt in running])
        for rt, state in zip(running, states, strict=True):
            if state is LeaseState.CANCEL:
                rt.stop("cancel")
            elif state is LeaseState.LOST and rt.stream.finish is None:
                rt.stop("lost")
            elif state is LeaseState.BROKEN:
                rt.stop("broken")

    async def coverage(self) -> None:
        """Warn when shards of the queue are served by no live worker (their tasks wait), and
        say once they are served again."""
        q = self.queue
        uncovered = await q.registry.uncovered(q.name, q.keys.all_shards)
        if uncovered and uncovered != self._uncovered:
            log.warning(
                "no live worker of queue %r serves shard(s) %s: tasks there wait until a worker "
                "is given them (--shards / ORBITER_WORKER_SHARDS; this one serves %s)",
                q.name,
                ",".join(map(str, uncovered)),
                ",".join(map(str, q.mine)),
            )
        elif self._uncovered and not uncovered:
            log.info("every shard of queue %r is served again", q.name)
        self._uncovered = uncovered

    async def reclaim(self) -> None:
        """Take over entries whose worker stopped renewing their lease."""
        entries, owners = await self.queue.reclaim(self.worker_id, self.free(), 2 * self.seconds)
        if entries:
            log.info("taking over %d task(s) whose lease lapsed", len(entries))
            await self.take_over(entries, owners)
