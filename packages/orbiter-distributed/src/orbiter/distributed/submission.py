"""What a task is checked for before any executor takes it, and the interface executors share.

``distributed()`` checks each run once, here, exactly as a worker will decode it; then hands
the checked tasks to the :class:`Submitter` of the chosen executor (the Redis queue, or
Temporal), which writes them and returns their handles.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

import msgspec

from orbiter.distributed.payload import Payload, checked_payload
from orbiter.errors import ConfigurationError, SerializationError
from orbiter.messages import Message, UserInput, check_inline_images, user_message
from orbiter.retry import RetryPolicy, check_retry

if TYPE_CHECKING:
    from orbiter.distributed.handle import TaskHandle

NO_TARGET = msgspec.Raw(b"null")
"""The payload's target when the executor carries the target itself (Temporal)."""
_json = msgspec.json.Encoder()


@dataclass(frozen=True, slots=True)
class CheckedTask:
    """One run, checked: its target's description and its payload as bytes and as decoded."""

    spec: dict[str, Any]
    body: bytes
    payload: Payload
    task_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    run_at: float | None = None
    """When a delayed task is due (Unix time); None: at once."""

    @property
    def messages(self) -> list[Any] | None:
        """The messages as plain JSON data (None when there are none)."""
        return msgspec.json.decode(bytes(self.payload.messages))

    @property
    def metadata_json(self) -> bytes:
        return _json.encode(self.payload.metadata)


class Submitter(Protocol):
    """How one executor takes checked tasks: writes them all, or none, and returns handles."""

    async def submit(self, tasks: Sequence[CheckedTask]) -> list[TaskHandle]: ...


def check_task(
    spec: dict[str, Any],
    target: msgspec.Raw,
    input: UserInput | None,
    messages: Sequence[Message | Mapping[str, Any]] | None,
    detailed: bool,
    timeout: float,
    metadata: Mapping[str, Any] | None,
    retry: RetryPolicy | None = None,
    run_at: float | None = None,
    approval_ttl: float | None = None,
    thread_id: str | None = None,
) -> CheckedTask:
    """Check one run as a worker will decode it; ConfigurationError or SerializationError.

    Text with images travels as the last message (images are capped in size there).
    """
    check_retry(retry, "retry=")
    if input is None and not messages:
        raise ConfigurationError("nothing to run: pass an input string or messages")
    if input is not None and not isinstance(input, str):
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
            retry=retry,
            approval_ttl=approval_ttl,
            thread=thread_id,
        )
    )
    return CheckedTask(spec, body, seen, run_at=run_at)


def due_time(delay: float | None, at: datetime | None) -> float | None:
    """When a task given ``delay=`` (seconds from now) or ``at=`` should run, as Unix time;
    None when neither is given. A ConfigurationError for anything else."""
    if delay is not None and at is not None:
        raise ConfigurationError("give delay= or at=, not both")
    if delay is not None:
        if (
            isinstance(delay, bool)
            or not isinstance(delay, int | float)
            or not math.isfinite(delay)
            or delay < 0
        ):
            raise ConfigurationError(f"delay must be a number of seconds, 0 or more, got {delay!r}")
        return time.time() + delay
    if at is None:
        return None
    if not isinstance(at, datetime):
        raise ConfigurationError(
            f"at= takes a timezone-aware datetime, e.g. datetime.now(UTC) + timedelta(hours=1); "
            f"got {at!r}"
        )
    if at.tzinfo is None or at.utcoffset() is None:
        raise ConfigurationError(
            f"at={at.isoformat()} has no timezone, so it could mean a different moment on the "
            "client and on the workers; give one, e.g. at.replace(tzinfo=UTC) or "
            "datetime(..., tzinfo=ZoneInfo('Europe/Paris'))"
        )
    return at.timestamp()


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


def _metadata(metadata: Mapping[str, Any] | None) -> dict[str, Any]:
    if metadata is None:
        return {}
    if not isinstance(metadata, Mapping):
        raise ConfigurationError(
            f"metadata must be a mapping of JSON data, like {{'user': 'ana'}}, got "
            f"{type(metadata).__name__}"
        )
    return dict(metadata)
