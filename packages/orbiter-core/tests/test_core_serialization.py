"""Agent/Swarm to_dict()/from_dict(): plain JSON, import paths, refusals and the allow-list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from orbiter_core_helpers import Weather, add, count_calls, friendly, multiply, shout_word

import orbiter
from orbiter import Agent, SerializationError, Swarm, run
from orbiter.testing import ScriptedModel, call_tool, reply

HELPERS = "orbiter_core_helpers"


def _round_trip(obj: Agent | Swarm, **kwargs: Any) -> Any:
    data = json.loads(json.dumps(obj.to_dict()))  # must be plain JSON
    return orbiter.from_dict(data, **kwargs)


def _full_agent() -> Agent:
    return Agent(
        "full",
        model="scripted:orbiter_core_helpers:ADD_SCRIPT",
        instructions=friendly,
        tools=[add, shout_word, multiply],
        output_type=Weather,
        max_steps=4,
        temperature=0.3,
        max_tokens=99,
        hooks={"before_tool_call": count_calls},
        model_options={"api_key": "sk-secret", "timeout": 12},
        description="does everything",
    )


def test_agent_round_trip_keeps_every_setting() -> None:
    agent = _full_agent()
    data = agent.to_dict()
    assert data["tools"] == [f"{HELPERS}:add", f"{HELPERS}:shout_word", f"{HELPERS}:multiply"]
    assert data["output_type"] == f"{HELPERS}:Weather"
    assert data["instructions"] == {"import": f"{HELPERS}:friendly"}
    assert data["hooks"] == {"before_tool_call": [f"{HELPERS}:count_calls"]}
    assert data["model_options"] == {"timeout": 12}  # the API key never travels
    assert "sk-secret" not in json.dumps(data)

    back = _round_trip(agent)
    assert isinstance(back, Agent)
    assert [t.name for t in back.tools] == ["add", "shout", "multiply"]
    assert back.tools[1].description == "Upper-case a word."
    assert back.output_type is Weather
    assert back.instructions is friendly
    assert (back.max_steps, back.temperature, back.max_tokens) == (4, 0.3, 99)
    assert back.hooks == {"before_tool_call": [count_calls]}
    assert back.description == "does everything"
    assert back.to_dict() == data


async def test_a_rebuilt_agent_runs_the_same() -> None:
    agent = Agent("calc", model="scripted:orbiter_core_helpers:ADD_SCRIPT", tools=[add])
    back = _round_trip(agent)
    first, second = await run(agent, "2+3?"), await run(back, "2+3?")
    assert first.output == second.output == "The sum is 5."
    assert first.messages == second.messages


async def test_inline_scripted_model_travels_as_data() -> None:
    agent = Agent("inline", model=ScriptedModel([call_tool("add", a=1, b=1), reply("two")]),
                  tools=[add])  # fmt: skip
    data = agent.to_dict()
    assert data["model"] == "scripted"
    assert data["model_options"]["script"][0]["kind"] == "tools"
    assert (await run(_round_trip(agent), "go")).output == "two"


def test_rebuilt_in_another_process(tmp_path: Path) -> None:
    agent = Agent("calc", model="scripted:orbiter_core_helpers:ADD_SCRIPT", tools=[add])
    spec = tmp_path / "agent.json"
    spec.write_text(json.dumps(agent.to_dict()))
    code = (
        "import json, sys, orbiter\n"
        "agent = orbiter.from_dict(json.load(open(sys.argv[1])), "
        "allowed_modules=['orbiter_core_helpers'])\n"
        "print(orbiter.run.sync(agent, '2+3?').output)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(spec)], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "The sum is 5."


def _main_tool() -> str:
    return "x"


_main_tool.__module__ = "__main__"


def test_tools_that_cannot_be_imported_elsewhere_are_refused() -> None:
    def closure_tool() -> str:
        """Defined inside a function."""
        return "x"

    cases: list[tuple[Any, str]] = [
        (_main_tool, "defined in __main__"),
        (lambda: "x", "lambda or is defined inside a function"),
        (closure_tool, "lambda or is defined inside a function"),
    ]
    for fn, why in cases:
        agent = Agent("a", model="scripted:echo", tools=[orbiter.tool(name="t")(fn)])
        with pytest.raises(SerializationError) as info:
            agent.to_dict()
        assert why in str(info.value)
        assert "importable module" in str(info.value)
    with pytest.raises(SerializationError, match="instructions"):
        Agent("a", model="scripted:echo", instructions=lambda: "hi").to_dict()
    with pytest.raises(SerializationError, match="hook"):
        Agent("a", model="scripted:echo", hooks={"on_run_end": lambda: None}).to_dict()


def test_model_objects_without_a_config_are_refused() -> None:
    class Custom:
        name = "custom"

        async def complete(self, request: Any) -> Any: ...

        def stream(self, request: Any) -> Any: ...

    with pytest.raises(SerializationError, match="use a model string"):
        Agent("a", model=Custom()).to_dict()


def test_generic_output_types_are_refused_with_advice() -> None:
    with pytest.raises(SerializationError, match="Wrap it in a msgspec Struct"):
        Agent("a", model="scripted:echo", output_type=list[Weather]).to_dict()
    data = Agent("a", model="scripted:echo", output_type=int).to_dict()
    assert orbiter.from_dict(data, allowed_modules=["nothing"]).output_type is int


def test_allowed_modules_limits_what_from_dict_imports() -> None:
    data = _full_agent().to_dict()
    rebuilt = orbiter.from_dict(data, allowed_modules=[HELPERS])
    assert isinstance(rebuilt, Agent)
    with pytest.raises(SerializationError) as info:
        orbiter.from_dict(data, allowed_modules=["myapp"])
    assert "'orbiter_core_helpers'" in str(info.value)
    assert "allowed modules" in str(info.value)
    # Submodules of an allowed package are allowed; a name that merely starts alike is not.
    tool_only = {**Agent("t", model="scripted:echo", tools=[add]).to_dict()}
    tool_only["tools"] = ["json.decoder:JSONDecoder"]
    with pytest.raises(SerializationError, match="allowed modules"):
        orbiter.from_dict(tool_only, allowed_modules=["jsonx"])
    # The scripted model's script is imported too, so it is held to the same list.
    script_only = Agent("s", model="scripted:orbiter_core_helpers:ADD_SCRIPT").to_dict()
    with pytest.raises(SerializationError, match="script module"):
        orbiter.from_dict(script_only, allowed_modules=["myapp"])
    orbiter.from_dict(script_only, allowed_modules=["orbiter_core_helpers"])


def test_swarm_round_trip_with_mutual_handoffs() -> None:
    triage = Agent("triage", model="scripted:echo")
    billing = Agent("billing", model="scripted:echo", tools=[add], handoffs=[triage])
    triage.handoffs.append(billing)  # a cycle: triage <-> billing
    swarm = Swarm([triage, billing], mode="handoff", name="desk", max_handoffs=4)
    data = swarm.to_dict()
    assert data["type"] == "swarm"
    assert data["agents"][0]["handoffs"][0]["name"] == "billing"
    assert data["agents"][0]["handoffs"][0]["handoffs"] == [{"type": "agent_ref", "name": "triage"}]
    assert data["agents"][1] == {"type": "agent_ref", "name": "billing"}

    back = _round_trip(swarm, allowed_modules=[HELPERS])
    assert isinstance(back, Swarm)
    assert (back.mode, back.name, back.max_handoffs) == ("handoff", "desk", 4)
    t, b = back.agents
    assert t.handoffs == [b]
    assert b.handoffs == [t]
    assert back.to_dict() == data


def test_two_different_agents_with_one_name_are_refused() -> None:
    a1 = Agent("same", model="scripted:echo")
    a2 = Agent("same", model="scripted:echo")
    lead = Agent("lead", model="scripted:echo", handoffs=[a1, a2])
    with pytest.raises(SerializationError, match="two different agents are named 'same'"):
        lead.to_dict()


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ({"type": "robot"}, "expected an agent or swarm"),
        ({"type": "agent"}, "no 'name'"),
        ({"type": "agent", "name": "a", "tools": ["no_colon"]}, "not an import path"),
        ({"type": "agent", "name": "a", "tools": ["no_such_mod_xyz:f"]}, "cannot import"),
        ({"type": "agent", "name": "a", "hooks": {"on_sunrise": []}}, "unknown hooks"),
        ({"type": "agent", "name": "a", "max_steps": 0}, "max_steps"),
        ({"type": "agent", "name": "a", "handoffs": [{"type": "agent_ref", "name": "b"}]}, "b"),
        ({"type": "swarm", "agents": "a"}, "'agents' list"),
        ({"type": "swarm", "agents": [], "mode": "workflow"}, "at least one agent"),
    ],
)
def test_bad_descriptions_raise_serialization_errors(data: dict[str, Any], why: str) -> None:
    with pytest.raises(SerializationError, match=why):
        orbiter.from_dict(data)


def test_a_name_given_only_to_the_tool_object_travels_too() -> None:
    agent = Agent(
        "a", model="scripted:echo", tools=[orbiter.Tool(multiply, name="times", description="x*y")]
    )
    data = agent.to_dict()
    assert data["tools"] == [
        {"import": f"{HELPERS}:multiply", "name": "times", "description": "x*y"}
    ]
    back = orbiter.from_dict(data, allowed_modules=[HELPERS])
    assert [(t.name, t.description, t.fn) for t in back.tools] == [("times", "x*y", multiply)]
    with pytest.raises(SerializationError, match="allowed modules"):
        orbiter.from_dict(data, allowed_modules=["other"])


# Every field of a serialized Agent, split by whether its value can make a worker import code.
IMPORTING_FIELDS = {"tools", "hooks", "output_type", "instructions", "model", "handoffs"}
# toolsets import nothing; the commands of MCP stdio servers have their own gate (test_core_mcp).
DATA_FIELDS = {"type", "name", "description", "model_options", "max_steps", "max_tokens",
               "temperature", "tool_choice", "parallel_tool_calls", "toolsets"}  # fmt: skip
SWARM_FIELDS = {"type", "name", "mode", "max_handoffs", "agents"}  # agents: each one as above


def test_every_serialized_field_is_known_to_the_gate_tests() -> None:
    # A field added to to_dict() fails here until it is sorted into one of the sets above (and,
    # if it can import, tried against the gate below).
    assert set(_full_agent().to_dict()) == IMPORTING_FIELDS | DATA_FIELDS
    assert set(Swarm([Agent("a", model="scripted:echo")]).to_dict()) == SWARM_FIELDS


def test_the_default_gate_refuses_installed_code_in_every_field_and_admits_own_code() -> None:
    from orbiter.import_gate import ModuleGate

    gate = ModuleGate(roots=[Path(__file__).parent])
    own = _full_agent().to_dict()  # tools, hooks, types and script from this test folder
    assert isinstance(orbiter.from_dict(own, allowed_modules=gate), Agent)
    base = Agent("a", model="scripted:echo").to_dict()
    fields = {
        "tools": {"tools": ["json:dumps"]},
        "hooks": {"hooks": {"on_run_start": ["json:dumps"]}},
        "output_type": {"output_type": "json:JSONDecoder"},
        "instructions": {"instructions": {"import": "json:dumps"}},
        "model": {"model": "scripted:json:dumps"},
        "handoffs": {"handoffs": [{**base, "name": "b", "tools": ["json:dumps"]}]},
    }
    assert set(fields) == IMPORTING_FIELDS  # every field that can import is tried here
    for what, change in fields.items():
        with pytest.raises(SerializationError, match="refuses to import module 'json'") as info:
            orbiter.from_dict({**base, **change}, allowed_modules=gate)
        assert "not part of your own code" in str(info.value), what
    swarm = {"type": "swarm", "name": "s", "agents": [{**base, "tools": ["json:dumps"]}]}
    with pytest.raises(SerializationError, match="refuses to import module 'json'"):
        orbiter.from_dict(swarm, allowed_modules=gate)


@pytest.mark.parametrize(
    "body",
    [
        {"api_key": "k"},
        {"Access-Token": "t"},
        {"auth": {"client_secret": "s"}},
        {"tools": [{"password": "p"}]},
    ],
)
def test_credentials_written_into_extra_body_are_refused(body: dict[str, Any]) -> None:
    agent = Agent(name="a", model="openai:gpt-4o", model_options={"extra_body": body})
    with pytest.raises(SerializationError, match=r"extra_body'\]\[.*environment variable"):
        agent.to_dict()


def test_extra_body_keeps_ordinary_fields_and_env_references() -> None:
    body = {"seed": 7, "max_tokens": 5, "top_k": 3, "auth": {"api_key": {"env": "GATEWAY_KEY"}}}
    agent = Agent(name="a", model="openai:gpt-4o", model_options={"extra_body": body})
    assert agent.to_dict()["model_options"]["extra_body"] == body


def test_a_module_that_cannot_be_imported_says_where_python_looked() -> None:
    spec = {"type": "agent", "name": "a", "model": "scripted:echo", "tools": ["nosuch_xyz:f"]}
    with pytest.raises(SerializationError, match=r"No module named 'nosuch_xyz' \(looked in "):
        orbiter.from_dict(spec)
