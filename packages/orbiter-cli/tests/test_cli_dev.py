"""`orbiter dev`: an embedded server that is stopped, with its files, when the command ends."""

from __future__ import annotations

import json
import os
import signal
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
import redis
from _cli_testkit import Running, run_here, wait_gone

from orbiter.cli.devserver import free_port


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_dev_serves_then_cleans_up(background: Callable[..., Running], sig: signal.Signals) -> None:
    port = free_port()
    dev = background("dev", "--port", str(port), "--json")
    info = json.loads(dev.wait_for(lambda line: line.startswith("{")))
    assert info["url"] == f"redis://127.0.0.1:{port}"
    client = redis.Redis.from_url(info["url"])
    assert client.ping()
    client.set("k", "v")
    client.close()
    dev.proc.send_signal(sig)
    assert dev.proc.wait(15) == 0
    assert wait_gone([info["pid"]]) == []
    assert not Path(info["dir"]).exists()


def test_dev_prints_export_line(background: Callable[..., Running]) -> None:
    port = free_port()
    dev = background("dev", "--port", str(port))
    line = dev.wait_for(lambda line: "export ORBITER_REDIS_URL" in line)
    assert line.strip() == f"export ORBITER_REDIS_URL=redis://127.0.0.1:{port}"
    server = [p.pid for p in dev.descendants()]
    assert server
    dev.proc.send_signal(signal.SIGINT)
    assert dev.proc.wait(15) == 0
    assert wait_gone(server) == []


def test_dev_server_dies_with_a_killed_command(background: Callable[..., Running]) -> None:
    dev = background("dev", "--port", str(free_port()), "--json")
    info = json.loads(dev.wait_for(lambda line: line.startswith("{")))
    os.kill(dev.proc.pid, signal.SIGKILL)
    dev.proc.wait(10)
    assert wait_gone([info["pid"]]) == []
    # Its folder outlives it, until the next `orbiter dev` sweeps folders of dead commands.
    assert Path(info["dir"]).exists()
    again = background("dev", "--port", str(free_port()), "--json")
    json.loads(again.wait_for(lambda line: line.startswith("{")))
    assert not Path(info["dir"]).exists()


def test_dev_port_in_use() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        done = run_here("dev", "--port", str(port))
    assert done.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use" in done.stderr
