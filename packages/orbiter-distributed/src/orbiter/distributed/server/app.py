"""The ASGI application: routes, errors as problem documents, CORS, and the console files."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from orbiter.agent import Agent
from orbiter.distributed._shared import acquire, release
from orbiter.distributed.connection import TRANSIENT
from orbiter.distributed.errors import RedisUnavailableError
from orbiter.distributed.server import ops, runs
from orbiter.distributed.server.auth import server_secret
from orbiter.distributed.server.context import ServerConfig, State
from orbiter.distributed.server.openapi import document
from orbiter.distributed.server.problems import (
    ApiError,
    handle_api_error,
    handle_unexpected,
    problem_response,
)
from orbiter.distributed.server.webhooks import Dispatcher
from orbiter.swarm import Swarm

log = logging.getLogger("orbiter.server")
STATIC = Path(__file__).parent / "static"


def _version() -> str:
    try:
        return version("orbiter-distributed")
    except PackageNotFoundError:
        return "0"


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    slug = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
    detail = (
        f"no endpoint {request.method} {request.url.path}; GET /openapi.json lists them"
        if exc.status_code in (404, 405)
        else str(exc.detail)
    )
    err = ApiError(exc.status_code, slug, str(exc.detail), detail, headers=exc.headers)
    return problem_response(err, request)


def create_app(config: ServerConfig, registry: Mapping[str, Agent | Swarm]) -> Starlette:
    """The ASGI app serving ``registry`` (name -> Agent or Swarm) with ``config``."""
    state = State(config, registry)
    spec = document(_version())

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.shared = acquire(config.redis_url)
        try:
            state.secret = await server_secret(state.redis, state.keys)
            state.dispatcher = Dispatcher(state)
            delivering = asyncio.create_task(state.dispatcher.run())
            try:
                yield
            finally:
                delivering.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await delivering
                await state.dispatcher.close()
                await state.admin.close()
        finally:
            await release(state.shared)

    async def openapi(request: Request) -> Response:
        return JSONResponse(spec)

    def page(name: str) -> Route:
        async def serve(request: Request) -> Response:
            return FileResponse(STATIC / name, headers={"Cache-Control": "no-cache"})

        return Route("/" if name == "index.html" else "/docs", serve, methods=["GET"])

    middleware = []
    if config.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=config.cors_origins,
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "Last-Event-ID"],
                expose_headers=["Location", "Orbiter-Run-Id", "Retry-After"],
            )
        )
    app = Starlette(
        routes=[
            *runs.routes,
            *ops.routes,
            Route("/openapi.json", openapi, methods=["GET"]),
            page("index.html"),
            page("docs.html"),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        middleware=middleware,
        exception_handlers={
            ApiError: handle_api_error,
            # Answered as 503 here, not by the catch-all (which logs a traceback and re-raises).
            **dict.fromkeys((RedisUnavailableError, *TRANSIENT), handle_unexpected),
            HTTPException: _http_error,
            Exception: handle_unexpected,
        },
        lifespan=lifespan,
    )
    app.state.orbiter = state
    return app
