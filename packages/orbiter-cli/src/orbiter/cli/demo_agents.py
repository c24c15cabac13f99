"""The Swarm that ``orbiter demo`` runs: two agents, three tools, a scripted model, no network.

It lives in an importable module (not in the command) because a worker process rebuilds the
Swarm from its JSON description, importing the tools and scripts by these paths.
"""

from __future__ import annotations

import asyncio

import msgspec

from orbiter.agent import Agent
from orbiter.messages import ToolMessage, UserMessage
from orbiter.models import ModelRequest
from orbiter.swarm import Swarm
from orbiter.testing import ScriptItem, TextStep, call_tools, reply
from orbiter.tool import tool

DEMO_INPUT = "Plan a day trip from Lisbon to Porto tomorrow."

_WEATHER = {
    "lisbon": {"sky": "sunny", "high_c": 24, "rain_chance": 0.05},
    "porto": {"sky": "light clouds", "high_c": 19, "rain_chance": 0.3},
}
_TRAIN_MINUTES = {("lisbon", "porto"): 168, ("porto", "lisbon"): 168}


@tool
async def weather(city: str) -> dict[str, object]:
    """Tomorrow's forecast for a city."""
    await asyncio.sleep(0.15)  # a real lookup takes a moment; shows the stream is live
    found = _WEATHER.get(city.lower())
    if found is None:
        raise ValueError(f"no forecast for {city!r}; known: {sorted(_WEATHER)}")
    return {"city": city, **found}


@tool
async def train_time(origin: str, destination: str) -> dict[str, object]:
    """Fastest train between two cities, in minutes."""
    await asyncio.sleep(0.1)
    minutes = _TRAIN_MINUTES.get((origin.lower(), destination.lower()))
    if minutes is None:
        raise ValueError(f"no train from {origin!r} to {destination!r}")
    return {"origin": origin, "destination": destination, "minutes": minutes}


def scout_script(request: ModelRequest) -> ScriptItem:
    """The scout's model: ask for the facts, then sum up what the tools returned."""
    results = [m for m in request.messages if isinstance(m, ToolMessage)]
    if not results:
        return call_tools(
            ("weather", {"city": "Lisbon"}),
            ("weather", {"city": "Porto"}),
            ("train_time", {"origin": "Lisbon", "destination": "Porto"}),
        )
    facts = []
    for result in results:
        data = msgspec.json.decode(result.content) if result.content.startswith("{") else {}
        if "sky" in data:
            facts.append(
                f"{data['city']}: {data['sky']}, {data['high_c']} °C, "
                f"{round(data['rain_chance'] * 100)}% chance of rain"
            )
        elif "minutes" in data:
            facts.append(f"train {data['origin']} to {data['destination']}: {data['minutes']} min")
        else:
            facts.append(result.content)
    return reply("Facts for the trip: " + "; ".join(facts) + ".")


def writer_script(request: ModelRequest) -> ScriptItem:
    """The writer's model: turn the scout's facts into a short plan, streamed in pieces."""
    brief = next((m.text for m in reversed(request.messages) if isinstance(m, UserMessage)), "")
    rain = "pack a light jacket for Porto" if "Porto: light clouds" in brief else "enjoy the sun"
    text = (
        "Day trip plan:\n"
        "1. Take the 07:00 train from Lisbon (about 2 h 48 min).\n"
        "2. Morning walk through Ribeira and across the Dom Luís I bridge.\n"
        "3. Lunch by the river, then a port-wine cellar in Gaia.\n"
        f"4. Back on the 18:00 train. Weather: sunny in Lisbon, clouds in Porto; {rain}.\n"
    )
    words = text.split(" ")
    return TextStep(chunks=[w + " " for w in words[:-1]] + [words[-1]], delay=0.05)


scout = Agent(
    name="scout",
    model="scripted:orbiter.cli.demo_agents:scout_script",
    instructions="Collect the weather and travel facts the trip needs, using your tools.",
    tools=[weather, train_time],
)
writer = Agent(
    name="writer",
    model="scripted:orbiter.cli.demo_agents:writer_script",
    instructions="Write a short, practical plan from the facts you are given.",
)
trip_planner = Swarm([scout, writer], mode="workflow", name="trip-planner")
