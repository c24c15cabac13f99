"""``orbiter mcp serve``: an Agent or Swarm offered to MCP clients as one tool that runs it.

Over stdio nothing but MCP messages may reach stdout, so this command prints nothing there;
its notes go to stderr.
"""

# No `from __future__ import annotations`: the SDK finds the Context parameter of the tool
# function from its annotation, which must be the class itself.
import asyncio
import re
import sys
from collections.abc import AsyncIterator
from typing import Any

from orbiter.cli._context import CliError
from orbiter.cli.target import load_target

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def progress_note(event: Any) -> str | None:
    """A progress message for a stream event, or None for events not worth one."""
    match event.type:
        case "step" if event.status == "started":
            return f"{event.agent_name}: step {event.step_number}"
        case "tool_call":
            where = f" on {event.server}" if event.server else ""
            return f"{event.agent_name}: calling {event.tool_name}{where}"
        case "handoff":
            return f"{event.from_agent} handed over to {event.to_agent}"
        case "rate_limit":
            return f"{event.agent_name}: waiting {event.wait_seconds:g}s for {event.model}"
        case "error":
            return f"{event.agent_name}: {event.error}"
    return None


def build_server(target: Any, *, redis_url: str | None = None, queue: str | None = None) -> Any:
    """The MCP server (the SDK's MCPServer) with one tool that runs ``target``."""
    try:
        from mcp.server.mcpserver import Context, MCPServer
        from mcp.server.mcpserver.exceptions import ToolError
    except ImportError as exc:
        raise CliError(
            f"serving over MCP needs the mcp package ({exc})",
            hint="pip install 'orbiter-core[mcp]'",
        ) from None

    kind = "swarm of agents" if hasattr(target, "agents") else "agent"
    name = _UNSAFE.sub("_", target.name)[:64] or "run_agent"
    about = getattr(target, "description", "") or ""
    description = (
        f"Give the Orbiter {kind} {target.name!r} a task; it works on it (calling its own "
        f"tools) and returns its final answer. {about}"
    ).strip()
    server = MCPServer(name=f"orbiter {target.name}", log_level="WARNING")

    async def run_target(task: str, ctx: Context) -> str:
        """Run the agent on ``task`` and return its answer."""
        done = 0
        answer: list[str] = []
        try:
            async for event in _events(target, task, redis_url, queue, answer):
                note = progress_note(event)
                if note is not None:
                    done += 1
                    await ctx.report_progress(done, None, note)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            raise ToolError(f"the run failed: {type(exc).__name__}: {exc}") from exc
        return answer[0]

    server.add_tool(run_target, name=name, description=description)
    return server


async def _events(
    target: Any, task: str, redis_url: str | None, queue: str | None, answer: list[str]
) -> AsyncIterator[Any]:
    """The events of one run of ``target``; its final answer is appended to ``answer``."""
    if redis_url is None:
        from orbiter import run

        async with run.stream(target, task, detailed=True) as stream:
            async for event in stream:
                yield event
        answer.append(stream.result.output)
        return
    from orbiter.distributed import distributed

    handle = await distributed(target, task, detailed=True, redis_url=redis_url, queue=queue)
    try:
        async for event in handle.stream():
            yield event
        result = await handle.result()
    except BaseException:
        # The MCP client cancelled (or the stream broke): the workers stop the run too.
        await asyncio.shield(handle.cancel())
        raise
    answer.append(str(result.get("output", "")))


def serve(
    spec: str, *, http_port: int | None, host: str, redis_url: str | None, queue: str | None
) -> None:
    """Load TARGET and serve it over stdio, or streamable HTTP on ``host:http_port``."""
    target = load_target(spec)
    if redis_url is not None:
        from orbiter.cli._redis import checked_url

        redis_url = checked_url(redis_url)
    server = build_server(target, redis_url=redis_url, queue=queue)
    if http_port is None:
        server.run("stdio")
        return
    where = "the workers on " + redis_url if redis_url else "this process"
    print(
        f"serving {target.name!r} over MCP at http://{host}:{http_port}/mcp (runs in {where})",
        file=sys.stderr,
        flush=True,
    )
    server.run("streamable-http", host=host, port=http_port)
