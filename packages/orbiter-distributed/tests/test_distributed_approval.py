"""A run that pauses for approval on a worker fails clearly instead of completing empty."""

from __future__ import annotations

import pytest
from distributed_support import sleepy
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, Tool
from orbiter.distributed import TaskFailedError, distributed
from orbiter.testing import ScriptedCall, ScriptedModel, TextStep, ToolStep


async def test_a_tool_needing_approval_fails_the_task_with_what_to_do(
    redis_url: str, spawn: Spawn
) -> None:
    spawn("--concurrency", "2")
    guarded = Tool(sleepy, needs_approval=True)
    script = ScriptedModel(
        [
            ToolStep(calls=[ScriptedCall(name="sleepy", arguments={"seconds": 0}, id="c1")]),
            TextStep(text="never"),
        ]
    )
    handle = await distributed(Agent(name="guarded", model=script, tools=[guarded]), "go",
                               redis_url=redis_url)  # fmt: skip
    with pytest.raises(TaskFailedError, match=r"approval of tool calls: sleepy \(c1\)"):
        await handle.result(timeout=20)
    status = await handle.status()
    assert status is not None
    assert status.status == "FAILED"
    await handle.close()
