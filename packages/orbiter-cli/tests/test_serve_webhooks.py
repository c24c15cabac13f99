"""`orbiter serve` webhooks and failures: signed deliveries retried with backoff, a delivery
that outlives the server process sending it, Redis going away (503, Retry-After), and the
--no-auth development mode."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import redis
from _cli_testkit import Running
from _serve_testkit import (
    HookReceiver,
    auth,
    create_key,
    eventually,
    start_server,
    start_worker,
)

SECRET = "s3cret-for-hooks"


@pytest.fixture
def receiver() -> Iterator[HookReceiver]:
    hook = HookReceiver(failures=2)
    yield hook
    hook.close()


@pytest.fixture
def procs() -> Iterator[list[Running]]:
    started: list[Running] = []
    yield started
    for proc in started:
        proc.stop()


def _check_signature(headers: dict[str, str], body: bytes) -> None:
    parts = dict(p.split("=", 1) for p in headers["Orbiter-Signature"].split(","))
    signed = parts["t"].encode() + b"." + body
    assert parts["v1"] == hmac.new(SECRET.encode(), signed, hashlib.sha256).hexdigest()


async def test_webhook_is_retried_until_taken_and_signed(
    redis_url: str, receiver: HookReceiver, procs: list[Running]
) -> None:
    key = create_key(redis_url, "hooks")
    procs.append(start_worker(redis_url))
    server, base = start_server(redis_url, "--webhook-secret", SECRET, "--webhook-allow-private")
    procs.append(server)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        body = {"agent": "echo", "input": "call me", "webhook": receiver.url}
        run = (await client.post("/v1/runs", json=body, headers=auth(key))).json()
    calls = receiver.wait_calls(3)
    assert [status for _, _, status in calls] == [500, 500, 204]
    for headers, sent, _ in calls:
        _check_signature(headers, sent)
        outcome = json.loads(sent)
        assert outcome["id"] == run["id"]
        assert outcome["status"] == "COMPLETED"
        assert outcome["output"] == "call me"
        assert headers["Orbiter-Run-Id"] == run["id"]


async def test_a_webhook_outlives_the_server_process_that_was_sending_it(
    redis_url: str, procs: list[Running]
) -> None:
    receiver = HookReceiver(failures=1)
    try:
        key = create_key(redis_url, "hooks")
        procs.append(start_worker(redis_url))
        first, base = start_server(redis_url, "--webhook-secret", SECRET, "--webhook-allow-private")
        procs.append(first)
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            body = {"agent": "echo", "input": "survive", "webhook": receiver.url}
            run = (await client.post("/v1/runs", json=body, headers=auth(key))).json()
        receiver.wait_calls(1)
        first.proc.kill()  # no chance to hand anything over
        first.proc.wait(10)
        second, _ = start_server(redis_url, "--webhook-secret", SECRET, "--webhook-allow-private")
        procs.append(second)
        calls = receiver.wait_calls(2)
        assert [status for _, _, status in calls] == [500, 204]
        assert json.loads(calls[1][1])["id"] == run["id"]
        _check_signature(calls[1][0], calls[1][1])
    finally:
        receiver.close()


async def test_a_webhook_that_keeps_failing_is_given_up_after_its_attempts(
    redis_url: str, procs: list[Running]
) -> None:
    receiver = HookReceiver(failures=100)
    try:
        key = create_key(redis_url, "hooks")
        procs.append(start_worker(redis_url))
        server, base = start_server(
            redis_url, "--webhook-attempts", "2", "--webhook-allow-private"
        )  # fmt: skip
        procs.append(server)
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            body = {"agent": "echo", "input": "nobody home", "webhook": receiver.url}
            run = (await client.post("/v1/runs", json=body, headers=auth(key))).json()
        conn = redis.Redis.from_url(redis_url)
        try:
            await eventually(
                lambda: (
                    conn.hget(f"orbiter:server:webhook:{run['id']}", "attempts") == b"2"
                    and conn.zcard("orbiter:server:webhooks") == 0
                ),
                within=30,
                what="the webhook to be given up",
            )
            assert conn.hget(f"orbiter:server:webhook:{run['id']}", "error") == b"HTTP 500"
        finally:
            conn.close()
        assert [status for _, _, status in receiver.calls] == [500, 500]
        assert "Orbiter-Signature" not in receiver.calls[0][0]  # no --webhook-secret: unsigned
    finally:
        receiver.close()


async def test_redis_unreachable_is_a_503_with_retry_after(
    local_redis: Any, procs: list[Running]
) -> None:
    key = create_key(local_redis.url, "ops")
    server, base = start_server(local_redis.url)
    procs.append(server)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        ready = await client.get("/readyz")
        assert ready.status_code == 503
        assert "no worker is alive" in ready.json()["detail"]
        assert (await client.get("/v1/agents", headers=auth(key))).status_code == 200
        local_redis.stop()
        down = await client.get("/v1/agents", headers=auth(key))
        assert down.status_code == 503, down.text
        assert down.headers["content-type"] == "application/problem+json"
        assert down.json()["type"] == "urn:orbiter:problem:redis-unavailable"
        assert down.headers["retry-after"] == "5"
        not_ready = await client.get("/readyz")
        assert not_ready.status_code == 503
        assert not_ready.json()["redis"] is False
        assert (await client.get("/healthz")).status_code == 200
        local_redis.start()
        back = await client.get("/v1/agents", headers=auth(key))
        assert back.status_code == 200


async def test_no_auth_serves_everyone_as_admin_and_says_so_loudly(
    redis_url: str, procs: list[Running]
) -> None:
    server, base = start_server(redis_url, "--no-auth")
    procs.append(server)
    server.wait_for(lambda line: "WARNING: --no-auth: every request is an admin" in line)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        assert (await client.get("/v1/agents")).status_code == 200
        assert (await client.get("/v1/queues/default/dead-letters")).status_code == 200
