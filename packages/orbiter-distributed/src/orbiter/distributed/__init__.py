"""Distributed execution for Orbiter: a Redis Streams queue, workers, and replayable events.

``handle = await distributed(agent, "...")`` queues a run; a :class:`Worker` (``orbiter start
worker``) executes it; ``handle.result()``, ``handle.stream()``, ``handle.status()`` and
``handle.cancel()`` follow it from anywhere.
"""

from typing import TYPE_CHECKING, Any

from orbiter.distributed.client import distributed
from orbiter.distributed.errors import (
    RedisUnavailableError,
    RedisUrlError,
    TaskCancelledError,
    TaskFailedError,
    TaskNotFoundError,
    TaskRecordCorruptedError,
    TaskTimeoutError,
    TemporalUnavailableError,
    WrongEventLoopError,
)
from orbiter.distributed.events import EventSubscriber
from orbiter.distributed.executor import Executor, InProcessExecutor, TaskSpec
from orbiter.distributed.handle import TaskHandle
from orbiter.distributed.records import TaskRecord, TaskStatus
from orbiter.distributed.threads import RedisThreadStore

if TYPE_CHECKING:
    from orbiter.distributed.worker import Worker


def __getattr__(name: str) -> Any:
    # Imported on first use, so `python -m orbiter.distributed.worker` runs the module once.
    if name == "Worker":
        from orbiter.distributed.worker import Worker

        return Worker
    raise AttributeError(f"module 'orbiter.distributed' has no attribute {name!r}")


__all__ = [
    "EventSubscriber",
    "Executor",
    "InProcessExecutor",
    "RedisThreadStore",
    "RedisUnavailableError",
    "RedisUrlError",
    "TaskCancelledError",
    "TaskFailedError",
    "TaskHandle",
    "TaskNotFoundError",
    "TaskRecord",
    "TaskRecordCorruptedError",
    "TaskSpec",
    "TaskStatus",
    "TaskTimeoutError",
    "TemporalUnavailableError",
    "Worker",
    "WrongEventLoopError",
    "distributed",
]
