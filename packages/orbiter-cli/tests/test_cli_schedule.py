"""`orbiter schedule add|list|remove`: a real worker process fires what the command adds."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from _cli_testkit import Running, cli_env, run_here

HERE = Path(__file__).parent


@pytest.fixture
def env() -> dict[str, str]:
    return cli_env(PYTHONPATH=str(HERE))


def test_a_schedule_added_from_the_cli_runs_on_a_worker(
    background: Callable[..., Running], redis_url: str, env: dict[str, str]
) -> None:
    worker = background(
        "start", "worker", "--redis-url", redis_url, "--allowed-modules", "cli_test_agents",
        env=env,
    )  # fmt: skip
    worker.wait_for(lambda line: " connected to " in line)
    added = run_here(
        "schedule", "add", "beat", "* * * * * *", "cli_test_agents:echo", "tick",
        "--timezone", "Europe/Lisbon", "--missed", "once", "--redis-url", redis_url, "--json",
        env=env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    record = json.loads(added.stdout)
    assert record["name"] == "beat"
    assert record["timezone"] == "Europe/Lisbon"
    assert record["missed"] == "once"
    assert record["target"] == "echo"
    assert record["next_at"] > time.time() - 1

    deadline = time.monotonic() + 30
    while True:
        listed = run_here("task", "list", "--status", "COMPLETED", "--json", env=env | {
            "ORBITER_REDIS_URL": redis_url
        })  # fmt: skip
        tasks = [json.loads(line) for line in listed.stdout.splitlines()]
        ticks = [t for t in tasks if t["metadata"].get("schedule") == "beat"]
        if ticks:
            break
        assert time.monotonic() < deadline, f"no tick ran: {listed.stdout}\n{worker.output()}"
        time.sleep(0.2)
    assert ticks[0]["name"] == "echo"
    assert ticks[0]["metadata"]["tick"].endswith(("+00:00", "+01:00"))  # Lisbon time

    shown = run_here("schedule", "list", "--redis-url", redis_url, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "beat" in shown.stdout
    assert "* * * * * *" in shown.stdout
    assert "echo (agent)" in shown.stdout

    again = run_here(
        "schedule", "add", "beat", "@daily", "cli_test_agents:echo", "tick",
        "--redis-url", redis_url, env=env,
    )  # fmt: skip
    assert again.returncode == 1
    assert "a schedule named 'beat' exists" in again.stderr
    assert "--replace" in again.stderr

    removed = run_here("schedule", "remove", "beat", "--redis-url", redis_url, env=env)
    assert removed.returncode == 0, removed.stderr
    assert "schedule 'beat' removed" in removed.stdout
    gone = run_here("schedule", "remove", "beat", "--redis-url", redis_url, env=env)
    assert gone.returncode == 1
    assert "no schedule named 'beat'" in gone.stderr
    empty = run_here("schedule", "list", "--redis-url", redis_url, env=env)
    assert "no schedules" in empty.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["*/5 * * *", "cli_test_agents:echo"], "has 4 fields"),
        (["*/5 * * 13 *", "cli_test_agents:echo"], "month field '13': 13 is out of range 1-12"),
        (["@often", "cli_test_agents:echo"], "unknown cron alias '@often'"),
        (["@daily", "no_such_module:agent"], "no module named 'no_such_module'"),
        (["@daily", "cli_test_agents:nobody"], "has no attribute 'nobody'"),
        (["@daily", "cli_test_agents:echo", "--timezone", "Mars/Base"], "unknown timezone"),
        (["@daily", "cli_test_agents:echo", "--missed", "twice"], "missed='twice'"),
    ],
)
def test_bad_schedules_are_refused_with_a_clear_error(
    redis_url: str, env: dict[str, str], args: list[str], says: str
) -> None:
    cron, target, *rest = args
    done = run_here(
        "schedule", "add", "bad", cron, target, "hi", *rest, "--redis-url", redis_url, env=env
    )
    assert done.returncode == 1, done.stdout
    assert says in done.stderr
    assert "Traceback" not in done.stderr
    listed = run_here("schedule", "list", "--redis-url", redis_url, "--json", env=env)
    assert listed.stdout == ""
