"""The ORBITER_* settings: one parser, clear errors, zero taken as a value; one error family.

Unit tests: nothing here needs Redis (the workers are built, not run).
"""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from orbiter.distributed import RedisUnavailableError, Worker
from orbiter.distributed import errors as errors_module
from orbiter.distributed.keys import Keys, resolve_redis_url
from orbiter.distributed.payload import allowed_modules_from
from orbiter.distributed.settings import VARIABLES, Settings, names, read
from orbiter.errors import ConfigurationError, OrbiterError

DOCS = Path(__file__).resolve().parents[3] / "docs"
URL = "redis://127.0.0.1:6379"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, *_ in VARIABLES.values():
        monkeypatch.delenv(name, raising=False)


def test_defaults_without_any_variable() -> None:
    s = Settings.from_env({})
    assert (s.queue, s.key_prefix, s.executor) == ("default", "orbiter", "redis")
    assert (s.lease_seconds, s.max_attempts, s.retention) == (30.0, 3, 3600)
    assert s.allowed_modules is None
    assert s.allow_any_module is False
    assert s.temporal_address == "localhost:7233"


def test_values_from_the_environment_and_given_ones_first() -> None:
    env = {
        "ORBITER_MAX_ATTEMPTS": "5",
        "ORBITER_LEASE_SECONDS": "2.5",
        "ORBITER_ALLOWED_MODULES": " myapp.tools, myapp.agents ,",
        "ORBITER_ALLOW_ANY_MODULE": "no",
        "ORBITER_EXECUTOR": "Temporal",
        "ORBITER_KEY_PREFIX": "",  # empty: unset
    }
    s = Settings.from_env(env)
    assert (s.max_attempts, s.lease_seconds, s.executor) == (5, 2.5, "temporal")
    assert s.allowed_modules == ("myapp.tools", "myapp.agents")
    assert s.key_prefix == "orbiter"
    assert Settings.from_env(env, max_attempts=7, lease_seconds=None).max_attempts == 7
    assert Settings.from_env(env, lease_seconds=None).lease_seconds == 2.5


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("ORBITER_MAX_ATTEMPTS", "0", "ORBITER_MAX_ATTEMPTS must be at least 1"),
        ("ORBITER_MAX_ATTEMPTS", "three", "ORBITER_MAX_ATTEMPTS='three' is not valid: not a whole"),
        ("ORBITER_EVENT_RETENTION", "0", "ORBITER_EVENT_RETENTION must be at least 1 second"),
        ("ORBITER_LEASE_SECONDS", "0", "ORBITER_LEASE_SECONDS must be a positive number"),
        ("ORBITER_LEASE_SECONDS", "soon", "is not valid: not a number"),
        ("ORBITER_EVENTS_MAXLEN", "10", "must be at least 100 events, got '10'"),
        ("ORBITER_MAX_PAYLOAD_BYTES", "0", "ORBITER_MAX_PAYLOAD_BYTES must be a positive"),
        ("ORBITER_ALLOW_ANY_MODULE", "maybe", "use 1 or 0"),
        ("ORBITER_ALLOWED_MODULES", ",", "ORBITER_ALLOWED_MODULES names no module"),
        ("ORBITER_EXECUTOR", "celery", "ORBITER_EXECUTOR must be 'redis' or 'temporal'"),
        ("ORBITER_QUEUE", "two words", "ORBITER_QUEUE cannot name a queue"),
        ("ORBITER_LOG_LEVEL", "loud", "must be one of debug, info, warning, error"),
    ],
)
def test_a_bad_variable_is_a_clear_configuration_error(
    variable: str, value: str, says: str
) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(says)):
        Settings.from_env({variable: value})
    with pytest.raises(ValueError, match=re.escape(says)):  # also a ValueError
        Settings.from_env({variable: value})


def test_zero_is_a_value_not_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    # Zero starts or zero seconds of retention cannot work: refused, never the default.
    with pytest.raises(ConfigurationError, match=r"max_attempts must be at least 1 \(.*\), got 0"):
        Worker(URL, max_attempts=0)
    with pytest.raises(ConfigurationError, match="retention must be at least 1 second"):
        Worker(URL, retention=0)
    with pytest.raises(ConfigurationError, match="lease_seconds must be a positive number"):
        Worker(URL, lease_seconds=0)
    monkeypatch.setenv("ORBITER_MAX_ATTEMPTS", "0")
    with pytest.raises(ConfigurationError, match="ORBITER_MAX_ATTEMPTS must be at least 1"):
        Worker(URL)
    # A value given in code wins over the variable, the same rules applying to both.
    assert Worker(URL, max_attempts=1).max_attempts == 1


