"""Threads: conversations kept between runs, in memory or in a SQLite file.

A run given ``thread_id=`` starts from the thread's transcript and, when it ends successfully,
appends its new messages in one atomic write. A failed, cancelled or interrupted run appends
nothing. Stores implement :class:`ThreadStore`; the distributed package adds a Redis one.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, Protocol, TypeVar, runtime_checkable

import msgspec

from orbiter.errors import ConfigurationError, ThreadConflictError
from orbiter.messages import (
    AssistantMessage,
    Message,
    ToolMessage,
    messages_from_json,
    messages_to_json,
)

__all__ = [
    "POLICIES",
    "MemoryThreadStore",
    "OnBusy",
    "SQLiteThreadStore",
    "ThreadRun",
    "ThreadStore",
    "get_thread_store",
    "set_thread_store",
    "whole_turns",
]

OnBusy = Literal["reject", "enqueue", "interrupt", "rollback"]
"""What a run does when another run is on its thread (see docs/threads.md)."""
POLICIES: tuple[OnBusy, ...] = ("reject", "enqueue", "interrupt", "rollback")

T = TypeVar("T")


class ThreadRun(msgspec.Struct, kw_only=True, frozen=True):
    """One run recorded on a thread.

    Args:
        run_id: the id the run was given (``RunResult.run_id``).
        start: the index in the transcript of the run's first message.
        count: how many messages the run appended.
        created_at: when the messages were appended (seconds since the epoch).
    """

    run_id: str
    start: int
    count: int
    created_at: float


@runtime_checkable
class ThreadStore(Protocol):
    """Where threads live. Every method is async; an unknown thread reads as empty.

    ``retention`` is how many seconds a thread is kept after its last change (None: for ever);
    an expired thread reads as empty and :meth:`purge` removes it.
    """

    retention: float | None

    async def load(self, thread_id: str) -> list[Message]:
        """The thread's transcript, oldest first."""
        ...

    async def append(
        self,
        thread_id: str,
        run_id: str,
        messages: Sequence[Message],
        *,
        after: int | None = None,
    ) -> None:
        """Add one run's messages at once.

        Args:
            after: the transcript length the run started from; when the thread no longer has
                exactly that many messages (another writer appended, or it was deleted),
                nothing is written and ThreadConflictError is raised.
        """
        ...

    async def runs(self, thread_id: str) -> list[ThreadRun]:
        """The runs recorded on the thread, oldest first."""
        ...

    async def fork(self, thread_id: str, new_thread_id: str) -> None:
        """Copy a thread (transcript and runs) to a new id, which must not exist yet."""
        ...

    async def delete(self, thread_id: str) -> None:
        """Forget a thread; deleting an unknown thread does nothing."""
        ...

    async def purge(self) -> int:
        """Remove the threads older than ``retention``; returns how many went."""
        ...


def whole_turns(messages: Sequence[Message]) -> list[Message]:
    """``messages`` cut back so that every tool call has its result: what a run stopped
    halfway through a step keeps is the steps it finished."""
    asked: set[str] = set()
    open_calls = 0
    keep = 0
    for i, message in enumerate(messages):
        if isinstance(message, AssistantMessage) and message.tool_calls:
            asked = {call.id for call in message.tool_calls}
            open_calls = len(asked)
        elif isinstance(message, ToolMessage) and message.tool_call_id in asked:
            open_calls -= 1
        if open_calls == 0:
            keep = i + 1
    return list(messages[:keep])


def _check_retention(retention: float | None) -> float | None:
    if retention is not None and not retention > 0:
        raise ConfigurationError(f"retention must be a positive number of seconds, got {retention}")
    return retention


def conflict_error(thread_id: str, after: int, found: int) -> ThreadConflictError:
    """The error of an append refused because the thread no longer has ``after`` messages."""
    return ThreadConflictError(
        f"thread {thread_id!r} has {found} messages, not the {after} this run started from: "
        "it was deleted or written by another run meanwhile, so this run's messages were not "
        "added; run again on the thread's current transcript"
    )


def fork_target_taken(new_thread_id: str) -> ConfigurationError:
    """The error of a fork into a thread id that is taken."""
    return ConfigurationError(
        f"thread {new_thread_id!r} already exists; fork into a new id or delete it first"
    )


class _MemoryThread:
    __slots__ = ("messages", "runs", "updated")

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.runs: list[ThreadRun] = []
        self.updated = time.time()


