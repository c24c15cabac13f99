"""Helpers for running the real `orbiter` console script in subprocesses."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from testkit.processes import ORBITER, Process, wait_gone

__all__ = ["ORBITER", "Running", "cli_env", "run_cli", "start_worker_in", "wait_gone"]


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORBITER_")}
    env.update({"NO_COLOR": "1", "PYTHONUNBUFFERED": "1", "COLUMNS": "200"})
    env.update(extra)
    return env


def run_here(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `orbiter ARGS` in this process, through typer's CliRunner, as `run_cli` does.

    For what needs no process of its own (parsing, help, checks, rendering): the same entry
    point, exit code and output as the console script, without a Python start-up per call.
    """
    from typer.testing import CliRunner

    from orbiter.cli._context import settings
    from orbiter.cli.app import main

    overrides: dict[str, str | None] = {k: None for k in os.environ if k.startswith("ORBITER_")}
    overrides.update(env or cli_env())
    settings.redis_url = None  # a fresh process knows no server yet
    code = 0
    with CliRunner().isolation(input=stdin, env=overrides) as (out, err, _):
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    return subprocess.CompletedProcess([*ORBITER, *args], code, stdout, stderr)


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    stdin: str | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `orbiter ARGS` to the end and return its exit code and output."""
    return subprocess.run(
        [*ORBITER, *args],
        env=env or cli_env(),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        input=stdin,
        check=False,
    )


class Running(Process):
    """An `orbiter` process in the background whose output lines can be waited for."""

    def __init__(
        self, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> None:
        super().__init__([*ORBITER, *args], env=env or cli_env(), cwd=cwd)

    def stop(self, *, children: bool = True) -> None:
        """SIGTERM (so it cleans up after itself), then SIGKILL what is left of it and its own."""
        super().stop(children=children)


MYAPP_AGENTS = '''
from orbiter import Agent, Swarm, tool


@tool
def shout(text: str) -> str:
    """Upper-case the text."""
    return text.upper()


SCRIPT = [
    {"kind": "tools", "calls": [{"name": "shout", "arguments": {"text": "hey"}}]},
    {"kind": "text", "text": "done"},
]
agent = Agent(name="helper", model="scripted:myapp.agents:SCRIPT", tools=[shout])
support = Agent(name="support", model="scripted:myapp.agents:SCRIPT", tools=[shout])


def make_desk():
    return Swarm([Agent(name="clerk", model="scripted:echo")], name="front")
'''


def write_myapp(folder: Path) -> None:
    """The getting-started layout: a package ``myapp`` whose ``agents`` use its own tool."""
    app = folder / "myapp"
    app.mkdir()
    (app / "__init__.py").write_text("")
    (app / "agents.py").write_text(MYAPP_AGENTS)


def start_worker_in(
    background: Callable[..., Running],
    redis_url: str,
    folder: Path,
    queue: str,
    *extra: str,
    env: dict[str, str] | None = None,
) -> Running:
    """`orbiter start worker` started in ``folder`` (no PYTHONPATH), once its banner is out."""
    worker = background(
        "start", "worker", "--redis-url", redis_url, "--queue", queue, *extra,
        env=env or cli_env(), cwd=folder,
    )  # fmt: skip
    worker.wait_for(lambda line: "payload signing:" in line)  # the banner's last line
    return worker
