"""Workers, submit, task/worker/queue commands: real `orbiter` processes on a real Redis."""

from __future__ import annotations

import json
import signal
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _cli_testkit import Running, cli_env, run_cli, run_here, wait_gone
from testkit.workers import plain_client

from orbiter.distributed.keys import Keys

HERE = Path(__file__).parent
DEMO = "orbiter.cli.demo_agents:trip_planner"
ALLOWED = "orbiter.cli.demo_agents,cli_test_agents"


@pytest.fixture
def env() -> dict[str, str]:
    return cli_env(PYTHONPATH=str(HERE))


@pytest.fixture
def queue() -> str:
    return f"q-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def start_worker(
    background: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> Callable[..., Running]:
    def start(*extra: str) -> Running:
        worker = background(
            "start", "worker", "--redis-url", redis_url, "--queue", queue,
            "--allowed-modules", ALLOWED, *extra, env=env,
        )  # fmt: skip
        worker.wait_for(lambda line: " connected to " in line)
        return worker

    return start


def cli(redis_url: str, env: dict[str, str], *args: str, timeout: float = 60):  # type: ignore[no-untyped-def]
    return run_cli(*args, "--redis-url", redis_url, env=env, timeout=timeout)


def submit_json(redis_url: str, env: dict[str, str], queue: str, target: str) -> str:
    done = cli(redis_url, env, "submit", target, "go", "--queue", queue, "--json")
    assert done.returncode == 0, done.stderr
    return str(json.loads(done.stdout)["task_id"])


def wait_status(redis_url: str, env: dict[str, str], task_id: str, wanted: str) -> dict:  # type: ignore[type-arg]
    deadline = time.monotonic() + 30
    while True:
        done = cli(redis_url, env, "task", "status", task_id, "--json")
        assert done.returncode == 0, done.stderr
        record = json.loads(done.stdout)
        if record["status"] == wanted:
            return record  # type: ignore[no-any-return]
        assert time.monotonic() < deadline, f"task stayed {record['status']}, wanted {wanted}"
        time.sleep(0.05)


