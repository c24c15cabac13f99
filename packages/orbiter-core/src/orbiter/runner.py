"""The local runner: ``run()``, ``run.stream()`` and ``run.sync()``."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import AsyncIterator, Collection, Sequence
from typing import Any

import msgspec

from orbiter._schema import type_schema
from orbiter.agent import Agent
from orbiter.errors import (
    ConfigurationError,
    MaxStepsExceeded,
    ModelError,
    OrbiterError,
    OutputValidationError,
)
from orbiter.events import (
    BASIC_EVENT_TYPES,
    EVENT_TYPES,
    ErrorEvent,
    HandoffEvent,
    ReasoningEvent,
    StatusEvent,
    StepEvent,
    StreamEvent,
    TextEvent,
    ToolCallEvent,
    ToolResultEvent,
    UsageEvent,
)
from orbiter.hooks import fire
from orbiter.messages import (
    AssistantMessage,
    Message,
    SystemMessage,
    ToolCall,
    ToolMessage,
    Usage,
    UserMessage,
)
from orbiter.models import (
    Model,
    ModelRequest,
    ModelResponse,
    OutputSchema,
    ReasoningDelta,
    TextDelta,
    ToolSpec,
    get_model,
)
from orbiter.swarm import Swarm
from orbiter.tool import Tool, result_to_text

Runnable = Agent | Swarm
_NAME_SAFE = re.compile(r"[^a-zA-Z0-9_-]")


class RunResult(msgspec.Struct, kw_only=True):
    """What a finished run produced.

    Args:
        output: the final answer's text.
        messages: the whole transcript: the history passed in, then this run's turns.
        usage: tokens summed over every model call of the run.
        steps: how many model calls the run made.
        agent_name: the agent that gave the final answer.
        structured_output: the answer parsed into the agent's ``output_type``, when it has one.
    """

    output: str
    messages: list[Message]
    usage: Usage
    steps: int
    agent_name: str
    structured_output: Any = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form a distributed task returns (without the transcript)."""
        return {
            "output": self.output,
            "usage": msgspec.to_builtins(self.usage),
            "steps": self.steps,
            "agent_name": self.agent_name,
            "structured_output": msgspec.to_builtins(self.structured_output),
        }


class _Run:
    """The mutable state of one run, shared by the agents taking part in it."""

    __slots__ = (
        "detailed",
        "final_agent",
        "max_steps",
        "messages",
        "models",
        "output",
        "provider",
        "step_number",
        "steps",
        "streaming",
        "structured",
        "usage",
    )  # fmt: skip

    def __init__(
        self,
        *,
        detailed: bool,
        streaming: bool,
        provider: Model | str | None,
        max_steps: int | None,
        messages: list[Message],
    ) -> None:
        self.detailed = detailed
        self.streaming = streaming
        self.provider = provider
        self.max_steps = max_steps
        self.messages = messages
        self.usage = Usage()
        self.steps = 0
        self.final_agent = ""
        self.output = ""
        self.structured: Any = None
        self.models: dict[str, Model] = {}
        self.step_number: int | None = None

    def model_for(self, agent: Agent) -> Model:
        model = self.models.get(agent.name)
        if model is None:
            source = self.provider if self.provider is not None else agent.model
            model = get_model(source, agent.model_options)
            self.models[agent.name] = model
        return model


class _Handoff(msgspec.Struct):
    target: Agent
    reason: str


def _tool_name(prefix: str, agent: Agent) -> str:
    return (prefix + _NAME_SAFE.sub("_", agent.name))[:64]


def _handoff_tools(targets: Sequence[Agent]) -> dict[str, Agent]:
    return {_tool_name("transfer_to_", t): t for t in targets}


def _handoff_spec(name: str, target: Agent) -> ToolSpec:
    desc = f"Hand the conversation over to the agent {target.name!r}."
    if target.description:
        desc += f" {target.description}"
    return ToolSpec(
        name=name,
        description=desc,
        parameters={
            "type": "object",
            "properties": {"reason": {"type": "string", "description": "why you hand over"}},
            "required": [],
        },
    )


def _delegate_spec(name: str, target: Agent) -> ToolSpec:
    desc = f"Ask the agent {target.name!r} to do a task and return its answer."
    if target.description:
        desc += f" {target.description}"
    return ToolSpec(
        name=name,
        description=desc,
        parameters={
            "type": "object",
            "properties": {"task": {"type": "string", "description": "what the agent should do"}},
            "required": ["task"],
        },
    )


