"""The agent loop: ask the model, run the tools it calls, follow handoffs, until an answer."""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from contextlib import aclosing

import msgspec

from orbiter._run.limits import Gate, gate_for
from orbiter._run.output import parse_output
from orbiter._run.resume import finish_paused, pause, restore, snapshot
from orbiter._run.state import OnStep, Outcome, Resumed, RunState
from orbiter._run.steps import closing, step_done, step_started
from orbiter._run.tools import (
    AgentSetup,
    Results,
    argument,
    error_message,
    merge,
    result_event,
    tool_job,
    with_mcp_tools,
)
from orbiter.agent import Agent, check_instructions
from orbiter.errors import (
    MaxStepsExceeded,
    OutputTruncatedError,
    OutputValidationError,
    ResponseFormatError,
)
from orbiter.events import (
    HandoffEvent,
    ReasoningEvent,
    StreamEvent,
    TextEvent,
    ToolCallEvent,
    UsageEvent,
)
from orbiter.hooks import fire
from orbiter.messages import Message, ToolCall, ToolMessage, UserMessage
from orbiter.models import (
    Model,
    ModelRequest,
    ModelResponse,
    ReasoningDelta,
    StreamChunk,
    TextDelta,
)
from orbiter.telemetry import ModelCall
from orbiter.tool import Tool

_NO_PAUSE = (
    "this tool needs a person's approval, which a delegated task or a workflow step cannot "
    "ask for yet; it was not run"
)


async def _system_prompt(agent: Agent, conversation: list[Message]) -> str | None:
    value = agent.call_instructions(messages=conversation)
    if inspect.isawaitable(value):
        value = await value
    return check_instructions(agent, value)


