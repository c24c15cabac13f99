"""The local runner: ``run()``, ``run.stream()`` and ``run.sync()``."""

from __future__ import annotations

import asyncio
import inspect
import re
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Collection, Sequence
from contextlib import aclosing
from typing import TYPE_CHECKING, Any

import msgspec

from orbiter.agent import Agent, check_instructions
from orbiter.errors import (
    ConfigurationError,
    MaxStepsExceeded,
    OrbiterError,
    OutputTruncatedError,
    OutputValidationError,
    ResponseFormatError,
    RunCancelledError,
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
    ImagePart,
    Message,
    SystemMessage,
    ToolCall,
    ToolMessage,
    Usage,
    UserInput,
    UserMessage,
    user_message,
)
from orbiter.models import (
    Model,
    ModelRequest,
    ModelResponse,
    ReasoningDelta,
    TextDelta,
    ToolSpec,
    check_tool_choice,
    checked_tool_choice,
    get_model,
    output_schema_for,
)
from orbiter.swarm import Swarm
from orbiter.telemetry import ModelCall, RunTrace, start_run
from orbiter.tool import Tool

if TYPE_CHECKING:
    from orbiter.mcp._pool import MCPPool

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
        stop_reason: why the final model turn ended (``"end_turn"``, ``"max_tokens"`` when the
            answer was cut off, ...; None when the model did not say).
        finish_reason: the same in the provider's own words (``"length"``, ``"MAX_TOKENS"``).
    """

    output: str
    messages: list[Message]
    usage: Usage
    steps: int
    agent_name: str
    structured_output: Any = None
    stop_reason: str | None = None
    finish_reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form a distributed task returns (without the transcript)."""
        return {
            "output": self.output,
            "usage": msgspec.to_builtins(self.usage),
            "steps": self.steps,
            "agent_name": self.agent_name,
            "structured_output": msgspec.to_builtins(self.structured_output),
            "stop_reason": self.stop_reason,
            "finish_reason": self.finish_reason,
        }


class _Run:
    """The mutable state of one run, shared by the agents taking part in it."""

    __slots__ = (
        "current_agent",
        "detailed",
        "max_steps",
        "mcp",
        "mcp_owned",
        "messages",
        "models",
        "parallel_tool_calls",
        "provider",
        "step_number",
        "steps",
        "streaming",
        "tool_choice",
        "trace",
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
        tool_choice: str | None = None,
        parallel_tool_calls: bool | None = None,
        mcp: MCPPool | None = None,
    ) -> None:
        self.tool_choice = tool_choice
        self.parallel_tool_calls = parallel_tool_calls
        self.detailed = detailed
        self.streaming = streaming
        self.provider = provider
        self.max_steps = max_steps
        self.messages = messages
        self.usage = Usage()
        self.steps = 0
        self.current_agent = ""
        self.models: dict[str, Model] = {}
        self.step_number: int | None = None
        self.trace: RunTrace | None = None
        # MCP connections: the caller's pool (a worker's), else one opened for this run.
        self.mcp = mcp
        self.mcp_owned = False

    async def mcp_tools(self, agent: Agent) -> dict[str, Tool]:
        """The tools of the agent's MCP servers, opening them on first need."""
        if self.mcp is None:
            from orbiter.mcp._pool import MCPPool

            self.mcp = MCPPool()
            self.mcp_owned = True
        return await self.mcp.tools(agent.toolsets)  # type: ignore[return-value]

    async def close_mcp(self) -> None:
        if self.mcp is not None and self.mcp_owned:
            pool, self.mcp = self.mcp, None
            await pool.aclose()

    def model_for(self, agent: Agent) -> Model:
        model = self.models.get(agent.name)
        if model is None:
            source = self.provider if self.provider is not None else agent.model
            model = get_model(source, agent.model_options)
            self.models[agent.name] = model
        return model


class _closing:
    """``aclosing`` for any async iterator: a model stream need not be a generator."""

    __slots__ = ("it",)

    def __init__(self, it: AsyncIterator[Any]) -> None:
        self.it = it

    async def __aenter__(self) -> AsyncIterator[Any]:
        return self.it

    async def __aexit__(self, *exc_info: object) -> None:
        aclose = getattr(self.it, "aclose", None)
        if aclose is not None:
            await aclose()


