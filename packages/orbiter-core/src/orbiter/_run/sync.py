"""The sync bridge: a coroutine run to its end from code that has no event loop of its own."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def run_blocking(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run the coroutine ``make()`` returns and return its result.

    In a plain script it gets a loop of its own; inside a running loop (a notebook) it runs on a
    fresh loop in a thread, since the running loop cannot be blocked to wait for it.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    box: list[Any] = []

    def worker() -> None:
        try:
            box.append(asyncio.run(make()))
        except BaseException as exc:
            box.append(exc)

    thread = threading.Thread(target=worker, name="orbiter-run-sync")
    thread.start()
    thread.join()
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def blocking(fn: Callable[P, Coroutine[Any, Any, T]], doc: str) -> Callable[P, T]:
    """``fn`` made blocking with :func:`run_blocking`: the same parameters, the result returned."""

    @functools.wraps(fn)
    def call(*args: P.args, **kwargs: P.kwargs) -> T:
        return run_blocking(lambda: fn(*args, **kwargs))

    call.__doc__ = doc
    call.__name__ = call.__qualname__ = "sync"
    return call