_fence = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def _parse_output(agent: Agent, text: str) -> Any:
    tp = agent.output_type
    if tp is None or tp is str:
        return None
    m = _fence.match(text)
    body = m.group(1) if m else text
    try:
        return msgspec.json.decode(body, type=tp, strict=False)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise OutputValidationError(
            f"agent {agent.name!r} answered with something that is not a valid "
            f"{getattr(tp, '__name__', tp)}: {exc}"
        ) from None


class _Parsed(msgspec.Struct):
    call: ToolCall
    kind: str  # "tool" | "handoff" | "delegate" | "unknown"
    target: Any = None


class _AgentSetup:
    """Per-agent things computed once per run: tool table and the specs sent to the model."""

    __slots__ = ("delegates", "handoffs", "output_schema", "specs", "tools")

    def __init__(
        self, agent: Agent, handoff_targets: Sequence[Agent], delegates: Sequence[Agent]
    ) -> None:
        self.tools: dict[str, Tool] = {t.name: t for t in agent.tools}
        self.handoffs = _handoff_tools(handoff_targets)
        self.delegates = {_tool_name("ask_", d): d for d in delegates}
        self.specs: list[ToolSpec] = [t.spec for t in agent.tools]
        self.specs += [_handoff_spec(n, t) for n, t in self.handoffs.items()]
        self.specs += [_delegate_spec(n, t) for n, t in self.delegates.items()]
        tp = agent.output_type
        self.output_schema = (
            OutputSchema(name=getattr(tp, "__name__", "output"), schema=type_schema(tp))
            if tp is not None and tp is not str
            else None
        )


async def _call_tool(
    agent: Agent, tool: Tool, call: ToolCall, state: _Run
) -> tuple[ToolMessage, ToolResultEvent | None]:
    await fire(
        agent.hooks,
        "before_tool_call",
        agent=agent,
        tool_name=call.name,
        arguments=call.arguments,
        tool_call_id=call.id,
    )
    start = time.perf_counter()
    error: str | None = None
    result: Any = None
    try:
        result = await tool.call(call.arguments)
        text = result_to_text(result)
    except asyncio.CancelledError:
        raise
    except OrbiterError as exc:
        error = str(exc)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
    duration = (time.perf_counter() - start) * 1000
    await fire(
        agent.hooks,
        "after_tool_call",
        agent=agent,
        tool_name=call.name,
        arguments=call.arguments,
        tool_call_id=call.id,
        result=result,
        error=error,
        duration_ms=duration,
    )
    if error is not None:
        msg = ToolMessage(
            tool_call_id=call.id, tool_name=call.name, content=f"Error: {error}", is_error=True
        )
    else:
        msg = ToolMessage(tool_call_id=call.id, tool_name=call.name, content=text)
    event = None
    if state.detailed:
        event = ToolResultEvent(
            agent_name=agent.name,
            tool_name=call.name,
            tool_call_id=call.id,
            result=None if error is not None else msg.content,
            error=error,
            success=error is None,
            duration_ms=duration,
        )
    return msg, event


def _error_message(call: ToolCall, text: str) -> ToolMessage:
    return ToolMessage(
        tool_call_id=call.id, tool_name=call.name, content=f"Error: {text}", is_error=True
    )


