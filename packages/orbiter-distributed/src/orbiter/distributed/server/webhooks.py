"""Completion webhooks: POST a run's outcome to the URL it named, signed, until it is taken.

Deliveries wait in a Redis sorted set (run id -> when to look next), so no server process owns
one: whichever process claims it first (a Lua script moves it a lease into the future) waits
for the run to end and delivers. A failed delivery goes back with an exponential backoff; a
process that dies mid-way leaves it to be claimed again by any other, or by itself on restart.

The body is the run's outcome as JSON. The ``Orbiter-Signature`` header is
``t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the webhook secret>``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import ipaddress
import logging
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx
import msgspec

from orbiter.distributed._lua import Script
from orbiter.distributed.connection import TRANSIENT
from orbiter.distributed.errors import TaskNotFoundError
from orbiter.distributed.events import Marker
from orbiter.distributed.handle import outcome
from orbiter.distributed.keys import DEFAULT_PENDING_TTL
from orbiter.distributed.settings import read

if TYPE_CHECKING:
    from orbiter.distributed.server.context import State

log = logging.getLogger("orbiter.server.webhooks")

LEASE = 30.0
"""Seconds a claimed delivery stays with its process before any other may take it."""
MAX_BACKOFF = 600.0
BATCH = 50
SIGNATURE_HEADER = "Orbiter-Signature"

_CLAIM = Script("""
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[3])
for _, id in ipairs(due) do redis.call('ZADD', KEYS[1], ARGV[2], id) end
return due
""")


class Outcome(msgspec.Struct, kw_only=True):
    """The body of a webhook call."""

    id: str
    status: str
    output: Any = None
    result: dict[str, Any] | None = None
    error: str | None = None
    error_type: str | None = None
    delivered_at: float


def _local(address: str) -> bool:
    try:
        return not ipaddress.ip_address(address.split("%")[0]).is_global
    except ValueError:
        return False


def check_url(url: str, allow_private: bool) -> str | None:
    """Why ``url`` may not be a webhook (a loopback, private or link-local host), or None."""
    host = urlsplit(url).hostname or ""
    if not host:
        return f"webhook URL {url[:200]!r} names no host"
    if not allow_private and (host == "localhost" or host.endswith(".localhost") or _local(host)):
        return (
            f"webhook host {host!r} is a loopback, private or link-local address, which this "
            "server does not call; use a public address, or start the server with "
            "--webhook-allow-private"
        )
    return None


async def _resolves_locally(url: str) -> bool:
    """True when the URL's host name resolves to a loopback, private or link-local address."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, port)
    except OSError:
        return False  # the delivery itself fails and is retried
    return any(_local(str(info[4][0])) for info in infos)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The ``Orbiter-Signature`` header value for ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


async def register(state: State, run_id: str, url: str) -> None:
    """Remember to deliver ``run_id``'s outcome to ``url``, starting now."""
    pipe = state.redis.pipeline(transaction=True)
    pipe.hset(state.keys.webhook(run_id), mapping={"url": url, "attempts": 0})
    pipe.expire(state.keys.webhook(run_id), DEFAULT_PENDING_TTL)
    pipe.zadd(state.keys.webhooks, {run_id: int(time.time() * 1000)})
    await pipe.execute()
    if state.dispatcher is not None:
        state.dispatcher.wake.set()


