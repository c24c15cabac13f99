"""MCP server definitions: what to start or connect to, and which of its tools an agent sees.

These are plain data: they import nothing from the ``mcp`` SDK, serialize to JSON for workers,
and are turned into live connections by :mod:`orbiter.mcp._connection` when a run needs them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

from orbiter.errors import ConfigurationError, SerializationError
from orbiter.models import _secret_hint, check_secret_headers, is_secret_field, url_has_password

ENV_ALLOWED_MCP_COMMANDS = "ORBITER_ALLOWED_MCP_COMMANDS"
DEFAULT_TIMEOUT = 60.0
DEFAULT_CONNECT_TIMEOUT = 30.0
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
# Variables that change which code an allowed command loads: a task may not set them.
_LOADER_VARS = (
    r"^(PATH|LD_\w+|DYLD_\w+|PYTHON\w*|NODE_OPTIONS|NODE_PATH|BASH_ENV|ENV|PERL5\w*|RUBY\w*)$"
)

_allowed_commands: list[str] | None = None


def set_allowed_commands(commands: Sequence[str] | str | None) -> None:
    """Which stdio server commands a task rebuilt in this process may start.

    Workers call this with ``--allowed-mcp-commands``; None falls back to
    ``ORBITER_ALLOWED_MCP_COMMANDS`` (comma separated), and an empty list refuses every command.
    """
    global _allowed_commands
    _allowed_commands = None if commands is None else _split(commands)


def allowed_commands() -> list[str]:
    """The stdio commands admitted for tasks in this process (see :func:`set_allowed_commands`)."""
    if _allowed_commands is not None:
        return _allowed_commands
    return _split(os.environ.get(ENV_ALLOWED_MCP_COMMANDS, ""))


def _split(value: Sequence[str] | str) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value)
    return [i.strip() for i in items if i.strip()]


def _str_list(value: Any, what: str) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ConfigurationError(f"{what} must be a list of tool names, got {value!r}")
    return list(value)


def _check_values(values: Any, what: str) -> dict[str, Any]:
    """A mapping of names to strings or ``{"env": NAME}`` references."""
    if values is None:
        return {}
    if not isinstance(values, Mapping):
        raise ConfigurationError(f"{what} must map names to strings, got {values!r}")
    for key, value in values.items():
        ref = isinstance(value, Mapping) and set(value) == {"env"}
        if not isinstance(key, str) or not (isinstance(value, str) or ref):
            raise ConfigurationError(
                f"{what}[{key!r}] must be a string or {{'env': 'NAME'}}, got {value!r}"
            )
    return dict(values)


class MCPServer:
    """The tools of one MCP server, as an agent sees them.

    Args:
        name: shown on the ``tool_call``/``tool_result`` events of its tools.
        allowed_tools: only these of the server's tools are shown to the model (None: all).
        denied_tools: these are never shown.
        prefix: put before each tool name (``prefix="fs"`` makes ``fs_read_file``), so two
            servers with a tool of the same name can serve one agent.
        timeout: seconds one tool call may take before it is cancelled and reported to the
            model as an error (None: no limit).
        cache_tools: keep the tool list until the server says it changed; False lists the tools
            again before every model call.
        connect_timeout: seconds starting or reaching the server (and its handshake) may take.
    """

    kind: ClassVar[str] = ""

    def __init__(
        self,
        *,
        name: str,
        allowed_tools: Sequence[str] | None = None,
        denied_tools: Sequence[str] = (),
        prefix: str = "",
        timeout: float | None = DEFAULT_TIMEOUT,
        cache_tools: bool = True,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> None:
        if not isinstance(name, str) or not name.strip():
            raise ConfigurationError(f"an MCP server needs a non-empty name, got {name!r}")
        if not isinstance(prefix, str) or _UNSAFE.search(prefix):
            raise ConfigurationError(
                f"prefix {prefix!r} of MCP server {name!r} may hold only letters, digits, '_' "
                "and '-' (it becomes part of tool names)"
            )
        for what, value in (("timeout", timeout), ("connect_timeout", connect_timeout)):
            if (value is not None or what == "connect_timeout") and (
                not isinstance(value, int | float) or isinstance(value, bool) or value <= 0
            ):
                raise ConfigurationError(
                    f"{what} of MCP server {name!r} must be a positive number of seconds"
                    f"{' or None' if what == 'timeout' else ''}, got {value!r}"
                )
        self.name = name
        self.allowed_tools = _str_list(allowed_tools, f"allowed_tools of MCP server {name!r}")
        self.denied_tools = _str_list(denied_tools, f"denied_tools of MCP server {name!r}") or []
        self.prefix = prefix
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.cache_tools = bool(cache_tools)

    def exposes(self, tool_name: str) -> bool:
        """Whether the server's tool ``tool_name`` passes the allow and deny lists."""
        if tool_name in self.denied_tools:
            return False
        return self.allowed_tools is None or tool_name in self.allowed_tools

    def model_name(self, tool_name: str) -> str:
        """The name the model sees for the server's tool ``tool_name`` (at most 64 characters)."""
        full = f"{self.prefix}_{tool_name}" if self.prefix else tool_name
        return _UNSAFE.sub("_", full)[:64]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data for a worker; secrets only as ``{"env": NAME}``."""
        self._check_secrets()
        return self._fields()

    def _fields(self) -> dict[str, Any]:
        return {
            "type": self.kind,
            "name": self.name,
            **self._target_dict(),
            "allowed_tools": self.allowed_tools,
            "denied_tools": self.denied_tools,
            "prefix": self.prefix,
            "timeout": self.timeout,
            "connect_timeout": self.connect_timeout,
            "cache_tools": self.cache_tools,
        }

    def _target_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def _check_secrets(self) -> None:
        """Raise SerializationError for a secret written as plain text."""

    @property
    def key(self) -> str:
        """Identifies the connection: servers with equal definitions share one in a pool."""
        import json

        return json.dumps(self._fields(), sort_keys=True, default=str)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


def _common(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "name": data.get("name"),
        "allowed_tools": data.get("allowed_tools"),
        "denied_tools": data.get("denied_tools") or (),
        "prefix": data.get("prefix") or "",
        "timeout": data.get("timeout", DEFAULT_TIMEOUT),
        "connect_timeout": data.get("connect_timeout", DEFAULT_CONNECT_TIMEOUT),
        "cache_tools": data.get("cache_tools", True),
    }


class MCPServerStdio(MCPServer):
    """An MCP server this process starts as a subprocess and talks to over stdin/stdout.

    Args:
        command: the program to run (``"npx"``, ``"uvx"``, ``sys.executable``...).
        args: its arguments.
        env: variables set for the server on top of a minimal environment (``HOME``, ``PATH``...);
            a secret is given as ``{"env": "NAME"}`` and read from this process's environment.
        cwd: the folder it runs in (default: this process's working folder).
        name: default: the script or program name.
    """

    kind = "mcp_stdio"

    def __init__(
        self,
        command: str,
        args: Sequence[str] = (),
        *,
        env: Mapping[str, Any] | None = None,
        cwd: str | os.PathLike[str] | None = None,
        name: str | None = None,
        **options: Any,
    ) -> None:
        if not isinstance(command, str) or not command.strip():
            raise ConfigurationError(f"MCPServerStdio needs a command to run, got {command!r}")
        if isinstance(args, str) or not all(isinstance(a, str) for a in args):
            raise ConfigurationError(
                f"args of MCPServerStdio must be a list of strings, got {args!r}"
            )
        self.command = command
        self.args = list(args)
        self.env = _check_values(env, "env of MCPServerStdio")
        self.cwd = None if cwd is None else os.fspath(cwd)
        default = Path(self.args[0]).stem if self.args else Path(command).name
        super().__init__(name=name or default, **options)

    def _check_secrets(self) -> None:
        for key, value in self.env.items():
            if isinstance(value, str) and is_secret_field(key):
                raise SerializationError(_secret_hint(f"env[{key!r}] of MCP server {self.name!r}"))

    def _target_dict(self) -> dict[str, Any]:
        return {"command": self.command, "args": self.args, "env": self.env, "cwd": self.cwd}

    def command_line(self) -> str:
        """The command and its arguments as one shell-quoted line (for messages)."""
        import shlex

        return shlex.join([self.command, *self.args])

    def check_allowed(self, allowed: Sequence[str]) -> None:
        """Raise SerializationError unless ``allowed`` admits this server's command line.

        An entry admits a command line that starts with the entry's words: ``"npx"`` admits any
        ``npx ...``, ``"python servers/files.py"`` only that script. A task may not choose the
        folder the command runs in, nor variables that change what code it loads.
        """
        import shlex

        words = [self.command, *self.args]
        admitted = False
        for entry in allowed:
            try:
                wanted = shlex.split(entry)
            except ValueError:
                continue
            if wanted and words[: len(wanted)] == wanted:
                admitted = True
                break
        where = f"MCP server {self.name!r}"
        if not admitted:
            raise SerializationError(
                f"this worker refuses to start the command {self.command_line()!r} for {where}: "
                "it is not on the worker's list of allowed MCP server commands. Start the "
                f"worker with --allowed-mcp-commands {shlex.quote(self.command)!s} (or a longer "
                f"entry naming the script; {ENV_ALLOWED_MCP_COMMANDS} works too), or serve the "
                "tools over HTTP (MCPServerHTTP)"
            )
        if self.cwd is not None:
            raise SerializationError(
                f"{where} asks to run in the folder {self.cwd!r}; a task may not choose where a "
                "worker runs a command. Leave cwd unset (the worker's folder) or register the "
                "agent on the worker (--targets)"
            )
        risky = sorted(k for k in self.env if re.match(_LOADER_VARS, k, re.IGNORECASE))
        if risky:
            raise SerializationError(
                f"{where} sets {risky} in its environment, which would change the code an "
                "allowed command loads; a task may not set these. Set them in the worker's own "
                "environment instead"
            )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MCPServerStdio:
        return cls(
            data.get("command"),  # type: ignore[arg-type]
            data.get("args") or (),
            env=data.get("env"),
            cwd=data.get("cwd"),
            **_common(data),
        )


class MCPServerHTTP(MCPServer):
    """An MCP server reached over HTTP: streamable HTTP, or the older SSE transport.

    Args:
        url: the server's endpoint, e.g. ``"http://127.0.0.1:8000/mcp"``.
        headers: sent with every request; credentials (``Authorization``...) as
            ``{"env": "NAME"}``, read from the environment of the process that connects.
        transport: ``"auto"`` (streamable HTTP, then SSE when the server does not speak it),
            ``"streamable-http"`` or ``"sse"``.
        name: default: the host name of the URL.
    """

    kind = "mcp_http"
    TRANSPORTS = ("auto", "streamable-http", "sse")

    def __init__(
        self,
        url: str,
        *,
        headers: Mapping[str, Any] | None = None,
        transport: str = "auto",
        name: str | None = None,
        **options: Any,
    ) -> None:
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ConfigurationError(f"MCPServerHTTP needs an http:// or https:// URL, got {url!r}")
        if transport not in self.TRANSPORTS:
            raise ConfigurationError(
                f"transport of MCPServerHTTP must be one of {', '.join(self.TRANSPORTS)}, "
                f"got {transport!r}"
            )
        from urllib.parse import urlsplit

        self.url = url
        self.headers = _check_values(headers, "headers of MCPServerHTTP")
        self.transport = transport
        super().__init__(name=name or urlsplit(url).hostname or "mcp", **options)

    def _check_secrets(self) -> None:
        check_secret_headers(self.headers, f"headers of MCP server {self.name!r}")
        if url_has_password(self.url):
            raise SerializationError(_secret_hint(f"the URL of MCP server {self.name!r}"))

    def _target_dict(self) -> dict[str, Any]:
        return {"url": self.url, "headers": self.headers, "transport": self.transport}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MCPServerHTTP:
        return cls(
            data.get("url"),  # type: ignore[arg-type]
            headers=data.get("headers"),
            transport=data.get("transport", "auto"),
            **_common(data),
        )


_KINDS: dict[str, type[MCPServerStdio] | type[MCPServerHTTP]] = {
    MCPServerStdio.kind: MCPServerStdio,
    MCPServerHTTP.kind: MCPServerHTTP,
}


def toolset_from_dict(data: Any, *, gated: bool) -> MCPServer:
    """Rebuild a server definition; ``gated`` checks stdio commands against the allow-list."""
    kind = data.get("type") if isinstance(data, Mapping) else None
    cls = _KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise SerializationError(f"not an MCP server description: {str(data)[:200]!r}")
    server = cls.from_dict(data)
    if gated and isinstance(server, MCPServerStdio):
        server.check_allowed(allowed_commands())
    return server
