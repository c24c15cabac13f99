"""Every ``ORBITER_*`` setting of the distributed runtime: its name, default, parser and rule.

:meth:`Settings.from_env` reads them all at once and says clearly which one is wrong and how
to fix it. Arguments given in code (``Worker(max_attempts=5)``) and command-line options win
over the environment; both go through the same checks, so ``0`` means the same wherever it is
written. An empty variable counts as unset.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import msgspec

from orbiter.errors import ConfigurationError
from orbiter.ratelimit import RateLimit, parse_rate_limits

DEFAULT_PREFIX = "orbiter"
DEFAULT_QUEUE = "default"
DEFAULT_RETENTION = 3600
"""Seconds a finished task's record and events stay readable."""
DEFAULT_EVENTS_MAXLEN = 100_000
"""Events kept per task (approximate trim); older ones are dropped first."""
MIN_EVENTS_MAXLEN = 100
DEFAULT_APPROVAL_TTL = 7 * 24 * 3600
"""Seconds a run paused for approval waits for a decision before it fails."""
DEFAULT_LEASE = 30.0
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_MAX_PAYLOAD_BYTES = 4 * 1024 * 1024
"""Largest task payload a worker decodes; a larger one is dead-lettered unread."""
DEFAULT_TEMPORAL_ADDRESS = "localhost:7233"
DEFAULT_TEMPORAL_NAMESPACE = "default"
DEFAULT_TEMPORAL_TASK_QUEUE = "orbiter"
DEFAULT_STICKY_TIMEOUT = 5.0
DEFAULT_CONCURRENCY = 4
DEFAULT_WAIT_TIMEOUT = 1.0
"""Seconds a submit or finish waits for ``ORBITER_WAIT_REPLICAS`` replicas to confirm it."""
EXECUTORS = ("redis", "temporal")
LOG_LEVELS = ("debug", "info", "warning", "error")

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    """The runtime's settings; see docs/configuration.md for the table of variables.

    Build one with :meth:`from_env`; values given to it win over the environment.
    """

    redis_url: str | None = None
    key_prefix: str = DEFAULT_PREFIX
    queue: str = DEFAULT_QUEUE
    executor: str = "redis"
    signing_key: str | bytes | None = None
    previous_signing_keys: tuple[str | bytes, ...] = ()
    allowed_modules: tuple[str, ...] | None = None
    allow_any_module: bool = False
    lease_seconds: float = DEFAULT_LEASE
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    retention: int = DEFAULT_RETENTION
    approval_ttl: int = DEFAULT_APPROVAL_TTL
    events_maxlen: int = DEFAULT_EVENTS_MAXLEN
    thread_retention: int | None = None
    max_payload_bytes: int = DEFAULT_MAX_PAYLOAD_BYTES
    temporal_address: str = DEFAULT_TEMPORAL_ADDRESS
    temporal_namespace: str = DEFAULT_TEMPORAL_NAMESPACE
    temporal_task_queue: str = DEFAULT_TEMPORAL_TASK_QUEUE
    temporal_sticky_timeout: float = DEFAULT_STICKY_TIMEOUT
    concurrency: int = DEFAULT_CONCURRENCY
    tenant_cap: int | None = None
    log_level: str = "info"
    checkpoints: bool = True
    queue_shards: int = 0
    worker_shards: tuple[int, ...] | None = None
    rate_limits: tuple[RateLimit, ...] = ()
    wait_replicas: int = 0
    wait_timeout: float = DEFAULT_WAIT_TIMEOUT

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **given: Any) -> Settings:
        """The settings from ``environ`` (default ``os.environ``), with ``given`` values first.

        A given value of ``None`` means "not given". Raises ConfigurationError naming the
        variable (or argument), the value and what it may be.
        """
        unknown = set(given) - set(VARIABLES)
        if unknown:
            raise TypeError(f"Settings has no field {', '.join(sorted(unknown))}")
        return cls(**{field: read(field, given.get(field), environ) for field in VARIABLES})


def read(field: str, given: Any = None, environ: Mapping[str, str] | None = None) -> Any:
    """One setting: ``given`` when not None, else its variable, else its default; checked.

    :meth:`Settings.from_env` reads every field this way; code that needs one value (the key
    prefix, the Redis URL) reads just that one, so an unrelated bad variable does not stop it.
    """
    name, parse, check, _doc = VARIABLES[field]
    if given is not None:
        label, raw, value = field, given, _given(field, parse, given)
    else:
        label = name
        raw = (os.environ if environ is None else environ).get(name, "")
        if not raw.strip():
            return getattr(_DEFAULTS, field)
        try:
            value = parse(raw.strip())
        except ValueError as exc:
            raise ConfigurationError(f"{label}={raw!r} is not valid: {exc}") from None
    problem = check(value)
    if problem:
        raise ConfigurationError(f"{label} {problem}, got {raw!r}")
    return value


