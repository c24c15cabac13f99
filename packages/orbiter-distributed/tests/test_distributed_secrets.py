"""Secrets never reach Redis: a credential header, a password in a provider URL and a credential
field of the request body travel as the names of environment variables that the worker resolves.
A real `orbiter start worker`, a real HTTP server on loopback, and a scan of every key in the
real Redis afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from guide_support import (
    API_KEY,
    ChatCompletionsServer,
    WorkerProcess,
    chat_server,
    everything_in_redis,
    worker_env,
)

from orbiter import Agent
from orbiter.distributed import distributed
from orbiter.errors import SerializationError


@pytest.fixture
def chat() -> Iterator[ChatCompletionsServer]:
    with chat_server() as server:
        yield server


async def test_secret_header_and_url_password_stay_out_of_redis(
    redis_url: str, chat: ChatCompletionsServer
) -> None:
    host_url = chat.url.replace("http://", "http://proxyuser:url-pa55word@")
    header_secret = "hdr-s3cret-value"
    body_secret = "b0dy-s3cret-value"
    # The worker knows the provider URL only through the variable the agent names.
    env = worker_env(
        redis_url, "http://127.0.0.1:9/unused", ORBITER_TOKEN=header_secret,
        ORBITER_CHAT_URL=chat.url, ORBITER_BODY_TOKEN=body_secret,
    )  # fmt: skip
    worker = WorkerProcess(env=env)
    try:
        worker.wait_for("payload signing:")
        secret_options = {"headers": {"X-Api-Key": header_secret}}
        with pytest.raises(SerializationError, match="environment variable"):
            Agent("a", model="openai:gpt-4o", model_options=secret_options).to_dict()
        with pytest.raises(SerializationError, match="password"):
            Agent("a", model="openai:gpt-4o", model_options={"base_url": host_url}).to_dict()
        in_body = {"extra_body": {"gateway": {"access_token": body_secret}}}
        with pytest.raises(SerializationError, match=r"\['gateway'\]\['access_token'\]"):
            Agent("a", model="openai:gpt-4o", model_options=in_body).to_dict()
        agent = Agent(
            name="assistant",
            model="openai:gpt-4o",
            model_options={
                "headers": {"X-Api-Key": {"env": "ORBITER_TOKEN"}},
                "base_url": {"env": "ORBITER_CHAT_URL"},
                "extra_body": {"gateway": {"access_token": {"env": "ORBITER_BODY_TOKEN"}}},
            },
        )
        handle = await distributed(agent, "What is the capital of France?", redis_url=redis_url)
        result = await handle.result(timeout=30)
        assert result["output"]
        assert chat.requests  # reached through the URL resolved from the worker's environment
        assert chat.requests[0]["gateway"] == {"access_token": body_secret}
        stored = everything_in_redis(redis_url)
        assert handle.task_id.encode() in stored  # the scan did read the task's data
        assert header_secret.encode() not in stored
        assert API_KEY.encode() not in stored
        assert b"url-pa55word" not in stored
        assert body_secret.encode() not in stored
    finally:
        worker.stop()