async def _agent_events(
    agent: Agent,
    state: _Run,
    conversation: list[Message],
    handoff_map: dict[str, list[Agent]] | None,
    delegates: Sequence[Agent] = (),
    max_handoffs: int = 10,
) -> AsyncIterator[StreamEvent]:
    """Run ``agent`` (following handoffs) on ``conversation``, yielding its events.

    New turns are appended to ``conversation`` (which may be ``state.messages``).
    Sets ``state.output`` / ``state.structured`` / ``state.final_agent`` at the end.
    """
    detailed = state.detailed
    setups: dict[str, _AgentSetup] = {}
    handoffs_done = 0
    current = agent
    agent_steps = 0
    while True:
        setup = setups.get(current.name)
        if setup is None:
            targets = (
                handoff_map.get(current.name, []) if handoff_map is not None else current.handoffs
            )
            if handoffs_done >= max_handoffs:
                targets = []
            setup = _AgentSetup(current, targets, delegates if current is agent else ())
            setups[current.name] = setup
        limit = state.max_steps if state.max_steps is not None else current.max_steps
        if agent_steps >= limit:
            raise MaxStepsExceeded(
                f"agent {current.name!r} used all {limit} steps without a final answer; raise "
                "max_steps or check that its tools let it finish",
                max_steps=limit,
            )
        agent_steps += 1
        state.steps += 1
        step = state.steps
        state.step_number = step
        name = current.name
        started = time.time()
        if detailed:
            yield StepEvent(agent_name=name, step_number=step, status="started", started_at=started)
        model = state.model_for(current)
        system = current.resolve_instructions(messages=conversation)
        request = ModelRequest(
            messages=conversation,
            system=system,
            agent_name=name,
            tools=setup.specs,
            output_schema=setup.output_schema,
            temperature=current.temperature,
            max_tokens=current.max_tokens,
        )
        await fire(
            current.hooks, "before_model_call", agent=current, request=request, step_number=step
        )
        response: ModelResponse | None = None
        if state.streaming:
            async for chunk in model.stream(request):
                if type(chunk) is TextDelta:
                    if chunk.text:
                        yield TextEvent(agent_name=name, text=chunk.text)
                elif type(chunk) is ReasoningDelta:
                    if detailed and chunk.text:
                        yield ReasoningEvent(agent_name=name, text=chunk.text)
                else:
                    response = chunk  # type: ignore[assignment]
            if response is None:
                raise ModelError(
                    f"model {model.name!r} ended its stream without a response", model=model.name
                )
        else:
            response = await model.complete(request)
        await fire(
            current.hooks,
            "after_model_call",
            agent=current,
            request=request,
            response=response,
            step_number=step,
        )
        message = response.message
        message.agent_name = name
        conversation.append(message)
        usage = response.usage
        state.usage = state.usage + usage
        if detailed:
            yield UsageEvent(agent_name=name, usage=usage, step_number=step)

        if not message.tool_calls:
            text = message.content or ""
            try:
                structured = _parse_output(current, text)
            except OutputValidationError as exc:
                if agent_steps >= limit:
                    raise
                # Give the model a chance to fix its answer, as a user would.
                conversation.append(
                    UserMessage(content=f"{exc}. Answer again with JSON matching the schema only.")
                )
                if detailed:
                    yield _step_done(name, step, started, usage)
                continue
            if detailed:
                yield _step_done(name, step, started, usage)
            state.output = text
            state.structured = structured
            state.final_agent = name
            return

        parsed: list[_Parsed] = []
        for call in message.tool_calls:
            yield ToolCallEvent(
                agent_name=name, tool_name=call.name, tool_call_id=call.id, arguments=call.arguments
            )
            if call.name in setup.tools:
                parsed.append(_Parsed(call, "tool", setup.tools[call.name]))
            elif call.name in setup.handoffs:
                parsed.append(_Parsed(call, "handoff", setup.handoffs[call.name]))
            elif call.name in setup.delegates:
                parsed.append(_Parsed(call, "delegate", setup.delegates[call.name]))
            else:
                parsed.append(_Parsed(call, "unknown"))

        results: dict[str, tuple[ToolMessage, ToolResultEvent | None]] = {}
        regular = [p for p in parsed if p.kind == "tool"]
        if len(regular) == 1:
            p = regular[0]
            results[p.call.id] = await _call_tool(current, p.target, p.call, state)
        elif regular:
            done = await asyncio.gather(
                *(_call_tool(current, p.target, p.call, state) for p in regular)
            )
            for p, r in zip(regular, done, strict=True):
                results[p.call.id] = r

        handoff: _Handoff | None = None
        for p in parsed:
            call = p.call
            if p.kind == "unknown":
                available = sorted([*setup.tools, *setup.handoffs, *setup.delegates])
                msg = _error_message(
                    call,
                    f"unknown tool {call.name!r}; available tools: "
                    f"{', '.join(available) or 'none'}",
                )
                results[call.id] = (msg, _result_event(detailed, name, call, msg))
            elif p.kind == "handoff":
                if handoff is not None:
                    msg = _error_message(call, "only one handoff per turn; this one was ignored")
                else:
                    reason = _argument(call, "reason")
                    handoff = _Handoff(p.target, reason)
                    msg = ToolMessage(
                        tool_call_id=call.id,
                        tool_name=call.name,
                        content=f"Transferred to {p.target.name}.",
                    )
                results[call.id] = (msg, _result_event(detailed, name, call, msg))
            elif p.kind == "delegate":
                task = _argument(call, "task")
                sub_conv: list[Message] = [UserMessage(content=task)]
                started_sub = time.perf_counter()
                try:
                    async for ev in _agent_events(p.target, state, sub_conv, {}):
                        yield ev
                    msg = ToolMessage(
                        tool_call_id=call.id, tool_name=call.name, content=state.output
                    )
                except (MaxStepsExceeded, OutputValidationError) as exc:
                    msg = _error_message(call, str(exc))
                ev_result = _result_event(detailed, name, call, msg)
                if ev_result is not None:
                    ev_result.duration_ms = (time.perf_counter() - started_sub) * 1000
                results[call.id] = (msg, ev_result)

        for call in message.tool_calls:
            msg, event = results[call.id]
            conversation.append(msg)
            if event is not None:
                yield event
        if detailed:
            yield _step_done(name, step, started, usage)
        if handoff is not None:
            handoffs_done += 1
            if detailed:
                yield HandoffEvent(
                    agent_name=name,
                    from_agent=name,
                    to_agent=handoff.target.name,
                    reason=handoff.reason,
                )
            current = handoff.target
            agent_steps = 0


