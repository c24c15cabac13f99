"""`orbiter task status/list/result/approve/reject` on a task paused for approval, with a real
worker process on a real Redis."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from _cli_testkit import Running, cli_env, run_cli, run_here

HERE = Path(__file__).parent


def paused_task(redis_url: str, env: dict[str, str], queue: str) -> str:
    done = run_cli("submit", "cli_test_agents:guarded", "go", "--queue", queue, "--json",
                   "--redis-url", redis_url, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    task_id = str(json.loads(done.stdout)["task_id"])
    deadline = time.monotonic() + 30
    while True:
        shown = run_here("task", "status", task_id, "--json", "--redis-url", redis_url, env=env)
        assert shown.returncode == 0, shown.stderr
        if json.loads(shown.stdout)["status"] == "INTERRUPTED":
            return task_id
        assert time.monotonic() < deadline, shown.stdout
        time.sleep(0.05)


def test_approve_and_reject_from_the_command_line(
    background: Callable[..., Running], redis_url: str
) -> None:
    env = cli_env(PYTHONPATH=str(HERE))
    queue = f"q-{uuid.uuid4().hex[:8]}"
    worker = background("start", "worker", "--redis-url", redis_url, "--queue", queue,
                        "--allowed-modules", "cli_test_agents", env=env)  # fmt: skip
    worker.wait_for(lambda line: " connected to " in line)
    url = ("--redis-url", redis_url)

    task_id = paused_task(redis_url, env, queue)
    shown = run_here("task", "status", task_id, *url, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "INTERRUPTED" in shown.stdout
    assert 'c1  transfer({"amount":10})' in shown.stdout
    assert 'c2  transfer({"amount":20})' in shown.stdout
    assert f"orbiter task approve {task_id}" in shown.stdout

    listed = run_here("task", "list", "--status", "interrupted", "--json", *url, env=env)
    assert listed.returncode == 0, listed.stderr
    assert task_id in [json.loads(line)["task_id"] for line in listed.stdout.splitlines()]

    waiting = run_here("task", "result", task_id, "--no-wait", *url, env=env)
    assert waiting.returncode == 5
    assert "waiting for approval of tool calls: transfer (c1), transfer (c2)" in waiting.stderr

    half = run_here("task", "approve", task_id, "--call", "c1", *url, env=env)
    assert half.returncode == 1
    assert "no decision for the pending calls ['c2']" in half.stderr
    bad = run_here("task", "approve", task_id, "--edit", "c1=[1", *url, env=env)
    assert bad.returncode == 1
    assert "not JSON" in bad.stderr

    done = run_here("task", "approve", task_id, "--reject", "c2=too much", "--edit",
                    'c1={"amount": 5}', *url, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "rejected c2" in done.stdout
    assert "edited c1" in done.stdout
    result = run_here("task", "result", task_id, "--json", *url, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["output"] == "transfers handled"
    events = run_here("task", "events", task_id, "--json", "--detailed", *url, env=env)
    said = [json.loads(line) for line in events.stdout.splitlines()]
    results = {e["tool_call_id"]: e for e in said if e["type"] == "tool_result"}
    assert set(results) == {"c1", "c2"}, said
    assert results["c1"]["result"] == "moved 5"
    assert "too much" in results["c2"]["error"]
    again = run_here("task", "approve", task_id, *url, env=env)
    assert again.returncode == 1
    assert "already finished" in again.stderr

    other = paused_task(redis_url, env, queue)
    rejected = run_here("task", "reject", other, "--reason", "no transfers today", *url, env=env)
    assert rejected.returncode == 0, rejected.stderr
    assert "rejected c1" in rejected.stdout
    assert "rejected c2" in rejected.stdout
    result = run_here("task", "result", other, "--json", *url, env=env)
    assert result.returncode == 0, result.stderr

    followed = run_here("submit", "cli_test_agents:guarded", "go", "--queue", queue, "--follow",
                        *url, env=env)  # fmt: skip
    assert followed.returncode == 5, followed.stderr
    assert "waiting for approval" in followed.stderr
    assert "orbiter task approve" in followed.stderr
