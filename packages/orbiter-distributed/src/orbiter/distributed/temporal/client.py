"""The client side of a Temporal run: write the task record, start the workflow.

The task looks like any other: ``TaskHandle`` reads its record and events from Redis, and
``cancel()`` goes through Redis, where the Temporal workers pick it up; ``resume()`` of a run
paused for approval is in ``temporal.signals``.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

from orbiter.agent import Agent
from orbiter.distributed._shared import acquire, release
from orbiter.distributed.errors import TemporalUnavailableError
from orbiter.distributed.handle import TaskHandle
from orbiter.distributed.keys import DEFAULT_TIMEOUT, Keys, resolve_redis_url
from orbiter.distributed.records import pending_record
from orbiter.distributed.submission import NO_TARGET, CheckedTask, check_task
from orbiter.distributed.targets import target_json
from orbiter.distributed.temporal.records import TaskRecords
from orbiter.distributed.temporal.settings import TemporalSettings, require_temporalio
from orbiter.distributed.temporal.signals import temporal_client
from orbiter.errors import ConfigurationError
from orbiter.messages import Message, UserInput
from orbiter.swarm import Swarm

require_temporalio()  # says which extra to install, rather than failing on the import below
from orbiter.distributed.temporal.workflow import (  # noqa: E402
    WORKFLOW_NAME,
    RunJob,
    RunOptions,
)

EXECUTOR = "temporal"


class TemporalSubmitter:
    """Submits to Temporal: writes each task's record in Redis, then starts its workflow.

    Args:
        temporal: server, namespace and task queue (from ``ORBITER_TEMPORAL_*`` when None).
        options: activity timeouts and retries of the runs.
    """

    def __init__(
        self,
        redis_url: str | None = None,
        *,
        key_prefix: str | None = None,
        temporal: TemporalSettings | None = None,
        options: RunOptions | None = None,
    ) -> None:
        self.redis_url = redis_url
        self.keys = Keys.from_env(key_prefix)
        self.settings = temporal or TemporalSettings()
        self.options = options or RunOptions()

    async def submit(self, tasks: Sequence[CheckedTask]) -> list[TaskHandle]:
        url = resolve_redis_url(self.redis_url)
        # Reach Temporal before writing anything, so an unreachable server leaves no trace.
        client = await temporal_client(self.settings)
        handles: list[TaskHandle] = []
        for task in tasks:
            shared = acquire(url)
            try:
                await self._start(client, TaskRecords(shared.redis, keys=self.keys), task)
            except BaseException:
                await release(shared)
                for handle in handles:
                    await handle.close()
                raise
            handles.append(TaskHandle(task.task_id, shared=shared, keys=self.keys))
        return handles

    async def _start(self, client: Any, records: TaskRecords, task: CheckedTask) -> None:
        now = time.time()
        fields = pending_record(
            queue=self.settings.task_queue,
            name=task.spec["name"],
            kind=task.spec["type"],
            created_at=now,
            timeout=task.payload.timeout,
            metadata=task.metadata_json,
            executor=EXECUTOR,
        )
        if not await records.create(task.task_id, fields, now):
            raise ConfigurationError(f"a task with id {task.task_id!r} already exists")
        job = RunJob(
            task_id=task.task_id,
            spec=task.spec,
            input=task.payload.input,
            messages=task.messages,
            detailed=task.payload.detailed,
            timeout=task.payload.timeout,
            approval_ttl=task.payload.approval_ttl,
            options=self.options,
        )
        try:
            await client.start_workflow(
                WORKFLOW_NAME,
                msgspec.to_builtins(job),
                id=task.task_id,
                task_queue=self.settings.task_queue,
            )
        except Exception as exc:
            address = self.settings.address
            message = f"could not start the run on the Temporal server at {address!r}: {exc}"
            await records.finish(
                task.task_id, "submit", [], status="FAILED", error=message,
                error_type=TemporalUnavailableError.__name__,
            )  # fmt: skip
            raise TemporalUnavailableError(message) from exc


async def submit(
    agent: Agent | Swarm | str,
    input: UserInput | None = None,
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

    The run is checked as by :func:`orbiter.distributed.distributed`.

    Args:
        temporal: server, namespace and task queue (from ``ORBITER_TEMPORAL_*`` when None).
        options: activity timeouts and retries of this run.
        task_id: the task's id (default: a new random one).

    Raises:
        TemporalUnavailableError: the Temporal server does not answer (nothing was submitted).
        SerializationError: the agent, messages or metadata cannot travel as JSON.
    """
    spec = target_json(agent)
    task = check_task(spec, NO_TARGET, input, messages, detailed, timeout, metadata)
    if task_id is not None:
        task = CheckedTask(task.spec, task.body, task.payload, task_id)
    submitter = TemporalSubmitter(
        redis_url, key_prefix=key_prefix, temporal=temporal, options=options
    )
    [handle] = await submitter.submit([task])
    return handle
