"""What every command shares: global flags, the consoles, and the error a command raises.

Kept free of heavy imports: ``orbiter --help`` loads this module, and rich is only imported
when a command first asks for a console.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


class CliError(Exception):
    """A failure the user can act on: shown as one line (plus a hint), exit code ``code``."""

    def __init__(self, message: str, *, hint: str = "", code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code


def shards_note(shards: list[int] | None) -> str:
    """The shards a worker serves, to show after its queue's name (nothing when it serves all)."""
    return "" if shards is None else f" (shards {','.join(map(str, shards))})"


def allowed_modules_option(values: list[str]) -> list[str] | None:
    """``--allowed-modules`` values (repeated and/or comma separated) as a list; None when unset."""
    if not values:
        return None
    from orbiter.distributed.settings import names as split_names

    names = list(split_names(",".join(values)))
    if not names:
        raise CliError(
            "--allowed-modules was given but names no module",
            hint="name modules, e.g. -a myapp.tools,myapp.agents (or leave it out to allow your "
            "own code)",
            code=2,
        )
    return names


class Settings:
    """Flags of the root command, set once by its callback."""

    verbose: bool = False
    color: bool = True
    # The Redis URL the current command talks to (password masked), so an error can name it.
    redis_url: str | None = None


settings = Settings()
_consoles: dict[bool, Console] = {}


def console(*, stderr: bool = False) -> Console:
    """The rich console for stdout (or stderr), honouring ``--no-color`` and ``NO_COLOR``."""
    found = _consoles.get(stderr)
    if found is None:
        from rich.console import Console

        no_color = not settings.color or "NO_COLOR" in os.environ
        stream = sys.stderr if stderr else sys.stdout
        # Off a terminal there is no width to fit: don't wrap table cells (task ids!) at 80.
        wide = None if stream.isatty() or "COLUMNS" in os.environ else 400
        found = Console(
            width=wide,
            stderr=stderr,
            no_color=no_color,
            highlight=False,
            # Plain output when colour is off, so logs and pipes carry no escape codes.
            color_system=None if no_color else "auto",
            soft_wrap=True,
        )
        _consoles[stderr] = found
    return found


def print_json(data: Any) -> None:
    """Write ``data`` as one line of JSON on stdout (the ``--json`` output format)."""
    import sys

    import msgspec

    sys.stdout.write(msgspec.json.encode(data).decode() + "\n")
    sys.stdout.flush()


def redis_url_or_default(url: str | None) -> str:
    """The URL given on the command line, else ``ORBITER_REDIS_URL``, else a clear error."""
    from orbiter.distributed.settings import read

    resolved = url or read("redis_url")
    if not resolved:
        raise CliError(
            "no Redis URL: pass --redis-url or set ORBITER_REDIS_URL",
            hint="for a local server run `orbiter dev` in another terminal and export the URL "
            "it prints",
        )
    return resolved


def worker_imports_from_cwd() -> None:
    """Let a worker import modules next to where it was started, as ``python -m`` does.

    ``orbiter`` is a console script, so the working folder is not on ``sys.path`` by itself;
    without this a worker started beside ``myapp/`` could not import ``myapp.agents``.
    """
    import os
    import sys

    cwd = os.getcwd()
    if cwd not in sys.path and "" not in sys.path:
        sys.path.insert(0, cwd)


def imports_banner(worker: Any) -> str:
    """The start-up lines saying what a worker lets tasks import and run (loud for any module)."""
    from orbiter.distributed.payload import describe_imports

    line = f"  imports allowed from: {describe_imports(worker.imports)}"
    if worker.imports is None:
        line += (
            "\n[bold red]  WARNING: --allow-any-module: any task can make this worker import "
            "and run any installed function. Use it only on a Redis nobody else can write to.[/]"
        )
    registered = worker.targets.registered
    if registered is not None:
        line += f"\n  runs only registered targets: {', '.join(sorted(registered))}"
    return line
