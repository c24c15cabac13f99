"""Every Python code block in ``docs/*.md`` and the README runs, so the docs cannot drift.

How a page marks its blocks (an HTML comment on the line right before the fence):

- ``<!-- not-tested: reason -->``: the block cannot run here (a real API key, a cluster...).
- ``<!-- file: myapp/tools.py -->``: the block is a module a reader saves under that path; it is
  written into a scratch folder that is on ``sys.path`` for the examples and on ``PYTHONPATH``
  for the worker, so tools and agents defined there travel to workers by import path.

Every other ``python`` block is executed on its own, top-level ``await`` allowed, with
``ORBITER_REDIS_URL`` pointing at the test server and ``redis://localhost:6379`` (with or without
a database number) in the text replaced by that URL. Blocks that use ``distributed`` get a real
worker subprocess.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import io
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from testkit.workers import WorkerProc

ROOT = Path(__file__).resolve().parent.parent
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^(\s*)```(\w*)\s*$")
MARK = re.compile(r"^\s*<!--\s*(not-tested|file)\s*:\s*(.+?)\s*-->\s*$")
# A URL in an example, with or without a database number, is pointed at the test's database.
DOC_URL = re.compile(r"redis://localhost:6379(/\d+)?")
BLOCK_TIMEOUT = 60.0
# Pub/Sub channels are server-wide, not per database: a prefix of our own keeps the examples'
# worker from hearing other tests' control messages.
KEY_PREFIX = f"docs{os.getpid()}"


@dataclass
class Block:
    page: Path
    line: int
    lang: str
    code: str
    mark: tuple[str, str] | None

    @property
    def id(self) -> str:
        return f"{self.page.name}:{self.line}"

    @property
    def needs_worker(self) -> bool:
        return "distributed" in self.code


def parse(page: Path) -> list[Block]:
    """The fenced blocks of a Markdown page, with the marker comment just before each."""
    blocks: list[Block] = []
    lines = page.read_text().splitlines()
    i = 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        start, indent = i, fence.group(1)
        i += 1
        body: list[str] = []
        while i < len(lines) and not lines[i].strip().startswith("```"):
            # A fence inside a list item is indented; so is its body.
            body.append(lines[i].removeprefix(indent))
            i += 1
        j = start - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        found = MARK.match(lines[j]) if j >= 0 else None
        mark = (found.group(1), found.group(2)) if found else None
        blocks.append(Block(page, start + 1, fence.group(2).lower(), "\n".join(body) + "\n", mark))
        i += 1
    return blocks


ALL_BLOCKS = [b for page in PAGES if page.exists() for b in parse(page)]
PYTHON = [b for b in ALL_BLOCKS if b.lang in ("python", "py")]
FILES = [b for b in PYTHON if b.mark and b.mark[0] == "file"]
RUNNABLE = [b for b in PYTHON if b.mark is None]


def test_every_python_block_is_run_or_says_why_not() -> None:
    """A block is executed, saved as a module, or carries a reason; and the docs have blocks."""
    assert RUNNABLE, "no runnable Python blocks found in docs/ or the README"
    for block in PYTHON:
        if block.mark and block.mark[0] == "not-tested":
            assert len(block.mark[1]) > 5, f"{block.id}: give a reason after not-tested:"
    for block in ALL_BLOCKS:
        assert block.lang, f"{block.id}: name the language of every code block (```python, ```bash)"


@pytest.fixture(scope="module")
def modules_dir() -> Iterator[Path]:
    """The docs' module blocks, saved where examples and workers import them from."""
    with tempfile.TemporaryDirectory(prefix="orbiter-docs-") as tmp:
        base = Path(tmp)
        for block in FILES:
            path = base / block.mark[1]  # type: ignore[index]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(block.code)
            for parent in path.relative_to(base).parents:
                init = base / parent / "__init__.py"
                if parent != Path(".") and not init.exists():
                    init.write_text("")
        sys.path.insert(0, tmp)
        try:
            yield base
        finally:
            sys.path.remove(tmp)
            for name in [m for m in sys.modules if _defined_in(sys.modules[m], tmp)]:
                del sys.modules[name]


