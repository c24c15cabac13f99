"""rediss:// end to end: client and worker subprocess both reach Redis over real TLS.

The embedded Valkey is built without TLS, so the test puts a TLS endpoint in front of it (a small
proxy on loopback using Python's ssl module). The certificate in tls/ beside this file is
self-signed for 127.0.0.1 and used only here.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import ssl
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent
from orbiter.distributed import EventSubscriber, distributed

TLS_DIR = Path(__file__).parent / "tls"


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


class TlsEndpoint:
    def __init__(self) -> None:
        self.url = ""
        self.connections = 0  # completed TLS handshakes


@pytest.fixture
async def tls(redis_url: str) -> AsyncIterator[TlsEndpoint]:
    """A rediss:// URL for the test's database, terminated by a TLS proxy on loopback."""
    plain = urlsplit(redis_url)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(TLS_DIR / "cert.pem", TLS_DIR / "key.pem")
    endpoint = TlsEndpoint()
    tasks: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        endpoint.connections += 1
        up_reader, up_writer = await asyncio.open_connection(plain.hostname, plain.port)
        for t in (_pipe(reader, up_writer), _pipe(up_reader, writer)):
            task = asyncio.create_task(t)
            tasks.add(task)
            task.add_done_callback(tasks.discard)

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=ctx)
    port = server.sockets[0].getsockname()[1]
    ca = TLS_DIR / "cert.pem"
    endpoint.url = f"rediss://127.0.0.1:{port}{plain.path}?ssl_ca_certs={ca}&ssl_cert_reqs=required"
    yield endpoint
    server.close()
    for task in list(tasks):
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def test_rediss_url_for_client_and_worker(tls: TlsEndpoint, spawn: Spawn) -> None:
    tls_url = tls.url
    # The fixture's worker helper is synchronous, and the proxy lives on this loop.
    worker = await asyncio.to_thread(spawn, url=tls_url)
    handle = await distributed(
        Agent(name="tls", model="scripted:echo"), "over TLS", redis_url=tls_url, detailed=True
    )
    result = await handle.result(timeout=30)
    assert result["output"] == "over TLS"
    texts = [e.text async for e in handle.stream() if e.type == "text"]
    assert texts == ["over TLS"]
    subscriber = EventSubscriber(tls_url)
    await subscriber.connect()
    replayed = [e.type async for e in subscriber.replay(handle.task_id)]
    assert "text" in replayed
    assert replayed[-1] == "status"
    await subscriber.close()
    await handle.close()
    assert tls.connections >= 2  # worker and client both went through the TLS endpoint
    # And the worker stops cleanly on SIGTERM over TLS too.
    worker.signal(signal.SIGTERM)
    code = await asyncio.to_thread(worker.proc.wait, 10)
    assert code == 0, worker.output()


async def test_rediss_with_an_untrusted_certificate_is_refused(tls: TlsEndpoint) -> None:
    # Without the CA the certificate cannot be verified: the client must not fall back to plain.
    untrusted = tls.url.split("?", 1)[0]
    with pytest.raises(ConnectionError) as refused:
        await distributed(Agent(name="tls", model="scripted:echo"), "x", redis_url=untrusted)
    assert "CERTIFICATE_VERIFY_FAILED" in str(refused.value)
