"""Swarms in their three modes, and handoffs between plain agents."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from orbiter_core_helpers import Recorder, add, collect, drain

from orbiter import Agent, ConfigurationError, RateLimitError, Swarm, run
from orbiter.messages import AssistantMessage, ToolMessage, UserMessage
from orbiter.testing import ScriptedModel, call_tool, call_tools, fail, reply


async def test_workflow_passes_each_output_to_the_next_agent() -> None:
    researcher_model = Recorder(["notes: AI is big"])
    writer_model = Recorder(["article from notes"])
    researcher = Agent("researcher", model=researcher_model)
    writer = Agent("writer", model=writer_model, instructions="Write an article.")
    swarm = Swarm(agents=[researcher, writer], mode="workflow")

    result = await run(swarm, "Research AI")
    assert result.output == "article from notes"
    assert result.agent_name == "writer"
    assert result.steps == 2
    assert result.usage.requests == 2
    # The writer starts from the researcher's answer, with its own instructions and model.
    writer_req = writer_model.requests[0]
    assert [(type(m).__name__, m.content) for m in writer_req.messages] == [
        ("UserMessage", "notes: AI is big")
    ]
    assert writer_req.system == "Write an article."
    assert researcher_model.requests[0].messages == [UserMessage(content="Research AI")]
    # The transcript holds both agents' turns in order.
    assert [(type(m).__name__, getattr(m, "agent_name", None)) for m in result.messages] == [
        ("UserMessage", None),
        ("AssistantMessage", "researcher"),
        ("UserMessage", None),
        ("AssistantMessage", "writer"),
    ]


async def test_workflow_stream_tags_events_with_each_agent() -> None:
    swarm = Swarm(
        agents=[Agent("one", model=ScriptedModel(["first"])), Agent("two", model="scripted:echo")],
        mode="workflow",
    )
    events = await collect(run.stream(swarm, "go"))
    assert [(e.agent_name, e.text) for e in events] == [("one", "first"), ("two", "first")]
    detailed = await collect(run.stream(swarm, "go", detailed=True))
    handoffs = [e for e in detailed if e.type == "handoff"]
    assert [(h.from_agent, h.to_agent, h.reason) for h in handoffs] == [("one", "two", "workflow")]


async def test_handoff_mode_transfers_the_conversation() -> None:
    triage_model = Recorder([call_tool("transfer_to_billing", reason="refund question")])
    billing_model = Recorder(["Refund issued."])
    triage = Agent("triage", model=triage_model)
    billing = Agent("billing", model=billing_model, description="Handles money matters.")
    support = Agent("support", model=ScriptedModel(["unused"]))
    swarm = Swarm(agents=[triage, billing, support], mode="handoff")

    events = await collect(run.stream(swarm, "I want my money back", detailed=True))
    result = await run(swarm, "I want my money back")
    assert result.output == "Refund issued."
    assert result.agent_name == "billing"
    # The first agent was offered a transfer tool for every other agent.
    offered = {s.name: s.description for s in triage_model.requests[0].tools}
    assert set(offered) == {"transfer_to_billing", "transfer_to_support"}
    assert "Handles money matters." in offered["transfer_to_billing"]
    # Billing sees the whole conversation, including the transfer.
    seen = billing_model.requests[0].messages
    assert isinstance(seen[0], UserMessage)
    assert seen[0].content == "I want my money back"
    assert isinstance(seen[-1], ToolMessage)
    assert seen[-1].content == "Transferred to billing."
    handoff = [e for e in events if e.type == "handoff"]
    assert [(h.from_agent, h.to_agent, h.reason) for h in handoff] == [
        ("triage", "billing", "refund question")
    ]
    assert {e.agent_name for e in events if e.type == "text"} == {"billing"}


async def test_handoff_back_and_forth_and_the_handoff_limit() -> None:
    # Two agents that always hand over: the swarm's limit stops the ping-pong, then the
    # model is told to answer itself.
    def ping_pong(request: Any) -> Any:
        last = request.messages[-1]
        if isinstance(last, ToolMessage) and last.is_error:
            return reply(f"{request.agent_name} answers")
        other = "b" if request.agent_name == "a" else "a"
        return call_tool(f"transfer_to_{other}")

    a = Agent("a", model=ScriptedModel(ping_pong))
    b = Agent("b", model=ScriptedModel(ping_pong))
    result = await run(Swarm([a, b], mode="handoff", max_handoffs=3), "go")
    assert result.agent_name == "b"  # a->b, b->a, a->b, then b is refused
    assert result.output == "b answers"
    limit_msgs = [m for m in result.messages if isinstance(m, ToolMessage) and m.is_error]
    assert "limit of 3 handoffs" in limit_msgs[0].content


async def test_agent_handoffs_work_without_a_swarm() -> None:
    expert = Agent("expert", model=ScriptedModel(["expert answer"]))
    front = Agent(
        "front", model=ScriptedModel([call_tool("transfer_to_expert")]), handoffs=[expert]
    )
    result = await run(front, "hard question")
    assert (result.output, result.agent_name) == ("expert answer", "expert")
    with pytest.raises(ConfigurationError, match="must be Agents"):
        Agent("x", handoffs=["expert"])  # type: ignore[list-item]


async def test_team_lead_delegates_to_members_and_writes_the_answer() -> None:
    lead_model = Recorder(
        [
            call_tools(
                ("ask_researcher", {"task": "find facts"}), ("ask_critic", {"task": "judge"})
            ),
            reply("final: facts, judged"),
        ]
    )
    researcher_model = Recorder(["facts"])
    lead = Agent("lead", model=lead_model)
    researcher = Agent("researcher", model=researcher_model, description="Finds facts.")
    critic = Agent("critic", model=ScriptedModel(["judged"]))
    swarm = Swarm(agents=[lead, researcher, critic], mode="team")

    result = await run(swarm, "write a report")
    assert result.output == "final: facts, judged"
    assert result.agent_name == "lead"
    assert result.steps == 4  # lead, two members, lead
    assert result.usage.requests == 4
    tools = {s.name: s for s in lead_model.requests[0].tools}
    assert set(tools) == {"ask_researcher", "ask_critic"}
    assert "Finds facts." in tools["ask_researcher"].description
    assert tools["ask_researcher"].parameters["required"] == ["task"]
    # The member got only the task, and the lead got the member's answer as the tool result.
    assert researcher_model.requests[0].messages == [UserMessage(content="find facts")]
    answers = [m.content for m in result.messages if isinstance(m, ToolMessage)]
    assert answers == ["facts", "judged"]
    # The members' own turns are not in the lead's transcript.
    assert {m.agent_name for m in result.messages if isinstance(m, AssistantMessage)} == {"lead"}


async def test_team_delegations_run_concurrently_with_live_events() -> None:
    # Each member waits for the other one to start: one after the other would time out.
    barrier = asyncio.Barrier(2)

    async def meet() -> str:
        async with asyncio.timeout(10):
            await barrier.wait()
        return "met"

    def member(name: str) -> Agent:
        return Agent(
            name, model=ScriptedModel([call_tool("meet"), reply(f"{name} done")]), tools=[meet]
        )

    lead = Agent(
        "lead",
        model=ScriptedModel(
            [call_tools(("ask_m1", {"task": "t"}), ("ask_m2", {"task": "t"})), "all done"]
        ),
    )
    events = await collect(
        run.stream(Swarm([lead, member("m1"), member("m2")], mode="team"), "go", detailed=True)
    )
    results = [e for e in events if e.type == "tool_result" and e.tool_name == "meet"]
    assert [r.result for r in results] == ["met", "met"]
    assert {e.agent_name for e in events if e.type == "text"} == {"m1", "m2", "lead"}
    # Member events are yielded before the lead's delegation results, as they happen.
    order = [(e.type, e.agent_name, getattr(e, "tool_name", "")) for e in events]
    for m in ("m1", "m2"):
        assert order.index(("text", m, "")) < order.index(("tool_result", "lead", f"ask_{m}"))
    assert events[-1].type == "status"
    assert events[-1].status == "completed"


async def test_team_member_failure_to_finish_goes_back_to_the_lead() -> None:
    stuck = Agent("stuck", model=ScriptedModel(lambda r: call_tool("add", a=1, b=1)), tools=[add],
                  max_steps=2)  # fmt: skip
    lead = Agent(
        "lead", model=ScriptedModel([call_tool("ask_stuck", task="loop"), "gave up on stuck"])
    )
    result = await run(Swarm([lead, stuck], mode="team"), "go")
    assert result.output == "gave up on stuck"
    err = next(m for m in result.messages if isinstance(m, ToolMessage))
    assert err.is_error
    assert "used all 2 steps" in err.content


async def test_each_agent_uses_its_own_model_and_sync_works_on_swarms() -> None:
    one = Agent("one", model=ScriptedModel(["A"]))
    two = Agent("two", model="scripted:echo")
    assert run.sync(Swarm([one, two]), "x").output == "A"


def test_swarm_checks_its_arguments() -> None:
    a = Agent("a", model="scripted:echo")
    with pytest.raises(ConfigurationError, match="mode"):
        Swarm([a], mode="parallel")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="at least one agent"):
        Swarm([])
    with pytest.raises(ConfigurationError, match="unique"):
        Swarm([a, Agent("a", model="scripted:echo")])
    with pytest.raises(ConfigurationError, match="Agent objects"):
        Swarm([a, "b"])  # type: ignore[list-item]


async def test_a_failing_member_is_named_on_the_error_event() -> None:
    slow_ok = Agent("steady", model=ScriptedModel([reply("fine", delay=0.05)]))
    broken = Agent("flaky", model=ScriptedModel([fail("quota", error_type="RateLimitError")]))
    lead = Agent(
        "lead",
        model=ScriptedModel(
            [call_tools(("ask_flaky", {"task": "t"}), ("ask_steady", {"task": "t"})), "-"]
        ),
    )
    events: list[Any] = []
    with pytest.raises(RateLimitError):
        await drain(run.stream(Swarm([lead, slow_ok, broken], mode="team"), "go"), events)
    err = events[-1]
    assert err.type == "error"
    assert err.agent_name == "flaky"
    # flaky started before steady, so the run's latest agent and step are steady's (3).
    assert err.step_number == 2
