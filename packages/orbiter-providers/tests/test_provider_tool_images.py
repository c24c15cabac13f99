"""Images returned by tools, as each adapter sends them back to the model.

No recording in wire/ has a tool that returns an image, so every reply here is hand-made: a
first answer that calls the tool, in each provider's documented response shape, and a second
that answers in text. The request shapes checked follow each API's documentation: Anthropic
``image`` blocks inside ``tool_result`` content, a Responses ``function_call_output`` given as a
list of ``input_text`` / ``input_image`` items, Gemini images inside the ``functionResponse``
(Gemini 3) or next to it, and for Chat Completions, whose tool messages hold text only, a user
message with the images after the tool messages.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from providers_wire import WireServer, json_reply

from orbiter import Agent, ConfigurationError, ImagePart, run, tool

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
PNG_B64 = base64.b64encode(PNG).decode()
LABEL = "[image image/png, 48 bytes]"
URL = "https://example.org/login.png"
ANSWER = "The login page is blank."


@tool
def screenshot(page: str) -> list[Any]:
    """Capture a page of the app."""
    return [f"The {page} page:", ImagePart.from_bytes(PNG)]


@tool
def status() -> str:
    """Whether the app is up."""
    return "up"


@tool
def chart() -> ImagePart:
    """The latest chart."""
    return ImagePart.from_url(URL)


def options(wire: WireServer) -> dict[str, Any]:
    return {"base_url": wire.url, "api_key": "k", "retry_base_delay": 0}


def chat_completion(message: dict[str, Any], finish: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": "m",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 20, "completion_tokens": 5, "total_tokens": 25},
    }


def chat_call(call_id: str, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
    }


@pytest.mark.parametrize("model", ["openai:gpt-4o", "ollama:llava", "azure:vision-prod"])
async def test_chat_completions_send_tool_images_in_a_user_message_after_the_tool_messages(
    wire: WireServer, model: str
) -> None:
    calls = [
        chat_call("call_a", "screenshot", {"page": "login"}),
        chat_call("call_b", "status", {}),
    ]
    wire.add(
        json_reply(chat_completion({"role": "assistant", "content": None, "tool_calls": calls},
                                   "tool_calls")),
        json_reply(chat_completion({"role": "assistant", "content": ANSWER}, "stop")),
    )  # fmt: skip
    agent = Agent("qa", model=model, tools=[screenshot, status], model_options=options(wire))
    result = await run(agent, "Check the login page.")
    assert result.output == ANSWER
    sent = wire.requests[1].json["messages"]
    assert [m["role"] for m in sent] == ["user", "assistant", "tool", "tool", "user"]
    assert sent[2] == {
        "role": "tool",
        "tool_call_id": "call_a",
        "content": f"The login page:\n{LABEL}",
    }
    assert sent[3] == {"role": "tool", "tool_call_id": "call_b", "content": "up"}
    assert sent[4] == {
        "role": "user",
        "content": [
            {"type": "text", "text": "The images returned by tool screenshot (call call_a):"},
            {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG_B64}"}},
        ],
    }


async def test_deepseek_refuses_tool_images_before_the_request(wire: WireServer) -> None:
    call = chat_call("call_a", "chart", {})
    wire.add(
        json_reply(chat_completion({"role": "assistant", "content": None, "tool_calls": [call]},
                                   "tool_calls"))
    )  # fmt: skip
    agent = Agent("qa", model="deepseek:deepseek-chat", tools=[chart],
                  model_options=options(wire))  # fmt: skip
    with pytest.raises(ConfigurationError, match="does not take images returned by tools"):
        await run(agent, "Show the chart.")
    assert len(wire.requests) == 1  # the second call was refused before it was sent


async def test_responses_api_sends_a_list_output_with_input_image(wire: WireServer) -> None:
    call = {"type": "function_call", "id": "fc_1", "call_id": "call_a", "name": "screenshot",
            "arguments": '{"page": "login"}', "status": "completed"}  # fmt: skip
    answer = {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
              "content": [{"type": "output_text", "text": ANSWER, "annotations": []}]}  # fmt: skip
    usage = {"input_tokens": 20, "output_tokens": 5, "total_tokens": 25}
    wire.add(
        json_reply({"id": "resp_1", "object": "response", "status": "completed",
                    "output": [call], "usage": usage}),
        json_reply({"id": "resp_2", "object": "response", "status": "completed",
                    "output": [answer], "usage": usage}),
    )  # fmt: skip
    agent = Agent("qa", model="openai-responses:gpt-5", tools=[screenshot],
                  model_options=options(wire))  # fmt: skip
    result = await run(agent, "Check the login page.")
    assert result.output == ANSWER
    output = wire.requests[1].json["input"][-1]
    assert output == {
        "type": "function_call_output",
        "call_id": "call_a",
        "output": [
            {"type": "input_text", "text": f"The login page:\n{LABEL}"},
            {"type": "input_image", "image_url": f"data:image/png;base64,{PNG_B64}",
             "detail": "auto"},
        ],
    }  # fmt: skip


async def test_anthropic_puts_image_blocks_inside_the_tool_result(wire: WireServer) -> None:
    def message(content: list[dict[str, Any]], stop: str) -> dict[str, Any]:
        return {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude",
                "content": content, "stop_reason": stop,
                "usage": {"input_tokens": 20, "output_tokens": 5}}  # fmt: skip

    use = {"type": "tool_use", "id": "toolu_1", "name": "chart", "input": {}}
    wire.add(
        json_reply(message([use], "tool_use")),
        json_reply(message([{"type": "text", "text": ANSWER}], "end_turn")),
    )
    agent = Agent("qa", model="anthropic:claude-sonnet-4-5", tools=[chart],
                  model_options=options(wire))  # fmt: skip
    result = await run(agent, "Show the chart.")
    assert result.output == ANSWER
    turn = wire.requests[1].json["messages"][-1]
    assert turn == {
        "role": "user",
        "content": [
            {
                "type": "tool_result",
                "tool_use_id": "toolu_1",
                "content": [
                    {"type": "text", "text": f"[image {URL}]"},
                    {"type": "image", "source": {"type": "url", "url": URL}},
                ],
                "is_error": False,
            }
        ],
    }


@pytest.mark.parametrize("model", ["gemini-3-pro-preview", "gemini-2.5-flash"])
async def test_gemini_sends_tool_images_with_the_function_response(
    wire: WireServer, model: str
) -> None:
    def answer(parts: list[dict[str, Any]]) -> dict[str, Any]:
        return {"candidates": [{"content": {"role": "model", "parts": parts},
                                "finishReason": "STOP"}],
                "usageMetadata": {"promptTokenCount": 20, "candidatesTokenCount": 5}}  # fmt: skip

    wire.add(
        json_reply(answer([{"functionCall": {"name": "screenshot", "args": {"page": "login"}}}])),
        json_reply(answer([{"text": ANSWER}])),
    )
    agent = Agent("qa", model=f"gemini:{model}", tools=[screenshot], model_options=options(wire))
    result = await run(agent, "Check the login page.")
    assert result.output == ANSWER
    turn = wire.requests[1].json["contents"][-1]
    image = {"inlineData": {"mimeType": "image/png", "data": PNG_B64}}
    response = {"name": "screenshot", "response": {"result": f"The login page:\n{LABEL}"}}
    if model.startswith("gemini-3"):
        assert turn == {
            "role": "user",
            "parts": [{"functionResponse": {**response, "parts": [image]}}],
        }
    else:
        assert turn == {"role": "user", "parts": [{"functionResponse": response}, image]}
