"""Fixtures of the CLI tests (the helpers themselves are in _cli_testkit)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from _cli_testkit import Running


@pytest.fixture
def background() -> Iterator[Callable[..., Running]]:
    """Start `orbiter` processes that are killed (with their children) after the test."""
    started: list[Running] = []

    def start(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> Running:
        proc = Running(*args, env=env, cwd=cwd)
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.stop()
