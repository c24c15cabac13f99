"""Images in user input: ImagePart, run() with a list of parts, JSON round trips, the inline cap."""

from __future__ import annotations

import base64

import msgspec
import pytest
from orbiter_core_helpers import Recorder

from orbiter import Agent, ConfigurationError, ImagePart, TextPart, run
from orbiter.errors import SerializationError
from orbiter.messages import (
    MAX_INLINE_IMAGE_BYTES,
    UserMessage,
    check_inline_images,
    messages_from_json,
)
from orbiter.testing import reply

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24


def test_image_parts_from_bytes_base64_urls_and_data_urls() -> None:
    png = ImagePart.from_bytes(PNG)
    assert png.media_type == "image/png"
    assert base64.b64decode(png.data or "") == PNG
    assert png.size == len(PNG)
    assert ImagePart.from_bytes(b"RIFF\x00\x00\x00\x00WEBPVP8 ").media_type == "image/webp"
    assert ImagePart.from_bytes(b"\xff\xd8\xff\xe0").media_type == "image/jpeg"
    url = ImagePart.from_url("https://example.com/cat.png")
    assert (url.url, url.data, url.size) == ("https://example.com/cat.png", None, 0)
    from_data_url = ImagePart.from_url("data:image/gif;base64,R0lGODlh")
    assert (from_data_url.url, from_data_url.data, from_data_url.media_type) == (
        None,
        "R0lGODlh",
        "image/gif",
    )
    assert from_data_url.data_url == "data:image/gif;base64,R0lGODlh"


@pytest.mark.parametrize(
    ("build", "match"),
    [
        (lambda: ImagePart.from_url("file:///etc/passwd"), "http:// or https://"),
        (lambda: ImagePart.from_base64("AAAA", "image/tiff"), "media_type must be one of"),
        (lambda: ImagePart.from_bytes(b"not an image"), "cannot tell the image type"),
        (lambda: ImagePart(), "either a url or base64 data"),
        (lambda: ImagePart.from_url("data:image/png,raw"), "must be base64"),
    ],
)
def test_bad_images_are_refused_with_what_to_do(build: object, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        build()  # type: ignore[operator]


async def test_run_takes_text_and_images_as_a_list() -> None:
    model = Recorder([reply("A cat.")])
    image = ImagePart.from_url("https://example.com/cat.png")
    result = await run(Agent("eyes", model=model), ["What is this?", image])
    assert result.output == "A cat."
    (message,) = model.requests[0].messages
    assert isinstance(message, UserMessage)
    assert message.content == [TextPart(text="What is this?"), image]
    assert message.text == "What is this?"


async def test_plain_string_input_is_unchanged_and_echo_reads_the_text() -> None:
    assert (await run(Agent("e", model="scripted:echo"), "hello")).output == "hello"
    echoed = await run(Agent("e", model="scripted:echo"), ["look", ImagePart.from_bytes(PNG)])
    assert echoed.output == "look"
    assert isinstance(echoed.messages[0], UserMessage)


async def test_input_of_the_wrong_kind_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="strings, TextParts or ImageParts"):
        await run(Agent("e", model="scripted:echo"), ["text", 42])  # type: ignore[list-item]
    with pytest.raises(ConfigurationError, match="input must be a string or a list"):
        await run(Agent("e", model="scripted:echo"), [])


def test_messages_with_parts_round_trip_as_json_and_old_ones_still_load() -> None:
    message = UserMessage(content=[TextPart(text="hi"), ImagePart.from_bytes(PNG)])
    data = msgspec.json.encode([message])
    assert messages_from_json(data) == [message]
    assert b'"type":"image"' in data
    assert messages_from_json(b'[{"role": "user", "content": "plain"}]') == [
        UserMessage(content="plain")
    ]
    with pytest.raises(msgspec.ValidationError):
        messages_from_json(b'[{"role": "user", "content": [{"type": "image", "url": "ftp://x"}]}]')


def test_inline_images_over_the_cap_are_refused_for_workers() -> None:
    big = ImagePart.from_bytes(PNG + b"\x00" * MAX_INLINE_IMAGE_BYTES)
    small = ImagePart.from_bytes(PNG)
    check_inline_images([UserMessage(content=[small, ImagePart.from_url("https://x.org/a.png")])])
    with pytest.raises(SerializationError, match=r"larger than the \d+ bytes.*from_url"):
        check_inline_images([UserMessage(content=["x", big])])  # type: ignore[list-item]
