"""arq worker settings: ``python -m arq arq_app.WorkerSettings``."""

import os

from arq.connections import RedisSettings

POLL = 0.005  # arq's default 0.5 s poll would dominate latency; this is its fastest sane setting


async def noop(ctx: dict) -> int:
    return 1


class WorkerSettings:
    functions = [noop]
    redis_settings = RedisSettings.from_dsn(os.environ["BENCH_REDIS_URL"])
    max_jobs = 32
    poll_delay = POLL
    keep_result = 3600
