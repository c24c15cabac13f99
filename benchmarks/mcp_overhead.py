"""Per-call cost of an MCP tool call through Orbiter, against the bare mcp client and a local tool.

    uv run --frozen python benchmarks/mcp_overhead.py [--calls 200] [--batches 7]

One run measures, for the ``add`` tool of the demo MCP server (tests/mcp_servers/demo_server.py,
written with the SDK's MCPServer) over stdio and over streamable HTTP on loopback:

- ``bare``: ``mcp.Client.call_tool`` on an open session: the floor for any MCP client.
- ``orbiter``: the same call as a run makes it: ``MCPTool.call`` (argument validation against the
  tool's JSON schema, the call on the pooled session, the result turned into text).
- ``local``: the same function as an ordinary Orbiter tool (``Tool.call``), for scale.

Bare and Orbiter batches alternate on one server process (each going first in half of the
rounds), and each figure is the median of ``--batches`` batches. The target: Orbiter adds at
most 20% to the bare client's time per call.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mcp_support import DEMO, http_demo  # noqa: E402  (the tests' demo MCP server)

TARGET_ADDED = 0.20
ARGS = {"a": 2, "b": 3}


def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


async def _per_call_us(call: Callable[[], Awaitable[Any]], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.perf_counter() - started) / calls * 1e6


async def _measure(transport: str, calls: int, batches: int) -> dict[str, float]:
    from mcp import Client, StdioServerParameters

    from orbiter.mcp import MCPPool, MCPServerHTTP, MCPServerStdio

    servers = contextlib.ExitStack()
    if transport == "stdio":
        server: Any = MCPServerStdio(sys.executable, [str(DEMO)], name="demo")
        target: Any = StdioServerParameters(command=sys.executable, args=[str(DEMO)])
    else:
        url = servers.enter_context(http_demo())
        server = MCPServerHTTP(url, name="demo", transport="streamable-http")
        target = url
    pool = MCPPool()
    try:
        async with Client(target, mode="legacy", cache=None) as bare:
            tool = (await pool.tools([server]))["add"]
            await bare.list_tools()

            async def bare_call() -> Any:
                return await bare.call_tool("add", ARGS)

            async def orbiter_call() -> Any:
                return await tool.call(ARGS)

            for call in (bare_call, orbiter_call):  # warm up both paths
                await _per_call_us(call, 20)
            bare_us, orbiter_us = [], []
            for i in range(batches):
                # Alternate which goes first, so neither gains from the other's warm caches.
                order = [(bare_call, bare_us), (orbiter_call, orbiter_us)]
                for call, into in order if i % 2 == 0 else order[::-1]:
                    into.append(await _per_call_us(call, calls))
    finally:
        await pool.aclose()
        servers.close()
    bare_med, orbiter_med = statistics.median(bare_us), statistics.median(orbiter_us)
    return {
        "bare_us": round(bare_med, 1),
        "orbiter_us": round(orbiter_med, 1),
        "added_us": round(orbiter_med - bare_med, 1),
        "added_pct": round((orbiter_med / bare_med - 1) * 100, 1),
    }


async def _local_us(calls: int, batches: int) -> float:
    from orbiter import Tool

    tool = Tool(add)
    return statistics.median(
        [await _per_call_us(lambda: tool.call(ARGS), calls) for _ in range(batches)]
    )


async def main(calls: int, batches: int) -> dict[str, Any]:
    results: dict[str, Any] = {"calls_per_batch": calls, "batches": batches}
    results["local_tool_us"] = round(await _local_us(calls, batches), 1)
    for transport in ("stdio", "http"):
        results[transport] = await _measure(transport, calls, batches)
    results["meets_target"] = all(
        results[t]["added_pct"] <= TARGET_ADDED * 100 for t in ("stdio", "http")
    )
    return results


def _print(results: dict[str, Any]) -> None:
    print(f"local Orbiter tool: {results['local_tool_us']:.1f} µs per call")
    print(f"{'transport':<10}{'bare mcp':>12}{'Orbiter':>12}{'added':>12}{'added %':>10}")
    for t in ("stdio", "http"):
        r = results[t]
        print(
            f"{t:<10}{r['bare_us']:>10.1f}µs{r['orbiter_us']:>10.1f}µs"
            f"{r['added_us']:>10.1f}µs{r['added_pct']:>9.1f}%"
        )
    verdict = "met" if results["meets_target"] else "MISSED"
    print(f"target (Orbiter adds at most {TARGET_ADDED:.0%} over the bare client): {verdict}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--batches", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = parser.parse_args()
    figures = asyncio.run(main(args.calls, args.batches))
    if args.json:
        print(json.dumps(figures))
    else:
        _print(figures)
