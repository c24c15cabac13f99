"""The ``/v1/runs`` endpoints: create, list, look at, wait for, stream and cancel runs."""

from __future__ import annotations

import hashlib
import time

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from orbiter.distributed.client import distributed
from orbiter.distributed.errors import TaskNotFoundError
from orbiter.distributed.handle import cancel_task, outcome
from orbiter.distributed.keys import DEFAULT_INDEX_MAX, DEFAULT_PENDING_TTL
from orbiter.distributed.records import TaskRecord, TaskStatus
from orbiter.distributed.server import webhooks
from orbiter.distributed.server.auth import ApiKey, check_stream_token, stream_token
from orbiter.distributed.server.context import (
    State,
    caller,
    check_visible,
    read_json,
    state_of,
)
from orbiter.distributed.server.problems import ApiError, to_json, unknown_run
from orbiter.distributed.server.schemas import (
    CancelOutcome,
    Run,
    RunCreate,
    RunPage,
    RunResult,
    StreamToken,
    run_from_record,
)
from orbiter.distributed.server.sse import HEADERS, event_stream, valid_position
from orbiter.distributed.settings import read
from orbiter.distributed.thread_runs import ThreadHeldError
from orbiter.errors import ConfigurationError, SerializationError

RUN_SHAPE = (
    'a JSON object like {"agent": "support", "input": "Hello"} (fields: agent, input, '
    "messages, metadata, timeout, detailed, webhook)"
)
IDEMPOTENCY_TTL = 24 * 3600
MAX_WAIT = 300.0


