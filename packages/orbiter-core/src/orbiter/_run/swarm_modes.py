"""How a Swarm runs its agents: in a row (workflow), passing the turn (handoff), or as a team."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing

from orbiter._run.loop import agent_events
from orbiter._run.state import Outcome, Resumed, Runnable, RunState
from orbiter.agent import Agent
from orbiter.events import HandoffEvent, StreamEvent
from orbiter.messages import UserMessage
from orbiter.swarm import Swarm


def target_events(
    target: Runnable, state: RunState, outcome: Outcome, resumed: Resumed | None = None
) -> AsyncGenerator[StreamEvent, None]:
    """The events of running an Agent, or a Swarm in its mode, on the run's messages.

    A run may pause for approval except in a workflow (whose later agents do not work on the
    run's own transcript) and inside delegated tasks.
    """
    if isinstance(target, Agent):
        events = agent_events(
            target, state, state.messages, outcome, can_pause=True, resumed=resumed
        )
    elif target.mode == "workflow":
        events = _workflow(target, state, outcome)
    elif target.mode == "handoff":
        agents = target.agents
        handoff_map = {a.name: (a.handoffs or [b for b in agents if b is not a]) for a in agents}
        events = agent_events(
            agents[0],
            state,
            state.messages,
            outcome,
            handoff_map=handoff_map,
            max_handoffs=target.max_handoffs,
            can_pause=True,
            resumed=resumed,
        )
    else:  # team
        events = agent_events(
            target.agents[0],
            state,
            state.messages,
            outcome,
            delegates=target.agents[1:],
            max_handoffs=target.max_handoffs,
            can_pause=True,
            resumed=resumed,
        )
    return events


async def _workflow(
    target: Swarm, state: RunState, outcome: Outcome
) -> AsyncGenerator[StreamEvent, None]:
    """Each agent after the first starts a fresh conversation whose input is the previous
    agent's answer; the run's transcript keeps every agent's turns in order."""
    agents = target.agents
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
        async with aclosing(agent_events(agent, state, conversation, outcome)) as evs:
            async for ev in evs:
                yield ev
        if i > 0:
            state.messages.extend(conversation)