_DEFAULTS = Settings()


def _given(field: str, parse: Callable[[str], Any], value: Any) -> Any:
    """A value given in code: text goes through the variable's parser, the rest is kept."""
    if isinstance(value, bytes) and parse is names:
        value = value.decode()
    if isinstance(value, str) and parse is not str:
        try:
            return parse(value)
        except ValueError as exc:
            raise ConfigurationError(f"{field}={value!r} is not valid: {exc}") from None
    if parse is names and isinstance(value, Sequence) and not isinstance(value, bytes):
        # A list is taken item by item (a bytes signing key is kept as it is).
        return tuple(v.strip() if isinstance(v, str) else v for v in value if v and v.strip())
    return value


def names(text: str) -> tuple[str, ...]:
    """A comma separated list, blanks and spaces around names dropped (``"a, b,"`` -> a, b)."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def yes_no(text: str) -> bool:
    """1/true/yes/on or 0/false/no/off, in any case."""
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError("use 1 or 0 (or true/false, yes/no, on/off)")


def number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ValueError("not a number") from None


def whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValueError("not a whole number") from None


def shard_numbers(text: str) -> tuple[int, ...]:
    """Shard numbers and ranges, comma separated (``"0,2,4"``, ``"0-2,5"``), sorted, each once."""
    found: set[int] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        low, dash, high = part.partition("-")
        if not low.strip().isdigit() or (dash and not high.strip().isdigit()):
            raise ValueError(
                f"{part!r} is not a shard number or range: give numbers and ranges from 0 up, "
                "like 0,2,4 or 0-2"
            )
        first, last = int(low), int(high) if dash else int(low)
        if last < first:
            raise ValueError(f"the range {part!r} ends before it starts: write {last}-{first}")
        found.update(range(first, last + 1))
    if not found:
        raise ValueError("names no shard: give shard numbers and ranges, like 0,2,4 or 0-2")
    return tuple(sorted(found))


def _shard_list(value: object) -> str | None:
    if (
        isinstance(value, tuple | list)
        and value
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
    ):
        return None
    return "must name one or more shard numbers from 0 up, like [0, 2, 4] or '0-2'"


def _queue_name(name: object) -> str | None:
    if (
        isinstance(name, str)
        and 0 < len(name) <= 200
        and name.isprintable()
        and not any(c.isspace() for c in name)
    ):
        return None
    return (
        "cannot name a queue: use up to 200 printable characters without spaces, like "
        "'default' or 'reports'"
    )


def _at_least(low: float, unit: str, why: str = "") -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not value >= low:
            return f"must be at least {low:g}{unit}{why}"
        return None

    return check


def _positive(unit: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            return f"must be a positive number{unit}"
        return None

    return check


def _executor(value: object) -> str | None:
    return None if value in EXECUTORS else "must be 'redis' or 'temporal'"


def _log_level(value: object) -> str | None:
    return None if value in LOG_LEVELS else f"must be one of {', '.join(LOG_LEVELS)}"


def _anything(value: object) -> str | None:
    return None


VARIABLES: dict[str, tuple[str, Callable[[str], Any], Callable[[Any], str | None], str]] = {
    # field: (variable, parser, check, what it sets)
    "redis_url": ("ORBITER_REDIS_URL", str, _anything, "the Redis server (required)"),
    "key_prefix": ("ORBITER_KEY_PREFIX", str, _anything, "prefix of every Redis key"),
    "queue": ("ORBITER_QUEUE", str, _queue_name, "queue clients submit to and workers serve"),
    "executor": (
        "ORBITER_EXECUTOR",
        lambda s: s.strip().lower(),
        _executor,
        "how `distributed()` runs tasks: `redis` or `temporal`",
    ),
    "signing_key": ("ORBITER_SIGNING_KEY", str, _anything, "sign tasks / accept only signed ones"),
    "previous_signing_keys": (
        "ORBITER_PREVIOUS_SIGNING_KEYS",
        names,
        _anything,
        "older keys still accepted during a rotation (comma separated)",
    ),
    "allowed_modules": (
        "ORBITER_ALLOWED_MODULES",
        names,
        lambda v: (
            None
            if v
            else "names no module: name modules, e.g. myapp.tools,myapp.agents, "
            "or leave it unset to allow your own code"
        ),
        "the only modules tasks may import from (comma separated)",
    ),
    "allow_any_module": (
        "ORBITER_ALLOW_ANY_MODULE",
        yes_no,
        _anything,
        "import whatever a task names (development only)",
    ),
    "lease_seconds": (
        "ORBITER_LEASE_SECONDS",
        number,
        _positive(" of seconds"),
        "silence after which a worker's task runs again elsewhere",
    ),
    "max_attempts": (
        "ORBITER_MAX_ATTEMPTS",
        whole,
        _at_least(1, "", " (the number of times a task may start)"),
        "starts per task before it fails and is dead-lettered",
    ),
    "retention": (
        "ORBITER_EVENT_RETENTION",
        whole,
        _at_least(1, " second", " (a finished task must stay readable for its result)"),
        "seconds finished records and events are kept",
    ),
    "approval_ttl": (
        "ORBITER_APPROVAL_TTL",
        whole,
        _at_least(1, " second"),
        "seconds a run paused for approval waits for a decision before it fails",
    ),
    "events_maxlen": (
        "ORBITER_EVENTS_MAXLEN",
        whole,
        _at_least(MIN_EVENTS_MAXLEN, " events"),
        "events kept per task (oldest trimmed first)",
    ),
    "thread_retention": (
        "ORBITER_THREAD_RETENTION",
        whole,
        _at_least(1, " second"),
        "seconds a thread workers write is kept after its last run (unset: for ever)",
    ),
    "max_payload_bytes": (
        "ORBITER_MAX_PAYLOAD_BYTES",
        whole,
        _positive(" of bytes"),
        "a larger task payload is dead-lettered unread",
    ),
    "temporal_address": ("ORBITER_TEMPORAL_ADDRESS", str, _anything, "the Temporal server"),
    "temporal_namespace": ("ORBITER_TEMPORAL_NAMESPACE", str, _anything, "its namespace"),
    "temporal_task_queue": (
        "ORBITER_TEMPORAL_TASK_QUEUE",
        str,
        _anything,
        "the Temporal task queue runs go to",
    ),
    "temporal_sticky_timeout": (
        "ORBITER_TEMPORAL_STICKY_TIMEOUT",
        number,
        _positive(" of seconds"),
        "seconds Temporal waits for the worker that cached a run before handing it on",
    ),
    "concurrency": (
        "ORBITER_CONCURRENCY",
        whole,
        _at_least(1, ""),
        "calls a Temporal worker started with `python -m` runs at once",
    ),
    "queue_shards": (
        "ORBITER_QUEUE_SHARDS",
        whole,
        _at_least(0, ""),
        "stream shards of each queue, each in its own cluster slot (0: 1 on a single node "
        "with the plain key names, 6 on a cluster); the same everywhere",
    ),
    "worker_shards": (
        "ORBITER_WORKER_SHARDS",
        shard_numbers,
        _shard_list,
        "the shards of its queue a worker serves, like 0,2,4 or 0-2 (unset: all); with a "
        "sharded queue only",
    ),
    "checkpoints": (
        "ORBITER_CHECKPOINTS",
        yes_no,
        _anything,
        "workers store a run's state after each step, so a task taken over resumes there",
    ),
    "tenant_cap": (
        "ORBITER_TENANT_CAP",
        whole,
        _at_least(0, "", " (0: no cap)"),
        "tasks of one tenant a queue runs at once (set by its workers; 0: no cap)",
    ),
    "log_level": (
        "ORBITER_LOG_LEVEL",
        lambda s: s.lower(),
        _log_level,
        "which log records a worker shows",
    ),
    "rate_limits": (
        "ORBITER_RATE_LIMITS",
        parse_rate_limits,
        _anything,
        "requests and tokens per minute per model, shared by all workers "
        "(see [rate limits](rate-limits.md))",
    ),
    "wait_replicas": (
        "ORBITER_WAIT_REPLICAS",
        whole,
        _at_least(0, " replicas"),
        "replicas that must confirm each submit and finish (`WAIT`); 0 = off",
    ),
    "wait_timeout": (
        "ORBITER_WAIT_TIMEOUT",
        number,
        _positive(" of seconds"),
        "seconds a submit or finish waits for those replicas before going on with a warning",
    ),
}
"""Each field's variable, parser, check (None: fine, else what is wrong) and description."""
