"""The shared rate limiter: every worker on one Redis takes its model calls' turns from it.

``Worker(rate_limits=...)`` (``orbiter start worker --rate-limit``, ``ORBITER_RATE_LIMITS``)
puts a :class:`RedisRateLimiter` in use for the tasks it runs. Each limited model string has
one schedule in Redis (``Keys.rate_limit``), moved by one script call, so the limit holds across
every process however many there are.

A round trip per model call would cost more than the call's share of a busy worker, so a
worker takes turns in blocks (a :class:`Lease`). While the limit does not bind (the schedule
has room now), a block holds up to a tenth of a second's worth of turns, sized to what the
worker used of its last one, and its calls go at once for that tenth of a second; so in any
minute at most a tenth of a second's worth more than the limit can pass, at the edges of
blocks. Once the limit binds, a block holds one turn per call waiting in the worker, spaced
as the limit says, and the limit is exact. Token corrections (see ``orbiter._run.limits``)
ride along with the worker's next block, or follow on their own half a second later.

While Redis cannot be reached, calls go unlimited (with a warning) rather than fail: the
worker's own reconnect handles the outage.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable, Sequence
from typing import Any

from msgspec.structs import astuple
from redis.asyncio import Redis
from redis.exceptions import NoScriptError, RedisError

from orbiter.distributed._batcher import Batcher
from orbiter.distributed._limit_scripts import (
    BackOffArgs,
    ReserveArgs,
    SettleArgs,
    back_off_script,
    reserve_script,
    settle_script,
)
from orbiter.distributed._lua import Script
from orbiter.distributed.keys import Keys
from orbiter.ratelimit import Limits, RateLimit, Turn, WaitReason

__all__ = ["Lease", "RedisRateLimiter"]

log = logging.getLogger("orbiter.distributed.ratelimit")

HORIZON = 0.1
"""Seconds of a model's turns a worker takes at once while the limit does not bind."""
MAX_TURNS = 64
"""Most turns in one block."""
SETTLE_AFTER = 0.5
"""Seconds token corrections wait for a block to ride along with before they go alone."""
_REASONS: dict[bytes, WaitReason] = {
    b"requests": "requests",
    b"tokens": "tokens",
    b"retry_after": "retry_after",
}
_WARN_EVERY = 30.0


class Lease:
    """A block of one model's turns taken from Redis, in this process's monotonic seconds.

    ``spaced`` (the limit binds): calls take the turns one after the other, each ``60 / rpm``
    seconds and ``tokens * 60 / tpm`` seconds after the one before, only while a turn fits
    whole in the block. Otherwise ``turns`` calls and ``tokens`` tokens may go at once, until
    ``end``.
    """

    __slots__ = (
        "end",
        "next_request",
        "next_token",
        "reason",
        "spaced",
        "start",
        "token_end",
        "tokens",
        "turns",
        "used",
    )

    def __init__(
        self, limit: RateLimit, start: float, turns: int, tokens: int, reason: WaitReason | None
    ) -> None:
        self.start = start
        self.turns = turns
        self.tokens = tokens
        self.reason = reason
        self.spaced = reason is not None
        self.end = start + (turns * limit.request_seconds if self.spaced else HORIZON)
        self.token_end = start + tokens * limit.token_seconds
        self.next_request = start
        self.next_token = start
        self.used = 0

    def take(self, limit: RateLimit, now: float, tokens: int) -> Turn | None:
        """The turn of a call of about ``tokens`` tokens, or None when it has none for it."""
        if not self.spaced:
            if now >= self.end or self.used >= self.turns or tokens > self.tokens:
                return None
            self.used += 1
            self.tokens -= tokens
            return Turn(0.0)
        begin = max(now, self.start)
        reason = self.reason if begin > now else None
        if limit.rpm and self.next_request > begin:
            begin, reason = self.next_request, "requests"
        if limit.tpm and self.next_token > begin:
            begin, reason = self.next_token, "tokens"
        ends_request = begin + limit.request_seconds
        ends_tokens = begin + tokens * limit.token_seconds
        if (limit.rpm and ends_request > self.end) or (limit.tpm and ends_tokens > self.token_end):
            return None
        self.next_request, self.next_token = ends_request, ends_tokens
        self.used += 1
        return Turn(begin - now, reason)


