"""What `orbiter start worker` prints per task: a line per task when few run, a summary line
when many short tasks run (so printing does not cost throughput), nothing routine with --quiet.
Real worker processes on a real Redis."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from _cli_testkit import Running, cli_env, start_worker_in
from cli_test_agents import failing, short

from orbiter import Agent
from orbiter.distributed import TaskFailedError, distributed

ECHO = Agent(name="echo", model="scripted:echo")
HERE = Path(__file__).resolve().parent
SUMMARY = re.compile(r"… (.*) in the last [\d.]+ s")


def _counted(lines: list[str]) -> dict[str, int]:
    """Tasks each line reports: one per task line, the counts of each summary line."""
    counts = dict.fromkeys(["started", "completed", "failed", "stopped", "log"], 0)
    for line in lines:
        if "▶ started" in line:
            counts["started"] += 1
        elif "✓ completed" in line:
            counts["completed"] += 1
        elif "✗ failed" in line:
            counts["failed"] += 1
        elif found := SUMMARY.search(line):
            for part in found.group(1).split(", "):
                n, kind = part.split(" ", 1)
                counts[kind] += int(n.replace(",", ""))
    return counts


async def test_a_burst_of_short_tasks_is_summarised_and_every_task_is_counted(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    worker = start_worker_in(background, redis_url, tmp_path, "out-burst", "--concurrency", "32")
    handles = await asyncio.gather(
        *(distributed(ECHO, f"t{i}", redis_url=redis_url, queue="out-burst") for i in range(400))
    )
    await asyncio.gather(*(h.result(timeout=60) for h in handles))
    worker.stop()
    worker.rest()
    summaries = [line for line in worker.lines if SUMMARY.search(line)]
    task_lines = [line for line in worker.lines if "▶ started" in line or "✓ completed" in line]
    assert summaries, worker.lines
    assert len(task_lines) < 400  # far fewer lines than the 800 of one per start and end
    counts = _counted(worker.lines)
    assert counts["started"] == 400
    assert counts["completed"] == 400


async def test_one_task_still_gets_its_own_lines(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    worker = start_worker_in(background, redis_url, tmp_path, "out-one")
    handle = await distributed(ECHO, "hi", redis_url=redis_url, queue="out-one")
    await handle.result(timeout=20)
    worker.wait_for(lambda line: "▶ started" in line and handle.task_id in line)
    worker.wait_for(lambda line: "✓ completed" in line and handle.task_id in line)
    assert not any(SUMMARY.search(line) for line in worker.lines)


async def test_quiet_leaves_out_routine_lines_but_shows_failures(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    worker = start_worker_in(background, redis_url, tmp_path, "out-quiet", "--quiet")
    handle = await distributed(ECHO, "fine", redis_url=redis_url, queue="out-quiet")
    await handle.result(timeout=20)
    bad = Agent(name="bad", model="scripted:no_such_module:SCRIPT")
    failing = await distributed(bad, "x", redis_url=redis_url, queue="out-quiet")
    with pytest.raises(TaskFailedError):
        await failing.result(timeout=20)
    worker.wait_for(lambda line: "✗ failed" in line and failing.task_id in line)
    assert not any("▶ started" in line or "✓ completed" in line for line in worker.lines)


def test_log_level_is_checked(redis_url: str) -> None:
    from _cli_testkit import run_here

    done = run_here("start", "worker", "--redis-url", redis_url, "--log-level", "loud")
    assert done.returncode == 2
    assert "must be debug, info, warning or error" in done.stderr


async def test_a_few_slow_tasks_get_a_line_each(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    worker = start_worker_in(
        background, redis_url, tmp_path, "out-slow", "--allowed-modules", "cli_test_agents",
        env=cli_env(PYTHONPATH=str(HERE)),
    )  # fmt: skip
    handles = await asyncio.gather(
        *(distributed(short, f"t{i}", redis_url=redis_url, queue="out-slow") for i in range(3))
    )
    await asyncio.gather(*(h.result(timeout=30) for h in handles))
    for handle in handles:
        worker.wait_for(lambda line, t=handle.task_id: "✓ completed" in line and t in line)
    worker.stop()
    worker.rest()
    for handle in handles:
        started = [line for line in worker.lines if "▶ started" in line]
        assert sum(handle.task_id in line and "napper" in line for line in started) == 1
    assert not any(SUMMARY.search(line) for line in worker.lines), worker.lines


async def test_failures_in_a_burst_keep_their_own_lines(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    worker = start_worker_in(
        background, redis_url, tmp_path, "out-mixed", "--concurrency", "32", "--max-attempts",
        "1", "--allowed-modules", "cli_test_agents", env=cli_env(PYTHONPATH=str(HERE)),
    )  # fmt: skip
    agents = [failing if i % 40 == 0 else ECHO for i in range(400)]
    handles = await asyncio.gather(
        *(
            distributed(a, f"t{i}", redis_url=redis_url, queue="out-mixed")
            for i, a in enumerate(agents)
        )
    )
    outcomes = await asyncio.gather(
        *(h.result(timeout=60) for h in handles), return_exceptions=True
    )
    failed = {
        h.task_id
        for h, out in zip(handles, outcomes, strict=True)
        if isinstance(out, TaskFailedError)
    }
    assert len(failed) == 10
    worker.stop()
    worker.rest()
    assert any(SUMMARY.search(line) for line in worker.lines), worker.lines
    shown = {t for t in failed for line in worker.lines if "✗ failed" in line and t in line}
    assert shown == failed
    counts = _counted(worker.lines)
    assert counts["started"] == 400
    assert counts["completed"] == 390
    assert counts["failed"] == 10
