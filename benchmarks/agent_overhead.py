"""Local overhead of one agent run on a zero-latency test model: Orbiter versus its peers.

    python benchmarks/agent_overhead.py orbiter          # workspace env
    python benchmarks/agent_overhead.py openai-agents    # peers env (requirements-peers.txt)
    python benchmarks/agent_overhead.py pydantic-ai      # peers env

Two runs are timed: ``text`` (one model call answering text) and ``tool`` (the model calls one
tool, then answers). Each framework uses its own test model: Orbiter's ScriptedModel,
pydantic-ai's FunctionModel, and for openai-agents (which ships none) the smallest Model
subclass returning canned Responses items, as its own tests do. Figures: median microseconds per
run over several batches, tracemalloc peak of one run, and the process's peak RSS. The last
stdout line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench

RunFn = Callable[[], Awaitable[Any]]


def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


def orbiter_runs() -> tuple[RunFn, RunFn, str]:
    from importlib.metadata import version

    from orbiter import Agent, run
    from orbiter.testing import ScriptedModel, call_tool, reply

    text_agent = Agent(name="bench", model="scripted:echo")
    tool_agent = Agent(
        name="bench",
        model=ScriptedModel([call_tool("add", a=1, b=2), reply("3")]),
        tools=[add],
    )

    async def text() -> None:
        result = await run(text_agent, "hello")
        assert result.output == "hello", result.output

    async def tool() -> None:
        result = await run(tool_agent, "add 1 and 2")
        assert result.output == "3", result.output

    return text, tool, version("orbiter-core")


def openai_agents_runs() -> tuple[RunFn, RunFn, str]:
    from importlib.metadata import version

    from agents import Agent, ModelResponse, Runner, Usage, function_tool, set_tracing_disabled
    from agents.models.interface import Model
    from openai.types.responses import (
        ResponseFunctionToolCall,
        ResponseOutputMessage,
        ResponseOutputText,
    )

    set_tracing_disabled(True)  # tracing would try to export spans to a remote service

    def message(text: str) -> ResponseOutputMessage:
        return ResponseOutputMessage(
            id="msg_1",
            type="message",
            role="assistant",
            status="completed",
            content=[ResponseOutputText(type="output_text", text=text, annotations=[])],
        )

    class CannedModel(Model):
        """Answers from a list of outputs, one per call; the turn is the count of tool outputs."""

        def __init__(self, turns: list[list[Any]]) -> None:
            self.turns = turns

        async def get_response(self, system_instructions, input, *args: Any, **kw: Any):  # type: ignore[no-untyped-def, override]
            done = 0
            if not isinstance(input, str):
                done = sum(1 for item in input if _kind(item) == "function_call_output")
            return ModelResponse(output=self.turns[done], usage=Usage(), response_id=None)

        def stream_response(self, *args: Any, **kw: Any):  # type: ignore[no-untyped-def, override]
            raise NotImplementedError

    def _kind(item: Any) -> Any:
        return item.get("type") if isinstance(item, dict) else getattr(item, "type", None)

    class Echo(Model):
        async def get_response(self, system_instructions, input, *args: Any, **kw: Any):  # type: ignore[no-untyped-def, override]
            text = input if isinstance(input, str) else str(input[-1].get("content"))
            return ModelResponse(output=[message(text)], usage=Usage(), response_id=None)

        def stream_response(self, *args: Any, **kw: Any):  # type: ignore[no-untyped-def, override]
            raise NotImplementedError

    call = ResponseFunctionToolCall(
        id="fc_1", call_id="call_1", type="function_call", name="add", arguments='{"a":1,"b":2}'
    )
    text_agent = Agent(name="bench", model=Echo())
    tool_agent = Agent(
        name="bench", model=CannedModel([[call], [message("3")]]), tools=[function_tool(add)]
    )

    async def text() -> None:
        result = await Runner.run(text_agent, "hello")
        assert result.final_output == "hello", result.final_output

    async def tool() -> None:
        result = await Runner.run(tool_agent, "add 1 and 2")
        assert result.final_output == "3", result.final_output

    return text, tool, version("openai-agents")


def pydantic_ai_runs() -> tuple[RunFn, RunFn, str]:
    from importlib.metadata import version

    from pydantic_ai import Agent
    from pydantic_ai.messages import ModelResponse, TextPart, ToolCallPart, ToolReturnPart
    from pydantic_ai.models.function import AgentInfo, FunctionModel

    def echo(messages: list[Any], info: AgentInfo) -> ModelResponse:
        return ModelResponse(parts=[TextPart(messages[-1].parts[-1].content)])

    def add_then_answer(messages: list[Any], info: AgentInfo) -> ModelResponse:
        last = messages[-1].parts[-1]
        if isinstance(last, ToolReturnPart):
            return ModelResponse(parts=[TextPart(str(last.content))])
        return ModelResponse(parts=[ToolCallPart("add", {"a": 1, "b": 2})])

    text_agent = Agent(FunctionModel(echo))
    tool_agent = Agent(FunctionModel(add_then_answer), tools=[add])

    async def text() -> None:
        result = await text_agent.run("hello")
        assert result.output == "hello", result.output

    async def tool() -> None:
        result = await tool_agent.run("add 1 and 2")
        assert result.output == "3", result.output

    return text, tool, version("pydantic-ai-slim")


FRAMEWORKS = {
    "orbiter": orbiter_runs,
    "openai-agents": openai_agents_runs,
    "pydantic-ai": pydantic_ai_runs,
}


async def time_runs(fn: RunFn, runs: int, batches: int) -> float:
    """Median over batches of the mean microseconds per run."""
    for _ in range(min(runs, 200)):
        await fn()
    per_run = []
    for _ in range(batches):
        gc.collect()
        t0 = time.perf_counter()
        for _ in range(runs):
            await fn()
        per_run.append((time.perf_counter() - t0) / runs * 1e6)
    return statistics.median(per_run)


async def traced_peak(fn: RunFn) -> int:
    """Bytes allocated at the peak of one run (warm caches, tracemalloc on)."""
    await fn()
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    await fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak - base


async def main_async(framework: str, runs: int, batches: int) -> dict[str, Any]:
    text, tool, version = FRAMEWORKS[framework]()
    return {
        "framework": framework,
        "version": version,
        "text_us": await time_runs(text, runs, batches),
        "tool_us": await time_runs(tool, runs, batches),
        "text_peak_kib": await traced_peak(text) / 1024,
        "tool_peak_kib": await traced_peak(tool) / 1024,
        "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("framework", choices=sorted(FRAMEWORKS))
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--batches", type=int, default=5)
    args = parser.parse_args()
    _bench.emit(asyncio.run(main_async(args.framework, args.runs, args.batches)))


if __name__ == "__main__":
    main()
