"""``orbiter start worker --shards``: a bad shard list is refused before anything connects, with
the value and what is valid; the Temporal worker refuses the option."""

from __future__ import annotations

import pytest
from _cli_testkit import cli_env, run_cli, run_here

CLUSTER_NOWHERE = "redis+cluster://127.0.0.1:1"  # nothing listens: the check must come first
NOWHERE = "redis://127.0.0.1:1"


@pytest.mark.parametrize(
    ("url", "shards", "said"),
    [
        (CLUSTER_NOWHERE, "0,x", "--shards '0,x' is not valid: 'x' is not a shard number"),
        (CLUSTER_NOWHERE, "", "--shards '' is not valid: names no shard"),
        (CLUSTER_NOWHERE, "2,6-7", "shards 6,7 do not exist: queues here have 6 shards, "),
        (NOWHERE, "0", "shards were chosen (0), but queues here are one stream without shards"),
    ],
)
def test_a_bad_shard_list_is_refused_with_the_value_and_the_valid_range(
    url: str, shards: str, said: str
) -> None:
    done = run_cli("start", "worker", "--shards", shards, "-r", url, timeout=30)
    assert done.returncode == 1, done.stdout + done.stderr
    text = " ".join((done.stdout + done.stderr).split())  # rich may wrap the line
    assert said in text
    assert "numbered 0-5" in text or "6,7" not in said
    assert "cannot reach Redis" not in text


def test_a_bad_shard_variable_names_the_variable() -> None:
    done = run_here(
        "start", "worker", "-r", CLUSTER_NOWHERE, env=cli_env(ORBITER_WORKER_SHARDS="9")
    )
    assert done.returncode == 1, done.stderr
    text = " ".join(done.stderr.split())
    assert "shard 9 does not exist" in text
    assert "numbered 0-5" in text


def test_the_temporal_worker_refuses_shards() -> None:
    done = run_here("start", "worker", "--executor", "temporal", "--shards", "0-2")
    assert done.returncode == 2, done.stderr
    assert "--shards: a Temporal task queue has no shards" in done.stderr
