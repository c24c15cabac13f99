"""The worker: claims tasks from a queue, runs them, and keeps its leases alive.

This module keeps the lifecycle only. Read top to bottom: configuration, ``run()`` (start,
serve, drain), the wiring of the parts, the claim loop, and the bookkeeping around each task.
Every Redis operation is a method of :class:`~orbiter.distributed.queue.RedisQueue`; joining
the queue at start is :mod:`~orbiter.distributed.startup`; one attempt's life and the shutdown
drain are :mod:`~orbiter.distributed.attempt`; the heartbeats (leases, cancel flags, reclaiming
lost tasks) are :class:`~orbiter.distributed.heartbeat.Heartbeat`.

Run one with ``orbiter start worker --redis-url redis://...``, which wraps this class.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import signal
import socket
import time
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from redis.exceptions import ResponseError

from orbiter.distributed._pubsub import Listener
from orbiter.distributed._writer import EventWriter, Stream
from orbiter.distributed.attempt import Attempts, Running, drain
from orbiter.distributed.connection import TRANSIENT, Backoff, connect
from orbiter.distributed.delays import DueSet
from orbiter.distributed.executor import Executor, InProcessExecutor, TaskSpec
from orbiter.distributed.heartbeat import Heartbeat
from orbiter.distributed.intake import Intake, target_name
from orbiter.distributed.keys import (
    DEFAULT_DRAIN_TIMEOUT,
    Keys,
    resolve_redis_url,
)
from orbiter.distributed.payload import (
    allow_any_module_from,
    allowed_modules_from,
    import_gate,
    verifying_keys_from,
)
from orbiter.distributed.policy import Gate
from orbiter.distributed.queue import Entry, RedisQueue
from orbiter.distributed.ratelimit import RedisRateLimiter
from orbiter.distributed.registry import WorkerInfo
from orbiter.distributed.replication import ReplicaWait
from orbiter.distributed.settings import read
from orbiter.distributed.shards import served_shards
from orbiter.distributed.startup import join, unless_stopped, warmed_up
from orbiter.distributed.targets import Targets, TargetsArg
from orbiter.distributed.ticker import Ticker, beside
from orbiter.errors import ConfigurationError
from orbiter.mcp.servers import allowed_commands, set_allowed_commands
from orbiter.ratelimit import RateLimit, parse_rate_limits, use_rate_limiter

if TYPE_CHECKING:
    from orbiter.distributed.metrics import WorkerMetrics

log = logging.getLogger("orbiter.distributed.worker")


class Worker:
    """Runs distributed tasks from one queue.

    Args:
        redis_url: defaults to ``ORBITER_REDIS_URL``.
        concurrency: tasks run at once in this process.
        queue: the queue to serve (``ORBITER_QUEUE``, default ``"default"``).
        worker_id: this worker's name in the consumer group (default host-pid-random).
        drain_timeout: on SIGTERM/SIGINT, seconds running tasks get to finish before they are
            handed back to the queue.
        allowed_modules: import tools, hooks, output types, instructions and scripts only from
            these modules and the modules below them (``ORBITER_ALLOWED_MODULES``, comma
            separated). Unset: only your own code (modules under the working folder or a
            ``PYTHONPATH`` entry, outside installed packages) and ``orbiter``.
        allow_any_module: import whatever a task names (``ORBITER_ALLOW_ANY_MODULE``); only
            for development, since anyone who can write to the queue then runs any code.
        allowed_mcp_commands: the MCP stdio server commands a task may make this process start
            (``ORBITER_ALLOWED_MCP_COMMANDS``, comma separated); each entry admits command lines
            that begin with its words. Unset: none (HTTP MCP servers need no entry).
        signing_key: accept only tasks signed with this key (``ORBITER_SIGNING_KEY``).
        previous_signing_keys: while rotating keys, also accept tasks signed with these
            (``ORBITER_PREVIOUS_SIGNING_KEYS``, comma separated).
        targets: run only these Agents and Swarms, by name (``{name: target}``, or a list
            named by each one's ``.name``); a task that describes its own target is refused.
        lease_seconds: a task whose worker sends no heartbeat for this long is run again
            elsewhere (``ORBITER_LEASE_SECONDS``, default 30).
        max_attempts: starts allowed per task before it fails and is dead-lettered
            (``ORBITER_MAX_ATTEMPTS``, default 3).
        retention: seconds finished records and events are kept (``ORBITER_EVENT_RETENTION``).
        max_payload_bytes: a task payload larger than this is dead-lettered without being
            decoded (``ORBITER_MAX_PAYLOAD_BYTES``, default 4 MiB).
        tenant_cap: tasks of one tenant the queue runs at once (``ORBITER_TENANT_CAP``; 0: no
            cap). Unset: as another worker of the queue set it, else no cap (docs/policies.md).
        executor: how tasks run (default :class:`InProcessExecutor`).
        rate_limits: requests and tokens per minute per model, counted in Redis and shared
            with every worker there (``ORBITER_RATE_LIMITS``), e.g.
            ``"openai:gpt-4o=500rpm,200ktpm"``; see docs/rate-limits.md.
        handle_signals: install SIGTERM/SIGINT handlers in :meth:`run`.
        checkpoints: store each task's state after every completed step, so an attempt that
            takes a task over resumes there (``ORBITER_CHECKPOINTS``, default on).
        shards: serve only these shards of a sharded queue (``ORBITER_WORKER_SHARDS``, like
            ``"0,2,4"`` or ``"0-2"``; default all): claim, take over and promote due tasks
            there only. Every shard needs a worker, or its tasks wait (docs/operations.md).
    """

    def __init__(
        self,
        redis_url: str | None = None,
        *,
        concurrency: int = 1,
        queue: str | None = None,
        worker_id: str | None = None,
        drain_timeout: float = DEFAULT_DRAIN_TIMEOUT,
        allowed_modules: Sequence[str] | str | None = None,
        allow_any_module: bool | None = None,
        allowed_mcp_commands: Sequence[str] | str | None = None,
        signing_key: str | bytes | None = None,
        previous_signing_keys: Sequence[str | bytes] | str | None = None,
        targets: TargetsArg = None,
        lease_seconds: float | None = None,
        max_attempts: int | None = None,
        retention: int | None = None,
        key_prefix: str | None = None,
        max_payload_bytes: int | None = None,
        tenant_cap: int | None = None,
        executor: Executor | None = None,
        rate_limits: str | Sequence[str | RateLimit] | None = None,
        handle_signals: bool = True,
        checkpoints: bool | None = None,
        shards: Sequence[int] | str | None = None,
    ) -> None:
        if concurrency < 1:
            raise ConfigurationError(f"concurrency must be at least 1, got {concurrency}")
        self.redis_url = resolve_redis_url(redis_url)
        self.concurrency = concurrency
        self.queue: str = read("queue", queue or None)
        self.host = socket.gethostname()
        self.worker_id = worker_id or f"{self.host}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.drain_timeout = drain_timeout
        self.allowed_modules = allowed_modules_from(allowed_modules)
        self.allow_any_module = allow_any_module_from(allow_any_module)
        self.imports = import_gate(self.allowed_modules, self.allow_any_module)
        set_allowed_commands(allowed_mcp_commands)
        self.allowed_mcp_commands = allowed_commands()
        self.signing_key, self.previous_signing_keys = verifying_keys_from(
            signing_key, previous_signing_keys
        )
        self.lease_seconds: float = read("lease_seconds", lease_seconds)
        self.max_attempts: int = read("max_attempts", max_attempts)
        self.retention: int = read("retention", retention)
        self.events_maxlen: int = read("events_maxlen")
        self.keys = Keys.from_env(key_prefix, self.redis_url)
        chosen = read("worker_shards", shards)
        self.shards: list[int] | None = None if chosen is None else served_shards(self.keys, chosen)
        """The shards of the queue this worker serves, when it was given some (None: all)."""
        self.max_payload_bytes: int = read("max_payload_bytes", max_payload_bytes)
        self.checkpoints: bool = read("checkpoints", checkpoints)
        self.tenant_cap: int | None = read("tenant_cap", tenant_cap)
        self.replica_wait = ReplicaWait.from_env()
        if executor is not None and targets is not None:
            raise ConfigurationError(
                "targets are run by the built-in executor: give them to your own executor "
                "instead of to the Worker"
            )
        self.targets = Targets(self.imports, targets)
        self.executor: Executor = executor or InProcessExecutor(
            self.imports, targets=self.targets.registered
        )
        self.rate_limits: tuple[RateLimit, ...] = read(
            "rate_limits",
            rate_limits if rate_limits is None else parse_rate_limits(rate_limits),
        )
        self.handle_signals = handle_signals
        self.on_recorded: Callable[[str, bool], None] | None = None
        """Called with a task id once an attempt ends: True when its outcome was stored."""
        # Renewing several times per lease lets a lease survive a loop stall of most of it.
        self.heartbeat_seconds = max(0.05, min(self.lease_seconds / 4, 2.0))
        self.ready = asyncio.Event()
        self._running: dict[str, Running] = {}
        self._finishing = 0  # of those, runs that ended and whose outcome is being stored
        self._slot = asyncio.Event()
        self._stop = asyncio.Event()
        self._force = asyncio.Event()
        self._check_now = asyncio.Event()
        self._draining = False
        self._starting: asyncio.Future[None] | None = None
        self._started = time.time()
        self.completed = 0
        self.metrics: WorkerMetrics | None = None  # orbiter start worker --metrics-port

    # -- lifecycle ---------------------------------------------------------------------------

    def stop(self, *, force: bool = False) -> None:
        """Begin a graceful shutdown (or, with ``force``, stop waiting for running tasks)."""
        self._stop.set()
        if force:
            self._force.set()

    def stop_reason(self, task_id: str) -> str | None:
        """Why this worker interrupted a running task, if it did: ``cancel``, ``lost``,
        ``shutdown`` or ``broken`` (see :meth:`Running.stop`)."""
        rt = self._running.get(task_id)
        return rt.stop_reason if rt is not None else None

    def _on_signal(self, signum: int) -> None:
        if self._stop.is_set():
            log.warning("second signal: handing running tasks back and exiting now")
            self.stop(force=True)
        else:
            log.info(
                "signal %s: finishing running tasks (up to %ss); send it again to exit now",
                signum,
                self.drain_timeout,
            )
            self.stop()

    async def run(self) -> None:
        """Serve the queue until :meth:`stop` (or SIGTERM/SIGINT), then drain and return."""
        loop = asyncio.get_running_loop()
        signals: list[int] = []
        if self.handle_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                try:
                    loop.add_signal_handler(sig, self._on_signal, sig)
                    signals.append(sig)
                except (ValueError, RuntimeError, NotImplementedError):
                    # Not the main thread (or no signal support): stop() is the way out.
                    log.debug("cannot handle signal %s here", sig)
        self._connect()
        try:
            if not await unless_stopped(self._startup(), self._stop):
                return
            _freeze_heap()
            claim = loop.create_task(self._claim_loop())
            # The cron ticker runs beside the heartbeat and stops with it.
            beat = loop.create_task(beside(self._heartbeat.run(), Ticker.for_worker(self)))
            # Delayed tasks and retries whose time has come join the queue (docs/retries.md).
            due = loop.create_task(DueSet(self._redis, self.keys, self.queue, self.shards).run())
            self.ready.set()
            log.info(
                "worker %s serving queue %r%s (concurrency %d, lease %ss)",
                self.worker_id,
                self.queue,
                "" if self.shards is None else f", shards {','.join(map(str, self.shards))}",
                self.concurrency,
                self.lease_seconds,
            )
            await self._stop.wait()
            self._draining = True
            claim.cancel()
            due.cancel()
            # A cancel landing while redis-py sets up the claim's first connection can be lost
            # and leave it waiting on a reply that never comes; closing the client at the end
            # ends that wait, so it must not hold up the shutdown.
            await asyncio.wait([claim, due], timeout=1.0)
            if self._starting is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(asyncio.shield(self._starting), 10)
            await drain(self._running, self.drain_timeout, self._force)
            beat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beat
            await self._queue.leave(self.worker_id)
            with contextlib.suppress(*TRANSIENT, ResponseError):
                await self._gate.beat(leaving=True)
        finally:
            gc.unfreeze()
            for signum in signals:
                loop.remove_signal_handler(signum)
            close = getattr(self.executor, "aclose", None)
            if close is not None:
                with contextlib.suppress(Exception):
                    await close()  # stops the MCP servers the tasks opened
            await self._writer.stop()
            await self._listener.close()
            await self._redis.aclose()
            log.info("worker %s stopped", self.worker_id)

    def _connect(self) -> None:
        """The Redis client and the parts of the worker that use it (nothing sent yet)."""
        self._redis = connect(self.redis_url, name=f"orbiter-worker:{self.worker_id}")
        self._queue = RedisQueue(
            self._redis,
            self.keys,
            self.queue,
            lease_seconds=self.lease_seconds,
            max_attempts=self.max_attempts,
            retention=self.retention,
            events_maxlen=self.events_maxlen,
            shards=self.shards,
        )
        self._writer = EventWriter(
            self._queue,
            on_lost=lambda task_id: self._stop_task(task_id, "lost"),
            on_broken=lambda task_id, why: self._stop_task(task_id, "broken", why),
            wait=self.replica_wait,
        )
        self._attempts = Attempts(
            self.executor, self._writer, self._queue, self.worker_id, self.checkpoints
        )
        self._intake = Intake(
            self._queue,
            self.worker_id,
            max_payload_bytes=self.max_payload_bytes,
            signing_key=self.signing_key,
            previous_signing_keys=self.previous_signing_keys,
            on_dead_letter=self._dead_lettered,
            on_gate_skipped=self._gate_ended,
        )
        self._listener = Listener(self._redis)
        if self.rate_limits:  # the tasks this run starts inherit it
            use_rate_limiter(RedisRateLimiter(self._redis, self.keys, self.rate_limits))
        self._gate = Gate(
            self._redis,
            self.keys,
            self.queue,
            self.worker_id,
            concurrency=self.concurrency,
            tenant_cap=self.tenant_cap,
            lease_seconds=self.lease_seconds,
        )
        self._heartbeat = Heartbeat(
            self._queue,
            self.worker_id,
            self._running,
            seconds=self.heartbeat_seconds,
            check_now=self._check_now,
            register=self._register,
            take_over=self._start_entries,
            free=lambda: 0 if self._draining else self._free(),
        )

    async def _startup(self) -> None:
        await warmed_up(self._join())

    async def _join(self) -> None:
        await join(self._queue, self.worker_id, self.redis_url, self._register)
        self._writer.start()
        await self._listener.subscribe(self.keys.control, self._on_control)

    async def _register(self) -> None:
        info = WorkerInfo(
            queue=self.queue,
            concurrency=self.concurrency,
            in_flight=len(self._running),
            started_at=self._started,
            completed=self.completed,
            draining=self._draining,
            shards=self.shards,
        )
        await self._queue.registry.beat(self.worker_id, info, max(5, int(self.lease_seconds * 2)))
        if not self._draining:
            await self._gate.beat()

    # -- claiming ----------------------------------------------------------------------------

    def _free(self) -> int:
        """Slots for tasks to claim now.

        A task whose run has ended while its outcome is on its way to Redis runs no more of
        its code, so it leaves its slot to the next task then: the next claim overlaps that
        round trip instead of waiting for it. It still counts against a second
        ``concurrency`` (its lease is renewed until its outcome is stored), so outcomes slow
        to store cannot pile up without bound.
        """
        running = len(self._running)
        return min(self.concurrency - running + self._finishing, 2 * self.concurrency - running)

    async def _claim_loop(self) -> None:
        backoff = Backoff(cap=5.0)
        block_ms = 2000
        while not self._draining:
            free = self._free()
            if free <= 0:
                self._slot.clear()
                await self._slot.wait()
                continue
            entries = await self._queue.take(self.worker_id, free, block_ms, backoff)
            if entries:
                try:
                    # Shielded: once a start script may have run, the task must be registered
                    # here even if shutdown cancels this loop, or it would be neither run nor
                    # handed back.
                    self._starting = asyncio.ensure_future(self._start_entries(entries))
                    await asyncio.shield(self._starting)
                except Exception:
                    log.exception("starting claimed tasks failed; their leases will lapse")

    async def _start_entries(
        self, entries: list[Entry], owners: dict[bytes, str] | None = None
    ) -> None:
        """Start what may run of the delivered entries, each in a task of its own."""
        loop = asyncio.get_running_loop()
        for start in await self._intake.start(entries, owners or {}):
            tid, payload = start.task_id, start.payload
            spec = TaskSpec.from_payload(
                tid, start.attempt, self.queue, self.worker_id, payload,
                start.checkpoint, start.decisions,
            )  # fmt: skip
            stream = Stream(tid, start.entry_id, start.attempt)
            name = target_name(payload)
            retry = payload.retry or self.targets.retry_policy(name)
            rt = Running(spec, stream, name, retry, start.retries)
            self._running[tid] = rt
            rt.task = loop.create_task(self._execute(rt, start.gated))

    async def _gate_ended(self, task_id: str) -> None:
        """Tell the gate a task it let out ended here, so the next one goes."""
        try:
            await self._gate.ended(task_id)
        except Exception as exc:
            # The heartbeats find the ended task within a lease and release then.
            log.warning("could not tell the gate task %s ended: %s", task_id, exc)

    def _dead_lettered(self, target: str) -> None:
        if self.metrics is not None:
            self.metrics.dead_lettered(self.queue, target)

    # -- one task ----------------------------------------------------------------------------

    async def _execute(self, rt: Running, gated: bool) -> None:
        stored = False
        finishing = False

        def ran() -> None:
            nonlocal finishing
            finishing = True
            self._finishing += 1
            self._slot.set()

        try:
            stored = await self._attempts.execute(rt, self.metrics, ran)
            self.completed += stored
        finally:
            self._finishing -= finishing
            self._running.pop(rt.spec.task_id, None)
            self._slot.set()
            if self.on_recorded is not None:
                self.on_recorded(rt.spec.task_id, stored)
        if gated:
            # After the slot is free: the claim loop can wait for what this releases.
            await self._gate_ended(rt.spec.task_id)

    def _stop_task(self, task_id: str, reason: str, why: str | None = None) -> None:
        rt = self._running.get(task_id)
        if rt is not None:
            if rt.why is None:
                rt.why = why
            rt.stop(reason)

    def _on_control(self, data: bytes | None) -> None:
        if data is None:
            self._check_now.set()  # reconnected: a cancel may have been missed
            return
        self._stop_task(data.decode(errors="replace"), "cancel")


def _freeze_heap() -> None:
    """Keep what startup built (modules, settings, clients) out of the cyclic collector's way.

    They live as long as the worker; left in its oldest generation, every full collection
    walks all of them (tens of thousands of objects, ~50 ms) every few thousand tasks. Frozen,
    a full collection costs what the tasks left. Reference counting frees them as before.
    """
    gc.collect()
    gc.freeze()


if __name__ == "__main__":
    # python -m orbiter.distributed.worker: the entry point lives in _worker_main, which
    # imports this module under its real name (this copy runs as __main__).
    import runpy

    runpy.run_module("orbiter.distributed._worker_main", run_name="__main__")
