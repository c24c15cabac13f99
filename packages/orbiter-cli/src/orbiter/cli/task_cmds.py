"""``orbiter task ...``: inspect, follow and cancel distributed tasks.

The work is done in :mod:`orbiter.cli.tasks` and :mod:`orbiter.cli.admin_cmds`, imported when a
command runs.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from orbiter.cli.options import DetailedFlag, JsonFlag, RedisUrl, TaskId, command_group

task_app = command_group("Inspect, follow, cancel and approve distributed tasks.")


def _per_call(*names: str, metavar: str, help: str) -> Any:
    """A repeatable option naming pending calls (``approve``/``reject``)."""
    return typer.Option(*names, metavar=metavar, help=help, show_default=False)


CallOption = Annotated[
    list[str],
    _per_call("--call", "-c", metavar="CALL_ID", help="Only this pending call (repeat for more)."),
]
RejectOption = Annotated[
    list[str],
    _per_call(
        "--reject", metavar="CALL_ID=REASON", help="Reject this call; the model is told the reason."
    ),
]
EditOption = Annotated[
    list[str],
    _per_call(
        "--edit",
        metavar="CALL_ID=JSON",
        help="Run this call with these arguments instead (a JSON object).",
    ),
]


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

    Exit code: 0 completed, 1 failed, 3 cancelled, 4 not finished in time (--no-wait/--timeout),
    5 waiting for approval (`orbiter task approve`).

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
            "RETRYING, SCHEDULED, INTERRUPTED: waiting for approval).",
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


@task_app.command("approve")
def task_approve_cmd(
    task_id: TaskId,
    call: CallOption = [],  # noqa: B006 (typer reads the default, never mutates it)
    reject: RejectOption = [],  # noqa: B006
    edit: EditOption = [],  # noqa: B006
    redis_url: RedisUrl = None,
    json: JsonFlag = False,
) -> None:
    """Approve the tool calls a task waits on, and let it go on (on any worker).

    Every pending call gets one decision: those named with --call (all the others, without
    --call) are approved; --reject and --edit decide the rest. `orbiter task status` lists the
    pending calls; `orbiter task list --status INTERRUPTED` the tasks waiting.

    \b
    Examples:
      orbiter task approve 3f2a9c0e5b7d4e21a8c6f0b1d2e3f4a5
      orbiter task approve 3f2a9c0e... --reject c2="not this customer" --edit c3='{"amount": 50}'
    """
    from orbiter.cli.approvals import decide

    decide(task_id, redis_url, calls=call, reject=reject, edit=edit, reason=None, json_mode=json)


@task_app.command("reject")
def task_reject_cmd(
    task_id: TaskId,
    reason: Annotated[
        str, typer.Option("--reason", "-m", help="What the model is told about the rejection.")
    ] = "a person rejected it",
    call: CallOption = [],  # noqa: B006
    edit: EditOption = [],  # noqa: B006
    redis_url: RedisUrl = None,
    json: JsonFlag = False,
) -> None:
    """Reject the tool calls a task waits on; the model is told why and carries on.

    Those named with --call (all the others, without --call) are rejected with --reason.

    \b
    Example:
      orbiter task reject 3f2a9c0e5b7d4e21a8c6f0b1d2e3f4a5 --reason "refunds need a ticket"
    """
    from orbiter.cli.approvals import decide

    decide(task_id, redis_url, calls=call, reject=[], edit=edit, reason=reason, json_mode=json)
