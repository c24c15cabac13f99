"""taskiq with taskiq-redis's stream broker: ``python -m taskiq worker taskiq_app:broker``."""

import os

from taskiq_redis import RedisAsyncResultBackend, RedisStreamBroker

_url = os.environ["BENCH_REDIS_URL"]
broker = RedisStreamBroker(_url, queue_name="bench").with_result_backend(
    RedisAsyncResultBackend(_url)
)


@broker.task
async def noop() -> int:
    return 1
