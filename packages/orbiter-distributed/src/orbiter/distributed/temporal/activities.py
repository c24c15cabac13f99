"""The activities: each model call and each tool call of a run, run on any worker.

They rebuild the agent from its JSON description (with the worker's module allow-list), fire
the agent's model and tool hooks, stream the model's text to the task's Redis stream as it is
generated, and report failures so that Temporal's retry policy can tell a transient provider
error (retried) from an invalid request (not retried).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import msgspec
from temporalio import activity
from temporalio.exceptions import ApplicationError, ApplicationErrorCategory

from orbiter.agent import Agent
from orbiter.distributed.settings import read
from orbiter.distributed.targets import Targets, TargetsArg
from orbiter.distributed.temporal.records import TaskRecords
from orbiter.errors import (
    ModelError,
    ModelTimeoutError,
    OrbiterError,
    RateLimitError,
    ServerError,
)
from orbiter.events import ErrorEvent, ReasoningEvent, TextEvent, encode_event
from orbiter.hooks import fire
from orbiter.import_gate import Allowed
from orbiter.models import Model, ModelRequest, ModelResponse, ReasoningDelta, TextDelta, get_model
from orbiter.swarm import Swarm
from orbiter.tool import Tool

T = TypeVar("T")

CANCELLED_TYPE = "TaskCancelled"
"""ApplicationError type an activity raises when the task was cancelled through Redis."""

GONE_TYPE = "TaskGone"
"""ApplicationError type raised when the task record is finished or missing."""

_TRANSIENT = (ServerError, RateLimitError, ModelTimeoutError)


def is_transient(exc: BaseException) -> bool:
    """Whether trying the same model call again could succeed."""
    return isinstance(exc, _TRANSIENT) or bool(getattr(exc, "retryable", False))


def as_application_error(exc: BaseException) -> ApplicationError:
    """``exc`` as a Temporal failure: retryable only for transient provider errors."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, ModelError):
        details = {"provider": exc.provider, "model": exc.model, "status_code": exc.status_code}
        return ApplicationError(
            message, details, type=type(exc).__name__, non_retryable=not is_transient(exc)
        )
    if isinstance(exc, OrbiterError):
        # Configuration, serialization, allow-list problems: the same call fails again.
        return ApplicationError(message, type=type(exc).__name__, non_retryable=True)
    return ApplicationError(f"{type(exc).__name__}: {message}", type=type(exc).__name__)


def _heartbeat() -> None:
    # Keeps a call alive while its Redis writes wait for Redis to come back.
    try:
        activity.heartbeat()
    except RuntimeError:
        pass  # not inside an activity


def _all_agents(target: Agent | Swarm) -> dict[str, Agent]:
    found: dict[str, Agent] = {}
    todo = list(target.agents) if isinstance(target, Swarm) else [target]
    while todo:
        agent = todo.pop(0)
        if agent.name not in found:
            found[agent.name] = agent
            todo.extend(agent.handoffs)
    return found


class _Rebuilt:
    __slots__ = ("agents", "models")

    def __init__(self, target: Agent | Swarm) -> None:
        self.agents = _all_agents(target)
        self.models: dict[str, Model] = {}