class _Outcome:
    """The final answer of one agent's part of a run (a delegate has its own)."""

    __slots__ = ("agent", "finish_reason", "output", "stop_reason", "structured")

    def __init__(self) -> None:
        self.agent = ""
        self.output = ""
        self.structured: Any = None
        self.stop_reason: str | None = None
        self.finish_reason: str | None = None


def _tool_name(prefix: str, agent: Agent) -> str:
    return (prefix + _NAME_SAFE.sub("_", agent.name))[:64]


def _agent_tool_spec(
    name: str, target: Agent, purpose: str, arg: str, arg_about: str, *, required: bool
) -> ToolSpec:
    """The spec of a tool Orbiter adds to reach ``target``: one string argument."""
    desc = f"{purpose} {target.description}" if target.description else purpose
    return ToolSpec(
        name=name,
        description=desc,
        parameters={
            "type": "object",
            "properties": {arg: {"type": "string", "description": arg_about}},
            "required": [arg] if required else [],
        },
    )


_fence = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def _parse_output(agent: Agent, response: ModelResponse) -> Any:
    tp = agent.output_type
    if tp is None or tp is str:
        return None
    text = response.message.content or ""
    m = _fence.match(text)
    body = m.group(1) if m else text
    try:
        return msgspec.json.decode(body, type=tp, strict=False)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        what = getattr(tp, "__name__", tp)
        if response.stop_reason == "max_tokens":
            # Asking again would be cut off at the same limit: say so instead of retrying.
            limit = (
                f"max_tokens={agent.max_tokens}"
                if agent.max_tokens is not None
                else "the provider's default max_tokens (the agent sets none)"
            )
            raise OutputTruncatedError(
                f"agent {agent.name!r} hit its output limit, {limit}, after "
                f"{response.usage.output_tokens} tokens, before finishing its {what} answer "
                f"(finish reason {response.finish_reason!r}); the JSON is cut off ({exc}). "
                "Raise Agent(max_tokens=...) or ask for a shorter answer.",
                max_tokens=agent.max_tokens,
                finish_reason=response.finish_reason,
            ) from None
        raise OutputValidationError(
            f"agent {agent.name!r} answered with something that is not a valid {what}: {exc}"
        ) from None


class _AgentSetup:
    """Per-agent things computed once per run: tool tables and the specs sent to the model."""

    __slots__ = ("delegates", "handoffs", "output_schema", "specs", "tool_choice", "tools")

    def __init__(
        self,
        agent: Agent,
        handoff_targets: Sequence[Agent],
        delegates: Sequence[Agent],
        tool_choice: str | None,
    ) -> None:
        self.tools: dict[str, Tool] = {t.name: t for t in agent.tools}
        self.handoffs = {_tool_name("transfer_to_", t): t for t in handoff_targets}
        self.delegates = {_tool_name("ask_", d): d for d in delegates}
        clash = (self.tools.keys() & self.handoffs.keys()) | (self.tools.keys() & self.delegates)
        if clash:
            raise ConfigurationError(
                f"agent {agent.name!r} has tools named {sorted(clash)}, which clash with the "
                "tools Orbiter adds for handoffs/delegation; rename them"
            )
        self.specs: list[ToolSpec] = [t.spec for t in agent.tools]
        self.specs += [
            _agent_tool_spec(
                n,
                t,
                f"Hand the conversation over to the agent {t.name!r}.",
                "reason",
                "why you hand over",
                required=False,
            )
            for n, t in self.handoffs.items()
        ]
        self.specs += [
            _agent_tool_spec(
                n,
                t,
                f"Ask the agent {t.name!r} to do a task and return its answer.",
                "task",
                "what the agent should do",
                required=True,
            )
            for n, t in self.delegates.items()
        ]
        self.output_schema = output_schema_for(agent.output_type)
        self.tool_choice = checked_tool_choice(agent.name, tool_choice, self.specs)


