"""Helpers for running the real `orbiter` console script in subprocesses."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

_SCRIPT = Path(sys.executable).with_name("orbiter")
ORBITER = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "orbiter.cli"]


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


class Running:
    """An `orbiter` process in the background whose output lines can be waited for."""

    def __init__(
        self, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> None:
        self.proc = subprocess.Popen(
            [*ORBITER, *args],
            env=env or cli_env(),
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = 30) -> str:
        """The first new output line matching ``predicate``; fails after ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no matching line within {timeout}s; got {self.lines}")
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                continue
            if line is None:
                raise AssertionError(f"process ended without a matching line; got {self.lines}")
            self.lines.append(line)
            if predicate(line):
                return line

    def rest(self, timeout: float = 30) -> str:
        """Wait for the process to exit and return all output not read yet."""
        self.proc.wait(timeout)
        out: list[str] = []
        while True:
            try:
                line = self._queue.get(timeout=5)
            except queue.Empty:
                break
            if line is None:
                break
            self.lines.append(line)
            out.append(line)
        return "\n".join(out)

    def descendants(self) -> list[psutil.Process]:
        try:
            return psutil.Process(self.proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def stop(self) -> None:
        """SIGTERM (so it cleans up after itself), then SIGKILL what is left."""
        if self.proc.poll() is None:
            children = self.descendants()
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
            for child in children:
                try:
                    child.kill()
                except psutil.NoSuchProcess:
                    pass


def wait_gone(pids: list[int], timeout: float = 15) -> list[int]:
    """Pids (of ``pids``) still alive after ``timeout`` seconds; zombies count as gone."""
    deadline = time.monotonic() + timeout
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        still = []
        for pid in alive:
            try:
                if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                    still.append(pid)
            except psutil.NoSuchProcess:
                pass
        alive = still
        if alive:
            time.sleep(0.05)
    return alive


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