class RedisRateLimiter(Limits):
    """Rate limits counted in Redis, shared by every process that uses the same keys.

    Args:
        redis: the client to use (the worker's).
        keys: where the schedules live (the worker's key prefix).
        limits: text like ``"openai:gpt-4o=500rpm,200ktpm"``, or a list of entries or
            :class:`~orbiter.ratelimit.RateLimit`.
    """

    __slots__ = (
        "_asking",
        "_batcher",
        "_demand",
        "_held",
        "_keys",
        "_leases",
        "_owed",
        "_redis",
        "_settling",
        "_size",
        "_warned",
    )

    def __init__(self, redis: Redis, keys: Keys, limits: str | Iterable[str | RateLimit]) -> None:
        super().__init__(limits)
        self._redis = redis
        self._batcher = Batcher(redis)
        self._keys = keys
        self._leases: dict[str, Lease] = {}
        self._asking: dict[str, asyncio.Future[None]] = {}
        self._demand: dict[str, int] = {}  # calls of each model asking for a turn right now
        self._size: dict[str, int] = {}  # turns of the next block while the limit does not bind
        self._held: dict[str, float] = {}  # Retry-After pauses known here, until (monotonic)
        self._owed: dict[str, float] = {}  # token corrections not sent yet, in milliseconds
        self._settling: set[str] = set()
        self._warned = 0.0

    def _unreachable(self, exc: BaseException, doing: str) -> None:
        now = time.monotonic()
        if now - self._warned >= _WARN_EVERY:
            self._warned = now
            log.warning("rate limits not applied while Redis fails (%s: %s)", doing, exc)

    async def _run(self, script: Script, model: str, args: Sequence[Any]) -> Any:
        """One script call on ``model``'s schedule, in the pipeline of this loop turn."""
        keys = [self._keys.rate_limit(model)]
        try:
            return await self._batcher.send("EVALSHA", script.sha_for(self._redis), 1, *keys, *args)
        except NoScriptError:
            return await script(self._redis, keys, args)  # loads the set, then calls again

    async def reserve(self, limit: RateLimit, model: str, tokens: int) -> Turn:
        if self._held.get(model, 0.0) > time.monotonic():
            self._leases.pop(model, None)  # taken before a pause began: Redis knows better
        self._demand[model] = self._demand.get(model, 0) + 1
        try:
            while True:
                lease = self._leases.get(model)
                if lease is not None:
                    turn = lease.take(limit, time.monotonic(), tokens)
                    if turn is not None:
                        return turn
                asking = self._asking.get(model)
                if asking is None:
                    return await self._take_block(limit, model, tokens)
                await asyncio.shield(asking)  # another call is taking a block: try that one
        finally:
            self._demand[model] -= 1

    async def _take_block(self, limit: RateLimit, model: str, tokens: int) -> Turn:
        """Take a new block of ``model``'s turns, and the first of them."""
        asking = self._asking[model] = asyncio.get_running_loop().create_future()
        try:
            owed = self._owed.pop(model, 0.0)
            waiting = self._demand[model]
            free = self._free_turns(limit, model, tokens, waiting)
            args = ReserveArgs(
                limit.request_seconds * 1000,
                limit.token_seconds * 1000,
                tokens,
                free,
                waiting,
                owed,
            )
            try:
                reply = await self._run(reserve_script, model, astuple(args))
            except (RedisError, OSError) as exc:
                self._owed[model] = self._owed.get(model, 0.0) + owed
                self._unreachable(exc, "taking turns")
                return Turn(0.0)
            micros, reason, held, turns = reply
            now = time.monotonic()
            start = now + int(micros) / 1e6
            self._held[model] = now + int(held) / 1e6
            why = (_REASONS.get(reason) or "requests") if micros else None
            lease = self._leases[model] = Lease(limit, start, turns, tokens * turns, why)
            # Taken at the time the block was reckoned from, so the first turn always fits.
            return lease.take(limit, now, tokens) or Turn(start - now, why)
        finally:
            del self._asking[model]
            asking.set_result(None)

    def _free_turns(self, limit: RateLimit, model: str, tokens: int, waiting: int) -> int:
        """Turns to take while the limit does not bind: twice what the last block used when
        it ran out, what it used when some were left, at least one per call waiting here, and
        never more than a tenth of a second's worth."""
        size = self._size.get(model, 1)
        last = self._leases.get(model)
        if last is not None and not last.spaced:
            size = size * 2 if last.used >= last.turns else last.used
        most = MAX_TURNS
        if limit.rpm:
            most = min(most, int(HORIZON / limit.request_seconds))
        if limit.tpm:
            most = min(most, int(HORIZON / (max(tokens, 1) * limit.token_seconds)))
        size = self._size[model] = max(1, min(most, max(size, waiting)))
        return size

    async def held(self, model: str) -> float:
        # What this worker knows: from its last block, and the pauses it was told of itself.
        return max(0.0, self._held.get(model, 0.0) - time.monotonic())

    async def settle(self, limit: RateLimit, model: str, extra_tokens: int) -> None:
        self._owed[model] = self._owed.get(model, 0.0) + extra_tokens * limit.token_seconds * 1000
        if model not in self._settling:
            self._settling.add(model)
            asyncio.get_running_loop().call_later(SETTLE_AFTER, self._send_owed, model)

    def _send_owed(self, model: str) -> None:
        self._settling.discard(model)
        owed = self._owed.pop(model, 0.0)
        if owed:
            key = self._keys.rate_limit(model)
            args = astuple(SettleArgs(owed))
            sent = self._batcher.call("EVALSHA", settle_script.sha_for(self._redis), 1, key, *args)
            sent.add_done_callback(self._settled)

    def _settled(self, sent: asyncio.Future[Any]) -> None:
        exc = None if sent.cancelled() else sent.exception()
        if exc is not None:
            self._unreachable(exc, "settling tokens")

    async def back_off(self, model: str, seconds: float) -> None:
        self._held[model] = max(self._held.get(model, 0.0), time.monotonic() + seconds)
        self._leases.pop(model, None)  # the next call takes a block after the pause
        try:
            await self._run(back_off_script, model, astuple(BackOffArgs(seconds * 1000)))
        except (RedisError, OSError) as exc:
            self._unreachable(exc, "backing off")
