"""How one task is executed. The worker owns queueing, leases, timeouts and cancellation; an
executor only turns a task into events and a result, so another one (e.g. Temporal) can plug in.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from orbiter.agent import Agent
from orbiter.checkpoint import RunCheckpoint
from orbiter.distributed.checkpoints import run_from_state
from orbiter.distributed.pausing import paused
from orbiter.distributed.payload import Payload
from orbiter.distributed.targets import Targets, TargetsArg
from orbiter.events import InterruptEvent, StreamEvent
from orbiter.import_gate import Allowed, ModuleGate
from orbiter.messages import Message
from orbiter.providers import warm_up as warm_up  # the worker calls it before claiming tasks
from orbiter.swarm import Swarm

if TYPE_CHECKING:
    from orbiter.mcp import MCPPool

Emit = Callable[[StreamEvent], None]

log = logging.getLogger("orbiter.distributed.worker")


@dataclass(slots=True)
class TaskSpec:
    """One attempt of one task, as handed to an executor.

    Args:
        target: the ``to_dict()`` JSON of the Agent or Swarm.
        messages: JSON array of earlier messages, or None.
        metadata: what the client attached to the task.
        checkpoint, decisions: for a run resumed after a pause for approval, its stored state
            and the person's decisions (JSON); None otherwise.
        thread: the thread the run is on (see :mod:`orbiter.distributed.thread_runs`).
    """

    task_id: str
    attempt: int
    queue: str
    worker_id: str
    target: bytes
    input: str | None
    messages: bytes | None
    detailed: bool
    timeout: float
    metadata: dict[str, Any] = field(default_factory=dict)
    trace: dict[str, str] = field(default_factory=dict)
    checkpoint: bytes | None = None
    """The run's stored state to start from (``RunCheckpoint`` JSON), if it has one."""
    decisions: bytes | None = None
    """A paused run's decisions on its pending calls (JSON, by call id), if resumed."""
    approval_ttl: float | None = None
    """Seconds a pause for approval waits (None: the worker's ``ORBITER_APPROVAL_TTL``)."""
    on_step: Callable[[RunCheckpoint], None] | None = None
    """Where the run's checkpoint goes after each completed step (None: checkpoints off)."""
    thread: str | None = None
    transcript: list[Message] | None = None
    """The run's messages so far, kept up to date by executors that can (kept on its thread
    when the run is interrupted)."""

    @classmethod
    def from_payload(
        cls,
        task_id: str,
        attempt: int,
        queue: str,
        worker_id: str,
        payload: Payload,
        checkpoint: bytes | None = None,
        decisions: bytes | None = None,
    ) -> TaskSpec:
        return cls(
            task_id=task_id,
            attempt=attempt,
            queue=queue,
            worker_id=worker_id,
            target=bytes(payload.target),
            input=payload.input,
            messages=None if bytes(payload.messages) == b"null" else bytes(payload.messages),
            detailed=payload.detailed,
            timeout=payload.timeout,
            metadata=payload.metadata,
            trace=payload.trace,
            approval_ttl=payload.approval_ttl,
            checkpoint=checkpoint,
            decisions=decisions,
            thread=payload.thread,
        )


@runtime_checkable
class Executor(Protocol):
    """Runs tasks for a worker.

    ``execute`` calls ``emit`` for every event in order and returns the result dict (as
    ``RunResult.to_dict()``), or raises. An executor that can continue a run from stored state
    starts from ``spec.checkpoint`` when it is set, and hands each step's checkpoint to
    ``spec.on_step``; one that ignores both runs every attempt from the start.
    It raises :class:`~orbiter.distributed.approval.RunPaused` when the run paused for approval
    (with its ``interrupt`` event, not emitted: the pause writes it).

    The worker cancels the coroutine to stop a task (cancel request, timeout, shutdown); an
    executor that runs the task elsewhere must stop it there when that happens.
    """

    async def execute(self, spec: TaskSpec, emit: Emit) -> dict[str, Any]: ...


class InProcessExecutor:
    """Runs the agent inside the worker process with ``run.stream``.

    Args:
        allowed_modules: what a task may import (see :data:`orbiter.import_gate.Allowed`):
            a :class:`~orbiter.import_gate.ModuleGate`, exact module names, or None for any.
        cache_size: rebuilt agents kept for reuse, keyed by their exact JSON.
        targets: run only these Agents and Swarms, by name (``{name: target}`` or a list);
            a task that describes its own target is then refused (see docs/security.md).
    """

    def __init__(
        self, allowed_modules: Allowed = None, cache_size: int = 256, *, targets: TargetsArg = None
    ) -> None:
        self.allowed_modules: Allowed = (
            list(allowed_modules)
            if allowed_modules is not None and not isinstance(allowed_modules, ModuleGate)
            else allowed_modules
        )
        self.targets = Targets(self.allowed_modules, targets)
        self._cache: OrderedDict[bytes, Agent | Swarm] = OrderedDict()
        self._cache_size = cache_size
        # MCP servers stay open between tasks: one pool for the whole worker process.
        self._mcp: MCPPool | None = None

    def rebuild(self, target: bytes) -> Agent | Swarm:
        """The Agent or Swarm described by ``target`` (raises SerializationError)."""
        found = self._cache.get(target)
        if found is not None:
            self._cache.move_to_end(target)
            return found
        import msgspec

        built = self.targets.build(msgspec.json.decode(target))
        self._cache[target] = built
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return built

    async def execute(self, spec: TaskSpec, emit: Emit) -> dict[str, Any]:
        target = self.rebuild(spec.target)
        if self._mcp is None:
            from orbiter.mcp import MCPPool

            self._mcp = MCPPool()
        interrupt: list[InterruptEvent] = []

        def send(event: StreamEvent) -> None:
            if type(event) is InterruptEvent:
                interrupt.append(event)  # written with the pause itself, in one step
            else:
                emit(event)

        result = await run_from_state(target, spec, send, mcp_pool=self._mcp)
        if result.status == "interrupted":
            raise paused(result, interrupt[-1] if interrupt else None, spec.approval_ttl)
        return result.to_dict()

    async def aclose(self) -> None:
        """Stop the MCP servers opened for tasks (called when the worker stops)."""
        pool, self._mcp = self._mcp, None
        if pool is not None:
            await pool.aclose()
