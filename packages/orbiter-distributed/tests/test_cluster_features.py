"""Approval, retries and delays, step checkpoints and shared rate limits on a 3-primary Redis
Cluster: the most telling end-to-end tests of each single-server module run again here, the
``redis_url`` fixture of this module naming the cluster."""

from __future__ import annotations

import pytest
import test_distributed_approval as approval
from test_distributed_approval import (  # noqa: F401 (run here against the cluster)
    test_a_paused_run_is_cancelled_without_a_worker,
    test_a_paused_run_nobody_resumes_expires,
    test_a_resumed_run_taken_over_later_goes_on_from_its_next_step,
)
from test_distributed_retry import (  # noqa: F401 (run here against the cluster)
    flaky,
    test_after_the_last_attempt_it_fails_and_dead_letters_when_asked,
    test_cancel_while_retrying,
    test_cancel_while_scheduled,
    test_delay_runs_each_task_once_after_the_delay_with_several_workers,
    test_due_tasks_are_queued_once_however_many_look_at_once,
)
from test_rate_limiter_redis import (  # noqa: F401 (run here against the cluster)
    clients,
    test_a_retry_after_told_to_one_worker_holds_the_other,
    test_two_workers_take_turns_from_one_schedule,
)
from test_rate_limits import (  # noqa: F401 (run here against the cluster)
    model_server,
    test_a_limit_holds_across_three_workers_and_waits_show_in_the_events,
)
from test_step_checkpoints import (  # noqa: F401 (run here against the cluster)
    steps_server,
    test_a_retried_attempt_resumes_after_the_last_completed_step,
    test_a_worker_killed_in_step_3_resumes_after_step_2_elsewhere,
)
from testkit.cluster import cluster_url_fixture, redis_cluster_fixture  # noqa: F401
from testkit.workers import Spawn, spawn_fixture  # noqa: F401 (fixture)


@pytest.fixture
def redis_url(cluster_url: str) -> str:
    """The cluster, for the tests imported above and the ``spawn`` fixture."""
    return cluster_url


async def test_a_paused_run_goes_on_on_another_worker_with_an_edited_call(
    redis_url: str, spawn: Spawn
) -> None:
    # One of the single-server test's three decisions: an edit both approves and rewrites.
    goes_on = approval.test_a_paused_run_goes_on_on_another_worker_with_each_decision
    await goes_on(redis_url, spawn, "edit")
