"""The frame of one step of the agent loop: its ``step`` events (detailed runs) and closing
the model's stream, however the step ends."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

from orbiter.events import StepEvent
from orbiter.models import ModelResponse


def step_started(name: str, step: int, started: float) -> StepEvent:
    return StepEvent(agent_name=name, step_number=step, status="started", started_at=started)


def step_done(name: str, step: int, started: float, response: ModelResponse) -> StepEvent:
    now = time.time()
    return StepEvent(
        agent_name=name,
        step_number=step,
        status="completed",
        started_at=started,
        completed_at=now,
        duration_ms=(now - started) * 1000,
        usage=response.usage,
        stop_reason=response.stop_reason,
        finish_reason=response.finish_reason,
    )


class closing:
    """``aclosing`` for any async iterator: a model stream need not be a generator."""

    __slots__ = ("it",)

    def __init__(self, it: AsyncIterator[Any]) -> None:
        self.it = it

    async def __aenter__(self) -> AsyncIterator[Any]:
        return self.it

    async def __aexit__(self, *exc_info: object) -> None:
        aclose = getattr(self.it, "aclose", None)
        if aclose is not None:
            await aclose()
