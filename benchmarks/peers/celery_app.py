"""Celery on Redis (broker and result backend), one worker process with 32 threads."""

import os

from celery import Celery

_url = os.environ["BENCH_REDIS_URL"]
app = Celery("bench", broker=_url, backend=_url)
app.conf.update(
    task_default_queue="bench",
    broker_connection_retry_on_startup=True,
    worker_hijack_root_logger=False,
    result_expires=3600,
)


@app.task(name="noop")
def noop() -> int:
    return 1
