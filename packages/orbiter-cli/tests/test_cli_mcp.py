"""`orbiter mcp serve`: an agent offered over MCP, called with the mcp SDK's own client, over
stdio (the client starts the command) and over streamable HTTP with the runs on a real worker."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _cli_testkit import ORBITER, Running, cli_env, start_worker_in, write_myapp
from mcp import Client, StdioServerParameters

from orbiter.cli.devserver import free_port


class Progress:
    def __init__(self) -> None:
        self.notes: list[str] = []

    async def __call__(self, progress: float, total: float | None, message: str | None) -> None:
        self.notes.append(message or "")


def _wait_listening(port: int, server: Running, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if server.proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"orbiter mcp serve did not listen: {server.lines}") from None
            time.sleep(0.05)


async def _call(client: Client) -> tuple[Any, Progress]:
    progress = Progress()
    result = await client.call_tool("helper", {"task": "say hey"}, progress_callback=progress)
    return result, progress


async def test_serve_over_stdio_offers_one_tool_that_runs_the_agent(tmp_path: Path) -> None:
    write_myapp(tmp_path)
    params = StdioServerParameters(
        command=ORBITER[0], args=[*ORBITER[1:], "mcp", "serve", "myapp.agents:agent"],
        env=cli_env(), cwd=str(tmp_path),
    )  # fmt: skip
    async with Client(params, mode="legacy") as client:
        (tool,) = (await client.list_tools()).tools
        assert tool.name == "helper"
        assert tool.input_schema["required"] == ["task"]
        assert "Orbiter agent 'helper'" in (tool.description or "")
        result, progress = await _call(client)
    assert not result.is_error
    assert [c.text for c in result.content] == ["done"]  # type: ignore[union-attr]
    assert "helper: calling shout" in progress.notes
    assert "helper: step 1" in progress.notes


async def test_serve_over_http_submits_runs_to_the_workers(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    write_myapp(tmp_path)
    worker = start_worker_in(background, redis_url, tmp_path, "mcp-serve")
    port = free_port()
    server = background(
        "mcp", "serve", "myapp.agents:agent", "--http", str(port), "--redis-url", redis_url,
        "--queue", "mcp-serve", cwd=tmp_path,
    )  # fmt: skip
    server.wait_for(lambda line: "serving 'helper' over MCP" in line)
    _wait_listening(port, server)
    async with Client(f"http://127.0.0.1:{port}/mcp", mode="legacy") as client:
        result, progress = await _call(client)
    assert [c.text for c in result.content] == ["done"]  # type: ignore[union-attr]
    assert "helper: calling shout" in progress.notes
    worker.wait_for(lambda line: "completed" in line)


NAPPER = """
import time

from orbiter import Agent, tool
from orbiter.testing import ScriptedModel, call_tool, reply


@tool
def nap(seconds: float) -> str:
    \"\"\"Sleep.\"\"\"
    time.sleep(seconds)
    return "rested"


helper = Agent("helper", model=ScriptedModel([call_tool("nap", seconds=60), reply("done")]),
               tools=[nap])
"""


async def test_a_cancelled_call_cancels_the_task_on_the_workers(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    (tmp_path / "napper.py").write_text(NAPPER)
    worker = start_worker_in(background, redis_url, tmp_path, "mcp-cancel")
    port = free_port()
    server = background(
        "mcp", "serve", "napper:helper", "--http", str(port), "--redis-url", redis_url,
        "--queue", "mcp-cancel", cwd=tmp_path,
    )  # fmt: skip
    server.wait_for(lambda line: "serving 'helper' over MCP" in line)
    _wait_listening(port, server)
    async with Client(f"http://127.0.0.1:{port}/mcp", mode="legacy") as client:
        progress = Progress()
        call = asyncio.create_task(
            client.call_tool("helper", {"task": "rest"}, progress_callback=progress)
        )
        deadline = time.monotonic() + 30
        while "helper: calling nap" not in progress.notes:
            assert time.monotonic() < deadline, f"no progress: {progress.notes}"
            await asyncio.sleep(0.05)
        call.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await call
    line = worker.wait_for(lambda line: "stopped" in line)
    assert line.endswith(": cancelled")


def test_serve_names_a_missing_target_clearly(tmp_path: Path) -> None:
    out = subprocess.run(
        [*ORBITER, "mcp", "serve", "nosuch.module:agent"], env=cli_env(), cwd=tmp_path,
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    assert out.returncode == 1
    assert "no module named 'nosuch'" in out.stderr
    assert out.stdout == ""  # stdout belongs to the MCP protocol
