"""The client side: ``distributed()`` submits a run, a :class:`TaskHandle` follows it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import msgspec
from redis.exceptions import AuthenticationError, NoScriptError

from orbiter.agent import Agent
from orbiter.distributed import _scripts
from orbiter.distributed._shared import FIRST_CONNECT_TRIES, Shared, acquire, check_loop, release
from orbiter.distributed.connection import TRANSIENT, Backoff
from orbiter.distributed.errors import (
    RedisUnavailableError,
    TaskCancelledError,
    TaskFailedError,
    TaskTimeoutError,
)
from orbiter.distributed.events import (
    RECHECK_SECONDS,
    Follower,
    Marker,
    decode_marker,
    follow,
    not_found,
)
from orbiter.distributed.keys import (
    DEFAULT_INDEX_MAX,
    DEFAULT_PENDING_TTL,
    DEFAULT_QUEUE,
    DEFAULT_TIMEOUT,
    ENV_QUEUE,
    TERMINAL,
    Keys,
    check_queue_name,
    events_maxlen_from_env,
    resolve_redis_url,
    retention_from_env,
)
from orbiter.distributed.observe import submit_span
from orbiter.distributed.outage import unreachable
from orbiter.distributed.payload import (
    Payload,
    checked_payload,
    encode_payload,
    sign,
    signing_key_from,
)
from orbiter.distributed.records import RECORD_FIELDS, TaskRecord, record_from_values
from orbiter.distributed.targets import target_json
from orbiter.errors import ConfigurationError, OrbiterError, SerializationError
from orbiter.events import StreamEvent
from orbiter.messages import Message, UserInput, check_inline_images, user_message
from orbiter.swarm import Swarm

_json = msgspec.json.Encoder()
CONFIRM_WAIT = 1.0
"""Seconds result() waits for its subscription before it reads the task's outcome."""

log = logging.getLogger("orbiter.distributed")


