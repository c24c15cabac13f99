"""Secure defaults: a task on the queue cannot make a default `orbiter start worker` run code
from the standard library or an installed package. Real worker processes on a real Redis,
started in a folder of their own with no PYTHONPATH, as a user starts them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _cli_testkit import Running, cli_env, run_cli, start_worker_in, write_myapp

from orbiter import Agent
from orbiter.distributed import TaskFailedError, distributed

ATTACK_CMD = "id > pwned.txt"
SCRIPT = [
    {"kind": "tools", "calls": [{"name": "getoutput", "arguments": {"cmd": ATTACK_CMD}}]},
    {"kind": "text", "text": "ok"},
]


def _agent(**fields: Any) -> dict[str, Any]:
    return {"type": "agent", "name": "x", "model": "scripted", **fields}


# Every field through which a payload names code to import, each pointing at the stdlib.
ATTACKS: dict[str, dict[str, Any]] = {
    "tool": _agent(tools=["subprocess:getoutput"], model_options={"script": SCRIPT}),
    "hook": _agent(hooks={"on_run_start": ["subprocess:getoutput"]}),
    "instructions": _agent(instructions={"import": "os:system"}),
    "scripted script": _agent(model="scripted:subprocess:getoutput"),
    "handoff target": _agent(
        handoffs=[_agent(name="y", tools=["subprocess:getoutput"])],
    ),
    "swarm member": {
        "type": "swarm",
        "name": "s",
        "mode": "workflow",
        "agents": [_agent(tools=["subprocess:getoutput"], model_options={"script": SCRIPT})],
    },
}


def _real(path: Path) -> Path:
    return path.resolve()


async def _submit(spec: dict[str, Any], redis_url: str, queue: str) -> Any:
    from orbiter.swarm import from_dict

    return await distributed(from_dict(spec), "go", redis_url=redis_url, queue=queue)


async def test_default_worker_refuses_every_import_path_to_the_stdlib(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    worker = start_worker_in(background, redis_url, tmp_path, "sec-default")
    banner = "\n".join(worker.lines)
    assert f"your code under {_real(tmp_path)}" in banner
    for what, spec in ATTACKS.items():
        handle = await _submit(spec, redis_url, "sec-default")
        with pytest.raises(TaskFailedError, match="this worker refuses to import module") as info:
            await handle.result(timeout=20)
        message = str(info.value)
        assert "--allow-any-module" in message, what
        assert "--allowed-modules" in message, what
        status = await handle.status()
        assert status is not None
        assert status.status == "FAILED", what
    assert not (tmp_path / "pwned.txt").exists()


async def test_allow_any_module_keeps_the_old_behaviour_and_warns(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    worker = start_worker_in(background, redis_url, tmp_path, "sec-any", "--allow-any-module")
    assert any("WARNING: --allow-any-module" in line for line in worker.lines)
    handle = await _submit(ATTACKS["tool"], redis_url, "sec-any")
    result = await handle.result(timeout=20)
    assert result["output"] == "ok"
    # The gate was all that stopped it: with it open, the command ran in the worker's folder.
    assert "uid=" in (tmp_path / "pwned.txt").read_text()


async def test_an_allow_list_admits_exactly_what_it_names(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    start_worker_in(background, redis_url, tmp_path, "sec-list", "--allowed-modules", "orbiter")
    handle = await distributed(
        Agent(name="echo", model="scripted:echo"), "fine", redis_url=redis_url, queue="sec-list"
    )
    assert (await handle.result(timeout=20))["output"] == "fine"
    handle = await _submit(ATTACKS["tool"], redis_url, "sec-list")
    with pytest.raises(TaskFailedError, match="not in the allowed modules"):
        await handle.result(timeout=20)
    assert not (tmp_path / "pwned.txt").exists()


def test_users_own_modules_run_without_pythonpath_or_options(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    # Getting-started layout: myapp/ beside where the worker and the client are started.
    write_myapp(tmp_path)
    start_worker_in(background, redis_url, tmp_path, "sec-own")
    done = run_cli(
        "submit", "myapp.agents:agent", "hi", "--queue", "sec-own", "--redis-url", redis_url,
        "--follow", env=cli_env(), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr + done.stdout
    assert "HEY" in done.stdout  # the tool from the user's module ran on the worker
    assert "done" in done.stdout


class _Crafted(Agent):
    """What a hostile client sends: an Agent whose description is written by hand."""

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(name="crafted", model="scripted:echo")
        self.spec = spec

    def to_dict(self) -> dict[str, Any]:
        return self.spec


async def test_worker_limits_what_one_task_may_cost(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    start_worker_in(
        background, redis_url, tmp_path, "sec-limits",
        env=cli_env(ORBITER_MAX_PAYLOAD_BYTES="200000"),
    )  # fmt: skip
    huge = _agent(instructions="x" * 1_000_000)
    handle = await distributed(_Crafted(huge), "go", redis_url=redis_url, queue="sec-limits")
    with pytest.raises(TaskFailedError, match=r"over this worker's limit of 200,000 bytes"):
        await handle.result(timeout=20)
    many_tools = _agent(tools=[f"myapp.tools:t{i}" for i in range(300)])
    handle = await distributed(_Crafted(many_tools), "go", redis_url=redis_url, queue="sec-limits")
    with pytest.raises(TaskFailedError, match="has 300 tools, over the limit of 256"):
        await handle.result(timeout=20)
    deep: dict[str, Any] = _agent(name="a0")
    for i in range(1, 100):
        deep = _agent(name=f"a{i}", handoffs=[deep])
    handle = await distributed(_Crafted(deep), "go", redis_url=redis_url, queue="sec-limits")
    with pytest.raises(TaskFailedError, match="more than 64 agents"):
        await handle.result(timeout=20)
    # The worker is still serving after all three.
    handle = await distributed(
        Agent(name="e", model="scripted:echo"),
        "still here",
        redis_url=redis_url,
        queue="sec-limits",
    )
    assert (await handle.result(timeout=20))["output"] == "still here"


def test_a_worker_that_cannot_find_the_users_code_says_where_it_looked(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    # The client runs beside myapp/, the worker was started in another folder.
    client, elsewhere = tmp_path / "client", tmp_path / "elsewhere"
    client.mkdir()
    elsewhere.mkdir()
    write_myapp(client)
    start_worker_in(background, redis_url, elsewhere, "sec-lost")
    done = run_cli(
        "submit", "myapp.agents:agent", "hi", "--queue", "sec-lost", "--redis-url", redis_url,
        "--follow", env=cli_env(), cwd=client,
    )  # fmt: skip
    assert done.returncode == 1
    out = " ".join((done.stdout + done.stderr).split())  # the message may wrap
    assert "this worker cannot find module 'myapp.agents'" in out
    assert f"it looked in {_real(elsewhere)}" in out
    assert "Start the worker in the folder that holds myapp" in out
