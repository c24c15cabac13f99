"""Starting things up: a worker waiting for Redis, worker ids in use, targets that fail to load."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import redis
from _cli_testkit import Running, cli_env, run_cli


@pytest.fixture
def env() -> dict[str, str]:
    return cli_env()


def test_worker_waits_for_redis_and_serves_once_it_answers(
    background: Callable[..., Running], local_redis: Any, env: dict[str, str]
) -> None:
    local_redis.stop()
    worker = background("start", "worker", "--redis-url", local_redis.url, env=env)
    line = worker.wait_for(lambda line: "waiting for it" in line)
    assert f"cannot reach Redis at {local_redis.url}" in line
    assert "Ctrl-C stops; --wait-for-redis SECONDS sets a limit" in line
    assert worker.proc.poll() is None
    local_redis.start()
    worker.wait_for(lambda line: " connected to " in line)
    assert worker.proc.poll() is None
    # Said once, not on every try.
    assert sum("waiting for it" in line for line in worker.lines) == 1


def test_worker_gives_up_after_wait_for_redis(env: dict[str, str]) -> None:
    url = "redis://127.0.0.1:1"  # nothing listens on port 1
    done = run_cli("start", "worker", "--redis-url", url, "--wait-for-redis", "1", env=env)
    assert done.returncode == 1
    assert f"cannot reach Redis at {url}" in done.stderr
    assert "gave up after 1 s: --wait-for-redis 1" in done.stderr
    assert "waiting for it up to 1 s" in done.stdout
    assert "Traceback" not in done.stderr
    # 0: no waiting at all.
    done = run_cli("start", "worker", "--redis-url", url, "--wait-for-redis", "0", env=env)
    assert done.returncode == 1
    assert f"cannot reach Redis at {url}" in done.stderr
    assert "waiting" not in done.stdout


def test_second_worker_with_a_live_workers_id_is_refused(
    background: Callable[..., Running], redis_url: str, env: dict[str, str]
) -> None:
    args = ("start", "worker", "--redis-url", redis_url, "--worker-id", "twin")
    first = background(*args, env=env)
    first.wait_for(lambda line: " connected to " in line)
    second = run_cli(*args, env=env)
    assert second.returncode == 1
    assert "worker id 'twin' is in use by a live worker" in second.stderr
    assert "--worker-id" in second.stderr
    assert "Traceback" not in second.stderr
    assert first.proc.poll() is None
    listed = run_cli("worker", "list", "--redis-url", redis_url, "--json", env=env)
    assert [json.loads(line)["worker_id"] for line in listed.stdout.splitlines()] == ["twin"]
    # Once the first has stopped, the id is free again.
    first.stop()
    again = background(*args, env=env)
    again.wait_for(lambda line: " connected to " in line)


def test_factory_that_raises_names_the_target_and_the_error(
    tmp_path: Path, env: dict[str, str]
) -> None:
    (tmp_path / "app.py").write_text(
        "def make():\n    raise ValueError('boom')\n\n\n"
        "def broken():\n    return len()\n\n\n"
        "def needs(name):\n    return name\n"
    )
    done = run_cli("run", "app.py:make", "hi", env=env, cwd=tmp_path)
    assert done.returncode == 1
    assert "TARGET 'app.py:make' could not be loaded: calling make() raised ValueError: boom" in (
        done.stderr
    )
    assert "unexpected error" not in done.stderr
    # A TypeError inside the function is its own error, not a complaint about arguments.
    done = run_cli("run", "app.py:broken", "hi", env=env, cwd=tmp_path)
    assert "calling broken() raised TypeError: len() takes exactly one argument" in done.stderr
    done = run_cli("run", "app.py:needs", "hi", env=env, cwd=tmp_path)
    assert "is a function that cannot be called without arguments" in done.stderr


def test_worker_says_why_it_stopped_a_task_whose_record_broke(
    background: Callable[..., Running], redis_url: str
) -> None:
    env = cli_env(PYTHONPATH=str(Path(__file__).parent))
    worker = background("start", "worker", "--redis-url", redis_url, "--lease", "1", env=env)
    worker.wait_for(lambda line: " connected to " in line)
    done = run_cli(
        "submit", "cli_test_agents:slow", "nap", "--redis-url", redis_url, "--json", env=env
    )
    task_id = json.loads(done.stdout)["task_id"]
    worker.wait_for(lambda line: "▶ started" in line)
    client = redis.Redis.from_url(redis_url)
    try:
        client.hset(f"orbiter:task:{task_id}", "attempt", "x")
    finally:
        client.close()
    stopped = worker.wait_for(lambda line: "■ stopped" in line)
    assert "its state in Redis cannot be written" in stopped
    assert "cancelled" not in stopped
    failed = worker.wait_for(lambda line: task_id in line and "failed" in line)
    assert f'task record orbiter:task:{task_id} is corrupted: field attempt holds "x"' in failed


def test_worker_reports_a_refused_write_once_and_never_as_completed(
    background: Callable[..., Running], local_redis: Any
) -> None:
    env = cli_env(PYTHONPATH=str(Path(__file__).parent))
    url = local_redis.url
    worker = background("start", "worker", "--redis-url", url, env=env)
    worker.wait_for(lambda line: " connected to " in line)
    done = run_cli("submit", "cli_test_agents:short", "nap", "--redis-url", url, "--json", env=env)
    task_id = json.loads(done.stdout)["task_id"]
    worker.wait_for(lambda line: "▶ started" in line)
    client = redis.Redis.from_url(url)
    try:
        client.config_set("maxmemory-policy", "noeviction")
        client.config_set("maxmemory", 1)  # the nap (1.5 s) ends after this
        failed = worker.wait_for(lambda line: "refused to store" in line)
        client.config_set("maxmemory", 0)
    finally:
        client.close()
    assert task_id in failed
    assert "OOM command not allowed when used memory > 'maxmemory'" in failed
    status = run_cli("task", "status", task_id, "--redis-url", url, "--json", env=env)
    assert json.loads(status.stdout)["status"] == "FAILED"
    assert not any("✓ completed" in line for line in worker.lines)
    # The task's failure is told once (a heartbeat refused meanwhile has a line of its own).
    assert sum(task_id in line and "refused" in line for line in worker.lines) == 1
