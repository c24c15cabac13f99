"""`orbiter serve` with queue policies: each API key is a tenant, and a run may ask for a
priority; a real server, a real worker and a real Redis."""

from __future__ import annotations

import httpx
import redis
from _serve_testkit import auth, create_key, start_server, start_worker

from orbiter.distributed import TaskHandle
from orbiter.distributed.keys import Keys


async def test_runs_queue_as_their_key_with_the_priority_asked(redis_url: str) -> None:
    ana, bo = create_key(redis_url, "ana"), create_key(redis_url, "bo")
    server, base = start_server(redis_url)
    worker = None
    try:
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            bad = await client.post(
                "/v1/runs", json={"agent": "echo", "input": "x", "priority": "urgent"},
                headers=auth(ana),
            )  # fmt: skip
            assert bad.status_code == 422, bad.text
            assert "priority" in bad.text
            ids = {}
            for name, key, priority in (("ana", ana, "low"), ("bo", bo, "high")):
                # A tenant named in the metadata does not override the key's own.
                body = {"agent": "echo", "input": name, "priority": priority,
                        "metadata": {"tenant": "someone-else"}}  # fmt: skip
                response = await client.post("/v1/runs", json=body, headers=auth(key))
                assert response.status_code == 201, response.text
                ids[name] = response.json()["id"]
        r = redis.Redis.from_url(redis_url)
        try:
            for name, priority in (("ana", b"low"), ("bo", b"high")):
                rec = r.hmget(Keys().task(ids[name]), "status", "tenant", "priority")
                # No worker yet: the runs wait at the gate, not on the stream.
                assert rec == [b"PENDING", name.encode(), priority]
            assert r.xlen(Keys().queue("default")) == 0
        finally:
            r.close()
        worker = start_worker(redis_url)
        for name, run_id in ids.items():
            handle = TaskHandle.attach(run_id, redis_url=redis_url)
            assert (await handle.result(timeout=60))["output"] == name
            await handle.close()
    finally:
        if worker is not None:
            worker.stop()
        server.stop()