async def _with_mcp_tools(
    state: _Run, agent: Agent, setup: _AgentSetup
) -> tuple[dict[str, Tool], list[ToolSpec]]:
    """The agent's tool table and specs for this step, with its MCP servers' current tools."""
    remote = await state.mcp_tools(agent)
    taken = setup.tools.keys() | setup.handoffs.keys() | setup.delegates.keys()
    clash = sorted(taken & remote.keys())
    if clash:
        raise ConfigurationError(
            f"agent {agent.name!r} has MCP tools named {clash}, which clash with its other "
            "tools; give the MCP server a prefix (prefix='...') or filter them out"
        )
    return {**setup.tools, **remote}, [*setup.specs, *(t.spec for t in remote.values())]


async def _system_prompt(agent: Agent, conversation: list[Message]) -> str | None:
    value = agent.call_instructions(messages=conversation)
    if inspect.isawaitable(value):
        value = await value
    return check_instructions(agent, value)


async def _call_tool(
    agent: Agent, tool: Tool, call: ToolCall, detailed: bool
) -> tuple[ToolMessage, ToolResultEvent | None]:
    hooks = agent.hooks
    if hooks:
        await fire(
            hooks,
            "before_tool_call",
            agent=agent,
            tool_name=call.name,
            arguments=call.arguments,
            tool_call_id=call.id,
        )
    start = time.perf_counter()
    error: str | None = None
    result: Any = None
    text = ""
    images: list[ImagePart] = []
    try:
        result = await tool.call(call.arguments)
        text, images = tool.result_content(result)
    except asyncio.CancelledError:
        task = asyncio.current_task()
        if task is None or task.cancelling():
            raise
        # The tool cancelled something of its own and let the CancelledError escape: that is
        # the tool failing, not this run being cancelled.
        error = "CancelledError: the tool was cancelled"
    except OrbiterError as exc:
        error = str(exc)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
    duration = (time.perf_counter() - start) * 1000
    if hooks:
        await fire(
            hooks,
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
        msg = _error_message(call, error)
    else:
        msg = ToolMessage(tool_call_id=call.id, tool_name=call.name, content=text, images=images)
    event = None
    if detailed:
        event = _result_event(agent.name, call, msg)
        event.duration_ms = duration
        event.server = tool.server
    return msg, event


def _error_message(call: ToolCall, text: str) -> ToolMessage:
    return ToolMessage(
        tool_call_id=call.id, tool_name=call.name, content=f"Error: {text}", is_error=True
    )


def _result_event(agent_name: str, call: ToolCall, msg: ToolMessage) -> ToolResultEvent:
    return ToolResultEvent(
        agent_name=agent_name,
        tool_name=call.name,
        tool_call_id=call.id,
        result=None if msg.is_error else msg.content,
        error=msg.content.removeprefix("Error: ") if msg.is_error else None,
        success=not msg.is_error,
    )


# One slot per tool call of a turn: the message for the model and the detailed-mode event.
_Results = list[tuple[ToolMessage, ToolResultEvent | None] | None]


async def _tool_job(
    agent: Agent,
    tool: Tool,
    call: ToolCall,
    state: _Run,
    results: _Results,
    index: int,
    chat: ModelCall | None = None,
) -> AsyncGenerator[StreamEvent, None]:
    job = _call_tool(agent, tool, call, state.detailed)
    _msg, event = results[index] = await (job if chat is None else chat.tool(call, job))
    if event is not None:
        yield event


async def _delegate_job(
    lead: Agent, target: Agent, call: ToolCall, state: _Run, results: _Results, index: int
) -> AsyncGenerator[StreamEvent, None]:
    """Run ``target`` on the task the lead gave it; its answer becomes the tool result."""
    started = time.perf_counter()
    outcome = _Outcome()
    try:
        async with aclosing(
            _agent_events(target, state, [UserMessage(content=_argument(call, "task"))], outcome)
        ) as evs:
            async for ev in evs:
                yield ev
        msg = ToolMessage(tool_call_id=call.id, tool_name=call.name, content=outcome.output)
    except (MaxStepsExceeded, OutputValidationError) as exc:
        msg = _error_message(call, str(exc))
    state.current_agent = lead.name
    event = None
    if state.detailed:
        event = _result_event(lead.name, call, msg)
        event.duration_ms = (time.perf_counter() - started) * 1000
    results[index] = (msg, event)
    if event is not None:
        yield event


class _Failed:
    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


_DONE = object()


async def _merge(
    jobs: list[AsyncGenerator[StreamEvent, None]],
) -> AsyncGenerator[StreamEvent, None]:
    """Run several event-producing jobs at once and yield their events as they come.

    The first failure cancels the other jobs and is raised; closing or cancelling this
    generator cancels and awaits every job, so no task outlives it.
    """
    queue: asyncio.Queue[Any] = asyncio.Queue()

    async def drain(job: AsyncIterator[StreamEvent]) -> None:
        try:
            async for ev in job:
                queue.put_nowait(ev)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:
            queue.put_nowait(_Failed(exc))
            return
        queue.put_nowait(_DONE)

    tasks = [asyncio.create_task(drain(job)) for job in jobs]
    try:
        remaining = len(tasks)
        while remaining:
            item = await queue.get()
            if item is _DONE:
                remaining -= 1
            elif type(item) is _Failed:
                raise item.exc
            else:
                yield item
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def _agent_events(
    agent: Agent,
    state: _Run,
    conversation: list[Message],
    outcome: _Outcome,
    *,
    handoff_map: dict[str, list[Agent]] | None = None,
    delegates: Sequence[Agent] = (),
    max_handoffs: int = 10,
) -> AsyncGenerator[StreamEvent, None]:
    """Run ``agent`` (following handoffs) on ``conversation``, yielding its events.

    New turns are appended to ``conversation``; the final answer is written to ``outcome``.

    Args:
        handoff_map: agent name -> who it may hand off to (handoff-mode Swarms); agents not in
            it use their own ``handoffs``.
        delegates: agents the first agent may delegate to (team-mode Swarms).
    """
    detailed = state.detailed
    setups: dict[str, _AgentSetup] = {}
    steps_used: dict[str, int] = {}
    called: set[str] = set()  # agents that have asked for a tool in this part of the run
    handoffs_done = 0
    current = agent
    name = agent.name
    step: int | None = None
    try:
        while True:
            name = current.name
            state.current_agent = name
            setup = setups.get(name)
            if setup is None:
                targets = current.handoffs
                if handoff_map is not None:
                    targets = handoff_map.get(name, targets)
                setup = _AgentSetup(
                    current,
                    targets,
                    delegates if current is agent else (),
                    state.tool_choice if state.tool_choice is not None else current.tool_choice,
                )
                setups[name] = setup
            limit = state.max_steps if state.max_steps is not None else current.max_steps
            used = steps_used.get(name, 0)
            if used >= limit:
                raise MaxStepsExceeded(
                    f"agent {name!r} used all {limit} steps without a final answer; raise "
                    "max_steps or check that its tools let it finish",
                    max_steps=limit,
                )
            steps_used[name] = used + 1
            state.steps += 1
            step = state.steps
            state.step_number = step
            started = time.time()
            if detailed:
                yield StepEvent(
                    agent_name=name, step_number=step, status="started", started_at=started
                )
            model = state.model_for(current)
            tools, specs = setup.tools, setup.specs
            if current.toolsets:
                tools, specs = await _with_mcp_tools(state, current, setup)
            request = ModelRequest(
                # A copy: hooks and models may keep the request, and the conversation grows.
                messages=list(conversation),
                system=await _system_prompt(current, conversation)
                if current.instructions is not None
                else None,
                agent_name=name,
                tools=specs,
                output_schema=setup.output_schema,
                temperature=current.temperature,
                max_tokens=current.max_tokens,
                # A forced choice is met once the agent has called a tool: then it may answer.
                tool_choice="auto"
                if name in called and setup.tool_choice not in (None, "none")
                else setup.tool_choice,
                parallel_tool_calls=state.parallel_tool_calls
                if state.parallel_tool_calls is not None
                else current.parallel_tool_calls,
            )
            hooks = current.hooks
            if hooks:
                await fire(
                    hooks, "before_model_call", agent=current, request=request, step_number=step
                )
            response: ModelResponse | None = None
            chat = state.trace.model_call(name, model.name, request) if state.trace else None
            if state.streaming:
                chunks_in = model.stream(request)
                async with _closing(
                    chunks_in if chat is None else chat.stream(chunks_in)
                ) as chunks:
                    async for chunk in chunks:
                        if type(chunk) is TextDelta:
                            if chunk.text:
                                yield TextEvent(agent_name=name, text=chunk.text)
                        elif type(chunk) is ReasoningDelta:
                            if detailed and chunk.text:
                                yield ReasoningEvent(agent_name=name, text=chunk.text)
                        elif isinstance(chunk, ModelResponse):
                            response = chunk
                if response is None:
                    raise ResponseFormatError(
                        f"model {model.name!r} ended its stream without a final response",
                        model=model.name,
                    )
            elif chat is None:
                response = await model.complete(request)
            else:
                response = await chat.complete(model.complete, request)
            if hooks:
                await fire(
                    hooks,
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

            calls = message.tool_calls
            if not calls:
                text = message.content or ""
                try:
                    structured = _parse_output(current, response)
                except OutputValidationError as exc:
                    if steps_used[name] >= limit or isinstance(exc, OutputTruncatedError):
                        raise
                    # Tell the model what was wrong and let it answer again, as a person would.
                    conversation.append(
                        UserMessage(
                            content=f"{exc}. Answer again with JSON matching the schema only."
                        )
                    )
                    if detailed:
                        yield _step_done(name, step, started, response)
                    continue
                if detailed:
                    yield _step_done(name, step, started, response)
                outcome.output = text
                outcome.structured = structured
                outcome.agent = name
                outcome.stop_reason = response.stop_reason
                outcome.finish_reason = response.finish_reason
                return

            called.add(name)
            results: _Results = [None] * len(calls)
            jobs: list[AsyncGenerator[StreamEvent, None]] = []
            handoff: Agent | None = None
            reason = ""
            for i, call in enumerate(calls):
                cname = call.name
                found = tools.get(cname)
                yield ToolCallEvent(
                    agent_name=name,
                    tool_name=cname,
                    tool_call_id=call.id,
                    arguments=call.arguments,
                    server=found.server if found is not None else None,
                )
                if found is not None:
                    jobs.append(_tool_job(current, found, call, state, results, i, chat))
                elif cname in setup.delegates:
                    jobs.append(
                        _delegate_job(current, setup.delegates[cname], call, state, results, i)
                    )
                elif cname in setup.handoffs:
                    if handoff is not None:
                        msg = _error_message(
                            call, "only one handoff per turn; this one was ignored"
                        )
                    elif handoffs_done >= max_handoffs:
                        msg = _error_message(
                            call,
                            f"the run reached its limit of {max_handoffs} handoffs; "
                            "answer yourself",
                        )
                    else:
                        handoff = setup.handoffs[cname]
                        reason = _argument(call, "reason")
                        msg = ToolMessage(
                            tool_call_id=call.id,
                            tool_name=cname,
                            content=f"Transferred to {handoff.name}.",
                        )
                    results[i] = (msg, _result_event(name, call, msg) if detailed else None)
                else:
                    available = sorted([*tools, *setup.handoffs, *setup.delegates])
                    msg = _error_message(
                        call,
                        f"unknown tool {cname!r}; available tools: "
                        f"{', '.join(available) or 'none'}",
                    )
                    results[i] = (msg, _result_event(name, call, msg) if detailed else None)

            if detailed:
                for r in results:
                    if r is not None and r[1] is not None:
                        yield r[1]
            if len(jobs) == 1:
                async with aclosing(jobs[0]) as evs:
                    async for ev in evs:
                        yield ev
            elif jobs:
                async with aclosing(_merge(jobs)) as evs:
                    async for ev in evs:
                        yield ev
            for r in results:
                assert r is not None  # every job fills its slot or raises
                conversation.append(r[0])
            if detailed:
                yield _step_done(name, step, started, response)
            if handoff is not None:
                handoffs_done += 1
                if state.trace is not None:
                    state.trace.handoff(name, handoff.name)
                if detailed:
                    yield HandoffEvent(
                        agent_name=name, from_agent=name, to_agent=handoff.name, reason=reason
                    )
                current = handoff

    except Exception as exc:
        # Remember where the failure happened, innermost agent first: with delegations
        # running at once, the run-wide "current agent" may already be another one.
        if not hasattr(exc, "_orbiter_where"):
            try:
                exc._orbiter_where = (name, step)  # type: ignore[attr-defined]
            except AttributeError:
                pass
        raise


def _argument(call: ToolCall, key: str) -> str:
    try:
        value = msgspec.json.decode(call.arguments or "{}")
    except msgspec.DecodeError:
        return ""
    if isinstance(value, dict):
        got = value.get(key, "")
        return got if isinstance(got, str) else msgspec.json.encode(got).decode()
    return ""


def _step_done(name: str, step: int, started: float, response: ModelResponse) -> StepEvent:
    now = time.time()
    return StepEvent(
        agent_name=name,
        step_number=step,
        status="completed",
        started_at=started,
        completed_at=now,
        duration_ms=(now - started) * 1000,
        usage=response.usage,
        stop_reason=response.stop_reason,
        finish_reason=response.finish_reason,
    )


async def _target_events(
    target: Runnable, state: _Run, outcome: _Outcome
) -> AsyncGenerator[StreamEvent, None]:
    if isinstance(target, Agent):
        async with aclosing(_agent_events(target, state, state.messages, outcome)) as evs:
            async for ev in evs:
                yield ev
        return
    agents = target.agents
    if target.mode == "workflow":
        # Each agent after the first starts a fresh conversation whose input is the previous
        # agent's answer; the run's transcript keeps every agent's turns in order.
        for i, agent in enumerate(agents):
            if i == 0:
                conversation = state.messages
            else:
                if state.detailed:
                    prev = agents[i - 1].name
                    yield HandoffEvent(
                        agent_name=prev, from_agent=prev, to_agent=agent.name, reason="workflow"
                    )
                conversation = [UserMessage(content=outcome.output)]
            async with aclosing(_agent_events(agent, state, conversation, outcome)) as evs:
                async for ev in evs:
                    yield ev
            if i > 0:
                state.messages.extend(conversation)
    elif target.mode == "handoff":
        handoff_map = {a.name: (a.handoffs or [b for b in agents if b is not a]) for a in agents}
        async with aclosing(
            _agent_events(
                agents[0],
                state,
                state.messages,
                outcome,
                handoff_map=handoff_map,
                max_handoffs=target.max_handoffs,
            )
        ) as evs:
            async for ev in evs:
                yield ev
    else:  # team
        async with aclosing(
            _agent_events(
                agents[0],
                state,
                state.messages,
                outcome,
                delegates=agents[1:],
                max_handoffs=target.max_handoffs,
            )
        ) as evs:
            async for ev in evs:
                yield ev


def _start_messages(input: UserInput | None, messages: Sequence[Message] | None) -> list[Message]:
    history: list[Message] = []
    for m in messages or ():
        if isinstance(m, dict):
            try:
                m = msgspec.convert(m, Message)
            except msgspec.ValidationError as exc:
                raise ConfigurationError(f"invalid message {m!r}: {exc}") from None
        if not isinstance(m, SystemMessage | UserMessage | AssistantMessage | ToolMessage):
            raise ConfigurationError(f"messages must be Message objects or dicts, got {m!r}")
        history.append(m)
    if input is not None:
        history.append(user_message(input))
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
    if isinstance(event_types, str):
        event_types = {event_types}
    wanted = frozenset(event_types)
    unknown = wanted - EVENT_TYPES
    if unknown:
        raise ConfigurationError(
            f"unknown event types {sorted(unknown)}; known: {sorted(EVENT_TYPES)}"
        )
    return wanted


async def _fire_run_hook(agent: Agent | None, name: str, exc: BaseException, **ctx: Any) -> None:
    """Fire an error hook without letting a failing hook hide the run's own error."""
    if agent is None or not agent.hooks:
        return
    try:
        await fire(agent.hooks, name, agent=agent, error=exc, **ctx)
    except Exception as hook_exc:
        exc.add_note(f"the {name} hook failed too: {type(hook_exc).__name__}: {hook_exc}")


async def _stream(
    target: Runnable,
    input: UserInput | None,
    *,
    messages: Sequence[Message] | None,
    provider: Model | str | None,
    max_steps: int | None,
    detailed: bool,
    event_types: Collection[str] | None,
    streaming: bool,
    result_box: list[RunResult] | None = None,
    tool_choice: str | None = None,
    parallel_tool_calls: bool | None = None,
    mcp_pool: MCPPool | None = None,
) -> AsyncGenerator[StreamEvent, None]:
    """The events of one run.

    Args:
        mcp_pool: MCP connections to reuse (a worker's); by default the run opens its own and
            closes them when it ends.
    """
    first: Agent | None = None
    state: _Run | None = None
    allowed: frozenset[str] | None = None
    root_name = ""
    try:
        checked = _check_target(target)
        lead = checked.agents[0] if isinstance(checked, Swarm) else checked
        first = lead
        root_name = lead.name
        wanted = _check_event_types(event_types)
        if wanted is not None:
            # Naming a detailed-only type asks for it, whatever ``detailed`` says.
            allowed = wanted
            detailed = detailed or not wanted <= BASIC_EVENT_TYPES
        elif not detailed:
            allowed = BASIC_EVENT_TYPES
        if max_steps is not None and (
            not isinstance(max_steps, int) or isinstance(max_steps, bool) or max_steps < 1
        ):
            raise ConfigurationError(f"max_steps must be a positive integer, got {max_steps!r}")
        check_tool_choice(tool_choice, parallel_tool_calls, "run()")
        state = _Run(
            detailed=detailed,
            streaming=streaming,
            provider=provider,
            max_steps=max_steps,
            messages=_start_messages(input, messages),
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            mcp=mcp_pool,
        )
        state.current_agent = root_name
        state.trace = start_run(root_name, "agent" if checked is lead else "swarm")
        if first.hooks:
            await fire(
                first.hooks, "on_run_start", agent=first, input=input, messages=state.messages
            )
        if detailed and (allowed is None or "status" in allowed):
            yield StatusEvent(agent_name=root_name, status="starting")
            yield StatusEvent(agent_name=root_name, status="running")
        outcome = _Outcome()
        async with aclosing(_target_events(target, state, outcome)) as evs:
            async for ev in evs:
                if allowed is None or ev.type in allowed:
                    yield ev
        result = RunResult(
            output=outcome.output,
            messages=state.messages,
            usage=state.usage,
            steps=state.steps,
            agent_name=outcome.agent or root_name,
            structured_output=outcome.structured,
            stop_reason=outcome.stop_reason,
            finish_reason=outcome.finish_reason,
        )
        if lead.hooks:
            await fire(lead.hooks, "on_run_end", agent=lead, result=result)
    except asyncio.CancelledError:
        if state is not None and state.trace is not None:
            state.trace.end(state.usage, state.steps, RunCancelledError("the run was cancelled"))
        await _fire_run_hook(first, "on_run_error", RunCancelledError("the run was cancelled"))
        raise
    except Exception as exc:
        if state is not None and state.trace is not None:
            state.trace.end(state.usage, state.steps, exc)
        await _fire_run_hook(first, "on_run_error", exc)
        current = state.current_agent if state is not None else root_name
        step_number = state.step_number if state is not None else None
        where = getattr(exc, "_orbiter_where", None)
        if where is not None:
            current, step_number = where
        err = ErrorEvent(
            agent_name=current,
            error=str(exc) or type(exc).__name__,
            error_type=type(exc).__name__,
            step_number=step_number,
            recoverable=bool(getattr(exc, "retryable", False)),
        )
        if allowed is None or "error" in allowed:
            yield err
        if detailed and (allowed is None or "status" in allowed):
            yield StatusEvent(agent_name=current, status="error", message=err.error)
        raise
    finally:
        if state is not None and state.trace is not None:
            state.trace.end(state.usage, state.steps)  # no-op when it ended above
        if state is not None:
            await state.close_mcp()
    if result_box is not None:
        result_box.append(result)
    if detailed and (allowed is None or "status" in allowed):
        yield StatusEvent(agent_name=result.agent_name, status="completed")


class RunStream:
    """The async iterator ``run.stream()`` returns: events, then ``.result`` once it ends.

    Use it in ``async for``; ``async with run.stream(...) as events:`` also closes the run
    (cancelling tool calls in flight) when the block is left early.
    """

    __slots__ = ("_box", "_gen")

    def __init__(self, gen: AsyncGenerator[StreamEvent, None], box: list[RunResult]) -> None:
        self._gen = gen
        self._box = box

    def __aiter__(self) -> RunStream:
        return self

    def __anext__(self) -> Awaitable[StreamEvent]:
        return self._gen.__anext__()

    async def aclose(self) -> None:
        """Stop the run if it is still going; tool calls in flight are cancelled and awaited."""
        await self._gen.aclose()

    async def __aenter__(self) -> RunStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._gen.aclose()

    @property
    def result(self) -> RunResult:
        """The :class:`RunResult`, once the stream has ended without an error."""
        if not self._box:
            raise RuntimeError(
                "the run has not finished: iterate the stream to its end before reading .result"
            )
        return self._box[0]


class _Runner:
    """``run(agent, input)``; ``run.stream(...)`` for events; ``run.sync(...)`` without a loop."""

    async def __call__(
        self,
        target: Runnable,
        input: UserInput | None = None,
        *,
        messages: Sequence[Message] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
        tool_choice: str | None = None,
        parallel_tool_calls: bool | None = None,
    ) -> RunResult:
        """Run an Agent or Swarm to the end and return its :class:`RunResult`.

        Args:
            messages: earlier conversation; ``input`` is appended as the next user message.
            provider: a Model (or model string) used instead of the one each agent names.
            max_steps: overrides each agent's own ``max_steps``.
            tool_choice, parallel_tool_calls: override each agent's own for this run.
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
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
        ):
            pass
        return box[0]

    def stream(
        self,
        target: Runnable,
        input: UserInput | None = None,
        *,
        messages: Sequence[Message] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
        detailed: bool = False,
        event_types: Collection[str] | None = None,
        tool_choice: str | None = None,
        parallel_tool_calls: bool | None = None,
        mcp_pool: MCPPool | None = None,
    ) -> RunStream:
        """Run and yield typed events as they happen; ``.result`` holds the RunResult after.

        Without ``detailed`` only ``text``, ``tool_call`` and ``error`` events are yielded; with
        it also ``step``, ``tool_result``, ``status``, ``usage``, ``reasoning`` and ``handoff``.
        ``event_types`` keeps only the named types. On failure an ``error`` event is yielded and
        then the exception is raised.

        Args:
            mcp_pool: an :class:`orbiter.mcp.MCPPool` whose MCP connections the run uses and
                leaves open, so that many runs share them (a worker keeps one for its life and
                closes it with ``aclose()``). Without it the run opens its own and closes them
                when it ends.
        """
        box: list[RunResult] = []
        gen = _stream(
            target,
            input,
            messages=messages,
            provider=provider,
            max_steps=max_steps,
            detailed=detailed,
            event_types=event_types,
            streaming=True,
            result_box=box,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            mcp_pool=mcp_pool,
        )
        return RunStream(gen, box)

    def sync(
        self,
        target: Runnable,
        input: UserInput | None = None,
        *,
        messages: Sequence[Message] | None = None,
        provider: Model | str | None = None,
        max_steps: int | None = None,
        tool_choice: str | None = None,
        parallel_tool_calls: bool | None = None,
    ) -> RunResult:
        """Blocking ``run()``: works in plain scripts and inside a running loop (notebooks)."""
        coro_args = {
            "messages": messages,
            "provider": provider,
            "max_steps": max_steps,
            "tool_choice": tool_choice,
            "parallel_tool_calls": parallel_tool_calls,
        }
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
        return box[0]


run = _Runner()
