"""The state of a run between two steps: what it takes to continue it, here or elsewhere.

A run whose model calls a tool that needs approval ends ``interrupted`` with a
:class:`RunCheckpoint` in ``RunResult.state``. It encodes to JSON, so it can be stored and the
run resumed later with ``run.resume(agent, state, approve=..., reject=..., edit=...)``.

The same state is handed out after every completed step to ``run.stream(..., on_step=...)``
(step checkpoints, with no pending calls); ``run.resume_stream(agent, checkpoint)`` continues
such a run with the next step. Workers use it to resume a task after a crash.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, Literal

import msgspec

from orbiter.errors import ResumeError
from orbiter.messages import Message, ToolCall, ToolMessage, Usage

__all__ = ["Decision", "RunCheckpoint", "decisions_for"]

_encoder = msgspec.json.Encoder()


class RunCheckpoint(msgspec.Struct, kw_only=True):
    """A run stopped between steps: paused for a decision, or at a step checkpoint.

    Args:
        target: the name of the agent (or a Swarm's first agent) the run was started with.
        agent_name: the agent whose turn it is (a Swarm's active agent).
        messages: the transcript so far (when paused, ending with the model turn that asked
            for the pending calls).
        usage: tokens used so far.
        steps: model calls made so far.
        steps_used: model calls made so far, by agent (each agent has its own ``max_steps``).
        handoffs_done: handoffs made so far.
        pending: the tool calls waiting for a decision (none at a step checkpoint).
        done: results of the paused step's other calls, which ran already, by call id.
        handoff: the agent the paused step hands over to, once its calls are done.
        handoff_reason: the reason the model gave for that handoff.
        called: the agents that have called a tool so far (a forced ``tool_choice`` is met).
        thread_id, thread_base, run_id: the thread the run is on, its transcript length when
            the run started, and the run's id there (the thread gets the run's messages once
            it completes).
    """

    version: int = 1
    target: str
    agent_name: str
    messages: list[Message]
    usage: Usage = msgspec.field(default_factory=Usage)
    steps: int = 0
    steps_used: dict[str, int] = msgspec.field(default_factory=dict)
    handoffs_done: int = 0
    pending: list[ToolCall] = msgspec.field(default_factory=list)
    done: dict[str, ToolMessage] = msgspec.field(default_factory=dict)
    handoff: str | None = None
    handoff_reason: str = ""
    called: list[str] = msgspec.field(default_factory=list)
    thread_id: str | None = None
    thread_base: int = 0
    run_id: str | None = None

    def to_json(self) -> bytes:
        """The checkpoint as JSON bytes (read back with :meth:`from_json`)."""
        return _encoder.encode(self)

    @classmethod
    def from_json(cls, data: bytes | str) -> RunCheckpoint:
        try:
            return msgspec.json.decode(data, type=cls)
        except msgspec.DecodeError as exc:
            raise ResumeError(f"not a run checkpoint: {exc}") from None


class Decision(msgspec.Struct, frozen=True):
    """What a person decided about one pending call."""

    kind: Literal["approve", "reject", "edit"]
    reason: str = ""
    arguments: str = ""


def decisions_for(
    checkpoint: RunCheckpoint,
    approve: Collection[str],
    reject: Mapping[str, str] | None,
    edit: Mapping[str, Any] | None,
) -> dict[str, Decision]:
    """One decision per pending call, by call id; raises ResumeError saying what is wrong."""
    if isinstance(approve, str):
        approve = [approve]
    pending = {call.id for call in checkpoint.pending}
    decided: dict[str, Decision] = {}
    given: list[tuple[str, Decision]] = [(i, Decision("approve")) for i in approve]
    given += [(i, Decision("reject", reason=str(r))) for i, r in (reject or {}).items()]
    for call_id, args in (edit or {}).items():
        text = args if isinstance(args, str) else msgspec.json.encode(args).decode()
        given.append((call_id, Decision("edit", arguments=text)))
    for call_id, decision in given:
        if call_id not in pending:
            raise ResumeError(
                f"no pending call has the id {call_id!r}; pending: {sorted(pending) or 'none'}"
            )
        if call_id in decided:
            raise ResumeError(f"call {call_id!r} was given two decisions; give it one")
        decided[call_id] = decision
    missing = sorted(pending - decided.keys())
    if missing:
        raise ResumeError(
            f"no decision for the pending calls {missing}: approve, reject or edit each of them"
        )
    return decided
