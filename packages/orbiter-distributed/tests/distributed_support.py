"""Tools the distributed tests' workers import (this folder is on their ``PYTHONPATH``).

The worker subprocesses themselves and the ``spawn`` fixture are in ``testkit.workers``.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis

from orbiter.messages import ToolMessage, UserMessage
from orbiter.models import ModelRequest
from orbiter.testing import ScriptItem, call_tool, reply

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


def thread_script(request: ModelRequest) -> ScriptItem:
    """The model of the thread tests: ``slow S`` calls ``sleepy(0)``, then ``sleepy(S)``, then
    answers; anything else is answered at once. Answers quote the latest user message."""
    at = max(i for i, m in enumerate(request.messages) if isinstance(m, UserMessage))
    text = str(request.messages[at].content)
    results = sum(isinstance(m, ToolMessage) for m in request.messages[at:])
    if text.startswith("slow ") and results < 2:
        return call_tool("sleepy", seconds=0.0 if results == 0 else float(text.split()[1]))
    return reply(f"re: {text}")


def redis_client(url: str) -> Any:
    """An asyncio client for ``url``: a cluster client for ``redis+cluster://``."""
    if url.startswith("redis+cluster://"):
        return aioredis.RedisCluster.from_url(url.replace("+cluster", "", 1))
    return aioredis.Redis.from_url(url)
