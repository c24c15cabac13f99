"""Human approval: tools that pause the run, and resuming it with approvals, rejections, edits."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from orbiter_core_helpers import add, collect

from orbiter import Agent, Swarm, run, tool
from orbiter.checkpoint import RunCheckpoint
from orbiter.errors import ResumeError, ToolError
from orbiter.events import InterruptEvent, StreamEvent, decode_event, encode_event
from orbiter.messages import AssistantMessage, ToolMessage
from orbiter.testing import ScriptedModel, call_tool, call_tools, reply
from orbiter.threads import MemoryThreadStore

sent: list[str] = []


@tool(needs_approval=True)
def send_email(to: str, body: str) -> str:
    """Send an email."""
    sent.append(f"{to}: {body}")
    return f"sent to {to}"


def _large(args: dict[str, Any]) -> bool:
    return bool(args["amount"] > 100)


@tool(needs_approval=_large)
def pay(amount: int) -> str:
    """Pay an amount."""
    return f"paid {amount}"


@pytest.fixture(autouse=True)
def _clear_sent() -> None:
    sent.clear()


def mailer(*steps: Any) -> Agent:
    return Agent("mailer", model=ScriptedModel(list(steps)), tools=[send_email, add])


async def test_the_run_pauses_instead_of_calling_the_tool() -> None:
    agent = mailer(call_tool("send_email", to="bob", body="hi"), reply("done"))
    result = await run(agent, "mail bob")
    assert sent == []
    assert result.status == "interrupted"
    assert result.stop_reason == "interrupted"
    assert result.output == ""
    assert [(c.name, msgspec.json.decode(c.arguments)) for c in result.pending] == [
        ("send_email", {"to": "bob", "body": "hi"})
    ]
    assert result.state is not None
    assert result.state.pending == result.pending
    assert isinstance(result.messages[-1], AssistantMessage)


async def test_approve_runs_the_call_and_the_run_continues() -> None:
    agent = mailer(call_tool("send_email", to="bob", body="hi"), reply("done"))
    paused = await run(agent, "mail bob")
    assert paused.state is not None
    result = await run.resume(agent, paused.state, approve=[paused.pending[0].id])
    assert sent == ["bob: hi"]
    assert result.status == "completed"
    assert result.output == "done"
    assert result.steps == 2
    assert result.usage.requests == 2
    tool_msg = result.messages[-2]
    assert isinstance(tool_msg, ToolMessage)
    assert tool_msg.content == "sent to bob"


async def test_reject_tells_the_model_the_reason() -> None:
    agent = mailer(call_tool("send_email", to="bob", body="hi"), reply("ok, not sent"))
    paused = await run(agent, "mail bob")
    assert paused.state is not None
    call_id = paused.pending[0].id
    result = await run.resume(agent, paused.state, reject={call_id: "bob is on leave"})
    assert sent == []
    tool_msg = result.messages[-2]
    assert isinstance(tool_msg, ToolMessage)
    assert tool_msg.is_error
    assert "bob is on leave" in tool_msg.content
    assert result.output == "ok, not sent"


async def test_edit_runs_the_call_with_new_arguments() -> None:
    agent = mailer(call_tool("send_email", to="bob", body="hi"), reply("done"))
    paused = await run(agent, "mail bob")
    assert paused.state is not None
    call_id = paused.pending[0].id
    result = await run.resume(agent, paused.state, edit={call_id: {"to": "ann", "body": "hey"}})
    assert sent == ["ann: hey"]
    call_msg = result.messages[-3]
    assert isinstance(call_msg, AssistantMessage)
    assert msgspec.json.decode(call_msg.tool_calls[0].arguments) == {"to": "ann", "body": "hey"}
    # The caller's state is not changed by the resumed run.
    first = paused.state.messages[-1]
    assert isinstance(first, AssistantMessage)
    assert msgspec.json.decode(first.tool_calls[0].arguments) == {"to": "bob", "body": "hi"}


async def test_other_calls_of_the_step_run_at_once_and_keep_their_order() -> None:
    agent = mailer(
        call_tools(("add", {"a": 1, "b": 2}), ("send_email", {"to": "bob", "body": "3"})),
        reply("done"),
    )
    paused = await run(agent, "add then mail")
    assert paused.state is not None
    assert [c.name for c in paused.pending] == ["send_email"]
    assert [m.content for m in paused.state.done.values()] == ["3"]
    result = await run.resume(agent, paused.state, approve=[paused.pending[0].id])
    results = [m for m in result.messages if isinstance(m, ToolMessage)]
    assert [(m.tool_name, m.content) for m in results] == [
        ("add", "3"),
        ("send_email", "sent to bob"),
    ]


async def test_a_predicate_decides_per_call() -> None:
    agent = Agent(
        "payer",
        model=ScriptedModel(
            [call_tool("pay", amount=5), call_tool("pay", amount=500), reply("ok")]
        ),
        tools=[pay],
    )
    paused = await run(agent, "pay")
    assert paused.steps == 2
    assert [msgspec.json.decode(c.arguments) for c in paused.pending] == [{"amount": 500}]
    tool_msg = paused.messages[-2]
    assert isinstance(tool_msg, ToolMessage)
    assert tool_msg.content == "paid 5"
    with pytest.raises(ToolError, match="needs_approval"):
        tool(needs_approval="yes")(lambda: None)  # type: ignore[call-overload]


async def test_the_interrupt_event_and_state_round_trip_as_json() -> None:
    agent = mailer(call_tool("send_email", to="bob", body="hi"), reply("done"))
    stream = run.stream(agent, "mail bob", detailed=True)
    events: list[StreamEvent] = [e async for e in stream]
    interrupt = next(e for e in events if isinstance(e, InterruptEvent))
    assert decode_event(encode_event(interrupt)) == interrupt
    assert interrupt.calls == stream.result.pending
    assert events[-1].type == "status"
    assert getattr(events[-1], "status", None) == "interrupted"
    state = stream.result.state
    assert state is not None
    data = state.to_json()
    assert RunCheckpoint.from_json(data) == state
    # Resumed from the JSON alone, as another process would.
    result = await run.resume(agent, data, approve=[interrupt.calls[0].id])
    assert result.output == "done"
    basic = await collect(run.stream(mailer(call_tool("send_email", to="x", body="y")), "m"))
    assert [e.type for e in basic] == ["tool_call", "interrupt"]


async def test_resume_errors_are_clear() -> None:
    agent = mailer(call_tool("send_email", to="bob", body="hi"), reply("done"))
    paused = await run(agent, "mail bob")
    state = paused.state
    assert state is not None
    call_id = paused.pending[0].id
    with pytest.raises(ResumeError, match="no pending call has the id 'nope'"):
        await run.resume(agent, state, approve=[call_id, "nope"])
    with pytest.raises(ResumeError, match="no decision for the pending calls"):
        await run.resume(agent, state)
    with pytest.raises(ResumeError, match="two decisions"):
        await run.resume(agent, state, approve=[call_id], reject={call_id: "no"})
    other = Agent("other", model="scripted:echo", tools=[send_email])
    with pytest.raises(ResumeError, match="from a run of 'mailer', not 'other'"):
        await run.resume(other, state, approve=[call_id])
    with pytest.raises(ResumeError, match="not a run checkpoint"):
        await run.resume(agent, b"{}", approve=[call_id])
    assert sent == []


async def test_a_handoff_swarm_resumes_with_its_active_agent() -> None:
    clerk = Agent(
        "clerk",
        model=ScriptedModel([call_tool("send_email", to="bob", body="hi"), reply("sent it")]),
        tools=[send_email],
    )
    front = Agent("front", model=ScriptedModel([call_tool("transfer_to_clerk")]))
    swarm = Swarm([front, clerk], mode="handoff")
    paused = await run(swarm, "mail bob")
    assert paused.state is not None
    assert paused.state.agent_name == "clerk"
    result = await run.resume(swarm, paused.state, approve=[paused.pending[0].id])
    assert result.agent_name == "clerk"
    assert result.output == "sent it"
    assert sent == ["bob: hi"]


async def test_a_delegated_task_cannot_pause_and_the_tool_does_not_run() -> None:
    helper = Agent(
        "helper",
        model=ScriptedModel([call_tool("send_email", to="bob", body="hi"), reply("could not")]),
        tools=[send_email],
    )
    lead = Agent("lead", model=ScriptedModel([call_tool("ask_helper", task="mail"), reply("ok")]))
    result = await run(Swarm([lead, helper], mode="team"), "go")
    assert result.status == "completed"
    assert sent == []


async def test_an_interrupted_run_on_a_thread_appends_only_when_it_completes() -> None:
    store = MemoryThreadStore()
    agent = mailer(call_tool("send_email", to="bob", body="hi"), reply("done"))
    paused = await run(agent, "mail bob", thread_id="t", threads=store)
    assert paused.state is not None
    assert paused.state.thread_id == "t"
    assert await store.load("t") == []
    result = await run.resume(agent, paused.state, approve=[paused.pending[0].id], threads=store)
    assert await store.load("t") == result.messages
    assert [r.run_id for r in await store.runs("t")] == [paused.run_id]


def test_needs_approval_travels_with_the_agent() -> None:
    from orbiter_core_helpers import multiply

    from orbiter import Tool

    agent = Agent(
        "a",
        model="scripted:echo",
        tools=[
            Tool(multiply, needs_approval=True),
            Tool(multiply, name="m2", needs_approval=_large),
        ],
    )
    rebuilt = Agent.from_dict(agent.to_dict())
    approvals = [t.needs_approval for t in rebuilt.tools]
    assert approvals == [True, _large]


async def test_resume_stream_yields_the_rest_of_the_run() -> None:
    agent = mailer(call_tool("send_email", to="bob", body="hi"), reply("done"))
    paused = await run(agent, "mail bob")
    assert paused.state is not None
    stream = run.resume_stream(agent, paused.state, approve=[paused.pending[0].id], detailed=True)
    events = [e async for e in stream]
    kinds = [e.type for e in events]
    assert kinds[:3] == ["status", "status", "tool_result"]
    assert "text" in kinds
    assert kinds[-1] == "status"
    assert getattr(events[-1], "status", None) == "completed"
    assert stream.result.output == "done"
    assert sent == ["bob: hi"]
