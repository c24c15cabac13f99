"""The `orbiter` commands given a ``redis+cluster://`` URL of a 3-primary Redis Cluster:
submit, task list/status/events/cancel, queue stats, dead letters and their redrive, and a
worker's drain; the single-server tests run again here, ``redis_url`` naming the cluster."""

from __future__ import annotations

import pytest
from test_cli_distributed import (  # noqa: F401 (run here against the cluster)
    env,
    queue,
    start_worker,
    test_cancel_running_then_finished_then_unknown,
    test_out_of_attempts_dead_letter_is_redriven,
    test_status_result_events_list,
    test_worker_drains_on_ctrl_c,
    test_worker_list_and_queue_stats,
)
from testkit.cluster import cluster_url_fixture, redis_cluster_fixture  # noqa: F401


@pytest.fixture
def redis_url(cluster_url: str) -> str:
    """The cluster, for the tests imported above."""
    return cluster_url
