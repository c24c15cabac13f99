"""A run paused for approval as the worker hands it on: what is stored, and the decisions it
is resumed with. Plain data, shared by the Redis worker (``approval``) and the Temporal workflow.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from orbiter.checkpoint import Decision
from orbiter.distributed.records import PendingCall
from orbiter.errors import ResumeError
from orbiter.events import InterruptEvent
from orbiter.runner import RunResult

_json = msgspec.json.Encoder()
_decisions = msgspec.json.Decoder(dict[str, Decision])


class RunPaused(Exception):
    """Raised by an executor when the run paused for approval, carrying what the worker stores.

    Args:
        checkpoint: the paused run's ``RunCheckpoint`` as JSON.
        pending: the calls waiting for a decision, as JSON.
        result: what ``TaskHandle.result()`` returns while the run is paused.
        interrupt: the run's ``interrupt`` event, written in the same step as the pause.
        wait: seconds to wait for a decision (None: ``ORBITER_APPROVAL_TTL``).
    """

    def __init__(
        self,
        checkpoint: bytes,
        pending: bytes,
        result: dict[str, Any],
        interrupt: InterruptEvent,
        wait: float | None = None,
    ) -> None:
        super().__init__("the run paused for approval")
        self.checkpoint = checkpoint
        self.pending = pending
        self.result = result
        self.interrupt = interrupt
        self.wait = wait


def paused(
    result: RunResult, interrupt: InterruptEvent | None, wait: float | None = None
) -> RunPaused:
    """The :class:`RunPaused` of a run that ended ``interrupted``."""
    assert result.state is not None
    calls = [PendingCall(id=c.id, name=c.name, arguments=c.arguments) for c in result.pending]
    if interrupt is None:  # the run always says it paused; this keeps the stream whole anyway
        interrupt = InterruptEvent(agent_name=result.agent_name, calls=list(result.pending))
    shown = {**result.to_dict(), "status": "interrupted", "pending": msgspec.to_builtins(calls)}
    return RunPaused(result.state.to_json(), _json.encode(calls), shown, interrupt, wait)


def decision_kwargs(decided: Mapping[str, Decision]) -> dict[str, Any]:
    """Decisions by call id as the ``approve``, ``reject`` and ``edit`` of ``run.resume``."""
    return {
        "approve": [i for i, d in decided.items() if d.kind == "approve"],
        "reject": {i: d.reason for i, d in decided.items() if d.kind == "reject"},
        "edit": {i: d.arguments for i, d in decided.items() if d.kind == "edit"},
    }


def read_decisions(data: bytes | str) -> dict[str, Decision]:
    """Stored decisions (JSON, by call id); ResumeError when they cannot be read."""
    try:
        return _decisions.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise ResumeError(f"the task's stored decisions cannot be read: {exc}") from None
