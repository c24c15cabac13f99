"""Distributed execution for Orbiter."""
