"""saq worker settings for the no-op job benchmark: ``python -m saq saq_app.settings``."""

import os

from saq import Queue


async def noop(ctx: dict) -> int:
    return 1


queue = Queue.from_url(os.environ["BENCH_REDIS_URL"], name="bench")
settings = {"queue": queue, "functions": [noop], "concurrency": 32}
