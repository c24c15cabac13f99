"""A tool the failover tests' workers import: it notes each run in a shared file."""

from __future__ import annotations

import os
import time


def note_run(tag: str) -> str:
    """Append ``tag`` to the file ``FAILOVER_RUN_LOG`` names, then take a moment."""
    # One short O_APPEND write per line: lines from several workers never interleave.
    with open(os.environ["FAILOVER_RUN_LOG"], "a") as log:
        log.write(f"{tag}\n")
    time.sleep(0.05)
    return f"noted {tag}"
