"""Strict mode: a worker started with --targets runs only those agents, by name, and imports
nothing a task names; and signing keys can be rotated with an old key still accepted. Real
`orbiter start worker` processes on a real Redis, started in a folder of their own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pytest
from _cli_testkit import Running, cli_env, run_cli, start_worker_in, write_myapp

from orbiter import Agent
from orbiter.distributed import TaskFailedError, distributed
from orbiter.swarm import from_dict

ATTACK = {
    "type": "agent",
    "name": "support",  # even under a registered name, a description is refused
    "model": "scripted",
    "tools": ["subprocess:getoutput"],
    "model_options": {
        "script": [
            {"kind": "tools", "calls": [{"name": "getoutput", "arguments": {"cmd": "id > pwned"}}]},
            {"kind": "text", "text": "ok"},
        ]
    },
}


async def test_registered_targets_run_by_name_and_descriptions_are_refused(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    write_myapp(tmp_path)
    worker = start_worker_in(
        background, redis_url, tmp_path, "reg",
        "--targets", "myapp.agents:support,desk=myapp.agents:make_desk",
    )  # fmt: skip
    assert any("runs only registered targets: desk, support" in line for line in worker.lines)

    handle = await distributed("support", "hi", redis_url=redis_url, queue="reg", detailed=True)
    result = await handle.result(timeout=20)
    assert result["output"] == "done"
    tool_results = [e for e in [ev async for ev in handle.stream()] if e.type == "tool_result"]
    assert len(tool_results) == 1
    assert "HEY" in str(tool_results[0].result)  # the user's own tool ran on the worker
    status = await handle.status()
    assert status is not None
    assert (status.name, status.kind) == ("support", "registered")

    # A Swarm registered under a name of its own, submitted from the CLI by that bare name.
    done = run_cli(
        "submit", "desk", "ring ring", "--queue", "reg", "--redis-url", redis_url, "--follow",
        env=cli_env(), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr + done.stdout
    assert "ring ring" in done.stdout

    handle = await distributed(from_dict(ATTACK), "go", redis_url=redis_url, queue="reg")
    with pytest.raises(TaskFailedError, match=r"runs only registered targets \(desk, support\)"):
        await handle.result(timeout=20)
    assert not (tmp_path / "pwned").exists()

    handle = await distributed("nope", "go", redis_url=redis_url, queue="reg")
    with pytest.raises(TaskFailedError, match=r"no registered target named 'nope'.*desk, support"):
        await handle.result(timeout=20)


async def test_a_name_sent_to_a_worker_without_targets_says_how_to_start_it(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    start_worker_in(background, redis_url, tmp_path, "reg-none")
    handle = await distributed("support", "hi", redis_url=redis_url, queue="reg-none")
    with pytest.raises(TaskFailedError, match=r"started without registered targets.*--targets"):
        await handle.result(timeout=20)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("myapp.agents:SCRIPT", "--targets 'myapp.agents:SCRIPT' is a list holding a dict"),
        ("myapp.agents:support,myapp.agents:support", "names support more than once"),
        ("x=myapp.agents:nothing", "has no attribute 'nothing'"),
    ],
)
def test_bad_targets_are_refused_at_start(
    redis_url: str, tmp_path: Path, spec: str, message: str
) -> None:
    write_myapp(tmp_path)
    done = run_cli(
        "start", "worker", "--redis-url", redis_url, "--targets", spec,
        env=cli_env(), cwd=tmp_path, timeout=30,
    )  # fmt: skip
    assert done.returncode != 0
    assert message in done.stderr + done.stdout


def test_python_api_checks_targets() -> None:
    from orbiter.distributed import Worker
    from orbiter.errors import ConfigurationError

    echo = Agent(name="echo", model="scripted:echo")
    worker = Worker("redis://127.0.0.1:1", targets=[echo])
    assert worker.targets.registered == {"echo": echo}
    with pytest.raises(ConfigurationError, match="is a str, not an Agent or Swarm"):
        Worker("redis://127.0.0.1:1", targets={"echo": "myapp.agents:support"})  # type: ignore[dict-item]
    with pytest.raises(ConfigurationError, match="two registered targets are named 'echo'"):
        Worker("redis://127.0.0.1:1", targets=[echo, Agent(name="echo", model="scripted:echo")])
    with pytest.raises(ConfigurationError, match="non-empty string"):
        Worker("redis://127.0.0.1:1", targets={"": echo})


async def test_rotation_accepts_the_previous_key_and_nothing_else(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    worker = start_worker_in(
        background, redis_url, tmp_path, "rot",
        "--signing-key", "new-key", "--previous-signing-key", "old-key",
    )  # fmt: skip
    assert any("required (1 previous key still accepted)" in line for line in worker.lines)
    echo = Agent(name="echo", model="scripted:echo")
    results: dict[str | None, Any] = {}
    for key in ("new-key", "old-key", "other-key", None):
        handle = await distributed(
            echo, f"signed {key}", redis_url=redis_url, queue="rot", signing_key=key
        )
        try:
            results[key] = (await handle.result(timeout=20))["output"]
        except TaskFailedError as exc:
            results[key] = str(exc)
    assert results["new-key"] == "signed new-key"
    assert results["old-key"] == "signed old-key"
    assert "signature check failed" in results["other-key"]
    assert "signature check failed" in results[None]


def test_previous_keys_need_a_current_key(redis_url: str, tmp_path: Path) -> None:
    done = run_cli(
        "start", "worker", "--redis-url", redis_url, "--previous-signing-key", "old",
        env=cli_env(), cwd=tmp_path, timeout=30,
    )  # fmt: skip
    assert done.returncode != 0
    assert "previous signing keys were given without a signing key" in done.stderr + done.stdout


async def test_oversized_payloads_do_not_grow_the_worker(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    worker = start_worker_in(
        background, redis_url, tmp_path, "reg-big", env=cli_env(ORBITER_MAX_PAYLOAD_BYTES="100000")
    )
    proc = psutil.Process(worker.proc.pid)

    class Huge(Agent):
        def to_dict(self) -> dict[str, Any]:
            return {**super().to_dict(), "instructions": "x" * 4_000_000}

    async def one_refused() -> None:
        handle = await distributed(
            Huge(name="h", model="scripted:echo"), "go", redis_url=redis_url, queue="reg-big"
        )
        with pytest.raises(TaskFailedError, match="over this worker's limit"):
            await handle.result(timeout=30)

    await one_refused()  # the first read sizes the worker's buffers
    before = proc.memory_info().rss
    for _ in range(15):
        await one_refused()
    grown = proc.memory_info().rss - before
    # 15 payloads of 4 MB went past; a worker that kept or decoded them would hold 60 MB more.
    assert grown < 20 * 1024 * 1024, f"worker grew by {grown / 1e6:.1f} MB"
