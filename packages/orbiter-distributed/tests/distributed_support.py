"""Tools the distributed tests' workers import (this folder is on their ``PYTHONPATH``).

The worker subprocesses themselves and the ``spawn`` fixture are in ``testkit.workers``.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


async def sleepy(seconds: float) -> str:
    """A tool that takes a while (async)."""
    await asyncio.sleep(seconds)
    return f"slept {seconds}"


def blocking_sleepy(seconds: float) -> str:
    """A tool that blocks its thread for a while (sync)."""
    time.sleep(seconds)
    return f"slept {seconds}"


async def loop_blocker(seconds: float) -> str:
    """A badly written async tool: it blocks the worker's event loop for a while."""
    time.sleep(seconds)  # noqa: ASYNC251 (blocking the loop is the point)
    return f"blocked {seconds}"
