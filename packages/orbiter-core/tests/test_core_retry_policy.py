"""RetryPolicy: its checks, its pauses, which errors it retries, and its trip with an Agent."""

from __future__ import annotations

import pytest

from orbiter import (
    Agent,
    ConfigurationError,
    InvalidRequestError,
    RateLimitError,
    RetryPolicy,
    SerializationError,
    ServerError,
)
from orbiter.retry import error_types


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"attempts": 0}, "at least 1"),
        ({"attempts": 2.5}, "whole number"),
        ({"attempts": True}, "whole number"),
        ({"backoff": -1}, "backoff"),
        ({"max_backoff": float("inf")}, "max_backoff"),
        ({"jitter": 1.5}, "between 0 and 1"),
        ({"retry_on": "ServerError"}, "names of error classes"),
        ({"retry_on": ("ServerError", "")}, "names of error classes"),
    ],
)
def test_bad_settings_are_refused_with_what_to_give(kwargs: dict, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        RetryPolicy(**kwargs)


def test_pauses_double_up_to_the_cap_and_jitter_only_shortens_them() -> None:
    steady = RetryPolicy(attempts=10, backoff=1.0, max_backoff=5.0, jitter=0)
    assert [steady.delay(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    jittery = RetryPolicy(backoff=2.0, jitter=0.5)
    pauses = [jittery.delay(1) for _ in range(200)]
    assert all(1.0 <= p <= 2.0 for p in pauses)
    assert len(set(pauses)) > 100


def test_by_default_errors_that_say_they_are_retryable_are_retried() -> None:
    policy = RetryPolicy()
    assert policy.retries(error_types(ServerError("503", retryable=True)), True)
    assert not policy.retries(error_types(ServerError("501", retryable=False)), False)
    assert not policy.retries(("TaskTimeoutError",), False)


def test_named_errors_are_retried_but_never_invalid_requests() -> None:
    policy = RetryPolicy(retry_on=("ModelError", "TaskTimeoutError"))
    assert policy.retries(error_types(RateLimitError("slow down")), False)  # a base matches
    assert policy.retries(("TaskTimeoutError",), False)
    bad = InvalidRequestError("bad", retryable=True)
    assert not policy.retries(error_types(bad), True)
    assert not RetryPolicy(retry_on=("InvalidRequestError",)).retries(error_types(bad), True)
    assert not policy.retries(error_types(ConfigurationError("x")), True)


def test_an_agents_policy_survives_its_description() -> None:
    policy = RetryPolicy(attempts=4, backoff=0.5, retry_on=("ServerError",), dead_letter=True)
    agent = Agent(name="a", model="scripted:echo", retry=policy)
    data = agent.to_dict()
    assert data["retry"]["attempts"] == 4
    assert Agent.from_dict(data).retry == policy
    assert "retry" not in Agent(name="b", model="scripted:echo").to_dict()


def test_a_bad_policy_in_a_description_or_on_an_agent_is_refused() -> None:
    data = Agent(name="a", model="scripted:echo").to_dict()
    with pytest.raises(SerializationError, match="retry policy"):
        Agent.from_dict({**data, "retry": {"attempts": 0}})
    with pytest.raises(SerializationError, match="retry policy"):
        Agent.from_dict({**data, "retry": {"tries": 3}})
    with pytest.raises(ConfigurationError, match="RetryPolicy"):
        Agent(name="a", model="scripted:echo", retry={"attempts": 3})  # type: ignore[arg-type]
