"""One attempt of one task on a worker: run it, stream its events, store its outcome; and
the drain that lets running attempts finish (or hands them back) when the worker stops."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import msgspec
from redis.exceptions import ResponseError

from orbiter.distributed._lua import CORRUPTED
from orbiter.distributed._writer import EventWriter, Stream, refusal
from orbiter.distributed.checkpoints import step_saver, supersede_earlier
from orbiter.distributed.connection import TRANSIENT
from orbiter.distributed.events import Marker
from orbiter.distributed.executor import Emit, Executor, TaskSpec
from orbiter.distributed.observe import Attempt, attempt_observer
from orbiter.distributed.pausing import RunPaused
from orbiter.distributed.queue import Outcome, RedisQueue
from orbiter.distributed.thread_runs import run_on_thread
from orbiter.events import ErrorEvent, RetryEvent, StatusEvent, StreamEvent, encode_event
from orbiter.retry import RetryPolicy, error_types

if TYPE_CHECKING:
    from orbiter.distributed.metrics import WorkerMetrics

log = logging.getLogger("orbiter.distributed.worker")

_json = msgspec.json.Encoder()


class Running:
    """One task attempt this worker is running."""

    __slots__ = (
        "detailed", "name", "retries", "retry", "saw_error", "spec", "stop_reason", "stream",
        "task", "why",
    )  # fmt: skip

    def __init__(
        self,
        spec: TaskSpec,
        stream: Stream,
        name: str,
        retry: RetryPolicy | None = None,
        retries: int = 0,
    ) -> None:
        self.spec = spec
        self.stream = stream
        self.name = name
        self.retry = retry
        self.retries = retries  # retries its policy asked for before this attempt
        self.detailed = spec.detailed
        self.saw_error = False
        self.stop_reason: str | None = None
        self.why: str | None = None  # what Redis answered when it refused the events
        self.task: asyncio.Task[None] | None = None

    def failure(
        self, emit: Emit, error: str, error_type: str, types: tuple[str, ...], retryable: bool
    ) -> Outcome:
        """How a failed attempt ends: FAILED, or RETRYING (with a ``retry`` event) when the
        task's retry policy tries this error again and tries are left.

        Args:
            types: the names of the error's class and its bases.
        """
        policy = self.retry
        if policy is None:
            return Outcome("FAILED", error=error, error_type=error_type)
        retry = self.retries + 1
        if retry >= policy.attempts or not policy.retries(types, retryable):
            return Outcome(
                "FAILED", error=error, error_type=error_type, dead_letter=policy.dead_letter
            )
        delay = policy.delay(retry)
        next_at = time.time() + delay
        emit(
            RetryEvent(agent_name=self.name, error=error, error_type=error_type, retry=retry,
                       retries=policy.attempts - 1, delay=round(delay, 3), next_at=next_at)
        )  # fmt: skip
        return Outcome("RETRYING", error=error, error_type=error_type, retry_at=next_at)

    def stop(self, reason: str) -> None:
        """Interrupt the run: ``cancel`` (by request), ``lost`` (lease lost), ``shutdown``,
        ``broken`` (its record cannot be used, or Redis refused its events)."""
        if self.stream.finish is not None:
            return  # already finished; only its last write is under way
        if self.stop_reason is None and self.task is not None and not self.task.done():
            self.stop_reason = reason
            self.task.cancel()


class Attempts:
    """Runs attempts with an executor and records how they end."""

    def __init__(
        self,
        executor: Executor,
        writer: EventWriter,
        queue: RedisQueue,
        worker_id: str,
        checkpoints: bool = True,
    ) -> None:
        self.executor = executor
        self.writer = writer
        self.queue = queue
        self.worker_id = worker_id
        self.checkpoints = checkpoints

    async def execute(
        self, rt: Running, metrics: WorkerMetrics | None, ran: Callable[[], None] | None = None
    ) -> bool:
        """Run an attempt and store its outcome, observed (spans, metrics) from start to end.

        True when its outcome was stored; False when it was not (handed back, lost, or Redis
        would not have it). ``ran`` is called once the run has ended with an outcome to store.
        """
        obs = attempt_observer(rt.spec, rt.name, rt.stream.entry_id.decode(), metrics)
        stored = False
        outcome = None
        try:
            outcome = await self.run(rt, obs)
            if outcome is not None:
                if ran is not None:
                    ran()
                stored = await self.record(rt, outcome)
            return stored
        finally:
            if obs is not None:
                if outcome is None:
                    obs.finish("HANDED_BACK" if rt.stop_reason == "shutdown" else "LOST")
                else:
                    status = outcome.status if stored else "LOST"
                    obs.finish(status, outcome.error_type, outcome.error)

    async def run(self, rt: Running, obs: Attempt | None) -> Outcome | None:
        """Run the task: its outcome, or None when it is not ours to finish any more (lease
        lost, handed back at shutdown)."""
        spec = rt.spec
        writer = self.writer
        stream = rt.stream
        attempt = spec.attempt

        def emit(event: StreamEvent) -> None:
            event.attempt = attempt
            if type(event) is ErrorEvent:
                rt.saw_error = True
            writer.emit(stream, encode_event(event))

        def emit_error(error: str, error_type: str, recoverable: bool = False) -> None:
            emit(
                ErrorEvent(
                    agent_name=rt.name, error=error, error_type=error_type, recoverable=recoverable
                )
            )
            if rt.detailed:
                emit(StatusEvent(agent_name=rt.name, status="error", message=error))

        def failed(exc: Exception) -> Outcome:
            error, etype = str(exc) or type(exc).__name__, type(exc).__name__
            retryable = bool(getattr(exc, "retryable", False))
            if not rt.saw_error:  # the run reported it already
                emit_error(error, etype, retryable)
            return rt.failure(emit, error, etype, error_types(exc), retryable)

        if self.checkpoints:
            spec.on_step = step_saver(writer, stream)
        try:
            async with asyncio.timeout(spec.timeout) as deadline:
                await supersede_earlier(self.queue, spec, stream)
                if spec.thread is None:
                    running = self.executor.execute(spec, emit)
                else:
                    running = run_on_thread(
                        self.queue, rt, lambda: self.executor.execute(spec, emit)
                    )
                return Outcome("COMPLETED", await (running if obs is None else obs.run(running)))
        except TimeoutError as exc:
            if not deadline.expired():
                return failed(exc)
            error = f"timed out after {spec.timeout:g}s"
            emit_error(error, "TaskTimeoutError")
            return rt.failure(emit, error, "TaskTimeoutError", ("TaskTimeoutError",), False)
        except RunPaused as exc:
            return Outcome("INTERRUPTED", exc.result, paused=exc)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if rt.stop_reason is None or task is None:
                raise
            task.uncancel()
            return await self._stopped(rt, emit)
        except Exception as exc:
            return failed(exc)

    async def _stopped(self, rt: Running, emit: Any) -> Outcome | None:
        """How an attempt this worker interrupted ends (see :meth:`Running.stop`)."""
        if rt.stop_reason == "lost":
            log.warning(
                "task %s attempt %d: lease lost while this worker was running it (event loop "
                "blocked for longer than the %gs lease?); stopped",
                rt.spec.task_id,
                rt.spec.attempt,
                self.queue.lease_seconds,
            )
            await self.report_lapse(rt)
            return None
        if rt.stop_reason == "shutdown":
            await self.queue.hand_back(self.worker_id, rt.stream.lease)
            return None
        if rt.stop_reason == "broken":
            # COMPLETE finds out what is wrong with the record and fails the task with that.
            return Outcome("FAILED", error="the task record is broken", error_type=CORRUPTED)
        emit(StatusEvent(agent_name=rt.name, status="cancelled", message="cancelled on request"))
        return Outcome("CANCELLED")

    async def record(self, rt: Running, outcome: Outcome) -> bool:
        """Store the outcome of an attempt (True), or say why Redis would not have it."""
        result = outcome.result
        if outcome.paused is not None:
            return await self._pause(rt, outcome)
        try:
            result_json = _json.encode(result) if result is not None else b""
            marker = _json.encode(
                Marker(
                    # only written if the retry cannot be set up (its queue entry is gone)
                    status="FAILED" if outcome.status == "RETRYING" else outcome.status,
                    error=outcome.error or None,
                    error_type=outcome.error_type or None,
                    # The result's JSON as it is, not encoded a second time (a long transcript
                    # is most of it); the encoder writes a Raw field as the bytes it holds.
                    result=msgspec.Raw(result_json) if result is not None else None,
                )
            )
        except (TypeError, msgspec.EncodeError) as exc:
            outcome = Outcome(
                "FAILED", error=f"result is not JSON data: {exc}", error_type="SerializationError"
            )
            result_json = b""
            marker = _json.encode(
                Marker(status=outcome.status, error=outcome.error, error_type=outcome.error_type)
            )
        if rt.why is not None:  # Redis refused the attempt's events: it fails with that reason
            await self.writer.fail_refused(rt.stream, rt.why)
            return False
        stored = await self.writer.finish(rt.stream, outcome, marker, result_json)
        if isinstance(stored, Exception):
            await self.writer.fail_refused(rt.stream, refusal(stored))
        elif isinstance(stored, bytes):
            log.error("task %s failed: %s", rt.spec.task_id, stored.decode(errors="replace"))
        elif stored:
            return True
        else:
            log.warning(
                "task %s attempt %d finished but was no longer ours",
                rt.spec.task_id,
                rt.spec.attempt,
            )
            await self.report_lapse(rt)
        return False

    async def _pause(self, rt: Running, outcome: Outcome) -> bool:
        """Store a run that paused for approval (True), or say why Redis would not have it."""
        if rt.why is not None:
            await self.writer.fail_refused(rt.stream, rt.why)
            return False
        stored = await self.writer.finish(rt.stream, outcome, b"", b"")
        if isinstance(stored, Exception):
            await self.writer.fail_refused(rt.stream, refusal(stored))
        elif isinstance(stored, bytes):
            log.error("task %s failed: %s", rt.spec.task_id, stored.decode(errors="replace"))
        elif stored:
            log.info("task %s paused for approval", rt.spec.task_id)
            return True
        else:
            await self.report_lapse(rt)
        return False

    async def report_lapse(self, rt: Running) -> None:
        """Note on the task that its lease lapsed while this worker was alive, for the message
        it gets if it runs out of attempts (a crash and a stall look alike from outside)."""
        with contextlib.suppress(*TRANSIENT, ResponseError):
            await self.queue.note_lapse(rt.stream.lease)


async def drain(running: dict[str, Running], grace: float, force: asyncio.Event) -> None:
    """Let the running attempts finish, for up to ``grace`` seconds or until ``force`` is
    set; then stop the rest (each hands its task back) and wait for them to go."""
    tasks = [rt.task for rt in running.values() if rt.task is not None]
    if tasks and not force.is_set():
        log.info("waiting up to %ss for %d running task(s)", grace, len(tasks))
        # Until every task is done, a second signal, or the drain timeout.
        everything = asyncio.ensure_future(asyncio.wait(tasks))
        forced = asyncio.ensure_future(force.wait())
        try:
            await asyncio.wait(
                [everything, forced], timeout=grace, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            everything.cancel()
            forced.cancel()
    left = list(running.values())
    for rt in left:
        rt.stop("shutdown")
    pending = [rt.task for rt in left if rt.task is not None]
    if pending:
        await asyncio.wait(pending, timeout=10)
    # Events of finished tasks must reach Redis before we go.
    for _ in range(100):
        if not running:
            break
        await asyncio.sleep(0.01)
