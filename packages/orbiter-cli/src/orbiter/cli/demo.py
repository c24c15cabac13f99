"""``orbiter demo``: server, worker, a Swarm with tools, live events; then everything stops."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from pathlib import Path

from orbiter.cli._context import CliError, console
from orbiter.cli._redis import checked_url, ping, shown_url
from orbiter.cli.devserver import DevServer, _die_with_parent, free_port
from orbiter.cli.tasks import follow_task, run_async
from orbiter.distributed.settings import read

_DEMO_MODULE = "orbiter.cli.demo_agents"


class _WorkerProcess:
    """An ``orbiter start worker`` subprocess whose output goes to a log file."""

    def __init__(self, url: str, queue: str) -> None:
        # Named like the dev server's folders, so a later `orbiter dev`/`demo` sweeps it away
        # if this command is killed before it can.
        self.dir = tempfile.mkdtemp(prefix=f"orbiter-dev-{os.getpid()}-demo-")
        self.log = Path(self.dir) / "worker.log"
        args = [
            sys.executable, "-m", "orbiter.cli", "--no-color", "start", "worker",
            "--redis-url", url, "--queue", queue, "--allowed-modules", _DEMO_MODULE,
            "--concurrency", "2", "--drain-timeout", "5",
        ]  # fmt: skip
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"},
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
                # Ctrl-C in the terminal reaches only the demo, which then stops the worker.
                start_new_session=True,
            )

    def output(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if " connected to " in self.output():
                return
            if self.proc.poll() is not None:
                tail = self.output().strip().splitlines()[-3:]
                raise CliError(
                    f"the demo worker exited with code {self.proc.returncode}: "
                    + (" | ".join(tail) or "no output")
                )
            time.sleep(0.02)
        raise CliError(f"the demo worker did not start within {timeout:.0f} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def run_demo(*, detailed: bool, json_mode: bool) -> None:
    """Run the demo end to end; every process it starts is stopped before it returns."""
    out = console()
    err = console(stderr=True)
    note = err if json_mode else out
    queue = f"demo-{uuid.uuid4().hex[:8]}"
    with ExitStack() as cleanup:
        note.print("[bold]Orbiter demo[/]: a Swarm of two agents (scout → writer) using tools on")
        note.print("the scripted model, run by a worker process over Redis. No network needed.\n")
        env_url = read("redis_url")
        if env_url:
            url = checked_url(env_url)
            run_async(lambda: ping(url))
            note.print(f"[green]●[/] Redis   {shown_url(url)} [dim](from ORBITER_REDIS_URL)[/]")
        else:
            server = DevServer(port=free_port())
            server.start()
            cleanup.callback(server.close)
            url = server.url
            note.print(f"[green]●[/] Redis   {url} [dim](embedded Valkey, pid {server.pid})[/]")
        worker = _WorkerProcess(url, queue)
        cleanup.callback(worker.stop)
        if out.is_terminal and not json_mode:
            with err.status("starting a worker…"):
                worker.wait_ready()
        else:
            worker.wait_ready()
        note.print(f"[green]●[/] worker  pid {worker.proc.pid} on queue [bold]{queue}[/]")
        try:
            record = run_async(lambda: _submit_and_follow(url, queue, detailed, json_mode))
        except CliError:
            tail = worker.output().strip()
            if tail:
                err.print("[dim]worker output:[/]")
                err.print(tail, markup=False)
            raise
        if not json_mode:
            out.print(
                f"\n[green]✓[/] task {record[0]} {record[1]} on worker {record[2]} "
                f"(attempt {record[3]})"
            )
    note.print(
        "[dim]cleaned up: worker stopped"
        + ("" if env_url else ", server stopped and its files removed")
        + "[/]"
    )
    if not json_mode:
        out.print(
            "\nNext: [bold]orbiter dev[/] for a server of your own, [bold]orbiter start worker"
            '[/], then [bold]orbiter submit your.module:agent "..." --follow[/].'
        )


async def _submit_and_follow(
    url: str, queue: str, detailed: bool, json_mode: bool
) -> tuple[str, str, str, int]:
    from orbiter.cli.demo_agents import DEMO_INPUT, trip_planner
    from orbiter.distributed.client import distributed

    began = time.monotonic()
    handle = await distributed(
        trip_planner,
        DEMO_INPUT,
        detailed=True,
        redis_url=url,
        queue=queue,
        metadata={"source": "orbiter demo"},
        timeout=60,
    )
    async with handle:
        if not json_mode:
            console().print(f"[green]●[/] task    {handle.task_id}\n")
            console().print(f"[bold]> {DEMO_INPUT}[/]\n")
        await follow_task(handle, detailed=detailed, json_mode=json_mode, started=began)
        record = await handle.status()
    if record is None:
        raise CliError(f"task {handle.task_id} vanished from Redis")
    return record.task_id, str(record.status), record.worker_id or "?", record.attempt
