"""A worker's ticker: fires the due ticks of its queue's cron schedules, each exactly once.

Every worker runs one beside its heartbeat (:func:`beside`). A pass reads the schedules whose
next tick is due, works out which ticks to fire (:func:`plan`), and fires each with one script
that moves the schedule's due time on only if it still holds that tick and queues the tick's
task in the same step. However many workers look at once, one of them fires a tick; a worker
killed at any moment has fired it wholly or not at all; and the task id is made from the
schedule's name and the tick's time, so even a repeated submit would find the task there.

A tick no worker fired within the schedule's ``grace`` seconds was missed (no worker of the
queue was up): ``skip`` drops such ticks, ``once`` fires one catch-up run for all of them.
The tasks themselves go through the queue like any other: the running worker's import gate,
registered targets and signing rules apply to them exactly as to a submit.

On a Redis Cluster the schedules' keys sit in shard 0 and each tick's task id is pinned to
that shard (:func:`~orbiter.distributed.schedules.tick_task_id` with the worker's keys), so
its task is queued on shard 0's part of the queue (workers read every shard) and the fire
script still touches one slot: the guarantees above hold unchanged. One shard for all of them
costs nothing worth spreading: a schedule ticks at most once a second, and the tasks it
queues run wherever a worker takes them.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import msgspec

from orbiter.distributed import _schedule_scripts as s
from orbiter.distributed.connection import TRANSIENT, Backoff, raise_if_cancelled
from orbiter.distributed.cron import Cron, zone
from orbiter.distributed.keys import DEFAULT_INDEX_MAX, DEFAULT_PENDING_TTL, SCHEDULE_SHARD, Keys
from orbiter.distributed.payload import decode_payload, encode_payload, sign
from orbiter.distributed.records import pending_record
from orbiter.distributed.schedules import (
    Schedule,
    decode_schedule,
    digest,
    signature_of,
    tick_task_id,
)
from orbiter.errors import ConfigurationError

if TYPE_CHECKING:
    from orbiter.distributed.worker import Worker

log = logging.getLogger("orbiter.distributed.worker")

PERIOD = 1.0
"""Longest pause between two looks at the due set (a new schedule is seen within it)."""
MAX_TICKS_PER_PASS = 100
"""Ticks of one schedule fired in one pass; the rest follow in the next passes."""
UNREADABLE_RETRY = 60.0
"""Seconds before a schedule whose record cannot be read is looked at again."""


@dataclass(frozen=True, slots=True)
class Step:
    """One move of a schedule's due time, from ``expected`` to ``next``, firing ``tick``."""

    expected: float
    next: float
    tick: float | None  # None: the missed ticks are skipped
    catch_up: bool = False


def plan(cron: Cron, tz: ZoneInfo, due: float, now: float, grace: float, missed: str) -> list[Step]:
    """The steps that bring a schedule due at ``due`` up to ``now``.

    Ticks older than ``grace`` are missed: one step skips them all, firing the first of them
    as a catch-up run when ``missed`` is ``once``. Each tick since is fired in order.
    """
    steps: list[Step] = []
    cut = now - grace
    t = due
    if t < cut:
        resume = cron.next_after(max(cut - 0.001, t), tz)
        steps.append(Step(t, resume, t if missed == "once" else None, catch_up=True))
        t = resume
    while t <= now and len(steps) < MAX_TICKS_PER_PASS:
        following = cron.next_after(t, tz)
        steps.append(Step(t, following, t))
        t = following
    return steps