class Dispatcher:
    """The delivery loop of one server process."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.wake = asyncio.Event()
        self._active: dict[str, asyncio.Task[None]] = {}
        self._http = httpx.AsyncClient(timeout=10.0, follow_redirects=False)

    async def run(self) -> None:
        while True:
            try:
                await self._round()
            except asyncio.CancelledError:
                raise
            except TRANSIENT as exc:
                log.warning("webhooks: Redis unreachable (%s); trying again", exc)
                await asyncio.sleep(1.0)
            except Exception:
                log.exception("webhooks: delivery round failed")
                await asyncio.sleep(1.0)

    async def _round(self) -> None:
        keys, redis = self.state.keys, self.state.redis
        now = int(time.time() * 1000)
        due = await _CLAIM(redis, [keys.webhooks], [now, now + int(LEASE * 1000), BATCH])
        for raw in due:
            run_id = raw.decode()
            if run_id not in self._active:
                task = asyncio.create_task(self._handle(run_id))
                self._active[run_id] = task
                task.add_done_callback(self._done)
        nxt = await redis.zrange(keys.webhooks, 0, 0, withscores=True)
        wait = LEASE if not nxt else (nxt[0][1] - time.time() * 1000) / 1000
        self.wake.clear()
        if len(due) < BATCH:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), min(max(wait, 0.01), LEASE))

    def _done(self, task: asyncio.Task[None]) -> None:
        for run_id, running in list(self._active.items()):
            if running is task:
                del self._active[run_id]

    async def _handle(self, run_id: str) -> None:
        keys, redis = self.state.keys, self.state.redis
        hook = await redis.hgetall(keys.webhook(run_id))
        if not hook:
            await redis.zrem(keys.webhooks, run_id)
            return
        assert self.state.shared is not None
        try:
            marker = await outcome(self.state.shared, keys, run_id, LEASE * 0.8)
        except TaskNotFoundError:
            log.warning("webhooks: run %s expired before it ended; dropping its webhook", run_id)
            await self._forget(run_id)
            return
        if marker is None:
            return  # still running: claimed again when the lease ends
        await self._deliver(run_id, hook[b"url"].decode(), int(hook.get(b"attempts", 0)), marker)

    async def _deliver(self, run_id: str, url: str, attempts: int, marker: Marker) -> None:
        body = msgspec.json.encode(
            Outcome(
                id=run_id,
                status=marker.status,
                output=(marker.result or {}).get("output"),
                result=marker.result,
                error=marker.error,
                error_type=marker.error_type,
                delivered_at=time.time(),
            )
        )
        headers = {"Content-Type": "application/json", "Orbiter-Run-Id": run_id}
        secret = self.state.config.webhook_secret
        if secret:
            headers[SIGNATURE_HEADER] = signature(secret, int(time.time()), body)
        config = self.state.config
        error: str | None
        if not config.webhook_private and await _resolves_locally(url):
            error = "refused: the host resolves to a loopback, private or link-local address"
            attempts = config.webhook_max_attempts - 1  # not worth retrying
        else:
            try:
                response = await self._http.post(url, content=body, headers=headers)
                error = None if response.is_success else f"HTTP {response.status_code}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
        if error is None:
            await self._forget(run_id)
            return
        attempts += 1
        keys, redis = self.state.keys, self.state.redis
        pipe = redis.pipeline(transaction=True)
        pipe.hset(keys.webhook(run_id), mapping={"attempts": attempts, "error": error})
        if attempts >= config.webhook_max_attempts:
            log.warning("webhooks: giving up on %s for run %s: %s", url, run_id, error)
            pipe.zrem(keys.webhooks, run_id)
            pipe.expire(keys.webhook(run_id), read("retention"))
        else:
            delay = min(MAX_BACKOFF, config.webhook_retry_base * 2 ** (attempts - 1))
            log.info(
                "webhooks: %s failed for run %s (%s); again in %.1fs", url, run_id, error, delay
            )
            pipe.zadd(keys.webhooks, {run_id: int((time.time() + delay) * 1000)})
        await pipe.execute()
        self.wake.set()

    async def _forget(self, run_id: str) -> None:
        pipe = self.state.redis.pipeline(transaction=True)
        pipe.zrem(self.state.keys.webhooks, run_id)
        pipe.delete(self.state.keys.webhook(run_id))
        await pipe.execute()

    async def close(self) -> None:
        for task in list(self._active.values()):
            task.cancel()
        await asyncio.gather(*self._active.values(), return_exceptions=True)
        await self._http.aclose()
