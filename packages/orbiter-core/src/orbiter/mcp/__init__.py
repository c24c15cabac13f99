"""Tools from Model Context Protocol servers (needs the ``orbiter-core[mcp]`` extra to run).

Importing this package does not import the ``mcp`` SDK; a run imports it when it first opens a
server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from orbiter.mcp.servers import (
    ENV_ALLOWED_MCP_COMMANDS,
    MCPServer,
    MCPServerHTTP,
    MCPServerStdio,
    allowed_commands,
    set_allowed_commands,
)

if TYPE_CHECKING:
    from orbiter.mcp._connection import MCPServerError, MCPTool
    from orbiter.mcp._pool import MCPPool


def __getattr__(name: str) -> Any:
    if name in ("MCPServerError", "MCPTool"):
        from orbiter.mcp import _connection

        return getattr(_connection, name)
    if name == "MCPPool":
        from orbiter.mcp._pool import MCPPool

        return MCPPool
    raise AttributeError(f"module 'orbiter.mcp' has no attribute {name!r}")


__all__ = [
    "ENV_ALLOWED_MCP_COMMANDS",
    "MCPPool",
    "MCPServer",
    "MCPServerError",
    "MCPServerHTTP",
    "MCPServerStdio",
    "MCPTool",
    "allowed_commands",
    "set_allowed_commands",
]
