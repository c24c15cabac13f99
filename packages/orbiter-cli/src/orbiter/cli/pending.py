"""How the CLI shows a task waiting for a person's approval (``task status``, ``task result``,
``submit --follow``); the commands that decide are in ``approvals``."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from orbiter.cli._context import CliError

if TYPE_CHECKING:
    from orbiter.distributed.records import TaskRecord

EXIT_PAUSED = 5
"""Exit code of a command that stops at a task waiting for approval."""


def pending_rows(record: TaskRecord) -> list[tuple[str, str]]:
    """The ``task status`` rows of a task waiting for approval: its calls and when it expires."""
    from rich.markup import escape

    rows = [
        ("pending", f"{escape(c.id)}  {escape(c.name)}({escape(c.arguments)})")
        for c in record.pending
    ]
    if record.expires_at is not None:
        left = max(0.0, record.expires_at - time.time())
        rows.append(("expires", f"in {left / 3600:.1f} h unless resumed"))
    rows.append(("decide", f"orbiter task approve {record.task_id} (or reject)"))
    return rows


def paused_error(task_id: str, pending: list[Any]) -> CliError:
    """What ``submit --follow`` and ``task result`` say about a task waiting for approval."""
    calls = ", ".join(f"{c['name']} ({c['id']})" for c in pending) or "none named"
    return CliError(
        f"task {task_id} is waiting for approval of tool calls: {calls}",
        hint=f"decide with: orbiter task approve {task_id} (or orbiter task reject {task_id})",
        code=EXIT_PAUSED,
    )
