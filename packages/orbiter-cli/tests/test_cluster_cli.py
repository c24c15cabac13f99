"""The `orbiter` commands on a 3-primary Redis Cluster: submit, task list/status/events/cancel,
delays, dead letters and their redrive, and a worker's drain, given a ``redis+cluster://``
URL; the single-server tests run again here, the ``redis_url`` fixture naming the cluster."""

from __future__ import annotations

import pytest
from test_cli_delay import (  # noqa: F401 (run here against the cluster)
    test_submit_with_a_delay_is_scheduled_and_can_be_cancelled,
)
from test_cli_distributed import (  # noqa: F401 (run here against the cluster)
    env,
    queue,
    start_worker,
    test_cancel_pending_task_never_runs,
    test_cancel_running_then_finished_then_unknown,
    test_dead_letter_redrive,
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
