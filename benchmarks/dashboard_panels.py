"""The panels of the Grafana dashboard in docs/, defined once for the JSON and the picture.

    python benchmarks/dashboard_panels.py            # writes docs/grafana-dashboard.json

Each panel is a title, a unit and PromQL queries with their legends; ``dashboard_run.py`` draws
the same panels from a recorded run by evaluating the same kinds of expression itself.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Q = '{queue=~"$queue"}'
R = "[$__rate_interval]"


def _quantile(q: float, metric: str, by: str = "", where: str = Q) -> str:
    return f"histogram_quantile({q}, sum by (le{by}) (rate({metric}_bucket{where}{R})))"


# (title, unit, [(expr, legend)])
PANELS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "Tasks finished per second, by outcome",
        "ops",
        [
            (f"sum(rate(orbiter_tasks_{o}_total{Q}{R}))", o)
            for o in ("completed", "failed", "cancelled", "dead_lettered")
        ],
    ),
    (
        "Run time of completed tasks",
        "s",
        [
            (
                _quantile(
                    0.5, "orbiter_task_run_seconds", where='{queue=~"$queue",outcome="completed"}'
                ),
                "p50",
            ),
            (
                _quantile(
                    0.95, "orbiter_task_run_seconds", where='{queue=~"$queue",outcome="completed"}'
                ),
                "p95",
            ),
        ],
    ),
    (
        "Queue wait",
        "s",
        [
            (_quantile(0.5, "orbiter_task_queue_wait_seconds"), "p50"),
            (_quantile(0.95, "orbiter_task_queue_wait_seconds"), "p95"),
        ],
    ),
    (
        "Queue",
        "short",
        [
            (f"max(orbiter_queue_{g}{Q})", g.replace("_", " "))
            for g in ("depth", "in_flight", "pending_reclaim", "dead_letters")
        ],
    ),
    (
        "Redeliveries and lease lapses per second",
        "ops",
        [
            (f"sum(rate(orbiter_task_redeliveries_total{Q}{R}))", "redeliveries"),
            (f"sum(rate(orbiter_lease_lapses_total{Q}{R}))", "lease lapses"),
        ],
    ),
    (
        "Model calls per second",
        "ops",
        [
            (
                f"sum by (model, outcome) (rate(orbiter_model_calls_total{R}))",
                "{{model}} {{outcome}}",
            )
        ],
    ),
    (
        "Model call latency p95",
        "s",
        [(_quantile(0.95, "orbiter_model_call_seconds", ", model", ""), "{{model}}")],
    ),
    (
        "Tokens per second",
        "short",
        [(f"sum by (direction) (rate(orbiter_model_tokens_total{R}))", "{{direction}}")],
    ),
    (
        "Tool calls and errors per second",
        "ops",
        [
            (f"sum by (tool) (rate(orbiter_tool_calls_total{R}))", "{{tool}} calls"),
            (f"sum by (tool) (rate(orbiter_tool_errors_total{R}))", "{{tool}} errors"),
        ],
    ),
    (
        "Tool call latency p95",
        "s",
        [(_quantile(0.95, "orbiter_tool_call_seconds", ", tool", ""), "{{tool}}")],
    ),
]


def dashboard() -> dict[str, Any]:
    panels = []
    for i, (title, unit, queries) in enumerate(PANELS):
        panels.append(
            {
                "id": i + 1,
                "type": "timeseries",
                "title": title,
                "datasource": {"type": "prometheus", "uid": "${datasource}"},
                "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": 8 * (i // 2)},
                "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
                "options": {"legend": {"displayMode": "list", "placement": "bottom"}},
                "targets": [
                    {
                        "refId": chr(ord("A") + j),
                        "expr": expr,
                        "legendFormat": legend,
                        "datasource": {"type": "prometheus", "uid": "${datasource}"},
                    }
                    for j, (expr, legend) in enumerate(queries)
                ],
            }
        )
    return {
        "title": "Orbiter workers",
        "uid": "orbiter-workers",
        "tags": ["orbiter"],
        "timezone": "browser",
        "schemaVersion": 39,
        "version": 1,
        "refresh": "10s",
        "time": {"from": "now-1h", "to": "now"},
        "templating": {
            "list": [
                {
                    "name": "datasource",
                    "label": "Prometheus",
                    "type": "datasource",
                    "query": "prometheus",
                },
                {
                    "name": "queue",
                    "label": "Queue",
                    "type": "query",
                    "datasource": {"type": "prometheus", "uid": "${datasource}"},
                    "query": "label_values(orbiter_tasks_started_total, queue)",
                    "includeAll": True,
                    "multi": True,
                    "current": {"text": "All", "value": "$__all"},
                    "refresh": 2,
                },
            ]
        },
        "panels": panels,
    }


if __name__ == "__main__":
    out = ROOT / "docs" / "grafana-dashboard.json"
    out.write_text(json.dumps(dashboard(), indent=2) + "\n")
    print(f"wrote {out}")
