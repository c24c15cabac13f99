"""The curl example of docs/server.md, run as written against a real `orbiter serve` and worker
serving the getting-started layout (myapp.agents:support)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from _cli_testkit import Running, cli_env, write_myapp
from _serve_testkit import create_key, free_port, wait_healthy

PAGE = Path(__file__).parents[3] / "docs" / "server.md"


def curl_blocks() -> list[str]:
    """The page's bash blocks that call the API with curl (the others start processes)."""
    blocks = re.findall(r"```bash\n(.*?)```", PAGE.read_text(), re.S)
    return [b for b in blocks if "curl -" in b]


@pytest.mark.skipif(shutil.which("curl") is None, reason="needs the curl command")
def test_the_curl_example_runs_as_written(
    background: Callable[..., Running], redis_url: str, tmp_path: Path
) -> None:
    (example,) = curl_blocks()
    write_myapp(tmp_path)
    key = create_key(redis_url, "docs")
    worker = background(
        "start", "worker", "--redis-url", redis_url, "--targets", "myapp.agents:support",
        cwd=tmp_path,
    )  # fmt: skip
    worker.wait_for(lambda line: "payload signing:" in line)
    port = free_port()
    server = background(
        "serve", "myapp.agents:support", "--redis-url", redis_url, "--port", str(port),
        cwd=tmp_path,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    wait_healthy(base, server)

    env = cli_env(ORBITER_URL=base, ORBITER_API_KEY=key)
    outputs = []
    for _ in range(2):
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", example],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr + done.stdout
        outputs.append(done.stdout)
    first, second = outputs
    run_id = first.splitlines()[0].removeprefix("run ")
    # The Idempotency-Key made the second go return the same run.
    assert second.splitlines()[0] == f"run {run_id}"
    assert "event: tool_call" in first
    assert "event: end" in first
    # After the event stream, the result and the list, printed back to back by curl.
    tail = first[first.rindex("event: end") :].split("\n\n", 1)[1].strip()
    result, end = json.JSONDecoder().raw_decode(tail)
    assert result["status"] == "COMPLETED"
    assert result["output"] == "done"
    page = json.loads(tail[end:])
    assert [run["id"] for run in page["runs"]] == [run_id]
