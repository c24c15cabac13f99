"""The client side: ``distributed()`` submits a run, a :class:`TaskHandle` follows it."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import msgspec
from redis.exceptions import AuthenticationError, NoScriptError

from orbiter.agent import Agent
from orbiter.distributed import _scripts
from orbiter.distributed._conn import (
    FIRST_CONNECT_TRIES,
    TRANSIENT,
    Backoff,
    Shared,
    acquire,
    release,
)
from orbiter.distributed.errors import (
    RedisUnavailableError,
    TaskCancelledError,
    TaskFailedError,
    TaskNotFoundError,
    TaskTimeoutError,
)
from orbiter.distributed.events import Follower, Marker, decode_marker, follow
from orbiter.distributed.keys import (
    DEFAULT_INDEX_MAX,
    DEFAULT_PENDING_TTL,
    DEFAULT_QUEUE,
    DEFAULT_TIMEOUT,
    ENV_QUEUE,
    TERMINAL,
    Keys,
    events_maxlen_from_env,
    resolve_redis_url,
    retention_from_env,
)
from orbiter.distributed.payload import Payload, encode_payload, sign, signing_key_from
from orbiter.distributed.records import RECORD_FIELDS, TaskRecord, record_from_values
from orbiter.distributed.targets import target_json
from orbiter.errors import ConfigurationError, SerializationError
from orbiter.events import StreamEvent
from orbiter.messages import Message
from orbiter.swarm import Swarm

_json = msgspec.json.Encoder()


def _messages_json(messages: Sequence[Message | Mapping[str, Any]] | None) -> msgspec.Raw:
    if messages is None:
        return msgspec.Raw(b"null")
    try:
        checked = [
            m if isinstance(m, msgspec.Struct) else msgspec.convert(m, Message) for m in messages
        ]
        return msgspec.Raw(_json.encode(checked))
    except (TypeError, msgspec.EncodeError, msgspec.ValidationError) as exc:
        raise SerializationError(f"messages cannot be sent to a worker as JSON: {exc}") from None


async def distributed(
    agent: Agent | Swarm | str,
    input: str | None = None,
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
    target = target_json(agent)
    if input is None and not messages:
        raise ConfigurationError("nothing to run: pass an input string or messages")
    if input is not None and not isinstance(input, str):
        raise ConfigurationError(f"input must be a string, got {type(input).__name__}")
    if not timeout or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {timeout!r}")
    if _executor(executor) == "temporal":
        from orbiter.distributed.temporal.client import submit

        return await submit(
            agent,
            input,
            messages=messages,
            detailed=detailed,
            redis_url=redis_url,
            timeout=timeout,
            metadata=metadata,
            key_prefix=key_prefix,
        )
    url = resolve_redis_url(redis_url)
    try:
        meta = dict(metadata or {})
        meta_json = _json.encode(meta)
    except (TypeError, msgspec.EncodeError) as exc:
        raise SerializationError(f"metadata must be JSON data: {exc}") from None
    payload = Payload(
        target=msgspec.Raw(_json.encode(target)),
        input=input,
        messages=_messages_json(messages),
        detailed=detailed,
        timeout=float(timeout),
        metadata=meta,
    )
    body = encode_payload(payload)
    task_id = uuid.uuid4().hex
    keys = Keys.from_env(key_prefix)
    queue_name = queue or _default_queue()
    now = time.time()
    fields: list[Any] = [
        "status", "PENDING", "queue", queue_name, "name", target["name"],
        "kind", target["type"], "attempt", 0,
        "created_at", repr(now), "timeout", repr(float(timeout)), "metadata", meta_json,
    ]  # fmt: skip
    shared = acquire(url)
    try:
        script = _scripts.submit_script
        submit_keys = [keys.task(task_id), keys.queue(queue_name), keys.index]
        submit_args = [
            task_id,
            int(now * 1000),
            body,
            sign(signing_key_from(signing_key), task_id, body),
            DEFAULT_PENDING_TTL,
            DEFAULT_INDEX_MAX,
            *fields,
        ]
        await _with_retry(lambda: _batched_script(shared, script, submit_keys, submit_args), shared)
    except BaseException:
        await release(shared)
        raise
    return TaskHandle(task_id, shared=shared, keys=keys)


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
            return await fn()
        except (AuthenticationError, RedisUnavailableError):
            raise  # a wrong password or database stays wrong
        except TRANSIENT as exc:
            shared.check_giving_up(backoff, exc)
            if backoff.tries >= FIRST_CONNECT_TRIES - 1:
                raise
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
        try:
            async with asyncio.timeout(timeout):
                marker = await self._wait_marker()
        except TimeoutError:
            raise TimeoutError(
                f"task {self.task_id} did not finish within {timeout}s; it keeps going: "
                "call result() again, or cancel() it"
            ) from None
        return self._outcome(marker)

    async def _wait_marker(self) -> Marker:
        shared = self._conn
        inbox: list[bytes | None] = []
        wake = asyncio.Event()

        def on_message(data: bytes | None) -> None:
            if data is None or data[data.rfind(b"\n") + 1 :][:1] == b"x":
                inbox.append(data)
                wake.set()

        channel = self._keys.live(self.task_id)
        backoff = Backoff()
        # Look for the marker while the subscription is on its way, then once more after it
        # is confirmed (a marker stored in between was published before we listened).
        confirmed = shared.listener.subscribe_nowait(channel, on_message)
        checks = 0
        try:
            while True:
                try:
                    marker = await self._check_finished(shared)
                    if marker is not None:
                        return marker
                    backoff.reset()
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
                await wake.wait()
                wake.clear()
                while inbox:
                    data = inbox.pop()
                    if data is not None:
                        return decode_marker(data[data.rfind(b"\n") + 2 :])
                    inbox.clear()
        finally:
            shared.listener.unsubscribe(channel, on_message)
            if not confirmed.done():
                confirmed.cancel()

    async def _check_finished(self, shared: Shared) -> Marker | None:
        call = shared.batcher.call
        last, (status, error, error_type, result) = await asyncio.gather(
            call("XREVRANGE", self._keys.events(self.task_id), "+", "-", "COUNT", 1),
            call("HMGET", self._keys.task(self.task_id), "status", "error", "error_type", "result"),
        )
        if last and b"end" in last[0][1]:
            return decode_marker(last[0][1][b"end"])
        if status is None:
            raise TaskNotFoundError(
                f"no task {self.task_id!r}: it was never submitted, or it finished longer ago "
                "than the event retention"
            )
        if status.decode() in TERMINAL:
            return Marker(
                status=status.decode(),
                error=error.decode() if error else None,
                error_type=error_type.decode() if error_type else None,
                result=msgspec.json.decode(result) if result else None,
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
        return record_from_values(self.task_id, values)

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
            return await handle._wait_marker()
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
