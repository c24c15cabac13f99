"""Open MCP connections, shared by the runs that use the same server definitions."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from orbiter.errors import ConfigurationError
from orbiter.mcp._connection import Connection, MCPTool
from orbiter.mcp.servers import MCPServer


class MCPPool:
    """Connections by server definition: one run's (closed when it ends) or a worker's.

    Servers with equal definitions share one connection; a definition changed in any way
    (another header, another filter) gets its own.
    """

    def __init__(self) -> None:
        self._connections: dict[str, Connection] = {}

    def connection(self, server: MCPServer) -> Connection:
        key = server.key
        found = self._connections.get(key)
        if found is None:
            found = self._connections[key] = Connection(server)
        return found

    async def tools(self, servers: Sequence[MCPServer]) -> dict[str, MCPTool]:
        """The tools of ``servers`` by the names the model sees; a clash is a setup error."""
        listed = await asyncio.gather(*(self.connection(s).tools() for s in servers))
        out: dict[str, MCPTool] = {}
        for tools in listed:
            for name, t in tools.items():
                other = out.get(name)
                if other is not None:
                    raise ConfigurationError(
                        f"MCP servers {other.server!r} and {t.server!r} both have a tool named "
                        f"{name!r}; give one of them a prefix (prefix='...') or filter the tool "
                        "out (denied_tools=[...])"
                    )
                out[name] = t
        return out

    async def aclose(self) -> None:
        """Close every connection (stdio servers are stopped)."""
        connections = list(self._connections.values())
        self._connections.clear()
        await asyncio.gather(*(c.aclose() for c in connections), return_exceptions=True)
