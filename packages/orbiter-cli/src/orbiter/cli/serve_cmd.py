"""``orbiter serve`` (the HTTP API and console under uvicorn) and ``orbiter keys`` (API keys).

Only typer is imported at the top: the server, uvicorn and Redis are imported by the commands.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

from orbiter.cli._context import CliError, console, print_json, worker_imports_from_cwd
from orbiter.cli._redis import checked_url, ping, shown_url
from orbiter.cli.options import JsonFlag, QueueName, RedisUrl, command_group

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from orbiter.distributed.server.auth import KeyStore

ENV_CONFIG = "ORBITER_SERVE_CONFIG"
ENV_TARGETS = "ORBITER_SERVE_TARGETS"


serve_app = typer.Typer()  # merged into the root: `orbiter serve` is a top-level command

ServeTargets = Annotated[
    list[str],
    typer.Argument(
        metavar="TARGETS...",
        help="What to serve, by name: [NAME=]package.module:attr (an Agent, a Swarm, or a "
        "dict or list of them), as for `orbiter start worker --targets`.",
        show_default=False,
    ),
]
Host = Annotated[str, typer.Option("--host", help="The address to listen on.")]
Port = Annotated[int, typer.Option("--port", "-p", min=0, max=65535)]
Processes = Annotated[
    int, typer.Option("--processes", "-n", min=1, metavar="N", help="Server processes.")
]
NoAuth = Annotated[
    bool,
    typer.Option("--no-auth", help="No API keys: anyone who can connect is an admin (dev)."),
]
CorsOrigins = Annotated[
    list[str],
    typer.Option(
        "--cors-origin",
        metavar="ORIGIN",
        help="An origin whose pages may call the API (repeat; '*' for any).",
    ),
]
MaxBody = Annotated[
    int, typer.Option("--max-body", min=1024, metavar="BYTES", help="Largest request body.")
]
WebhookSecret = Annotated[
    str | None,
    typer.Option(
        "--webhook-secret",
        envvar="ORBITER_WEBHOOK_SECRET",
        show_envvar=True,
        help="Sign webhook calls (Orbiter-Signature header) with this secret.",
    ),
]
Keepalive = Annotated[
    float,
    typer.Option(
        "--keepalive", min=0.05, metavar="SECONDS", help="Comment line on idle event streams."
    ),
]
WebhookAttempts = Annotated[
    int, typer.Option("--webhook-attempts", min=1, metavar="N", help="Tries per webhook call.")
]
WebhookAllowPrivate = Annotated[
    bool,
    typer.Option(
        "--webhook-allow-private",
        help="Let webhooks call loopback, private and link-local addresses.",
    ),
]


@serve_app.command("serve")
def serve_cmd(
    targets: ServeTargets,
    host: Host = "127.0.0.1",
    port: Port = 8000,
    redis_url: RedisUrl = None,
    processes: Processes = 1,
    queue: QueueName = None,
    no_auth: NoAuth = False,
    cors_origins: CorsOrigins = [],  # noqa: B006 (typer reads the default, never mutates it)
    max_body: MaxBody = 1024 * 1024,
    webhook_secret: WebhookSecret = None,
    keepalive: Keepalive = 15.0,
    webhook_attempts: WebhookAttempts = 8,
    webhook_allow_private: WebhookAllowPrivate = False,
) -> None:
    """Serve agents over HTTP: runs, live events (SSE), API keys, and a web console at /.

    \b
    Examples:
      orbiter keys create alice
      orbiter serve myapp.agents:support --port 8000
      curl -H "Authorization: Bearer $KEY" localhost:8000/v1/agents
    """
    from orbiter.cli.target import load_registry

    url = checked_url(redis_url)
    worker_imports_from_cwd()
    registry = load_registry(targets)  # fails here, once, before any process starts
    run_async(ping(url))
    config = {
        "redis_url": url,
        "queue": queue,
        "auth": not no_auth,
        "cors_origins": cors_origins,
        "max_body_bytes": max_body,
        "webhook_secret": webhook_secret,
        "webhook_private": webhook_allow_private,
        "keepalive": keepalive,
        "webhook_max_attempts": webhook_attempts,
    }
    _banner(host, port, processes, sorted(registry), url, no_auth, webhook_secret)
    _serve(host, port, processes, targets, config)


def run_async(coro: Any) -> Any:
    import asyncio

    return asyncio.run(coro)


def _banner(
    host: str,
    port: int,
    processes: int,
    names: list[str],
    url: str,
    no_auth: bool,
    secret: str | None,
) -> None:
    out = console()
    out.print(f"orbiter serve: http://{host}:{port}/ ({processes} process(es))")
    out.print(f"  agents: {', '.join(names)}")
    out.print(f"  redis: {shown_url(url)}")
    out.print(f"  webhooks: {'signed' if secret else 'UNSIGNED (set --webhook-secret)'}")
    if no_auth:
        console(stderr=True).print(
            "[bold red]WARNING: --no-auth: every request is an admin. Anyone who can reach "
            f"http://{host}:{port} can start runs and read every run. Use it only on your own "
            "machine.[/]"
        )


def _serve(
    host: str, port: int, processes: int, targets: list[str], config: dict[str, Any]
) -> None:
    import json

    import uvicorn

    # Every process (one, or N under uvicorn's supervisor) builds the app from these.
    os.environ[ENV_CONFIG] = json.dumps(config)
    os.environ[ENV_TARGETS] = json.dumps(targets)
    uvicorn.run(
        "orbiter.cli.serve_cmd:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=processes,
        access_log=False,
        log_level="info",
        timeout_graceful_shutdown=5,
    )


def app_from_env() -> Starlette:
    """The app of one server process, from what ``orbiter serve`` put in its environment."""
    import json

    import msgspec

    from orbiter.cli.target import load_registry
    from orbiter.distributed.server import ServerConfig, create_app

    worker_imports_from_cwd()
    config = msgspec.convert(json.loads(os.environ[ENV_CONFIG]), ServerConfig)
    return create_app(config, load_registry(json.loads(os.environ[ENV_TARGETS])))


keys_app = command_group("API keys of `orbiter serve`: only a hash of each is stored in Redis.")
KeyName = Annotated[str, typer.Argument(metavar="NAME", help="The key's name.", show_default=False)]


@contextlib.asynccontextmanager
async def _store(url: str) -> AsyncIterator[KeyStore]:
    from orbiter.distributed.connection import connect
    from orbiter.distributed.keys import Keys
    from orbiter.distributed.server.auth import KeyStore

    await ping(url)
    redis = connect(url)
    try:
        yield KeyStore(redis, Keys.from_env(redis_url=url))
    finally:
        await redis.aclose()


@keys_app.command("create")
def keys_create_cmd(
    name: KeyName,
    scope: Annotated[
        str, typer.Option("--scope", "-s", help="runs: its own runs; admin: everything.")
    ] = "runs",
    rate_limit: Annotated[
        int | None,
        typer.Option("--rate-limit", min=1, metavar="N", help="Requests per minute at most."),
    ] = None,
    redis_url: RedisUrl = None,
    json: JsonFlag = False,
) -> None:
    """Create an API key and print it (once: only its hash is kept).

    \b
    Example:
      export ORBITER_API_KEY=$(orbiter keys create alice)
    """
    from orbiter.errors import ConfigurationError

    url = checked_url(redis_url)

    async def go() -> str:
        async with _store(url) as store:
            try:
                return str(await store.create(name, scope, rate_limit))
            except ConfigurationError as exc:
                raise CliError(str(exc), code=2) from None

    key = run_async(go())
    if json:
        print_json({"name": name, "scope": scope, "rate_limit": rate_limit, "key": key})
        return
    console(stderr=True).print(f"API key {name!r} (scope {scope}); shown only this once:")
    typer.echo(key)


@keys_app.command("list")
def keys_list_cmd(redis_url: RedisUrl = None, json: JsonFlag = False) -> None:
    """List API keys: name, scope, rate limit, creation time (never the keys)."""
    import time

    import msgspec

    url = checked_url(redis_url)

    async def go() -> list[Any]:
        async with _store(url) as store:
            return list(await store.list())

    found = run_async(go())
    if json:
        for key in found:
            print_json(msgspec.to_builtins(key))
        return
    if not found:
        console().print("no API keys: create one with `orbiter keys create NAME`")
    for key in found:
        limit = f"{key.rate_limit}/min" if key.rate_limit else "no limit"
        made = time.strftime("%Y-%m-%d %H:%M", time.localtime(key.created_at))
        console().print(f"{key.name}  {key.scope}  {limit}  created {made}")


@keys_app.command("revoke")
def keys_revoke_cmd(name: KeyName, redis_url: RedisUrl = None) -> None:
    """Revoke an API key: requests with it fail with 401 from now on."""
    url = checked_url(redis_url)

    async def go() -> bool:
        async with _store(url) as store:
            return bool(await store.revoke(name))

    if not run_async(go()):
        raise CliError(f"no API key named {name!r}", hint="`orbiter keys list` shows them")
    console().print(f"revoked API key {name!r}")