class RunActivities:
    """Activities bound to one worker's Redis connection and module allow-list.

    Args:
        allowed_modules: what a run may import (:data:`orbiter.import_gate.Allowed`).
        targets: the only Agents and Swarms to run, by name (as on the Redis worker).
        heartbeat_every: seconds between heartbeats of a running call, when the workflow gave
            no heartbeat timeout to derive it from.
    """

    def __init__(
        self,
        records: TaskRecords,
        *,
        allowed_modules: Allowed = None,
        targets: TargetsArg = None,
        identity: str | None = None,
        heartbeat_every: float = 5.0,
    ) -> None:
        self.records = records
        if records.on_wait is None:
            records.on_wait = _heartbeat
        self.allowed_modules = allowed_modules
        self.targets = Targets(allowed_modules, targets)
        self.identity = identity or f"{socket.gethostname()}:{os.getpid()}"
        self.heartbeat_every = heartbeat_every
        self.in_flight = 0
        self.finished = 0
        self._cache: OrderedDict[str, _Rebuilt] = OrderedDict()

    def all(self) -> list[Callable[..., Any]]:
        return [self.start, self.model_call, self.tool_call, self.pause, self.finish]

    # -- helpers ------------------------------------------------------------------------------

    def _rebuild(self, spec: dict[str, Any]) -> _Rebuilt:
        digest = hashlib.blake2b(msgspec.json.encode(spec), digest_size=16).hexdigest()
        rebuilt = self._cache.get(digest)
        if rebuilt is None:
            try:
                target = self.targets.build(spec)
            except OrbiterError as exc:
                raise as_application_error(exc) from None
            rebuilt = self._cache[digest] = _Rebuilt(target)
            if len(self._cache) > 64:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(digest)
        return rebuilt

    def _agent(self, spec: dict[str, Any], name: str) -> tuple[_Rebuilt, Agent]:
        rebuilt = self._rebuild(spec)
        agent = rebuilt.agents.get(name)
        if agent is None:
            raise ApplicationError(
                f"the run has no agent named {name!r}",
                type="ConfigurationError",
                non_retryable=True,
            )
        return rebuilt, agent

    async def _hook(self, agent: Agent, name: str, **context: Any) -> None:
        """Fire a hook; a hook that fails fails the run, as locally (trying again won't help)."""
        try:
            await fire(agent.hooks, name, agent=agent, **context)
        except Exception as exc:
            raise ApplicationError(
                f"the {name} hook of agent {agent.name!r} failed: {type(exc).__name__}: {exc}",
                type=type(exc).__name__,
                non_retryable=True,
            ) from exc

    async def _check(self, state: str) -> None:
        if state == "cancel":
            raise ApplicationError(
                "the task was cancelled",
                type=CANCELLED_TYPE,
                non_retryable=True,
                category=ApplicationErrorCategory.BENIGN,
            )
        if state == "gone":
            raise ApplicationError(
                "the task record is finished or missing",
                type=GONE_TYPE,
                non_retryable=True,
                category=ApplicationErrorCategory.BENIGN,
            )

    async def _guarded(self, task_id: str, work: Awaitable[T]) -> T:
        """Await ``work`` while heartbeating; stop it when the task is cancelled in Redis.

        Temporal delivers a workflow cancel to a heartbeating activity by cancelling it; the
        Redis check also stops calls whose cancel request no Temporal worker relayed.
        """
        timeout = activity.info().heartbeat_timeout
        every = timeout.total_seconds() / 3 if timeout else self.heartbeat_every
        # At least once a second, so a cancel made through Redis stops the call promptly
        # (the SDK itself throttles how often heartbeats reach the server).
        every = min(max(every, 0.05), 1.0)
        main = asyncio.ensure_future(work)
        try:
            while True:
                done, _ = await asyncio.wait({main}, timeout=every)
                if done:
                    return main.result()
                activity.heartbeat()
                if await self.records.cancel_requested(task_id):
                    main.cancel()
                    await asyncio.gather(main, return_exceptions=True)
                    await self._check("cancel")
        finally:
            if not main.done():
                main.cancel()
                await asyncio.gather(main, return_exceptions=True)

    # -- activities ---------------------------------------------------------------------------

    @activity.defn(name="orbiter.start")
    async def start(self, job: dict[str, Any]) -> str:
        """Check the agent rebuilds here, mark the task RUNNING; ``'run'`` or why to stop.

        ``job``: task_id, spec.
        """
        # A description the allow-list refuses fails the run here, before anything runs.
        self._rebuild(job["spec"])
        return await self.records.start(job["task_id"], self.identity)

    @activity.defn(name="orbiter.model")
    async def model_call(self, job: dict[str, Any]) -> dict[str, Any]:
        """One model call: emit pending events, stream text live, return the response.

        ``job``: task_id, spec, agent, step, scope, events, detailed, request.
        """
        return await self._call(job, self._model_call)

    async def _call(self, job: dict[str, Any], body: Callable[..., Awaitable[T]]) -> T:
        """What every call does first: send the events the loop produced before it, and return
        at once what an earlier attempt that finished stored."""
        self.in_flight += 1
        try:
            task_id: str = job["task_id"]
            scope: str = job["scope"]
            seal = f"{scope}:done"
            state, sealed = await self.records.append(task_id, scope, job["events"], seal=seal)
            if sealed is not None:
                return msgspec.json.decode(sealed)
            await self._check(state)
            return await body(job, task_id, scope, seal)
        finally:
            self.in_flight -= 1

    async def _model_call(
        self, job: dict[str, Any], task_id: str, scope: str, seal: str
    ) -> dict[str, Any]:
        rebuilt, agent = self._agent(job["spec"], job["agent"])
        request = msgspec.convert(job["request"], ModelRequest)
        step = job.get("step")
        detailed: bool = job.get("detailed", False)
        attempt = activity.info().attempt
        # Each attempt streams under a scope of its own: text an interrupted attempt already
        # sent stays, and this attempt says first that the answer starts over.
        live = f"{scope}.{attempt}"
        first: list[bytes] = []
        if attempt > 1 and await self.records.streamed(task_id, scope, attempt):
            first.append(
                encode_event(
                    ErrorEvent(
                        agent_name=agent.name,
                        error=f"the model call of step {step} was interrupted mid-answer and is "
                        f"tried again (attempt {attempt}); its answer starts over",
                        error_type="ModelCallRetried",
                        step_number=step,
                        recoverable=True,
                        attempt=1,
                    )
                )
            )
        try:
            model = rebuilt.models.get(agent.name)
            if model is None:
                model = rebuilt.models[agent.name] = get_model(agent.model, agent.model_options)
            if agent.hooks:
                await self._hook(agent, "before_model_call", request=request, step_number=step)

            async def call() -> ModelResponse:
                index = 0
                if first:
                    st, _ = await self.records.append(task_id, live, first, seal=seal)
                    await self._check(st)
                    index = 1
                response: ModelResponse | None = None
                async for chunk in model.stream(request):
                    event: TextEvent | ReasoningEvent | None = None
                    if type(chunk) is TextDelta:
                        if chunk.text:
                            event = TextEvent(agent_name=agent.name, text=chunk.text, attempt=1)
                    elif type(chunk) is ReasoningDelta:
                        if detailed and chunk.text:
                            event = ReasoningEvent(
                                agent_name=agent.name, text=chunk.text, attempt=1
                            )
                    elif isinstance(chunk, ModelResponse):
                        response = chunk
                    if event is not None:
                        activity.heartbeat()
                        st, _ = await self.records.append(
                            task_id, live, [encode_event(event)], first_index=index, seal=seal
                        )
                        await self._check(st)
                        index += 1
                if response is None:
                    raise ModelError(
                        f"model {model.name!r} ended its stream without a final response",
                        model=model.name,
                    )
                return response

            response = await self._guarded(task_id, call())
            if agent.hooks:
                await self._hook(
                    agent, "after_model_call", request=request, response=response, step_number=step
                )
        except (ApplicationError, asyncio.CancelledError):
            raise
        except Exception as exc:
            raise as_application_error(exc) from exc
        result: dict[str, Any] = msgspec.to_builtins(response)
        await self.records.append(
            task_id, live, [], seal=seal, seal_value=msgspec.json.encode(result).decode()
        )
        return result

    @activity.defn(name="orbiter.tool")
    async def tool_call(self, job: dict[str, Any]) -> dict[str, Any]:
        """One tool call: returns ``{"text": ...}`` or ``{"error": ...}`` for the model to read.

        ``job``: task_id, spec, agent, tool, call_id, arguments, scope, events.
        """
        return await self._call(job, self._tool_call)

    async def _tool_call(
        self, job: dict[str, Any], task_id: str, scope: str, seal: str
    ) -> dict[str, Any]:
        _, agent = self._agent(job["spec"], job["agent"])
        name: str = job["tool"]
        tool: Tool | None = next((t for t in agent.tools if t.name == name), None)
        if tool is None:
            raise ApplicationError(
                f"agent {agent.name!r} has no tool {name!r} on this worker",
                type="ConfigurationError",
                non_retryable=True,
            )
        arguments: str = job["arguments"]
        hooks = agent.hooks
        context = {"tool_name": name, "arguments": arguments, "tool_call_id": job["call_id"]}
        if hooks:
            await self._hook(agent, "before_tool_call", **context)
        loop = asyncio.get_running_loop()
        started = loop.time()
        error: str | None = None
        value: Any = None
        text = ""
        try:
            value = await self._guarded(task_id, tool.call(arguments))
            # Images stay on the worker: a Temporal run sends the model their labels only.
            text, _images = tool.result_content(value)
        except (ApplicationError, asyncio.CancelledError):
            raise
        except OrbiterError as exc:
            error = str(exc)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
        if hooks:
            await self._hook(
                agent,
                "after_tool_call",
                **context,
                result=value,
                error=error,
                duration_ms=(loop.time() - started) * 1000,
            )
        out: dict[str, Any] = {"error": error} if error is not None else {"text": text}
        await self.records.append(
            task_id, scope, [], seal=seal, seal_value=msgspec.json.encode(out).decode()
        )
        return out

    @activity.defn(name="orbiter.pause")
    async def pause(self, job: dict[str, Any]) -> float:
        """Store a run paused for approval; returns how long it waits for a decision (s).

        ``job``: task_id, scope, events (the interrupt last), checkpoint, pending, result,
        wait (the run's own wait, or None for the worker's ``ORBITER_APPROVAL_TTL``).
        """
        wait: float = job.get("wait") or read("approval_ttl")
        await self.records.pause(
            job["task_id"],
            job["scope"],
            job["events"],
            checkpoint=job["checkpoint"],
            pending=job["pending"],
            result=job["result"],
            wait=wait,
        )
        return wait

    @activity.defn(name="orbiter.finish")
    async def finish(self, job: dict[str, Any]) -> bool:
        """Write the last events, the outcome and the terminal marker (once).

        ``job``: task_id, scope, events, status, result, error, error_type.
        """
        self.finished += 1
        return await self.records.finish(
            job["task_id"],
            job["scope"],
            job["events"],
            status=job["status"],
            result=job.get("result", ""),
            error=job.get("error", ""),
            error_type=job.get("error_type", ""),
        )
