"""Resources kept per event loop and closed when that loop shuts down.

Network clients (httpx, redis, temporalio) hold sockets bound to the event loop that opened them,
and ``run.sync`` or a test suite makes a new loop for each call. :class:`PerLoop` keeps one set of
such resources per running loop and closes them on that loop when it shuts down.

``asyncio.run`` (and every well-behaved loop owner) calls ``loop.shutdown_asyncgens()`` before it
closes the loop; a parked async generator, one per loop, is how the cache hears of it in time.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Generic, TypeVar

__all__ = ["PerLoop"]

K = TypeVar("K")
V = TypeVar("V")


class _Slot(dict[K, V]):
    def __init__(self, owner: PerLoop[K, V], loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.guard = self._close_at_shutdown(owner, loop)

    async def _close_at_shutdown(
        self, owner: PerLoop[K, V], loop: asyncio.AbstractEventLoop
    ) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            if owner._slots.get(loop) is self:
                del owner._slots[loop]
            await owner._close_all(self)


class PerLoop(Generic[K, V]):
    """A dictionary per running event loop whose values are closed with their loop.

    Args:
        close: awaited for each value when its loop shuts down or :meth:`aclose` is called;
            an exception it raises is swallowed so that one bad value cannot keep the others open.
    """

    def __init__(self, close: Callable[[V], Awaitable[object]] | None = None) -> None:
        self._close = close
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Slot[K, V]] = (
            weakref.WeakKeyDictionary()
        )

    def here(self) -> dict[K, V]:
        """The running loop's dictionary, made (and tied to the loop's shutdown) on first use."""
        loop = asyncio.get_running_loop()
        slot = self._slots.get(loop)
        if slot is None:
            slot = self._slots[loop] = _Slot(self, loop)
            # Starting the guard parks it in the loop's set of async generators; no I/O happens.
            with contextlib.suppress(StopIteration):
                slot.guard.asend(None).send(None)
        return slot

    def peek(self) -> dict[K, V]:
        """The running loop's dictionary if it has one, else an empty one (nothing is made)."""
        return self._slots.get(asyncio.get_running_loop(), {})

    def clear(self) -> None:
        """Forget every loop's values without closing them (for interpreter shutdown)."""
        self._slots.clear()

    def __bool__(self) -> bool:
        return bool(self._slots)

    async def aclose(self) -> None:
        """Close the running loop's values now and forget them."""
        slot = self._slots.pop(asyncio.get_running_loop(), None)
        if slot is not None:
            await slot.guard.aclose()
            await self._close_all(slot)

    async def _close_all(self, slot: dict[K, V]) -> None:
        values = list(slot.values())
        slot.clear()
        if self._close is None:
            return
        for value in values:
            with contextlib.suppress(Exception):
                await self._close(value)
