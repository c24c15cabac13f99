"""An MCP server for Orbiter's tests, written with the mcp SDK (MCPServer, formerly FastMCP).

Run over stdio: ``python demo_server.py``; over HTTP: ``python demo_server.py --http PORT`` or
``--sse PORT``. ``DEMO_TOKEN`` in its environment is the bearer token ``whoami`` expects; when
the file ``DEMO_REFUSE_FILE`` names exists, the server exits at once (a server that cannot start).
"""

from __future__ import annotations

import os
import sys

import anyio
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.utilities.types import Image

server = MCPServer("demo", log_level="CRITICAL")


@server.tool()
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@server.tool()
def boom(reason: str = "no reason") -> str:
    """Always fails."""
    raise ValueError(f"boom: {reason}")


@server.tool()
async def slow(seconds: float, marker: str = "") -> str:
    """Sleep, writing 'started' then 'cancelled' or 'finished' to the marker file."""
    note = _Marker(marker)
    note.write(f"started {os.getpid()}")
    try:
        await anyio.sleep(seconds)
    except anyio.get_cancelled_exc_class():
        note.write("cancelled")
        raise
    return "finished"


class _Marker:
    def __init__(self, path: str) -> None:
        self.path = path

    def write(self, text: str) -> None:
        if self.path:
            with open(self.path, "w") as f:
                f.write(text)


@server.tool()
def pid() -> int:
    """The server's process id."""
    return os.getpid()


@server.tool()
def picture() -> Image:
    """A tiny PNG."""
    return Image(data=b"\x89PNG\r\n\x1a\n" + b"\0" * 32, format="png")


@server.tool()
async def grow(ctx: Context) -> str:
    """Add the tool 'shout' and tell the client the tool list changed."""

    def shout(text: str) -> str:
        """Upper-case the text."""
        return text.upper() + "!"

    server.add_tool(shout, name="shout")
    await ctx.session.send_tool_list_changed()
    return "grown"


@server.tool()
def whoami(ctx: Context) -> str:
    """'authorized' when the request carried the expected bearer token."""
    headers = ctx.headers or {}
    expected = os.environ.get("DEMO_TOKEN", "")
    got = headers.get("authorization", "")
    return "authorized" if expected and got == f"Bearer {expected}" else "denied"


if __name__ == "__main__":
    refuse = os.environ.get("DEMO_REFUSE_FILE", "")
    if refuse and os.path.exists(refuse):
        sys.exit("demo server: refusing to start (DEMO_REFUSE_FILE exists)")
    if len(sys.argv) == 3 and sys.argv[1] == "--http":
        server.run("streamable-http", port=int(sys.argv[2]))
    elif len(sys.argv) == 3 and sys.argv[1] == "--sse":
        server.run("sse", port=int(sys.argv[2]))
    else:
        server.run()
