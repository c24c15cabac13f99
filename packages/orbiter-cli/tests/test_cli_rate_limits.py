"""``orbiter start worker --rate-limit``: bad limits are errors before anything connects, the
Temporal worker refuses them, a worker names the limits it applies, and a wait shows in a
detailed run's output."""

from __future__ import annotations

import io
from collections.abc import Callable

from _cli_testkit import Running, cli_env, run_here
from rich.console import Console

from orbiter.cli.render import EventRenderer
from orbiter.events import RateLimitEvent

NOWHERE = "redis://127.0.0.1:1"  # nothing listens there: the check must come first


def test_a_bad_rate_limit_option_names_the_entry_and_the_syntax() -> None:
    done = run_here("start", "worker", "--rate-limit", "openai:gpt-4o=fast", "-r", NOWHERE)
    assert done.returncode == 1, done.stderr
    assert "rate limit 'openai:gpt-4o=fast': 'fast' is not an amount like 500rpm" in done.stderr
    assert "cannot reach Redis" not in done.stderr


def test_a_bad_rate_limit_variable_names_the_variable() -> None:
    env = cli_env(ORBITER_RATE_LIMITS="openai:gpt-4o=60rpm;60rpm")
    done = run_here("start", "worker", "-r", NOWHERE, env=env)
    assert done.returncode == 1, done.stderr
    assert "ORBITER_RATE_LIMITS=" in done.stderr
    assert "'60rpm': it names no model before '='" in done.stderr


def test_the_temporal_worker_refuses_rate_limits() -> None:
    done = run_here("start", "worker", "--executor", "temporal", "--rate-limit", "a:b=1rpm")
    assert done.returncode == 2, done.stderr
    assert "--rate-limit: the Temporal worker does not apply shared rate limits" in done.stderr


def test_a_wait_shows_in_detailed_output_only() -> None:
    event = RateLimitEvent(
        agent_name="a", model="openai:gpt-4o", wait_seconds=2.5, reason="tokens", step_number=1
    )
    shown = []
    for detailed in (False, True):
        out = io.StringIO()
        EventRenderer(Console(file=out, no_color=True, width=120), detailed=detailed)(event)
        shown.append(out.getvalue())
    assert "waits" not in shown[0]
    assert "waits 2.5 s for the tokens-per-minute limit" in shown[1]


def test_a_worker_says_which_limits_it_applies(
    background: Callable[..., Running], redis_url: str
) -> None:
    worker = background(
        "start", "worker", "--redis-url", redis_url,
        "--rate-limit", "scripted:echo=60rpm; openai:*=10rpm", "--rate-limit", "a:b=5ktpm",
        env=cli_env(),
    )  # fmt: skip
    worker.wait_for(lambda line: "payload signing:" in line)
    assert "rate limits: scripted:echo=60rpm; openai:*=10rpm; a:b=5000tpm" in worker.output()
