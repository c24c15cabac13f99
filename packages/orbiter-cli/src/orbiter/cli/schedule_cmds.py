"""``orbiter schedule ...``: cron schedules that the workers of a queue fire.

The work is done by :mod:`orbiter.distributed.schedules`, imported when a command runs.
"""

from __future__ import annotations

from typing import Annotated

import typer

from orbiter.cli.options import (
    JsonFlag,
    MetadataPairs,
    QueueName,
    RedisUrl,
    RunTimeout,
    SigningKey,
    Target,
    UserInput,
    command_group,
)

schedule_app = command_group("Cron schedules: runs the workers submit on every tick.")

Name = Annotated[
    str, typer.Argument(metavar="NAME", help="The schedule's name.", show_default=False)
]


@schedule_app.command("add")
def schedule_add_cmd(
    name: Name,
    cron: Annotated[
        str,
        typer.Argument(
            metavar="CRON",
            help="5 fields (minute hour day month weekday), 6 with leading seconds, or @daily...",
            show_default=False,
        ),
    ],
    target: Target,
    input: UserInput,
    timezone: Annotated[
        str,
        typer.Option("--timezone", "--tz", metavar="TZ", help="IANA timezone of the times."),
    ] = "UTC",
    missed: Annotated[
        str,
        typer.Option(
            "--missed",
            metavar="skip|once",
            help="Ticks no worker fired in time: drop them, or run once for them all.",
        ),
    ] = "skip",
    grace: Annotated[
        float,
        typer.Option(
            "--grace",
            min=0.001,
            metavar="SECONDS",
            help="How late a tick may still fire before it counts as missed.",
        ),
    ] = 60.0,
    timeout: RunTimeout = 300.0,
    metadata: MetadataPairs = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite a schedule of the same name.")
    ] = False,
    queue: QueueName = None,
    redis_url: RedisUrl = None,
    signing_key: SigningKey = None,
    json: JsonFlag = False,
) -> None:
    """Add a schedule: the workers of its queue submit a run of TARGET on INPUT at each tick.

    TARGET is as for `orbiter submit`: package.module:name, path/to/file.py:name, or the bare
    name of a target the workers were started with (--targets). Each tick runs once however
    many workers are up.

    \b
    Examples:
      orbiter schedule add digest "0 9 * * mon-fri" myapp.agents:writer "Summarise the news" \\
          --timezone Europe/Lisbon
      orbiter schedule add ping "*/5 * * * *" support "Are you there?" --missed once
    """
    from orbiter.cli.scheduling import schedule_add

    schedule_add(
        name,
        cron,
        target,
        input,
        json,
        timezone=timezone,
        missed=missed,
        grace=grace,
        timeout=timeout,
        metadata=metadata or [],
        replace=replace,
        queue=queue,
        redis_url=redis_url,
        signing_key=signing_key,
    )


@schedule_app.command("list")
def schedule_list_cmd(
    queue: QueueName = None, redis_url: RedisUrl = None, json: JsonFlag = False
) -> None:
    """List the schedules (one queue's with --queue) and when each fires next.

    \b
    Example:
      orbiter schedule list --json
    """
    from orbiter.cli.scheduling import schedule_list

    schedule_list(queue, redis_url, json)


@schedule_app.command("remove")
def schedule_remove_cmd(name: Name, redis_url: RedisUrl = None, json: JsonFlag = False) -> None:
    """Remove a schedule. Runs it already queued still run.

    \b
    Example:
      orbiter schedule remove digest
    """
    from orbiter.cli.scheduling import schedule_remove

    schedule_remove(name, redis_url, json)
