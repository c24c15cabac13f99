"""Model providers for Orbiter: OpenAI, Anthropic, Gemini and OpenAI-compatible servers.

Providers are found through the ``orbiter.providers`` entry points by the prefix of a model
string (``"anthropic:claude-sonnet-4-5"``); nothing here is imported until a model is used.
"""

from __future__ import annotations

__all__ = ["aclose_all"]


async def aclose_all() -> None:
    """Close the pooled HTTP clients that the running event loop holds.

    Call it before a long-lived program shuts its loop down; clients are otherwise reused by
    every model call of the same provider configuration on that loop.
    """
    from orbiter.providers._pool import aclose_all as _close

    await _close()
