"""`orbiter serve` end to end: a real server (two processes) and a real worker started with
--targets, on a real Redis, called over HTTP with httpx."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import redis
from _cli_testkit import Running
from _serve_testkit import (
    Sse,
    auth,
    create_key,
    eventually,
    read_all,
    sse_events,
    start_server,
    start_worker,
)
from testkit.workers import plain_client

from orbiter.distributed import TaskHandle
from orbiter.distributed.keys import Keys


class Api:
    def __init__(self, redis_url: str, base: str, keys: dict[str, str]) -> None:
        self.redis_url = redis_url
        self.base = base
        self.keys = keys


@pytest.fixture(scope="module")
def api(module_redis_url: str) -> Iterator[Api]:
    keys = {
        "alice": create_key(module_redis_url, "alice"),
        "bob": create_key(module_redis_url, "bob"),
        "root": create_key(module_redis_url, "root", "--scope", "admin"),
        "limited": create_key(module_redis_url, "limited", "--rate-limit", "3"),
    }
    started: list[Running] = []
    try:
        started.append(start_worker(module_redis_url))
        server, base = start_server(
            module_redis_url, "--processes", "2", "--max-body", "4096",
            "--cors-origin", "http://console.test", "--keepalive", "0.3",
        )  # fmt: skip
        started.append(server)
        yield Api(module_redis_url, base, keys)
    finally:
        for proc in started:
            proc.stop()


@pytest.fixture
async def client(api: Api) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=api.base, timeout=30) as c:
        yield c


async def create(client: httpx.AsyncClient, key: str, **body: Any) -> dict[str, Any]:
    response = await client.post("/v1/runs", json=body, headers=auth(key))
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    assert response.headers["location"] == f"/v1/runs/{data['id']}"
    return data


def problem(response: httpx.Response, status: int, slug: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    data: dict[str, Any] = response.json()
    assert data["type"] == f"urn:orbiter:problem:{slug}"
    assert data["status"] == status
    assert data["title"]
    assert data["detail"]
    return data


async def test_health_readiness_openapi_and_docs(api: Api, client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = (await client.get("/readyz")).json()
    assert ready["status"] == "ok"
    assert ready["redis"] is True
    assert ready["workers"] >= 1
    spec = (await client.get("/openapi.json")).json()
    assert spec["openapi"] == "3.1.0"
    schemas = spec["components"]["schemas"]
    assert set(schemas["RunCreate"]["properties"]) >= {"agent", "input", "messages", "webhook"}
    assert "/v1/runs/{run_id}/events" in spec["paths"]
    docs = await client.get("/docs")
    assert docs.status_code == 200
    assert "openapi.json" in docs.text
    assert "://" not in docs.text  # everything it loads comes from this server
    agents = (await client.get("/v1/agents", headers=auth(api.keys["alice"]))).json()["agents"]
    names = [a["name"] for a in agents]
    assert names == ["broken", "desk", "echo", "sleeper", "story"]
    assert (agents[1]["kind"], agents[1]["description"]) == ("swarm", "a swarm of triage, billing")
    assert agents[2]["description"] == "Repeats the input."
    assert "agent" in agents[2]["input"]["$defs"]["RunCreate"]["properties"]


async def test_run_result_status_and_filtered_pages(api: Api, client: httpx.AsyncClient) -> None:
    key = api.keys["alice"]
    tag = uuid.uuid4().hex
    made = [
        await create(client, key, agent="echo", input=f"hi {i}", metadata={"tag": tag, "i": i})
        for i in range(3)
    ]
    broken = await create(client, key, agent="broken", input="x", metadata={"tag": tag})
    done = await client.get(f"/v1/runs/{made[0]['id']}/result?wait=30", headers=auth(key))
    assert done.status_code == 200
    assert done.json()["status"] == "COMPLETED"
    assert done.json()["output"] == "hi 0"
    failed = await client.get(f"/v1/runs/{broken['id']}/result?wait=30", headers=auth(key))
    assert failed.json()["status"] == "FAILED"
    assert "the provider is down" in failed.json()["error"]
    for run in made[1:]:
        await client.get(f"/v1/runs/{run['id']}/result?wait=30", headers=auth(key))
    record = (await client.get(f"/v1/runs/{made[0]['id']}", headers=auth(key))).json()
    assert record["status"] == "COMPLETED"
    assert record["agent"] == "echo"
    assert record["metadata"] == {"tag": tag, "i": 0}

    page = await client.get(f"/v1/runs?metadata.tag={tag}&agent=echo&limit=2", headers=auth(key))
    first = page.json()
    assert [r["id"] for r in first["runs"]] == [made[2]["id"], made[1]["id"]]
    rest = await client.get(
        f"/v1/runs?metadata.tag={tag}&agent=echo&limit=2&cursor={first['next_cursor']}",
        headers=auth(key),
    )
    assert [r["id"] for r in rest.json()["runs"]] == [made[0]["id"]]
    assert rest.json()["next_cursor"] is None
    failed_only = await client.get(f"/v1/runs?status=failed&metadata.tag={tag}", headers=auth(key))
    assert [r["id"] for r in failed_only.json()["runs"]] == [broken["id"]]
    by_number = await client.get(f"/v1/runs?metadata.i=1&metadata.tag={tag}", headers=auth(key))
    assert [r["id"] for r in by_number.json()["runs"]] == [made[1]["id"]]


async def test_result_wait_runs_out_with_202(api: Api, client: httpx.AsyncClient) -> None:
    key = api.keys["alice"]
    run = await create(client, key, agent="sleeper", input="zz")
    pending = await client.get(f"/v1/runs/{run['id']}/result?wait=0.3", headers=auth(key))
    assert pending.status_code == 202
    assert pending.json()["finished"] is False
    cancel = await client.post(f"/v1/runs/{run['id']}/cancel", headers=auth(key))
    assert cancel.json()["outcome"] in ("cancelled", "requested")
    final = await client.get(f"/v1/runs/{run['id']}/result?wait=30", headers=auth(key))
    assert final.json()["status"] == "CANCELLED"
    again = await client.post(f"/v1/runs/{run['id']}/cancel", headers=auth(key))
    assert again.json() == {"id": run["id"], "outcome": "finished", "status": "CANCELLED"}


async def _replay(api: Api, run_id: str) -> list[tuple[str, dict[str, Any]]]:
    handle = TaskHandle.attach(run_id, redis_url=api.redis_url)
    try:
        import msgspec

        return [
            (e.position or "", {**msgspec.to_builtins(e), "position": None})
            async for e in handle.stream()
        ]
    finally:
        await handle.close()


def _pairs(events: list[Sse]) -> list[tuple[str, dict[str, Any]]]:
    return [(e.id or "", {**e.data, "position": None}) for e in events if e.event != "end"]


async def test_sse_resumes_after_a_dropped_connection_without_gap_or_duplicate(
    api: Api, client: httpx.AsyncClient
) -> None:
    key = api.keys["alice"]
    run = await create(client, key, agent="story", input="tell", detailed=True)
    url = f"/v1/runs/{run['id']}/events"
    first: list[Sse] = []
    async with client.stream("GET", url, headers=auth(key)) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        async for event in sse_events(response):
            first.append(event)
            if event.event == "text" and len([e for e in first if e.event == "text"]) == 5:
                break  # drop the connection mid-run
    assert first[-1].event == "text"
    rest = await read_all(client, url, headers={**auth(key), "Last-Event-ID": first[-1].id or ""})
    assert rest[-1].event == "end"
    assert rest[-1].data["status"] == "COMPLETED"
    assert any(e.event == "text" for e in rest[:-1])  # the run was still live when we came back
    joined = first + rest
    assert _pairs(joined) == await _replay(api, run["id"])
    assert {"tool_call", "tool_result", "usage", "step", "text"} <= {e.event for e in joined}

    # ?after= does the same for a finished run; after the end there is nothing left to send.
    middle = first[len(first) // 2].id
    tail = await read_all(client, f"{url}?after={middle}", headers=auth(key))
    assert _pairs(tail) == _pairs(joined)[len(first) // 2 + 1 :]
    assert await read_all(client, f"{url}?after={rest[-1].id}", headers=auth(key)) == []


async def test_idle_streams_keep_alive_and_a_client_going_away_leaves_nothing(
    api: Api, client: httpx.AsyncClient
) -> None:
    key = api.keys["alice"]
    run = await create(client, key, agent="sleeper", input="zz", detailed=True)
    channel = f"orbiter:live:{run['id']}"
    conn = redis.Redis.from_url(api.redis_url)

    def listeners() -> int:
        return int(dict(conn.pubsub_numsub(channel))[channel.encode()])

    try:
        async with client.stream("GET", f"/v1/runs/{run['id']}/events", headers=auth(key)) as r:
            lines = r.aiter_lines()
            async for line in lines:
                if line == "event: tool_call":
                    assert listeners() == 1  # the server follows the run for us
                    break
            # Nothing happens during the nap: comment lines keep the connection alive.
            assert (await anext(lines)).startswith("data: ")
            assert await anext(lines) == ""
            assert await anext(lines) == ": keep-alive"
        # The run goes on (a 60 s nap), but the server stops following it for nobody.
        await eventually(lambda: listeners() == 0, what="the server to unsubscribe")
    finally:
        conn.close()
        await client.post(f"/v1/runs/{run['id']}/cancel", headers=auth(key))


async def test_submit_and_stream_in_one_request(api: Api, client: httpx.AsyncClient) -> None:
    key = api.keys["alice"]
    body = {"agent": "echo", "input": "streamed"}
    async with client.stream("POST", "/v1/runs/stream", json=body, headers=auth(key)) as response:
        assert response.status_code == 200
        run_id = response.headers["orbiter-run-id"]
        events = [e async for e in sse_events(response)]
    assert events[-1].event == "end"
    assert events[-1].data["result"]["output"] == "streamed"
    assert [e.data["text"] for e in events if e.event == "text"] == ["streamed"]
    assert _pairs(events) == await _replay(api, run_id)


async def test_idempotency_key_returns_the_same_run(api: Api, client: httpx.AsyncClient) -> None:
    key = api.keys["alice"]
    token = uuid.uuid4().hex
    headers = {**auth(key), "Idempotency-Key": token}
    body = {"agent": "echo", "input": "once"}
    one = await client.post("/v1/runs", json=body, headers=headers)
    two = await client.post("/v1/runs", json=body, headers=headers)
    assert one.status_code == two.status_code == 201
    assert one.json()["id"] == two.json()["id"]
    other = await client.post("/v1/runs", json={**body, "input": "twice"}, headers=headers)
    assert "different request body" in problem(other, 422, "idempotency-key-reused")["detail"]
    # Another key's same token is another run.
    bob = await client.post(
        "/v1/runs", json=body, headers={**auth(api.keys["bob"]), "Idempotency-Key": token}
    )
    assert bob.json()["id"] != one.json()["id"]


async def test_every_error_is_a_problem_document(api: Api, client: httpx.AsyncClient) -> None:
    key = auth(api.keys["alice"])
    raw = {**key, "Content-Type": "application/json"}
    bad = await client.post("/v1/runs", content=b'{"agent": ', headers=raw)
    assert "not valid JSON" in problem(bad, 400, "malformed-json")["title"]
    shape = await client.post("/v1/runs", json={"agent": "echo", "timeout": "soon"}, headers=key)
    found = problem(shape, 422, "invalid-body")
    assert found["errors"] == [{"field": "timeout", "message": "Expected `float`, got `str`"}]
    assert "field 'timeout'" in found["detail"]
    extra = await client.post(
        "/v1/runs", json={"agent": "echo", "input": "x", "colour": 1}, headers=key
    )
    assert "colour" in problem(extra, 422, "invalid-body")["detail"]
    empty = await client.post("/v1/runs", json={"agent": "echo"}, headers=key)
    assert "nothing to run" in problem(empty, 422, "invalid-body")["detail"]
    hook = await client.post(
        "/v1/runs", json={"agent": "echo", "input": "x", "webhook": "ftp://x"}, headers=key
    )
    assert "webhook" in problem(hook, 422, "invalid-body")["detail"]
    local = {"agent": "echo", "input": "x", "webhook": "http://127.0.0.1:9/hook"}
    inside = await client.post("/v1/runs", json=local, headers=key)
    assert "--webhook-allow-private" in problem(inside, 422, "invalid-body")["detail"]
    unknown = await client.post(
        "/v1/runs", json={"agent": "secret-agent", "input": "x"}, headers=key
    )
    detail = problem(unknown, 404, "unknown-agent")["detail"]
    assert "secret-agent" in detail
    assert "echo" not in detail
    assert "story" not in detail
    missing = await client.get("/v1/runs/0123456789abcdef", headers=key)
    assert problem(missing, 404, "unknown-run")["run_id"] == "0123456789abcdef"
    for path in ("/result", "/events", "/cancel"):
        method = "POST" if path == "/cancel" else "GET"
        again = await client.request(method, f"/v1/runs/0123456789abcdef{path}", headers=key)
        problem(again, 404, "unknown-run")
    big = await client.post("/v1/runs", json={"agent": "echo", "input": "x" * 5000}, headers=key)
    assert "4096 bytes" in problem(big, 413, "body-too-large")["detail"]

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"agent": "echo", "input": "'
        for _ in range(10):
            yield b"y" * 1000
        yield b'"}'

    chunked = await client.post("/v1/runs", content=chunks(), headers=raw)
    problem(chunked, 413, "body-too-large")
    query = await client.get("/v1/runs?status=SLEEPING", headers=key)
    assert "PENDING" in problem(query, 422, "invalid-query")["detail"]
    wait = await client.get("/v1/runs/0123456789abcdef/result?wait=never", headers=key)
    assert wait.status_code in (404, 422)
    nowhere = await client.get("/v2/everything", headers=key)
    problem(nowhere, 404, "not-found")


async def test_keys_scopes_and_ownership(api: Api, client: httpx.AsyncClient) -> None:
    alice, bob, root = (auth(api.keys[n]) for n in ("alice", "bob", "root"))
    anonymous = await client.get("/v1/agents")
    assert problem(anonymous, 401, "unauthenticated")["detail"].startswith("send an API key")
    assert anonymous.headers["www-authenticate"] == "Bearer"
    wrong = await client.get("/v1/agents", headers=auth("orb_not-a-key"))
    problem(wrong, 401, "invalid-key")
    run = await create(
        client, api.keys["alice"], agent="echo", input="mine", metadata={"who": "alice"}
    )
    run_id = run["id"]
    # Bob cannot tell Alice's run from one that does not exist.
    for method, path in (
        ("GET", ""),
        ("GET", "/result"),
        ("GET", "/events"),
        ("POST", "/cancel"),
        ("POST", "/stream-token"),
    ):
        answer = await client.request(method, f"/v1/runs/{run_id}{path}", headers=bob)
        assert problem(answer, 404, "unknown-run")["detail"].startswith(f"no run '{run_id}'")
    listed = (await client.get("/v1/runs?metadata.who=alice", headers=bob)).json()["runs"]
    assert listed == []
    assert [
        r["id"]
        for r in (await client.get("/v1/runs?metadata.who=alice", headers=alice)).json()["runs"]
    ] == [run_id]
    # An admin key sees every run, and may read dead letters.
    assert (await client.get(f"/v1/runs/{run_id}", headers=root)).status_code == 200
    admin_list = (await client.get("/v1/runs?metadata.who=alice", headers=root)).json()["runs"]
    assert [r["id"] for r in admin_list] == [run_id]
    denied = await client.get("/v1/queues/default/dead-letters", headers=alice)
    assert "admin key" in problem(denied, 403, "forbidden")["detail"]
    assert (await client.get("/v1/workers", headers=alice)).json()["workers"]
    queues = (await client.get("/v1/queues", headers=alice)).json()["queues"]
    assert {"queue", "depth", "in_flight", "dead_letters"} <= set(queues[0])


async def test_rate_limit_is_shared_by_the_server_processes(
    api: Api, client: httpx.AsyncClient
) -> None:
    key = auth(api.keys["limited"])
    # Limits count per clock minute: start well inside one, so all eight land in the same.
    await eventually(lambda: time.time() % 60 < 45, within=20, what="the start of a minute")
    answers = []
    for _ in range(8):  # each on a connection of its own, so both processes answer some
        async with httpx.AsyncClient(base_url=api.base, timeout=30) as fresh:
            answers.append(await fresh.get("/v1/agents", headers=key))
    assert [a.status_code for a in answers[:3]] == [200, 200, 200]
    limited = answers[3]
    assert "3 requests per minute" in problem(limited, 429, "rate-limited")["detail"]
    assert int(limited.headers["retry-after"]) >= 1
    assert all(a.status_code == 429 for a in answers[3:])


async def test_revoked_key_is_refused(api: Api, client: httpx.AsyncClient) -> None:
    key = create_key(api.redis_url, "short-lived")
    assert (await client.get("/v1/agents", headers=auth(key))).status_code == 200
    from _cli_testkit import run_cli
    from _serve_testkit import serve_env

    listed = run_cli("keys", "list", "--redis-url", api.redis_url, "--json", env=serve_env())
    assert "short-lived" in listed.stdout
    assert key not in listed.stdout
    done = run_cli("keys", "revoke", "short-lived", "--redis-url", api.redis_url, env=serve_env())
    assert done.returncode == 0, done.stderr
    problem(await client.get("/v1/agents", headers=auth(key)), 401, "invalid-key")
    taken = run_cli("keys", "create", "alice", "--redis-url", api.redis_url, env=serve_env())
    assert taken.returncode == 2
    assert "an API key named 'alice' exists already" in taken.stderr
    scope = run_cli(
        "keys", "create", "x", "--scope", "root", "--redis-url", api.redis_url, env=serve_env()
    )  # fmt: skip
    assert "scope must be one of runs, admin, got 'root'" in scope.stderr
    again = run_cli("keys", "revoke", "short-lived", "--redis-url", api.redis_url, env=serve_env())
    assert again.returncode == 1
    assert "no API key named 'short-lived'" in again.stderr


async def test_stream_token_opens_one_runs_events_only(api: Api, client: httpx.AsyncClient) -> None:
    key = api.keys["alice"]
    run = await create(client, key, agent="echo", input="browser")
    other = await create(client, key, agent="echo", input="other")
    made = await client.post(f"/v1/runs/{run['id']}/stream-token", headers=auth(key))
    assert made.status_code == 201
    url = made.json()["events_url"]
    events = await read_all(client, url)  # no Authorization header, as in a browser
    assert events[-1].event == "end"
    assert events[-1].data["result"]["output"] == "browser"
    token = made.json()["token"]
    stolen = await client.get(f"/v1/runs/{other['id']}/events?token={token}")
    problem(stolen, 401, "invalid-token")
    forged = await client.get(f"/v1/runs/{run['id']}/events?token={token[:-2]}xx")
    problem(forged, 401, "invalid-token")


async def test_dead_letters_and_redrive_for_admins(api: Api, client: httpx.AsyncClient) -> None:
    root = auth(api.keys["root"])
    conn = plain_client(api.redis_url)
    queue = Keys.from_env(redis_url=api.redis_url).queue_for("default", "poison-api")
    conn.xadd(queue, {"t": "poison-api", "p": b"not json"})
    conn.close()

    async def dead_letters() -> list[dict[str, Any]]:
        answer = await client.get("/v1/queues/default/dead-letters", headers=root)
        found: list[dict[str, Any]] = answer.json()["dead_letters"]
        return [d for d in found if d["task_id"] == "poison-api"]

    (entry,) = await eventually(dead_letters, what="the dead letter")
    again = await client.post(
        f"/v1/queues/default/dead-letters/{entry['entry_id']}/redrive", headers=root
    )
    assert again.status_code == 201, again.text
    assert again.json() == {"id": "poison-api"}
    gone = await client.post(
        f"/v1/queues/default/dead-letters/{entry['entry_id']}/redrive", headers=root
    )
    problem(gone, 404, "unknown-dead-letter")


async def test_cors_preflight_allows_the_configured_origin(
    api: Api, client: httpx.AsyncClient
) -> None:
    headers = {
        "Origin": "http://console.test",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
    }
    allowed = await client.options("/v1/runs", headers=headers)
    assert allowed.headers["access-control-allow-origin"] == "http://console.test"
    refused = await client.options("/v1/runs", headers={**headers, "Origin": "http://evil.test"})
    assert "access-control-allow-origin" not in refused.headers


async def test_runs_on_a_thread_of_the_api_key(api: Api, client: httpx.AsyncClient) -> None:
    key, other = api.keys["alice"], api.keys["bob"]
    thread = uuid.uuid4().hex

    async def said(run: dict[str, Any], by: str) -> list[str]:
        done = await client.get(f"/v1/runs/{run['id']}/result?wait=30", headers=auth(by))
        return [m["content"] for m in done.json()["result"]["messages"]]

    first = await create(client, key, agent="echo", input="one", thread_id=thread)
    assert await said(first, key) == ["one", "one"]
    second = await create(client, key, agent="echo", input="two", thread_id=thread)
    assert await said(second, key) == ["one", "one", "two", "two"]
    # Another key's thread of the same name is another thread.
    theirs = await create(client, other, agent="echo", input="three", thread_id=thread)
    assert await said(theirs, other) == ["three", "three"]

    slow = await create(client, key, agent="sleeper", input="zz", thread_id=thread)
    busy = await client.post(
        "/v1/runs", json={"agent": "echo", "input": "x", "thread_id": thread}, headers=auth(key)
    )
    assert slow["id"] in problem(busy, 409, "thread-busy")["detail"]
    after = await create(
        client, key, agent="echo", input="four", thread_id=thread, on_busy="rollback"
    )
    assert await said(after, key) == ["one", "one", "two", "two", "four", "four"]
    wrong = await client.post(
        "/v1/runs",
        json={"agent": "echo", "input": "x", "thread_id": thread, "on_busy": "later"},
        headers=auth(key),
    )
    problem(wrong, 422, "invalid-body")
