"""Typer pieces the commands share: the command group class and the common option aliases.

Only typer is imported here, so ``orbiter --help`` stays quick.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup


class Group(TyperGroup):
    """A command group whose help flag defaults to False rather than None.

    Typer coerces a None value through pydantic, whose import adds ~150 ms to every command
    (and to every subcommand's --help); a bool value skips that.
    """

    def get_help_option(self, ctx: Any) -> Any:  # a click Context (typer vendors click)
        option = super().get_help_option(ctx)
        if option is not None and option.default is None:
            option.default = False
        return option


def command_group(help: str) -> typer.Typer:
    """A group of subcommands (``orbiter task ...``) with the root's help conventions."""
    # Plain (click) help formatting everywhere: rich's would add ~150 ms to every --help.
    return typer.Typer(
        cls=Group,
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
RunTimeout = Annotated[
    float,
    typer.Option("--timeout", "-t", min=0.001, metavar="SECONDS", help="Time a run may take."),
]
MetadataPairs = Annotated[
    list[str] | None,
    typer.Option(
        "--metadata",
        "-m",
        metavar="KEY=VALUE",
        help="Stored with the task; repeat for more. JSON values keep their type.",
        show_default=False,
    ),
]
TaskId = Annotated[str, typer.Argument(metavar="TASK_ID", help="The task id.", show_default=False)]

# When and for whom a queued run goes (``orbiter submit``).
Priority = Annotated[
    str | None,
    typer.Option(
        "--priority",
        "-p",
        metavar="LEVEL",
        help="low, normal or high: higher runs first; lower levels keep a share.",
        show_default=False,
    ),
]
Tenant = Annotated[
    str | None,
    typer.Option(
        "--tenant",
        metavar="NAME",
        help="Who the run is for: tenants share the queue fairly, each under its cap.",
        show_default=False,
    ),
]
SubmitDelay = Annotated[
    float | None,
    typer.Option(
        "--delay",
        min=0,
        metavar="SECONDS",
        help="Run no sooner than this many seconds from now (SCHEDULED until then).",
        show_default=False,
    ),
]
SubmitAt = Annotated[
    str | None,
    typer.Option(
        "--at",
        metavar="TIME",
        help="Run no sooner than this ISO 8601 time with its offset, e.g. "
        "2030-01-01T09:00:00+01:00 (or Z for UTC).",
        show_default=False,
    ),
]
