"""What every request handler shares: the configuration, Redis, and who is asking."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import msgspec
from starlette.requests import Request

from orbiter.agent import Agent
from orbiter.distributed._shared import Shared
from orbiter.distributed.admin import Admin
from orbiter.distributed.keys import Keys
from orbiter.distributed.server.auth import NO_AUTH, ApiKey, KeyStore
from orbiter.distributed.server.problems import ApiError, invalid_body, unknown_run
from orbiter.swarm import Swarm

if TYPE_CHECKING:
    from orbiter.distributed.server.webhooks import Dispatcher

DEFAULT_MAX_BODY = 1024 * 1024


class ServerConfig(msgspec.Struct, kw_only=True):
    """How one ``orbiter serve`` process runs (the same for each of its processes).

    Args:
        auth: False only for local development: every request is an admin then.
        cors_origins: origins a browser page may call the API from (``*`` for any).
        max_body_bytes: larger request bodies are refused with 413.
        webhook_secret: the key of the webhooks' HMAC signatures (none: unsigned).
        webhook_private: let webhooks call loopback, private and link-local addresses.
        keepalive: seconds between comment lines on an idle event stream.
    """

    redis_url: str
    key_prefix: str | None = None
    queue: str | None = None
    auth: bool = True
    cors_origins: list[str] = []
    max_body_bytes: int = DEFAULT_MAX_BODY
    webhook_secret: str | None = None
    webhook_private: bool = False
    keepalive: float = 15.0
    webhook_retry_base: float = 1.0
    webhook_max_attempts: int = 8


class State:
    """The per-process state of the app (set up by its lifespan)."""

    def __init__(self, config: ServerConfig, registry: Mapping[str, Agent | Swarm]) -> None:
        self.config = config
        self.registry = dict(registry)
        self.keys = Keys.from_env(config.key_prefix, config.redis_url)
        self.shared: Shared | None = None
        self.admin = Admin(config.redis_url, key_prefix=config.key_prefix)
        self.secret = b""
        self.dispatcher: Dispatcher | None = None

    @property
    def redis(self) -> Any:
        assert self.shared is not None, "the app's lifespan has not started"
        return self.shared.redis

    @property
    def store(self) -> KeyStore:
        return KeyStore(self.redis, self.keys)


def state_of(request: Request) -> State:
    state: State = request.app.state.orbiter
    return state


async def caller(request: Request, scope: str = "runs") -> ApiKey:
    """The API key of the request (401 without a valid one, 403 without ``scope``)."""
    state = state_of(request)
    if not state.config.auth:
        return NO_AUTH
    header = request.headers.get("authorization", "")
    kind, _, key = header.partition(" ")
    if kind.lower() != "bearer" or not key.strip():
        raise ApiError(
            401,
            "unauthenticated",
            "An API key is required",
            "send an API key as 'Authorization: Bearer <key>' (create one with `orbiter keys "
            "create NAME`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    found = await state.store.check(key.strip())
    if found is None:
        raise ApiError(
            401,
            "invalid-key",
            "Invalid API key",
            "this API key is unknown or was revoked: ask for a new one (`orbiter keys create`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if scope == "admin" and found.scope != "admin":
        raise ApiError(
            403,
            "forbidden",
            "The API key lacks a scope",
            f"API key {found.name!r} has scope {found.scope!r}; this needs an admin key "
            "(`orbiter keys create NAME --scope admin`)",
        )
    await state.store.count_request(found)
    return found


async def check_visible(state: State, key: ApiKey, run_id: str) -> None:
    """404 unless the run exists and ``key`` may see it (its creator, or an admin)."""
    if len(run_id) > 64 or not run_id.isalnum():
        raise unknown_run(run_id[:64])
    if key.scope == "admin":
        if not await state.redis.exists(state.keys.task(run_id)):
            raise unknown_run(run_id)
        return
    owner = await state.redis.get(state.keys.owner(run_id))
    if owner is None or owner.decode() != key.name:
        raise unknown_run(run_id)


async def read_json(request: Request, type_: Any, shape: str) -> Any:
    """The request body decoded as ``type_``: 413 past the cap, 400/422 when malformed."""
    state = state_of(request)
    cap = state.config.max_body_bytes
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > cap:
        raise too_large(cap)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            raise too_large(cap)
    try:
        return msgspec.json.decode(bytes(body) or b"null", type=type_)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise invalid_body(exc, shape) from None


def too_large(cap: int) -> ApiError:
    return ApiError(
        413,
        "body-too-large",
        "The request body is too large",
        f"request bodies may be at most {cap} bytes; send less input, or start the server "
        "with a larger --max-body",
    )
