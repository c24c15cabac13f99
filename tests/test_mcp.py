"""Agents calling tools of real MCP servers (the demo server as a subprocess, over stdio and over
HTTP on loopback), run locally on the scripted model."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from guide_support import until
from mcp_support import http_demo, marker_text, pid_alive, stdio_demo

from orbiter import Agent, run
from orbiter.events import StreamEvent, ToolResultEvent
from orbiter.mcp import MCPPool, MCPServerHTTP
from orbiter.messages import AssistantMessage, ToolMessage
from orbiter.models import ModelRequest
from orbiter.testing import ScriptedModel, call_tool, reply


class Script:
    """A scripted model that also keeps every request it was sent (to see the tools offered)."""

    def __init__(self, *steps: Any) -> None:
        self.steps = steps
        self.requests: list[ModelRequest] = []

    def __call__(self, request: ModelRequest) -> Any:
        self.requests.append(request)
        turn = sum(isinstance(m, AssistantMessage) for m in request.messages)
        step = self.steps[turn]
        return step(request) if callable(step) and not hasattr(step, "kind") else step

    def tool_names(self, turn: int) -> set[str]:
        return {t.name for t in self.requests[turn].tools}


def last_tool_result(request: ModelRequest) -> str:
    return [m for m in request.messages if isinstance(m, ToolMessage)][-1].content


async def events_of(agent: Agent, prompt: str = "go") -> list[StreamEvent]:
    return [ev async for ev in run.stream(agent, prompt, detailed=True)]


def results(events: list[StreamEvent]) -> list[ToolResultEvent]:
    return [ev for ev in events if isinstance(ev, ToolResultEvent)]


def agent_with(script: Callable[[ModelRequest], Any], **server: Any) -> Agent:
    return Agent("helper", model=ScriptedModel(script), toolsets=[stdio_demo(**server)])


async def test_an_agent_calls_a_stdio_server_tool_and_sees_its_schema() -> None:
    script = Script(call_tool("add", a=2, b=3), lambda r: reply(f"sum={last_tool_result(r)}"))
    events = await events_of(agent_with(script, name="calc"))
    calls = [ev for ev in events if ev.type == "tool_call"]
    assert [(c.tool_name, c.server) for c in calls] == [("add", "calc")]
    (result,) = results(events)
    assert (result.result, result.success, result.server) == ("5", True, "calc")
    assert (events[-1].type, getattr(events[-1], "status", "")) == ("status", "completed")
    add = next(t for t in script.requests[0].tools if t.name == "add")
    assert add.description == "Add two integers."
    assert add.parameters["properties"]["a"]["type"] == "integer"
    assert add.parameters["required"] == ["a", "b"]
    assert "".join(ev.text for ev in events if ev.type == "text") == "sum=5"


async def test_a_tool_that_raises_and_bad_arguments_are_tool_errors_not_a_failed_run() -> None:
    script = Script(
        call_tool("boom", reason="test"), call_tool("add", a="two"), call_tool("picture"),
        reply("done"),
    )  # fmt: skip
    events = await events_of(agent_with(script))
    boom, bad, picture = results(events)
    assert not boom.success
    assert "MCP tool 'boom'" in (boom.error or "")
    assert not bad.success
    assert bad.error == (
        "invalid arguments for 'add': arguments: 'b' is a required property; "
        "a: 'two' is not of type 'integer'"
    )
    assert picture.result == "[image content: image/png, about 42 bytes]"
    assert (events[-1].type, getattr(events[-1], "status", "")) == ("status", "completed")
    errors = [m for m in script.requests[-1].messages if isinstance(m, ToolMessage)]
    assert [m.is_error for m in errors] == [True, True, False]


async def test_filters_and_prefix_decide_which_tools_the_model_sees() -> None:
    script = Script(call_tool("demo_add", a=1, b=1), reply("ok"))
    agent = agent_with(script, prefix="demo", allowed_tools=["add", "boom"], denied_tools=["boom"])
    events = await events_of(agent)
    assert script.tool_names(0) == {"demo_add"}
    assert results(events)[0].result == "2"


async def test_the_tool_list_is_refreshed_when_the_server_says_it_changed() -> None:
    script = Script(call_tool("grow"), call_tool("shout", text="hi"), reply("ok"))
    events = await events_of(agent_with(script))
    assert "shout" not in script.tool_names(0)
    assert "shout" in script.tool_names(1)
    assert [r.result for r in results(events)] == ["grown", "HI!"]


async def test_a_server_killed_mid_call_is_a_tool_error_and_restarts_on_the_next_call(
    tmp_path: Path,
) -> None:
    marker = tmp_path / "slow"
    script = Script(
        call_tool("slow", seconds=60, marker=str(marker)), call_tool("pid"), reply("ok")
    )
    agent = agent_with(script, name="demo")

    async def kill_when_started() -> int:
        text = await until(
            lambda: marker_text(marker).startswith("started") and marker_text(marker)
        )
        pid = int(text.split()[1])
        os.kill(pid, signal.SIGKILL)
        return pid

    killer = asyncio.create_task(kill_when_started())
    events = await events_of(agent)
    killed = await killer
    crashed, after = results(events)
    assert not crashed.success
    assert "MCP server 'demo' stopped answering during 'slow'" in (crashed.error or "")
    assert "restarted on the next call" in (crashed.error or "")
    assert after.success
    assert int(after.result or 0) not in (0, killed)
    assert (events[-1].type, getattr(events[-1], "status", "")) == ("status", "completed")


async def test_a_server_that_cannot_start_again_gives_tool_errors_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    marker, refuse = tmp_path / "slow", tmp_path / "refuse"
    script = Script(
        call_tool("slow", seconds=60, marker=str(marker)), call_tool("add", a=1, b=2),
        reply("gave up"),
    )  # fmt: skip
    agent = agent_with(script, name="demo", env={"DEMO_REFUSE_FILE": str(refuse)})

    async def kill_and_refuse() -> None:
        text = await until(
            lambda: marker_text(marker).startswith("started") and marker_text(marker)
        )
        refuse.write_text("no")
        os.kill(int(text.split()[1]), signal.SIGKILL)

    killer = asyncio.create_task(kill_and_refuse())
    events = await events_of(agent)
    await killer
    crashed, again = results(events)
    assert not crashed.success
    assert not again.success
    assert "MCP server 'demo' could not be started or reached" in (again.error or "")
    assert "add" in script.tool_names(1)  # still offered: the model reads why it failed
    assert "".join(ev.text for ev in events if ev.type == "text") == "gave up"


async def test_cancelling_a_run_cancels_the_call_on_the_server(tmp_path: Path) -> None:
    marker = tmp_path / "slow"
    agent = agent_with(Script(call_tool("slow", seconds=60, marker=str(marker)), reply("ok")))
    running = asyncio.create_task(run(agent, "go"))
    await until(lambda: marker_text(marker).startswith("started"), what="the call reached it")
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    await until(lambda: marker_text(marker) == "cancelled", what="the server saw the cancel")


async def test_a_call_over_its_timeout_is_cancelled_and_reported(tmp_path: Path) -> None:
    marker = tmp_path / "slow"
    script = Script(call_tool("slow", seconds=60, marker=str(marker)), reply("ok"))
    events = await events_of(agent_with(script, name="demo", timeout=0.5))
    (result,) = results(events)
    assert (
        result.error
        == "MCP tool 'slow' of server 'demo' did not finish within 0.5s and was cancelled"
    )
    await until(lambda: marker_text(marker) == "cancelled", what="the server saw the cancel")


async def test_one_server_process_per_run_reused_by_its_calls_and_stopped_after() -> None:
    script = Script(call_tool("pid"), call_tool("pid"), reply("ok"))
    events = await events_of(agent_with(script))
    first, second = (int(r.result or 0) for r in results(events))
    assert first == second
    await until(lambda: not pid_alive(first), what="the stdio server stopped with the run")


async def test_runs_given_a_pool_share_its_server_which_stays_until_the_pool_closes() -> None:
    pool = MCPPool()
    pids = []
    try:
        for _ in range(2):
            agent = agent_with(Script(call_tool("pid"), reply("ok")))
            events = run.stream(agent, "go", detailed=True, mcp_pool=pool)
            pids += [int(r.result or 0) async for r in events if isinstance(r, ToolResultEvent)]
            assert events.result.output == "ok"
        assert pids[0] == pids[1]  # the second run reused the first one's server process
        assert pid_alive(pids[0])  # the runs ended; the pool's owner decides when it stops
    finally:
        await pool.aclose()
    await until(lambda: not pid_alive(pids[0]), what="the stdio server stopped with the pool")


@pytest.mark.parametrize("transport", ["--http", "--sse"])
async def test_an_agent_calls_an_http_server_tool(transport: str) -> None:
    with http_demo(transport, env={"DEMO_TOKEN": "t0ken"}) as url:
        server = MCPServerHTTP(url, name="web", headers={"Authorization": "Bearer t0ken"})
        script = Script(call_tool("add", a=20, b=22), call_tool("whoami"), reply("ok"))
        agent = Agent("helper", model=ScriptedModel(script), toolsets=[server])
        events = await events_of(agent)
    assert [(r.result, r.server) for r in results(events)] == [("42", "web"), ("authorized", "web")]


async def test_an_unreachable_server_fails_the_run_with_a_clear_error() -> None:
    server = MCPServerHTTP("http://127.0.0.1:9/mcp", name="gone")
    agent = Agent("helper", model=ScriptedModel([reply("never")]), toolsets=[server])
    with pytest.raises(Exception, match="MCP server 'gone' could not be started or reached"):
        await run(agent, "go")


async def test_a_server_that_never_answers_fails_the_run_after_connect_timeout() -> None:
    from orbiter.mcp import MCPServerError, MCPServerStdio

    mute = MCPServerStdio(
        sys.executable, ["-c", "import time; time.sleep(60)"], name="mute", connect_timeout=1
    )
    agent = Agent("helper", model=ScriptedModel([reply("never")]), toolsets=[mute])
    with pytest.raises(MCPServerError, match="'mute' did not answer within 1s"):
        await run(agent, "go")


def test_importing_orbiter_and_its_mcp_definitions_does_not_import_the_sdk() -> None:
    code = (
        "import sys, orbiter, orbiter.mcp; from orbiter import Agent; "
        "from orbiter.mcp import MCPServerStdio; "
        "Agent('a', model='scripted:echo', toolsets=[MCPServerStdio('x')]); "
        "print('mcp' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_results_without_text_are_described_for_the_model() -> None:
    from mcp import types

    from orbiter.mcp._connection import result_text

    structured = types.CallToolResult(content=[], structured_content={"temp": 21, "unit": "C"})
    assert result_text(structured) == '{"temp":21,"unit":"C"}'
    mixed = types.CallToolResult(
        content=[
            types.EmbeddedResource(
                type="resource",
                resource=types.TextResourceContents(uri="file:///a.txt", text="alpha"),
            ),
            types.EmbeddedResource(
                type="resource",
                resource=types.BlobResourceContents(
                    uri="file:///b.bin", mime_type="application/pdf", blob="AAAA"
                ),
            ),
            types.ResourceLink(type="resource_link", uri="file:///c.md", name="notes"),
            types.AudioContent(type="audio", data="AAAAAAAA", mime_type="audio/wav"),
        ]
    )
    assert result_text(mixed).splitlines() == [
        "alpha",
        "[resource file:///b.bin (application/pdf)]",
        "[resource link: file:///c.md notes]",
        "[audio content: audio/wav, about 6 bytes]",
    ]
