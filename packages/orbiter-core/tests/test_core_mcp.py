"""MCP server definitions as data: options, filters, serialization, secrets and the command gate.

(Tests that talk to real MCP servers are in tests/test_mcp.py.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import orbiter
from orbiter import Agent
from orbiter.errors import ConfigurationError, SerializationError
from orbiter.import_gate import ModuleGate
from orbiter.mcp import MCPServerHTTP, MCPServerStdio, set_allowed_commands


@pytest.fixture(autouse=True)
def _no_allowed_commands(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("ORBITER_ALLOWED_MCP_COMMANDS", raising=False)
    set_allowed_commands(None)
    yield
    set_allowed_commands(None)


GATE = ModuleGate(roots=[Path(__file__).parent])


def _agent(*servers: object) -> Agent:
    return Agent("a", model="scripted:echo", toolsets=list(servers))  # type: ignore[arg-type]


def test_servers_round_trip_through_to_dict_with_env_references() -> None:
    stdio = MCPServerStdio(
        "uvx", ["mcp-server-git"], env={"GITHUB_TOKEN": {"env": "GH"}}, prefix="git",
        allowed_tools=["log"], timeout=5,
    )  # fmt: skip
    http = MCPServerHTTP(
        "https://tools.example/mcp", headers={"Authorization": {"env": "TOOLS_TOKEN"}},
        denied_tools=["drop"], cache_tools=False,
    )  # fmt: skip
    data = _agent(stdio, http).to_dict()
    assert data["toolsets"][0] == {
        "type": "mcp_stdio", "name": "mcp-server-git", "command": "uvx",
        "args": ["mcp-server-git"], "env": {"GITHUB_TOKEN": {"env": "GH"}}, "cwd": None,
        "allowed_tools": ["log"], "denied_tools": [], "prefix": "git", "timeout": 5,
        "connect_timeout": 30.0, "cache_tools": True,
    }  # fmt: skip
    assert data["toolsets"][1]["headers"] == {"Authorization": {"env": "TOOLS_TOKEN"}}
    assert data["toolsets"][1]["name"] == "tools.example"
    rebuilt = Agent.from_dict(data)
    assert [ts.to_dict() for ts in rebuilt.toolsets] == data["toolsets"]


def test_servers_mixed_into_tools_join_the_toolsets() -> None:
    server = MCPServerHTTP("http://127.0.0.1:1/mcp")
    agent = Agent("a", model="scripted:echo", tools=[server])
    assert agent.toolsets == [server]
    assert agent.tools == []


@pytest.mark.parametrize(
    ("server", "where"),
    [
        (MCPServerHTTP("http://h/mcp", headers={"Authorization": "Bearer x"}), "['Authorization']"),
        (MCPServerHTTP("http://u:pw@h/mcp"), "the URL of MCP server"),
        (MCPServerStdio("srv", env={"API_TOKEN": "x"}), "env['API_TOKEN']"),
    ],
)
def test_secrets_written_as_text_are_refused(server: object, where: str) -> None:
    with pytest.raises(SerializationError, match="environment variable") as info:
        _agent(server).to_dict()
    assert where in str(info.value)


def test_filters_and_prefix_shape_tool_names() -> None:
    server = MCPServerStdio("srv", prefix="fs", allowed_tools=["read", "write"],
                            denied_tools=["write"])  # fmt: skip
    assert [server.exposes(n) for n in ("read", "write", "other")] == [True, False, False]
    assert server.model_name("read.file/v2") == "fs_read_file_v2"
    assert len(server.model_name("x" * 100)) == 64


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: MCPServerStdio(""), "needs a command"),
        (lambda: MCPServerStdio("srv", prefix="a b"), "may hold only letters"),
        (lambda: MCPServerStdio("srv", timeout=0), "positive number of seconds"),
        (lambda: MCPServerStdio("srv", connect_timeout=None), "connect_timeout of MCP server"),
        (lambda: MCPServerHTTP("ftp://x"), "http:// or https:// URL"),
        (lambda: MCPServerHTTP("http://x", transport="ws"), "must be one of auto"),
        (lambda: MCPServerHTTP("http://x", headers={"A": 1}), "must be a string or"),
        (lambda: Agent("a", model="scripted:echo", toolsets=["x"]), "must be MCP servers"),  # type: ignore[list-item]
    ],
)
def test_bad_definitions_say_what_is_wrong(make: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        make()  # type: ignore[operator]


def test_a_gated_rebuild_refuses_a_stdio_command_not_on_the_allow_list() -> None:
    data = _agent(MCPServerStdio("bash", ["-c", "echo hi"], name="sh")).to_dict()
    with pytest.raises(SerializationError) as info:
        orbiter.from_dict(data, allowed_modules=GATE)
    assert str(info.value) == (
        "this worker refuses to start the command \"bash -c 'echo hi'\" for MCP server 'sh': it "
        "is not on the worker's list of allowed MCP server commands. Start the worker with "
        "--allowed-mcp-commands bash (or a longer entry naming the script; "
        "ORBITER_ALLOWED_MCP_COMMANDS works too), or serve the tools over HTTP (MCPServerHTTP)"
    )
    # Without a gate (the caller's own data, or a worker's registered target) nothing is checked.
    assert orbiter.from_dict(data).toolsets[0].command == "bash"  # type: ignore[union-attr]


def test_allow_list_entries_admit_command_lines_that_start_with_their_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = _agent(MCPServerStdio("python", ["servers/files.py", "--ro"])).to_dict()
    other = _agent(MCPServerStdio("python", ["-c", "import os"])).to_dict()
    monkeypatch.setenv("ORBITER_ALLOWED_MCP_COMMANDS", "uvx, python servers/files.py")
    assert orbiter.from_dict(script, allowed_modules=GATE).toolsets  # type: ignore[union-attr]
    with pytest.raises(SerializationError, match="refuses to start the command"):
        orbiter.from_dict(other, allowed_modules=GATE)
    set_allowed_commands(["python"])  # what a worker's --allowed-mcp-commands sets
    assert orbiter.from_dict(other, allowed_modules=GATE).toolsets  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("server", "message"),
    [
        (MCPServerStdio("python", ["s.py"], cwd="/tmp"), "asks to run in the folder '/tmp'"),
        (MCPServerStdio("python", ["s.py"], env={"LD_PRELOAD": "/x.so"}), "sets ['LD_PRELOAD']"),
        (MCPServerStdio("python", ["s.py"], env={"PYTHONPATH": "/x"}), "sets ['PYTHONPATH']"),
    ],
)
def test_a_task_may_not_change_what_an_allowed_command_loads(server: object, message: str) -> None:
    set_allowed_commands(["python s.py"])
    with pytest.raises(SerializationError, match=message.replace("[", r"\[").replace("]", r"\]")):
        orbiter.from_dict(_agent(server).to_dict(), allowed_modules=GATE)


def test_http_servers_need_no_allow_list_entry() -> None:
    data = _agent(MCPServerHTTP("http://127.0.0.1:8000/mcp")).to_dict()
    assert orbiter.from_dict(data, allowed_modules=GATE).toolsets  # type: ignore[union-attr]


def test_a_broken_toolset_description_is_a_serialization_error() -> None:
    data = {**Agent("a", model="scripted:echo").to_dict(), "toolsets": [{"type": "mcp_ws"}]}
    with pytest.raises(SerializationError, match="not an MCP server description"):
        orbiter.from_dict(data)
