"""Fixtures of the provider tests: a loopback wire server and an environment without keys."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from providers_wire import WireServer

from orbiter.providers import aclose_all

_PROVIDER_ENV = [
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "ANTHROPIC_API_KEY",
    "ANTHROPIC_BASE_URL",
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "GEMINI_BASE_URL",
    "GOOGLE_GEMINI_BASE_URL",
    "OLLAMA_API_KEY",
    "OLLAMA_BASE_URL",
    "OLLAMA_HOST",
    "OPENROUTER_API_KEY",
    "OPENROUTER_BASE_URL",
    "GROQ_API_KEY",
    "GROQ_BASE_URL",
    "DEEPSEEK_API_KEY",
    "DEEPSEEK_BASE_URL",
    "TOGETHER_API_KEY",
    "TOGETHER_BASE_URL",
    "VLLM_API_KEY",
    "VLLM_BASE_URL",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_ENDPOINT",
    "AZURE_OPENAI_API_VERSION",
    "OPENAI_API_VERSION",
]


@pytest.fixture(autouse=True)
def _no_provider_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No real key or base URL from the developer's shell can reach a test."""
    for name in _PROVIDER_ENV:
        monkeypatch.delenv(name, raising=False)
    # httpx honours proxy variables; loopback traffic must not be sent to a proxy.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(autouse=True)
async def _close_pooled_clients() -> AsyncIterator[None]:
    yield
    await aclose_all()


@pytest.fixture
def wire() -> Iterator[WireServer]:
    server = WireServer().start()
    try:
        yield server
    finally:
        server.stop()
