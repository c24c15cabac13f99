"""API keys, their scopes and rate limits, and the short-lived tokens browsers stream with.

Only the SHA-256 of a key is stored. A key's record says its name (unique), its scope
(``runs``: create and follow its own runs; ``admin``: everything) and an optional limit of
requests per minute, counted in Redis so that every server process shares it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from typing import Any, Literal

import msgspec

from orbiter.distributed.keys import Keys
from orbiter.distributed.server.problems import ApiError
from orbiter.errors import ConfigurationError

Scope = Literal["runs", "admin"]
SCOPES: tuple[str, ...] = ("runs", "admin")
KEY_PREFIX = "orb_"
STREAM_TOKEN_TTL = 300
"""Seconds a stream token opens its run's events for."""


class ApiKey(msgspec.Struct, kw_only=True):
    """What is stored of an API key (never the key itself)."""

    name: str
    scope: Scope
    created_at: float
    rate_limit: int | None = None
    """Requests per minute; None for no limit."""


_decode_key = msgspec.json.Decoder(ApiKey)
_json = msgspec.json.Encoder()

NO_AUTH = ApiKey(name="anonymous", scope="admin", created_at=0.0)
"""Who every request is when the server runs with ``--no-auth``."""


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class KeyStore:
    """Create, list, revoke and check API keys in Redis (``redis`` is a redis-py asyncio client)."""

    def __init__(self, redis: Any, keys: Keys) -> None:
        self._r = redis
        self._keys = keys

    async def create(self, name: str, scope: str = "runs", rate_limit: int | None = None) -> str:
        """A new key named ``name``; returns the key, which is shown once and never stored."""
        if scope not in SCOPES:
            raise ConfigurationError(f"scope must be one of {', '.join(SCOPES)}, got {scope!r}")
        if not name or len(name) > 100 or not name.replace("-", "").replace("_", "").isalnum():
            raise ConfigurationError(
                f"key name {name[:100]!r} must be 1-100 letters, digits, '-' or '_'"
            )
        if rate_limit is not None and rate_limit < 1:
            raise ConfigurationError(f"rate limit must be at least 1 per minute, got {rate_limit}")
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        record = ApiKey(name=name, scope=scope, created_at=time.time(), rate_limit=rate_limit)  # type: ignore[arg-type]
        if not await self._r.hsetnx(self._keys.api_key_names, name, digest(key)):
            raise ConfigurationError(
                f"an API key named {name!r} exists already: revoke it first or pick another name"
            )
        await self._r.hset(self._keys.api_keys, digest(key), _json.encode(record))
        return key

    async def list(self) -> list[ApiKey]:
        rows = await self._r.hvals(self._keys.api_keys)
        return sorted((_decode_key.decode(r) for r in rows), key=lambda k: k.created_at)

    async def revoke(self, name: str) -> bool:
        """Revoke the key named ``name``; False when there is none."""
        found = await self._r.hget(self._keys.api_key_names, name)
        if found is None:
            return False
        pipe = self._r.pipeline(transaction=True)
        pipe.hdel(self._keys.api_keys, found)
        pipe.hdel(self._keys.api_key_names, name)
        await pipe.execute()
        return True

    async def check(self, key: str) -> ApiKey | None:
        raw = await self._r.hget(self._keys.api_keys, digest(key))
        return _decode_key.decode(raw) if raw else None

    async def count_request(self, key: ApiKey) -> None:
        """Count a request against the key's per-minute limit; 429 past it."""
        if key.rate_limit is None:
            return
        now = time.time()
        window = int(now // 60)
        counter = self._keys.rate(key.name, window)
        pipe = self._r.pipeline(transaction=True)
        pipe.incr(counter)
        pipe.expire(counter, 61)
        used, _ = await pipe.execute()
        if used > key.rate_limit:
            retry = max(1, int(60 - now % 60))
            raise ApiError(
                429,
                "rate-limited",
                "Too many requests",
                f"API key {key.name!r} may make {key.rate_limit} requests per minute; retry "
                f"after {retry} s",
                headers={"Retry-After": str(retry)},
            )


async def server_secret(redis: Any, keys: Keys) -> bytes:
    """The secret stream tokens are signed with, the same for every server process."""
    await redis.set(keys.server_secret, secrets.token_hex(32), nx=True)
    return bytes(await redis.get(keys.server_secret))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def stream_token(secret: bytes, run_id: str, ttl: int = STREAM_TOKEN_TTL) -> tuple[str, float]:
    """A token good for ``ttl`` seconds that opens only ``run_id``'s events."""
    expires = int(time.time()) + ttl
    body = f"{run_id}.{expires}"
    mac = hmac.new(secret, b"events:" + body.encode(), hashlib.sha256).digest()
    return f"{body}.{_b64(mac)}", float(expires)


def check_stream_token(secret: bytes, run_id: str, token: str) -> None:
    """Raise a 401 problem unless ``token`` is a live token for ``run_id``'s events."""
    parts = token.split(".")
    ok = False
    if len(parts) == 3 and parts[0] == run_id and parts[1].isdigit():
        body = f"{parts[0]}.{parts[1]}"
        mac = hmac.new(secret, b"events:" + body.encode(), hashlib.sha256).digest()
        ok = hmac.compare_digest(_b64(mac), parts[2]) and int(parts[1]) >= time.time()
    if not ok:
        raise ApiError(
            401,
            "invalid-token",
            "Invalid stream token",
            "the ?token= is not valid for this run's events, or it expired: get a new one "
            "with POST /v1/runs/{id}/stream-token",
            run_id=run_id,
        )
