"""Queue policies: priorities and tenants, enforced by a gate in front of each queue.

A task submitted with a ``priority`` or a ``tenant`` is held at its queue's gate; the gate lets
tasks onto the queue's stream only while fewer than its window (the concurrency of the live
workers of the queue) are out and not ended. What it lets out next is chosen by priority level
(in turns, so lower levels keep a share) and round robin between tenants (each under the
queue's tenant cap). Tasks with neither go straight onto the stream, as before. See
docs/policies.md.

On a Redis Cluster (or with ``ORBITER_QUEUE_SHARDS``) a queue's gate lives in one shard, the
one its name hashes to, and a task held at it gets an id pinned to that shard
(:func:`gated_task_id`), so its record, the gate and the part of the queue the gate releases
onto share one slot. Every step of the gate then stays the one script it is on a single
server: a worker killed between two steps has done each wholly or not at all, so no task is
lost or let out twice and the same ordering, fair shares and caps hold. The price is that one
queue's held tasks go through one primary, which the gate's window (a few tasks per worker
slot) keeps far below what a primary serves; tasks without a policy still spread over all
shards. Splitting each step into a gate script and a task script instead would need a
recovery pass for a crash between the two, for no gain at that load.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import msgspec
from redis.asyncio import Redis

from orbiter.distributed import _policy_scripts as s
from orbiter.distributed._lua import Call
from orbiter.distributed.keys import Keys
from orbiter.distributed.queue import submit_args
from orbiter.errors import ConfigurationError

PRIORITIES: dict[str, int] = {"low": 0, "normal": 1, "high": 2}
"""The priority levels by name; ``priority=`` also takes their numbers (0, 1, 2)."""
TENANT_FIELD = "tenant"
"""The metadata field a tenant is read from when ``tenant=`` is not given."""
MAX_TENANT_CHARS = 128


class Policy(msgspec.Struct, frozen=True):
    """Where a held task queues at the gate: its priority level and its tenant."""

    level: int = PRIORITIES["normal"]
    tenant: str = ""

    @property
    def priority(self) -> str:
        return next(name for name, level in PRIORITIES.items() if level == self.level)


def policy_from(
    priority: str | int | None, tenant: str | None, metadata: Mapping[str, Any] | None
) -> Policy | None:
    """The policy of a submit, or None when it names neither a priority nor a tenant.

    The tenant is ``tenant``, else the ``tenant`` field of ``metadata``. Raises
    ConfigurationError for a priority or tenant that is not one.
    """
    if tenant is None and isinstance(metadata, Mapping):
        tenant = metadata.get(TENANT_FIELD)
    if priority is None and tenant is None:
        return None
    return Policy(_level(priority), _tenant(tenant))


def policy_for(
    priority: str | int | None,
    tenant: str | None,
    metadata: Mapping[str, Any] | None,
    run_at: float | None,
    thread_id: str | None = None,
) -> Policy | None:
    """:func:`policy_from` for a submit that may be delayed (``run_at``) or on a thread: such
    a task is queued when it is due or its thread is free, without the gate, so naming a
    priority or tenant for one is refused, and a tenant in its metadata is kept as data only."""
    if run_at is None and thread_id is None:
        return policy_from(priority, tenant, metadata)
    if priority is not None or tenant is not None:
        raise ConfigurationError(
            "priority= and tenant= cannot be combined with delay=, at= or thread_id= yet: such "
            "a task is queued when it is due or its thread is free, without the gate; leave "
            "one of them out"
        )
    return None


def _level(priority: str | int | None) -> int:
    if priority is None:
        return PRIORITIES["normal"]
    if isinstance(priority, str) and priority.lower() in PRIORITIES:
        return PRIORITIES[priority.lower()]
    if isinstance(priority, int) and not isinstance(priority, bool) and priority in (0, 1, 2):
        return priority
    raise ConfigurationError(
        f"priority must be one of {', '.join(PRIORITIES)} (or 0, 1, 2; higher runs first), "
        f"got {priority!r}"
    )


def _tenant(tenant: object) -> str:
    if tenant is None:
        return ""
    if not isinstance(tenant, str) or not tenant or len(tenant) > MAX_TENANT_CHARS:
        raise ConfigurationError(
            f"tenant must be a non-empty string of at most {MAX_TENANT_CHARS} characters "
            f"(a user or customer id, say), got {tenant!r}"
        )
    return tenant


def hold_call(
    keys: Keys,
    queue: str,
    task_id: str,
    now: float,
    payload: bytes,
    signature: bytes | str,
    record: list[Any],
    policy: Policy,
) -> Call:
    """Hold a task at ``queue``'s gate with its pending ``record`` (the gate may release it at
    once), unless a retried submit already did. ``task_id`` must be :func:`gated_task_id`'s."""
    shard = keys.gate_shard(queue)
    if keys.shard(task_id) != shard:
        raise ValueError(f"task {task_id!r} is not pinned to the gate's shard {shard}")
    args = s.HoldArgs(
        *msgspec.structs.astuple(submit_args(task_id, now, payload, signature)),
        level=policy.level,
        tenant=policy.tenant,
        task_prefix=keys.task_prefix(shard),
    )
    fields = [*record, "tenant", policy.tenant, "priority", policy.priority]
    rec_keys = [keys.task(task_id), keys.index_at(shard), keys.gate(queue)]
    rec_keys.append(keys.queue(queue, shard))
    return s.hold_script.call(rec_keys, args, *fields)


