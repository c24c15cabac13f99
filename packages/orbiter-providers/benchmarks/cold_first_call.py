"""Where the first model call of a fresh process spends its time, against a loopback server.

Run: ``uv run --frozen python packages/orbiter-providers/benchmarks/cold_first_call.py [runs]``

Each run is a new Python process that imports Orbiter, resolves ``openai:gpt-4o`` against the
test suite's wire server on 127.0.0.1, and makes three calls with ``run.sync`` (which, like a
script, starts a new event loop per call). The phases printed are medians over the runs:

- ``import orbiter``: ``from orbiter import Agent, run``.
- ``get_model``: finding the provider and importing it (httpx comes in here).
- ``first call``: the first ``run.sync``, of which ``client set-up`` is making the pooled httpx
  client (its TLS context above all) and the rest is the connection, the request and parsing.
- ``second call`` / ``third call``: the same call again, each on a new loop and so a new client.

Bytecode is cached in a private directory (``PYTHONPYCACHEPREFIX``) and filled by one unmeasured
run first, so compiling sources, which an installed wheel never does at run time, is not counted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "tests"), str(HERE.parents[2] / "tests")]  # and testkit

from providers_wire import WireServer, cassette, recorded_reply  # noqa: E402

CHILD = r"""
import json, sys, time
T = time.perf_counter
marks = {}
t0 = T()
from orbiter import Agent, run
marks["import orbiter"] = T() - t0
t0 = T()
from orbiter.models import get_model
model = get_model("openai:gpt-4o", {"base_url": sys.argv[1], "api_key": "k"})
marks["get_model"] = T() - t0
import orbiter.providers._http as http
setup = []
original = http.pooled_client
async def timed(*args, **kwargs):
    s = T()
    try:
        return await original(*args, **kwargs)
    finally:
        setup.append(T() - s)
http.pooled_client = timed
agent = Agent("bench", model=model)
for name in ("first call", "second call", "third call"):
    t0 = T()
    run.sync(agent, "hello")
    marks[name] = T() - t0
marks["client set-up (first call)"] = setup[0]
marks["client set-up (second call)"] = setup[1]
print(json.dumps(marks))
"""


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    wire = WireServer().start()
    (it,) = cassette("openai", "chat_text_system_prompt")
    wire.add(*[recorded_reply(it)] * (3 * (runs + 1)))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    samples: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as cache:
        env["PYTHONPYCACHEPREFIX"] = cache
        for i in range(runs + 1):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, wire.url + "/v1"],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            if i == 0:
                continue  # fills the bytecode cache
            for name, seconds in json.loads(out.stdout).items():
                samples.setdefault(name, []).append(seconds * 1000)
    wire.stop()
    print(f"{runs} fresh processes, loopback http, medians (p90) in ms")
    for name, values in samples.items():
        values.sort()
        p90 = values[min(len(values) - 1, int(len(values) * 0.9))]
        print(f"  {name:<28} {statistics.median(values):7.1f}  ({p90:.1f})")


if __name__ == "__main__":
    main()
