"""`orbiter submit --delay/--at`: real `orbiter` processes on a real Redis."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

from _cli_testkit import cli_env, run_cli

DEMO = "orbiter.cli.demo_agents:trip_planner"
HERE = Path(__file__).parent


def submit(redis_url: str, *args: str, queue: str = "q"):  # type: ignore[no-untyped-def]
    env = cli_env(PYTHONPATH=str(HERE))
    return run_cli("submit", DEMO, "go", "--queue", queue, "--redis-url", redis_url, *args, env=env)


def test_submit_with_a_delay_is_scheduled_and_can_be_cancelled(redis_url: str) -> None:
    queue = f"q-{uuid.uuid4().hex[:8]}"
    done = submit(redis_url, "--delay", "60", "--json", queue=queue)
    assert done.returncode == 0, done.stderr
    sent = json.loads(done.stdout)
    assert sent["status"] == "SCHEDULED"
    env = cli_env(PYTHONPATH=str(HERE))
    status = run_cli("task", "status", sent["task_id"], "--json", "--redis-url", redis_url, env=env)
    record = json.loads(status.stdout)
    assert record["run_at"] > time.time() + 50
    shown = run_cli("task", "status", sent["task_id"], "--redis-url", redis_url, env=env)
    assert "SCHEDULED" in shown.stdout
    assert "due" in shown.stdout
    assert "in 5" in shown.stdout  # in 59.x s
    stats = run_cli("queue", "stats", "--queue", queue, "--json", "--redis-url", redis_url, env=env)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["due"] == 1
    cancelled = run_cli("task", "cancel", sent["task_id"], "--redis-url", redis_url, env=env)
    assert cancelled.returncode == 0, cancelled.stderr
    listed = run_cli("task", "list", "--status", "scheduled", "--json", "--redis-url", redis_url,
                     env=env)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert sent["task_id"] not in listed.stdout


def test_submit_at_needs_an_offset(redis_url: str) -> None:
    naive = submit(redis_url, "--at", "2030-01-01T09:00:00")
    assert naive.returncode != 0
    assert "no UTC offset" in naive.stderr
    garbled = submit(redis_url, "--at", "next tuesday")
    assert garbled.returncode != 0
    assert "not an ISO 8601 time" in garbled.stderr
    later = submit(redis_url, "--at", "2030-01-01T09:00:00Z", "--json")
    assert later.returncode == 0, later.stderr
    assert json.loads(later.stdout)["status"] == "SCHEDULED"
