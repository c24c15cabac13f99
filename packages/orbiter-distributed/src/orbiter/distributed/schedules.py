"""Cron schedules: a run of an Agent or Swarm that the workers submit on every tick.

``await add_schedule("digest", "0 9 * * mon-fri", agent, "Summarise the news")`` stores the
run, checked as ``distributed()`` checks it, with its cron expression; the workers of its queue
fire each tick exactly once (:mod:`orbiter.distributed.ticker`). ``list_schedules`` and
``remove_schedule`` see and drop them. The task of a tick has an id made from the schedule's
name and the tick's time (:func:`tick_task_id`), and carries both in its metadata.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time
from collections.abc import Mapping
from typing import Any, Literal

import msgspec

from orbiter.agent import Agent
from orbiter.distributed import _schedule_scripts as s
from orbiter.distributed.connection import connect
from orbiter.distributed.cron import Cron, zone
from orbiter.distributed.keys import DEFAULT_TIMEOUT, SCHEDULE_SHARD, Keys, resolve_redis_url
from orbiter.distributed.payload import signing_key_from
from orbiter.distributed.settings import read
from orbiter.distributed.submission import check_task
from orbiter.distributed.targets import MAX_NAME_LENGTH, target_json
from orbiter.errors import ConfigurationError
from orbiter.messages import UserInput
from orbiter.swarm import Swarm

__all__ = ["Schedule", "add_schedule", "list_schedules", "remove_schedule", "tick_task_id"]

Missed = Literal["skip", "once"]
MISSED = ("skip", "once")
DEFAULT_GRACE = 60.0
"""Seconds after its time a tick may still fire; past that it counts as missed."""


class Schedule(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One schedule as stored (``next_at`` is filled in by :func:`list_schedules`).

    Args:
        cron: the cron expression (see :mod:`orbiter.distributed.cron`).
        timezone: the IANA timezone its times are read in.
        missed: what a worker does about ticks nobody fired within ``grace`` seconds (no
            worker was up): ``skip`` them, or run ``once`` for all of them.
        target: the name of the Agent or Swarm (or registered target) it runs.
        payload: the task every tick submits (JSON, as ``distributed()`` would queue it).
        signature: HMAC of the schedule by the client's signing key ('' when signing is off).
        next_at: Unix time of the next tick.
    """

    name: str
    cron: str
    timezone: str
    missed: Missed
    grace: float
    queue: str
    target: str
    kind: str
    payload: str
    created_at: float
    signature: str = ""
    next_at: float | None = None

    def signed_bytes(self) -> bytes:
        """What the signature covers: everything that decides what runs, where and when."""
        head = "\n".join([self.name, self.cron, self.timezone, self.missed, repr(self.grace)])
        return f"schedule\n{head}\n{self.queue}\n".encode() + self.payload.encode()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (for ``--json`` output), without the payload and signature."""
        data = msgspec.to_builtins(self)
        data.pop("payload", None)
        data.pop("signature", None)
        data["next_at"] = self.next_at
        return data


_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder(Schedule).decode


def decode_schedule(name: str | bytes, raw: bytes) -> Schedule:
    """A stored record; ConfigurationError saying how to get rid of one that is corrupted."""
    try:
        return _decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        shown = name.decode(errors="replace") if isinstance(name, bytes) else name
        raise ConfigurationError(
            f"the record of schedule {shown!r} is corrupted ({exc}): remove it with "
            f"`orbiter schedule remove {shown}` and add it again"
        ) from None


def digest(raw: bytes) -> str:
    """SHA-1 of a stored record, as Lua's ``redis.sha1hex`` computes it."""
    return hashlib.sha1(raw).hexdigest()


def signature_of(key: bytes | None, schedule: Schedule) -> str:
    """The schedule's HMAC-SHA256 by ``key`` ('' when signing is off)."""
    if key is None:
        return ""
    return hmac.new(key, schedule.signed_bytes(), hashlib.sha256).hexdigest()


def tick_task_id(name: str, tick: float, keys: Keys | None = None) -> str:
    """The task id of the tick of schedule ``name`` due at Unix time ``tick``.

    With ``keys`` of a sharded layout (a Redis Cluster), the id is pinned to the schedules'
    shard, where the tick's task is queued (see :mod:`orbiter.distributed.ticker`).
    """
    made = hashlib.sha256(f"schedule\n{name}\n{round(tick * 1000)}".encode()).hexdigest()[:32]
    return made if keys is None else keys.pin(made, SCHEDULE_SHARD)


def check_schedule_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ConfigurationError(f"a schedule is named by a non-empty string, got {name!r}")
    if len(name) > MAX_NAME_LENGTH or not name.isprintable():
        raise ConfigurationError(
            f"schedule name {name[:80]!r} must be printable and at most {MAX_NAME_LENGTH} "
            "characters"
        )
    return name


def _check_policy(missed: object, grace: object) -> None:
    if missed not in MISSED:
        raise ConfigurationError(
            f"missed={missed!r}: use 'skip' (ticks missed while no worker was up are dropped) "
            "or 'once' (one catch-up run for them)"
        )
    if (
        isinstance(grace, bool)
        or not isinstance(grace, int | float)
        or not math.isfinite(grace)
        or grace <= 0
    ):
        raise ConfigurationError(f"grace must be a positive number of seconds, got {grace!r}")


