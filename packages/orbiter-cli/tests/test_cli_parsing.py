"""Argument parsing, option checks and rendering, run in this process (typer's CliRunner).

What needs a real process (workers, signals, terminals) is in the other test files.
"""

from __future__ import annotations

import json
import uuid

import pytest
from _cli_testkit import cli_env, run_here

DEMO = "orbiter.cli.demo_agents:trip_planner"
NOWHERE = "redis://127.0.0.1:1"  # nothing listens there: a check must come first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["start", "worker", "--executor", "celery", "--redis-url", NOWHERE],
            "must be redis or temporal, got 'celery'",
        ),
        (
            ["start", "worker", "--log-format", "xml", "--redis-url", NOWHERE],
            "must be text or json, got 'xml'",
        ),
        (
            ["start", "worker", "--concurrency", "0", "-r", NOWHERE],
            "'--concurrency' / '-c': Input should be greater than or equal to 1",
        ),
        (
            ["start", "worker", "--lease", "0", "-r", NOWHERE],
            "'--lease' (env var: 'ORBITER_LEASE_SECONDS'): Input should be greater than or "
            "equal to 0.1",
        ),
        (
            ["dev", "--port", "70000"],
            "'--port' / '-p': Input should be less than or equal to 65535",
        ),
        (
            ["submit", DEMO, "hi", "--timeout", "0", "--redis-url", NOWHERE],
            "'--timeout' / '-t': Input should be greater than or equal to 0.001",
        ),
        (
            ["task", "list", "--limit", "0", "--redis-url", NOWHERE],
            "'--limit' / '-n': Input should be greater than or equal to 1",
        ),
        (
            ["task", "result", "t", "--timeout", "soon", "--redis-url", NOWHERE],
            "'--timeout': Input should be a valid number",
        ),
        (["run", DEMO, "hi", "--max-steps", "0"], "Input should be greater than or equal to 1"),
    ],
)
def test_bad_option_values_are_usage_errors(args: list[str], message: str) -> None:
    done = run_here(*args)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert "Try 'orbiter " in done.stderr
    assert done.stdout == ""


def test_an_unknown_option_is_named() -> None:
    done = run_here("task", "list", "--colour")
    assert done.returncode == 2
    assert "No such option: --colour" in done.stderr


def test_an_unknown_status_lists_the_statuses() -> None:
    done = run_here("task", "list", "--status", "done", "--redis-url", NOWHERE)
    assert done.returncode == 1
    assert "unknown status 'done'; use one of PENDING, RUNNING, COMPLETED" in done.stderr


def test_version() -> None:
    from importlib.metadata import version

    done = run_here("--version")
    assert done.returncode == 0
    assert done.stdout == f"orbiter {version('orbiter-cli')}\n"


def test_start_worker_help_lists_every_option_with_its_variable() -> None:
    text = " ".join(run_here("start", "worker", "--help").stdout.split())
    for flag, variable in [
        ("--redis-url URL", "ORBITER_REDIS_URL"),
        ("--queue NAME", "ORBITER_QUEUE"),
        ("--allowed-modules MODULES", "ORBITER_ALLOWED_MODULES"),
        ("--lease SECONDS", "ORBITER_LEASE_SECONDS"),
        ("--max-attempts N", "ORBITER_MAX_ATTEMPTS"),
        ("--executor redis|temporal", "ORBITER_EXECUTOR"),
        ("--temporal-task-queue NAME", "ORBITER_TEMPORAL_TASK_QUEUE"),
        ("--log-format text|json", "ORBITER_LOG_FORMAT"),
        ("--metrics-port PORT", "ORBITER_METRICS_PORT"),
    ]:
        assert flag in text
        assert f"env var: {variable}" in text.split(flag, 1)[1].split(" --", 1)[0]
    assert "Tasks run at once. [default: 1; x>=1]" in text
    assert "[default: 30.0; x>=0]" in text  # --drain-timeout


def test_global_flags_work_after_the_command() -> None:
    done = run_here("task", "list", "--redis-url", NOWHERE, "--verbose")
    assert done.returncode == 1
    assert "Traceback" in done.stderr  # --verbose took effect
    assert "cannot reach Redis" in done.stderr


# -- start worker --executor temporal: what the Temporal worker cannot honour is refused -------