def _defined_in(module: Any, folder: str) -> bool:
    return str(getattr(module, "__file__", None) or "").startswith(folder)


@pytest.fixture(scope="module")
def docs_redis(redis_server_url: str) -> Iterator[str]:
    """A database of the session server for the docs' examples (flushed before and after)."""
    import redis

    url = f"{redis_server_url}/0"
    client = redis.Redis.from_url(url)
    client.flushdb()
    try:
        yield url
    finally:
        client.flushdb()
        client.close()


class WorkerProcess:
    """One worker subprocess on the docs' database, started the first time a block needs it."""

    def __init__(self, url: str, modules: Path) -> None:
        self.url, self.modules = url, modules
        self.worker: WorkerProc | None = None
        self.started = 0

    def ensure(self) -> None:
        if self.worker is not None and self.worker.proc.poll() is None:
            return
        self.started += 1
        self.worker = WorkerProc(
            self.url,
            "--concurrency", "8",
            worker_id=f"docs-{self.started}",
            path=[self.modules],
            env={"ORBITER_KEY_PREFIX": KEY_PREFIX},
        )  # fmt: skip

    def output(self) -> str:
        return self.worker.output()[-3000:] if self.worker is not None else ""

    def close(self) -> None:
        if self.worker is not None:
            self.worker.stop()


@pytest.fixture(scope="module")
def docs_worker(docs_redis: str, modules_dir: Path) -> Iterator[WorkerProcess]:
    worker = WorkerProcess(docs_redis, modules_dir)
    try:
        yield worker
    finally:
        worker.close()


def execute(code: str, filename: str) -> str:
    """Run a block as a script would (top-level await allowed) in a thread with its own loop.

    A thread, so that blocks calling ``asyncio.run()`` themselves work too. Returns stdout.
    """
    tree = compile(code, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    namespace: dict[str, Any] = {"__name__": "__main__", "__file__": filename}
    out = io.StringIO()
    failure: list[BaseException] = []

    def target() -> None:
        try:
            with contextlib.redirect_stdout(out):
                result = eval(tree, namespace)
                if asyncio.iscoroutine(result):
                    asyncio.run(asyncio.wait_for(result, BLOCK_TIMEOUT))
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(BLOCK_TIMEOUT + 5)
    if thread.is_alive():
        raise AssertionError(f"{filename} did not finish in {BLOCK_TIMEOUT}s")
    if failure:
        raise failure[0]
    return out.getvalue()


def _task_states(url: str) -> str:
    """Every task's status in the docs' database: tells a stuck worker from a lost wake-up."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        rows = [
            f"{key.decode()}: {client.hget(key, 'status')!r}"
            for key in client.scan_iter("*:task:*")
        ]
        return "\n--- tasks ---\n" + "\n".join(rows)
    except redis.RedisError as exc:
        return f"\n(could not read tasks: {exc})"
    finally:
        client.close()


@pytest.mark.parametrize("block", RUNNABLE, ids=[b.id for b in RUNNABLE])
def test_docs_example_runs(
    block: Block,
    modules_dir: Path,
    docs_redis: str,
    docs_worker: WorkerProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ORBITER_REDIS_URL", docs_redis)
    monkeypatch.setenv("ORBITER_KEY_PREFIX", KEY_PREFIX)
    if block.needs_worker:
        docs_worker.ensure()
    code = DOC_URL.sub(docs_redis, block.code)
    started = time.monotonic()
    try:
        execute(code, f"<{block.id}>")
    except BaseException as exc:
        worker_log = docs_worker.output() + _task_states(docs_redis) if block.needs_worker else ""
        raise AssertionError(
            f"example {block.id} failed after {time.monotonic() - started:.1f}s: "
            f"{type(exc).__name__}: {exc}\n--- code ---\n{block.code}"
            + (f"--- worker log ---\n{worker_log}" if worker_log else "")
        ) from exc
