"""Redis Sentinel URLs: which sentinels to ask, for which master, and the pool that follows it.

``redis+sentinel://[user:password@]host1:port1,host2:port2/<master name>[/db][?options]``
(``rediss+sentinel://`` for TLS). The user and password in the URL log in to the master (and
its replicas); sentinels that need a login of their own get ``?sentinel_username=`` and
``?sentinel_password=``. Other query options (``ssl_ca_certs=``, ``socket_timeout=``...) are
redis-py's, as in a plain URL, and apply to the master and the sentinels alike.

Every connection asks the sentinels for the master's address when it connects, so after a
failover the next reconnect (which Orbiter's retry loops make anyway) reaches the new primary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from redis.asyncio.connection import BlockingConnectionPool, ConnectionPool, parse_url
from redis.asyncio.sentinel import Sentinel, SentinelConnectionPool

SCHEMES = ("redis+sentinel", "rediss+sentinel")
DEFAULT_SENTINEL_PORT = 26379
FORM = "redis+sentinel://[user:password@]host1:port1,host2:port2,.../<master name>[/db]"
_SENTINEL_ONLY = ("sentinel_username", "sentinel_password")


@dataclass(frozen=True, slots=True)
class SentinelUrl:
    """The parts of a ``redis+sentinel://`` URL."""

    sentinels: tuple[tuple[str, int], ...]
    master: str
    db: int = 0
    tls: bool = False
    username: str | None = None
    password: str | None = None
    sentinel_auth: dict[str, str] = field(default_factory=dict)
    query: tuple[tuple[str, str], ...] = ()

    def connection_options(self) -> dict[str, Any]:
        """redis-py keyword arguments for the master's connections (and the sentinels')."""
        # redis-py's own URL parser types the query options exactly as it does for plain URLs.
        scheme = "rediss" if self.tls else "redis"
        plain = f"{scheme}://localhost/{self.db}"
        if self.query:
            plain += "?" + urlencode(self.query)
        options: dict[str, Any] = dict(parse_url(plain))
        for name in ("host", "port", "connection_class"):
            options.pop(name, None)
        if self.username:
            options["username"] = self.username
        if self.password:
            options["password"] = self.password
        return options


def is_sentinel_url(url: str) -> bool:
    return url.split("://", 1)[0].lower() in SCHEMES


def parse_sentinel_url(url: str) -> SentinelUrl:
    """The parts of ``url``; ValueError saying what is wrong with it."""
    parts = urlsplit(url)
    userinfo, _, hosts = parts.netloc.rpartition("@")
    sentinels: list[tuple[str, int]] = []
    for item in hosts.split(","):
        host, port = _host_port(item.strip())
        sentinels.append((host, port))
    path = [p for p in parts.path.split("/") if p]
    if not path:
        raise ValueError("names no master: put the master's name as the path, e.g. .../mymaster")
    if len(path) > 2 or (len(path) == 2 and not path[1].isdigit()):
        raise ValueError("the path must be /<master name> or /<master name>/<db number>")
    username = password = None
    if userinfo:
        user, colon, secret = userinfo.partition(":")
        username = unquote(user) or None
        password = unquote(secret) if colon else None
    query = parse_qsl(parts.query)
    auth = {k: v for k, v in query if k in _SENTINEL_ONLY}
    return SentinelUrl(
        sentinels=tuple(sentinels),
        master=unquote(path[0]),
        db=int(path[1]) if len(path) == 2 else 0,
        tls=parts.scheme.lower() == "rediss+sentinel",
        username=username,
        password=password,
        sentinel_auth={k.removeprefix("sentinel_"): v for k, v in auth.items()},
        query=tuple((k, v) for k, v in query if k not in _SENTINEL_ONLY),
    )


def _host_port(item: str) -> tuple[str, int]:
    if not item:
        raise ValueError("names no sentinel: list them as host1:port1,host2:port2")
    if item.startswith("["):  # [IPv6]:port
        host, _, rest = item[1:].partition("]")
        port_text = rest.removeprefix(":")
    else:
        host, _, port_text = item.rpartition(":") if ":" in item else (item, "", "")
    if not host:
        raise ValueError(f"sentinel {item!r} names no host")
    if not port_text:
        return host, DEFAULT_SENTINEL_PORT
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError(f"sentinel {item!r}: port {port_text!r} is not a port number")
    return host, int(port_text)


class _SentinelPool(SentinelConnectionPool):
    """A sentinel-managed pool that also closes its connections to the sentinels."""

    async def disconnect(self, inuse_connections: bool = True) -> None:
        await super().disconnect(inuse_connections)
        if inuse_connections:  # closing the client (not a reconnect after a failover)
            for client in self.sentinel_manager.sentinels:
                await client.connection_pool.disconnect()


class _BlockingSentinelPool(_SentinelPool, BlockingConnectionPool):
    """The same, where callers beyond ``max_connections`` wait for a free connection."""


def sentinel_pool(url: str, options: dict[str, Any], max_connections: int | None) -> ConnectionPool:
    """A pool of connections to the master ``url`` names, found through its sentinels.

    Args:
        options: connection keyword arguments (timeouts, client name, retry, on-connect hook).
    """
    parsed = parse_sentinel_url(url)
    conn = {**options, **parsed.connection_options()}
    ssl = bool(conn.pop("ssl", False)) or parsed.tls
    sentinel_conn = {
        k: v for k, v in conn.items() if k.startswith(("socket_", "ssl_")) or k == "retry"
    }
    if ssl:
        sentinel_conn["ssl"] = True
    sentinel_conn.update(parsed.sentinel_auth)
    manager = Sentinel(list(parsed.sentinels), sentinel_kwargs=sentinel_conn)
    if max_connections is None:
        return _SentinelPool(parsed.master, manager, ssl=ssl, **conn)
    return _BlockingSentinelPool(
        parsed.master, manager, ssl=ssl, max_connections=max_connections, timeout=None, **conn
    )
