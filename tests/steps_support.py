"""A model server for runs of several steps, counting each step's calls, and the tool its steps
call (worker processes import it by its module path).

Step ``n`` of a conversation is the request holding ``n - 1`` model turns; every step but the
last asks for ``tick(step=n)``, the last answers ``done after N steps``. Requests of
``hold_step`` wait for ``release()``, to catch a worker in the middle of that step; the first
request of ``fail_step`` gets a 503, as an overloaded provider answers.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from typing import Any

from guide_support import ChatCompletionsServer, _completion

from orbiter.events import StatusEvent, StepEvent, StreamEvent


def tick(step: int) -> str:
    """Note that a step ran."""
    return f"tick {step}"


class StepsServer(ChatCompletionsServer):
    """Plays ``steps`` steps per conversation; ``counts[(first user message, step)]`` counts
    the model calls each step received."""

    thread_name = "steps-server"

    def __init__(
        self, steps: int = 5, hold_step: int | None = None, fail_step: int | None = None
    ) -> None:
        super().__init__()
        self.steps = steps
        self.hold_step = hold_step
        self.fail_step = fail_step
        self.counts: Counter[tuple[str, int]] = Counter()

    async def _answer(
        self, body: dict[str, Any], reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        messages = body["messages"]
        step = 1 + sum(1 for m in messages if m["role"] == "assistant")
        first = next(str(m["content"]) for m in messages if m["role"] == "user")
        self.counts[(first, step)] += 1
        if step == self.hold_step and not await self._hold(reader):
            return False
        if step == self.fail_step and self.counts[(first, step)] == 1:
            error = {"message": "overloaded", "type": "server_error", "code": None}
            await self.write_json(writer, 503, {"error": error})
            return True
        call: dict[str, Any] | None = None
        content = f"done after {step} steps"
        if step < self.steps:
            call = {"id": f"call_{step}", "name": "tick", "arguments": json.dumps({"step": step})}
            content = ""
        if body.get("stream"):
            return await self._sse(reader, writer, body, content, call)
        await self.write_json(writer, 200, _completion(body["model"], content, call))
        return True


def as_seen(events: list[StreamEvent]) -> list[StreamEvent]:
    """What a live reader keeps by the documented rule: at a ``superseded`` status, drop the
    events of earlier attempts since the last completed step."""
    kept: list[StreamEvent] = []
    for event in events:
        if isinstance(event, StatusEvent) and event.status == "superseded":
            while kept and not (isinstance(kept[-1], StepEvent) and kept[-1].status == "completed"):
                assert (kept[-1].attempt or 0) < (event.attempt or 0)
                kept.pop()
            continue
        kept.append(event)
    return kept