def _json(data: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(to_json(data), status, headers=headers, media_type="application/json")


def _bad_query(name: str, value: str, expected: str) -> ApiError:
    return ApiError(
        422,
        "invalid-query",
        "A query parameter is invalid",
        f"query parameter {name}={value[:80]!r} is invalid: expected {expected}",
        errors=[{"field": name, "message": f"expected {expected}"}],
    )


def _number(request: Request, name: str, default: float, low: float, high: float) -> float:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not low <= value <= high:
        raise _bad_query(name, raw, f"a number from {low:g} to {high:g}")
    return value


async def _record(state: State, run_id: str) -> TaskRecord:
    rec = await state.admin.task(run_id)
    if rec is None:
        raise unknown_run(run_id)
    return rec


def _check_runnable(state: State, body: RunCreate) -> None:
    if body.agent not in state.registry:
        # Names no other agent: this key may not be meant to know them.
        raise ApiError(
            404,
            "unknown-agent",
            "No such agent",
            f"no agent named {body.agent[:80]!r} is served here; GET /v1/agents lists the "
            "agents you can run",
        )
    refused = body.webhook and webhooks.check_url(body.webhook, state.config.webhook_private)
    if refused:
        raise ApiError(
            422,
            "invalid-body",
            "The request body has the wrong shape",
            refused,
            errors=[{"field": "webhook", "message": refused}],
        )
    if body.input is None and not body.messages:
        raise ApiError(
            422,
            "invalid-body",
            "The request body has the wrong shape",
            "nothing to run: give 'input' (a string) or 'messages' (a non-empty list)",
            errors=[{"field": "input", "message": "required when messages is empty"}],
        )


async def _idempotent(state: State, key: ApiKey, token: str, body: RunCreate) -> str | None:
    """The run an earlier request with this Idempotency-Key made, or None to make one now."""
    if not token.isprintable() or len(token) > 200:
        raise ApiError(
            422,
            "invalid-idempotency-key",
            "Invalid Idempotency-Key",
            "the Idempotency-Key header must be printable text of at most 200 characters",
        )
    fingerprint = hashlib.sha256(to_json(body)).hexdigest()
    slot = state.keys.idempotency(key.name, token)
    if await state.redis.set(slot, f"{fingerprint} -", nx=True, ex=IDEMPOTENCY_TTL):
        return None
    seen, _, run_id = ((await state.redis.get(slot)) or b"").decode().partition(" ")
    if seen != fingerprint:
        raise ApiError(
            422,
            "idempotency-key-reused",
            "Idempotency-Key reused with another body",
            f"Idempotency-Key {token[:80]!r} was first used with a different request body; "
            "use a new key for a new run",
        )
    if run_id in ("", "-"):
        raise ApiError(
            409,
            "idempotency-in-progress",
            "The same request is being processed",
            f"a request with Idempotency-Key {token[:80]!r} is still creating its run; retry "
            "in a moment",
            headers={"Retry-After": "1"},
        )
    return run_id


async def submit(state: State, key: ApiKey, body: RunCreate, idempotency: str | None) -> str:
    """Queue a run of a served agent (by name only) and record who made it; returns its id."""
    _check_runnable(state, body)
    slot = None
    if idempotency is not None:
        earlier = await _idempotent(state, key, idempotency, body)
        if earlier is not None:
            return earlier
        slot = state.keys.idempotency(key.name, idempotency)
    try:
        handle = await distributed(
            body.agent,
            body.input,
            messages=body.messages,
            metadata=body.metadata,
            timeout=body.timeout,
            detailed=body.detailed,
            redis_url=state.config.redis_url,
            queue=state.config.queue,
            key_prefix=state.config.key_prefix,
            # Threads are the API key's own: another key's thread of that name is another one.
            thread_id=None if body.thread_id is None else f"{key.name}/{body.thread_id}",
            on_busy=body.on_busy,
            priority=body.priority,
            # Each API key gets its fair share of the queue (a Temporal run has no queue; a
            # run on a thread is queued by its thread).
            tenant=key.name if read("executor") == "redis" and body.thread_id is None else None,
        )
    except ThreadHeldError as exc:
        if slot:
            await state.redis.delete(slot)
        raise ApiError(
            409,
            "thread-busy",
            "Another run is on the thread",
            f"run {exc.holder} is on thread {body.thread_id!r}; wait for it to end, or send "
            "on_busy 'enqueue' (run after it), 'interrupt' (stop it, keeping its messages so "
            "far) or 'rollback' (cancel it, dropping its messages)",
        ) from None
    except (ConfigurationError, SerializationError) as exc:
        if slot:
            await state.redis.delete(slot)
        raise ApiError(422, "invalid-body", "The run cannot be created", str(exc)) from None
    except BaseException:
        if slot:
            await state.redis.delete(slot)
        raise
    await handle.close()
    run_id = handle.task_id
    owned = state.keys.owned(key.name)
    pipe = state.redis.pipeline(transaction=False)
    pipe.set(state.keys.owner(run_id), key.name, ex=DEFAULT_PENDING_TTL)
    pipe.zadd(owned, {run_id: int(time.time() * 1000)})
    pipe.zremrangebyrank(owned, 0, -DEFAULT_INDEX_MAX - 1)
    if slot:
        pipe.set(
            slot, f"{hashlib.sha256(to_json(body)).hexdigest()} {run_id}", xx=True, keepttl=True
        )
    await pipe.execute()
    if body.webhook:
        await webhooks.register(state, run_id, body.webhook)
    return run_id


async def create_run(request: Request) -> Response:
    state = state_of(request)
    key = await caller(request)
    body = await read_json(request, RunCreate, RUN_SHAPE)
    run_id = await submit(state, key, body, request.headers.get("idempotency-key"))
    run = run_from_record(await _record(state, run_id))
    return _json(run, 201, {"Location": run.links.self})


async def create_and_stream(request: Request) -> Response:
    state = state_of(request)
    key = await caller(request)
    body = await read_json(request, RunCreate, RUN_SHAPE)
    run_id = await submit(state, key, body, request.headers.get("idempotency-key"))
    return _sse(state, run_id, None, {"Content-Location": f"/v1/runs/{run_id}"})


def _sse(state: State, run_id: str, after: str | None, extra: dict[str, str]) -> Response:
    assert state.shared is not None
    body = event_stream(state.shared, state.keys, run_id, after, state.config.keepalive)
    headers = {**HEADERS, "Orbiter-Run-Id": run_id, **extra}
    return StreamingResponse(body, media_type="text/event-stream", headers=headers)


async def list_runs(request: Request) -> Response:
    state = state_of(request)
    key = await caller(request)
    q = request.query_params
    status = q.get("status")
    if status is not None and status.upper() not in TaskStatus.__members__:
        raise _bad_query("status", status, "one of " + ", ".join(TaskStatus.__members__))
    agent = q.get("agent")
    meta = {k[len("metadata.") :]: v for k, v in q.items() if k.startswith("metadata.")}
    limit = int(_number(request, "limit", 20, 1, 100))
    offset = int(_number(request, "cursor", 0, 0, DEFAULT_INDEX_MAX))
    owned = state.keys.owned(key.name)
    runs: list[Run] = []
    exhausted = False
    while len(runs) < limit and not exhausted:
        if key.scope == "admin":  # every run: the task index, across its shards
            found = await state.admin.newest(offset, 100)
        else:
            found = await state.redis.zrevrange(owned, offset, offset + 99)
        ids = [i.decode() for i in found]
        exhausted = len(ids) < 100
        for rec in await state.admin.tasks(ids):
            offset += 1
            if rec is None or (status and rec.status != status.upper()):
                continue
            if (agent and rec.name != agent) or not _meta_matches(rec, meta):
                continue
            runs.append(run_from_record(rec))
            if len(runs) == limit:
                if key.scope == "admin":
                    exhausted = not await state.admin.newest(offset, 1)
                else:
                    exhausted = offset >= await state.redis.zcard(owned)
                break
    return _json(RunPage(runs=runs, next_cursor=None if exhausted else str(offset)))


def _meta_matches(rec: TaskRecord, wanted: dict[str, str]) -> bool:
    for name, value in wanted.items():
        have = rec.metadata.get(name)
        if have != value and (isinstance(have, str) or to_json(have).decode() != value):
            return False
    return True


async def get_run(request: Request) -> Response:
    state = state_of(request)
    run_id = request.path_params["run_id"]
    await check_visible(state, await caller(request), run_id)
    return _json(run_from_record(await _record(state, run_id)))


async def get_result(request: Request) -> Response:
    state = state_of(request)
    run_id = request.path_params["run_id"]
    await check_visible(state, await caller(request), run_id)
    wait = _number(request, "wait", 0, 0, MAX_WAIT)
    assert state.shared is not None
    try:
        marker = await outcome(state.shared, state.keys, run_id, wait)
    except TaskNotFoundError:
        raise unknown_run(run_id) from None
    if marker is None:
        rec = await _record(state, run_id)
        return _json(RunResult(id=run_id, status=str(rec.status), finished=False), 202)
    result = marker.result
    return _json(
        RunResult(
            id=run_id,
            status=marker.status,
            finished=True,
            output=(result or {}).get("output"),
            result=result,
            error=marker.error,
            error_type=marker.error_type,
        )
    )


async def run_events(request: Request) -> Response:
    state = state_of(request)
    run_id = request.path_params["run_id"]
    token = request.query_params.get("token")
    if token is not None:
        check_stream_token(state.secret, run_id, token)
        if not await state.redis.exists(state.keys.task(run_id)):
            raise unknown_run(run_id)
    else:
        await check_visible(state, await caller(request), run_id)
    after = request.headers.get("last-event-id") or request.query_params.get("after")
    if after is not None and not valid_position(after):
        raise _bad_query("after", after, "an event id such as 1712345678901-0")
    return _sse(state, run_id, after, {})


async def cancel_run(request: Request) -> Response:
    state = state_of(request)
    run_id = request.path_params["run_id"]
    await check_visible(state, await caller(request), run_id)
    assert state.shared is not None
    outcome, status = await cancel_task(state.shared, state.keys, run_id)
    if outcome == "unknown":
        raise unknown_run(run_id)
    if outcome != "finished":
        status = "CANCELLED" if outcome == "cancelled" else status
    return _json(CancelOutcome(id=run_id, outcome=outcome, status=status))


async def new_stream_token(request: Request) -> Response:
    state = state_of(request)
    run_id = request.path_params["run_id"]
    await check_visible(state, await caller(request), run_id)
    token, expires = stream_token(state.secret, run_id)
    url = f"/v1/runs/{run_id}/events?token={token}"
    return _json(StreamToken(token=token, expires_at=expires, events_url=url), 201)


routes = [
    Route("/v1/runs", create_run, methods=["POST"]),
    Route("/v1/runs", list_runs, methods=["GET"]),
    Route("/v1/runs/stream", create_and_stream, methods=["POST"]),
    Route("/v1/runs/{run_id}", get_run, methods=["GET"]),
    Route("/v1/runs/{run_id}/result", get_result, methods=["GET"]),
    Route("/v1/runs/{run_id}/events", run_events, methods=["GET"]),
    Route("/v1/runs/{run_id}/cancel", cancel_run, methods=["POST"]),
    Route("/v1/runs/{run_id}/stream-token", new_stream_token, methods=["POST"]),
]