class _Part(msgspec.Struct, eq=False):
    """One agent's part of a run (a delegate's is another): what its loop keeps between steps.

    Args:
        handoff_map: agent name -> who it may hand off to (handoff-mode Swarms); agents not in
            it use their own ``handoffs``.
        delegates: agents the first agent may delegate to (team-mode Swarms).
    """

    agent: Agent
    state: RunState
    conversation: list[Message]
    outcome: Outcome
    handoff_map: dict[str, list[Agent]] | None
    delegates: Sequence[Agent]
    max_handoffs: int
    can_pause: bool = False  # False inside delegated tasks and workflows
    setups: dict[str, AgentSetup] = msgspec.field(default_factory=dict)
    steps_used: dict[str, int] = msgspec.field(default_factory=dict)
    called: set[str] = msgspec.field(default_factory=set)  # agents that have asked for a tool
    handoffs_done: int = 0
    response: ModelResponse | None = None  # the streamed step's, once it has arrived
    handoff: Agent | None = None  # who the current step hands over to
    reason: str = ""
    tools: dict[str, Tool] = msgspec.field(default_factory=dict)  # the current step's tool table
    results: Results = msgspec.field(default_factory=list)  # the current step's tool results
    pending: list[ToolCall] = msgspec.field(default_factory=list)  # calls awaiting a person
    gate: Gate | None = None  # the current step's rate limit, when one applies
    chat: ModelCall | None = None  # the current step's model call span, when traced

    def setup_for(self, current: Agent) -> AgentSetup:
        name = current.name
        setup = self.setups.get(name)
        if setup is None:
            targets = current.handoffs
            if self.handoff_map is not None:
                targets = self.handoff_map.get(name, targets)
            state = self.state
            setup = AgentSetup(
                current,
                targets,
                self.delegates if current is self.agent else (),
                state.tool_choice if state.tool_choice is not None else current.tool_choice,
            )
            self.setups[name] = setup
        return setup

    def count_step(self, current: Agent) -> int:
        """Count a step of ``current`` and return its step limit (raises when it is used up)."""
        name = current.name
        state = self.state
        limit = state.max_steps if state.max_steps is not None else current.max_steps
        used = self.steps_used.get(name, 0)
        if used >= limit:
            raise MaxStepsExceeded(
                f"agent {name!r} used all {limit} steps without a final answer; raise "
                "max_steps or check that its tools let it finish",
                max_steps=limit,
            )
        self.steps_used[name] = used + 1
        state.steps += 1
        state.step_number = state.steps
        return limit

    async def prepare(
        self, current: Agent, setup: AgentSetup, step: int
    ) -> tuple[Model, ModelRequest]:
        """The model and the request for this step of ``current`` (and its rate-limit gate)."""
        name = current.name
        state = self.state
        conversation = self.conversation
        model = state.model_for(current)
        tools, specs = setup.tools, setup.specs
        if current.toolsets:
            tools, specs = await with_mcp_tools(state, current, setup)
        self.tools = tools
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
            if name in self.called and setup.tool_choice not in (None, "none")
            else setup.tool_choice,
            parallel_tool_calls=state.parallel_tool_calls
            if state.parallel_tool_calls is not None
            else current.parallel_tool_calls,
        )
        if current.hooks:
            await fire(
                current.hooks, "before_model_call", agent=current, request=request, step_number=step
            )
        self.gate = gate_for(model.name, request)
        return model, request

    async def record(
        self, current: Agent, request: ModelRequest, response: ModelResponse, step: int
    ) -> None:
        """Tell the hooks about the model's turn and add it to the conversation and usage."""
        if current.hooks:
            await fire(
                current.hooks,
                "after_model_call",
                agent=current,
                request=request,
                response=response,
                step_number=step,
            )
        message = response.message
        message.agent_name = current.name
        self.conversation.append(message)
        self.state.usage = self.state.usage + response.usage
        if self.gate is not None:
            await self.gate.settle(response.usage)

    def chunks(
        self, model: Model, request: ModelRequest, chat: ModelCall | None
    ) -> AsyncIterator[StreamChunk]:
        """The model's streamed turn (read it with :meth:`event_of`)."""
        self.response = None
        chunks = model.stream(request)
        return chunks if chat is None else chat.stream(chunks)

    def event_of(self, name: str, chunk: StreamChunk) -> StreamEvent | None:
        """The event a streamed chunk makes, if any; the final response is kept aside."""
        if type(chunk) is TextDelta:
            if chunk.text:
                return TextEvent(agent_name=name, text=chunk.text)
        elif type(chunk) is ReasoningDelta:
            if self.state.detailed and chunk.text:
                return ReasoningEvent(agent_name=name, text=chunk.text)
        elif isinstance(chunk, ModelResponse):
            self.response = chunk
        return None

    def streamed_response(self, model: Model) -> ModelResponse:
        if self.response is None:
            raise ResponseFormatError(
                f"model {model.name!r} ended its stream without a final response",
                model=model.name,
            )
        return self.response

    def answer(self, current: Agent, response: ModelResponse, limit: int) -> bool:
        """Take a turn without tool calls as the final answer; False when the model must try
        again because the answer does not match the agent's ``output_type``."""
        try:
            structured = parse_output(current, response)
        except OutputValidationError as exc:
            if self.steps_used[current.name] >= limit or isinstance(exc, OutputTruncatedError):
                raise
            # Tell the model what was wrong and let it answer again, as a person would.
            self.conversation.append(
                UserMessage(content=f"{exc}. Answer again with JSON matching the schema only.")
            )
            return False
        outcome = self.outcome
        outcome.output = response.message.content or ""
        outcome.structured = structured
        outcome.agent = current.name
        outcome.stop_reason = response.stop_reason
        outcome.finish_reason = response.finish_reason
        return True

    def handoff_result(self, call: ToolCall, target: Agent) -> ToolMessage:
        """Accept a handoff the model asked for, or say why it was not done."""
        if self.handoff is not None:
            return error_message(call, "only one handoff per turn; this one was ignored")
        if self.handoffs_done >= self.max_handoffs:
            return error_message(
                call, f"the run reached its limit of {self.max_handoffs} handoffs; answer yourself"
            )
        self.handoff = target
        self.reason = argument(call, "reason")
        return ToolMessage(
            tool_call_id=call.id, tool_name=call.name, content=f"Transferred to {target.name}."
        )

    def route(
        self,
        current: Agent,
        setup: AgentSetup,
        calls: list[ToolCall],
        chat: ModelCall | None,
    ) -> tuple[list[StreamEvent], list[AsyncGenerator[StreamEvent, None]]]:
        """Send the turn's calls where they go (tools, delegates, handoffs).

        Returns the events to yield first (each call; in detailed runs also the results known at
        once) and the jobs that run the rest; :meth:`add_results` then adds every result.
        """
        name = current.name
        state = self.state
        detailed = state.detailed
        tools = self.tools
        self.called.add(name)
        self.handoff = None
        self.reason = ""
        results: Results = [None] * len(calls)
        events: list[StreamEvent] = []
        jobs: list[AsyncGenerator[StreamEvent, None]] = []
        for i, call in enumerate(calls):
            cname = call.name
            found = tools.get(cname)
            events.append(
                ToolCallEvent(
                    agent_name=name,
                    tool_name=cname,
                    tool_call_id=call.id,
                    arguments=call.arguments,
                    server=found.server if found is not None else None,
                )
            )
            if found is not None:
                if found.needs_approval is False or not found.approval_needed(call.arguments):
                    jobs.append(tool_job(current, found, call, state, results, i, chat))
                    continue
                if self.can_pause:
                    self.pending.append(call)
                    continue
                msg = error_message(call, _NO_PAUSE)
            elif cname in setup.delegates:
                target = setup.delegates[cname]
                jobs.append(_delegate_job(current, target, call, state, results, i))
                continue
            elif cname in setup.handoffs:
                msg = self.handoff_result(call, setup.handoffs[cname])
            else:
                available = sorted([*tools, *setup.handoffs, *setup.delegates])
                msg = error_message(
                    call,
                    f"unknown tool {cname!r}; available tools: {', '.join(available) or 'none'}",
                )
            results[i] = (msg, result_event(name, call, msg) if detailed else None)
        if detailed:
            events += [r[1] for r in results if r is not None and r[1] is not None]
        self.results = results
        return events, jobs

    async def resume_events(
        self, resumed: Resumed, on_step: OnStep | None
    ) -> AsyncGenerator[StreamEvent, None]:
        """End the paused step of a resumed run (or restore a step checkpoint's state)."""
        if not resumed.checkpoint.pending:  # a step checkpoint: the next step comes first
            restore(self, resumed)
            return
        async with aclosing(finish_paused(self, resumed)) as evs:
            async for paused_event in evs:
                yield paused_event
        if on_step is not None:  # the paused step is complete now
            on_step(snapshot(self, resumed.agent))

    async def ask(
        self, current: Agent, setup: AgentSetup, step: int
    ) -> AsyncGenerator[StreamEvent, None]:
        """The model's turn of the step (after the rate limit, if any lets it wait), yielding
        its events; the response is left in ``self.response``."""
        state = self.state
        name = current.name
        model, request = await self.prepare(current, setup, step)
        if self.gate is not None:
            async with aclosing(self.gate.wait(name, step, state.detailed)) as waits:
                async for waited in waits:
                    yield waited
        chat = self.chat = (
            state.trace.model_call(name, model.name, request) if state.trace else None
        )
        if state.streaming:
            async with closing(self.chunks(model, request, chat)) as chunks:
                async for chunk in chunks:
                    event = self.event_of(name, chunk)
                    if event is not None:
                        yield event
            response = self.streamed_response(model)
        elif chat is None:
            response = await model.complete(request)
        else:
            response = await chat.complete(model.complete, request)
        await self.record(current, request, response, step)
        self.response = response
        if state.detailed:
            yield UsageEvent(agent_name=name, usage=response.usage, step_number=step)

    async def call_tools(
        self, current: Agent, setup: AgentSetup, calls: list[ToolCall]
    ) -> AsyncGenerator[StreamEvent, None]:
        """Route the turn's tool calls and run those that may run now, yielding their events."""
        events, jobs = self.route(current, setup, calls, self.chat)
        for event in events:
            yield event
        if jobs:
            async with aclosing(jobs[0] if len(jobs) == 1 else merge(jobs)) as evs:
                async for event in evs:
                    yield event

    def add_results(self) -> None:
        """Add the turn's tool results to the conversation, in the order they were asked for."""
        for r in self.results:
            assert r is not None  # every job fills its slot or raises
            self.conversation.append(r[0])

    def hand_over(self, current: Agent) -> tuple[Agent, HandoffEvent | None]:
        """The agent whose turn is next: the one the turn handed over to, if any (counting the
        handoff, with its event in detailed runs), else ``current``."""
        to = self.handoff
        if to is None:
            return current, None
        name = current.name
        self.handoffs_done += 1
        state = self.state
        if state.trace is not None:
            state.trace.handoff(name, to.name)
        if not state.detailed:
            return to, None
        said = HandoffEvent(agent_name=name, from_agent=name, to_agent=to.name, reason=self.reason)
        return to, said


