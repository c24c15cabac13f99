"""A worker's way in: join the queue once Redis answers, unless it is told to stop first.

The worker calls :func:`join` while it starts: it makes the consumer group, refuses an id a
live worker uses, and writes the first registry record, waiting out a Redis that is down.
:func:`warmed_up` warms the providers meanwhile, and :func:`unless_stopped` runs the whole
start so that a signal still ends the process at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from redis.exceptions import AuthenticationError

from orbiter.distributed.connection import TRANSIENT, Backoff
from orbiter.distributed.errors import RedisUnavailableError, WorkerIdInUseError
from orbiter.distributed.executor import warm_up
from orbiter.distributed.outage import safe_url
from orbiter.distributed.queue import RedisQueue

log = logging.getLogger("orbiter.distributed.worker")


async def join(
    queue: RedisQueue,
    worker_id: str,
    redis_url: str,
    register: Callable[[], Awaitable[None]],
) -> None:
    """Make the consumer group, claim ``worker_id`` and register, retrying while Redis is away.

    Raises:
        AuthenticationError: Redis refused the credentials in ``redis_url``.
        RedisUnavailableError: Redis answered but cannot serve (waiting will not help).
        WorkerIdInUseError: a live worker uses this id.
    """
    backoff = Backoff(cap=5.0)
    while True:
        try:
            await queue.ensure_group()
            await queue.registry.claim_id(worker_id, queue.lease_seconds)
            await register()
            return
        except AuthenticationError as exc:
            raise AuthenticationError(
                f"Redis at {safe_url(redis_url)} refused the credentials: {exc}. "
                "Check the user and password in the URL (redis://user:password@host:port/db)"
            ) from None
        except (RedisUnavailableError, WorkerIdInUseError):
            raise  # waiting will not help
        except TRANSIENT as exc:
            log.warning("Redis at %s not reachable (%s); retrying", safe_url(redis_url), exc)
            await backoff.wait()


async def warmed_up(start: Awaitable[None]) -> None:
    """Run ``start`` while the providers warm up, and return once both are done.

    Warmed while connecting, and before the first claim: the first task must not stall the
    loop (and let its lease lapse) on imports and TLS set-up.
    """
    warming = asyncio.get_running_loop().create_task(warm_up())
    try:
        await start
    except BaseException:
        warming.cancel()
        raise
    try:
        await warming
    except Exception as exc:  # a worker without provider packages still serves tasks
        log.warning("warming up failed (%s); carrying on", exc)


async def unless_stopped(start: Coroutine[Any, Any, None], stop: asyncio.Event) -> bool:
    """Run ``start``; False if ``stop`` was set first (Redis may be down for long)."""
    loop = asyncio.get_running_loop()
    starting = loop.create_task(start)
    stopping = loop.create_task(stop.wait())
    await asyncio.wait([starting, stopping], return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if starting.done():
        starting.result()  # raises what went wrong (e.g. refused credentials)
        return True
    starting.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await starting
    return False
