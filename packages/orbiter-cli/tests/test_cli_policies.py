"""`orbiter submit --priority/--tenant`: a real `orbiter` process on a real Redis."""

from __future__ import annotations

import json
from pathlib import Path

import redis
from _cli_testkit import Running, cli_env, run_cli

from orbiter.distributed.keys import Keys

HERE = Path(__file__).parent


def test_submit_queues_with_the_priority_and_tenant_given(redis_url: str) -> None:
    env = cli_env(PYTHONPATH=str(HERE))
    args = ("submit", "cli_test_agents:echo", "hi", "--redis-url", redis_url, "--json")
    done = run_cli(*args, "--priority", "high", "--tenant", "acme", env=env)
    assert done.returncode == 0, done.stderr
    task_id = json.loads(done.stdout)["task_id"]
    client = redis.Redis.from_url(redis_url)
    try:
        fields = client.hmget(Keys().task(task_id), "status", "priority", "tenant")
        assert fields == [b"PENDING", b"high", b"acme"]
        bad = run_cli(*args, "--priority", "asap", env=env)
        assert bad.returncode != 0
        assert "priority must be one of low, normal, high" in bad.stderr
        assert client.zcard(Keys().index) == 1  # the refused one was not queued
    finally:
        client.close()


def test_start_worker_sets_the_queues_tenant_cap(redis_url: str) -> None:
    env = cli_env(PYTHONPATH=str(HERE))
    worker = Running(
        "start", "worker", "--redis-url", redis_url, "--queue", "capped", "--tenant-cap", "3",
        env=env,
    )  # fmt: skip
    try:
        worker.wait_for(lambda line: " connected to " in line)
        client = redis.Redis.from_url(redis_url)
        try:
            assert client.hget(Keys().gate("capped"), "cap") == b"3"
        finally:
            client.close()
    finally:
        worker.stop()
    refused = run_cli(
        "start", "worker", "--executor", "temporal", "--tenant-cap", "3", env=env, timeout=60
    )
    assert refused.returncode == 2
    assert "--tenant-cap" in refused.stderr
