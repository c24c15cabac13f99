"""The `orbiter` command."""

from __future__ import annotations


def main() -> None:
    """Entry point of the ``orbiter`` console script.

    Kept apart from the command definitions so that a Ctrl-C while those are still being
    imported (typer, rich) ends the command quietly with exit code 130, like a later one.
    """
    try:
        from orbiter.cli.app import main as run
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    run()
