"""The options of ``orbiter start worker``, one alias each, so its signature reads as a list."""

from __future__ import annotations

from typing import Annotated

import typer

Concurrency = Annotated[
    int, typer.Option("--concurrency", "-c", min=1, metavar="N", help="Tasks run at once.")
]
WorkerId = Annotated[
    str | None,
    typer.Option(
        "--worker-id",
        metavar="ID",
        help="Name in the consumer group [default: host-pid-random].",
        show_default=False,
    ),
]
DrainTimeout = Annotated[
    float,
    typer.Option(
        "--drain-timeout",
        min=0,
        metavar="SECONDS",
        help="On Ctrl-C/SIGTERM, time running tasks get to finish before they go back to "
        "the queue.",
    ),
]
AllowedModules = Annotated[
    list[str] | None,
    typer.Option(
        "--allowed-modules",
        "-a",
        metavar="MODULES",
        envvar="ORBITER_ALLOWED_MODULES",
        help="Only import tools, hooks and types from these modules and their submodules "
        "(comma separated or repeated) [default: your own code, found under the working "
        "folder and PYTHONPATH, and orbiter].",
        show_default=False,
    ),
]
AllowAnyModule = Annotated[
    bool,
    typer.Option(
        "--allow-any-module",
        envvar="ORBITER_ALLOW_ANY_MODULE",
        help="Import whatever a task names, installed packages and the standard library "
        "included. Development only: anyone who can write to the queue then runs any code.",
    ),
]
AllowedMcpCommands = Annotated[
    list[str] | None,
    typer.Option(
        "--allowed-mcp-commands",
        metavar="COMMANDS",
        envvar="ORBITER_ALLOWED_MCP_COMMANDS",
        help="MCP stdio server commands a task may start (comma separated or repeated); an "
        "entry admits command lines beginning with its words, e.g. 'uvx mcp-server-fetch' "
        "[default: none; HTTP MCP servers need no entry].",
        show_default=False,
    ),
]
PreviousSigningKeys = Annotated[
    list[str] | None,
    typer.Option(
        "--previous-signing-key",
        metavar="KEY",
        envvar="ORBITER_PREVIOUS_SIGNING_KEYS",
        help="While rotating keys, also accept tasks signed with this older key (comma "
        "separated or repeated).",
        show_default=False,
    ),
]
Targets = Annotated[
    list[str] | None,
    typer.Option(
        "--targets",
        metavar="[NAME=]MODULE:ATTR",
        envvar="ORBITER_TARGETS",
        help="Run only these Agents and Swarms, by name (an Agent, a Swarm, or a dict or "
        "list of them; comma separated or repeated). Tasks then carry only a name; a task "
        "describing its own agent is refused.",
        show_default=False,
    ),
]
Lease = Annotated[
    float | None,
    typer.Option(
        "--lease",
        min=0.1,
        metavar="SECONDS",
        envvar="ORBITER_LEASE_SECONDS",
        help="A task whose worker goes silent this long runs again elsewhere [default: 30].",
        show_default=False,
    ),
]
MaxAttempts = Annotated[
    int | None,
    typer.Option(
        "--max-attempts",
        min=1,
        metavar="N",
        envvar="ORBITER_MAX_ATTEMPTS",
        help="Starts allowed per task before it is dead-lettered [default: 3].",
        show_default=False,
    ),
]
RateLimits = Annotated[
    list[str] | None,
    typer.Option(
        "--rate-limit",
        metavar="MODEL=AMOUNTS",
        help="Requests and tokens per minute for a model, shared with every worker on this "
        "Redis, e.g. 'openai:gpt-4o=500rpm,200ktpm' or 'anthropic:*=50rpm' (repeated, or "
        "';' separated) [default: $ORBITER_RATE_LIMITS, else none].",
        show_default=False,
    ),
]
TenantCap = Annotated[
    int | None,
    typer.Option(
        "--tenant-cap",
        min=0,
        metavar="N",
        help="Tasks of one tenant the queue runs at once, for the whole queue; 0 removes the "
        "cap [default: $ORBITER_TENANT_CAP, else as another worker of the queue set it].",
        show_default=False,
    ),
]
WaitForRedis = Annotated[
    float | None,
    typer.Option(
        "--wait-for-redis",
        min=0,
        metavar="SECONDS",
        help="How long to wait at start for a Redis that does not answer; 0 exits at once "
        "[default: wait until it answers].",
        show_default=False,
    ),
]
Executor = Annotated[
    str,
    typer.Option(
        "--executor",
        metavar="redis|temporal",
        envvar="ORBITER_EXECUTOR",
        help="'temporal' serves durable runs (distributed(..., executor='temporal')) from a "
        "Temporal server instead of the Redis queue.",
    ),
]
TemporalAddress = Annotated[
    str | None,
    typer.Option(
        "--temporal-address",
        metavar="HOST:PORT",
        envvar="ORBITER_TEMPORAL_ADDRESS",
        help="Temporal server [default: localhost:7233].",
        show_default=False,
    ),
]
TemporalNamespace = Annotated[
    str | None,
    typer.Option(
        "--temporal-namespace",
        metavar="NAME",
        envvar="ORBITER_TEMPORAL_NAMESPACE",
        help="Temporal namespace [default: default].",
        show_default=False,
    ),
]
TemporalTaskQueue = Annotated[
    str | None,
    typer.Option(
        "--temporal-task-queue",
        metavar="NAME",
        envvar="ORBITER_TEMPORAL_TASK_QUEUE",
        help="Temporal task queue [default: orbiter].",
        show_default=False,
    ),
]
WorkerJson = Annotated[
    bool,
    typer.Option("--json", help="Report as JSON lines (ready, started, completed, ...)."),
]
Quiet = Annotated[
    bool,
    typer.Option(
        "--quiet", help="No line per task started or finished (failures are still shown)."
    ),
]
LogLevel = Annotated[
    str,
    typer.Option(
        "--log-level",
        metavar="LEVEL",
        envvar="ORBITER_LOG_LEVEL",
        help="Worker log records shown: debug, info, warning or error.",
    ),
]
MetricsPort = Annotated[
    int | None,
    typer.Option(
        "--metrics-port",
        min=1,
        max=65535,
        metavar="PORT",
        envvar="ORBITER_METRICS_PORT",
        help="Serve Prometheus metrics at http://HOST:PORT/metrics (needs "
        "orbiter-distributed[metrics]).",
        show_default=False,
    ),
]
LogFormat = Annotated[
    str,
    typer.Option(
        "--log-format",
        metavar="text|json",
        envvar="ORBITER_LOG_FORMAT",
        help="'json': every line one JSON object with level, message, task, worker, queue "
        "and trace ids.",
    ),
]
Shards = Annotated[
    str | None,
    typer.Option(
        "--shards",
        metavar="LIST",
        help="Serve only these shards of a sharded queue (Redis Cluster or "
        "ORBITER_QUEUE_SHARDS), numbers and ranges like 0,2,4 or 0-2; every shard needs a "
        "worker [default: $ORBITER_WORKER_SHARDS, else all].",
        show_default=False,
    ),
]
