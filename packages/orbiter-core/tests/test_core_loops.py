"""PerLoop: one dictionary per event loop, its values closed when the loop shuts down."""

from __future__ import annotations

import asyncio

from orbiter.loops import PerLoop


class _Res:
    def __init__(self) -> None:
        self.closed_on: asyncio.AbstractEventLoop | None = None

    async def aclose(self) -> None:
        self.closed_on = asyncio.get_running_loop()


def test_values_are_per_loop_and_closed_on_their_own_loop() -> None:
    cache: PerLoop[str, _Res] = PerLoop(lambda r: r.aclose())
    made: list[tuple[_Res, asyncio.AbstractEventLoop]] = []

    async def use() -> None:
        res = cache.here().setdefault("a", _Res())
        assert cache.here()["a"] is res
        made.append((res, asyncio.get_running_loop()))

    asyncio.run(use())
    asyncio.run(use())
    (first, loop1), (second, loop2) = made
    assert first is not second
    assert first.closed_on is loop1
    assert second.closed_on is loop2
    assert not cache  # both loops' slots are gone


def test_aclose_closes_now_and_a_failing_close_does_not_stop_the_rest() -> None:
    closed: list[str] = []

    async def close(name: str) -> None:
        if name == "bad":
            raise RuntimeError("boom")
        closed.append(name)

    cache: PerLoop[str, str] = PerLoop(close)

    async def main() -> None:
        cache.here().update(bad="bad", good="good")
        await cache.aclose()
        assert closed == ["good"]
        assert cache.peek() == {}

    asyncio.run(main())
    assert closed == ["good"]  # nothing is closed twice at loop shutdown
