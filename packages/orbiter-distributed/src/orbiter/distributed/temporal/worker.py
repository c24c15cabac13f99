"""A Temporal worker for Orbiter runs: polls the task queue, runs workflows and activities.

Besides Temporal's own polling it listens on the Redis control channel, where
``TaskHandle.cancel()`` announces cancel requests, and turns each one that concerns a Temporal
task into a workflow cancel, which reaches the call in flight through its heartbeat.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import time
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from redis.asyncio import Redis

from orbiter.distributed._pubsub import Listener
from orbiter.distributed.connection import TRANSIENT, connect
from orbiter.distributed.errors import TemporalUnavailableError
from orbiter.distributed.keys import DEFAULT_DRAIN_TIMEOUT, Keys, resolve_redis_url
from orbiter.distributed.outage import unreachable
from orbiter.distributed.payload import (
    allow_any_module_from,
    allowed_modules_from,
    import_gate,
)
from orbiter.distributed.registry import WorkerInfo, WorkerRegistry
from orbiter.distributed.settings import read
from orbiter.distributed.targets import Targets, TargetsArg
from orbiter.distributed.temporal.records import TaskRecords
from orbiter.distributed.temporal.settings import TemporalSettings, require_temporalio
from orbiter.errors import ConfigurationError

require_temporalio()  # says which extra to install, rather than failing on the imports below
from temporalio.worker import (  # noqa: E402
    ActivityInboundInterceptor,
    ExecuteActivityInput,
    Interceptor,
)

from orbiter.distributed.temporal.activities import RunActivities  # noqa: E402
from orbiter.distributed.temporal.workflow import TARGETS, RunWorkflow  # noqa: E402

log = logging.getLogger("orbiter.distributed.temporal")


class _RunningCalls(Interceptor):
    """Knows the calls (activities) running on this worker, so a forced stop can cancel them."""

    def __init__(self) -> None:
        self.tasks: set[asyncio.Task[Any]] = set()
        self.cancelled = False

    def cancel_all(self) -> None:
        """Cancel every running call now, and each one that starts from now on."""
        self.cancelled = True
        for task in self.tasks:
            task.cancel()

    def intercept_activity(self, next: ActivityInboundInterceptor) -> ActivityInboundInterceptor:
        return _Tracked(next, self)


class _Tracked(ActivityInboundInterceptor):
    def __init__(self, next: ActivityInboundInterceptor, calls: _RunningCalls) -> None:
        super().__init__(next)
        self.calls = calls

    async def execute_activity(self, input: ExecuteActivityInput) -> Any:
        task = asyncio.current_task()
        assert task is not None  # activities run in a task of their own
        if self.calls.cancelled:
            task.cancel()  # the worker is being stopped at once: give the call back now
        self.calls.tasks.add(task)
        try:
            return await super().execute_activity(input)
        finally:
            self.calls.tasks.discard(task)


class TemporalWorker:
    """Runs Orbiter tasks submitted with ``executor="temporal"``.

    Args:
        redis_url: where task records and events live (``ORBITER_REDIS_URL`` when None).
        concurrency: model and tool calls this worker runs at once.
        allowed_modules: modules tools, hooks and types may come from
            (``ORBITER_ALLOWED_MODULES`` when None); unset: your own code and ``orbiter``, as
            on the Redis worker.
        allow_any_module: import whatever a run names (``ORBITER_ALLOW_ANY_MODULE``;
            development only).
        targets: run only these Agents and Swarms, by name (as on the Redis worker).
        temporal: server, namespace and task queue (``ORBITER_TEMPORAL_*`` when None).
        sticky_timeout: seconds Temporal waits for this worker to take up a run it cached
            before handing it to another worker; lower means faster recovery after a crash
            (``ORBITER_TEMPORAL_STICKY_TIMEOUT``, default 5).
        drain_timeout: on shutdown, seconds running calls get to finish; calls still running
            then are cancelled and run again by another worker.
        handle_signals: install SIGTERM/SIGINT handlers in :meth:`run`: the first drains, a
            second one stops at once (see :meth:`stop`).
    """

    def __init__(
        self,
        redis_url: str | None = None,
        *,
        concurrency: int = 4,
        allowed_modules: Sequence[str] | str | None = None,
        allow_any_module: bool | None = None,
        targets: TargetsArg = None,
        key_prefix: str | None = None,
        temporal: TemporalSettings | None = None,
        sticky_timeout: float | None = None,
        identity: str | None = None,
        drain_timeout: float = DEFAULT_DRAIN_TIMEOUT,
        handle_signals: bool = True,
    ) -> None:
        if concurrency < 1:
            raise ConfigurationError(f"concurrency must be at least 1, got {concurrency}")
        self.redis_url = resolve_redis_url(redis_url)
        self.concurrency = concurrency
        self.allowed_modules = allowed_modules_from(allowed_modules)
        self.allow_any_module = allow_any_module_from(allow_any_module)
        self.imports = import_gate(self.allowed_modules, self.allow_any_module)
        self.targets = Targets(self.imports, targets)
        self.keys = Keys.from_env(key_prefix)
        self.temporal = temporal or TemporalSettings()
        self.sticky_timeout: float = read("temporal_sticky_timeout", sticky_timeout)
        self.identity = identity or f"temporal:{socket.gethostname()}:{os.getpid()}"
        self.drain_timeout = drain_timeout
        self.handle_signals = handle_signals
        self.ready = asyncio.Event()
        self._stop = asyncio.Event()
        self._calls = _RunningCalls()

    def stop(self, *, force: bool = False) -> None:
        """Stop polling and shut down.

        Running calls get ``drain_timeout`` seconds to finish; with ``force`` they are cancelled
        at once. Either way a call cut short runs again on another worker.
        """
        self._stop.set()
        if force:
            self._calls.cancel_all()

    def _on_signal(self) -> None:
        # As on the Redis worker: the first signal drains, a second one stops at once.
        self.stop(force=self._stop.is_set())

    async def _connect_redis(self) -> Redis:
        redis = connect(self.redis_url)
        try:
            await redis.ping()
        except TRANSIENT as exc:
            await redis.aclose()
            raise unreachable(self.redis_url, exc) from exc
        return redis

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Work until :meth:`stop` (or SIGTERM/SIGINT, or ``stop`` is set), then shut down.

        Raises:
            TemporalUnavailableError: the Temporal server does not answer.
            RedisUnavailableError: Redis does not answer (also a ``ConnectionError``).
        """
        loop = asyncio.get_running_loop()
        if self.handle_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, self._on_signal)
        try:
            await self._serve(stop)
        finally:
            if self.handle_signals:
                for sig in (signal.SIGTERM, signal.SIGINT):
                    loop.remove_signal_handler(sig)

    async def _serve(self, stop: asyncio.Event | None) -> None:
        from temporalio.worker import PollerBehaviorSimpleMaximum, Worker

        redis = await self._connect_redis()
        try:
            client = await self.temporal.connect()
            records = TaskRecords(redis, keys=self.keys)
            activities = RunActivities(
                records,
                allowed_modules=self.imports,
                targets=self.targets.registered,
                identity=self.identity,
            )
            worker = Worker(
                client,
                task_queue=self.temporal.task_queue,
                workflows=[RunWorkflow],
                activities=activities.all(),
                max_concurrent_activities=self.concurrency,
                # Each waiting poll holds a call slot. Polling with at most half of them leaves
                # slots free for the calls a run schedules next to be handed over with the
                # workflow task (eager), which halves the time a step spends in Temporal.
                activity_task_poller_behavior=PollerBehaviorSimpleMaximum(
                    max(1, min(5, self.concurrency // 2))
                ),
                sticky_queue_schedule_to_start_timeout=timedelta(seconds=self.sticky_timeout),
                graceful_shutdown_timeout=timedelta(seconds=self.drain_timeout),
                identity=self.identity,
                interceptors=[self._calls],
            )
            TARGETS[self.temporal.task_queue] = self.targets
            relay = asyncio.create_task(self._relay_cancels(redis, client))
            beat = asyncio.create_task(self._announce(redis, activities))
            try:
                async with worker:
                    self.ready.set()
                    log.info(
                        "temporal worker %s polling %r on %s",
                        self.identity,
                        self.temporal.task_queue,
                        self.temporal.address,
                    )
                    waits = [asyncio.ensure_future(self._stop.wait())]
                    if stop is not None:
                        waits.append(asyncio.ensure_future(stop.wait()))
                    try:
                        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                    finally:
                        for w in waits:
                            w.cancel()
            finally:
                relay.cancel()
                beat.cancel()
                await asyncio.gather(relay, beat, return_exceptions=True)
                await self._withdraw(redis)
        finally:
            await redis.aclose()

    async def _announce(self, redis: Redis, activities: RunActivities) -> None:
        """Keep this worker in the Redis worker registry, so worker listings show it."""
        registry = WorkerRegistry(redis, self.keys)
        started = time.time()
        while True:
            info = WorkerInfo(
                queue=f"temporal:{self.temporal.task_queue}",
                concurrency=self.concurrency,
                in_flight=activities.in_flight,
                started_at=started,
                completed=activities.finished,
                draining=self._stop.is_set(),
            )
            try:
                await registry.beat(self.identity, info, ttl=10)
            except TRANSIENT as exc:
                log.debug("could not announce worker %s: %s", self.identity, exc)
            await asyncio.sleep(2.0)

    async def _withdraw(self, redis: Redis) -> None:
        try:
            await WorkerRegistry(redis, self.keys).remove(self.identity)
        except TRANSIENT as exc:
            log.debug("could not deregister worker %s: %s", self.identity, exc)

    async def _relay_cancels(self, redis: Redis, client: Any) -> None:
        """Turn cancel requests published on Redis into workflow cancels."""
        from temporalio.service import RPCError

        requests: asyncio.Queue[bytes] = asyncio.Queue()

        def on_control(task_id: bytes | None) -> None:
            # None means the live connection was re-made and a request may have been missed;
            # the running calls' own check of the cancel flag in Redis catches those.
            if task_id is not None:
                requests.put_nowait(task_id)

        listener = Listener(redis)
        try:
            await listener.subscribe(self.keys.control, on_control)
            while True:
                task_id = (await requests.get()).decode(errors="replace")
                try:
                    executor = await redis.hget(self.keys.task(task_id), "executor")
                except TRANSIENT as exc:
                    log.warning("cancel of %s not relayed, Redis is unreachable: %s", task_id, exc)
                    continue
                if executor != b"temporal":
                    continue
                try:
                    await client.get_workflow_handle(task_id).cancel()
                except RPCError as exc:
                    # Already finished, or cancelled by another worker: nothing to do.
                    log.debug("cancel of %s not delivered: %s", task_id, exc)
        finally:
            await listener.close()


def main() -> None:
    """``python -m orbiter.distributed.temporal.worker``: a worker configured from the env."""
    logging.basicConfig(level=read("log_level").upper())
    worker = TemporalWorker(concurrency=read("concurrency"))

    try:
        asyncio.run(worker.run())
    except TemporalUnavailableError as exc:
        raise SystemExit(f"error: {exc}") from None
    except ConnectionError as exc:
        raise SystemExit(f"error: {exc}") from None


if __name__ == "__main__":
    main()
