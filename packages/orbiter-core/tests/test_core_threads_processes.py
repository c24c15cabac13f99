"""One SQLite thread file shared by two real processes: no run is split, none is lost."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from orbiter.threads import SQLiteThreadStore

# Each process runs RUNS turns on the thread; a turn that finds the thread changed under it
# (the other process appended meanwhile) is run again from the new transcript.
WRITER = """
import asyncio, sys
from orbiter import Agent, run
from orbiter.errors import ThreadConflictError
from orbiter.threads import SQLiteThreadStore

async def main(path, name, runs):
    store = SQLiteThreadStore(path)
    agent = Agent("echo", model="scripted:echo")
    for i in range(runs):
        while True:
            try:
                await run(agent, f"{name}-{i}", thread_id="shared", threads=store)
                break
            except ThreadConflictError:
                pass

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""
RUNS = 25


async def test_two_processes_share_a_thread_without_tearing_it(tmp_path: Path) -> None:
    path = tmp_path / "threads.db"
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            WRITER,
            str(path),
            name,
            str(RUNS),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
    store = SQLiteThreadStore(path)
    messages = await store.load("shared")
    runs = await store.runs("shared")
    assert len(runs) == 2 * RUNS
    assert len(messages) == 4 * RUNS
    # Every run is its own two messages, in one piece, and each process's turns are in order.
    texts = [str(m.content) for m in messages]
    pairs = list(zip(texts[::2], texts[1::2], strict=True))
    assert all(asked == answered for asked, answered in pairs)
    for name in ("a", "b"):
        mine = [asked for asked, _ in pairs if asked.startswith(f"{name}-")]
        assert mine == [f"{name}-{i}" for i in range(RUNS)]
    # Runs start where the previous one ended.
    assert [r.start for r in runs] == list(range(0, 4 * RUNS, 2))
    store.close()
