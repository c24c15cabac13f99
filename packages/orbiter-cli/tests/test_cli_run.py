"""`orbiter run`, help texts and error reporting, through the real console script."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from _cli_testkit import ORBITER, cli_env, run_cli, run_here

DEMO = "orbiter.cli.demo_agents:trip_planner"


def test_run_swarm_shows_tools_agents_and_usage() -> None:
    done = run_cli("run", DEMO, "Plan a day trip")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "● scout" in out
    assert "● writer" in out
    assert out.index("● scout") < out.index("● writer")
    assert "→ weather(city='Lisbon')" in out
    assert "← train_time:" in out
    assert '"minutes":168' in out
    assert "hands over to writer" in out
    assert "Day trip plan:" in out
    last = out.strip().splitlines()[-1]
    assert last.startswith("usage: ")
    assert "3 model calls" in last
    assert "3 steps" in last
    assert "\x1b[" not in out  # no colour codes when not on a terminal
    assert "step 1 started" not in out  # only with --detailed


def test_run_detailed_adds_steps_and_statuses() -> None:
    done = run_cli("run", DEMO, "Plan a day trip", "--detailed")
    assert done.returncode == 0, done.stderr
    assert "step 1 started" in done.stdout
    assert "· completed" in done.stdout


def test_run_json_is_one_event_per_line_ending_with_result() -> None:
    done = run_cli("run", DEMO, "Plan a day trip", "--json")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    types = [e["type"] for e in lines]
    assert set(types[:-1]) <= {"text", "tool_call", "error"}
    assert types.count("tool_call") == 3
    result = lines[-1]
    assert result["type"] == "result"
    assert result["agent_name"] == "writer"
    assert result["output"].startswith("Day trip plan:")
    assert result["steps"] == 3
    assert result["usage"]["requests"] == 3


def test_run_json_detailed_has_every_event_type() -> None:
    done = run_cli("run", DEMO, "Plan a day trip", "--json", "--detailed")
    types = {json.loads(line)["type"] for line in done.stdout.splitlines()}
    assert {"step", "status", "usage", "tool_result", "handoff", "text", "result"} <= types


def test_run_file_target_factory_and_stdin(tmp_path: Path) -> None:
    app = tmp_path / "myagents.py"
    app.write_text(
        textwrap.dedent(
            """
            from orbiter import Agent

            echo = Agent(name="echo", model="scripted:echo")

            def make():
                return Agent(name="made", model="scripted:echo")
            """
        )
    )
    done = run_cli("run", f"{app}:echo", "hello there")
    assert done.returncode == 0, done.stderr
    assert "hello there" in done.stdout
    done = run_cli("run", f"{app}:make", "-", stdin="from stdin\n")
    assert done.returncode == 0, done.stderr
    assert "● made" in done.stdout
    assert "from stdin" in done.stdout


def test_failed_run_is_one_line_and_exit_1(tmp_path: Path) -> None:
    app = tmp_path / "failing.py"
    app.write_text(
        "from orbiter import Agent\n"
        "from orbiter.testing import ScriptedModel, fail\n"
        "agent = Agent(name='a', model=ScriptedModel([fail('provider is down')]))\n"
    )
    done = run_cli("run", f"{app}:agent", "hi")
    assert done.returncode == 1
    assert "error: the run failed: ServerError: provider is down" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("no_such_pkg.agents:agent", "no module named 'no_such_pkg'"),
        ("orbiter.cli.demo_agents:nobody", "has no attribute 'nobody'"),
        ("os:sep", "is a str, not an Agent or a Swarm"),
        ("missing/file.py:agent", "no such file"),
        ("just_a_module", "does not name an attribute"),
    ],
)
def test_bad_target_is_a_clear_error(target: str, expected: str) -> None:
    done = run_here("run", target, "hi")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("error: ")
    assert expected in lines[0]
    assert all(line.startswith(("error:", "hint:")) for line in lines)
    assert "Traceback" not in done.stderr


def test_target_raising_on_import_and_verbose_traceback(tmp_path: Path) -> None:
    app = tmp_path / "broken.py"
    app.write_text("import json\nraise RuntimeError('config missing')\n")
    done = run_cli("run", f"{app}:agent", "hi")
    assert done.returncode == 1
    assert "RuntimeError: config missing" in done.stderr
    assert "Traceback" not in done.stderr
    verbose = run_cli("run", f"{app}:agent", "hi", "--verbose")  # global flag after the command
    assert verbose.returncode == 1
    assert "Traceback" in verbose.stderr
    assert "broken.py" in verbose.stderr


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["run"],
        ["dev"],
        ["demo"],
        ["submit"],
        ["start", "worker"],
        ["task", "list"],
        ["task", "status"],
        ["task", "result"],
        ["task", "events"],
        ["task", "cancel"],
        ["worker", "list"],
        ["queue", "stats"],
        ["queue", "dead"],
        ["queue", "redrive"],
        ["mcp", "serve"],
    ],
)
def test_help_has_examples(command: list[str]) -> None:
    done = run_here(*command, "--help")
    assert done.returncode == 0, done.stderr
    assert "Example" in done.stdout
    assert "orbiter " in done.stdout.split("Example", 1)[1]


def test_usage_error_exit_code() -> None:
    done = run_here("run", DEMO)
    assert done.returncode == 2
    assert "Missing argument" in done.stderr


def test_run_streams_while_the_run_goes_on(background: Any) -> None:
    env = cli_env(PYTHONPATH=str(Path(__file__).parent))
    proc = background("run", "cli_test_agents:short", "hi", env=env)
    proc.wait_for(lambda line: "→ nap(seconds=1.5)" in line)
    assert proc.proc.poll() is None  # the tool call was shown while the tool still sleeps
    rest = proc.rest(timeout=30)
    assert proc.proc.returncode == 0
    assert "← nap: slept 1.5 s" in rest
    assert "rested" in rest


def _on_terminal(*args: str) -> str:
    """Output of `orbiter ARGS` run on a pseudo-terminal (so colours are allowed)."""
    import os
    import pty
    import subprocess

    env = cli_env()
    env.pop("NO_COLOR")
    env["TERM"] = "xterm-256color"
    main, child = pty.openpty()
    proc = subprocess.Popen([*ORBITER, *args], stdout=child, stderr=child, env=env)
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(30)
    os.close(main)
    return b"".join(chunks).decode(errors="replace")


def test_colour_on_a_terminal_unless_no_color() -> None:
    coloured = _on_terminal("run", DEMO, "Plan a day trip")
    assert "\x1b[3" in coloured  # e.g. cyan agent names, magenta tool calls
    assert "Day trip plan:" in coloured
    plain = _on_terminal("run", DEMO, "Plan a day trip", "--no-color")
    assert "Day trip plan:" in plain
    assert "\x1b[3" not in plain  # no colour codes (cursor control for the spinner may remain)
