"""RFC 9457 problem documents: every error the API returns, and turning exceptions into them."""

from __future__ import annotations

import logging
import re
from typing import Any

import msgspec
from starlette.requests import Request
from starlette.responses import Response

from orbiter.distributed.connection import TRANSIENT
from orbiter.distributed.errors import RedisUnavailableError
from orbiter.distributed.server.schemas import Problem
from orbiter.errors import OrbiterError

log = logging.getLogger("orbiter.server")

PROBLEM_TYPE = "urn:orbiter:problem:"
"""Each problem's ``type`` is this prefix and a slug (``urn:orbiter:problem:unknown-run``)."""
MEDIA_TYPE = "application/problem+json"
_encoder = msgspec.json.Encoder()


class ApiError(OrbiterError):
    """An HTTP error the API answers with as ``application/problem+json``.

    Args:
        status: the HTTP status code.
        slug: the last part of the problem ``type`` (``invalid-body``, ``unknown-run``...).
        title: a short summary that is the same for every problem of this type.
        detail: what went wrong here, and what to do about it.
    """

    def __init__(
        self,
        status: int,
        slug: str,
        title: str,
        detail: str,
        *,
        run_id: str | None = None,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.problem = Problem(
            type=PROBLEM_TYPE + slug,
            title=title,
            status=status,
            detail=detail,
            run_id=run_id,
            errors=errors,
        )
        self.headers = headers or {}


def problem_response(err: ApiError, request: Request | None = None) -> Response:
    problem = err.problem
    if request is not None:
        problem = msgspec.structs.replace(problem, instance=request.url.path)
    return Response(
        _encoder.encode(problem), err.status, headers=err.headers, media_type=MEDIA_TYPE
    )


def unknown_run(run_id: str) -> ApiError:
    # The same answer for a run that never existed, expired, or belongs to another key, so
    # that run ids cannot be probed.
    return ApiError(
        404,
        "unknown-run",
        "No such run",
        f"no run {run_id!r} that this API key can see: it was never created with this key, or "
        "it finished longer ago than the event retention",
        run_id=run_id,
    )


def invalid_body(exc: msgspec.ValidationError | msgspec.DecodeError, shape: str) -> ApiError:
    """A malformed or wrongly shaped JSON body, naming the field and what was expected."""
    text = str(exc)
    if isinstance(exc, msgspec.ValidationError):
        match = re.search(r" - at `\$\.?(.*)`$", text)
        field = match.group(1) if match else ""
        reason = text[: match.start()] if match else text
        return ApiError(
            422,
            "invalid-body",
            "The request body has the wrong shape",
            f"{'field ' + repr(field) if field else 'the body'}: {reason}; send {shape}",
            errors=[{"field": field or "$", "message": reason}],
        )
    return ApiError(
        400,
        "malformed-json",
        "The request body is not valid JSON",
        f"the body could not be parsed as JSON ({text}); send a JSON object with "
        "Content-Type: application/json",
    )


async def handle_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return problem_response(exc, request)


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    """Redis trouble is a 503 the client retries; anything else a 500 without internals."""
    if isinstance(exc, (RedisUnavailableError, *TRANSIENT)):
        log.warning("Redis unreachable while answering %s: %s", request.url.path, exc)
        return problem_response(redis_unavailable(exc), request)
    log.exception("error answering %s %s", request.method, request.url.path)
    return problem_response(
        ApiError(
            500,
            "internal",
            "Internal server error",
            "the server failed to answer this request; its log has the details",
        ),
        request,
    )


def redis_unavailable(exc: BaseException) -> ApiError:
    return ApiError(
        503,
        "redis-unavailable",
        "Redis is unreachable",
        f"the server cannot reach its Redis ({type(exc).__name__}); retry after a few seconds",
        headers={"Retry-After": "5"},
    )


def to_json(value: Any) -> bytes:
    return _encoder.encode(value)
