"""``orbiter start worker``: check the options, then start a Redis or a Temporal worker.

The workers themselves are in :mod:`orbiter.cli.worker_cmd` and
:mod:`orbiter.cli.temporal_worker_cmd`, imported when the command runs.
"""

from __future__ import annotations

from typing import Any

import typer

from orbiter.cli.options import QueueName, RedisUrl, SigningKey, command_group
from orbiter.cli.worker_options import (
    AllowAnyModule,
    AllowedMcpCommands,
    AllowedModules,
    Concurrency,
    DrainTimeout,
    Executor,
    Lease,
    LogFormat,
    LogLevel,
    MaxAttempts,
    MetricsPort,
    PreviousSigningKeys,
    Quiet,
    RateLimits,
    Shards,
    Targets,
    TemporalAddress,
    TemporalNamespace,
    TemporalTaskQueue,
    TenantCap,
    WaitForRedis,
    WorkerId,
    WorkerJson,
)

start_app = command_group("Start long-running Orbiter processes.")


@start_app.command("worker")
def start_worker_cmd(
    ctx: typer.Context,
    redis_url: RedisUrl = None,
    concurrency: Concurrency = 1,
    queue: QueueName = None,
    worker_id: WorkerId = None,
    drain_timeout: DrainTimeout = 30.0,
    allowed_modules: AllowedModules = None,
    allow_any_module: AllowAnyModule = False,
    allowed_mcp_commands: AllowedMcpCommands = None,
    signing_key: SigningKey = None,
    previous_signing_keys: PreviousSigningKeys = None,
    targets: Targets = None,
    lease: Lease = None,
    max_attempts: MaxAttempts = None,
    rate_limit: RateLimits = None,
    tenant_cap: TenantCap = None,
    shards: Shards = None,
    wait_for_redis: WaitForRedis = None,
    executor: Executor = "redis",
    temporal_address: TemporalAddress = None,
    temporal_namespace: TemporalNamespace = None,
    temporal_task_queue: TemporalTaskQueue = None,
    json: WorkerJson = False,
    quiet: Quiet = False,
    log_level: LogLevel = "warning",
    metrics_port: MetricsPort = None,
    log_format: LogFormat = "text",
) -> None:
    """Run a worker: take tasks from a queue and run them, one line per task.

    Ctrl-C (or SIGTERM) stops taking tasks and lets running ones finish within
    --drain-timeout; unfinished ones go back to the queue at once. A second Ctrl-C exits now.
    When many short tasks run, their lines are counted into a summary line once a second.

    \b
    Examples:
      orbiter start worker --redis-url redis://localhost:6379 --concurrency 4
      orbiter start worker --queue reports --allowed-modules myapp.tools,myapp.types
      orbiter start worker --targets myapp.agents:support,myapp.agents:triage
      orbiter start worker --executor temporal --temporal-address localhost:7233
      orbiter start worker --metrics-port 9464 --log-format json
      orbiter start worker --rate-limit 'openai:gpt-4o=500rpm,200ktpm'
      orbiter start worker --redis-url redis+cluster://10.0.0.5:6379 --shards 0-2
    """
    _check_choices(executor, log_level, log_format)
    if executor == "temporal":
        _start_temporal(ctx)
        return
    from orbiter.cli.worker_cmd import start_worker

    start_worker(
        redis_url=redis_url,
        concurrency=concurrency,
        queue=queue,
        worker_id=worker_id,
        drain_timeout=drain_timeout,
        allowed_modules=allowed_modules or [],
        allow_any_module=allow_any_module,
        allowed_mcp_commands=allowed_mcp_commands or [],
        signing_key=signing_key,
        previous_signing_keys=previous_signing_keys or [],
        targets=targets or [],
        lease=lease,
        max_attempts=max_attempts,
        rate_limits=rate_limit or None,
        tenant_cap=tenant_cap,
        shards=shards,
        wait_for=wait_for_redis,
        json_mode=json,
        quiet=quiet,
        log_level=log_level.lower(),
        metrics_port=metrics_port,
        log_json=log_format == "json",
    )


