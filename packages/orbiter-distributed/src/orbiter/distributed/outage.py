"""What to tell a user when Redis cannot be used: the URL without its password, and why."""

from __future__ import annotations

from urllib.parse import urlsplit

from redis.exceptions import TimeoutError as RedisTimeoutError

from orbiter.distributed.errors import RedisUnavailableError

HINT = (
    "Start a Redis server (`orbiter dev` runs one for development), or point ORBITER_REDIS_URL "
    "or redis_url= at a running one"
)


def safe_url(url: str) -> str:
    """``url`` with its password replaced by ``***``, for messages, logs and printing.

    Works on the raw user part, so a percent-encoded password is masked too and an IPv6 host
    keeps its brackets.
    """
    parts = urlsplit(url)
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.partition(":")[0]
    return parts._replace(netloc=f"{user}:***@{host}").geturl()


def tls_failed(url: str, exc: BaseException) -> bool:
    """A rediss:// connection that timed out or broke during the TLS handshake."""
    if not url.startswith(("rediss://", "rediss+sentinel://")):
        return False
    text = str(exc).lower()
    return isinstance(exc, RedisTimeoutError) or any(
        word in text for word in ("ssl", "tls", "timeout", "timed out", "handshake")
    )


def unreachable(url: str, exc: BaseException, *, was_up: bool = False) -> RedisUnavailableError:
    """The error for a Redis that does not answer at ``url``.

    Args:
        was_up: it answered before (an outage rather than a wrong address).
    """
    reason = str(exc).rstrip(".")
    if tls_failed(url, exc) and "certificate" in reason.lower():
        text = (
            f"the TLS certificate of Redis at {safe_url(url)} could not be verified ({reason}). "
            "Name the certificate authority in the URL: rediss://host:port?ssl_ca_certs=/path/ca.pem"
        )
    elif tls_failed(url, exc):
        text = (
            f"the TLS handshake with Redis at {safe_url(url)} failed ({reason}): the server may "
            "not speak TLS. Use redis:// for a plain server, or the port where it serves TLS"
        )
    elif was_up:
        text = (
            f"Redis at {safe_url(url)} stopped answering ({reason}). Tasks and their state are "
            "kept in Redis: try again once it is back"
        )
    else:
        text = f"cannot connect to Redis at {safe_url(url)} ({reason}). {HINT}"
    err = RedisUnavailableError(text + ".")
    err.__cause__ = exc
    return err
