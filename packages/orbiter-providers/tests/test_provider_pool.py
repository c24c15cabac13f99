"""TLS set-up of pooled clients: one verifying context per process, none for plain http.

Making a verifying context loads the CA bundle (tens of milliseconds); ``run.sync`` makes a new
client per call, so before this every call paid for it again.
"""

from __future__ import annotations

import asyncio
import ssl

import httpx
import pytest

from orbiter.providers._options import Options
from orbiter.providers._pool import aclose_all, pooled_client, tls_context

OPTIONS = Options("openai", {})


def _context(client: httpx.AsyncClient) -> ssl.SSLContext:
    transport = client._transport
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    context = transport._pool._ssl_context
    assert context is not None
    return context


def _client_on_a_new_loop(url: str) -> ssl.SSLContext:
    async def make() -> ssl.SSLContext:
        try:
            return _context(await pooled_client("openai", OPTIONS, url))
        finally:
            await aclose_all()

    return asyncio.run(make())


def test_https_clients_of_every_loop_share_one_verifying_context() -> None:
    first = _client_on_a_new_loop("https://api.openai.com/v1")
    second = _client_on_a_new_loop("https://api.anthropic.com")
    assert first is second is tls_context()
    assert first.verify_mode is ssl.CERT_REQUIRED
    assert first.check_hostname is True


def test_plain_http_without_a_proxy_skips_the_ca_bundle() -> None:
    context = _client_on_a_new_loop("http://127.0.0.1:8080/v1")
    assert context is not tls_context()
    assert context.verify_mode is ssl.CERT_NONE


def test_plain_http_through_a_proxy_keeps_verification(monkeypatch: pytest.MonkeyPatch) -> None:
    # The proxy itself may be reached over TLS, so its certificate must still be checked.
    monkeypatch.setenv("HTTPS_PROXY", "https://proxy.example:3128")
    monkeypatch.setenv("HTTP_PROXY", "https://proxy.example:3128")
    assert _client_on_a_new_loop("http://10.0.0.5:8000/v1") is tls_context()


async def test_http_and_https_targets_of_one_configuration_get_their_own_clients() -> None:
    plain = await pooled_client("openai", OPTIONS, "http://127.0.0.1:1/v1")
    secure = await pooled_client("openai", OPTIONS, "https://api.openai.com/v1")
    assert plain is not secure
    assert await pooled_client("openai", OPTIONS, "https://other.example/v1") is secure


def test_warm_up_opens_the_clients_of_providers_with_a_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:1")

    async def warm() -> tuple[int, bool]:
        from orbiter.providers import warm_up
        from orbiter.providers._pool import open_client_count

        await warm_up()
        opened = open_client_count()
        client = await pooled_client("anthropic", Options("anthropic", {}), "http://127.0.0.1:1")
        return opened, client.is_closed

    # One client, for the one provider with a key, already there when its first call asks.
    assert asyncio.run(warm()) == (1, False)


def test_pooled_clients_are_closed_when_their_loop_shuts_down() -> None:
    clients: list[httpx.AsyncClient] = []

    async def open_one() -> None:
        clients.append(await pooled_client("openai", OPTIONS, "http://127.0.0.1:1/v1"))

    asyncio.run(open_one())
    asyncio.run(open_one())
    assert clients[0] is not clients[1]  # each loop has its own
    assert all(c.is_closed for c in clients)
