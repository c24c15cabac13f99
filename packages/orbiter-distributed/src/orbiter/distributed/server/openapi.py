"""The OpenAPI 3.1 document, generated from the msgspec types the endpoints decode and encode."""

from __future__ import annotations

from typing import Any

import msgspec

from orbiter.distributed.server import schemas as s

_REF = "#/components/schemas/{name}"
_PROBLEM = {"application/problem+json": {"schema": {"$ref": _REF.format(name="Problem")}}}


def _body(type_: Any) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": _ref(type_)}}}


def _ref(type_: Any) -> dict[str, str]:
    return {"$ref": _REF.format(name=type_.__name__)}


def _op(summary: str, ok: Any, *, status: int = 200, body: Any = None, **extra: Any) -> Any:
    responses: dict[str, Any] = {
        str(status): {"description": "OK", "content": {"application/json": {"schema": _ref(ok)}}}
        if ok is not None
        else {"description": "OK"},
        "default": {"description": "An RFC 9457 problem", "content": _PROBLEM},
    }
    op: dict[str, Any] = {"summary": summary, "responses": responses, **extra}
    if body is not None:
        op["requestBody"] = _body(body)
    return op


def _sse(summary: str, **extra: Any) -> dict[str, Any]:
    content = {"text/event-stream": {"schema": {"type": "string"}}}
    return {
        "summary": summary,
        "responses": {
            "200": {
                "description": "Server-Sent Events; ids are stream positions",
                "content": content,
            },
            "default": {"description": "An RFC 9457 problem", "content": _PROBLEM},
        },
        **extra,
    }


def _param(name: str, where: str = "query", kind: str = "string", **more: Any) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "schema": {"type": kind},
        **more,
    }


_RUN_ID = _param("run_id", "path")
_ENTRY_ID = "as the dead letters list it (`<shard>/<stream id>` on a sharded queue)"
TYPES = [
    s.RunCreate, s.Run, s.RunPage, s.RunResult, s.CancelOutcome, s.StreamToken, s.AgentList,
    s.WorkerList, s.QueueList, s.DeadLetterList, s.Redriven, s.Health, s.Problem,
]  # fmt: skip


def document(version: str) -> dict[str, Any]:
    """The whole OpenAPI document of the server."""
    _, components = msgspec.json.schema_components(TYPES, ref_template=_REF)
    after = _param("after", description="resume after this event id (or Last-Event-ID)")
    token = _param("token", description="a stream token, instead of an Authorization header")
    paths: dict[str, Any] = {
        "/v1/runs": {
            "post": _op("Create a run", s.Run, status=201, body=s.RunCreate),
            "get": _op(
                "List runs, newest first",
                s.RunPage,
                parameters=[
                    _param("status"),
                    _param("agent"),
                    _param("limit", kind="integer"),
                    _param("cursor"),
                ],
            ),
        },
        "/v1/runs/stream": {
            "post": {**_sse("Create a run and stream it"), "requestBody": _body(s.RunCreate)}
        },
        "/v1/runs/{run_id}": {"get": _op("A run's status", s.Run, parameters=[_RUN_ID])},
        "/v1/runs/{run_id}/result": {
            "get": _op(
                "A run's outcome, waiting up to ?wait= seconds (202 if not finished)",
                s.RunResult,
                parameters=[_RUN_ID, _param("wait", kind="number")],
            )
        },
        "/v1/runs/{run_id}/events": {
            "get": _sse("A run's events", parameters=[_RUN_ID, after, token])
        },
        "/v1/runs/{run_id}/cancel": {
            "post": _op("Cancel a run", s.CancelOutcome, parameters=[_RUN_ID])
        },
        "/v1/runs/{run_id}/stream-token": {
            "post": _op(
                "A short-lived token for this run's events",
                s.StreamToken,
                status=201,
                parameters=[_RUN_ID],
            )
        },
        "/v1/agents": {"get": _op("The agents served", s.AgentList)},
        "/v1/workers": {"get": _op("Live workers", s.WorkerList)},
        "/v1/queues": {"get": _op("Queues: depth, in flight, dead letters", s.QueueList)},
        "/v1/queues/{queue}/dead-letters": {
            "get": _op(
                "Dead letters of a queue (admin)",
                s.DeadLetterList,
                parameters=[_param("queue", "path")],
            )
        },
        "/v1/queues/{queue}/dead-letters/{entry_id}/redrive": {
            "post": _op(
                "Run a dead letter again (admin)",
                s.Redriven,
                status=201,
                parameters=[
                    _param("queue", "path"),
                    _param("entry_id", "path", description=_ENTRY_ID),
                ],
            )
        },
        "/healthz": {"get": _op("The process is up", s.Health, security=[])},
        "/readyz": {"get": _op("Redis answers and a worker is alive", s.Health, security=[])},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Orbiter runs API", "version": version},
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {"apiKey": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"apiKey": []}],
    }
