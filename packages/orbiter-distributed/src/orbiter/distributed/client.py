"""The client side: ``distributed()`` checks a run and hands it to the chosen executor.

Each executor submits through a :class:`~orbiter.distributed.submission.Submitter`: here the
Redis queue's, in :mod:`orbiter.distributed.temporal.client` Temporal's. Both return the one
:class:`~orbiter.distributed.handle.TaskHandle`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import msgspec
from redis.exceptions import NoScriptError

from orbiter.agent import Agent
from orbiter.distributed._lua import load, load_missing
from orbiter.distributed._shared import Shared, acquire, release
from orbiter.distributed.handle import TaskHandle, with_retry
from orbiter.distributed.keys import (
    DEFAULT_TIMEOUT,
    Keys,
    resolve_redis_url,
)
from orbiter.distributed.observe import submit_span
from orbiter.distributed.payload import encode_payload, sign, signing_key_from
from orbiter.distributed.policy import Policy, gated_task_id, hold_call, policy_for
from orbiter.distributed.queue import resent, submit_call
from orbiter.distributed.records import pending_record
from orbiter.distributed.settings import read
from orbiter.distributed.submission import (
    NO_TARGET,
    CheckedTask,
    Submitter,
    check_task,
    due_time,
)
from orbiter.distributed.targets import target_json
from orbiter.distributed.thread_runs import check_thread, settle, thread_submit_call
from orbiter.errors import ConfigurationError, OrbiterError
from orbiter.messages import Message, UserInput
from orbiter.retry import RetryPolicy
from orbiter.swarm import Swarm
from orbiter.threads import OnBusy

__all__ = ["RedisSubmitter", "TaskHandle", "distributed"]


async def distributed(
    agent: Agent | Swarm | str,
    input: UserInput | None = None,
    *,
    messages: Sequence[Message | Mapping[str, Any]] | None = None,
    detailed: bool = False,
    redis_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (the task's run time, not this call's)
    metadata: Mapping[str, Any] | None = None,
    queue: str | None = None,
    signing_key: str | bytes | None = None,
    key_prefix: str | None = None,
    executor: str | None = None,
    retry: RetryPolicy | None = None,
    delay: float | None = None,
    at: datetime | None = None,
    approval_ttl: float | None = None,
    thread_id: str | None = None,
    on_busy: OnBusy = "reject",
    priority: str | int | None = None,
    tenant: str | None = None,
) -> TaskHandle:
    """Put a run of ``agent`` (an Agent or a Swarm) on the queue and return its handle.

    Args:
        agent: the Agent or Swarm, sent as its description; or the name of a target the
            workers were started with (``--targets``), sent as that name alone.
        messages: earlier conversation; ``input`` is appended as the next user message.
        detailed: also produce ``step``, ``status``, ``usage``... events, as in ``run.stream``.
        redis_url: defaults to ``ORBITER_REDIS_URL``.
        timeout: seconds the run may take on a worker before it fails with a timeout.
        metadata: JSON data stored with the task (shown by ``status()``).
        queue: the queue to use (``ORBITER_QUEUE``, default ``"default"``).
        signing_key: sign the task so workers with the same key accept it
            (``ORBITER_SIGNING_KEY`` when not given).
        executor: ``"redis"`` (default) or ``"temporal"``, a durable run that resumes after a
            worker crash (``ORBITER_EXECUTOR`` when not given; see docs/temporal.md).
        retry: try the run again after a transient failure (an :class:`orbiter.RetryPolicy`;
            default: the Agent's ``retry``). See docs/retries.md.
        delay: run no sooner than this many seconds from now (SCHEDULED until then).
        at: run no sooner than this timezone-aware datetime (a naive one is refused).
        approval_ttl: seconds each pause for approval may wait for a person's decision before
            the run fails (default: the worker's ``ORBITER_APPROVAL_TTL``; docs/threads.md).
        thread_id: run on this thread: the worker starts from its transcript and, when the
            run ends, appends the run's new messages (see docs/threads.md).
        on_busy: when another task holds the thread: ``"reject"`` (this call raises
            ThreadBusyError), ``"enqueue"`` (run after it), ``"interrupt"`` (stop it, keeping
            its messages so far) or ``"rollback"`` (cancel it, dropping its messages).
        priority: ``"low"``, ``"normal"`` or ``"high"`` (or 0, 1, 2): higher runs first on
            its queue, lower levels keep a share (see docs/policies.md).
        tenant: who the run is for (a user or customer id; else ``metadata["tenant"]``):
            tenants share the queue fairly, each under the queue's tenant cap.

    Raises:
        SerializationError: the agent (or messages, metadata) cannot travel as JSON.
    """
    spec = target_json(agent)
    retry = _policy(agent, retry)
    run_at = due_time(delay, at)
    if thread_id is not None:
        check_thread(thread_id, on_busy, run_at)
    if read("executor", executor or None) == "temporal":
        _refuse_redis_only(thread_id, retry, run_at, priority, tenant)
        # Checked as a worker will decode it, whichever executor runs it.
        task = check_task(
            spec, NO_TARGET, input, messages, detailed, timeout, metadata, approval_ttl=approval_ttl
        )
        from orbiter.distributed.temporal.client import TemporalSubmitter

        submitter: Submitter = TemporalSubmitter(redis_url, key_prefix=key_prefix)
    else:
        target = msgspec.Raw(_json.encode(spec))
        task = check_task(
            spec, target, input, messages, detailed, timeout, metadata,
            retry=retry, run_at=run_at, approval_ttl=approval_ttl, thread_id=thread_id,
        )  # fmt: skip
        policy = policy_for(priority, tenant, metadata, run_at, thread_id)
        submitter = RedisSubmitter(redis_url, queue, signing_key, key_prefix, on_busy, policy)
    [handle] = await submitter.submit([task])
    return handle


async def _many(
    agent: Agent | Swarm | str,
    inputs: Sequence[UserInput],
    *,
    messages: Sequence[Message | Mapping[str, Any]] | None = None,
    detailed: bool = False,
    redis_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (the tasks' run time, not this call's)
    metadata: Mapping[str, Any] | None = None,
    queue: str | None = None,
    signing_key: str | bytes | None = None,
    key_prefix: str | None = None,
    retry: RetryPolicy | None = None,
    delay: float | None = None,
    at: datetime | None = None,
    thread_id: str | None = None,
    on_busy: OnBusy = "reject",
    priority: str | int | None = None,
    tenant: str | None = None,
) -> list[TaskHandle]:
    """Put one run of ``agent`` per item of ``inputs`` on the queue; their handles, in order.

    Every item is checked before any task is written, so a bad one fails the whole call with
    an error naming its index and nothing queued. The tasks are written in pipelined batches
    (a few round trips for thousands of tasks). The other arguments apply to every task, as
    in :func:`distributed`; the Redis executor only. On a thread, several inputs run one after
    the other, in order, and need ``on_busy="enqueue"``.
    """
    if isinstance(inputs, str | bytes) or not isinstance(inputs, Sequence):
        raise ConfigurationError(
            "distributed.many() takes a list of inputs, one per task, e.g. "
            f"distributed.many(agent, ['first', 'second']); got {type(inputs).__name__}"
        )
    retry = _policy(agent, retry)
    run_at = due_time(delay, at)
    if thread_id is not None:
        check_thread(thread_id, on_busy, run_at)
        if len(inputs) > 1 and on_busy != "enqueue":
            raise ConfigurationError(
                f"{len(inputs)} inputs on thread {thread_id!r} with on_busy={on_busy!r} would "
                "stop or refuse one another: pass on_busy='enqueue' to run them in order"
            )
    spec = target_json(agent)
    target = msgspec.Raw(_json.encode(spec))
    policy = policy_for(priority, tenant, metadata, run_at, thread_id)
    submitter = RedisSubmitter(redis_url, queue, signing_key, key_prefix, on_busy, policy)
    tasks: list[CheckedTask] = []
    for i, item in enumerate(inputs):
        try:
            checked = check_task(
                spec,
                target,
                item,
                messages,
                detailed,
                timeout,
                metadata,
                retry=retry,
                run_at=run_at,
                thread_id=thread_id,
            )
            tasks.append(checked)
        except OrbiterError as exc:
            exc.args = (f"inputs[{i}]: {exc}", *exc.args[1:])
            raise
    return await submitter.submit(tasks)


distributed.many = _many  # type: ignore[attr-defined]
_json = msgspec.json.Encoder()


def _policy(agent: Agent | Swarm | str, retry: RetryPolicy | None) -> RetryPolicy | None:
    """The retry policy of a submit: the one given, else the Agent's own."""
    if retry is not None or not isinstance(agent, Agent):
        return retry
    return agent.retry


def _refuse_redis_only(
    thread_id: str | None,
    retry: RetryPolicy | None,
    run_at: float | None,
    priority: str | int | None,
    tenant: str | None,
) -> None:
    """Refuse, for a Temporal run, the options only the Redis queue serves."""
    if thread_id is not None:
        raise ConfigurationError(
            "thread_id= works with the Redis executor only; leave out executor='temporal' "
            "(or ORBITER_EXECUTOR) for runs on a thread"
        )
    if retry is not None or run_at is not None:
        raise ConfigurationError(
            "retry=, delay= and at= (and an Agent's retry policy) are for the Redis queue; "
            "a Temporal run retries its steps itself (see docs/temporal.md). Leave them "
            "out, or use executor='redis'"
        )
    if priority is not None or tenant is not None:
        raise ConfigurationError(
            "priority and tenant apply to the Redis queue; leave them out for a Temporal run"
        )


class RedisSubmitter:
    """Submits to a Redis queue: one script call per task, sent in pipelined batches.

    Every argument left as None is read from the environment (see docs/configuration.md).
    """

    def __init__(
        self,
        redis_url: str | None = None,
        queue: str | None = None,
        signing_key: object = None,
        key_prefix: str | None = None,
        on_busy: str = "reject",
        policy: Policy | None = None,
    ) -> None:
        if signing_key is not None and (
            not isinstance(signing_key, str | bytes) or not signing_key
        ):
            raise ConfigurationError(
                "signing_key must be a non-empty str or bytes (the secret your workers use), "
                f"got {signing_key!r}; leave it out to use ORBITER_SIGNING_KEY"
            )
        self.redis_url = redis_url
        self.keys = Keys.from_env(key_prefix, redis_url or read("redis_url"))
        self.queue: str = read("queue", queue or None)
        self.signing_key = signing_key_from(signing_key)
        self.on_busy = on_busy
        self.policy = policy

    async def submit(self, tasks: Sequence[CheckedTask]) -> list[TaskHandle]:
        sends = [
            _Submission(task, self.keys, self.queue, self.signing_key, self.on_busy, self.policy)
            for task in tasks
        ]
        shared = acquire(resolve_redis_url(self.redis_url))

        async def send_all() -> list[Any]:
            if len(sends) == 1:
                return [await sends[0].send(shared)]
            return await _send_together(sends, shared)

        try:
            verdicts = await with_retry(send_all, shared)
            for send, verdict in zip(sends, verdicts, strict=True):
                thread_id = send.thread_id
                if thread_id is not None:
                    await settle(shared.redis, self.keys, thread_id, self.on_busy, verdict)
        except BaseException as exc:
            for send in sends:
                send.ended(exc)
            await release(shared)
            raise
        handles = [TaskHandle(s.task_id, shared=shared, keys=self.keys) for s in sends[:1]]
        for send in sends[1:]:
            handles.append(TaskHandle(send.task_id, shared=acquire(shared.url), keys=self.keys))
        for send in sends:
            send.ended()
        if not sends:
            await release(shared)
        return handles


class _Submission:
    """One checked task on its way into the queue (the submit script's arguments)."""

    __slots__ = ("call", "span", "task_id", "thread_id")

    def __init__(
        self,
        task: CheckedTask,
        keys: Keys,
        queue: str,
        key: bytes | None,
        on_busy: str,
        policy: Policy | None,
    ) -> None:
        self.thread_id = thread_id = task.payload.thread
        task_id = task.task_id
        if thread_id is not None:
            # Its keys beside the thread's, in one slot, for the scripts that take both.
            task_id = keys.pin(task_id, keys.shard(thread_id))
        elif policy is not None:
            task_id = gated_task_id(keys, queue, task_id)
        self.task_id = task_id
        self.span = submit_span(queue, task_id, task.spec["name"])
        body = task.body
        if self.span is not None:
            # The trace context travels in the payload: one trace from here to the worker.
            body = encode_payload(msgspec.structs.replace(task.payload, trace=self.span.carrier))
        now = time.time()
        # Due already (delay=0, at= in the past): queued at once, like any other task.
        run_at = task.run_at if task.run_at is not None and task.run_at > now else None
        record = pending_record(
            queue=queue,
            name=task.spec["name"],
            kind=task.spec["type"],
            created_at=now,
            timeout=task.payload.timeout,
            metadata=task.metadata_json,
            run_at=run_at,
        )
        signature = sign(key, task_id, body)
        if thread_id is not None:
            self.call = thread_submit_call(
                keys, queue, task_id, now, body, signature, record, thread_id, on_busy
            )
        elif policy is not None:
            self.call = hold_call(keys, queue, task_id, now, body, signature, record, policy)
        else:
            self.call = submit_call(keys, queue, task_id, now, body, signature, record, run_at)

    def command(self, shared: Shared) -> tuple[Any, ...]:
        """The script call to send now; a later try sends :func:`resent` of it."""
        script, keys, args = self.call
        self.call = resent(self.call)  # a retry cannot know whether this try got through
        return ("EVALSHA", script.sha_for(shared.redis), len(keys), *keys, *args)

    async def send(self, shared: Shared) -> Any:
        script = self.call[0]
        command = self.command(shared)
        try:
            return await shared.batcher.send(*command, replicated=True)
        except NoScriptError:
            # A restarted or newly promoted primary has no scripts loaded yet.
            await load(shared.redis, script.together)
            return await shared.batcher.send(*command, replicated=True)

    def ended(self, exc: BaseException | None = None) -> None:
        if self.span is not None:
            self.span.end(exc)


async def _send_together(sends: Sequence[_Submission], shared: Shared) -> list[Any]:
    """Send many submits into the connection's pipelined batches at once, with no task each.

    Raises the first error, once every call has its reply; calls that found their script
    missing (a restarted server) are sent again after loading it.
    """
    calls = [s.call for s in sends]
    commands = [s.command(shared) for s in sends]
    call = shared.batcher.call
    replies = await asyncio.gather(
        *(call(*c, replicated=True) for c in commands), return_exceptions=True
    )
    missing = await load_missing(shared.redis, calls, replies)
    if missing:
        again = await asyncio.gather(
            *(call(*commands[i], replicated=True) for i in missing), return_exceptions=True
        )
        for i, reply in zip(missing, again, strict=True):
            replies[i] = reply
    for reply in replies:
        if isinstance(reply, BaseException):
            raise reply
    return replies
