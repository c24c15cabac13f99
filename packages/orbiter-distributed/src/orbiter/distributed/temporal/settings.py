"""Where the Temporal server is, and how to reach it with an error a person can act on."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from orbiter.distributed.errors import TemporalUnavailableError
from orbiter.distributed.settings import VARIABLES, read

if TYPE_CHECKING:
    from temporalio.client import Client

ENV_ADDRESS = VARIABLES["temporal_address"][0]
ENV_NAMESPACE = VARIABLES["temporal_namespace"][0]
ENV_TASK_QUEUE = VARIABLES["temporal_task_queue"][0]


def require_temporalio() -> None:
    """Raise a clear error when the ``temporal`` extra is missing."""
    try:
        import temporalio  # noqa: F401
    except ImportError:
        raise TemporalUnavailableError(
            "the Temporal executor needs the temporalio package: "
            "pip install 'orbiter-distributed[temporal]'"
        ) from None


@dataclass(frozen=True)
class TemporalSettings:
    """Address, namespace and task queue of the Temporal server runs go to.

    Each field left as ``None`` is read from ``ORBITER_TEMPORAL_ADDRESS``,
    ``ORBITER_TEMPORAL_NAMESPACE`` and ``ORBITER_TEMPORAL_TASK_QUEUE``, then falls back to
    ``localhost:7233``, ``default`` and ``orbiter``.
    """

    address: str = field(default_factory=lambda: read("temporal_address"))
    namespace: str = field(default_factory=lambda: read("temporal_namespace"))
    task_queue: str = field(default_factory=lambda: read("temporal_task_queue"))

    @classmethod
    def resolve(
        cls,
        address: str | None = None,
        namespace: str | None = None,
        task_queue: str | None = None,
    ) -> TemporalSettings:
        """Explicit values win over the environment, which wins over the defaults."""
        base = cls()
        return cls(
            address=address or base.address,
            namespace=namespace or base.namespace,
            task_queue=task_queue or base.task_queue,
        )

    async def connect(self, wait: float = 10.0) -> Client:
        """A client for this server; :class:`TemporalUnavailableError` if it does not answer."""
        require_temporalio()
        from temporalio.client import Client

        try:
            return await asyncio.wait_for(
                Client.connect(self.address, namespace=self.namespace), wait
            )
        except (TimeoutError, RuntimeError, OSError) as exc:
            detail = f"no answer within {wait:g}s" if isinstance(exc, TimeoutError) else exc
            raise TemporalUnavailableError(
                f"cannot reach the Temporal server at {self.address!r} "
                f"(namespace {self.namespace!r}): {detail}. Start one with "
                f"'temporal server start-dev' or point {ENV_ADDRESS} at a running server."
            ) from None
