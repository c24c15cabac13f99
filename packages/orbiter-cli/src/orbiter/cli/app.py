"""The ``orbiter`` command: its root, global flags, and where each command group lives.

Only typer is imported here. Each command imports what it needs (orbiter core, rich, redis,
the distributed client) when it runs, so ``orbiter --help`` starts quickly.
"""

from __future__ import annotations

from typing import Annotated

import typer

from orbiter.cli._context import settings
from orbiter.cli.mcp_cmd import mcp_app
from orbiter.cli.options import Group
from orbiter.cli.queue_cmds import queue_app, worker_app
from orbiter.cli.run_cmds import run_app
from orbiter.cli.schedule_cmds import schedule_app
from orbiter.cli.serve_cmd import keys_app, serve_app
from orbiter.cli.start_cmd import start_app
from orbiter.cli.task_cmds import task_app

app = typer.Typer(
    name="orbiter",
    cls=Group,
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

# Help lists the commands in this order (top-level commands first, then the groups).
app.add_typer(run_app)  # run, dev, submit, demo
app.add_typer(serve_app)  # serve
app.add_typer(start_app, name="start")
app.add_typer(task_app, name="task")
app.add_typer(worker_app, name="worker")
app.add_typer(mcp_app, name="mcp")
app.add_typer(queue_app, name="queue")
app.add_typer(schedule_app, name="schedule")
app.add_typer(keys_app, name="keys")


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


def main(argv: list[str] | None = None) -> None:
    """Run the command line on ``argv`` (default: this process's arguments); exits when done.

    The console script enters through :func:`orbiter.cli.main`.
    """
    import sys

    try:
        app(args=_hoist_global_flags(sys.argv[1:] if argv is None else argv), prog_name="orbiter")
    except SystemExit:
        raise
    except BaseException as exc:
        from orbiter.cli._errors import report

        if isinstance(exc, KeyboardInterrupt):
            sys.exit(130)
        sys.exit(report(exc))
