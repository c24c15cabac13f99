"""The Azure OpenAI preset (``azure:<deployment>``) on the loopback server.

No Azure exchange was recorded: the replies are hand-made from Azure's REST reference (Chat
Completions bodies with ``prompt_filter_results`` / ``content_filter_results``, and a stream whose
first chunk has no choices, only the prompt's filter results).
"""

from __future__ import annotations

import pytest
from providers_wire import WireServer, json_reply, sse_events, sse_reply

from orbiter import Agent, ConfigurationError, get_model, run
from orbiter.errors import AuthenticationError, InvalidRequestError
from orbiter.messages import UserMessage
from orbiter.models import ModelRequest

FILTERS = {"hate": {"filtered": False, "severity": "safe"}}
ANSWER = {
    "id": "chatcmpl-az1",
    "object": "chat.completion",
    "model": "gpt-4o-2024-11-20",
    "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": FILTERS}],
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": "Hello from Azure."},
            "content_filter_results": FILTERS,
        }
    ],
    "usage": {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13},
}


async def test_deployment_url_api_version_and_api_key_header(
    wire: WireServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", wire.url + "/")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "az-key")
    wire.add(json_reply(ANSWER), json_reply(ANSWER))
    result = await run(Agent("a", model="azure:my-gpt4o-deployment"), "hi")
    assert result.output == "Hello from Azure."
    assert result.usage.input_tokens == 9
    seen = wire.requests[0]
    assert seen.path == "/openai/deployments/my-gpt4o-deployment/chat/completions"
    assert seen.query == {"api-version": ["2024-10-21"]}
    assert seen.headers["api-key"] == "az-key"
    assert "authorization" not in seen.headers
    # api_version from the option wins over the variable, which wins over the default.
    monkeypatch.setenv("AZURE_OPENAI_API_VERSION", "2025-01-01-preview")
    agent = Agent("b", model="azure:dep", model_options={"api_version": "2025-04-01-preview"})
    await run(agent, "hi")
    assert wire.requests[1].query == {"api-version": ["2025-04-01-preview"]}


async def test_stream_skips_the_filter_only_first_chunk(wire: WireServer) -> None:
    head = {"id": "chatcmpl-az2", "object": "chat.completion.chunk", "model": "gpt-4o"}
    body = sse_events(
        {"id": "", "object": "", "model": "", "choices": [],
         "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": FILTERS}]},
        {**head, "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hel"}}]},
        {**head, "choices": [{"index": 0, "delta": {"content": "lo."}, "finish_reason": None,
                              "content_filter_results": FILTERS}]},
        {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
        "[DONE]",
    )  # fmt: skip
    wire.add(sse_reply(body, split=11))
    model = get_model("azure:dep", {"base_url": wire.url, "api_key": "k"})
    chunks = [c async for c in model.stream(ModelRequest(messages=[UserMessage(content="x")]))]
    assert chunks[-1].message.content == "Hello."
    assert wire.requests[0].json["stream"] is True


async def test_content_filter_refusal_and_bad_key_are_typed(wire: WireServer) -> None:
    filtered = {
        "error": {
            "message": "The response was filtered due to the prompt triggering Azure OpenAI's "
            "content management policy.",
            "type": None,
            "param": "prompt",
            "code": "content_filter",
            "status": 400,
        }
    }
    denied = {"error": {"code": "401", "message": "Access denied due to invalid subscription key."}}
    wire.add(json_reply(filtered, status=400), json_reply(denied, status=401))
    model = get_model("azure:dep", {"base_url": wire.url + "/openai", "api_key": "k"})
    request = ModelRequest(messages=[UserMessage(content="x")])
    with pytest.raises(InvalidRequestError, match="content_filter"):
        await model.complete(request)
    with pytest.raises(AuthenticationError, match="invalid subscription key"):
        await model.complete(request)
    # A base URL ending in /openai is the same endpoint.
    assert wire.requests[0].path == "/openai/deployments/dep/chat/completions"


async def test_a_missing_endpoint_says_which_variable_to_set() -> None:
    model = get_model("azure:dep", {"api_key": "k"})
    with pytest.raises(ConfigurationError, match="AZURE_OPENAI_ENDPOINT"):
        await model.complete(ModelRequest(messages=[UserMessage(content="x")]))
    with pytest.raises(AuthenticationError, match="AZURE_OPENAI_API_KEY"):
        await get_model("azure:dep", {"base_url": "https://r.openai.azure.com"}).complete(
            ModelRequest(messages=[UserMessage(content="x")])
        )
