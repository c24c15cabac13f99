"""``orbiter mcp serve``: offer an Agent or Swarm to MCP clients (the server is in mcp_serve)."""

from __future__ import annotations

from typing import Annotated

import typer

from orbiter.cli.options import QueueName, Target, command_group

mcp_app = command_group("Model Context Protocol: offer agents to MCP clients.")


@mcp_app.command("serve")
def mcp_serve_cmd(
    target: Target,
    http: Annotated[
        int | None,
        typer.Option(
            "--http",
            min=1,
            max=65535,
            metavar="PORT",
            help="Serve streamable HTTP on this port (endpoint /mcp) [default: stdio].",
            show_default=False,
        ),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", metavar="HOST", help="Address to listen on with --http.")
    ] = "127.0.0.1",
    redis_url: Annotated[
        str | None,
        typer.Option(
            "--redis-url",
            "-r",
            metavar="URL",
            help="Submit each run to the workers on this Redis server instead of running it "
            "here; their events become MCP progress notifications.",
            show_default=False,
        ),
    ] = None,
    queue: QueueName = None,
) -> None:
    """Serve an Agent or Swarm as an MCP server with one tool that runs it on a task.

    Over stdio (the default) an MCP client starts this command itself; with --http it listens
    on loopback. The tool takes one argument, "task", and returns the final answer.

    \b
    Examples:
      orbiter mcp serve myapp.agents:assistant
      orbiter mcp serve myapp.agents:assistant --http 8765 --redis-url redis://localhost:6379
    """
    from orbiter.cli.mcp_serve import serve

    serve(target, http_port=http, host=host, redis_url=redis_url, queue=queue)
