"""Talking to the Temporal server from a client: one shared connection per event loop, and the
signal that hands a paused run its decisions.

Kept apart from ``temporal.client`` (which builds task handles) so that approval can signal a
workflow without importing the handle that calls it.
"""

from __future__ import annotations

import atexit
import gc
from typing import Any

from orbiter.distributed.errors import TemporalUnavailableError
from orbiter.distributed.keys import Keys
from orbiter.distributed.temporal.records import TaskRecords
from orbiter.distributed.temporal.settings import TemporalSettings, require_temporalio
from orbiter.loops import PerLoop

require_temporalio()  # says which extra to install, rather than failing on the import below
from orbiter.distributed.temporal.workflow import DECIDE_SIGNAL  # noqa: E402

# Clients by event loop (dropped with it), then by (address, namespace). A temporalio client
# has nothing to close: its connection goes when the last reference does.
_clients: PerLoop[tuple[str, str], Any] = PerLoop()


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
    per_loop = _clients.here()
    key = (settings.address, settings.namespace)
    client = per_loop.get(key)
    if client is None:
        client = per_loop[key] = await settings.connect()
    return client


async def resume_workflow(
    redis: Any, keys: Keys, task_id: str, decisions: bytes, pending: bytes, expires_at: bytes
) -> str:
    """Resume a Temporal run paused for approval with checked ``decisions`` (JSON).

    Returns ``'resumed'``, or why not (``expired``, ``unknown`` or the task's status). The
    record is marked first, so that only one decision is taken; if the workflow cannot be
    signalled, the mark is taken back and the run still waits.

    Raises:
        TemporalUnavailableError: the Temporal server did not take the signal.
    """
    records = TaskRecords(redis, keys=keys)
    answer = await records.decide(task_id, decisions.decode())
    if answer != "resumed":
        return answer
    settings = TemporalSettings()
    try:
        client = await temporal_client(settings)
        await client.get_workflow_handle(task_id).signal(DECIDE_SIGNAL, decisions.decode())
    except Exception as exc:
        await records.decide(task_id, "", pending=pending.decode(), expires_at=expires_at.decode())
        raise TemporalUnavailableError(
            f"could not send the decisions to the workflow of task {task_id} on the Temporal "
            f"server at {settings.address!r}: {exc}; the task still waits for approval"
        ) from exc
    return answer
