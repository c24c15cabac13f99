"""The four wheels share the ``orbiter`` namespace when installed one by one with pip.

Builds every wheel of the workspace, installs only orbiter-core into a fresh virtualenv, runs an
agent there, then adds orbiter-distributed (which brings orbiter-providers) and imports it.
Dependencies (msgspec, httpx, redis, ...) come from the package index pip is configured with.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

RUN_AGENT = """
import orbiter, sys
from orbiter import Agent, Swarm, run, tool
from orbiter.testing import ScriptedModel, call_tool

@tool
def add(a: int, b: int) -> int:
    return a + b

calc = Agent("calc", model=ScriptedModel([call_tool("add", a=2, b=3), "five"]), tools=[add])
echo = Agent("echo", model="scripted:echo")
result = run.sync(Swarm([calc, echo], mode="workflow"), "2+3?")
print(result.output, result.steps, orbiter.__file__)
"""

IMPORT_ALL = """
import orbiter, orbiter.distributed, orbiter.providers
from orbiter.models import available_providers
from orbiter import Agent, run
print(orbiter.distributed.__file__)
print(",".join(available_providers()))
print(run.sync(Agent("a", model="scripted:echo"), "still works").output)
"""


def _uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    if not found:
        pytest.skip("uv is needed to build the wheels and is not on PATH")
    return found


def _clean_env() -> dict[str, str]:
    # Nothing from the workspace may leak into the fresh environment.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "UV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _sh(args: list[str], cwd: Path, timeout: float = 180) -> str:
    out = subprocess.run(
        args, cwd=cwd, env=_clean_env(), capture_output=True, text=True, timeout=timeout
    )
    assert out.returncode == 0, f"{args} failed:\n{out.stdout}\n{out.stderr}"
    return out.stdout


def test_each_wheel_installs_alone_and_shares_the_namespace(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    out = subprocess.run(
        [_uv(), "build", "--all-packages", "--wheel", "-o", str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr
    wheels = sorted(p.name.split("-")[0] for p in dist.glob("*.whl"))
    assert wheels == ["orbiter_cli", "orbiter_core", "orbiter_distributed", "orbiter_providers"]
    # The web console ships inside the wheel: nothing is built or fetched at install time.
    (distributed_wheel,) = dist.glob("orbiter_distributed-*.whl")
    shipped = set(zipfile.ZipFile(distributed_wheel).namelist())
    static = "orbiter/distributed/server/static/"
    assert {static + n for n in ("index.html", "console.js", "console.css", "docs.html")} <= shipped

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    py = str(env_dir / "bin" / "python")
    pip = [py, "-m", "pip", "install", "--quiet", "--find-links", str(dist)]

    _sh([*pip, "orbiter-core"], cwd=tmp_path)
    installed = _sh([py, "-m", "pip", "list", "--format=freeze"], cwd=tmp_path).lower()
    assert "orbiter-core==" in installed
    assert "orbiter-distributed" not in installed
    assert "orbiter-providers" not in installed
    assert "pydantic" not in installed

    output = _sh([py, "-c", RUN_AGENT], cwd=tmp_path).split()
    assert output[:2] == ["five", "3"]  # calc: tool call + answer; echo repeats it
    assert output[2].startswith(str(env_dir))  # the installed wheel, not the workspace
    missing = subprocess.run(
        [py, "-c", "import orbiter.distributed"], cwd=tmp_path, env=_clean_env(),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert missing.returncode != 0
    assert "No module named 'orbiter.distributed'" in missing.stderr

    _sh([*pip, "orbiter-distributed"], cwd=tmp_path)
    lines = _sh([py, "-c", IMPORT_ALL], cwd=tmp_path).splitlines()
    assert lines[0].startswith(str(env_dir))
    providers = lines[1].split(",")
    assert "scripted" in providers  # from orbiter-core's entry point
    assert "openai" in providers  # from orbiter-providers' entry point
    assert lines[2] == "still works"
