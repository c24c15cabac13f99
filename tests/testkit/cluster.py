"""A throw-away Redis Cluster of embedded valkey-server nodes, formed by hand.

Each node is a :class:`~orbiter.cli.devserver.DevServer` started with ``--cluster-enabled``;
:func:`form` introduces them with ``CLUSTER MEET``, gives each primary an even range of the
16384 slots with ``CLUSTER ADDSLOTSRANGE``, makes the rest replicas, and waits until every
node says ``cluster_state:ok``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from orbiter.cli.devserver import DevServer, free_port

SLOTS = 16384


class ClusterNode(DevServer):
    """One cluster-enabled node, its cluster state kept in its own folder."""

    bus_port = 0

    def _args(self, folder: str) -> list[str]:
        conf = str(Path(folder) / "nodes.conf")
        return [
            *super()._args(folder),
            "--cluster-enabled", "yes",
            "--cluster-config-file", conf,
            "--cluster-node-timeout", "2000",
            # the bus port is not the default port + 10000, which may pass 65535
            "--cluster-port", str(self.bus_port),
            "--databases", "1",
        ]  # fmt: skip

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, decode_responses=True)


class Cluster:
    """``primaries`` primaries holding even slot ranges, each with ``replicas`` replicas;
    with ``appendonly`` each node keeps its data over a restart."""

    def __init__(self, primaries: int = 3, replicas: int = 0, appendonly: bool = False) -> None:
        self.nodes = [
            ClusterNode(free_port(), appendonly=appendonly, die_with_parent=False)
            for _ in range(primaries * (1 + replicas))
        ]
        for node in self.nodes:
            node.bus_port = free_port()
        self.primaries = self.nodes[:primaries]
        self.replicas = replicas

    @property
    def url(self) -> str:
        """The URL Orbiter takes for this cluster (any node works as the seed)."""
        return f"redis+cluster://127.0.0.1:{self.nodes[0].port}"

    def start(self, timeout: float = 20.0) -> None:
        for node in self.nodes:
            node.start()
        first = self.nodes[0].client()
        for node in self.nodes[1:]:
            first.execute_command("CLUSTER", "MEET", "127.0.0.1", node.port, node.bus_port)
        step = SLOTS // len(self.primaries)
        for i, node in enumerate(self.primaries):
            end = SLOTS - 1 if i == len(self.primaries) - 1 else (i + 1) * step - 1
            node.client().execute_command("CLUSTER", "ADDSLOTSRANGE", i * step, end)
        self._wait(lambda: all(len(self._known(n)) == len(self.nodes) for n in self.nodes), timeout)
        for i, node in enumerate(self.nodes[len(self.primaries) :]):
            primary = self.primaries[i % len(self.primaries)]
            node_id = primary.client().execute_command("CLUSTER", "MYID")
            node.client().execute_command("CLUSTER", "REPLICATE", node_id)
        self._wait(self._ok, timeout)

    def _known(self, node: ClusterNode) -> list[str]:
        text = node.client().execute_command("CLUSTER", "NODES", NEVER_DECODE=True)
        return [line for line in text.decode().splitlines() if line]

    def _ok(self) -> bool:
        for node in self.nodes:
            info = node.client().execute_command("CLUSTER", "INFO", NEVER_DECODE=True)
            if b"cluster_state:ok" not in info:
                return False
        return True

    @staticmethod
    def _wait(condition: object, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if condition():  # type: ignore[operator]
                    return
            except redis.ConnectionError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"the cluster did not form within {timeout:.0f} s")

    def wait_ok(self, timeout: float = 20.0) -> None:
        self._wait(self._ok, timeout)

    def flush(self) -> None:
        for node in self.primaries:
            node.client().flushall()

    def owner(self, slot: int) -> ClusterNode:
        """The primary that serves ``slot`` now."""
        rows = self.nodes[0].client().execute_command("CLUSTER", "SLOTS", NEVER_DECODE=True)
        for start, end, primary, *_ in rows:
            if start <= slot <= end:
                return next(n for n in self.nodes if n.port == int(primary[1]))
        raise LookupError(slot)

    def close(self) -> None:
        for node in self.nodes:
            node.close()

    def __enter__(self) -> Cluster:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@pytest.fixture(scope="session", name="redis_cluster")
def redis_cluster_fixture() -> Iterator[Cluster]:
    """A 3-primary cluster for the session's tests (tests flush it, see ``cluster_url``)."""
    with Cluster() as cluster:
        yield cluster


@pytest.fixture(name="cluster_url")
def cluster_url_fixture(redis_cluster: Cluster) -> str:
    """The URL of the session's cluster, emptied for this test."""
    redis_cluster.wait_ok()
    redis_cluster.flush()
    return redis_cluster.url
