"""``orbiter task approve`` and ``orbiter task reject``: decide on a paused task's tool calls.

A task whose model called tools that need approval waits as INTERRUPTED; these commands give
each pending call a decision and put the task back on its queue (``TaskHandle.resume``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from orbiter.cli._context import CliError, console, print_json
from orbiter.cli.tasks import _record, attached, run_async, status_markup

if TYPE_CHECKING:
    pass


def _pairs(values: list[str], option: str, example: str) -> dict[str, str]:
    """``ID=VALUE`` options as a dict, or a CliError naming the bad one."""
    found: dict[str, str] = {}
    for value in values:
        call_id, sep, rest = value.partition("=")
        if not sep or not call_id:
            hint = f"e.g. {option} {example}"
            raise CliError(f"{option} {value!r} is not CALL_ID=...", hint=hint)
        found[call_id] = rest
    return found


def _edits(values: list[str]) -> dict[str, Any]:
    edits: dict[str, Any] = {}
    for call_id, text in _pairs(values, "--edit", "c1='{\"amount\": 50}'").items():
        try:
            args = msgspec.json.decode(text)
        except msgspec.DecodeError as exc:
            raise CliError(
                f"--edit {call_id}: the new arguments are not JSON ({exc})",
                hint="give a JSON object, e.g. --edit c1='{\"amount\": 50}'",
            ) from None
        if not isinstance(args, dict):
            raise CliError(f"--edit {call_id}: the new arguments must be a JSON object")
        edits[call_id] = args
    return edits


def decide(
    task_id: str,
    redis_url: str | None,
    *,
    calls: list[str],
    reject: list[str],
    edit: list[str],
    reason: str | None,
    json_mode: bool,
) -> None:
    """Resume a paused task.

    Args:
        calls: the calls to approve (or, with ``reason``, to reject); none: every pending call
            that ``reject`` and ``edit`` leave undecided.
        reject, edit: ``ID=REASON`` and ``ID=JSON`` options.
        reason: reject ``calls`` with this reason instead (``orbiter task reject``).
    """
    from orbiter.errors import ResumeError

    rejects = _pairs(reject, "--reject", "c1='not this customer'")
    edits = _edits(edit)

    async def go() -> None:
        async with attached(task_id, redis_url) as handle:
            record = await _record(handle)
            pending = [c.id for c in record.pending]
            chosen = calls or [i for i in pending if i not in rejects and i not in edits]
            approved: list[str] = []
            if reason is not None:
                rejects.update(dict.fromkeys(chosen, reason))
            else:
                approved = chosen
            try:
                await handle.resume(approve=approved, reject=rejects, edit=edits)
            except ResumeError as exc:
                raise CliError(
                    str(exc), hint=f"see the pending calls with: orbiter task status {task_id}"
                ) from None
        decided = {
            **dict.fromkeys(approved, "approved"),
            **dict.fromkeys(rejects, "rejected"),
            **dict.fromkeys(edits, "edited"),
        }
        if json_mode:
            print_json({"task_id": task_id, "status": "PENDING", "decisions": decided})
            return
        out = console()
        for call_id, what in decided.items():
            out.print(f"{what} {call_id}", markup=False)
        out.print(
            f"task {task_id} resumed ({status_markup('PENDING')}); follow it with: "
            f"orbiter task events {task_id} --follow"
        )

    run_async(go)