class MemoryThreadStore:
    """Threads kept in this process's memory: for tests, notebooks and short-lived apps."""

    def __init__(self, *, retention: float | None = None) -> None:
        self.retention = _check_retention(retention)
        self._threads: dict[str, _MemoryThread] = {}

    def _get(self, thread_id: str) -> _MemoryThread | None:
        found = self._threads.get(thread_id)
        retention = self.retention
        if found is not None and retention is not None and time.time() - found.updated > retention:
            del self._threads[thread_id]
            return None
        return found

    async def load(self, thread_id: str) -> list[Message]:
        found = self._get(thread_id)
        return list(found.messages) if found is not None else []

    async def append(
        self,
        thread_id: str,
        run_id: str,
        messages: Sequence[Message],
        *,
        after: int | None = None,
    ) -> None:
        found = self._get(thread_id)
        have = len(found.messages) if found is not None else 0
        if after is not None and after != have:
            raise conflict_error(thread_id, after, have)
        if found is None:
            found = self._threads[thread_id] = _MemoryThread()
        found.updated = time.time()
        found.runs.append(
            ThreadRun(run_id=run_id, start=have, count=len(messages), created_at=found.updated)
        )
        found.messages.extend(messages)

    async def runs(self, thread_id: str) -> list[ThreadRun]:
        found = self._get(thread_id)
        return list(found.runs) if found is not None else []

    async def fork(self, thread_id: str, new_thread_id: str) -> None:
        if self._get(new_thread_id) is not None:
            raise fork_target_taken(new_thread_id)
        found = self._get(thread_id)
        copy = self._threads[new_thread_id] = _MemoryThread()
        if found is not None:
            copy.messages = list(found.messages)
            copy.runs = list(found.runs)

    async def delete(self, thread_id: str) -> None:
        self._threads.pop(thread_id, None)

    async def purge(self) -> int:
        before = len(self._threads)
        for thread_id in list(self._threads):
            self._get(thread_id)
        return before - len(self._threads)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS orbiter_threads (
    thread_id TEXT PRIMARY KEY,
    length INTEGER NOT NULL,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS orbiter_thread_runs (
    thread_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    run_id TEXT NOT NULL,
    created REAL NOT NULL,
    messages BLOB NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (thread_id, start)
);
CREATE INDEX IF NOT EXISTS orbiter_threads_updated ON orbiter_threads (updated);
"""


def _delete_in(db: sqlite3.Connection, thread_id: str) -> None:
    db.execute("DELETE FROM orbiter_threads WHERE thread_id = ?", (thread_id,))
    db.execute("DELETE FROM orbiter_thread_runs WHERE thread_id = ?", (thread_id,))


class SQLiteThreadStore:
    """Threads in a SQLite file, safe to share between processes on one machine.

    Each append is one ``BEGIN IMMEDIATE`` transaction, so writers from several processes queue
    on the file's lock (waiting up to ``timeout`` seconds) and a run's messages are never split.
    The file uses write-ahead logging, so readers do not wait for writers. Blocking calls run in
    a thread, off the event loop; :meth:`close` closes the file (so does dropping the store).

    Args:
        path: the database file (made, with its tables, on first use).
        retention: seconds a thread is kept after its last change (None: for ever).
        timeout: seconds to wait for another process's write before failing.
    """

    def __init__(
        self, path: str | Path, *, retention: float | None = None, timeout: float = 30.0
    ) -> None:
        self.path = Path(path)
        self.retention = _check_retention(retention)
        self.timeout = timeout
        # One connection, used by one worker thread at a time; it closes with the store.
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        """The store's connection (call with ``_lock`` held), opened on first use."""
        db = self._conn
        if db is None:
            db = sqlite3.connect(
                self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
            )
            try:
                self._use_wal(db)
            except BaseException:
                db.close()
                raise
            db.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
            db.executescript(_SCHEMA)
            self._conn = db
            weakref.finalize(self, db.close)
        return db

    def _use_wal(self, db: sqlite3.Connection) -> None:
        """Switch the file to write-ahead logging. SQLite answers "database is locked" at once,
        without its busy handler, while another process opens or switches the same new file, so
        the switch is tried again until ``timeout``."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.01)

    def close(self) -> None:
        """Close the file; the store opens it again if used after."""
        with self._lock:
            db, self._conn = self._conn, None
            if db is not None:
                db.close()

    def _expired_before(self) -> float:
        return time.time() - self.retention if self.retention is not None else float("-inf")

    def _length(self, db: sqlite3.Connection, thread_id: str) -> int | None:
        row = db.execute(
            "SELECT length FROM orbiter_threads WHERE thread_id = ? AND updated >= ?",
            (thread_id, self._expired_before()),
        ).fetchone()
        return None if row is None else int(row[0])

    def _rows(self, thread_id: str, columns: str) -> list[tuple[object, ...]]:
        with self._lock:
            db = self._db()
            db.execute("BEGIN")
            try:
                if self._length(db, thread_id) is None:
                    return []
                return db.execute(
                    f"SELECT {columns} FROM orbiter_thread_runs WHERE thread_id = ? ORDER BY start",
                    (thread_id,),
                ).fetchall()
            finally:
                db.execute("COMMIT")

    def _load(self, thread_id: str) -> list[Message]:
        out: list[Message] = []
        for (blob,) in self._rows(thread_id, "messages"):
            out.extend(messages_from_json(blob))  # type: ignore[arg-type]
        return out

    def _in_write(self, fn: Callable[..., T], *args: object) -> T:
        """``fn(db, *args)`` in one write transaction, rolled back if it raises."""
        with self._lock:
            db = self._db()
            db.execute("BEGIN IMMEDIATE")
            try:
                out = fn(db, *args)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
            return out

    def _append(
        self,
        db: sqlite3.Connection,
        thread_id: str,
        run_id: str,
        blob: bytes,
        count: int,
        after: int | None,
    ) -> None:
        have = self._length(db, thread_id)
        if have is None:
            _delete_in(db, thread_id)  # an expired thread's rows, if any
            have = 0
        if after is not None and after != have:
            raise conflict_error(thread_id, after, have)
        now = time.time()
        db.execute(
            "INSERT INTO orbiter_threads (thread_id, length, updated) VALUES (?, ?, ?) "
            "ON CONFLICT (thread_id) DO UPDATE SET length = excluded.length, "
            "updated = excluded.updated",
            (thread_id, have + count, now),
        )
        db.execute(
            "INSERT INTO orbiter_thread_runs VALUES (?, ?, ?, ?, ?, ?)",
            (thread_id, have, run_id, now, blob, count),
        )

    def _fork(self, db: sqlite3.Connection, thread_id: str, new_thread_id: str) -> None:
        if self._length(db, new_thread_id) is not None:
            raise fork_target_taken(new_thread_id)
        _delete_in(db, new_thread_id)
        length = self._length(db, thread_id) or 0
        db.execute(
            "INSERT INTO orbiter_threads VALUES (?, ?, ?)", (new_thread_id, length, time.time())
        )
        if length:
            db.execute(
                "INSERT INTO orbiter_thread_runs SELECT ?, start, run_id, created, messages, "
                "count FROM orbiter_thread_runs WHERE thread_id = ?",
                (new_thread_id, thread_id),
            )

    def _purge(self, db: sqlite3.Connection) -> int:
        old = [
            r[0]
            for r in db.execute(
                "SELECT thread_id FROM orbiter_threads WHERE updated < ?",
                (self._expired_before(),),
            )
        ]
        for thread_id in old:
            _delete_in(db, thread_id)
        return len(old)

    async def load(self, thread_id: str) -> list[Message]:
        return await asyncio.to_thread(self._load, thread_id)

    async def append(
        self,
        thread_id: str,
        run_id: str,
        messages: Sequence[Message],
        *,
        after: int | None = None,
    ) -> None:
        blob = messages_to_json(messages)
        await asyncio.to_thread(
            self._in_write, self._append, thread_id, run_id, blob, len(messages), after
        )

    async def runs(self, thread_id: str) -> list[ThreadRun]:
        rows = await asyncio.to_thread(self._rows, thread_id, "run_id, start, count, created")
        return [
            ThreadRun(run_id=r, start=s, count=c, created_at=t)  # type: ignore[arg-type]
            for r, s, c, t in rows
        ]

    async def fork(self, thread_id: str, new_thread_id: str) -> None:
        await asyncio.to_thread(self._in_write, self._fork, thread_id, new_thread_id)

    async def delete(self, thread_id: str) -> None:
        await asyncio.to_thread(self._in_write, _delete_in, thread_id)

    async def purge(self) -> int:
        return await asyncio.to_thread(self._in_write, self._purge)


_default: list[ThreadStore] = []


def set_thread_store(store: ThreadStore | None) -> None:
    """Set the store runs use when given ``thread_id=`` without ``threads=`` (None: unset)."""
    if store is not None and not isinstance(store, ThreadStore):
        raise ConfigurationError(f"set_thread_store() takes a ThreadStore, got {store!r}")
    _default[:] = [store] if store is not None else []


def get_thread_store() -> ThreadStore:
    """The process's default store; a :class:`MemoryThreadStore` is made on first need."""
    if not _default:
        _default.append(MemoryThreadStore())
    return _default[0]