def _argument(call: ToolCall, key: str) -> str:
    try:
        value = msgspec.json.decode(call.arguments or "{}")
    except msgspec.DecodeError:
        return ""
    if isinstance(value, dict):
        got = value.get(key, "")
        return got if isinstance(got, str) else msgspec.json.encode(got).decode()
    return ""


def _result_event(
    detailed: bool, agent_name: str, call: ToolCall, msg: ToolMessage
) -> ToolResultEvent | None:
    if not detailed:
        return None
    return ToolResultEvent(
        agent_name=agent_name,
        tool_name=call.name,
        tool_call_id=call.id,
        result=None if msg.is_error else msg.content,
        error=msg.content.removeprefix("Error: ") if msg.is_error else None,
        success=not msg.is_error,
    )


def _step_done(name: str, step: int, started: float, usage: Usage) -> StepEvent:
    now = time.time()
    return StepEvent(
        agent_name=name,
        step_number=step,
        status="completed",
        started_at=started,
        completed_at=now,
        duration_ms=(now - started) * 1000,
        usage=usage,
    )


def _first_agent(target: Runnable) -> Agent:
    return target.agents[0] if isinstance(target, Swarm) else target


async def _target_events(target: Runnable, state: _Run) -> AsyncIterator[StreamEvent]:
    if isinstance(target, Agent):
        async for ev in _agent_events(target, state, state.messages, None):
            yield ev
        return
    if target.mode == "workflow":
        previous: Agent | None = None
        for agent in target.agents:
            if previous is not None:
                if state.detailed:
                    yield HandoffEvent(
                        agent_name=previous.name,
                        from_agent=previous.name,
                        to_agent=agent.name,
                        reason="workflow",
                    )
                state.messages.append(UserMessage(content=state.output))
            async for ev in _agent_events(agent, state, state.messages, {}):
                yield ev
            previous = agent
    elif target.mode == "handoff":
        handoff_map = {
            a.name: (a.handoffs or [b for b in target.agents if b is not a]) for a in target.agents
        }
        async for ev in _agent_events(
            target.agents[0], state, state.messages, handoff_map, max_handoffs=target.max_handoffs
        ):
            yield ev
    else:  # team
        lead, members = target.agents[0], target.agents[1:]
        async for ev in _agent_events(lead, state, state.messages, {}, delegates=members):
            yield ev
        state.final_agent = lead.name


def _start_messages(input: str | None, messages: Sequence[Message] | None) -> list[Message]:
    history: list[Message] = []
    for m in messages or ():
        if isinstance(m, dict):
            m = msgspec.convert(m, Message)  # type: ignore[arg-type]
        if not isinstance(m, SystemMessage | UserMessage | AssistantMessage | ToolMessage):
            raise ConfigurationError(f"messages must be Message objects or dicts, got {m!r}")
        history.append(m)
    if input is not None:
        if not isinstance(input, str):
            raise ConfigurationError(f"input must be a string, got {type(input).__name__}")
        history.append(UserMessage(content=input))
    if not history:
        raise ConfigurationError("nothing to run: pass an input string or messages")
    return history


def _check_target(target: Any) -> Runnable:
    if not isinstance(target, Agent | Swarm):
        raise ConfigurationError(f"run() takes an Agent or a Swarm, got {type(target).__name__}")
    return target


def _check_event_types(event_types: Collection[str] | None) -> frozenset[str] | None:
    if event_types is None:
        return None
    wanted = frozenset(event_types)
    unknown = wanted - EVENT_TYPES
    if unknown:
        raise ConfigurationError(
            f"unknown event types {sorted(unknown)}; known: {sorted(EVENT_TYPES)}"
        )
    return wanted


