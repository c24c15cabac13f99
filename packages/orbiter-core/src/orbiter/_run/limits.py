"""The rate-limit gate of one model call: wait for its turn before, settle its tokens after.

Tokens are counted twice. Before the call they are estimated from the request: a quarter of the
length of its JSON (system prompt, messages and tool schemas) plus ``max_tokens`` when the
agent sets it. After the call the estimate is replaced by what the provider reports (input plus
output tokens), so the next turns move later or earlier by the difference. A call whose
provider reports no usage keeps its estimate.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator

import msgspec

from orbiter.events import RateLimitEvent
from orbiter.messages import Usage
from orbiter.models import ModelRequest
from orbiter.ratelimit import RateLimit, RateLimiter, current_rate_limiter

_encoder = msgspec.json.Encoder()
CHARS_PER_TOKEN = 4


def estimate_tokens(request: ModelRequest) -> int:
    """About how many tokens ``request`` costs, before the provider says."""
    size = len(_encoder.encode((request.system, request.messages, request.tools)))
    return size // CHARS_PER_TOKEN + (request.max_tokens or 0)


class Gate:
    """One model call's dealings with the limiter in use."""

    __slots__ = ("estimate", "limit", "limiter", "model")

    def __init__(self, limiter: RateLimiter, limit: RateLimit, model: str, estimate: int) -> None:
        self.limiter = limiter
        self.limit = limit
        self.model = model
        self.estimate = estimate

    async def wait(
        self, agent_name: str, step: int, detailed: bool
    ) -> AsyncGenerator[RateLimitEvent, None]:
        """Wait for the call's turn, saying so (detailed runs) before each wait."""
        limiter, model = self.limiter, self.model
        turn = await limiter.reserve(self.limit, model, self.estimate)
        while turn.wait > 0:
            if detailed:
                yield RateLimitEvent(
                    agent_name=agent_name,
                    model=model,
                    wait_seconds=round(turn.wait, 3),
                    reason=turn.reason or "requests",
                    step_number=step,
                )
            await asyncio.sleep(turn.wait)
            if await limiter.held(model) <= 0:
                return
            # A provider asked for a pause after this turn was given: queue up behind it.
            turn = await limiter.reserve(self.limit, model, self.estimate)

    async def settle(self, usage: Usage) -> None:
        """Replace the estimated tokens by the reported ones."""
        if not self.limit.tpm:
            return
        actual = usage.input_tokens + usage.output_tokens
        if actual and actual != self.estimate:
            await self.limiter.settle(self.limit, self.model, actual - self.estimate)


def gate_for(model: str, request: ModelRequest) -> Gate | None:
    """The gate of a call of ``model``; None (and nothing to do) when no limit applies."""
    limiter = current_rate_limiter()
    if limiter is None:
        return None
    limit = limiter.limit_for(model)
    if limit is None:
        return None
    return Gate(limiter, limit, model, estimate_tokens(request) if limit.tpm else 0)
