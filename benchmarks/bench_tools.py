"""Tools the Orbiter benchmarks send to workers (importable by path, so they travel as JSON)."""

import asyncio


async def nap(seconds: float) -> str:
    """Sleep, to hold a task in flight."""
    await asyncio.sleep(seconds)
    return "rested"


def tally(n: int) -> int:
    """Return the number: a tool that costs nothing, so a step costs what Orbiter adds."""
    return n
