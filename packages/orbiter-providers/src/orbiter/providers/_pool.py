"""One pooled httpx client per provider configuration and event loop."""

from __future__ import annotations

import os
import ssl

import httpx

from orbiter.loops import PerLoop
from orbiter.providers._options import Options

# httpx clients hold connections bound to the event loop that opened them, and ``run.sync`` or
# test suites create a fresh loop per call, so the pool is kept per loop.
_ClientKey = tuple[str, float, float, tuple[tuple[str, str], ...], bool]

# Building a verifying TLS context (loading the CA bundle) takes tens of milliseconds, and
# ``run.sync`` makes a new client on every call: one context serves the whole process.
_tls_context: ssl.SSLContext | None = None


def tls_context() -> ssl.SSLContext:
    """The process's verifying TLS context, made on first use as httpx makes its own (with
    ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` honoured)."""
    global _tls_context
    if _tls_context is None:
        _tls_context = httpx.create_ssl_context()
    return _tls_context


def _needs_tls(url: str) -> bool:
    # A plain-http server reached without a proxy never does TLS, so it needs no CA bundle; a
    # proxy from the environment may be https, so then the verifying context is kept.
    if url.startswith("https:"):
        return True
    return any(k.lower().endswith("_proxy") and v for k, v in os.environ.items())


async def _close(client: httpx.AsyncClient) -> None:
    await client.aclose()


# The clients of each event loop, closed on that loop when it shuts down.
_clients: PerLoop[_ClientKey, httpx.AsyncClient] = PerLoop(_close)


async def pooled_client(provider: str, options: Options, url: str) -> httpx.AsyncClient:
    """The shared client for this configuration on the running loop (created on first use).

    Credentials travel per request, so one client serves every API key of a configuration.
    ``url`` is where the requests go: plain-http targets get a client that skips TLS set-up.
    """
    clients = _clients.here()
    tls = _needs_tls(url)
    key = (provider, options.timeout, options.connect_timeout, options.headers, tls)
    client = clients.get(key)
    if client is None or client.is_closed:
        client = httpx.AsyncClient(
            # Without TLS any context will do: an unverifying one is made without the CA bundle.
            verify=tls_context() if tls else False,
            timeout=httpx.Timeout(options.timeout, connect=options.connect_timeout),
            headers=dict(options.headers),
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=40),
            follow_redirects=False,
        )
        clients[key] = client
    return client


async def aclose_all() -> None:
    """Close every pooled client of the running event loop."""
    await _clients.aclose()


def open_client_count() -> int:
    """How many pooled clients the running loop holds (for tests and diagnostics)."""
    return sum(1 for c in _clients.peek().values() if not c.is_closed)
