"""Rate limits on model calls: how a limit is written, the limiter protocol, the local limiter.

A limit caps the requests and the tokens per minute of one model string (``"openai:gpt-4o"``)
or of every model of a provider (``"openai:*"``, each model counted on its own). Before each
model call the agent loop asks the limiter in use (see :func:`use_rate_limiter`) for a turn;
a call over the limit waits for its turn instead of failing. With no limiter in use nothing is
asked. :class:`LocalRateLimiter` counts in this process; workers use the Redis one from
``orbiter.distributed``, shared by every process on the same Redis.

The limiter keeps, per model, when the next request and the next token may go (a GCRA, the
"virtual scheduling" form of a token bucket): a call takes the first free turn and pushes the
next one on by ``60 / rpm`` seconds and by ``tokens * 60 / tpm`` seconds. A provider's 429
with a ``Retry-After`` (see :func:`report_retry_after`) holds every turn until it has passed.
"""

from __future__ import annotations

import contextvars
import re
import time
from collections.abc import Iterable
from typing import Literal, NamedTuple, Protocol

import msgspec

from orbiter.errors import ConfigurationError

__all__ = [
    "Limits",
    "LocalRateLimiter",
    "RateLimit",
    "RateLimiter",
    "Turn",
    "WaitReason",
    "current_rate_limiter",
    "parse_rate_limits",
    "report_retry_after",
    "use_rate_limiter",
]

WaitReason = Literal["requests", "tokens", "retry_after"]

EXAMPLE = "openai:gpt-4o=500rpm,200ktpm; anthropic:*=50rpm"
"""The syntax, as error messages and docs show it."""


class RateLimit(msgspec.Struct, frozen=True, kw_only=True):
    """Requests and tokens per minute allowed to one model string, or to each of a provider's.

    Args:
        model: ``"provider:model"`` as agents name it, or ``"provider:*"`` for each model of
            the provider that has no limit of its own.
        rpm: requests per minute (None: not limited).
        tpm: tokens per minute, input and output together (None: not limited).
    """

    model: str
    rpm: int | None = None
    tpm: int | None = None

    @property
    def request_seconds(self) -> float:
        """Seconds one request holds the next one back (0 without a request limit)."""
        return 60.0 / self.rpm if self.rpm else 0.0

    @property
    def token_seconds(self) -> float:
        """Seconds one token holds the next call back (0 without a token limit)."""
        return 60.0 / self.tpm if self.tpm else 0.0

    def __str__(self) -> str:
        parts = [f"{self.rpm}rpm"] if self.rpm else []
        parts += [f"{self.tpm}tpm"] if self.tpm else []
        return f"{self.model}={','.join(parts)}"


_AMOUNT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([km]?)\s*(rpm|tpm)\s*$", re.IGNORECASE)
_SCALE = {"": 1, "k": 1_000, "m": 1_000_000}


def parse_rate_limits(spec: str | Iterable[str | RateLimit]) -> tuple[RateLimit, ...]:
    """Limits from text like ``"openai:gpt-4o=500rpm,200ktpm; anthropic:*=50rpm"``.

    Entries are separated by ``;`` (or given as a list, whose items may hold several); each is
    ``MODEL=AMOUNTS`` where the amounts, comma separated, are ``<n>rpm`` and/or ``<n>tpm``
    (``k`` and ``m`` multiply by a thousand and a million). Raises ConfigurationError naming
    the entry that is wrong.
    """
    items = [spec] if isinstance(spec, str) else spec
    entries = [p for i in items for p in ([i] if isinstance(i, RateLimit) else i.split(";"))]
    found: dict[str, RateLimit] = {}
    for entry in entries:
        limit = entry if isinstance(entry, RateLimit) else _parse_one(entry)
        if limit is None:
            continue
        if limit.model in found:
            raise ConfigurationError(
                f"rate limit for {limit.model!r} is given twice ({found[limit.model]} and "
                f"{limit}); give one entry per model, e.g. {EXAMPLE!r}"
            )
        found[limit.model] = limit
    return tuple(found.values())


def _parse_one(entry: str) -> RateLimit | None:
    entry = entry.strip()
    if not entry:
        return None
    model, eq, amounts = entry.rpartition("=")
    model = model.strip()

    def bad(why: str) -> ConfigurationError:
        return ConfigurationError(
            f"rate limit {entry!r}: {why}. Write MODEL=AMOUNTS with amounts like 500rpm "
            f"and/or 200ktpm, entries separated by ';', e.g. {EXAMPLE!r}"
        )

    if not eq or not model:
        raise bad("it names no model before '='")
    prefix, colon, name = model.partition(":")
    if not prefix.strip() or (colon and not name.strip()) or any(c.isspace() for c in model):
        raise bad(f"{model!r} is not a model string like 'openai:gpt-4o' or 'openai:*'")
    rates: dict[str, int] = {}
    for amount in amounts.split(","):
        match = _AMOUNT.match(amount)
        if match is None:
            raise bad(f"{amount.strip()!r} is not an amount like 500rpm or 200ktpm")
        number, scale, unit = match.groups()
        value = int(float(number) * _SCALE[scale.lower()])
        unit = unit.lower()
        if value < 1:
            raise bad(f"{amount.strip()!r} allows nothing; use at least 1{unit}")
        if unit in rates:
            raise bad(f"{unit} is given twice")
        rates[unit] = value
    return RateLimit(model=model, rpm=rates.get("rpm"), tpm=rates.get("tpm"))


