"""Subprocesses whose output a test reads line by line, and waiting on conditions."""

from __future__ import annotations

import asyncio
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import psutil

_SCRIPT = Path(sys.executable).with_name("orbiter")
ORBITER = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "orbiter.cli"]
"""The ``orbiter`` console script (or ``python -m orbiter.cli`` where it is not installed)."""

KIT_FOLDER = Path(__file__).resolve().parents[1]
"""The folder that holds ``testkit``."""


def pythonpath(*folders: Path) -> str:
    """A ``PYTHONPATH`` for a subprocess that imports test modules from ``folders``.

    The folder of ``testkit`` comes last, since test modules import it.
    """
    return os.pathsep.join(str(f) for f in (*folders, KIT_FOLDER))


class Process:
    """A subprocess whose output lines a thread collects, so a full pipe never stalls it.

    ``lines`` holds the lines read so far (by ``wait_for``, ``output`` or ``rest``).
    """

    def __init__(
        self, args: Sequence[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> None:
        self.args = tuple(args)
        self.proc = subprocess.Popen(
            list(args),
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._pump = threading.Thread(target=self._read, daemon=True)
        self._pump.start()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def _next(self, timeout: float) -> str | None:
        """The next line (also kept in ``lines``); None at the end of the output."""
        line = self._queue.get(timeout=timeout)
        if line is None:
            self._queue.put(None)  # the end stays visible to later readers
        else:
            self.lines.append(line)
        return line

    def wait_for(
        self, match: str | Callable[[str], bool], timeout: float = 30, *, seen: bool = False
    ) -> str:
        """The first new output line containing ``match`` (or for which it is true).

        Args:
            seen: also search the lines read before, oldest first.
        """
        check = (lambda line: match in line) if isinstance(match, str) else match
        if seen:
            for line in self.lines:
                if check(line):
                    return line
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no line matching {match!r} within {timeout}s: {self.lines}")
            try:
                line = self._next(left)
            except queue.Empty:
                continue
            if line is None:
                raise AssertionError(
                    f"process ended without a line matching {match!r}: {self.lines}"
                )
            if check(line):
                return line

    def output(self) -> str:
        """Everything printed so far (all of it, once the process has exited)."""
        if self.proc.poll() is not None:
            self._pump.join(10)
        while True:
            try:
                if self._next(0) is None:
                    break
            except queue.Empty:
                break
        return "\n".join(self.lines)

    def rest(self, timeout: float = 30) -> str:
        """Wait for the process to exit and return all output not read yet."""
        self.proc.wait(timeout)
        out: list[str] = []
        while True:
            try:
                line = self._next(5)
            except queue.Empty:
                break
            if line is None:
                break
            out.append(line)
        return "\n".join(out)

    def descendants(self) -> list[psutil.Process]:
        try:
            return psutil.Process(self.proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def signal(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the process to exit; its exit code."""
        return self.proc.wait(timeout)

    def kill(self) -> None:
        """SIGKILL: the process gets no chance to clean up."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self, *, children: bool = False, grace: float = 10.0) -> None:
        """SIGTERM (so it cleans up after itself), SIGKILL after ``grace`` seconds.

        Args:
            children: also kill what the process started and left behind.
        """
        if self.proc.poll() is None:
            started = self.descendants() if children else []
            self.proc.terminate()
            try:
                self.proc.wait(grace)
            except subprocess.TimeoutExpired:
                self.kill()
            for child in started:
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


async def until(
    check: Callable[[], Any | Awaitable[Any]],
    within: float = 15.0,
    what: str = "",
    interval: float = 0.02,
) -> Any:
    """Wait (without blocking the loop) until ``check()`` is truthy; return its value.

    ``check`` may be a plain function or a coroutine function.
    """
    deadline = time.monotonic() + within
    while True:
        value = check()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within}s: {what or check} (last {value!r})")
        await asyncio.sleep(interval)