REFUSED = [
    (["--queue", "text"], "ORBITER_QUEUE", "text", "--temporal-task-queue"),
    (["--signing-key", "k"], "ORBITER_SIGNING_KEY", "k", "runs on Temporal are not signed"),
    (
        ["--previous-signing-key", "old"],
        "ORBITER_PREVIOUS_SIGNING_KEYS",
        "old",
        "runs on Temporal are not signed",
    ),
    (["--lease", "5"], "ORBITER_LEASE_SECONDS", "5", "RunOptions(heartbeat_timeout="),
    (["--max-attempts", "2"], "ORBITER_MAX_ATTEMPTS", "2", "RunOptions(model_attempts="),
    (
        ["--allowed-mcp-commands", "uvx x"],
        "ORBITER_ALLOWED_MCP_COMMANDS",
        "uvx x",
        "does not run agents with MCP servers yet",
    ),
    (["--metrics-port", "9464"], "ORBITER_METRICS_PORT", "9464", "does not serve metrics yet"),
    (["--log-format", "json"], "ORBITER_LOG_FORMAT", "json", "does not write JSON logs yet"),
]
TEMPORAL = ["start", "worker", "--executor", "temporal", "--redis-url", NOWHERE]


@pytest.mark.parametrize(("flag", "variable", "value", "why"), REFUSED)
def test_temporal_worker_refuses_what_it_cannot_honour(
    flag: list[str], variable: str, value: str, why: str
) -> None:
    done = run_here(*TEMPORAL, *flag)
    assert done.returncode == 2, done.stderr
    text = " ".join(done.stderr.split())
    assert "Invalid value for --executor temporal: the Temporal worker cannot honour this " in text
    assert f"option: {flag[0]}: " in text
    assert why in text
    assert "Traceback" not in done.stderr
    # The same option set in the environment is refused too, naming the variable.
    done = run_here(*TEMPORAL, env=cli_env(**{variable: value}))
    assert done.returncode == 2, done.stderr
    text = " ".join(done.stderr.split())
    assert f"{variable} (the environment's {flag[0]}; unset it for this worker): " in text
    assert why in text


def test_temporal_worker_names_every_refused_option_at_once() -> None:
    done = run_here(*TEMPORAL, "--queue", "q", "--lease", "5", "--json")
    assert done.returncode == 2
    assert "cannot honour these options:" in done.stderr
    assert "  --queue: " in done.stderr
    assert "  --lease: " in done.stderr
    assert "--json:" not in done.stderr  # honoured: its start and stop as JSON lines


def test_temporal_worker_takes_the_default_values_of_redis_only_options() -> None:
    # --log-format text is what every worker does: naming it asks for nothing it lacks.
    done = run_here(*TEMPORAL, "--log-format", "text", "--wait-for-redis", "0")
    assert "cannot honour" not in done.stderr
    assert done.returncode == 1
    assert f"cannot reach Redis at {NOWHERE}" in done.stderr


# -- rendering a task's record ---------------------------------------------------------------


def test_status_list_and_stats_render_a_pending_task(redis_url: str) -> None:
    queue = f"q-{uuid.uuid4().hex[:8]}"  # nobody serves it: the task stays PENDING
    r = ["--redis-url", redis_url]
    sent = run_here("submit", DEMO, "hi", "--queue", queue, "-m", "user=ana", "-m", "n=3", *r,
                    "--json")  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    task_id = json.loads(sent.stdout)["task_id"]

    record = json.loads(run_here("task", "status", task_id, "--json", *r).stdout)
    assert record["task_id"] == task_id
    assert record["status"] == "PENDING"
    assert record["queue"] == queue
    assert (record["name"], record["kind"]) == ("trip-planner", "swarm")
    assert record["metadata"] == {"user": "ana", "n": 3}
    assert record["attempt"] == 0
    table = run_here("task", "status", task_id, *r).stdout
    assert "PENDING" in table
    assert "trip-planner (swarm)" in table
    assert '{"user":"ana","n":3}' in table

    listed = run_here("task", "list", "--json", *r).stdout.splitlines()
    assert task_id in [json.loads(row)["task_id"] for row in listed]
    pending = run_here("task", "list", "--status", "pending", *r).stdout
    assert task_id in pending

    stats = json.loads(run_here("queue", "stats", "--queue", queue, "--json", *r).stdout)
    assert stats["queue"] == queue
    assert (stats["depth"], stats["in_flight"], stats["dead_letters"]) == (1, 0, 0)
    assert queue in run_here("queue", "stats", *r).stdout
    run_here("task", "cancel", task_id, *r)
