"""A live session with one MCP server, and its tools as Orbiter tools.

The ``mcp`` SDK is imported here only, when a run first needs a server.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import msgspec

from orbiter.errors import ConfigurationError, ToolError
from orbiter.mcp.servers import MCPServer, MCPServerHTTP, MCPServerStdio
from orbiter.models import env_value
from orbiter.tool import Tool

if TYPE_CHECKING:
    from mcp import Client

_CLOSE_TIMEOUT = 5.0


class MCPServerError(ToolError):
    """An MCP server could not be started or reached, or stopped answering."""


def _sdk() -> Any:
    try:
        import mcp
    except ImportError as exc:
        raise ConfigurationError(
            f"MCP servers need the mcp package ({exc}); install it with: "
            "pip install 'orbiter-core[mcp]'"
        ) from None
    if not hasattr(mcp, "Client"):
        raise ConfigurationError(
            "the installed mcp package is too old for Orbiter (it has no mcp.Client); "
            "upgrade it: pip install -U 'orbiter-core[mcp]'"
        )
    return mcp


def _resolved(values: dict[str, Any], where: str) -> dict[str, str]:
    return {k: env_value(v, f"{where}[{k!r}]") for k, v in values.items()}


class Connection:
    """One session with ``server``, opened on first use and reopened after a crash.

    The SDK's client is an async context manager that must be left in the task that entered
    it, so a background task owns it; tool calls from any task of the run go through it.
    """

    def __init__(self, server: MCPServer) -> None:
        self.server = server
        self._client: Client | None = None
        self._task: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()
        self._lock = asyncio.Lock()
        self._broken = False
        self._tools: dict[str, MCPTool] | None = None
        self._known: dict[str, MCPTool] | None = None  # the last listing that succeeded

    async def client(self) -> Client:
        """The open client; starts the server (again, after a crash) when needed."""
        async with self._lock:
            alive = self._task is not None and not self._task.done()
            if self._client is None or self._broken or not alive:
                await self._shutdown()
                await self._start()
            assert self._client is not None
            return self._client

    async def _start(self) -> None:
        self._broken = False
        self._tools = None
        self._stop = asyncio.Event()
        ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._task = asyncio.create_task(self._serve(ready), name=f"mcp:{self.server.name}")
        try:
            await asyncio.wait_for(asyncio.shield(ready), self.server.connect_timeout)
        except asyncio.CancelledError:
            ready.add_done_callback(lambda f: f.cancelled() or f.exception())
            raise
        except TimeoutError:
            ready.add_done_callback(lambda f: f.cancelled() or f.exception())
            await self._shutdown()
            raise MCPServerError(
                f"MCP server {self.server.name!r} did not answer within "
                f"{self.server.connect_timeout}s of being started or contacted "
                "(connect_timeout=...)"
            ) from None
        except Exception as exc:
            raise MCPServerError(
                f"MCP server {self.server.name!r} could not be started or reached: {_describe(exc)}"
            ) from exc

    async def _serve(self, ready: asyncio.Future[None]) -> None:
        server = self.server
        transports = [None]
        if isinstance(server, MCPServerHTTP):
            auto = server.transport == "auto"
            transports = ["streamable-http", "sse"] if auto else [server.transport]  # type: ignore[list-item]
        for i, transport in enumerate(transports):
            try:
                async with self._open(transport) as client:
                    self._client = client
                    ready.set_result(None)
                    await self._stop.wait()
                return
            except Exception as exc:
                if ready.done():
                    self._broken = True  # it ran, then failed: the next call reopens it
                    return
                if i == len(transports) - 1:
                    ready.set_exception(exc)
            finally:
                self._client = None

    def _open(self, transport: str | None) -> contextlib.AbstractAsyncContextManager[Client]:
        mcp = _sdk()
        server = self.server
        options: dict[str, Any] = {
            "mode": "legacy",  # the initialize handshake: every server speaks it
            "cache": None,  # the tool list is cached here, refreshed on list-changed
            "message_handler": self._on_message,
            "client_info": mcp.types.Implementation(name="orbiter", version="0.1.0"),
        }
        if isinstance(server, MCPServerStdio):
            params = mcp.StdioServerParameters(
                command=server.command,
                args=server.args,
                env=_resolved(server.env, f"env of MCP server {server.name!r}") or None,
                cwd=server.cwd,
            )
            return mcp.Client(params, **options)
        assert isinstance(server, MCPServerHTTP)
        headers = _resolved(server.headers, f"headers of MCP server {server.name!r}")
        if transport == "sse":
            from mcp.client.sse import sse_client

            return mcp.Client(sse_client(server.url, headers=headers), **options)
        return mcp.Client(_streamable(server.url, headers), **options)

    async def _on_message(self, message: Any) -> None:
        if type(message).__name__ == "ToolListChangedNotification":
            self._tools = None

    async def tools(self) -> dict[str, MCPTool]:
        """The server's tools that pass the filters, by the name the model sees."""
        tools = self._tools
        if tools is not None and self.server.cache_tools and not self._broken:
            return tools
        try:
            tools = await self._list()
        except MCPServerError:
            if self._known is None:
                raise
            # It worked before: keep offering its tools, so each call tells the model what is
            # wrong (and tries to start the server again) rather than failing the whole run.
            return self._known
        self._tools = self._known = tools
        return tools

    async def _list(self) -> dict[str, MCPTool]:
        client = await self.client()
        listed: list[Any] = []
        cursor: str | None = None
        try:
            while True:
                page = await client.list_tools(cursor=cursor)
                listed.extend(page.tools)
                cursor = page.next_cursor
                if not cursor:
                    break
        except Exception as exc:
            self._broken = True
            raise MCPServerError(
                f"MCP server {self.server.name!r} could not list its tools: {_describe(exc)}"
            ) from exc
        tools = {}
        for t in listed:
            if self.server.exposes(t.name):
                mt = MCPTool(self, t.name, t.description or t.title or "", t.input_schema)
                tools[mt.name] = mt
        return tools

    async def call(self, name: str, arguments: dict[str, Any]) -> Any:
        """Call the server's tool ``name``; raise ToolError on any failure."""
        server = self.server
        client = await self.client()
        try:
            async with asyncio.timeout(server.timeout):
                return await client.call_tool(name, arguments)
        except TimeoutError:
            raise ToolError(
                f"MCP tool {name!r} of server {server.name!r} did not finish within "
                f"{server.timeout}s and was cancelled"
            ) from None
        except Exception as exc:
            if _is_disconnect(exc):
                self._broken = True
                raise MCPServerError(
                    f"MCP server {server.name!r} stopped answering during {name!r} "
                    f"({_describe(exc)}); it is restarted on the next call"
                ) from exc
            raise ToolError(f"MCP server {server.name!r} refused {name!r}: {exc}") from exc

    async def aclose(self) -> None:
        async with self._lock:
            await self._shutdown()

    async def _shutdown(self) -> None:
        task = self._task
        self._task = None
        if task is None:
            return
        self._stop.set()
        if self._client is None:
            task.cancel()  # still starting (or already gone): nothing to close politely
        done, _ = await asyncio.wait([task], timeout=_CLOSE_TIMEOUT)
        if not done:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


