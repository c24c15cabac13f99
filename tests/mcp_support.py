"""Real MCP servers for the MCP tests: the demo server of mcp_servers/ as a subprocess."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from orbiter.cli.devserver import free_port
from orbiter.mcp import MCPServerStdio

DEMO = Path(__file__).resolve().parent / "mcp_servers" / "demo_server.py"
DEMO_COMMAND = f"{sys.executable} {DEMO}"
"""The command line of the stdio demo server, as a worker's --allowed-mcp-commands entry."""


def stdio_demo(**options: Any) -> MCPServerStdio:
    """The demo server over stdio."""
    return MCPServerStdio(sys.executable, [str(DEMO)], **options)


@contextlib.contextmanager
def http_demo(transport: str = "--http", env: dict[str, str] | None = None) -> Iterator[str]:
    """The demo server over HTTP on loopback; yields its endpoint URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, str(DEMO), transport, str(port)],
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"the demo MCP server did not listen on {port}") from None
                time.sleep(0.05)
        path = "/sse" if transport == "--sse" else "/mcp"
        yield f"http://127.0.0.1:{port}{path}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def marker_text(path: Path) -> str:
    try:
        return path.read_text()
    except FileNotFoundError:
        return ""


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped) counts as gone.
    with contextlib.suppress(OSError):
        if Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":
            return False
    return True
