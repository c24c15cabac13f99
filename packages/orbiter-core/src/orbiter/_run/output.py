"""The final answer parsed into the agent's ``output_type``."""

from __future__ import annotations

import re
from typing import Any

import msgspec

from orbiter.agent import Agent
from orbiter.errors import OutputTruncatedError, OutputValidationError
from orbiter.models import ModelResponse

_fence = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def parse_output(agent: Agent, response: ModelResponse) -> Any:
    """The answer as the agent's ``output_type`` (None for plain text answers).

    Raises OutputValidationError when it does not match, OutputTruncatedError when it was cut
    off at the output limit.
    """
    tp = agent.output_type
    if tp is None or tp is str:
        return None
    text = response.message.content or ""
    m = _fence.match(text)
    body = m.group(1) if m else text
    try:
        return msgspec.json.decode(body, type=tp, strict=False)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        what = getattr(tp, "__name__", tp)
        if response.stop_reason == "max_tokens":
            # Asking again would be cut off at the same limit: say so instead of retrying.
            limit = (
                f"max_tokens={agent.max_tokens}"
                if agent.max_tokens is not None
                else "the provider's default max_tokens (the agent sets none)"
            )
            raise OutputTruncatedError(
                f"agent {agent.name!r} hit its output limit, {limit}, after "
                f"{response.usage.output_tokens} tokens, before finishing its {what} answer "
                f"(finish reason {response.finish_reason!r}); the JSON is cut off ({exc}). "
                "Raise Agent(max_tokens=...) or ask for a shorter answer.",
                max_tokens=agent.max_tokens,
                finish_reason=response.finish_reason,
            ) from None
        raise OutputValidationError(
            f"agent {agent.name!r} answered with something that is not a valid {what}: {exc}"
        ) from None
