"""Images in the input of a distributed run: they reach the worker intact, and a too-large one
is refused in the client before anything is queued. The result carries the stop reason. Images a
tool returns on the worker reach the model there, while the event stream holds only their label."""

from __future__ import annotations

import base64

import pytest
import redis.asyncio as aredis
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)

from orbiter import Agent, ImagePart, SerializationError, UserMessage, tool
from orbiter.distributed import distributed
from orbiter.events import ToolResultEvent
from orbiter.messages import MAX_INLINE_IMAGE_BYTES, ToolMessage
from orbiter.models import ModelRequest
from orbiter.testing import ScriptItem, call_tool, reply

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def describe_images(request: ModelRequest) -> str:
    """A script for ``scripted:``: what the model was shown, as text (run on the worker)."""
    last = request.messages[-1]
    assert isinstance(last, UserMessage)
    assert not isinstance(last.content, str)
    seen = [
        f"{p.media_type}:{base64.b64decode(p.data).hex()}" if p.data else f"url:{p.url}"
        for p in last.content
        if isinstance(p, ImagePart)
    ]
    return f"{last.text} | " + " | ".join(seen)


async def test_text_and_images_reach_the_worker(redis_url: str, spawn: Spawn) -> None:
    spawn()
    agent = Agent("eyes", model="scripted:test_distributed_images:describe_images")
    handle = await distributed(
        agent,
        ["Compare", ImagePart.from_bytes(PNG), ImagePart.from_url("https://x.org/b.png")],
        redis_url=redis_url,
    )
    result = await handle.result(timeout=20)
    assert result["output"] == f"Compare | image/png:{PNG.hex()} | url:https://x.org/b.png"
    # Why the run ended travels with the result too.
    assert (result["stop_reason"], result["finish_reason"]) == ("end_turn", "stop")


async def test_an_image_too_large_to_travel_is_refused_before_queueing(redis_url: str) -> None:
    big = ImagePart.from_bytes(PNG + bytes(MAX_INLINE_IMAGE_BYTES))
    agent = Agent("eyes", model="scripted:echo")
    with pytest.raises(SerializationError, match="from_url"):
        await distributed(agent, ["What is this?", big], redis_url=redis_url)
    with pytest.raises(SerializationError, match="larger than"):
        await distributed(agent, messages=[UserMessage(content=[big])], redis_url=redis_url)
    client = aredis.Redis.from_url(redis_url)
    try:
        assert await client.dbsize() == 0, "nothing may be queued for a refused task"
    finally:
        await client.aclose()


@tool
def snapshot() -> list[object]:
    """A picture of the screen."""
    return ["Screen:", ImagePart.from_bytes(PNG)]


def look_at_snapshot(request: ModelRequest) -> ScriptItem:
    """A script for ``scripted:``: call the tool, then name what image it returned (on a worker)."""
    last = request.messages[-1]
    if not isinstance(last, ToolMessage):
        return call_tool("snapshot")
    seen = [f"{p.media_type}:{base64.b64decode(p.data or '').hex()}" for p in last.images]
    return reply(" | ".join(seen))


async def test_a_tool_image_reaches_the_model_on_the_worker_and_events_keep_a_label(
    redis_url: str, spawn: Spawn
) -> None:
    spawn()
    agent = Agent(
        "eyes", model="scripted:test_distributed_images:look_at_snapshot", tools=[snapshot]
    )
    handle = await distributed(agent, "What is on screen?", detailed=True, redis_url=redis_url)
    events = [e async for e in handle.stream()]
    result = await handle.result(timeout=20)
    assert result["output"] == f"image/png:{PNG.hex()}"
    (tool_result,) = [e for e in events if isinstance(e, ToolResultEvent)]
    assert tool_result.result == f"Screen:\n[image image/png, {len(PNG)} bytes]"
    # The result's transcript keeps the image whole, so a client can continue the conversation.
    encoded = base64.b64encode(PNG).decode()
    (tool_message,) = [m for m in result["messages"] if m["role"] == "tool"]
    assert tool_message["images"][0]["data"] == encoded
    client = aredis.Redis.from_url(redis_url)
    try:
        streams = [k for k in await client.keys("*") if await client.type(k) == b"stream"]
        assert streams, "the task's events are kept in a stream"
        # The events carry a label; only the end marker (the result) holds the bytes, once.
        entries = [e for k in streams for _id, e in await client.xrange(k)]
    finally:
        await client.aclose()
    events = repr([e[b"e"] for e in entries if b"e" in e])
    assert "[image image/png" in events
    assert encoded[:40] not in events, "image bytes in the events"


async def test_a_tool_image_too_large_in_messages_is_refused_before_queueing(
    redis_url: str,
) -> None:
    big = ImagePart.from_bytes(PNG + bytes(MAX_INLINE_IMAGE_BYTES))
    history = [
        UserMessage(content="Look."),
        ToolMessage(tool_call_id="c1", tool_name="snapshot", content="[image]", images=[big]),
    ]
    with pytest.raises(SerializationError, match="larger than"):
        await distributed(Agent("eyes", model="scripted:echo"), messages=history,
                          redis_url=redis_url)  # fmt: skip
    client = aredis.Redis.from_url(redis_url)
    try:
        assert await client.dbsize() == 0, "nothing may be queued for a refused task"
    finally:
        await client.aclose()
