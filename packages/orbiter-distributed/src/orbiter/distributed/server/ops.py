"""Agents, workers, queues and dead letters, and the health checks."""

from __future__ import annotations

import msgspec
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from orbiter.agent import Agent
from orbiter.distributed.connection import TRANSIENT
from orbiter.distributed.errors import RedisUnavailableError
from orbiter.distributed.keys import DEFAULT_QUEUE
from orbiter.distributed.server.context import caller, state_of
from orbiter.distributed.server.problems import ApiError, to_json
from orbiter.distributed.server.schemas import (
    AgentInfo,
    AgentList,
    DeadLetterList,
    Health,
    QueueList,
    Redriven,
    RunCreate,
    WorkerList,
)
from orbiter.swarm import Swarm

_RUN_SCHEMA = msgspec.json.schema(RunCreate)


def _json(data: object, status: int = 200) -> Response:
    return Response(to_json(data), status, media_type="application/json")


def agent_info(name: str, target: Agent | Swarm) -> AgentInfo:
    if isinstance(target, Swarm):
        members = ", ".join(a.name for a in target.agents)
        description = f"a swarm of {members}"
        return AgentInfo(name=name, kind="swarm", description=description, input=_RUN_SCHEMA)
    return AgentInfo(name=name, kind="agent", description=target.description, input=_RUN_SCHEMA)


async def list_agents(request: Request) -> Response:
    await caller(request)
    registry = state_of(request).registry
    agents = [agent_info(name, registry[name]) for name in sorted(registry)]
    return _json(AgentList(agents=agents))


async def list_workers(request: Request) -> Response:
    await caller(request)
    return _json(WorkerList(workers=await state_of(request).admin.workers()))


async def list_queues(request: Request) -> Response:
    await caller(request)
    admin = state_of(request).admin
    names = await admin.queues() or [DEFAULT_QUEUE]
    return _json(QueueList(queues=[await admin.queue_stats(n) for n in names]))


async def dead_letters(request: Request) -> Response:
    await caller(request, "admin")
    queue = request.path_params["queue"]
    return _json(DeadLetterList(dead_letters=await state_of(request).admin.dead_letters(queue)))


async def redrive(request: Request) -> Response:
    await caller(request, "admin")
    queue, entry = request.path_params["queue"], request.path_params["entry_id"]
    try:
        run_id = await state_of(request).admin.redrive(entry, queue)
    except LookupError as exc:
        raise ApiError(404, "unknown-dead-letter", "No such dead letter", str(exc)) from None
    return _json(Redriven(id=run_id), 201)


async def healthz(request: Request) -> Response:
    return _json(Health(status="ok"))


async def readyz(request: Request) -> Response:
    """Ready when Redis answers and at least one worker sent a heartbeat recently."""
    admin = state_of(request).admin
    try:
        await admin.ping()
        workers = len(await admin.workers())
    except (RedisUnavailableError, *TRANSIENT) as exc:
        detail = f"Redis unreachable: {type(exc).__name__}"
        return _json(Health(status="unavailable", redis=False, detail=detail), 503)
    if not workers:
        detail = "no worker is alive: start one with `orbiter start worker --targets ...`"
        return _json(Health(status="unavailable", redis=True, workers=0, detail=detail), 503)
    return _json(Health(status="ok", redis=True, workers=workers))


routes = [
    Route("/v1/agents", list_agents, methods=["GET"]),
    Route("/v1/workers", list_workers, methods=["GET"]),
    Route("/v1/queues", list_queues, methods=["GET"]),
    Route("/v1/queues/{queue}/dead-letters", dead_letters, methods=["GET"]),
    # A sharded queue's entry ids are ``<shard>/<stream id>``: the slash is part of the id.
    Route("/v1/queues/{queue}/dead-letters/{entry_id:path}/redrive", redrive, methods=["POST"]),
    Route("/healthz", healthz, methods=["GET"]),
    Route("/readyz", readyz, methods=["GET"]),
]
