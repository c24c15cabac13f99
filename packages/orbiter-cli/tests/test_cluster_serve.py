"""`orbiter serve` and its worker on a 3-primary Redis Cluster: runs submitted over HTTP, their
results, pages of runs, SSE streams resumed after a drop, idempotency keys, revoked keys and
dead letters; the single-server tests run again here, ``module_redis_url`` naming the cluster.

The webhook tests are in ``test_cluster_webhooks``: this module's server, still running, would
claim their deliveries."""

from __future__ import annotations

import pytest
from test_serve_api import (  # noqa: F401 (run here against the cluster)
    api,
    client,
    test_dead_letters_and_redrive_for_admins,
    test_idempotency_key_returns_the_same_run,
    test_keys_scopes_and_ownership,
    test_result_wait_runs_out_with_202,
    test_revoked_key_is_refused,
    test_run_result_status_and_filtered_pages,
    test_sse_resumes_after_a_dropped_connection_without_gap_or_duplicate,
    test_submit_and_stream_in_one_request,
)
from testkit.cluster import Cluster, redis_cluster_fixture  # noqa: F401


@pytest.fixture(scope="module")
def module_redis_url(redis_cluster: Cluster) -> str:
    """The cluster, emptied once for this module's server and worker."""
    redis_cluster.wait_ok()
    redis_cluster.flush()
    return redis_cluster.url
