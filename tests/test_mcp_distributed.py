"""MCP toolsets through a real `orbiter start worker`: the worker starts the stdio server only
when its command is allowed, keeps it open between tasks, resolves a secret header from its own
environment, and no secret reaches Redis (every key is scanned)."""

from __future__ import annotations

import pytest
from guide_support import WorkerProcess, everything_in_redis, until, worker_env
from mcp_support import DEMO_COMMAND, http_demo, pid_alive, stdio_demo
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import TaskFailedError, distributed
from orbiter.events import ToolResultEvent
from orbiter.mcp import MCPServerHTTP
from orbiter.testing import ScriptedModel, call_tool, reply

TOKEN = "mcp-s3cret-token-value"


def _worker(redis_url: str, *args: str, **env: str) -> WorkerProcess:
    worker = WorkerProcess(*args, env=worker_env(redis_url, "http://127.0.0.1:9/unused", **env))
    worker.wait_for("payload signing:")
    return worker


async def test_a_worker_calls_stdio_and_http_mcp_tools_with_a_secret_from_its_environment(
    redis_url: str,
) -> None:
    with http_demo(env={"DEMO_TOKEN": TOKEN}) as url:
        worker = _worker(
            redis_url, "--allowed-mcp-commands", DEMO_COMMAND, DEMO_AUTH=f"Bearer {TOKEN}"
        )
        try:
            assert f"MCP server commands: {DEMO_COMMAND}" in worker.output()
            web = MCPServerHTTP(url, name="web", headers={"Authorization": {"env": "DEMO_AUTH"}})
            script = [
                call_tool("local_add", a=1, b=2), call_tool("whoami"), call_tool("local_pid"),
                reply("done"),
            ]  # fmt: skip
            agent = Agent(
                "helper", model=ScriptedModel(script),
                toolsets=[stdio_demo(name="local", prefix="local"), web],
            )  # fmt: skip
            pids = []
            for _ in range(2):
                handle = await distributed(agent, "go", redis_url=redis_url, detailed=True)
                assert (await handle.result(timeout=60))["output"] == "done"
                got = [ev async for ev in handle.stream() if isinstance(ev, ToolResultEvent)]
                assert [(r.tool_name, r.server, r.result) for r in got[:2]] == [
                    ("local_add", "local", "3"),
                    ("whoami", "web", "authorized"),
                ]
                pids.append(int(got[2].result or 0))
            assert pids[0] == pids[1]  # one server process for the worker, reused by both tasks
            stored = everything_in_redis(redis_url)
            assert handle.task_id.encode() in stored  # the scan did read the task's data
            assert TOKEN.encode() not in stored
        finally:
            worker.stop()
        await until(lambda: not pid_alive(pids[0]), what="the worker stopped its MCP server")


async def test_a_worker_refuses_a_stdio_command_it_was_not_allowed(redis_url: str) -> None:
    worker = _worker(redis_url)
    try:
        assert "MCP server commands: none" in worker.output()
        agent = Agent("helper", model=ScriptedModel([reply("never")]), toolsets=[stdio_demo()])
        handle = await distributed(agent, "go", redis_url=redis_url)
        with pytest.raises(TaskFailedError, match="this worker refuses to start the command"):
            await handle.result(timeout=30)
    finally:
        worker.stop()


def test_a_task_naming_too_many_mcp_servers_is_refused_before_any_is_opened() -> None:
    from orbiter.distributed.targets import check_size
    from orbiter.errors import SerializationError

    servers = [MCPServerHTTP(f"http://127.0.0.1:{9000 + i}/mcp") for i in range(17)]
    data = Agent("greedy", model="scripted:echo", toolsets=servers).to_dict()
    with pytest.raises(SerializationError, match="names 17 MCP servers, over the limit of 16"):
        check_size(data)
    check_size({**data, "toolsets": data["toolsets"][:16]})


async def test_the_python_module_worker_takes_the_allow_list_too(
    redis_url: str, spawn: Spawn
) -> None:
    spawn("--allowed-mcp-commands", DEMO_COMMAND)
    script = [call_tool("add", a=4, b=5), reply("done")]
    agent = Agent("helper", model=ScriptedModel(script), toolsets=[stdio_demo()])
    handle = await distributed(agent, "go", redis_url=redis_url, detailed=True)
    assert (await handle.result(timeout=60))["output"] == "done"
    got = [ev async for ev in handle.stream() if isinstance(ev, ToolResultEvent)]
    assert [r.result for r in got] == ["9"]
