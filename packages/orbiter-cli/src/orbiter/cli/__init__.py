"""The `orbiter` command."""
