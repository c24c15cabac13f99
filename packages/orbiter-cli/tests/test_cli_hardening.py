"""Bad input and bad timing at the command line: cursors, entry ids, empty input, Ctrl-C while
loading, rediss:// to a plain server, and a queue nobody serves."""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from _cli_testkit import ORBITER, Running, cli_env, run_cli, run_here

HERE = Path(__file__).parent
DEMO = "orbiter.cli.demo_agents:trip_planner"


@pytest.fixture
def env() -> dict[str, str]:
    return cli_env(PYTHONPATH=str(HERE))


def _worker(background: Callable[..., Running], url: str, queue: str, env: dict) -> Running:  # type: ignore[type-arg]
    worker = background(
        "start", "worker", "--redis-url", url, "--queue", queue,
        "--allowed-modules", "orbiter.cli.demo_agents", env=env,
    )  # fmt: skip
    worker.wait_for(lambda line: " connected to " in line)
    return worker


def _finished_task(background: Callable[..., Running], url: str, env: dict) -> str:  # type: ignore[type-arg]
    queue = f"q-{uuid.uuid4().hex[:8]}"
    _worker(background, url, queue, env)
    done = run_cli("submit", DEMO, "go", "--queue", queue, "--follow", "--json", "-r", url, env=env)
    assert done.returncode == 0, done.stderr
    return str(json.loads(done.stdout.splitlines()[-1])["task_id"])


def test_task_events_after_the_last_position_returns_at_once(
    background: Callable[..., Running], redis_url: str, env: dict[str, str]
) -> None:
    task_id = _finished_task(background, redis_url, env)
    listed = run_cli("task", "events", task_id, "--json", "-r", redis_url, env=env)
    assert listed.returncode == 0, listed.stderr
    positions = [json.loads(line)["position"] for line in listed.stdout.splitlines()]
    ms = int(positions[-1].split("-")[0])
    for cursor in (positions[-1], f"{ms + 60_000}-0"):
        for follow in ([], ["--follow"]):
            done = run_cli(
                "task", "events", task_id, "--after", cursor, "--json", *follow,
                "-r", redis_url, env=env, timeout=30,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
            assert done.stdout == ""
    rest = run_cli("task", "events", task_id, "--after", positions[-2], "--json", "-r", redis_url,
                   env=env)  # fmt: skip
    assert [json.loads(line)["position"] for line in rest.stdout.splitlines()] == positions[-1:]


@pytest.mark.parametrize("cursor", ["garbage", "12-", "1.5", "-"])
def test_task_events_refuses_a_cursor_that_is_not_a_position(
    background: Callable[..., Running], redis_url: str, env: dict[str, str], cursor: str
) -> None:
    task_id = _finished_task(background, redis_url, env)
    for follow in ([], ["--follow"]):
        done = run_cli("task", "events", task_id, f"--after={cursor}", *follow, "-r", redis_url,
                       env=env, timeout=30)  # fmt: skip
        assert done.returncode == 1
        assert f"--after={cursor!r} is not an event position" in done.stderr
        assert "'1732250000000-0'" in done.stderr
        assert "Traceback" not in done.stderr


@pytest.mark.parametrize("entry", ["not-an-id", "1-2-3", "-1"])
def test_queue_redrive_refuses_what_is_not_an_entry_id(
    redis_url: str, env: dict[str, str], entry: str
) -> None:
    done = run_here("queue", "redrive", "--redis-url", redis_url, "--", entry, env=env)
    assert done.returncode == 1
    assert f"entry_id={entry!r} is not a dead letter's entry id" in done.stderr
    assert "'1732250000000-0'" in done.stderr
    assert "Invalid stream ID" not in done.stderr


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_an_empty_input_is_refused(redis_url: str, env: dict[str, str], text: str) -> None:
    for args in (["run", DEMO, text], ["submit", DEMO, text, "--redis-url", redis_url]):
        done = run_here(*args, env=env)
        assert done.returncode == 1, done.stdout
        assert "INPUT is empty" in done.stderr
        assert done.stdout == ""


def test_ctrl_c_while_the_command_is_still_loading_exits_quietly(
    redis_url: str, env: dict[str, str]
) -> None:
    # With PYTHONVERBOSE Python reports each module file it reads, so the interrupt can be sent
    # while typer (which the commands are defined with) is being imported.
    proc = subprocess.Popen(
        [*ORBITER, "submit", DEMO, "hi", "--follow", "--redis-url", redis_url],
        env={**env, "PYTHONVERBOSE": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    loaded = threading.Event()
    lines: list[str] = []

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if "typer/__init__" in line:
                loaded.set()

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    try:
        assert loaded.wait(30), "".join(lines[-20:])
        proc.send_signal(signal.SIGINT)
        assert proc.wait(30) == 130
    finally:
        if proc.poll() is None:
            proc.kill()
    reader.join(10)
    output = "".join(lines)
    assert "Traceback" not in output
    assert "KeyboardInterrupt" not in output


def test_rediss_to_a_plain_server_says_the_tls_handshake_failed(
    redis_url: str, env: dict[str, str]
) -> None:
    tls_url = redis_url.replace("redis://", "rediss://", 1)
    done = run_cli("task", "status", "0" * 32, "--redis-url", tls_url, env=env, timeout=30)
    assert done.returncode == 1
    assert "TLS handshake" in done.stderr
    assert "may not speak TLS" in done.stderr
    assert "orbiter dev" not in done.stderr


def test_submit_follow_says_when_no_live_worker_serves_the_queue(
    background: Callable[..., Running], redis_url: str, env: dict[str, str]
) -> None:
    served = f"served-{uuid.uuid4().hex[:6]}"
    _worker(background, redis_url, served, env)
    lonely = f"lonely-{uuid.uuid4().hex[:6]}"
    follow = background(
        "submit", DEMO, "hi", "--follow", "--queue", lonely, "--redis-url", redis_url, env=env
    )
    line = follow.wait_for(lambda text: "no live worker serves" in text, timeout=30)
    assert f"queue {lonely!r}" in line
    assert f"live workers serve {served!r}" in line
    hint = follow.wait_for(lambda text: "hint:" in text)
    assert f"orbiter start worker --queue {lonely}" in hint
    # Once a worker serves that queue, the task runs and the command ends normally.
    _worker(background, redis_url, lonely, env)
    follow.wait_for(lambda text: text.startswith("usage: "), timeout=60)
    assert follow.proc.wait(30) == 0
