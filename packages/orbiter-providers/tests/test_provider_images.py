"""Images in user input, as each adapter puts them on the wire.

No recording in wire/ holds an image, so the request shapes checked here follow each provider's
documentation (OpenAI ``image_url`` parts, Anthropic ``image`` blocks with a ``base64`` or
``url`` source, Gemini ``inlineData`` / ``fileData`` parts); the answers are recorded text
replies, since an image changes nothing in how an answer comes back.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
from providers_wire import WireServer, cassette, recorded_reply

from orbiter import Agent, ImagePart, run

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
PNG_B64 = base64.b64encode(PNG).decode()
URL = "https://upload.example.org/photos/cat.webp?size=large"


def options(wire: WireServer, suffix: str = "") -> dict[str, Any]:
    return {"base_url": wire.url + suffix, "api_key": "k", "retry_base_delay": 0}


@pytest.mark.parametrize(("model", "suffix"), [("openai:gpt-4o", "/v1"), ("ollama:llava", "/v1")])
async def test_openai_and_compatible_send_image_url_parts(
    wire: WireServer, model: str, suffix: str
) -> None:
    (it,) = cassette("openai", "chat_text_system_prompt")
    wire.add(recorded_reply(it))
    agent = Agent("eyes", model=model, model_options=options(wire, suffix))
    images = [ImagePart.from_bytes(PNG), ImagePart.from_url(URL)]
    result = await run(agent, ["Compare these.", *images])
    assert result.output == it["response"]["json"]["choices"][0]["message"]["content"]
    (user,) = wire.requests[0].json["messages"]
    assert user == {
        "role": "user",
        "content": [
            {"type": "text", "text": "Compare these."},
            {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG_B64}"}},
            {"type": "image_url", "image_url": {"url": URL}},
        ],
    }


async def test_anthropic_sends_image_blocks(wire: WireServer) -> None:
    (it,) = cassette("anthropic", "messages_text_system")
    wire.add(recorded_reply(it))
    agent = Agent("eyes", model="anthropic:claude-sonnet-4-5", model_options=options(wire))
    await run(agent, [ImagePart.from_bytes(PNG), ImagePart.from_url(URL), "What are these?"])
    (user,) = wire.requests[0].json["messages"]
    assert user == {
        "role": "user",
        "content": [
            {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                         "data": PNG_B64}},
            {"type": "image", "source": {"type": "url", "url": URL}},
            {"type": "text", "text": "What are these?"},
        ],
    }  # fmt: skip


async def test_gemini_sends_inline_data_and_file_data(wire: WireServer) -> None:
    (it,) = cassette("gemini", "generate_text_system_instruction")
    wire.add(recorded_reply(it))
    agent = Agent("eyes", model="gemini:gemini-2.5-flash", model_options=options(wire))
    await run(agent, ["Describe.", ImagePart.from_bytes(PNG), ImagePart.from_url(URL)])
    (user,) = wire.requests[0].json["contents"]
    assert user == {
        "role": "user",
        "parts": [
            {"text": "Describe."},
            {"inlineData": {"mimeType": "image/png", "data": PNG_B64}},
            {"fileData": {"mimeType": "image/webp", "fileUri": URL}},
        ],
    }
