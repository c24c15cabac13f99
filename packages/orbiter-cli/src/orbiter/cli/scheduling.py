"""``orbiter schedule add|list|remove``: the work behind the commands in ``schedule_cmds``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from orbiter.cli._context import CliError, console, print_json
from orbiter.cli._redis import checked_url, ping
from orbiter.cli.tasks import parse_metadata, run_async

if TYPE_CHECKING:
    from orbiter.distributed.schedules import Schedule


def _next_run(schedule: Schedule) -> str:
    """When it fires next, in its own timezone."""
    from orbiter.distributed.cron import zone

    if schedule.next_at is None:
        return "-"
    return datetime.fromtimestamp(schedule.next_at, zone(schedule.timezone)).isoformat()


def schedule_add(
    name: str, cron: str, target: str, text: str, json_mode: bool, **options: Any
) -> None:
    from orbiter.cli.target import target_and_input
    from orbiter.distributed.cron import Cron, zone

    # The cheap checks first, so a typo is reported before TARGET is imported.
    Cron.parse(cron)
    zone(options["timezone"])
    runnable, prompt = target_and_input(target, text)
    options["metadata"] = parse_metadata(options["metadata"])
    url = checked_url(options.pop("redis_url"))

    async def go() -> None:
        from orbiter.distributed.schedules import add_schedule

        await ping(url)
        schedule = await add_schedule(name, cron, runnable, prompt, redis_url=url, **options)
        if json_mode:
            print_json(schedule.to_dict())
            return
        console().print(
            f"schedule {name!r} added: runs {schedule.target} on queue {schedule.queue!r}, "
            f"next at {_next_run(schedule)}",
            markup=False,
        )

    run_async(go)


def schedule_list(queue: str | None, redis_url: str | None, json_mode: bool) -> None:
    url = checked_url(redis_url)

    async def go() -> None:
        from orbiter.distributed.schedules import list_schedules

        await ping(url)
        schedules = await list_schedules(queue=queue, redis_url=url)
        if json_mode:
            for schedule in schedules:
                print_json(schedule.to_dict())
            return
        if not schedules:
            console().print("no schedules" + (f" on queue {queue!r}" if queue else ""))
            return
        from rich.markup import escape

        from orbiter.cli.admin_cmds import _table

        table = _table("NAME", "CRON", "TIMEZONE", "TARGET", "QUEUE", "MISSED", "NEXT RUN")
        for s in schedules:
            table.add_row(
                escape(s.name),
                escape(s.cron),
                s.timezone,
                escape(f"{s.target} ({s.kind})"),
                escape(s.queue),
                s.missed,
                _next_run(s),
            )
        console().print(table)

    run_async(go)


def schedule_remove(name: str, redis_url: str | None, json_mode: bool) -> None:
    url = checked_url(redis_url)

    async def go() -> None:
        from orbiter.distributed.schedules import remove_schedule

        await ping(url)
        if not await remove_schedule(name, redis_url=url):
            raise CliError(
                f"no schedule named {name!r} on this server",
                hint="list them with `orbiter schedule list`; check --redis-url",
            )
        if json_mode:
            print_json({"name": name, "removed": True})
        else:
            console().print(f"schedule {name!r} removed", markup=False)

    run_async(go)
