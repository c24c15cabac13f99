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
from _cli_testkit import Running, cli_env, run_cli, write_myapp
from _serve_testkit import create_key, wait_healthy

from orbiter.cli.devserver import free_port

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
    # The targets as the page's TOML file names them, for the worker and the server alike.
    (toml,) = re.findall(r"```toml\n(.*?)```", PAGE.read_text(), re.S)
    (tmp_path / "targets.toml").write_text(toml)
    key = create_key(redis_url, "docs")
    worker = background(
        "start", "worker", "--redis-url", redis_url, "--targets", "targets.toml", cwd=tmp_path,
    )  # fmt: skip
    worker.wait_for(lambda line: "payload signing:" in line)
    assert any("runs only registered targets: desk, support" in line for line in worker.lines)
    port = free_port()
    server = background(
        "serve", "targets.toml", "--redis-url", redis_url, "--port", str(port), cwd=tmp_path,
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


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read it"),
        ("[targets\n", "is not valid TOML"),
        ("[agents]\nx = 'a:b'\n", "has no [targets] table"),
        ("[targets]\nx = 3\n", "x is not a string"),
    ],
)
def test_a_bad_targets_file_is_named_with_what_to_fix(
    tmp_path: Path, content: str | None, message: str
) -> None:
    if content is not None:
        (tmp_path / "targets.toml").write_text(content)
    done = run_cli("serve", "targets.toml", "--redis-url", "redis://127.0.0.1:1", cwd=tmp_path)
    assert done.returncode == 1
    assert message in done.stderr
    assert "[targets] table" in done.stderr  # the hint
