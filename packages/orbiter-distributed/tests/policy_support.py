"""Scripted models the queue-policy tests' workers import (this folder is on their path)."""

from __future__ import annotations

from orbiter.testing import reply

QUICK = [reply("done", delay=0.05)]
"""A run of about 50 ms."""
STEADY = [reply("done", delay=0.3)]
"""A run of about 300 ms."""
STUCK = [reply("done", delay=120)]
"""A run that outlasts any test (its worker is killed meanwhile)."""