class Turn(NamedTuple):
    """A model call's turn: how long it waits before it may go, and which limit holds it."""

    wait: float
    reason: WaitReason | None = None


class RateLimiter(Protocol):
    """What the agent loop asks before and after each model call.

    Implementations decide where the counts live (this process, Redis, ...). ``limit_for``
    is asked first and must be cheap: a model without a limit costs nothing more.
    """

    def limit_for(self, model: str) -> RateLimit | None:
        """The limit that applies to a model string, or None."""
        ...

    async def reserve(self, limit: RateLimit, model: str, tokens: int) -> Turn:
        """Take the next turn of ``model`` for one request of about ``tokens`` tokens."""
        ...

    async def held(self, model: str) -> float:
        """Seconds a provider's ``Retry-After`` still holds ``model`` back (0: none)."""
        ...

    async def settle(self, limit: RateLimit, model: str, extra_tokens: int) -> None:
        """Correct the tokens a call was charged by ``extra_tokens`` (negative: give back)."""
        ...

    async def back_off(self, model: str, seconds: float) -> None:
        """Hold every turn of ``model`` for ``seconds`` (the provider said ``Retry-After``)."""
        ...


class Limits:
    """The limits table: the limit of each model string, exact entries before ``provider:*``."""

    __slots__ = ("_exact", "_found", "limits")

    def __init__(self, limits: str | Iterable[str | RateLimit]) -> None:
        self.limits = parse_rate_limits(limits)
        self._exact = {limit.model: limit for limit in self.limits}
        self._found: dict[str, RateLimit | None] = {}

    def __bool__(self) -> bool:
        return bool(self.limits)

    def limit_for(self, model: str) -> RateLimit | None:
        try:
            return self._found[model]
        except KeyError:
            pass
        limit = self._exact.get(model)
        if limit is None:
            limit = self._exact.get(model.partition(":")[0] + ":*")
        if len(self._found) < 10_000:  # model strings come from tasks: keep the cache bounded
            self._found[model] = limit
        return limit


class _Schedule:
    """One model's next free turns (monotonic seconds)."""

    __slots__ = ("held_until", "next_request", "next_token")

    def __init__(self) -> None:
        self.next_request = 0.0
        self.next_token = 0.0
        self.held_until = 0.0


class LocalRateLimiter(Limits):
    """A rate limiter for the calls of this process only (local runs, tests).

    Args:
        limits: text like ``"openai:gpt-4o=500rpm,200ktpm"`` or a list of entries or
            :class:`RateLimit`.
    """

    __slots__ = ("_schedules",)

    def __init__(self, limits: str | Iterable[str | RateLimit]) -> None:
        super().__init__(limits)
        self._schedules: dict[str, _Schedule] = {}

    def _schedule(self, model: str) -> _Schedule:
        schedule = self._schedules.get(model)
        if schedule is None:
            schedule = self._schedules[model] = _Schedule()
        return schedule

    async def reserve(self, limit: RateLimit, model: str, tokens: int) -> Turn:
        s = self._schedule(model)
        now = time.monotonic()
        start = now
        reason: WaitReason | None = None
        if limit.rpm and s.next_request > start:
            start, reason = s.next_request, "requests"
        if limit.tpm and s.next_token > start:
            start, reason = s.next_token, "tokens"
        if s.held_until > start:
            start = s.held_until
        if s.held_until > now:  # a pause, and the calls queued behind it
            reason = "retry_after"
        s.next_request = start + limit.request_seconds
        s.next_token = start + tokens * limit.token_seconds
        return Turn(start - now, reason)

    async def held(self, model: str) -> float:
        return max(0.0, self._schedule(model).held_until - time.monotonic())

    async def settle(self, limit: RateLimit, model: str, extra_tokens: int) -> None:
        self._schedule(model).next_token += extra_tokens * limit.token_seconds

    async def back_off(self, model: str, seconds: float) -> None:
        s = self._schedule(model)
        s.held_until = max(s.held_until, time.monotonic() + seconds)


_current: contextvars.ContextVar[RateLimiter | None] = contextvars.ContextVar(
    "orbiter_rate_limiter", default=None
)


class _Using:
    """The limiter set by :func:`use_rate_limiter`; leaving the ``with`` block restores the
    one before."""

    __slots__ = ("_token",)

    def __init__(self, token: contextvars.Token[RateLimiter | None]) -> None:
        self._token = token

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> None:
        _current.reset(self._token)


def use_rate_limiter(limiter: RateLimiter | None) -> _Using:
    """Limit the model calls of runs started from here on in this context (None: no limits).

    Takes effect at once; used as ``with use_rate_limiter(...):`` it ends with the block.
    Tasks started afterwards from this context (``asyncio.run``, ``create_task``) inherit it.
    """
    return _Using(_current.set(limiter))


def current_rate_limiter() -> RateLimiter | None:
    """The limiter in use in this context, if any."""
    return _current.get()


async def report_retry_after(model: str, seconds: float) -> None:
    """Tell the limiter in use that the provider asked ``model``'s callers to wait.

    Providers call this when they get a 429 with ``Retry-After``; with a shared limiter every
    process calling ``model`` then waits, not only the one that was told. Models without a
    limit are left alone.
    """
    limiter = _current.get()
    if limiter is None or seconds <= 0 or limiter.limit_for(model) is None:
        return
    await limiter.back_off(model, seconds)
