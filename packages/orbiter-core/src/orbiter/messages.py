"""Conversation messages and token usage: the data every model and provider speaks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec

from orbiter.errors import ConfigurationError, SerializationError


class Usage(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Token counts of one or more model calls.

    ``cache_read_tokens`` and ``cache_write_tokens`` are the parts of ``input_tokens`` read from
    and written to the provider's prompt cache.
    """

    input_tokens: int = 0
    output_tokens: int = 0
    reasoning_tokens: int = 0
    cache_read_tokens: int = 0
    requests: int = 0
    cache_write_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            reasoning_tokens=self.reasoning_tokens + other.reasoning_tokens,
            cache_read_tokens=self.cache_read_tokens + other.cache_read_tokens,
            requests=self.requests + other.requests,
            cache_write_tokens=self.cache_write_tokens + other.cache_write_tokens,
        )


class ToolCall(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A model's request to call one tool. ``arguments`` is the JSON text the model produced."""

    id: str
    name: str
    arguments: str = "{}"


class SystemMessage(msgspec.Struct, tag_field="role", tag="system", kw_only=True):
    content: str


# Image types every provider with image input accepts.
IMAGE_MEDIA_TYPES: frozenset[str] = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/webp"}
)
# The largest image sent inline (as data) with a distributed task; larger ones go as URLs. The
# strictest provider (Anthropic) takes 5 MB per image, so a bigger one would fail there anyway.
MAX_INLINE_IMAGE_BYTES = 5 * 1024 * 1024


class ImageError(ConfigurationError, ValueError):
    """A bad ImagePart; a ValueError too, so that msgspec reports it as a ValidationError when
    the part is decoded from JSON (callers turn that into their own error)."""


