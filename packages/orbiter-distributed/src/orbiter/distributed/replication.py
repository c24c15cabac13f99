"""``WAIT`` after the writes a failover must not lose: a submitted task and a finished one.

Redis replicates asynchronously: a write the primary acknowledged may not have reached a
replica when the primary dies, and the replica promoted in its place never saw it. With
``ORBITER_WAIT_REPLICAS=N`` the client's submit and the worker's finish are followed, on the
same connection, by ``WAIT N timeout``, so they count as done only once N replicas have them.
Off (0) by default: then nothing is added to any round trip.
"""

from __future__ import annotations

import logging
from typing import Any

from orbiter.distributed.settings import read

log = logging.getLogger("orbiter.distributed")


class ReplicaWait:
    """How many replicas must confirm a write, and how long to wait for them."""

    __slots__ = ("replicas", "timeout_ms")

    def __init__(self, replicas: int, timeout: float) -> None:
        self.replicas = replicas
        self.timeout_ms = max(1, round(timeout * 1000))

    @classmethod
    def from_env(
        cls, replicas: int | None = None, timeout: float | None = None
    ) -> ReplicaWait | None:
        """The ``ORBITER_WAIT_REPLICAS`` / ``ORBITER_WAIT_TIMEOUT`` setting; None when off."""
        wanted: int = read("wait_replicas", replicas)
        if wanted == 0:
            return None
        return cls(wanted, read("wait_timeout", timeout))

    @property
    def command(self) -> tuple[Any, ...]:
        return ("WAIT", self.replicas, self.timeout_ms)

    def check(self, confirmed: Any, what: str) -> None:
        """Log when fewer replicas than asked confirmed ``what`` (it is kept on the primary)."""
        if isinstance(confirmed, int) and confirmed >= self.replicas:
            return
        log.warning(
            "%s is on the primary but only %s of %d replicas confirmed it within %d ms: a "
            "failover now could lose it (check the replicas, or raise ORBITER_WAIT_TIMEOUT)",
            what,
            confirmed,
            self.replicas,
            self.timeout_ms,
        )