def test_worker_values_come_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORBITER_MAX_ATTEMPTS", "4")
    monkeypatch.setenv("ORBITER_EVENT_RETENTION", "60")
    monkeypatch.setenv("ORBITER_QUEUE", "reports")
    worker = Worker(URL)
    assert (worker.max_attempts, worker.retention, worker.queue) == (4, 60, "reports")


@pytest.mark.parametrize("value", [",", " , ", []])
def test_an_allow_list_naming_nothing_is_refused_from_code_and_env_alike(
    monkeypatch: pytest.MonkeyPatch, value: str | list[str]
) -> None:
    with pytest.raises(ConfigurationError, match="allowed_modules names no module") as in_code:
        Worker(URL, allowed_modules=value)
    if isinstance(value, str):
        monkeypatch.setenv("ORBITER_ALLOWED_MODULES", value)
        with pytest.raises(ConfigurationError) as from_env:
            Worker(URL)
        # The same words, only the name of where the value came from differs.
        assert str(from_env.value).replace("ORBITER_ALLOWED_MODULES", "allowed_modules") == str(
            in_code.value
        )


def test_an_allow_list_parses_the_same_from_code_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from_code = allowed_modules_from("myapp.tools, myapp.agents,")
    monkeypatch.setenv("ORBITER_ALLOWED_MODULES", "myapp.tools, myapp.agents,")
    assert from_code == allowed_modules_from(None) == ["myapp.tools", "myapp.agents"]
    assert allowed_modules_from(["myapp.tools ", "myapp.agents"]) == from_code
    assert list(names("a,,b ,")) == ["a", "b"]


def test_one_read_for_one_value(monkeypatch: pytest.MonkeyPatch) -> None:
    # A bad variable that a command does not use does not stop it.
    monkeypatch.setenv("ORBITER_MAX_ATTEMPTS", "lots")
    monkeypatch.setenv("ORBITER_KEY_PREFIX", "team-a")
    assert Keys.from_env().prefix == "team-a"
    assert read("key_prefix", "mine") == "mine"
    with pytest.raises(ConfigurationError, match="ORBITER_MAX_ATTEMPTS"):
        Settings.from_env()


def test_no_redis_url_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="ORBITER_REDIS_URL"):
        resolve_redis_url(None)


def test_every_distributed_error_is_an_orbiter_error() -> None:
    classes = [
        value
        for value in vars(errors_module).values()
        if isinstance(value, type) and issubclass(value, BaseException)
    ]
    assert len(classes) >= 9
    assert all(issubclass(cls, OrbiterError) for cls in classes), classes


def test_temporal_unavailable_is_one_class_under_both_names() -> None:
    pytest.importorskip("temporalio")
    from orbiter.distributed import TemporalUnavailableError
    from orbiter.distributed.temporal import TemporalUnavailableError as from_temporal

    assert from_temporal is TemporalUnavailableError
    assert issubclass(TemporalUnavailableError, OrbiterError)


def test_the_configuration_page_lists_every_variable() -> None:
    page = (DOCS / "configuration.md").read_text()
    rows = set(re.findall(r"^\| `(ORBITER_\w+)`", page, flags=re.MULTILINE))
    assert {name for name, *_ in VARIABLES.values()} <= rows


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_the_temporal_worker_hides_the_redis_password() -> None:
    pytest.importorskip("temporalio")
    from orbiter.distributed.temporal import TemporalWorker

    url = f"redis://ana:s3cret-pw@127.0.0.1:{_closed_port()}/0"
    worker = TemporalWorker(url, handle_signals=False)
    with pytest.raises(RedisUnavailableError) as failed:
        await worker.run()
    message = str(failed.value)
    assert "s3cret-pw" not in message
    assert "redis://ana:***@127.0.0.1" in message
    assert isinstance(failed.value, ConnectionError)  # `except ConnectionError` still works