async def add_schedule(
    name: str,
    cron: str,
    target: Agent | Swarm | str,
    input: UserInput,
    *,
    timezone: str = "UTC",
    missed: Missed = "skip",
    grace: float = DEFAULT_GRACE,
    queue: str | None = None,
    detailed: bool = False,
    timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (each run's time, not this call's)
    metadata: Mapping[str, Any] | None = None,
    replace: bool = False,
    redis_url: str | None = None,
    signing_key: str | bytes | None = None,
    key_prefix: str | None = None,
) -> Schedule:
    """Store a schedule that runs ``target`` on ``input`` at every tick of ``cron``.

    Args:
        name: the schedule's name (unique on this Redis server and prefix).
        cron: five fields (``"*/5 * * * *"``), six with leading seconds, or ``@daily``...
        target: an Agent or Swarm (sent as its description), or the name of a target the
            workers were started with (``--targets``).
        timezone: IANA name the cron times are read in (``"Europe/Lisbon"``).
        missed: ``"skip"`` or ``"once"``: what to do with ticks no worker fired in time.
        grace: seconds after its time a tick may still fire before it counts as missed.
        queue: whose workers fire it and run its tasks (``ORBITER_QUEUE``, default "default").
        detailed, timeout, metadata: as for :func:`~orbiter.distributed.distributed`.
        replace: overwrite a schedule of the same name instead of failing.
        signing_key: sign the schedule (``ORBITER_SIGNING_KEY`` when not given): workers
            with a signing key fire only schedules signed with it.

    Returns the stored schedule with its first tick in ``next_at``.

    Raises:
        ConfigurationError: a bad name, cron expression (``CronError`` names the field),
            timezone, policy, or a schedule of this name exists and ``replace`` is False.
        SerializationError: the target or input cannot travel as JSON.
    """
    check_schedule_name(name)
    parsed = Cron.parse(cron)
    tz = zone(timezone)
    _check_policy(missed, grace)
    spec = target_json(target)
    task = check_task(spec, msgspec.Raw(_encode(spec)), input, None, detailed, timeout, metadata)
    now = time.time()
    schedule = Schedule(
        name=name,
        cron=cron,
        timezone=timezone,
        missed=missed,
        grace=float(grace),
        queue=read("queue", queue or None),
        target=str(spec.get("name", "")),
        kind=str(spec.get("type", "")),
        payload=task.body.decode(),
        created_at=now,
    )
    schedule.signature = signature_of(signing_key_from(signing_key), schedule)
    next_at = parsed.next_after(now, tz)
    url = resolve_redis_url(redis_url)
    keys = Keys.from_env(key_prefix, url)
    redis = connect(url, name="orbiter-schedules")
    try:
        await _store(redis, keys, schedule, next_at, replace)
    finally:
        await redis.aclose()
    schedule.next_at = next_at
    return schedule


async def _store(redis: Any, keys: Keys, schedule: Schedule, next_at: float, replace: bool) -> None:
    record = _encode(schedule)
    for _ in range(10):
        old = await redis.hget(keys.schedules, schedule.name)
        old_queue = (
            decode_schedule(schedule.name, old).queue
            if old is not None and replace
            else schedule.queue
        )
        args = s.AddArgs(
            name=schedule.name,
            record=record,
            next_ms=round(next_at * 1000),
            replace=int(replace),
            old_digest=digest(old) if old is not None and replace else "",
        )
        due_keys = [keys.schedules_due(schedule.queue), keys.schedules_due(old_queue)]
        result = await s.add_script(redis, [keys.schedules, *due_keys], args)
        if result == b"added":
            return
        if result == b"exists":
            raise ConfigurationError(
                f"a schedule named {schedule.name!r} exists: remove it first (`orbiter schedule "
                f"remove {schedule.name}`), or replace it (replace=True, --replace)"
            )
    raise ConfigurationError(
        f"schedule {schedule.name!r} kept changing while it was being stored: try again"
    )


async def list_schedules(
    *, queue: str | None = None, redis_url: str | None = None, key_prefix: str | None = None
) -> list[Schedule]:
    """Every schedule (or one queue's), by name, each with its next tick in ``next_at``."""
    url = resolve_redis_url(redis_url)
    keys = Keys.from_env(key_prefix, url)
    redis: Any = connect(url, name="orbiter-schedules")
    try:
        raw = await redis.hgetall(keys.schedules)
        schedules = [decode_schedule(name, value) for name, value in raw.items()]
        if queue is not None:
            schedules = [sch for sch in schedules if sch.queue == queue]
        pipe = redis.pipeline(transaction=False)
        for sch in schedules:
            pipe.zscore(keys.schedules_due(sch.queue), sch.name)
        for sch, due in zip(schedules, await pipe.execute(), strict=True):
            sch.next_at = None if due is None else due / 1000
    finally:
        await redis.aclose()
    return sorted(schedules, key=lambda sch: sch.name)


async def remove_schedule(
    name: str, *, redis_url: str | None = None, key_prefix: str | None = None
) -> bool:
    """Remove the schedule ``name``: True if it existed. Tasks it already queued still run."""
    url = resolve_redis_url(redis_url)
    keys = Keys.from_env(key_prefix, url)
    redis: Any = connect(url, name="orbiter-schedules")
    try:
        for _ in range(10):
            raw = await redis.hget(keys.schedules, name)
            if raw is None:
                return False
            args = s.RemoveArgs(name=name, digest=digest(raw))
            try:
                due = keys.schedules_due(decode_schedule(name, raw).queue)
            except ConfigurationError:
                due = keys.schedules_due("")  # a corrupted record names no queue
            result = await s.remove_script(redis, [keys.schedules, due], args)
            if result != b"changed":
                return result == b"removed"
    finally:
        await redis.aclose()
    raise ConfigurationError(f"schedule {name!r} kept changing while it was being removed")
