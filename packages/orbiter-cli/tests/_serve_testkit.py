"""Helpers for testing `orbiter serve`: a real server process, API keys, and reading SSE."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from _cli_testkit import Running, cli_env, run_cli
from testkit.processes import until as eventually  # noqa: F401 (the serve tests import it here)

from orbiter.cli.devserver import free_port

HERE = Path(__file__).parent
TARGETS = "serve_test_agents:AGENTS"


def serve_env(**extra: str) -> dict[str, str]:
    return cli_env(PYTHONPATH=str(HERE), **extra)


def wait_healthy(base: str, proc: Running, timeout: float = 60) -> None:
    """Wait until ``base``/healthz answers (the server's processes are up)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if proc.proc.poll() is not None:
            raise AssertionError(f"orbiter serve exited: {proc.rest()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"orbiter serve did not answer within {timeout}s: {proc.lines}")
        time.sleep(0.05)


def start_server(redis_url: str, *args: str, port: int | None = None) -> tuple[Running, str]:
    """`orbiter serve` of the test agents, once it answers; returns it and its base URL."""
    port = port or free_port()
    proc = Running(
        "serve", TARGETS, "--redis-url", redis_url, "--port", str(port), *args, env=serve_env()
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, proc)
    except BaseException:
        proc.stop()
        raise
    return proc, base


def start_worker(redis_url: str) -> Running:
    worker = Running(
        "start", "worker", "--redis-url", redis_url, "--targets", TARGETS, "--concurrency", "8",
        env=serve_env(),
    )  # fmt: skip
    worker.wait_for(lambda line: "payload signing:" in line)
    return worker


def create_key(redis_url: str, name: str, *extra: str) -> str:
    done = run_cli("keys", "create", name, "--redis-url", redis_url, *extra, env=serve_env())
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@dataclass
class Sse:
    id: str | None
    event: str
    data: Any


async def sse_events(response: httpx.Response) -> AsyncIterator[Sse]:
    """The events of an SSE response, data decoded as JSON (comments are skipped)."""
    fields: dict[str, str] = {}
    async for line in response.aiter_lines():
        if not line:
            if "data" in fields:
                yield Sse(
                    fields.get("id"), fields.get("event", "message"), json.loads(fields["data"])
                )
            fields = {}
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        fields[name] = value[1:] if value.startswith(" ") else value


async def read_all(client: httpx.AsyncClient, url: str, **kwargs: Any) -> list[Sse]:
    async with client.stream("GET", url, **kwargs) as response:
        assert response.status_code == 200, await response.aread()
        return [event async for event in sse_events(response)]


class HookReceiver:
    """A webhook receiver on loopback that answers 500 to its first ``failures`` calls."""

    def __init__(self, failures: int = 0) -> None:
        import http.server
        import threading

        self.failures = failures
        self.calls: list[tuple[dict[str, str], bytes, int]] = []
        self._changed = threading.Condition()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with receiver._changed:
                    status = 500 if len(receiver.calls) < receiver.failures else 204
                    receiver.calls.append((dict(self.headers), body, status))
                    receiver._changed.notify_all()
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hook"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def wait_calls(
        self, count: int, timeout: float = 30
    ) -> list[tuple[dict[str, str], bytes, int]]:
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.calls) >= count, timeout):
                raise AssertionError(
                    f"{len(self.calls)} webhook calls within {timeout}s, not {count}"
                )
            return list(self.calls)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
