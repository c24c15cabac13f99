"""`orbiter serve` webhooks on a 3-primary Redis Cluster: a signed delivery retried until taken,
and one that outlives the server process sending it; the single-server tests run again here,
the ``redis_url`` fixture naming the cluster."""

from __future__ import annotations

import pytest
from test_serve_webhooks import (  # noqa: F401 (run here against the cluster)
    procs,
    receiver,
    test_a_webhook_outlives_the_server_process_that_was_sending_it,
    test_webhook_is_retried_until_taken_and_signed,
)
from testkit.cluster import cluster_url_fixture, redis_cluster_fixture  # noqa: F401


@pytest.fixture
def redis_url(cluster_url: str) -> str:
    """The cluster, emptied for each test (each starts its own server and worker)."""
    return cluster_url
