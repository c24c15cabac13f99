"""Warming up: the slow first-time work of a model call, done before any call needs it."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging

log = logging.getLogger("orbiter.providers")

# Loaded lazily by httpx/httpcore on the first request; the providers import them when used.
_HEAVY_MODULES = (
    "orbiter.providers.openai",
    "orbiter.providers.anthropic",
    "orbiter.providers.gemini",
    "orbiter.providers.compatible",
    "httpcore",
    "anyio._backends._asyncio",
)


def _import_in_thread() -> None:
    import httpx

    from orbiter.models import available_providers

    available_providers()  # scans the installed entry points once
    for name in _HEAVY_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    # The first client loads the CA bundle and TLS defaults; later ones reuse what it cached.
    # It opens no socket, so there is nothing to close.
    httpx.AsyncClient()


async def warm_up() -> None:
    """Do the slow first-time work of model calls now.

    The imports run in a thread; the pooled HTTP clients of the providers whose API key is set
    are made in the running loop (they belong to it). A failure is logged, never raised.
    """
    await asyncio.to_thread(_import_in_thread)
    from orbiter.providers._options import Options, env_first
    from orbiter.providers._pool import pooled_client
    from orbiter.providers.anthropic import AnthropicModel
    from orbiter.providers.gemini import GeminiModel
    from orbiter.providers.openai import OpenAIModel

    for model in (OpenAIModel, AnthropicModel, GeminiModel):
        if env_first(model.key_env):
            found = env_first(model.base_url_env)
            url = found[1] if found else model.default_base_url
            try:
                await pooled_client(model.provider, Options(model.provider, {}), url)
            except Exception as exc:  # warming up must never stop the caller
                log.debug("warming up the %s client failed: %s", model.provider, exc)
