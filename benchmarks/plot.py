"""PNG plots for docs/benchmarks.md; runs in the peers env (matplotlib is pinned there).

python benchmarks/plot.py benchmarks/results/latest.json docs/img
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

PEERS = ["saq", "taskiq", "arq", "celery"]


def bars(ax, labels, values, unit):  # type: ignore[no-untyped-def]
    colors = ["#d95f02" if label == "Orbiter" else "#7570b3" for label in labels]
    ax.bar(labels, values, color=colors)
    ax.set_ylabel(unit)
    for i, v in enumerate(values):
        ax.annotate(f"{v:,.0f}" if v >= 10 else f"{v:.2f}", (i, v), ha="center", va="bottom")


def main() -> None:
    results = json.loads(Path(sys.argv[1]).read_text())
    out = Path(sys.argv[2])
    fig = results["figures"]
    present = [p for p in PEERS if p in fig]

    if "orbiter_seq" in fig:
        f, ax = plt.subplots(figsize=(7, 3.5))
        labels = ["Orbiter", *present]
        bars(
            ax,
            labels,
            [fig["orbiter_seq"]["tasks_per_s"], *(fig[p]["tasks_per_s"] for p in present)],
            "tasks/s",
        )
        ax.set_title("Throughput, submitted one at a time; one worker at concurrency 32")
        f.tight_layout()
        f.savefig(out / "bench-throughput.png", dpi=110)

    if "orbiter_latency" in fig:
        f, ax = plt.subplots(figsize=(7, 3.5))
        labels = ["Orbiter", *present]
        p50 = [fig["orbiter_latency"]["result_p50_ms"], *(fig[p]["result_p50_ms"] for p in present)]
        p99 = [fig["orbiter_latency"]["result_p99_ms"], *(fig[p]["result_p99_ms"] for p in present)]
        xs = range(len(labels))
        ax.bar([x - 0.2 for x in xs], p50, width=0.4, label="p50", color="#1b9e77")
        ax.bar([x + 0.2 for x in xs], p99, width=0.4, label="p99", color="#e7298a")
        ax.set_xticks(list(xs), labels)
        ax.set_ylabel("ms")
        ax.set_title("Submit → result, sequential tasks")
        ax.legend()
        f.tight_layout()
        f.savefig(out / "bench-latency.png", dpi=110)

    scale = [(n, fig.get(k)) for n, k in ((1, "orbiter"), (2, "orbiter_x2"), (4, "orbiter_x4"))]
    scale = [(n, r) for n, r in scale if r]
    if scale:
        f, ax = plt.subplots(figsize=(7, 3.5))
        ns = [n for n, _ in scale]
        ax.plot(
            ns, [r["tasks_per_s"] for _, r in scale], marker="o", color="#d95f02", label="tasks/s"
        )
        ax.set_xlabel("worker processes")
        ax.set_ylabel("tasks/s")
        ax.set_xticks(ns)
        ax.set_ylim(bottom=0)  # a zero baseline, so small changes look small
        ax.legend(loc="lower left")
        ax2 = ax.twinx()
        ax2.plot(
            ns,
            [r["cpu_cores"]["workers"] for _, r in scale],
            "--",
            marker="s",
            label="workers' CPU",
        )
        ax2.plot(
            ns, [r["cpu_cores"]["redis"] for _, r in scale], ":", marker="^", label="Redis CPU"
        )
        ax2.plot(
            ns, [r["cpu_cores"]["client"] for _, r in scale], "-.", marker="v", label="client CPU"
        )
        ax2.set_ylabel("cores busy")
        ax2.set_ylim(bottom=0)
        ax2.legend(loc="lower right")
        ax.set_title("Scaling out")
        f.tight_layout()
        f.savefig(out / "bench-scaling.png", dpi=110)

    local = [
        (name, fig.get(f"local_{key}"))
        for name, key in (
            ("Orbiter", "orbiter"),
            ("openai-agents", "openai-agents"),
            ("pydantic-ai", "pydantic-ai"),
        )
    ]
    local = [(n, r) for n, r in local if r]
    if local:
        f, ax = plt.subplots(figsize=(7, 3.5))
        xs = range(len(local))
        ax.bar([x - 0.2 for x in xs], [r["text_us"] for _, r in local], width=0.4, label="text run")
        ax.bar(
            [x + 0.2 for x in xs],
            [r["tool_us"] for _, r in local],
            width=0.4,
            label="one tool call",
        )
        ax.set_xticks(list(xs), [n for n, _ in local])
        ax.set_yscale("log")
        ax.set_ylabel("µs per run (log)")
        ax.set_title("Local overhead per agent run, zero-latency test models")
        ax.legend()
        f.tight_layout()
        f.savefig(out / "bench-local.png", dpi=110)


if __name__ == "__main__":
    main()