async def agent_events(
    agent: Agent,
    state: RunState,
    conversation: list[Message],
    outcome: Outcome,
    *,
    handoff_map: dict[str, list[Agent]] | None = None,
    delegates: Sequence[Agent] = (),
    max_handoffs: int = 10,
    can_pause: bool = False,
    resumed: Resumed | None = None,
) -> AsyncGenerator[StreamEvent, None]:
    """Run ``agent`` (following handoffs) on ``conversation``, yielding its events; new turns go
    to ``conversation``, the answer to ``outcome``; ``resumed`` first ends a paused step."""
    part = _Part(
        agent, state, conversation, outcome, handoff_map, delegates, max_handoffs, can_pause
    )
    current = agent
    name = agent.name
    step: int | None = None
    # Step checkpoints are of the run's own conversation, not of delegates or workflows.
    on_step = state.on_step if can_pause else None
    try:
        if resumed is not None:
            name = resumed.agent.name
            async with aclosing(part.resume_events(resumed, on_step)) as evs:
                async for paused_event in evs:
                    yield paused_event
            current = resumed.agent  # the agent handed over to, if the paused step did
        while True:
            name = state.current_agent = current.name
            setup = part.setup_for(current)
            limit = part.count_step(current)
            step = state.steps
            started = time.time()
            if state.detailed:
                yield step_started(name, step, started)
            async with aclosing(part.ask(current, setup, step)) as evs:
                async for event in evs:
                    yield event
            response = part.response
            assert response is not None  # ask() leaves it or raises
            calls = response.message.tool_calls
            if not calls:
                answered = part.answer(current, response, limit)
                if state.detailed:
                    yield step_done(name, step, started, response)
                if answered:
                    return
                if on_step is not None:
                    on_step(snapshot(part, current))
                continue
            async with aclosing(part.call_tools(current, setup, calls)) as evs:
                async for event in evs:
                    yield event
            if part.pending:
                if state.detailed:
                    yield step_done(name, step, started, response)
                yield pause(part, current, step)
                return
            part.add_results()
            if state.detailed:
                yield step_done(name, step, started, response)
            current, said = part.hand_over(current)
            if said is not None:
                yield said
            if on_step is not None:
                # Every event of the step has been taken by the caller by now.
                on_step(snapshot(part, current))
    except Exception as exc:
        _note_where(exc, name, step)
        raise