def gated_task_id(keys: Keys, queue: str, task_id: str) -> str:
    """The id a task held at ``queue``'s gate gets: ``task_id``, pinned to the gate's shard."""
    return keys.pin(task_id, keys.gate_shard(queue))


class Gate:
    """A worker's side of its queue's gate: its slots in the window, and the tasks it ended.

    Args:
        tenant_cap: tasks of one tenant out at once on this queue (0: no cap; None: leave the
            cap other workers set).
    """

    def __init__(
        self,
        redis: Redis,
        keys: Keys,
        queue: str,
        worker_id: str,
        *,
        concurrency: int,
        tenant_cap: int | None,
        lease_seconds: float,
    ) -> None:
        self.redis = redis
        self.keys = keys
        self.queue = queue
        self.member = f"{worker_id}|{concurrency}"
        self.tenant_cap = -1 if tenant_cap is None else tenant_cap
        self.lease_ms = int(lease_seconds * 1000)
        shard = keys.gate_shard(queue)
        self._task_prefix = keys.task_prefix(shard)
        self._keys = [keys.gate(queue), keys.queue(queue, shard)]
        self._ended: list[str] = []
        self._sending = False

    async def beat(self, *, leaving: bool = False) -> int:
        """Count this worker's slots in the window (for two leases) or, ``leaving``, take them
        out; forget tasks that ended unseen; release what may go. Returns how many went."""
        now_ms = int(time.time() * 1000)
        args = s.BeatArgs(
            worker=self.member,
            leaving=int(leaving),
            expires_ms=now_ms + 2 * self.lease_ms,
            now_ms=now_ms,
            cap=self.tenant_cap,
            task_prefix=self._task_prefix,
            check_before_ms=now_ms - self.lease_ms,
            check_max=100,
        )
        released: int = await s.beat_script(self.redis, self._keys, args)
        return released

    async def ended(self, task_id: str) -> None:
        """A released task's attempt ended here: if the task is finished, the next goes.

        Tasks that end while a call is on its way go together in the next one, which the
        caller already sending sends (one call for many tasks when they end close together).
        """
        if self.keys.shard(task_id) != self.keys.gate_shard(self.queue):
            return  # not a task the gate held (a forged entry): nothing of the gate's to free
        self._ended.append(task_id)
        if self._sending:
            return
        self._sending = True
        try:
            while self._ended:
                ids, self._ended = self._ended, []
                args = s.EndedArgs(task_prefix=self._task_prefix, now_ms=int(time.time() * 1000))
                keys = [*self._keys, *(self.keys.task(task_id) for task_id in ids)]
                await s.ended_script(self.redis, keys, (*msgspec.structs.astuple(args), *ids))
        finally:
            self._sending = False
