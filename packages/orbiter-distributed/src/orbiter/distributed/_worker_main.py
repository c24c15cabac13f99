"""``python -m orbiter.distributed.worker``: the minimal worker command, no longer documented.

``orbiter start worker`` (in ``orbiter-cli``) is the one command users are shown; without the CLI
wheel the docs show the ``Worker`` class. This entry stays, undocumented, for deployments that
already start it and for the test suite, which starts workers without the CLI's console output.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from redis.exceptions import AuthenticationError

from orbiter.distributed.errors import RedisUnavailableError, WorkerIdInUseError
from orbiter.distributed.keys import DEFAULT_DRAIN_TIMEOUT
from orbiter.distributed.worker import Worker
from orbiter.errors import ConfigurationError
from orbiter.telemetry import setup_from_env

log = logging.getLogger("orbiter.distributed.worker")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m orbiter.distributed.worker``: run a worker until SIGTERM/SIGINT."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m orbiter.distributed.worker", description="Run an Orbiter worker."
    )
    parser.add_argument("--redis-url", default=None, help="default: $ORBITER_REDIS_URL")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--queue", default=None)
    parser.add_argument("--worker-id", default=None)
    parser.add_argument("--drain-timeout", type=float, default=DEFAULT_DRAIN_TIMEOUT)
    parser.add_argument("--lease-seconds", "--lease", type=float, default=None)
    parser.add_argument("--max-attempts", type=int, default=None)
    parser.add_argument("--allowed-modules", default=None, help="comma separated")
    parser.add_argument(
        "--allow-any-module",
        action="store_true",
        default=None,
        help="import whatever a task names (development only)",
    )
    parser.add_argument(
        "--allowed-mcp-commands",
        default=None,
        help="MCP stdio server commands a task may start, comma separated "
        "(default: $ORBITER_ALLOWED_MCP_COMMANDS, else none)",
    )
    parser.add_argument(
        "--rate-limit",
        action="append",
        default=None,
        help="MODEL=AMOUNTS, e.g. openai:gpt-4o=500rpm,200ktpm; repeatable "
        "(default: $ORBITER_RATE_LIMITS)",
    )
    parser.add_argument(
        "--shards", default=None, help="e.g. 0,2,4 or 0-2 (default: $ORBITER_WORKER_SHARDS)"
    )
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        worker = Worker(
            args.redis_url,
            concurrency=args.concurrency,
            queue=args.queue,
            worker_id=args.worker_id,
            drain_timeout=args.drain_timeout,
            lease_seconds=args.lease_seconds,
            max_attempts=args.max_attempts,
            allowed_modules=args.allowed_modules,
            allow_any_module=args.allow_any_module,
            allowed_mcp_commands=args.allowed_mcp_commands,
            rate_limits=args.rate_limit,
            shards=args.shards,
        )
        tracing = setup_from_env("orbiter-worker")  # OTEL_EXPORTER_OTLP_ENDPOINT, when set
    except (ValueError, ConfigurationError) as exc:
        parser.error(str(exc))
    try:
        asyncio.run(worker.run())
    except (AuthenticationError, RedisUnavailableError, WorkerIdInUseError) as exc:
        log.error("%s", exc)
        return 1
    finally:
        if tracing is not None:
            tracing.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