def _note_where(exc: Exception, name: str, step: int | None) -> None:
    """Remember where a failure happened, innermost agent first: with delegations running at
    once, the run-wide "current agent" may already be another one."""
    if not hasattr(exc, "_orbiter_where"):
        try:
            exc._orbiter_where = (name, step)  # type: ignore[attr-defined]
        except AttributeError:
            pass


async def _delegate_job(
    lead: Agent, target: Agent, call: ToolCall, state: RunState, results: Results, index: int
) -> AsyncGenerator[StreamEvent, None]:
    """Run ``target`` on the task the lead gave it; its answer becomes the tool result."""
    started = time.perf_counter()
    outcome = Outcome()
    try:
        async with aclosing(
            agent_events(target, state, [UserMessage(content=argument(call, "task"))], outcome)
        ) as evs:
            async for ev in evs:
                yield ev
        msg = ToolMessage(tool_call_id=call.id, tool_name=call.name, content=outcome.output)
    except (MaxStepsExceeded, OutputValidationError) as exc:
        msg = error_message(call, str(exc))
    state.current_agent = lead.name
    event = None
    if state.detailed:
        event = result_event(lead.name, call, msg)
        event.duration_ms = (time.perf_counter() - started) * 1000
    results[index] = (msg, event)
    if event is not None:
        yield event
