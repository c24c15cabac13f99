"""Durable runs on Temporal: a run continues from its last finished step after a crash.

Needs the ``temporal`` extra (``pip install 'orbiter-distributed[temporal]'``). Submit with
:func:`submit` (or ``distributed(..., executor="temporal")``), run :class:`TemporalWorker`
(``orbiter start worker --executor temporal``); the returned ``TaskHandle`` works as for any
other task.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from orbiter.distributed.errors import TemporalUnavailableError
from orbiter.distributed.temporal.settings import (
    ENV_ADDRESS,
    ENV_NAMESPACE,
    ENV_TASK_QUEUE,
    TemporalSettings,
    require_temporalio,
)

if TYPE_CHECKING:
    from orbiter.distributed.temporal.client import submit
    from orbiter.distributed.temporal.worker import TemporalWorker
    from orbiter.distributed.temporal.workflow import RunOptions

__all__ = [
    "ENV_ADDRESS",
    "ENV_NAMESPACE",
    "ENV_TASK_QUEUE",
    "RunOptions",
    "TemporalSettings",
    "TemporalUnavailableError",
    "TemporalWorker",
    "submit",
]

_LAZY = {
    "submit": "orbiter.distributed.temporal.client",
    "TemporalWorker": "orbiter.distributed.temporal.worker",
    "RunOptions": "orbiter.distributed.temporal.workflow",
}


def __getattr__(name: str) -> Any:
    # temporalio is imported only when something that needs it is asked for.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    require_temporalio()
    import importlib

    return getattr(importlib.import_module(module), name)