def _check_choices(executor: str, log_level: str, log_format: str) -> None:
    if executor not in ("redis", "temporal"):
        raise typer.BadParameter(
            f"must be redis or temporal, got {executor!r}", param_hint="--executor"
        )
    if log_level.lower() not in ("debug", "info", "warning", "error"):
        raise typer.BadParameter(
            f"must be debug, info, warning or error, got {log_level!r}", param_hint="--log-level"
        )
    if log_format not in ("text", "json"):
        raise typer.BadParameter(
            f"must be text or json, got {log_format!r}", param_hint="--log-format"
        )


_UNSIGNED = (
    "runs on Temporal are not signed, so the Temporal worker has no signature to check: leave "
    "it out, and limit what the worker runs with --targets or --allowed-modules"
)
# Options of the Redis worker that the Temporal worker cannot honour: why, and what to do.
_NOT_ON_TEMPORAL = {
    "queue": "the Temporal worker serves a Temporal task queue, not a Redis queue: name it "
    "with --temporal-task-queue (ORBITER_TEMPORAL_TASK_QUEUE) instead",
    "signing_key": _UNSIGNED,
    "previous_signing_keys": _UNSIGNED,
    "lease": "the Temporal worker holds no lease: a call whose worker goes silent runs again "
    "after the run's heartbeat timeout, which the client sets with "
    "orbiter.distributed.temporal.submit(..., options=RunOptions(heartbeat_timeout=...))",
    "max_attempts": "the client sets how often a Temporal run's calls are tried, with "
    "orbiter.distributed.temporal.submit(..., options=RunOptions(model_attempts=..., "
    "tool_attempts=...))",
    "allowed_mcp_commands": "the Temporal executor does not run agents with MCP servers yet: "
    "run those on the Redis queue",
    "rate_limit": "the Temporal worker does not apply shared rate limits yet: run the "
    "limited models on the Redis queue",
    "tenant_cap": "tenant caps apply to the Redis queue's gate; a Temporal run has no queue "
    "(see docs/policies.md)",
    "shards": "a Temporal task queue has no shards: leave it out",
    "metrics_port": "the Temporal worker does not serve metrics yet: leave it out",
    "log_format": "the Temporal worker does not write JSON logs yet: leave it out (--json "
    "reports its start and stop as JSON lines)",
}


def _refused_on_temporal(ctx: typer.Context) -> list[str]:
    """One line per option given (on the command line or in the environment) that the
    Temporal worker cannot honour, naming where it came from."""
    lines = []
    for param in ctx.command.params:
        why = _NOT_ON_TEMPORAL.get(param.name or "")
        value = ctx.params.get(param.name or "")
        source = ctx.get_parameter_source(param.name or "")
        if why is None or source is None or source.name == "DEFAULT":
            continue
        if value in (None, []) or value == param.default:  # e.g. --log-format text
            continue
        flag = param.opts[0]
        if source.name == "ENVIRONMENT" and isinstance(param.envvar, str):
            flag = f"{param.envvar} (the environment's {flag}; unset it for this worker)"
        lines.append(f"{flag}: {why}")
    return lines


def _start_temporal(ctx: typer.Context) -> None:
    refused = _refused_on_temporal(ctx)
    if refused:
        raise typer.BadParameter(
            "the Temporal worker cannot honour "
            + ("this option" if len(refused) == 1 else "these options")
            + ":\n  "
            + "\n  ".join(refused),
            param_hint="--executor temporal",
        )
    from orbiter.cli.temporal_worker_cmd import start_temporal_worker

    p: dict[str, Any] = ctx.params
    start_temporal_worker(
        redis_url=p["redis_url"],
        concurrency=p["concurrency"],
        worker_id=p["worker_id"],
        drain_timeout=p["drain_timeout"],
        allowed_modules=p["allowed_modules"] or [],
        allow_any_module=p["allow_any_module"],
        targets=p["targets"] or [],
        address=p["temporal_address"],
        namespace=p["temporal_namespace"],
        task_queue=p["temporal_task_queue"],
        wait_for=p["wait_for_redis"],
        json_mode=p["json"],
        log_level=p["log_level"].lower(),
    )