@contextlib.asynccontextmanager
async def _streamable(url: str, headers: dict[str, str]) -> AsyncIterator[Any]:
    from mcp.client.streamable_http import streamable_http_client
    from mcp.shared._httpx_utils import create_mcp_http_client

    async with (
        create_mcp_http_client(headers=headers) as http,
        streamable_http_client(url, http_client=http) as streams,
    ):
        yield streams


def _is_disconnect(exc: BaseException) -> bool:
    """Whether ``exc`` means the session is gone (server exited, connection dropped)."""
    import anyio

    if getattr(exc, "code", None) == _sdk().types.CONNECTION_CLOSED:
        return True
    lost = (OSError, anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream)
    return isinstance(exc, lost)


def _describe(exc: BaseException) -> str:
    # Task groups wrap the real failure; show the innermost ones.
    if isinstance(exc, BaseExceptionGroup):
        return "; ".join(_describe(e) for e in exc.exceptions)
    if isinstance(exc, ConfigurationError):
        return str(exc)
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def result_text(result: Any) -> str:
    """What the model reads of a tool result: its text, other content described in words."""
    parts: list[str] = []
    for item in result.content:
        kind = getattr(item, "type", "")
        if kind == "text":
            parts.append(item.text)
        elif kind in ("image", "audio"):
            size = len(item.data) * 3 // 4
            parts.append(f"[{kind} content: {item.mime_type}, about {size} bytes]")
        elif kind == "resource":
            res = item.resource
            text = getattr(res, "text", None)
            parts.append(text if text is not None else f"[resource {res.uri} ({res.mime_type})]")
        elif kind == "resource_link":
            parts.append(f"[resource link: {item.uri} {item.name}]")
        else:
            parts.append(f"[{kind or type(item).__name__} content]")
    if not parts and result.structured_content is not None:
        return msgspec.json.encode(result.structured_content).decode()
    return "\n".join(parts)


class MCPTool(Tool):
    """A tool of an MCP server, called like any Orbiter tool."""

    def __init__(
        self, connection: Connection, remote_name: str, description: str, schema: Any
    ) -> None:
        server = connection.server
        self.connection = connection
        self.remote_name = remote_name
        self.name = server.model_name(remote_name)
        self.description = description
        self.parameters = schema if isinstance(schema, dict) else {"type": "object"}
        self.server = server.name
        self.serializer = None  # results arrive as text already
        self._validator: Any = None

    def validate(self, arguments: str | dict[str, Any]) -> dict[str, Any]:
        """Parse the model's arguments and check them against the server's JSON schema."""
        raw = self.arguments_object(arguments)
        if self._validator is None:
            from jsonschema import validators

            cls = validators.validator_for(self.parameters)
            self._validator = cls(self.parameters)
        errors = sorted(self._validator.iter_errors(raw), key=lambda e: list(e.path))
        if errors:
            problems = "; ".join(
                f"{'.'.join(map(str, e.path)) or 'arguments'}: {e.message}" for e in errors[:5]
            )
            raise ToolError(f"invalid arguments for {self.name!r}: {problems}")
        return raw

    async def call(self, arguments: str | dict[str, Any]) -> str:
        result = await self.connection.call(self.remote_name, self.validate(arguments))
        text = result_text(result)
        if result.is_error:
            raise ToolError(f"MCP tool {self.remote_name!r} of server {self.server!r}: {text}")
        return text

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise ToolError(f"{self!r} is called by a run, not directly")

    def __repr__(self) -> str:
        return f"MCPTool(name={self.name!r}, server={self.server!r})"
