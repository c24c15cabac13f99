"""Draw the Grafana dashboard's panels from a recorded run: docs/img/observability-dashboard.png.

    uv run --frozen python benchmarks/dashboard_run.py record /tmp/orbiter-dashboard.json
    uv run --no-project --with matplotlib python benchmarks/dashboard_run.py draw \\
        /tmp/orbiter-dashboard.json docs/img/observability-dashboard.png

``record`` starts a Valkey server and one ``orbiter start worker --metrics-port``, sends it a
mixed load for ``--seconds`` (answers, tool calls, failures, cancels, a poison entry), and
scrapes ``/metrics`` every second. ``draw`` evaluates each panel's PromQL (the few shapes
``dashboard_panels.py`` uses) over those scrapes and plots it; it needs only matplotlib.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH_DIR), str(BENCH_DIR.parent), str(BENCH_DIR.parent / "tests")]

from dashboard_panels import PANELS  # noqa: E402

Scrape = dict[str, Any]  # {"t": seconds, "samples": [[name, {labels}, value], ...]}
WINDOW = 5  # scrapes a rate() looks back over


# -- record (workspace env) -------------------------------------------------------------------


def record(out: Path, seconds: float) -> None:
    import asyncio
    import random
    import time
    import urllib.request

    import _bench
    import bench_tools
    import redis
    from prometheus_client.parser import text_string_to_metric_families

    from orbiter import Agent
    from orbiter.cli.devserver import DevServer, free_port
    from orbiter.distributed import distributed
    from orbiter.testing import ScriptedModel, call_tool, fail, reply

    port = free_port()
    server = DevServer(free_port())
    server.start()
    orbiter = str(Path(sys.executable).with_name("orbiter"))
    worker = _bench.spawn(
        [orbiter, "start", "worker", "--redis-url", server.url, "--concurrency", "16",
         "--metrics-port", str(port)],
        env={"PYTHONPATH": str(BENCH_DIR), "ORBITER_ALLOWED_MODULES": "bench_tools"},
    )  # fmt: skip
    scrapes: list[Scrape] = []

    def scrape(t: float) -> None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as r:
                text = r.read().decode()
        except OSError:
            return
        samples = [
            [s.name, s.labels, s.value]
            for family in text_string_to_metric_families(text)
            for s in family.samples
            if s.name.startswith("orbiter_")
        ]
        scrapes.append({"t": round(t, 3), "samples": samples})

    def agent(kind: str) -> Agent:
        think = random.uniform(0.05, 0.6)
        if kind == "tool":
            script = [call_tool("nap", seconds=random.uniform(0.05, 0.3), delay=think),
                      reply("rested", delay=think)]  # fmt: skip
            return Agent(name="planner", model=ScriptedModel(script), tools=[bench_tools.nap])
        if kind == "fail":
            return Agent(name="planner", model=ScriptedModel([fail("upstream down", delay=think)]))
        if kind == "slow":
            return Agent(name="writer", model=ScriptedModel([reply("late", delay=30)]))
        return Agent(name="writer", model=ScriptedModel([reply("hello " * 20, delay=think)]))

    async def load() -> None:
        t0 = time.monotonic()
        next_scrape = 0.0
        handles = []
        client = redis.Redis.from_url(server.url)
        while (now := time.monotonic() - t0) < seconds:
            if now >= next_scrape:
                await asyncio.to_thread(scrape, now)
                next_scrape += 1.0
            # A busier middle third, to give the queue something to hold.
            burst = 3 if seconds / 3 < now < 2 * seconds / 3 else 1
            for _ in range(burst):
                kind = random.choices(["text", "tool", "fail", "slow"], [60, 30, 6, 4])[0]
                handle = await distributed(agent(kind), "go", redis_url=server.url)
                handles.append(handle)
                if kind == "slow":
                    asyncio.get_running_loop().call_later(
                        2.0, asyncio.ensure_future, handle.cancel()
                    )
            if random.random() < 0.01:
                client.xadd("orbiter:queue:default", {"t": "poison", "p": b"not json"})
            await asyncio.sleep(0.1)
        for h in handles:
            try:
                await asyncio.wait_for(h.result(), 30)
            except Exception:
                pass
            await h.close()
        await asyncio.to_thread(scrape, time.monotonic() - t0)
        client.close()

    _bench.wait_for(lambda: _ready(port), 30, "the worker's /metrics")
    try:
        asyncio.run(load())
    finally:
        _bench.stop(worker)
        server.close()
    out.write_text(json.dumps({"seconds": seconds, "scrapes": scrapes}))
    print(f"recorded {len(scrapes)} scrapes into {out}")


def _ready(port: int) -> bool:
    import urllib.request

    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=1).close()
        return True
    except OSError:
        return False


# -- evaluate the dashboard's PromQL shapes ---------------------------------------------------

_SELECTOR = re.compile(r"(\w+)(\{[^}]*\})?")
_MATCHER = re.compile(r'(\w+)(=~|=)"([^"]*)"')


def _select(scrape: Scrape, selector: str) -> list[tuple[dict[str, str], float]]:
    m = _SELECTOR.fullmatch(selector.split("[")[0])
    assert m, selector
    name, matchers = m.group(1), _MATCHER.findall(m.group(2) or "")
    out = []
    for sample_name, labels, value in scrape["samples"]:
        if sample_name != name:
            continue
        if all(op == "=~" or labels.get(k) == v for k, op, v in matchers):  # =~ "$queue": all
            out.append((labels, value))
    return out


def _rate(scrapes: list[Scrape], i: int, selector: str) -> list[tuple[dict[str, str], float]]:
    j = max(0, i - WINDOW)
    if j == i:
        return []
    before = {json.dumps(ls, sort_keys=True): v for ls, v in _select(scrapes[j], selector)}
    dt = scrapes[i]["t"] - scrapes[j]["t"]
    return [
        (ls, (v - before.get(json.dumps(ls, sort_keys=True), 0.0)) / dt)
        for ls, v in _select(scrapes[i], selector)
    ]


def _group(
    values: list[tuple[dict[str, str], float]], by: list[str]
) -> dict[tuple[str, ...], float]:
    out: dict[tuple[str, ...], float] = defaultdict(float)
    for labels, v in values:
        out[tuple(labels.get(k, "") for k in by)] += v
    return out


def _quantile(q: float, buckets: dict[float, float]) -> float | None:
    ordered = sorted(buckets.items())
    if not ordered or ordered[-1][1] <= 0:
        return None
    rank, prev_le, prev_c = q * ordered[-1][1], 0.0, 0.0
    for le, c in ordered:
        if c >= rank:
            if le == float("inf"):
                return prev_le
            return prev_le + (le - prev_le) * (rank - prev_c) / max(c - prev_c, 1e-12)
        prev_le, prev_c = le, c
    return None


def evaluate(expr: str, scrapes: list[Scrape], i: int) -> dict[tuple[str, ...], float]:
    """One PromQL expression of the dashboard at scrape ``i``: {label values: value}."""
    if m := re.fullmatch(
        r"histogram_quantile\(([\d.]+), sum by \(le(?:, (\w+))?\) \(rate\((.+)\)\)\)", expr
    ):
        q, by, selector = float(m.group(1)), m.group(2), m.group(3)
        per: dict[tuple[str, ...], dict[float, float]] = defaultdict(dict)
        for labels, v in _rate(scrapes, i, selector):
            key = (labels.get(by, ""),) if by else ()
            le = float(labels["le"])
            per[key][le] = per[key].get(le, 0.0) + v
        return {k: val for k, b in per.items() if (val := _quantile(q, b)) is not None}
    if m := re.fullmatch(r"sum(?: by \(([\w, ]+)\))? \(rate\((.+)\)\)", expr) or re.fullmatch(
        r"sum\(rate\((.+)\)\)", expr
    ):
        by = m.group(1).split(", ") if m.lastindex == 2 and m.group(1) else []
        return _group(_rate(scrapes, i, m.group(m.lastindex)), by)
    if m := re.fullmatch(r"max\((.+)\)", expr):
        values = [v for _, v in _select(scrapes[i], m.group(1))]
        return {(): max(values)} if values else {}
    raise ValueError(f"cannot evaluate {expr!r}")


def _legend(template: str, expr: str, key: tuple[str, ...]) -> str:
    names = re.findall(r"by \(([\w, ]+)\)", expr)
    labels = [n for n in names[0].split(", ") if n != "le"] if names else []
    values = dict(zip(labels, key, strict=False))
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), ""), template)


# -- draw (matplotlib env) --------------------------------------------------------------------


def draw(data_path: Path, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scrapes: list[Scrape] = json.loads(data_path.read_text())["scrapes"]
    rows = (len(PANELS) + 1) // 2
    fig, axes = plt.subplots(rows, 2, figsize=(13, 2.6 * rows), facecolor="#181b1f")
    for ax, (title, unit, queries) in zip(axes.flat, PANELS, strict=False):
        series: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for i, s in enumerate(scrapes):
            for expr, legend in queries:
                for key, value in evaluate(expr, scrapes, i).items():
                    series[_legend(legend, expr, key)].append((s["t"], value))
        ax.set_facecolor("#111217")
        for label, points in sorted(series.items()):
            ax.plot([p[0] for p in points], [p[1] for p in points], label=label, linewidth=1.4)
        ax.set_title(title, color="#d8d9da", fontsize=10, loc="left")
        ax.set_ylabel({"ops": "per second", "s": "seconds"}.get(unit, ""), color="#9fa7b3")
        ax.tick_params(colors="#9fa7b3", labelsize=8)
        ax.grid(color="#2c3235", linewidth=0.6)
        for spine in ax.spines.values():
            spine.set_color("#2c3235")
        if series:
            ax.legend(fontsize=7, facecolor="#181b1f", labelcolor="#d8d9da", edgecolor="#2c3235")
    for ax in list(axes.flat)[len(PANELS) :]:
        ax.set_visible(False)
    fig.supxlabel("seconds into the recorded run", color="#9fa7b3", fontsize=9)
    fig.tight_layout()
    fig.savefig(out, dpi=90, facecolor=fig.get_facecolor())
    print(f"wrote {out}")


if __name__ == "__main__":
    if sys.argv[1] == "record":
        record(Path(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 60.0)
    else:
        draw(Path(sys.argv[2]), Path(sys.argv[3]))
