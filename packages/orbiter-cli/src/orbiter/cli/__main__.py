"""``python -m orbiter.cli``: the same as the ``orbiter`` command."""

from orbiter.cli.app import main

main()
