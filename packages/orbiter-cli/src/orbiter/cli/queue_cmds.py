"""``orbiter queue ...`` and ``orbiter worker list``: queues and the workers serving them."""

from __future__ import annotations

from typing import Annotated

import typer

from orbiter.cli.options import JsonFlag, QueueName, RedisUrl, command_group

worker_app = command_group("See the workers serving this Redis server.")
queue_app = command_group("Queue depth and dead-lettered tasks.")


@worker_app.command("list")
def worker_list_cmd(redis_url: RedisUrl = None, json: JsonFlag = False) -> None:
    """List live workers: host, pid, queue, concurrency, tasks in flight, last heartbeat.

    \b
    Example:
      orbiter worker list --redis-url redis://localhost:6379
    """
    from orbiter.cli.admin_cmds import worker_list

    worker_list(redis_url, json)


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