class Ticker:
    """Fires the due ticks of the schedules of one queue until cancelled.

    Args:
        signing_key: the worker's key; with one, only schedules signed by it (or by one of
            ``previous_signing_keys``) get their ticks signed, so the workers accept them.
    """

    def __init__(
        self,
        redis: Any,
        keys: Keys,
        queue: str,
        *,
        signing_key: bytes | None = None,
        previous_signing_keys: tuple[bytes, ...] | list[bytes] = (),
    ) -> None:
        self.redis = redis
        self.keys = keys
        self.queue = queue
        self.due_key = keys.schedules_due(queue)
        self.signing_key = signing_key
        self.previous_signing_keys = list(previous_signing_keys)
        self._said: dict[str, str] = {}  # the last problem logged per schedule, said once

    @classmethod
    def for_worker(cls, worker: Worker) -> Ticker:
        return cls(
            worker._redis,
            worker.keys,
            worker.queue,
            signing_key=worker.signing_key,
            previous_signing_keys=worker.previous_signing_keys,
        )

    async def run(self) -> None:
        backoff = Backoff(cap=5.0)
        while True:
            try:
                pause = await self.pass_once()
                backoff.reset()
            except TRANSIENT as exc:
                log.warning("schedule ticker lost Redis (%s); retrying", exc)
                await backoff.wait()
                continue
            except Exception:
                log.exception("schedule ticker failed; trying again")
                await backoff.wait()
                continue
            raise_if_cancelled()
            await asyncio.sleep(pause)

    async def pass_once(self) -> float:
        """Fire what is due now; the seconds until the next look."""
        now = time.time()
        first = await self.redis.zrange(self.due_key, 0, 0, withscores=True)
        if first and first[0][1] <= now * 1000:
            due = await self.redis.zrangebyscore(
                self.due_key, "-inf", int(now * 1000), start=0, num=100, withscores=True
            )
            names = [name for name, _ in due]
            records = await self.redis.hmget(self.keys.schedules, names) if names else []
            failed = False
            for (name, score), raw in zip(due, records, strict=True):
                try:
                    await self._catch_up(name.decode(errors="replace"), score / 1000, raw, now)
                except TRANSIENT:
                    raise
                except Exception as exc:
                    # One schedule Redis refuses to move (out of memory, say) must not stop the
                    # others, nor have the ticker look again at once.
                    self._say(name.decode(errors="replace"), f"firing failed: {exc!r}")
                    failed = True
            if failed:
                return PERIOD
            first = await self.redis.zrange(self.due_key, 0, 0, withscores=True)
        if not first:
            return PERIOD
        # Due already: more ticks than one pass fires (a catch-up), so look again at once.
        return min(PERIOD, max(0.005, first[0][1] / 1000 - time.time()))

    async def _catch_up(self, name: str, due: float, raw: bytes | None, now: float) -> None:
        if raw is None:
            # Its record is gone (only a stray write does that: remove takes both at once).
            await s.prune_script(self.redis, [self.keys.schedules, self.due_key], s.PruneArgs(name))
            return
        try:
            schedule = decode_schedule(name, raw)
            cron, tz = Cron.parse(schedule.cron), zone(schedule.timezone)
        except ConfigurationError as exc:
            # Looked at again in a minute, so that it holds up nobody meanwhile.
            self._say(name, f"cannot fire: {exc}")
            await self._move(name, raw, Step(due, now + UNREADABLE_RETRY, None))
            return
        trusted = self._trusted(schedule)
        for step in plan(cron, tz, due, now, schedule.grace, schedule.missed):
            fired = await self._fire(schedule, raw, step, tz, trusted)
            if fired in (b"raced", b"changed"):
                return  # another worker is ahead, or the schedule was replaced

    def _trusted(self, schedule: Schedule) -> bool:
        """Whether the schedule is signed by a key this worker accepts (True when off)."""
        if self.signing_key is None:
            return True
        keys = (self.signing_key, *self.previous_signing_keys)
        if any(hmac.compare_digest(signature_of(k, schedule), schedule.signature) for k in keys):
            return True
        self._say(
            schedule.name,
            "not signed with this worker's signing key: its "
            "ticks are queued unsigned, and the workers refuse them (add it again with the "
            "signing key: ORBITER_SIGNING_KEY or --signing-key)",
        )
        return False

    async def _fire(
        self, schedule: Schedule, raw: bytes, step: Step, tz: ZoneInfo, trusted: bool
    ) -> bytes:
        if step.tick is None:
            result = await self._move(schedule.name, raw, step)
            if result == b"skipped":
                log.warning(
                    "schedule %r: ticks from %s missed (no worker fired them within %gs), skipped",
                    schedule.name,
                    _shown(step.expected, tz),
                    schedule.grace,
                )
            return result
        task_id = tick_task_id(schedule.name, step.tick, self.keys)
        body, record = self._task(schedule, step.tick, step.catch_up, tz)
        signature = sign(self.signing_key, task_id, body) if trusted else b""
        result = await self._move(
            schedule.name, raw, step, task_id, body, signature, schedule.queue, record
        )
        if result not in (b"raced", b"changed"):
            log.info(
                "schedule %r: tick %s queued as task %s%s",
                schedule.name,
                _shown(step.tick, tz),
                task_id,
                " (one run for the missed ticks)" if step.catch_up else "",
            )
        return result

    async def _move(
        self,
        name: str,
        raw: bytes,
        step: Step,
        task_id: str = "",
        body: bytes = b"",
        signature: bytes = b"",
        queue: str = "",
        record: Sequence[Any] = (),
    ) -> bytes:
        """Move the schedule's due time as ``step`` says, queueing ``task_id`` if one is given
        (the FIRE script's answer: an entry id, or raced, changed or skipped)."""
        keys = self.keys
        args = s.FireArgs(
            task_id=task_id,
            now_ms=int(time.time() * 1000),
            payload=body,
            signature=signature,
            record_ttl=DEFAULT_PENDING_TTL,
            index_max=DEFAULT_INDEX_MAX,
            due_ms=0,  # a tick's task is queued at once (SUBMIT then leaves its KEYS[4] alone)
            schedule=name,
            digest=digest(raw),
            expected_ms=round(step.expected * 1000),
            next_ms=round(step.next * 1000),
        )
        rec_keys = [
            # the tick's id is pinned to the schedules' shard (none when ticks are skipped)
            keys.task(task_id) if task_id else keys.stray(SCHEDULE_SHARD),
            keys.queue(queue or self.queue, SCHEDULE_SHARD),
            keys.index_at(SCHEDULE_SHARD),
            keys.schedules,
            self.due_key,
        ]
        script, _, argv = s.fire_script.call(rec_keys, args, *record)
        result: bytes = await script(self.redis, rec_keys, argv)
        return result

    def _task(
        self, schedule: Schedule, tick: float, catch_up: bool, tz: ZoneInfo
    ) -> tuple[bytes, list[Any]]:
        """The payload and pending record of one tick's task."""
        payload = decode_payload(schedule.payload.encode())
        meta: dict[str, Any] = {**payload.metadata, "schedule": schedule.name}
        meta["tick"] = _shown(tick, tz)
        if catch_up:
            meta["catch_up"] = True
        body = encode_payload(msgspec.structs.replace(payload, metadata=meta))
        record = pending_record(
            queue=schedule.queue,
            name=schedule.target,
            kind=schedule.kind,
            created_at=time.time(),
            timeout=payload.timeout,
            metadata=msgspec.json.encode(meta),
        )
        return body, record

    def _say(self, name: str, problem: str) -> None:
        if self._said.get(name) != problem:
            log.error("schedule %r: %s", name, problem)
            self._said[name] = problem


def _shown(when: float, tz: ZoneInfo) -> str:
    return datetime.fromtimestamp(when, tz).isoformat()


async def beside(heartbeat: Awaitable[None], ticker: Ticker) -> None:
    """Run ``heartbeat`` with the ticker beside it; the ticker stops when the heartbeat does."""
    task = asyncio.get_running_loop().create_task(ticker.run())
    try:
        await heartbeat
    finally:
        task.cancel()
        # A cancel redis-py swallowed (see raise_if_cancelled) must not hold up the shutdown.
        await asyncio.wait([task], timeout=1.0)
