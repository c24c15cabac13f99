"""Turning any exception into the one line a user reads (the traceback only with --verbose)."""

from __future__ import annotations

import sys

from orbiter.cli._context import CliError, settings

_REDIS_HINT = (
    "start a server with `orbiter dev` (or Docker), or point --redis-url / ORBITER_REDIS_URL at "
    "a running one"
)


def _redis_error(exc: BaseException) -> CliError | None:
    """A CliError for redis-py failures; ``None`` when ``exc`` is not one."""
    mod = sys.modules.get("redis.exceptions")
    if mod is None:
        return None
    where = f" at {settings.redis_url}" if settings.redis_url else ""
    if isinstance(exc, mod.AuthenticationError | mod.AuthorizationError):
        return CliError(
            f"Redis{where} refused the credentials: {exc}",
            hint="put the right user and password in the URL: redis://user:password@host:port",
        )
    if isinstance(exc, mod.ConnectionError | mod.TimeoutError):
        return CliError(f"cannot reach Redis{where}: {exc}", hint=_REDIS_HINT)
    if isinstance(exc, mod.ResponseError):
        return CliError(f"Redis{where} answered with an error: {exc}")
    return None


def describe(exc: BaseException) -> CliError:
    """The user-facing form of ``exc``."""
    if isinstance(exc, CliError):
        return exc
    found = _redis_error(exc)
    if found is not None:
        return found
    if isinstance(exc, ConnectionRefusedError | TimeoutError):
        return CliError(f"cannot connect: {exc}", hint=_REDIS_HINT)
    orbiter_errors = sys.modules.get("orbiter.errors")
    if orbiter_errors is not None and isinstance(exc, orbiter_errors.OrbiterError):
        return CliError(f"{type(exc).__name__}: {exc}")
    text = str(exc) or type(exc).__name__
    if type(exc).__module__.startswith("orbiter."):
        return CliError(f"{type(exc).__name__}: {text}")
    return CliError(
        f"unexpected error: {type(exc).__name__}: {text}",
        hint="run again with --verbose to see the traceback",
    )


def report(exc: BaseException) -> int:
    """Print ``exc`` on stderr as the CLI shows errors; return the exit code to use."""
    from orbiter.cli._context import console

    err = describe(exc)
    out = console(stderr=True)
    if settings.verbose and not (isinstance(exc, CliError) and exc.__cause__ is None):
        from rich.traceback import Traceback

        tb_exc = exc.__cause__ if isinstance(exc, CliError) and exc.__cause__ else exc
        out.print(
            Traceback.from_exception(type(tb_exc), tb_exc, tb_exc.__traceback__, show_locals=False)
        )
    out.print(f"[bold red]error:[/] {_escape(err.message)}")
    if err.hint:
        out.print(f"[dim]hint: {_escape(err.hint)}[/]")
    return err.code


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