def test_worker_runs_submit_follow(
    start_worker: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    worker = start_worker("--concurrency", "2")
    worker.wait_for(lambda line: f"queue {queue}, concurrency 2" in line)
    done = cli(redis_url, env, "submit", DEMO, "Plan a day trip", "--queue", queue, "--follow",
               "--metadata", "user=ana", "--metadata", "priority=3")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "● scout" in done.stdout
    assert "← weather:" in done.stdout
    assert "Day trip plan:" in done.stdout
    assert done.stdout.strip().splitlines()[-1].startswith("usage: ")
    task_id = done.stderr.split("task ", 1)[1].split()[0]
    worker.wait_for(lambda line: "▶ started" in line and task_id in line)
    worker.wait_for(lambda line: "✓ completed" in line and task_id in line)
    record = wait_status(redis_url, env, task_id, "COMPLETED")
    assert record["metadata"] == {"user": "ana", "priority": 3}
    assert record["worker_id"]


def test_status_result_events_list(
    start_worker: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    start_worker()
    task_id = submit_json(redis_url, env, queue, DEMO)
    result = cli(redis_url, env, "task", "result", task_id, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["output"].startswith("Day trip plan:")
    assert data["steps"] == 3

    human = cli(redis_url, env, "task", "status", task_id)
    assert human.returncode == 0
    assert "COMPLETED" in human.stdout
    assert "trip-planner (swarm)" in human.stdout

    events = cli(redis_url, env, "task", "events", task_id, "--json", "--detailed")
    assert events.returncode == 0, events.stderr
    replay = [json.loads(line) for line in events.stdout.splitlines()]
    assert replay[0]["type"] == "status"
    assert [e["type"] for e in replay].count("tool_result") == 3
    assert all(e["position"] for e in replay)
    # Resuming after a position gives exactly the events after it.
    middle = replay[5]["position"]
    rest = cli(redis_url, env, "task", "events", task_id, "--json", "--detailed", "--after", middle)
    assert [json.loads(line) for line in rest.stdout.splitlines()] == replay[6:]

    readable = cli(redis_url, env, "task", "events", task_id)
    assert "● writer" in readable.stdout

    listed = cli(redis_url, env, "task", "list", "--json")
    ids = [json.loads(line)["task_id"] for line in listed.stdout.splitlines()]
    assert task_id in ids
    table = cli(redis_url, env, "task", "list", "--status", "completed")
    assert task_id in table.stdout
    none = cli(redis_url, env, "task", "list", "--status", "FAILED")
    assert none.stdout.strip() == "no tasks with status FAILED"


def test_cancel_running_then_finished_then_unknown(
    start_worker: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    worker = start_worker()
    task_id = submit_json(redis_url, env, queue, "cli_test_agents:slow")
    wait_status(redis_url, env, task_id, "RUNNING")
    follower = Running("task", "events", task_id, "--follow", "--redis-url", redis_url, env=env)
    try:
        follower.wait_for(lambda line: "→ nap" in line)
        done = cli(redis_url, env, "task", "cancel", task_id)
        assert done.returncode == 0, done.stderr
        assert f"task {task_id} CANCELLED" in done.stdout
        rest = follower.rest(timeout=15)
        assert follower.proc.returncode == 0
        assert "cancelled" in rest
    finally:
        follower.stop()
    worker.wait_for(lambda line: "■ stopped" in line and "cancelled" in line)

    again = cli(redis_url, env, "task", "cancel", task_id)
    assert again.returncode == 1
    assert "already finished (CANCELLED); nothing was changed" in again.stderr

    result = cli(redis_url, env, "task", "result", task_id)
    assert result.returncode == 3
    assert f"Task {task_id} was cancelled" in result.stderr


def test_cancel_pending_task_never_runs(redis_url: str, queue: str, env: dict[str, str]) -> None:
    plain = cli(redis_url, env, "submit", "cli_test_agents:echo", "hi", "--queue", queue)
    assert plain.returncode == 0, plain.stderr
    task_id = plain.stdout.strip()  # only the id on stdout, for $(orbiter submit ...)
    assert len(task_id) == 32
    assert f"orbiter task events {task_id} --follow" in plain.stderr
    pending = cli(redis_url, env, "task", "result", task_id, "--no-wait")
    assert pending.returncode == 4
    assert "has not finished (status PENDING)" in pending.stderr
    done = cli(redis_url, env, "task", "cancel", task_id, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"task_id": task_id, "cancelled": True, "status": "CANCELLED"}


def test_failed_task_exit_code_and_worker_line(
    start_worker: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    worker = start_worker()
    done = cli(redis_url, env, "submit", "cli_test_agents:failing", "hi", "--queue", queue, "-f")
    assert done.returncode == 1
    assert "failed: the provider is down" in done.stderr
    assert "Traceback" not in done.stderr
    worker.wait_for(lambda line: "✗ failed" in line and "the provider is down" in line)


def test_worker_list_and_queue_stats(
    start_worker: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    start_worker("--concurrency", "3", "--worker-id", "w-listed")
    listed = cli(redis_url, env, "worker", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    workers = [json.loads(line) for line in listed.stdout.splitlines()]
    mine = next(w for w in workers if w["worker_id"] == "w-listed")
    assert mine["queue"] == queue
    assert mine["concurrency"] == 3
    assert mine["heartbeat_age"] < 30
    table = cli(redis_url, env, "worker", "list")
    assert "w-listed" in table.stdout

    submit_json(redis_url, env, f"{queue}-idle", "cli_test_agents:echo")  # nobody serves it
    stats = cli(redis_url, env, "queue", "stats", "--queue", f"{queue}-idle", "--json")
    assert stats.returncode == 0, stats.stderr
    row = json.loads(stats.stdout)
    assert row["depth"] == 1
    assert row["in_flight"] == 0
    every = cli(redis_url, env, "queue", "stats")
    assert f"{queue}-idle" in every.stdout

    dead = cli(redis_url, env, "queue", "dead", "--queue", queue)
    assert dead.returncode == 0
    assert "no dead letters" in dead.stdout
    missing = cli(redis_url, env, "queue", "redrive", "0-1", "--queue", queue)
    assert missing.returncode == 1
    assert "no dead letter" in missing.stderr


def test_dead_letter_redrive(
    start_worker: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    client = plain_client(redis_url)
    # A queue entry no worker can decode lands in the dead-letter stream.
    stream = Keys.from_env(redis_url=redis_url).queue_for(queue, "poison-1")
    client.xadd(stream, {"t": "poison-1", "p": b"not json"})
    client.close()
    worker = start_worker()
    worker.wait_for(lambda line: "poison-1" in line or "rejected" in line)
    deadline = time.monotonic() + 20
    while True:
        dead = cli(redis_url, env, "queue", "dead", "--queue", queue, "--json")
        letters = [json.loads(line) for line in dead.stdout.splitlines()]
        if letters:
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert letters[0]["task_id"] == "poison-1"
    assert "decoded" in letters[0]["reason"]
    stats = json.loads(cli(redis_url, env, "queue", "stats", "--queue", queue, "--json").stdout)
    assert stats["dead_letters"] == 1


def test_worker_drains_on_ctrl_c(
    start_worker: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    worker = start_worker()
    task_id = submit_json(redis_url, env, queue, "cli_test_agents:short")
    worker.wait_for(lambda line: "▶ started" in line)
    worker.proc.send_signal(signal.SIGINT)
    rest = worker.rest(timeout=20)
    assert worker.proc.returncode == 0
    assert "SIGINT: stopping" in "\n".join(worker.lines)
    assert f"✓ completed {task_id}" in rest
    assert "stopped (1 task finished)" in rest
    wait_status(redis_url, env, task_id, "COMPLETED")


def test_second_ctrl_c_exits_now_and_hands_task_back(
    start_worker: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    worker = start_worker("--drain-timeout", "60")
    task_id = submit_json(redis_url, env, queue, "cli_test_agents:slow")
    worker.wait_for(lambda line: "▶ started" in line)
    worker.proc.send_signal(signal.SIGINT)
    worker.wait_for(lambda line: "SIGINT: stopping" in line)
    worker.proc.send_signal(signal.SIGINT)
    rest = worker.rest(timeout=15)
    assert worker.proc.returncode == 0
    assert "handed back to the queue" in rest
    record = json.loads(cli(redis_url, env, "task", "status", task_id, "--json").stdout)
    assert record["status"] in ("PENDING", "RETRYING")
    cli(redis_url, env, "task", "cancel", task_id)


@pytest.mark.parametrize(
    "args",
    [
        ["task", "status"],
        ["task", "result"],
        ["task", "events"],
        ["task", "cancel"],
    ],
)
def test_unknown_task_id(redis_url: str, env: dict[str, str], args: list[str]) -> None:
    done = cli(redis_url, env, *args, "no-such-task")
    assert done.returncode == 1
    assert "no task 'no-such-task' on this server" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["task", "list"],
        ["worker", "list"],
        ["queue", "stats"],
        ["submit", DEMO, "hi"],
        ["start", "worker", "--wait-for-redis", "0"],
    ],
)
def test_redis_unreachable(env: dict[str, str], args: list[str]) -> None:
    started = time.monotonic()
    done = run_cli(*args, "--redis-url", "redis://127.0.0.1:1", env=env, timeout=30)
    assert done.returncode == 1
    assert "cannot reach Redis at redis://127.0.0.1:1" in done.stderr
    assert "orbiter dev" in done.stderr  # the hint says how to get a server
    assert "Traceback" not in done.stderr
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://localhost:6379", "not a Redis URL"),
        ("redis://localhost:port", "not a valid Redis URL"),
        ("redis://localhost:6379/abc", "database 'abc' is not a number"),
    ],
)
def test_wrong_url(env: dict[str, str], url: str, expected: str) -> None:
    done = run_here("task", "list", "--redis-url", url, env=env)
    assert done.returncode == 1
    assert expected in done.stderr


def test_no_url_anywhere(env: dict[str, str]) -> None:
    done = run_here("worker", "list", env=env)
    assert done.returncode == 1
    assert "no Redis URL: pass --redis-url or set ORBITER_REDIS_URL" in done.stderr


def test_password_is_masked_in_errors(env: dict[str, str]) -> None:
    done = run_here("task", "list", "--redis-url", "redis://u:s3cret@127.0.0.1:1", env=env)
    assert done.returncode == 1
    assert "s3cret" not in done.stderr
    assert "u:***@127.0.0.1:1" in done.stderr


def test_demo_cleans_up(env: dict[str, str]) -> None:
    import psutil

    before = {p.pid for p in psutil.process_iter()}
    done = run_cli("demo", env=env, timeout=90)
    assert done.returncode == 0, done.stderr
    assert "● scout" in done.stdout
    assert "Day trip plan:" in done.stdout
    assert "COMPLETED on worker" in done.stdout
    assert "cleaned up" in done.stdout
    leftovers = [
        p.pid
        for p in psutil.process_iter(["cmdline"])
        if p.pid not in before
        and any("orbiter-demo" in a or "demo-" in a for a in (p.info["cmdline"] or []))
    ]
    assert wait_gone(leftovers) == []


def test_demo_uses_orbiter_redis_url(redis_url: str, env: dict[str, str]) -> None:
    import redis

    done = run_cli("demo", "--json", env={**env, "ORBITER_REDIS_URL": redis_url}, timeout=90)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[-1]["type"] == "result"
    assert lines[-1]["status"] == "COMPLETED"
    assert redis_url in done.stderr
    client = redis.Redis.from_url(redis_url)
    try:
        assert client.exists(f"orbiter:task:{lines[-1]['task_id']}")
    finally:
        client.close()


def test_out_of_attempts_dead_letter_is_redriven(
    start_worker: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    first = start_worker("--lease", "1", "--max-attempts", "1")
    task_id = submit_json(redis_url, env, queue, "cli_test_agents:short")
    first.wait_for(lambda line: "▶ started" in line)
    first.proc.send_signal(signal.SIGKILL)
    first.proc.wait(10)
    second = start_worker("--lease", "1", "--max-attempts", "1")
    wait_status(redis_url, env, task_id, "FAILED")
    dead = cli(redis_url, env, "queue", "dead", "--queue", queue, "--json")
    letters = [json.loads(line) for line in dead.stdout.splitlines()]
    assert [d["task_id"] for d in letters] == [task_id]
    table = cli(redis_url, env, "queue", "dead", "--queue", queue)
    assert letters[0]["entry_id"] in table.stdout

    again = cli(redis_url, env, "queue", "redrive", letters[0]["entry_id"], "--queue", queue)
    assert again.returncode == 0, again.stderr
    assert f"task {task_id} is back on queue" in again.stdout
    second.wait_for(lambda line: "✓ completed" in line and task_id in line)
    wait_status(redis_url, env, task_id, "COMPLETED")


def test_signing_key_and_allow_list(
    background: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    worker = background(
        "start", "worker", "--redis-url", redis_url, "--queue", queue,
        "--allowed-modules", "orbiter.cli.demo_agents", "--signing-key", "k3y", env=env,
    )  # fmt: skip
    worker.wait_for(lambda line: "payload signing: required" in line)
    signed = cli(redis_url, env, "submit", DEMO, "hi", "--queue", queue, "-f",
                 "--signing-key", "k3y")  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    assert "Day trip plan:" in signed.stdout

    # Signed, but its tools come from a module the worker does not allow.
    outside = cli(redis_url, env, "submit", "cli_test_agents:short", "hi", "--queue", queue,
                  "-f", "--signing-key", "k3y")  # fmt: skip
    assert outside.returncode == 1
    assert "not in the allowed modules" in outside.stderr

    forged = submit_json(redis_url, env, queue, "orbiter.cli.demo_agents:scout")  # unsigned
    worker.wait_for(lambda line: "signature check failed" in line)
    record = json.loads(cli(redis_url, env, "task", "status", forged, "--json").stdout)
    assert record["status"] != "COMPLETED"


def test_worker_json_lines(
    background: Callable[..., Running], redis_url: str, queue: str, env: dict[str, str]
) -> None:
    worker = background(
        "start", "worker", "--redis-url", redis_url, "--queue", queue, "--json", env=env
    )  # fmt: skip
    ready = json.loads(worker.wait_for(lambda line: '"ready"' in line))
    assert ready["queue"] == queue
    assert ready["allowed_modules"] is None
    task_id = submit_json(redis_url, env, queue, "cli_test_agents:echo")
    started = json.loads(worker.wait_for(lambda line: '"started"' in line))
    assert started == {
        "at": started["at"], "event": "started", "task_id": task_id, "attempt": 1,
        "name": "echo", "kind": "agent",
    }  # fmt: skip
    completed = json.loads(worker.wait_for(lambda line: '"completed"' in line))
    assert completed["task_id"] == task_id
    assert completed["steps"] == 1
    worker.proc.send_signal(signal.SIGTERM)
    worker.rest(timeout=20)
    assert worker.proc.returncode == 0
    events = [json.loads(line)["event"] for line in worker.lines]
    assert events[-2:] == ["stopping", "stopped"]


def test_wrong_credentials_and_acl_user(local_redis: Any, env: dict[str, str]) -> None:
    import redis

    client = redis.Redis.from_url(local_redis.url)
    client.execute_command("ACL", "SETUSER", "ana", "on", ">s3cret", "~*", "&*", "+@all")
    client.close()
    host = local_redis.url.removeprefix("redis://")
    bad = run_cli("task", "list", "--redis-url", f"redis://ana:wrong@{host}", env=env)
    assert bad.returncode == 1
    assert "refused the credentials" in bad.stderr
    assert "wrong" not in bad.stderr
    good = run_cli("task", "list", "--redis-url", f"redis://ana:s3cret@{host}", env=env)
    assert good.returncode == 0, good.stderr
    assert good.stdout.strip() == "no tasks"


@pytest.mark.parametrize("executor", ["redis", "temporal"])
def test_allowed_modules_without_names_is_refused(
    redis_url: str, env: dict[str, str], executor: str
) -> None:
    # An allow-list that names nothing would either allow everything or nothing: say so instead.
    done = run_here(
        "start", "worker", "--redis-url", redis_url, "--executor", executor, "-a", ",", env=env
    )
    assert done.returncode == 2
    assert "--allowed-modules was given but names no module" in done.stderr
