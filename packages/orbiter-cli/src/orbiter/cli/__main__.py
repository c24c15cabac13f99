"""``python -m orbiter.cli``: the same as the ``orbiter`` command."""

from orbiter.cli import main

main()