def _messages_json(messages: Sequence[Message | Mapping[str, Any]] | None) -> msgspec.Raw:
    if messages is None:
        return msgspec.Raw(b"null")
    try:
        checked: list[Message] = [
            m if isinstance(m, msgspec.Struct) else msgspec.convert(m, Message) for m in messages
        ]
        check_inline_images(checked)
        return msgspec.Raw(_json.encode(checked))
    except (TypeError, msgspec.EncodeError, msgspec.ValidationError) as exc:
        raise SerializationError(f"messages cannot be sent to a worker as JSON: {exc}") from None


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

    Raises:
        SerializationError: the agent (or messages, metadata) cannot travel as JSON.
    """
    spec = target_json(agent)
    temporal = _executor(executor) == "temporal"
    # Checked as a worker will decode it, whichever executor runs it.
    target = msgspec.Raw(b"null" if temporal else _json.encode(spec))
    body, seen, messages = _checked(target, input, messages, detailed, timeout, metadata)
    if temporal:
        from orbiter.distributed.temporal.client import submit

        return await submit(
            agent,
            seen.input,
            messages=messages,
            detailed=seen.detailed,
            redis_url=redis_url,
            timeout=seen.timeout,
            metadata=metadata,
            key_prefix=key_prefix,
        )
    url = resolve_redis_url(redis_url)
    keys = Keys.from_env(key_prefix)
    queue_name = check_queue_name(queue) if queue else _default_queue()
    task = _Submission(spec, body, seen, keys, queue_name, _signing_key(signing_key))
    shared = acquire(url)
    try:
        await _with_retry(lambda: task.send(shared), shared)
    except BaseException as exc:
        task.ended(exc)
        await release(shared)
        raise
    task.ended()
    return TaskHandle(task.task_id, shared=shared, keys=keys)


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
) -> list[TaskHandle]:
    """Put one run of ``agent`` per item of ``inputs`` on the queue; their handles, in order.

    Every item is checked before any task is written, so a bad one fails the whole call with
    an error naming its index and nothing queued. The tasks are written in pipelined batches
    (a few round trips for thousands of tasks). The other arguments apply to every task, as
    in :func:`distributed`; the Redis executor only.
    """
    if isinstance(inputs, str | bytes) or not isinstance(inputs, Sequence):
        raise ConfigurationError(
            "distributed.many() takes a list of inputs, one per task, e.g. "
            f"distributed.many(agent, ['first', 'second']); got {type(inputs).__name__}"
        )
    spec = target_json(agent)
    target = msgspec.Raw(_json.encode(spec))
    keys = Keys.from_env(key_prefix)
    queue_name = check_queue_name(queue) if queue else _default_queue()
    key = _signing_key(signing_key)
    tasks: list[_Submission] = []
    for i, item in enumerate(inputs):
        try:
            body, seen, _ = _checked(target, item, messages, detailed, timeout, metadata)
        except OrbiterError as exc:
            exc.args = (f"inputs[{i}]: {exc}", *exc.args[1:])
            raise
        tasks.append(_Submission(spec, body, seen, keys, queue_name, key))
    shared = acquire(resolve_redis_url(redis_url))
    try:
        # Sent together, the calls share the connection's pipelined batches.
        await _with_retry(lambda: asyncio.gather(*(t.send(shared) for t in tasks)), shared)
    except BaseException as exc:
        for task in tasks:
            task.ended(exc)
        await release(shared)
        raise
    handles = [TaskHandle(tasks[0].task_id, shared=shared, keys=keys)] if tasks else []
    for task in tasks[1:]:
        handles.append(TaskHandle(task.task_id, shared=acquire(shared.url), keys=keys))
    for task in tasks:
        task.ended()
    if not tasks:
        await release(shared)
    return handles


distributed.many = _many  # type: ignore[attr-defined]


def _checked(
    target: msgspec.Raw,
    input: UserInput | None,
    messages: Sequence[Message | Mapping[str, Any]] | None,
    detailed: bool,
    timeout: float,
    metadata: Mapping[str, Any] | None,
) -> tuple[bytes, Payload, Sequence[Message | Mapping[str, Any]] | None]:
    """The payload of one task as bytes and as a worker will decode it, and its messages."""
    if input is None and not messages:
        raise ConfigurationError("nothing to run: pass an input string or messages")
    if input is not None and not isinstance(input, str):
        # Text with images travels as the last message; images are capped in size there.
        messages = [*(messages or ()), user_message(input)]
        input = None
    body, seen = checked_payload(
        Payload(
            target=target,
            input=input,
            messages=_messages_json(messages),
            detailed=detailed,
            timeout=timeout,
            metadata=_metadata(metadata),
        )
    )
    return body, seen, messages


class _Submission:
    """One checked task on its way into the queue (the submit script's arguments)."""

    __slots__ = ("args", "keys", "span", "task_id")

    def __init__(
        self,
        spec: dict[str, Any],
        body: bytes,
        seen: Payload,
        keys: Keys,
        queue_name: str,
        key: bytes | None,
    ) -> None:
        self.task_id = task_id = uuid.uuid4().hex
        self.span = submit_span(queue_name, task_id, spec["name"])
        if self.span is not None:
            # The trace context travels in the payload: one trace from here to the worker.
            body = encode_payload(msgspec.structs.replace(seen, trace=self.span.carrier))
        now = time.time()
        self.keys = [keys.task(task_id), keys.queue(queue_name), keys.index]
        self.args: list[Any] = [
            task_id, int(now * 1000), body, sign(key, task_id, body),
            DEFAULT_PENDING_TTL, DEFAULT_INDEX_MAX,
            "status", "PENDING", "queue", queue_name, "name", spec["name"],
            "kind", spec["type"], "attempt", 0, "created_at", repr(now),
            "timeout", repr(seen.timeout), "metadata", _json.encode(seen.metadata),
        ]  # fmt: skip

    def send(self, shared: Shared) -> Any:
        return _batched_script(shared, _scripts.submit_script, self.keys, self.args)

    def ended(self, exc: BaseException | None = None) -> None:
        if self.span is not None:
            self.span.end(exc)


def _metadata(metadata: Mapping[str, Any] | None) -> dict[str, Any]:
    if metadata is None:
        return {}
    if not isinstance(metadata, Mapping):
        raise ConfigurationError(
            f"metadata must be a mapping of JSON data, like {{'user': 'ana'}}, got "
            f"{type(metadata).__name__}"
        )
    return dict(metadata)


def _signing_key(value: object) -> bytes | None:
    if value is not None and (not isinstance(value, str | bytes) or not value):
        raise ConfigurationError(
            f"signing_key must be a non-empty str or bytes (the secret your workers use), got "
            f"{value!r}; leave it out to use ORBITER_SIGNING_KEY"
        )
    return signing_key_from(value)


def _executor(value: str | None) -> str:
    import os

    chosen = (value or os.environ.get("ORBITER_EXECUTOR") or "redis").strip().lower()
    if chosen not in ("redis", "temporal"):
        raise ConfigurationError(f"executor must be 'redis' or 'temporal', got {chosen!r}")
    return chosen


async def _batched_script(
    shared: Shared, script: _scripts.Script, keys: list[str], args: list[Any]
) -> Any:
    try:
        return await shared.batcher.call("EVALSHA", script.sha, len(keys), *keys, *args)
    except NoScriptError:
        return await script(shared.redis, keys, args)


def _default_queue() -> str:
    import os

    return os.environ.get(ENV_QUEUE) or DEFAULT_QUEUE


async def _with_retry(fn: Any, shared: Shared) -> Any:
    backoff = Backoff()
    while True:
        try:
            result = await fn()
            shared.failing = None
            return result
        except (AuthenticationError, RedisUnavailableError):
            raise  # a wrong password or database stays wrong
        except TRANSIENT as exc:
            shared.check_giving_up(backoff, exc)
            if backoff.tries >= FIRST_CONNECT_TRIES - 1:
                raise unreachable(shared.url, exc, was_up=True) from exc
            await backoff.wait()


class TaskHandle:
    """A submitted task: wait for its result, stream its events, check or cancel it.

    Get one from :func:`distributed`, or for an existing task id with :meth:`attach`.
    """

    def __init__(self, task_id: str, *, shared: Shared, keys: Keys) -> None:
        self.task_id = task_id
        self._shared: Shared | None = shared
        self._keys = keys

    @classmethod
    def attach(
        cls, task_id: str, *, redis_url: str | None = None, key_prefix: str | None = None
    ) -> TaskHandle:
        """A handle for a task submitted elsewhere (call from inside the event loop)."""
        return cls(
            task_id, shared=acquire(resolve_redis_url(redis_url)), keys=Keys.from_env(key_prefix)
        )

    def __repr__(self) -> str:
        return f"TaskHandle(task_id={self.task_id!r})"

    @property
    def _conn(self) -> Shared:
        if self._shared is None:
            raise RuntimeError(f"the handle of task {self.task_id} is closed")
        check_loop(
            self._shared,
            f"the handle of task {self.task_id}",
            f"get a handle in this loop with TaskHandle.attach({self.task_id!r}, redis_url=...)",
        )
        return self._shared

    async def result(self, timeout: float | None = None) -> dict[str, Any]:  # noqa: ASYNC109
        """Wait for the task to finish and return its result as a dict.

        The dict has ``output``, ``usage``, ``steps``, ``agent_name`` and
        ``structured_output``.

        Args:
            timeout: seconds to wait at most; ``TimeoutError`` after that (the task goes on).

        Raises:
            TaskFailedError: the task failed (a ``RuntimeError``: ``Task <id> failed: <error>``).
            TaskTimeoutError: the task ran past its own timeout on the worker.
            TaskCancelledError: the task was cancelled.
            TaskNotFoundError: no such task (or it expired).
        """
        shared = self._conn
        try:
            async with asyncio.timeout(timeout):
                marker = await self._wait_marker(shared)
        except TimeoutError:
            down = shared.outage()
            if down is not None:
                raise down from down.__cause__
            raise TimeoutError(
                f"task {self.task_id} did not finish within {timeout}s; it keeps going: "
                "call result() again, or cancel() it"
            ) from None
        return self._outcome(marker)

    async def _wait_marker(self, shared: Shared) -> Marker:
        inbox: list[bytes | None] = []
        wake = asyncio.Event()

        def on_message(data: bytes | None) -> None:
            if data is None or data[data.rfind(b"\n") + 1 :][:1] == b"x":
                inbox.append(data)
                wake.set()

        channel = self._keys.live(self.task_id)
        backoff = Backoff()
        # Listen first, then look once for an outcome already stored: one read, and a marker
        # stored after it is heard. A subscription slow to be confirmed (Redis away) is not
        # waited for: then the outcome is looked for while it is on its way, and once more.
        confirmed = shared.listener.subscribe_nowait(channel, on_message)
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(confirmed), CONFIRM_WAIT)
            checks = 1 if confirmed.done() else 0
            while True:
                try:
                    marker = await self._check_finished(shared)
                    if marker is not None:
                        return marker
                    backoff.reset()
                    shared.failing = None
                except RedisUnavailableError:
                    raise
                except TRANSIENT as exc:
                    shared.check_giving_up(backoff, exc)
                    await backoff.wait()
                    continue
                checks += 1
                if checks == 1:
                    await confirmed
                    continue
                # Quiet for long: look again (the task's keys may have been deleted).
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), RECHECK_SECONDS)
                wake.clear()
                while inbox:
                    data = inbox.pop()
                    inbox.clear()
                    found = None if data is None else self._marker(data[data.rfind(b"\n") + 2 :])
                    if found is not None:
                        return found
        finally:
            shared.listener.unsubscribe(channel, on_message)
            if not confirmed.done():
                confirmed.cancel()

    async def _check_finished(self, shared: Shared) -> Marker | None:
        call = shared.batcher.call
        status, error, error_type, result = await call(
            "HMGET", self._keys.task(self.task_id), "status", "error", "error_type", "result"
        )
        if status is None or (status == b"COMPLETED" and not result):
            # No record (evicted, deleted), or one without the result a worker stores with
            # the outcome: the end marker in the events may still tell.
            last = await call("XREVRANGE", self._keys.events(self.task_id), "+", "-", "COUNT", 1)
            if last and b"end" in last[0][1]:
                marker = self._marker(last[0][1][b"end"], last[0][0])
                if marker is not None:
                    return marker
            if status is None:
                raise not_found(self.task_id)
        if status.decode() in TERMINAL:
            return Marker(
                status=status.decode(),
                error=error.decode() if error else None,
                error_type=error_type.decode() if error_type else None,
                result=msgspec.json.decode(result) if result else None,
            )
        return None

    def _marker(self, payload: bytes, entry_id: bytes | None = None) -> Marker | None:
        """The decoded end marker; None (and a warning) when it cannot be decoded."""
        try:
            return decode_marker(payload)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            log.warning(
                "the end marker%s of task %s cannot be decoded (%s); using the task record",
                f" {entry_id.decode(errors='replace')}" if entry_id else "",
                self.task_id,
                exc,
            )
            return None

    def _outcome(self, marker: Marker) -> dict[str, Any]:
        if marker.status == "COMPLETED":
            return marker.result or {}
        error = marker.error or ""
        if marker.status == "CANCELLED":
            raise TaskCancelledError(self.task_id, error, marker.error_type or "")
        if marker.error_type == "TaskTimeoutError":
            raise TaskTimeoutError(self.task_id, error, marker.error_type)
        raise TaskFailedError(self.task_id, error or "unknown error", marker.error_type or "")

    def stream(self, *, after: str | None = None) -> AsyncIterator[StreamEvent]:
        """Every event of the task, in order, exactly once, ending when the task finishes.

        Starts from the first event whenever it is called (even after the task finished);
        ``after`` resumes after an event's ``position`` instead.
        """
        return follow(self._conn, self._keys, self.task_id, after)

    def follower(self, *, after: str | None = None) -> Follower:
        """The low-level reader behind :meth:`stream` (raw entries in batches)."""
        return Follower(self._conn, self._keys, self.task_id, after)

    async def status(self) -> TaskRecord | None:
        """The task record now (None for an unknown or expired task)."""
        key = self._keys.task(self.task_id)
        shared = self._conn
        values = await _with_retry(lambda: shared.redis.hmget(key, *RECORD_FIELDS), shared)
        return record_from_values(self.task_id, values, key)

    async def cancel(self) -> bool:
        """Ask for the task to stop. True if it was pending or running and will end CANCELLED.

        A pending task never runs; a running one is interrupted on its worker. For a task that
        already finished, or an unknown one, nothing changes and this returns False.
        """
        outcome, _status = await cancel_task(self._conn, self._keys, self.task_id)
        return outcome in ("cancelled", "requested")

    async def close(self) -> None:
        """Let go of the connection (closed when no other handle uses it)."""
        if self._shared is not None:
            shared, self._shared = self._shared, None
            await release(shared)

    async def __aenter__(self) -> TaskHandle:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


async def outcome(shared: Shared, keys: Keys, task_id: str, wait: float | None) -> Marker | None:
    """How the task ended (its terminal marker), waiting up to ``wait`` seconds (None: forever).

    None when it has not ended by then. Waits on the task's live channel, not by polling.

    Raises:
        TaskNotFoundError: no such task (or it expired).
    """
    handle = TaskHandle(task_id, shared=shared, keys=keys)
    if wait is not None and wait <= 0:
        return await handle._check_finished(shared)
    try:
        async with asyncio.timeout(wait):
            return await handle._wait_marker(shared)
    except TimeoutError:
        return None


async def cancel_task(shared: Shared, keys: Keys, task_id: str) -> tuple[str, str]:
    """Cancel a task; returns (``cancelled``|``requested``|``finished``|``unknown``, status)."""
    result = await _with_retry(
        lambda: _scripts.cancel_script(
            shared.redis,
            [keys.task(task_id), keys.events(task_id)],
            [
                repr(time.time()),
                retention_from_env(),
                events_maxlen_from_env(),
                keys.live(task_id),
                keys.control,
                task_id,
            ],
        ),
        shared,
    )
    return result[0].decode(), result[1].decode()