_MAGIC = ((b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"))


def image_type_of(data: bytes) -> str | None:
    """The media type of PNG, JPEG, GIF or WebP bytes, from their signature; None otherwise."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((t for magic, t in _MAGIC if data.startswith(magic)), None)


class TextPart(msgspec.Struct, tag_field="type", tag="text", kw_only=True):
    """Text in a user message made of parts."""

    text: str


class ImagePart(msgspec.Struct, tag_field="type", tag="image", kw_only=True, omit_defaults=True):
    """An image in a user message: an ``http(s)`` URL, or its bytes as base64 ``data`` with
    their ``media_type`` (PNG, JPEG, GIF or WebP). Build one with :meth:`from_url`,
    :meth:`from_bytes` or :meth:`from_base64`; a ``data:`` URL is split into data and type."""

    url: str | None = None
    data: str | None = None
    media_type: str | None = None

    def __post_init__(self) -> None:
        if self.url is not None and self.url.startswith("data:"):
            head, _, payload = self.url.partition(",")
            if not head.endswith(";base64"):
                raise ImageError("an image data: URL must be base64 ('data:image/png;base64,...')")
            self.url, self.data = None, payload
            self.media_type = self.media_type or head[5:].removesuffix(";base64")
        if (self.url is None) == (self.data is None):
            raise ImageError("an ImagePart needs either a url or base64 data, not both or none")
        if self.url is not None and not self.url.startswith(("http://", "https://")):
            raise ImageError(
                f"image url must start with http:// or https://, got {self.url[:80]!r}; give "
                "local files with ImagePart.from_bytes(path.read_bytes())"
            )
        if self.data is not None and self.media_type not in IMAGE_MEDIA_TYPES:
            raise ImageError(
                f"image media_type must be one of {', '.join(sorted(IMAGE_MEDIA_TYPES))}, got "
                f"{self.media_type!r}"
            )

    @classmethod
    def from_url(cls, url: str) -> ImagePart:
        """An image the provider fetches itself (or a ``data:`` URL)."""
        return cls(url=url)

    @classmethod
    def from_base64(cls, data: str, media_type: str) -> ImagePart:
        return cls(data=data, media_type=media_type)

    @classmethod
    def from_bytes(cls, data: bytes, media_type: str | None = None) -> ImagePart:
        """An image from its bytes; the type is read from them when not given."""
        import base64

        if media_type is None:
            media_type = image_type_of(data)
            if media_type is None:
                raise ImageError(
                    "cannot tell the image type from its bytes (PNG, JPEG, GIF and WebP are "
                    "supported); pass media_type="
                )
        return cls(data=base64.b64encode(data).decode("ascii"), media_type=media_type)

    @property
    def size(self) -> int:
        """Bytes of inline image data (0 for a URL)."""
        if not self.data:
            return 0
        return len(self.data) * 3 // 4 - self.data[-2:].count("=")

    @property
    def label(self) -> str:
        """A short text standing for the image where only text goes (events, text-only logs):
        ``[image image/png, 12,345 bytes]`` or ``[image https://...]``."""
        if self.url is not None:
            return f"[image {self.url[:200]}]"
        return f"[image {self.media_type}, {self.size:,} bytes]"

    @property
    def data_url(self) -> str:
        """The image as OpenAI takes it: the URL, or a ``data:`` URL of the bytes."""
        return self.url or f"data:{self.media_type};base64,{self.data}"


UserPart = TextPart | ImagePart


class UserMessage(msgspec.Struct, tag_field="role", tag="user", kw_only=True):
    """What the user said: text, or a list of text and image parts."""

    content: str | list[UserPart]

    @property
    def text(self) -> str:
        """The text of the message (the text parts joined, images left out)."""
        if isinstance(self.content, str):
            return self.content
        return "\n".join(p.text for p in self.content if isinstance(p, TextPart))

    @property
    def parts(self) -> list[UserPart]:
        """The content as parts (a plain string is one text part)."""
        if isinstance(self.content, str):
            return [TextPart(text=self.content)] if self.content else []
        return self.content


# What run() and distributed() take as input: text, or text and images as a list of parts.
UserInput = str | Sequence[str | TextPart | ImagePart]


def user_message(input: UserInput) -> UserMessage:
    """The input of a run as a user message: a string, or a list of strings and parts."""
    if isinstance(input, str):
        return UserMessage(content=input)
    if not isinstance(input, Sequence) or isinstance(input, bytes) or not input:
        raise ConfigurationError(
            f"input must be a string or a list of strings and ImageParts, got {input!r:.200}"
        )
    parts: list[UserPart] = []
    for item in input:
        if isinstance(item, str):
            parts.append(TextPart(text=item))
        elif isinstance(item, TextPart | ImagePart):
            parts.append(item)
        else:
            raise ConfigurationError(
                f"input parts must be strings, TextParts or ImageParts, got {type(item).__name__}"
            )
    return UserMessage(content=parts)


def check_inline_images(messages: list[Message], limit: int = MAX_INLINE_IMAGE_BYTES) -> None:
    """Refuse images too large to travel inline with a distributed task (in user input and in
    tool results)."""
    for m in messages:
        if isinstance(m, UserMessage) and not isinstance(m.content, str):
            images = [p for p in m.content if isinstance(p, ImagePart)]
        elif isinstance(m, ToolMessage):
            images = m.images
        else:
            continue
        for part in images:
            check_image_size(part, limit)


def check_image_size(part: ImagePart, limit: int = MAX_INLINE_IMAGE_BYTES) -> None:
    """Refuse inline image data over ``limit`` bytes (SerializationError)."""
    if part.size > limit:
        raise SerializationError(
            f"an image of {part.size} bytes is larger than the {limit} bytes an image may have "
            "inline (in a distributed task or returned by a tool); host it and pass "
            "ImagePart.from_url(...) instead, or make it smaller"
        )


class AssistantMessage(
    msgspec.Struct, tag_field="role", tag="assistant", kw_only=True, omit_defaults=True
):
    """One model turn.

    Args:
        provider_data: opaque data a provider needs back on the next turn (for example
            Anthropic thinking-block signatures); other providers ignore it.
    """

    content: str | None = None
    tool_calls: list[ToolCall] = []
    reasoning: str | None = None
    agent_name: str | None = None
    provider_data: dict[str, Any] | None = None


class ToolMessage(msgspec.Struct, tag_field="role", tag="tool", kw_only=True, omit_defaults=True):
    """The result of one tool call, as sent back to the model.

    ``content`` is the text the model reads (JSON text, or the tool's string); when the tool
    returned images, they are in ``images`` and ``content`` names each one where it stood
    (``[image image/png, 12,345 bytes]``).
    """

    tool_call_id: str
    tool_name: str
    content: str
    is_error: bool = False
    images: list[ImagePart] = []


Message = SystemMessage | UserMessage | AssistantMessage | ToolMessage

_message_list_decoder = msgspec.json.Decoder(list[Message])
_encoder = msgspec.json.Encoder()


def messages_from_json(data: bytes | str) -> list[Message]:
    """Decode a JSON array of messages."""
    return _message_list_decoder.decode(data)


def messages_to_json(messages: Sequence[Message]) -> bytes:
    """Encode messages as a JSON array (:func:`messages_from_json` reads it back)."""
    return _encoder.encode(list(messages))
