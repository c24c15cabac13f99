"""Model providers for Orbiter: OpenAI, Anthropic, Gemini and OpenAI-compatible servers.

Providers are found through the ``orbiter.providers`` entry points by the prefix of a model
string (``"anthropic:claude-sonnet-4-5"``); nothing here is imported until a model is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from orbiter.providers.anthropic import AnthropicModel
    from orbiter.providers.compatible import CompatibleModel
    from orbiter.providers.gemini import GeminiModel
    from orbiter.providers.openai import OpenAIModel
    from orbiter.providers.openai_responses import OpenAIResponsesModel

__all__ = [
    "AnthropicModel",
    "CompatibleModel",
    "GeminiModel",
    "OpenAIModel",
    "OpenAIResponsesModel",
    "aclose_all",
]

# The model classes import httpx, so they load on first access, not with this package.
_LAZY = {
    "OpenAIModel": "orbiter.providers.openai",
    "OpenAIResponsesModel": "orbiter.providers.openai_responses",
    "AnthropicModel": "orbiter.providers.anthropic",
    "GeminiModel": "orbiter.providers.gemini",
    "CompatibleModel": "orbiter.providers.compatible",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'orbiter.providers' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)


async def aclose_all() -> None:
    """Close the pooled HTTP clients that the running event loop holds.

    Call it before a long-lived program shuts its loop down; clients are otherwise reused by
    every model call of the same provider configuration on that loop.
    """
    from orbiter.providers._pool import aclose_all as _close

    await _close()
