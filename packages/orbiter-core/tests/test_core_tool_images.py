"""Images returned by tools: what the model is sent, what events and transcripts keep, the cap."""

from __future__ import annotations

import base64
from typing import Any

import msgspec
import pytest
from orbiter_core_helpers import Recorder

from orbiter import Agent, ImagePart, TextPart, run, tool
from orbiter.errors import SerializationError
from orbiter.events import ToolResultEvent
from orbiter.messages import (
    MAX_INLINE_IMAGE_BYTES,
    ToolMessage,
    check_inline_images,
    messages_from_json,
)
from orbiter.testing import call_tool, reply
from orbiter.tool import result_to_content

PNG = b"\x89PNG\r\n\x1a\n" + bytes(1992)  # 2,000 bytes
LABEL = "[image image/png, 2,000 bytes]"
URL = "https://example.com/chart.png"


@tool
def screenshot(page: str) -> list[Any]:
    """Capture a page."""
    return [f"The {page} page:", ImagePart.from_bytes(PNG), {"width": 10}]


@tool
def raw_png() -> bytes:
    return PNG


@tool
def huge() -> ImagePart:
    return ImagePart.from_bytes(PNG + bytes(MAX_INLINE_IMAGE_BYTES))


async def test_a_tool_image_reaches_the_model_and_events_get_a_label() -> None:
    model = Recorder([call_tool("screenshot", page="login"), reply("Blank.")])
    agent = Agent("qa", model=model, tools=[screenshot])
    events = [e async for e in run.stream(agent, "Check.", detailed=True)]
    (result,) = [e for e in events if isinstance(e, ToolResultEvent)]
    assert result.success
    assert result.result == f'The login page:\n{LABEL}\n{{"width":10}}'
    # No image bytes in any event, as JSON (what the Redis streams would hold).
    b64 = base64.b64encode(PNG).decode()
    assert all(b64[:40] not in msgspec.json.encode(e).decode() for e in events)
    sent = model.requests[1].messages[-1]
    assert isinstance(sent, ToolMessage)
    assert sent.content == result.result
    assert sent.images == [ImagePart.from_bytes(PNG)]


async def test_raw_image_bytes_count_as_an_image_other_bytes_stay_json() -> None:
    model = Recorder([call_tool("raw_png"), reply("ok")])
    await run(Agent("a", model=model, tools=[raw_png]), "go")
    sent = model.requests[1].messages[-1]
    assert isinstance(sent, ToolMessage)
    assert (sent.content, sent.images) == (LABEL, [ImagePart.from_bytes(PNG)])
    assert result_to_content(b"plain bytes") == ('"cGxhaW4gYnl0ZXM="', [])


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ({"a": [1, 2]}, '{"a":[1,2]}'),
        (["x", "y"], '["x","y"]'),
        ([], "[]"),
        ("as it is", "as it is"),
    ],
)
def test_results_without_images_convert_as_before(value: Any, text: str) -> None:
    assert result_to_content(value) == (text, [])


def test_a_tuple_with_text_parts_and_an_image_url() -> None:
    url = ImagePart.from_url(URL)
    text, images = result_to_content((TextPart(text="Chart:"), url))
    assert (text, images) == (f"Chart:\n[image {URL}]", [url])


async def test_an_image_over_the_cap_is_an_error_result_and_the_run_goes_on() -> None:
    model = Recorder([call_tool("huge"), reply("Sorry.")])
    result = await run(Agent("a", model=model, tools=[huge]), "go")
    assert result.output == "Sorry."
    sent = model.requests[1].messages[-1]
    assert isinstance(sent, ToolMessage)
    assert sent.is_error
    assert not sent.images
    assert "tool 'huge' returned something the model cannot read" in sent.content
    assert f"larger than the {MAX_INLINE_IMAGE_BYTES} bytes" in sent.content


def test_tool_images_round_trip_as_json_and_obey_the_inline_cap() -> None:
    msg = ToolMessage(
        tool_call_id="c1", tool_name="t", content=LABEL, images=[ImagePart.from_bytes(PNG)]
    )
    assert messages_from_json(msgspec.json.encode([msg])) == [msg]
    plain = ToolMessage(tool_call_id="c1", tool_name="t", content="x")
    assert b"images" not in msgspec.json.encode(plain)  # old transcripts look the same
    check_inline_images([msg], limit=len(PNG))
    with pytest.raises(SerializationError, match=r"image of 2000 bytes is larger than the 1999"):
        check_inline_images([msg], limit=len(PNG) - 1)
