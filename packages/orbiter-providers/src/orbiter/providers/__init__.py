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
    "warm_up",
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


async def warm_up() -> None:
    """Do the slow first-time work of model calls before the first one is made.

    Done in the middle of a run, importing httpx and setting up TLS block the event loop for a
    few hundred milliseconds (long enough to let a worker's short lease lapse on a busy
    machine). This does the imports in a thread and opens the pooled HTTP clients of the
    providers whose API key is set on the running loop, which they belong to. A worker calls it
    before it claims tasks. Problems are logged at debug level, never raised.
    """
    from orbiter.providers._warm import warm_up as _warm

    await _warm()
