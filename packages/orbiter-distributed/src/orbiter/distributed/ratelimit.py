"""The shared rate limiter: every worker on one Redis takes its model calls' turns from it.

``Worker(rate_limits=...)`` (``orbiter start worker --rate-limit``, ``ORBITER_RATE_LIMITS``)
puts a :class:`RedisRateLimiter` in use for the tasks it runs. Each limited model string has
one schedule in Redis (``Keys.rate_limit``), changed by one script per call, so the limit holds
across every process however many there are. While Redis cannot be reached, calls go
unlimited (with a warning) rather than fail: the worker's own reconnect handles the outage.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable

from redis.asyncio import Redis
from redis.exceptions import RedisError

from orbiter.distributed._limit_scripts import (
    BackOffArgs,
    ReserveArgs,
    SettleArgs,
    back_off_script,
    held_script,
    reserve_script,
    settle_script,
)
from orbiter.distributed.keys import Keys
from orbiter.ratelimit import Limits, RateLimit, Turn, WaitReason

__all__ = ["RedisRateLimiter"]

log = logging.getLogger("orbiter.distributed.ratelimit")

_REASONS: dict[bytes, WaitReason] = {
    b"requests": "requests",
    b"tokens": "tokens",
    b"retry_after": "retry_after",
}
_WARN_EVERY = 30.0


class RedisRateLimiter(Limits):
    """Rate limits counted in Redis, shared by every process that uses the same keys.

    Args:
        redis: the client to use (the worker's).
        keys: where the schedules live (the worker's key prefix).
        limits: text like ``"openai:gpt-4o=500rpm,200ktpm"``, or a list of entries or
            :class:`~orbiter.ratelimit.RateLimit`.
    """

    __slots__ = ("_keys", "_redis", "_warned")

    def __init__(self, redis: Redis, keys: Keys, limits: str | Iterable[str | RateLimit]) -> None:
        super().__init__(limits)
        self._redis = redis
        self._keys = keys
        self._warned = 0.0

    def _unreachable(self, exc: RedisError | OSError, doing: str) -> None:
        now = time.monotonic()
        if now - self._warned >= _WARN_EVERY:
            self._warned = now
            log.warning("rate limits not applied while Redis fails (%s: %s)", doing, exc)

    async def reserve(self, limit: RateLimit, model: str, tokens: int) -> Turn:
        args = ReserveArgs(limit.request_seconds * 1000, limit.token_seconds * 1000, tokens)
        try:
            micros, reason = await reserve_script(self._redis, [self._keys.rate_limit(model)], args)
        except (RedisError, OSError) as exc:
            self._unreachable(exc, "reserve")
            return Turn(0.0)
        return Turn(int(micros) / 1e6, _REASONS.get(reason))

    async def held(self, model: str) -> float:
        try:
            micros = await held_script(self._redis, [self._keys.rate_limit(model)], ())
        except (RedisError, OSError) as exc:
            self._unreachable(exc, "held")
            return 0.0
        return int(micros) / 1e6

    async def settle(self, limit: RateLimit, model: str, extra_tokens: int) -> None:
        args = SettleArgs(extra_tokens * limit.token_seconds * 1000)
        try:
            await settle_script(self._redis, [self._keys.rate_limit(model)], args)
        except (RedisError, OSError) as exc:
            self._unreachable(exc, "settle")

    async def back_off(self, model: str, seconds: float) -> None:
        try:
            await back_off_script(
                self._redis, [self._keys.rate_limit(model)], BackOffArgs(seconds * 1000)
            )
        except (RedisError, OSError) as exc:
            self._unreachable(exc, "back off")
