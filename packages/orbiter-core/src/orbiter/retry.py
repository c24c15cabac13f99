"""A retry policy: how often, how soon, and on which errors a failed distributed run is tried
again. The policy is data (it travels with a task to the worker); the worker acts on it."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import Any

import msgspec

from orbiter.errors import ConfigurationError, SerializationError

NEVER_RETRIED = frozenset(
    {
        "ConfigurationError",
        "SerializationError",
        "InvalidRequestError",
        "AuthenticationError",
        "ContextLengthExceededError",
    }
)
"""Errors no policy retries, even when named in ``retry_on``: the same request fails again."""


def _number(name: str, value: Any, low: float) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < low
    ):
        raise ConfigurationError(
            f"RetryPolicy {name} must be a finite number of at least {low:g}, got {value!r}"
        )


class RetryPolicy(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Try a failed run again, after a growing pause.

    Args:
        attempts: tries in all, the first included (1: never retry).
        backoff: seconds before the second try; each later pause doubles it.
        max_backoff: no pause is longer than this many seconds.
        jitter: each pause is shortened by a random fraction up to this (0 to 1), so tasks
            that failed together do not come back together.
        retry_on: names of the error classes to retry (``("RateLimitError", "ServerError",
            "TaskTimeoutError")``), matched against the error's class and its bases. None:
            every error that says it is ``retryable`` (rate limits, 5xx, model timeouts, lost
            connections). Invalid requests and configuration errors are never retried.
        dead_letter: after the last try, also put the task in its queue's dead letters.
    """

    attempts: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    jitter: float = 0.2
    retry_on: tuple[str, ...] | None = None
    dead_letter: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.attempts, bool) or not isinstance(self.attempts, int):
            raise ConfigurationError(
                f"RetryPolicy attempts must be a whole number, got {self.attempts!r}"
            )
        if self.attempts < 1:
            raise ConfigurationError(
                f"RetryPolicy attempts counts the first try too, so it is at least 1; "
                f"got {self.attempts}"
            )
        _number("backoff", self.backoff, 0)
        _number("max_backoff", self.max_backoff, 0)
        _number("jitter", self.jitter, 0)
        if self.jitter > 1:
            raise ConfigurationError(
                f"RetryPolicy jitter is a fraction between 0 and 1, got {self.jitter!r}"
            )
        if self.retry_on is not None and (
            isinstance(self.retry_on, str)
            or not all(isinstance(n, str) and n for n in self.retry_on)
        ):
            raise ConfigurationError(
                "RetryPolicy retry_on takes the names of error classes, e.g. "
                f"retry_on=('RateLimitError', 'ServerError'); got {self.retry_on!r}"
            )

    def delay(self, retry: int) -> float:
        """Seconds to wait before retry number ``retry`` (1: before the second try)."""
        pause = min(self.max_backoff, self.backoff * 2.0 ** min(retry - 1, 62))
        return pause * (1.0 - self.jitter * random.random())

    def retries(self, error_types: Sequence[str], retryable: bool) -> bool:
        """Whether an error whose class and bases are named ``error_types`` is retried."""
        if NEVER_RETRIED.intersection(error_types):
            return False
        if self.retry_on is None:
            return retryable
        return any(name in self.retry_on for name in error_types)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data; :meth:`from_dict` reads it back."""
        return msgspec.to_builtins(self)

    @classmethod
    def from_dict(cls, data: Any) -> RetryPolicy:
        """A policy from :meth:`to_dict` output (SerializationError when it is not one)."""
        try:
            return msgspec.convert(data, cls)
        except msgspec.ValidationError as exc:
            raise SerializationError(f"not a retry policy: {exc}") from None


def error_types(exc: BaseException) -> tuple[str, ...]:
    """The names of ``exc``'s class and its bases, as :meth:`RetryPolicy.retries` takes them."""
    return tuple(cls.__name__ for cls in type(exc).__mro__)


def check_retry(value: Any, where: str) -> RetryPolicy | None:
    """``value`` if it is a RetryPolicy or None, else a ConfigurationError naming ``where``."""
    if value is None or isinstance(value, RetryPolicy):
        return value
    raise ConfigurationError(
        f"{where} takes an orbiter.RetryPolicy, e.g. RetryPolicy(attempts=3, backoff=1.0); "
        f"got {value!r}"
    )
