"""The workflow: Orbiter's own agent loop, with every model and tool call made an activity.

The loop is core's runner, not a copy of it: the workflow iterates ``run.stream()`` with a
model and tools that stand in for the real ones and hand each call to an activity. Handoffs,
delegation, output parsing and step limits therefore behave exactly as in a local run. What the
loop yields is deterministic given the activities' results, so Temporal can replay it after a
crash; the replay reuses the recorded results instead of calling the model or the tools again.

The loop's events are buffered and handed to the next activity, which appends them to the
task's Redis stream before doing its own work, so events keep their order without an
activity of their own.

The workflow is not sandboxed: the runner, msgspec and the user's tool modules are imported
once per worker instead of once per run, and the loop touches no clock or randomness that
decides what it does next (timestamps only end up inside events).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import msgspec
from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError
from temporalio.exceptions import CancelledError as ActivityCancelled
from temporalio.exceptions import TimeoutError as ActivityTimeout

from orbiter import errors as orbiter_errors
from orbiter.agent import Agent
from orbiter.distributed._approval_lua import APPROVAL_EXPIRED
from orbiter.distributed.pausing import decision_kwargs, paused, read_decisions
from orbiter.distributed.targets import Targets
from orbiter.distributed.temporal.activities import CANCELLED_TYPE, GONE_TYPE
from orbiter.errors import (
    ConfigurationError,
    ModelError,
    ModelTimeoutError,
    OrbiterError,
    ToolError,
)
from orbiter.events import ErrorEvent, StatusEvent, StreamEvent, encode_event
from orbiter.import_gate import ModuleGate
from orbiter.messages import ToolCall
from orbiter.models import ModelRequest, ModelResponse, StreamChunk
from orbiter.runner import RunResult, run  # run.stream: the one source of truth for the loop
from orbiter.swarm import Swarm, from_dict
from orbiter.tool import Tool

WORKFLOW_NAME = "orbiter.run"
DECIDE_SIGNAL = "orbiter.decide"
"""The signal that brings the decisions (JSON) on a run paused for approval."""

# What the workers in this process run (import gate, registered targets), by task queue (set
# by TemporalWorker).
# Workflows are not sandboxed, so they can read it, and it is the same on every replay.
TARGETS: dict[str, Targets] = {}


class RunOptions(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Timeouts and retries of one run's activities (seconds).

    Args:
        model_timeout: longest one attempt of a model call may take.
        tool_timeout: longest one attempt of a tool call may take.
        heartbeat_timeout: a call whose worker stops heartbeating for this long is retried on
            another worker; it is also how fast a cancel reaches a running call.
        model_attempts: tries of a model call that fails with a transient provider error.
        tool_attempts: tries of a tool call whose worker died or timed out (a tool that raises
            is not retried: the model reads the error, as in a local run).
        retry_initial, retry_max: first and longest pause between tries (doubling).
    """

    model_timeout: float = 600.0
    tool_timeout: float = 600.0
    heartbeat_timeout: float = 10.0
    model_attempts: int = 5
    tool_attempts: int = 3
    retry_initial: float = 1.0
    retry_max: float = 60.0

    def __post_init__(self) -> None:
        for name in ("model_timeout", "tool_timeout", "heartbeat_timeout", "retry_initial"):
            value = getattr(self, name)
            if not value > 0:
                raise ConfigurationError(f"RunOptions.{name} must be positive, got {value!r}")
        for name in ("model_attempts", "tool_attempts"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ConfigurationError(f"RunOptions.{name} must be at least 1, got {value!r}")


class RunJob(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The workflow's input: what the client submitted."""

    task_id: str
    spec: dict[str, Any]
    input: str | None = None
    messages: list[Any] | None = None
    detailed: bool = False
    timeout: float | None = None
    approval_ttl: float | None = None
    options: RunOptions = msgspec.field(default_factory=RunOptions)


class _Expired(Exception):
    """Nobody decided on a paused run in time."""


class _Stop(BaseException):
    """Leaves the loop without being an error of the run (the loop passes it through)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _seconds(value: float) -> timedelta:
    return timedelta(seconds=value)


def _retry(options: RunOptions, attempts: int) -> RetryPolicy:
    return RetryPolicy(
        initial_interval=_seconds(options.retry_initial),
        backoff_coefficient=2.0,
        maximum_interval=_seconds(max(options.retry_max, options.retry_initial)),
        maximum_attempts=attempts,
    )


def _orbiter_error(exc: ActivityError, what: str) -> BaseException:
    """The activity's failure as the Orbiter error the local runner would have seen."""
    cause = exc.cause
    if isinstance(cause, ActivityCancelled):
        # The workflow is being cancelled (or timed out): let the loop unwind as it would
        # for a cancelled local run.
        return asyncio.CancelledError()
    if isinstance(cause, ApplicationError):
        if cause.type == CANCELLED_TYPE:
            return _Stop("cancelled")
        if cause.type == GONE_TYPE:
            return _Stop("gone")
        cls = getattr(orbiter_errors, cause.type or "", None)
        message = cause.message
        if isinstance(cls, type) and issubclass(cls, ModelError):
            info = cause.details[0] if cause.details and isinstance(cause.details[0], dict) else {}
            return cls(
                message,
                provider=info.get("provider", ""),
                model=info.get("model", ""),
                status_code=info.get("status_code"),
                retryable=not cause.non_retryable,
            )
        if isinstance(cls, type) and issubclass(cls, OrbiterError):
            try:
                return cls(message)
            except TypeError:
                pass
        return ModelError(message) if what == "model" else OrbiterError(message)
    if isinstance(cause, ActivityTimeout):
        return ModelTimeoutError(f"the {what} call timed out on every attempt")
    return OrbiterError(f"the {what} call failed: {cause or exc}")


class _ActivityModel:
    """Stands in for every agent's model; the real call is the ``orbiter.model`` activity."""

    def __init__(self, flow: RunWorkflow) -> None:
        self._flow = flow

    @property
    def name(self) -> str:
        return "temporal"

    async def complete(self, request: ModelRequest) -> ModelResponse:
        return await self._flow.call_model(request)

    async def stream(self, request: ModelRequest) -> AsyncIterator[StreamChunk]:
        # The activity has already sent the text to the task's stream as it arrived.
        yield await self._flow.call_model(request)


class _ActivityTool(Tool):
    """A tool whose ``call`` is the ``orbiter.tool`` activity (same name, schema, description)."""

    def __init__(self, original: Tool, flow: RunWorkflow, agent_name: str) -> None:
        self.__dict__.update(original.__dict__)
        self._flow = flow
        self._agent_name = agent_name

    async def call(self, arguments: str | dict[str, Any]) -> Any:
        if not isinstance(arguments, str):
            arguments = msgspec.json.encode(arguments).decode()
        return await self._flow.call_tool(self._agent_name, self.name, arguments)


def _agents(target: Agent | Swarm) -> list[Agent]:
    seen: dict[str, Agent] = {}
    todo = list(target.agents) if isinstance(target, Swarm) else [target]
    while todo:
        agent = todo.pop(0)
        if id(agent) not in {id(a) for a in seen.values()}:
            seen[f"{agent.name}:{id(agent)}"] = agent
            todo.extend(agent.handoffs)
    return list(seen.values())


@workflow.defn(name=WORKFLOW_NAME, sandboxed=False)
class RunWorkflow:
    """One distributed run of an Agent or Swarm, durable across worker crashes."""

    def __init__(self) -> None:
        self._job: RunJob | None = None
        self._seq = 0
        self._pending: list[str] = []
        self._steps = 0
        self._open_calls: list[ToolCall] = []
        self._error_sent = False
        self._decisions: str | None = None

    @workflow.signal(name=DECIDE_SIGNAL)
    def decide(self, decisions: str) -> None:
        """A person's decisions on the calls the run paused for (checked by the client)."""
        self._decisions = decisions

    # -- what the stand-ins call --------------------------------------------------------------

    def _scope(self) -> str:
        self._seq += 1
        return str(self._seq)

    def _take_events(self) -> list[str]:
        events, self._pending = self._pending, []
        return events

    @property
    def job(self) -> RunJob:
        assert self._job is not None
        return self._job

    async def _activity(
        self, name: str, limit: float, attempts: int, summary: str, **fields: Any
    ) -> Any:
        """Run one call; it first sends the events the loop produced since the last one."""
        job = self.job
        payload = {
            "task_id": job.task_id,
            "spec": job.spec,
            "scope": self._scope(),
            "events": self._take_events(),
            **fields,
        }
        return await workflow.execute_activity(
            name,
            payload,
            start_to_close_timeout=_seconds(limit),
            heartbeat_timeout=_seconds(job.options.heartbeat_timeout),
            retry_policy=_retry(job.options, attempts),
            summary=summary,
        )

    async def call_model(self, request: ModelRequest) -> ModelResponse:
        job = self.job
        self._steps += 1
        opts = job.options
        try:
            raw = await self._activity(
                "orbiter.model",
                opts.model_timeout,
                opts.model_attempts,
                f"model call of {request.agent_name}, step {self._steps}",
                agent=request.agent_name,
                step=self._steps,
                detailed=job.detailed,
                request=msgspec.to_builtins(request),
            )
        except ActivityError as exc:
            raise _orbiter_error(exc, "model") from None
        response = msgspec.convert(raw, ModelResponse)
        self._open_calls.extend(response.message.tool_calls)
        return response

    def _call_id(self, tool: str, arguments: str) -> str:
        for i, call in enumerate(self._open_calls):
            if call.name == tool and call.arguments == arguments:
                del self._open_calls[i]
                return call.id
        return ""

    async def call_tool(self, agent: str, tool: str, arguments: str) -> str:
        opts = self.job.options
        try:
            out = await self._activity(
                "orbiter.tool",
                opts.tool_timeout,
                opts.tool_attempts,
                f"tool {tool} of {agent}",
                agent=agent,
                tool=tool,
                call_id=self._call_id(tool, arguments),
                arguments=arguments,
            )
        except ActivityError as exc:
            error = _orbiter_error(exc, "tool")
            if isinstance(error, _Stop | asyncio.CancelledError):
                raise error from None
            raise ToolError(str(error)) from None
        if out.get("error") is not None:
            raise ToolError(out["error"])
        return str(out.get("text", ""))

    # -- the run ------------------------------------------------------------------------------

    def _target(self) -> Agent | Swarm:
        # The gate looks where a module's file lives (no import), which the sandbox would flag.
        with workflow.unsafe.sandbox_unrestricted():
            spec, allowed = self._targets().description(self.job.spec)
            target = from_dict(spec, allowed_modules=allowed)
        for agent in _agents(target):
            if agent.toolsets:
                # A server session cannot be replayed from history; run these on the Redis queue.
                raise ConfigurationError(
                    f"agent {agent.name!r} has MCP servers, which the Temporal executor does not "
                    "run yet; submit it without executor='temporal'"
                )
            agent.tools = [_ActivityTool(t, self, agent.name) for t in agent.tools]
            agent.hooks = {}  # fired by the activities, next to the calls they describe
        return target

    async def _loop(self) -> RunResult:
        """The run, waiting for a person's decision each time it pauses for approval; the
        task's timeout bounds each part that runs, not the waits."""
        job = self.job
        target = self._target()
        model = _ActivityModel(self)
        events = run.stream(
            target, job.input, messages=job.messages, provider=model, detailed=job.detailed
        )
        while True:
            result = await self._part(events)
            if result.status != "interrupted":
                return result
            decisions = await self._decision(result)
            events = run.resume_stream(
                target, result.state or b"", provider=model, detailed=job.detailed,
                **decision_kwargs(read_decisions(decisions)),
            )  # fmt: skip

    async def _part(self, events: Any) -> RunResult:
        async def drain() -> RunResult:
            async for event in events:
                self._event(event)
            return events.result

        timeout = self.job.timeout
        return await (asyncio.wait_for(drain(), timeout) if timeout else drain())

    async def _decision(self, result: RunResult) -> str:
        """Store the paused run, then wait for the decide signal (ApprovalExpired after the
        wait the pause activity read from the worker's settings)."""
        stop = paused(result, None)
        self._decisions = None
        wait = await workflow.execute_activity(
            "orbiter.pause",
            {
                "task_id": self.job.task_id,
                "scope": self._scope(),
                "events": self._take_events(),
                "checkpoint": stop.checkpoint.decode(),
                "pending": stop.pending.decode(),
                "result": msgspec.json.encode(stop.result).decode(),
                "wait": self.job.approval_ttl,
            },
            start_to_close_timeout=timedelta(seconds=30),
            retry_policy=RetryPolicy(maximum_interval=timedelta(seconds=10)),
        )
        try:
            await workflow.wait_condition(lambda: self._decisions is not None, timeout=wait)
        except TimeoutError:
            raise _Expired from None
        assert self._decisions is not None
        return self._decisions

    async def _finish(self, status: str, **fields: str) -> None:
        call = workflow.start_activity(
            "orbiter.finish",
            {
                "task_id": self.job.task_id,
                "scope": self._scope(),
                "events": self._take_events(),
                "status": status,
                **fields,
            },
            start_to_close_timeout=timedelta(seconds=30),
            retry_policy=RetryPolicy(maximum_interval=timedelta(seconds=10)),
        )
        # The outcome must be written even if a cancel arrives meanwhile (it is delivered once).
        while True:
            try:
                await asyncio.shield(call)
                return
            except asyncio.CancelledError:
                if call.done() and call.cancelled():
                    raise

    def _targets(self) -> Targets:
        return TARGETS.get(workflow.info().task_queue) or Targets(ModuleGate())

    def _root_name(self) -> str:
        try:
            with workflow.unsafe.sandbox_unrestricted():
                spec, _ = self._targets().description(self.job.spec)
        except OrbiterError:
            spec = self.job.spec
        if spec.get("type") == "swarm" and spec.get("agents"):
            return str(spec["agents"][0].get("name", ""))
        return str(spec.get("name", ""))

    def _event(self, event: StreamEvent) -> None:
        # A Temporal task is started once; its calls are retried, the run never starts over.
        event.attempt = 1
        if event.type == "error":
            self._error_sent = True
        self._pending.append(encode_event(event).decode())

    @workflow.run
    async def run(self, job: dict[str, Any]) -> dict[str, Any]:
        self._job = msgspec.convert(job, RunJob)
        try:
            started = await workflow.execute_activity(
                "orbiter.start",
                {"task_id": self.job.task_id, "spec": self.job.spec},
                start_to_close_timeout=timedelta(seconds=30),
                retry_policy=RetryPolicy(maximum_interval=timedelta(seconds=10)),
            )
        except ActivityError as exc:
            error = _orbiter_error(exc, "start")
            return await self._failed(str(error) or type(error).__name__, type(error).__name__)
        if started != "run":
            return {"status": started}
        timeout = self.job.timeout
        try:
            result = await self._loop()
        except _Expired:
            return await self._failed(
                "the run paused for approval of tool calls and nobody decided before it expired "
                "(ORBITER_APPROVAL_TTL); submit it again if it still has to run",
                APPROVAL_EXPIRED,
            )
        except _Stop as stop:
            if stop.reason == "gone":
                return {"status": "gone"}
            await self._cancelled()
            return {"status": "CANCELLED"}
        except asyncio.CancelledError:
            await self._cancelled()
            raise
        except TimeoutError:
            # Worded as on the Redis path, so clients see one kind of timeout.
            return await self._failed(f"timed out after {timeout:g}s", "TaskTimeoutError")
        except Exception as exc:
            return await self._failed(str(exc) or type(exc).__name__, type(exc).__name__)
        encoded = msgspec.json.encode(result.to_dict()).decode()
        await self._finish("COMPLETED", result=encoded)
        return {"status": "COMPLETED"}

    async def _failed(self, message: str, error_type: str) -> dict[str, Any]:
        # The loop reports its own errors; a failure from outside it still gets its event.
        if not self._error_sent:
            name = self._root_name()
            self._event(ErrorEvent(agent_name=name, error=message, error_type=error_type))
            if self.job.detailed:
                self._event(StatusEvent(agent_name=name, status="error", message=message))
        await self._finish("FAILED", error=message, error_type=error_type)
        return {"status": "FAILED", "error": message}

    async def _cancelled(self) -> None:
        self._event(
            StatusEvent(
                agent_name=self._root_name(), status="cancelled", message="cancelled on request"
            )
        )
        await self._finish("CANCELLED")
