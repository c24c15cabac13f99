"""Redis URL checks shared by the commands that talk to a server."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

from orbiter.cli._context import CliError, redis_url_or_default, settings


class RedisUnreachable(CliError):
    """Nothing answered at the URL (rather than a server that refused us)."""


def shown_url(url: str) -> str:
    """``url`` with its password masked, for printing (imported late: CLI start-up stays light)."""
    from orbiter.distributed.outage import safe_url

    return safe_url(url)


def checked_url(url: str | None) -> str:
    """The URL to use (option, else ``ORBITER_REDIS_URL``), rejected early when malformed."""
    from orbiter.distributed.errors import RedisUrlError
    from orbiter.distributed.keys import check_redis_url

    resolved = redis_url_or_default(url)
    try:
        check_redis_url(resolved)
    except RedisUrlError as exc:
        raise CliError(str(exc)) from None
    settings.redis_url = shown_url(resolved)
    return resolved


async def ping(url: str, wait: float = 3.0) -> None:
    """Fail fast with a clear error when nothing answers at ``url``."""
    import redis.asyncio as aioredis
    from redis.exceptions import AuthenticationError, AuthorizationError
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    from orbiter.distributed.keys import is_cluster_url
    from orbiter.distributed.sentinel import is_sentinel_url, sentinel_pool

    timeouts: dict[str, Any] = {"socket_connect_timeout": wait, "socket_timeout": wait}
    if is_sentinel_url(url):
        client = aioredis.Redis.from_pool(sentinel_pool(url, timeouts, None))
    else:
        # a cluster answers at the node its URL names, as a single server would
        node = url.replace("+cluster", "", 1) if is_cluster_url(url) else url
        client = aioredis.Redis.from_url(node, retry_on_timeout=False, **timeouts)
    try:
        await client.ping()
    except (AuthenticationError, AuthorizationError) as exc:
        raise CliError(
            f"Redis at {shown_url(url)} refused the credentials: {exc}",
            hint="put the right user and password in the URL: redis://user:password@host:port",
        ) from exc
    except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
        from orbiter.distributed.outage import tls_failed

        if tls_failed(url, exc):
            raise CliError(
                f"the TLS handshake with Redis at {shown_url(url)} failed: {exc}",
                hint="the server may not speak TLS: use redis:// for a plain server, or the port "
                "where it serves TLS (with ?ssl_ca_certs=/path/ca.pem for a private CA)",
            ) from exc
        raise RedisUnreachable(
            f"cannot reach Redis at {shown_url(url)}: {exc}",
            hint="start a server with `orbiter dev`, or point --redis-url / ORBITER_REDIS_URL "
            "at a running one",
        ) from exc
    finally:
        await client.aclose()


def waiting_notice(
    exc: RedisUnreachable, url: str, limit: float | None
) -> tuple[str, dict[str, Any]]:
    """What a worker says (as markup, and as a JSON record) while it waits for Redis."""
    from rich.markup import escape

    until = "for good" if limit is None else f"up to {limit:g} s"
    return (
        f"[dim]{time.strftime('%H:%M:%S')}[/] [yellow]{escape(exc.message.rstrip('.'))}; waiting "
        f"for it {until}, trying again with backoff (Ctrl-C stops; --wait-for-redis SECONDS "
        "sets a limit)[/]",
        {"event": "waiting", "redis_url": shown_url(url), "error": exc.message},
    )


async def wait_for_redis(
    url: str, limit: float | None, stop: asyncio.Event, say: Callable[[RedisUnreachable], None]
) -> bool:
    """Ping ``url`` until it answers (True) or ``stop`` is set (False), backing off between
    tries; ``say`` is told once that Redis is not reachable yet.

    Raises the RedisUnreachable error once ``limit`` seconds have passed (None: never).
    """
    began = time.monotonic()
    delay = 0.5
    told = False
    while True:
        try:
            await ping(url)
            return True
        except RedisUnreachable as exc:
            waited = time.monotonic() - began
            if limit is not None and waited + delay > limit:
                if limit > 0:
                    exc.message += f" (gave up after {waited:.0f} s: --wait-for-redis {limit:g})"
                raise
            if not told:
                say(exc)
                told = True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)
        if stop.is_set():
            return False
        delay = min(delay * 2, 10.0)
