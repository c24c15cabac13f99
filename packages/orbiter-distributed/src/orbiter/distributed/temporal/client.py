"""The client side of a Temporal run: write the task record, start the workflow.

The task looks like any other: ``TaskHandle`` reads its record and events from Redis, and
``cancel()`` goes through Redis, where the Temporal workers pick it up.
"""

from __future__ import annotations

import asyncio
import atexit
import gc
import time
import uuid
import weakref
from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

from orbiter.agent import Agent
from orbiter.distributed._shared import acquire, release
from orbiter.distributed.client import TaskHandle
from orbiter.distributed.keys import DEFAULT_TIMEOUT, Keys, resolve_redis_url
from orbiter.distributed.targets import target_json
from orbiter.distributed.temporal.records import TaskRecords
from orbiter.distributed.temporal.settings import (
    TemporalSettings,
    TemporalUnavailableError,
    require_temporalio,
)
from orbiter.errors import ConfigurationError, SerializationError
from orbiter.messages import Message
from orbiter.swarm import Swarm

require_temporalio()  # says which extra to install, rather than failing on the import below
from orbiter.distributed.temporal.workflow import WORKFLOW_NAME, RunJob, RunOptions  # noqa: E402

EXECUTOR = "temporal"

# Clients by event loop (dropped with it), then by (address, namespace).
_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[str, str], Any]] = (
    weakref.WeakKeyDictionary()
)


def _drop_clients() -> None:
    # A Temporal client still alive when the interpreter shuts down can crash it on the way
    # out (temporalio's native threads outlive it), so let go of ours while Python still runs.
    _clients.clear()
    gc.collect()


async def temporal_client(settings: TemporalSettings) -> Any:
    """A connected client for ``settings``, shared within this event loop."""
    if not _clients:
        atexit.unregister(_drop_clients)
        atexit.register(_drop_clients)
    per_loop = _clients.setdefault(asyncio.get_running_loop(), {})
    key = (settings.address, settings.namespace)
    client = per_loop.get(key)
    if client is None:
        client = per_loop[key] = await settings.connect()
    return client


def _builtins(value: Any, what: str) -> Any:
    try:
        return msgspec.to_builtins(value)
    except (TypeError, msgspec.EncodeError) as exc:
        raise SerializationError(f"{what} cannot be sent to a worker as JSON: {exc}") from None


async def submit(
    agent: Agent | Swarm | str,
    input: str | None = None,
    *,
    messages: Sequence[Message | Mapping[str, Any]] | None = None,
    detailed: bool = False,
    redis_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - the task's timeout, as in distributed()
    metadata: Mapping[str, Any] | None = None,
    key_prefix: str | None = None,
    temporal: TemporalSettings | None = None,
    options: RunOptions | None = None,
    task_id: str | None = None,
) -> TaskHandle:
    """Start a durable run of ``agent`` on Temporal and return its handle.

    Args:
        temporal: server, namespace and task queue (from ``ORBITER_TEMPORAL_*`` when None).
        options: activity timeouts and retries of this run.

    Raises:
        TemporalUnavailableError: the Temporal server does not answer (nothing was submitted).
        SerializationError: the agent, messages or metadata cannot travel as JSON.
    """
    spec = target_json(agent)
    if input is None and not messages:
        raise ConfigurationError("nothing to run: pass an input string or messages")
    if input is not None and not isinstance(input, str):
        raise ConfigurationError(f"input must be a string, got {type(input).__name__}")
    if not timeout or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {timeout!r}")
    settings = temporal or TemporalSettings()
    url = resolve_redis_url(redis_url)
    meta = dict(metadata or {})
    meta_json = msgspec.json.encode(_builtins(meta, "metadata"))
    job = RunJob(
        task_id=task_id or uuid.uuid4().hex,
        spec=spec,
        input=input,
        messages=_builtins(list(messages), "messages") if messages is not None else None,
        detailed=detailed,
        timeout=float(timeout),
        options=options or RunOptions(),
    )
    # Reach Temporal before writing anything, so an unreachable server leaves no trace.
    client = await temporal_client(settings)
    keys = Keys.from_env(key_prefix)
    now = time.time()
    fields: list[Any] = [
        "status", "PENDING", "queue", settings.task_queue, "name", spec["name"],
        "kind", spec["type"], "attempt", 0,
        "created_at", repr(now), "timeout", repr(float(timeout)), "metadata", meta_json,
        "executor", EXECUTOR,
    ]  # fmt: skip
    shared = acquire(url)
    try:
        records = TaskRecords(shared.redis, keys=keys)
        if not await records.create(job.task_id, fields, now):
            raise ConfigurationError(f"a task with id {job.task_id!r} already exists")
        try:
            await client.start_workflow(
                WORKFLOW_NAME,
                msgspec.to_builtins(job),
                id=job.task_id,
                task_queue=settings.task_queue,
            )
        except Exception as exc:
            message = (
                f"could not start the run on the Temporal server at {settings.address!r}: {exc}"
            )
            await records.finish(
                job.task_id, "submit", [], status="FAILED", error=message,
                error_type=TemporalUnavailableError.__name__,
            )  # fmt: skip
            raise TemporalUnavailableError(message) from exc
    except BaseException:
        await release(shared)
        raise
    return TaskHandle(job.task_id, shared=shared, keys=keys)
