"""Rate limits in one process: the limit syntax, the local limiter, and the waits a run shows."""

from __future__ import annotations

from typing import Any

import pytest

from orbiter import Agent, ConfigurationError, RateLimitEvent, run
from orbiter._run.limits import estimate_tokens, gate_for
from orbiter.messages import UserMessage
from orbiter.models import ModelRequest
from orbiter.ratelimit import (
    LocalRateLimiter,
    RateLimit,
    parse_rate_limits,
    report_retry_after,
    use_rate_limiter,
)
from orbiter.testing import ScriptedModel, reply


def test_limits_are_read_from_text() -> None:
    limits = parse_rate_limits("openai:gpt-4o=500rpm,200ktpm; anthropic:* = 50 RPM ;")
    assert limits == (
        RateLimit(model="openai:gpt-4o", rpm=500, tpm=200_000),
        RateLimit(model="anthropic:*", rpm=50),
    )
    assert parse_rate_limits(["x:y=1.5ktpm"]) == (RateLimit(model="x:y", tpm=1500),)
    # A repeated option may hold several entries too.
    assert len(parse_rate_limits(["a:b=1rpm; c:d=2rpm", "e:f=3rpm"])) == 3
    assert str(limits[0]) == "openai:gpt-4o=500rpm,200000tpm"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("60rpm", "it names no model before '='"),
        ("openai:gpt-4o=fast", "'fast' is not an amount like 500rpm or 200ktpm"),
        ("openai:gpt-4o=60", "'60' is not an amount"),
        ("openai:gpt-4o=0rpm", "'0rpm' allows nothing; use at least 1rpm"),
        ("openai:gpt-4o=1rpm,2rpm", "rpm is given twice"),
        ("openai:=1rpm", "'openai:' is not a model string"),
        ("a:b=1rpm; a:b=2rpm", "rate limit for 'a:b' is given twice"),
    ],
)
def test_bad_limits_say_what_is_wrong_and_show_the_syntax(text: str, why: str) -> None:
    with pytest.raises(ConfigurationError) as failed:
        parse_rate_limits(text)
    assert why in str(failed.value)
    assert "500rpm" in str(failed.value)  # the message shows how to write one


def test_a_models_own_limit_comes_before_its_providers() -> None:
    limiter = LocalRateLimiter("openai:*=10rpm; openai:gpt-4o=20rpm")
    assert limiter.limit_for("openai:gpt-4o") == RateLimit(model="openai:gpt-4o", rpm=20)
    assert limiter.limit_for("openai:o3") == RateLimit(model="openai:*", rpm=10)
    assert limiter.limit_for("anthropic:claude") is None


def test_a_call_without_limiter_or_limit_has_no_gate() -> None:
    request = ModelRequest(messages=[UserMessage(content="hi")])
    assert gate_for("scripted", request) is None
    with use_rate_limiter(LocalRateLimiter("openai:*=10rpm")):
        assert gate_for("scripted", request) is None
        assert gate_for("openai:gpt-4o", request) is not None
    assert gate_for("openai:gpt-4o", request) is None  # the block put the old one back


def test_the_token_estimate_counts_the_request_and_the_output_budget() -> None:
    short = ModelRequest(messages=[UserMessage(content="hi")])
    long = ModelRequest(messages=[UserMessage(content="hi " * 400)])
    assert estimate_tokens(long) - estimate_tokens(short) >= 290  # about 1200 chars / 4
    budget = ModelRequest(messages=[UserMessage(content="hi")], max_tokens=500)
    assert estimate_tokens(budget) == estimate_tokens(short) + 500


def agent() -> Agent:
    return Agent(name="a", model=ScriptedModel([reply("ok")] * 10))


async def waits_of(a: Agent, **kwargs: Any) -> list[RateLimitEvent]:
    return [e async for e in run.stream(a, "x", **kwargs) if isinstance(e, RateLimitEvent)]


async def test_calls_past_the_request_limit_wait_and_say_so() -> None:
    a = agent()
    with use_rate_limiter(LocalRateLimiter("scripted=600rpm")):
        assert await waits_of(a, detailed=True) == []  # the first call goes at once
        [wait] = await waits_of(a, detailed=True)
        assert (wait.model, wait.reason, wait.step_number) == ("scripted", "requests", 1)
        assert 0 < wait.wait_seconds <= 0.1
        assert await waits_of(a) == []  # a detailed event: not in the basic stream
        [asked] = await waits_of(a, event_types={"rate_limit"})
        assert asked.reason == "requests"


async def test_tokens_are_estimated_first_and_settled_with_the_reported_usage() -> None:
    limit = RateLimit(model="m", tpm=6000)  # 100 tokens a second
    limiter = LocalRateLimiter([limit])
    assert (await limiter.reserve(limit, "m", 100)).wait == 0
    assert (await limiter.reserve(limit, "m", 0)).wait == pytest.approx(1.0, abs=0.05)
    settled = LocalRateLimiter([limit])
    await settled.reserve(limit, "m", 100)
    await settled.settle(limit, "m", -50)  # the call used 50 tokens fewer than estimated
    turn = await settled.reserve(limit, "m", 0)
    assert (turn.wait, turn.reason) == (pytest.approx(0.5, abs=0.05), "tokens")


async def test_a_run_under_a_token_limit_waits_for_the_tokens_it_used() -> None:
    a = agent()
    with use_rate_limiter(LocalRateLimiter("scripted=60000tpm")):  # 1000 tokens a second
        await run(a, "x" * 400)
        [wait] = await waits_of(a, detailed=True)
        assert wait.reason == "tokens"
        assert wait.wait_seconds > 0.05  # about 100 tokens were used: a tenth of a second


async def test_a_retry_after_holds_the_next_calls_of_that_model_only() -> None:
    a = agent()
    with use_rate_limiter(LocalRateLimiter("scripted=6000rpm")):
        await report_retry_after("scripted", 0.3)
        await report_retry_after("openai:gpt-4o", 30)  # no limit for it: ignored
        [wait] = await waits_of(a, detailed=True)
        assert wait.reason == "retry_after"
        assert wait.wait_seconds == pytest.approx(0.3, abs=0.05)
    await report_retry_after("scripted", 30)  # no limiter in use: nothing happens
    assert await waits_of(a, detailed=True) == []