async def _stream(
    target: Runnable,
    input: str | None,
    *,
    messages: Sequence[Message] | None,
    provider: Model | str | None,
    max_steps: int | None,
    detailed: bool,
    event_types: Collection[str] | None,
    streaming: bool,
    result_box: list[RunResult] | None = None,
) -> AsyncIterator[StreamEvent]:
    _check_target(target)
    wanted = _check_event_types(event_types)
    allowed = None if detailed else BASIC_EVENT_TYPES
    if wanted is not None:
        allowed = wanted if allowed is None else wanted & allowed
    state = _Run(
        detailed=detailed,
        streaming=streaming,
        provider=provider,
        max_steps=max_steps,
        messages=_start_messages(input, messages),
    )
    first = _first_agent(target)
    root_name = first.name
    await fire(first.hooks, "on_run_start", agent=first, input=input, messages=state.messages)
    if detailed:
        for status in ("starting", "running"):
            ev: StreamEvent = StatusEvent(agent_name=root_name, status=status)  # type: ignore[arg-type]
            if allowed is None or ev.type in allowed:  # type: ignore[attr-defined]
                yield ev
    try:
        async for ev in _target_events(target, state):
            if allowed is None or ev.type in allowed:  # type: ignore[union-attr]
                yield ev
    except Exception as exc:
        await fire(first.hooks, "on_run_error", agent=first, error=exc)
        err = ErrorEvent(
            agent_name=state.final_agent or root_name,
            error=str(exc) or type(exc).__name__,
            error_type=type(exc).__name__,
            step_number=state.step_number,
            recoverable=bool(getattr(exc, "retryable", False)),
        )
        if allowed is None or "error" in allowed:
            yield err
        if detailed and (allowed is None or "status" in allowed):
            yield StatusEvent(agent_name=root_name, status="error", message=err.error)
        raise
    result = RunResult(
        output=state.output,
        messages=state.messages,
        usage=state.usage,
        steps=state.steps,
        agent_name=state.final_agent or root_name,
        structured_output=state.structured,
    )
    await fire(first.hooks, "on_run_end", agent=first, result=result)
    if result_box is not None:
        result_box.append(result)
    if detailed and (allowed is None or "status" in allowed):
        yield StatusEvent(agent_name=result.agent_name, status="completed")


class _Runner:
    """``run(agent, input)``; ``run.stream(...)`` for events; ``run.sync(...)`` without a loop."""

    async def __call__(
        self,
        target: Runnable,
        input: str | None = None,
        *,
        messages: Sequence[Message] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
    ) -> RunResult:
        """Run an Agent or Swarm to the end and return its :class:`RunResult`.

        Args:
            messages: earlier conversation; ``input`` is appended as the next user message.
            provider: a Model (or model string) used instead of the one each agent names.
            max_steps: overrides each agent's own ``max_steps``.
        """
        box: list[RunResult] = []
        async for _ in _stream(
            target,
            input,
            messages=messages,
            provider=provider,
            max_steps=max_steps,
            detailed=False,
            event_types=(),
            streaming=False,
            result_box=box,
        ):
            pass
        return box[0]

    def stream(
        self,
        target: Runnable,
        input: str | None = None,
        *,
        messages: Sequence[Message] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
        detailed: bool = False,
        event_types: Collection[str] | None = None,
    ) -> AsyncIterator[StreamEvent]:
        """Run and yield typed events as they happen.

        Without ``detailed`` only ``text``, ``tool_call`` and ``error`` events are yielded; with
        it also ``step``, ``tool_result``, ``status``, ``usage``, ``reasoning`` and ``handoff``.
        ``event_types`` keeps only the named types. On failure an ``error`` event is yielded and
        then the exception is raised.
        """
        return _stream(
            target,
            input,
            messages=messages,
            provider=provider,
            max_steps=max_steps,
            detailed=detailed,
            event_types=event_types,
            streaming=True,
        )

    def sync(
        self,
        target: Runnable,
        input: str | None = None,
        *,
        messages: Sequence[Message] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
    ) -> RunResult:
        """Blocking ``run()``: works in plain scripts and inside a running loop (notebooks)."""
        coro_args = dict(messages=messages, provider=provider, max_steps=max_steps)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self(target, input, **coro_args))  # type: ignore[arg-type]
        box: list[Any] = []

        def worker() -> None:
            try:
                box.append(asyncio.run(self(target, input, **coro_args)))  # type: ignore[arg-type]
            except BaseException as exc:
                box.append(exc)

        thread = threading.Thread(target=worker, name="orbiter-run-sync")
        thread.start()
        thread.join()
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]  # type: ignore[no-any-return]


run = _Runner()
