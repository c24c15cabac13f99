"""A run on a thread: one run at a time per thread in this process, its transcript, its save."""

from __future__ import annotations

import asyncio
import uuid
from typing import Literal

from orbiter._run.state import OnStep
from orbiter.checkpoint import RunCheckpoint
from orbiter.errors import ConfigurationError, ThreadBusyError
from orbiter.loops import PerLoop
from orbiter.messages import Message
from orbiter.threads import ThreadStore, get_thread_store

OnBusy = Literal["reject", "enqueue"]
_POLICIES = ("reject", "enqueue")

# One lock per (store, thread) for the runs of this event loop; an entry goes with its last user.
_gates: PerLoop[tuple[int, str], _Gate] = PerLoop()


class _Gate:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0


class ThreadSession:
    """The thread a run is on, held (against other runs of this process) until :meth:`release`.

    Args:
        history: the transcript the run starts from.
        base: the transcript length the run's new messages follow (a resumed run keeps the
            one it first started from).
        run_id: the id the run's messages are recorded under.
    """

    __slots__ = ("_key", "base", "history", "run_id", "store", "thread_id")

    def __init__(
        self, store: ThreadStore, thread_id: str, history: list[Message], run_id: str
    ) -> None:
        self.store = store
        self.thread_id = thread_id
        self.history = history
        self.base = len(history)
        self.run_id = run_id
        self._key: tuple[int, str] | None = (id(store), thread_id)

    async def save(self, messages: list[Message]) -> None:
        """Append the run's new messages (those after ``base``) in one write."""
        base = self.base
        await self.store.append(self.thread_id, self.run_id, messages[base:], after=base)

    def release(self) -> None:
        key, self._key = self._key, None
        if key is None:
            return
        gates = _gates.peek()
        gate = gates.get(key)
        if gate is None:
            return
        gate.users -= 1
        gate.lock.release()
        if gate.users == 0:
            del gates[key]


def _check(thread_id: object, on_busy: object) -> None:
    if not isinstance(thread_id, str) or not thread_id:
        raise ConfigurationError(f"thread_id must be a non-empty string, got {thread_id!r}")
    if on_busy not in _POLICIES:
        raise ConfigurationError(
            f"on_busy must be one of {list(_POLICIES)}, got {on_busy!r} ('interrupt' and "
            "'rollback' are not available for local runs yet)"
        )


async def open_thread(
    store: ThreadStore | None, thread_id: str, on_busy: str, run_id: str | None = None
) -> ThreadSession:
    """Take the thread for one run (or fail or wait, as ``on_busy`` says) and load it."""
    _check(thread_id, on_busy)
    store = store if store is not None else get_thread_store()
    key = (id(store), thread_id)
    gates = _gates.here()
    gate = gates.get(key)
    if gate is None:
        gate = gates[key] = _Gate()
    elif gate.lock.locked() and on_busy == "reject":
        raise ThreadBusyError(
            f"thread {thread_id!r} is in use by another run; wait for it to end, or pass "
            "on_busy='enqueue' to start when it does"
        )
    gate.users += 1
    try:
        await gate.lock.acquire()
    except BaseException:
        gate.users -= 1
        if gate.users == 0:
            del gates[key]
        raise
    session = ThreadSession(store, thread_id, [], run_id or uuid.uuid4().hex)
    try:
        session.history = await store.load(thread_id)
        session.base = len(session.history)
    except BaseException:
        session.release()
        raise
    return session


def on_thread(on_step: OnStep, thread: ThreadSession) -> OnStep:
    """``on_step`` given checkpoints that name the run's thread, as a paused run's state does."""

    def call(checkpoint: RunCheckpoint) -> None:
        checkpoint.thread_id = thread.thread_id
        checkpoint.thread_base = thread.base
        checkpoint.run_id = thread.run_id
        on_step(checkpoint)

    return call
