"""The options of a provider configuration (``Agent.model_options``), validated once."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from orbiter.errors import ConfigurationError
from orbiter.models import env_value

# Options every HTTP provider accepts; each provider adds its own on top.
COMMON_OPTIONS: frozenset[str] = frozenset(
    {
        "api_key",
        "base_url",
        "timeout",
        "connect_timeout",
        "stream_idle_timeout",
        "headers",
        "max_retries",
        "retry_base_delay",
        "max_retry_wait",
        "extra_body",
    }
)

DEFAULT_TIMEOUT = 600.0
# Once a stream has started, providers send something (tokens, pings) every few seconds.
DEFAULT_STREAM_IDLE_TIMEOUT = 60.0
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_RETRY_BASE_DELAY = 0.5
DEFAULT_MAX_RETRY_WAIT = 60.0


class Options:
    """The validated options of one provider configuration (``Agent.model_options``)."""

    def __init__(
        self,
        provider: str,
        options: Mapping[str, Any],
        *,
        extra_names: Iterable[str] = (),
    ) -> None:
        known = COMMON_OPTIONS | frozenset(extra_names)
        unknown = sorted(set(options) - known)
        if unknown:
            raise ConfigurationError(
                f"unknown model_options {unknown} for provider {provider!r}; "
                f"known options: {', '.join(sorted(known))}"
            )
        self.provider = provider
        self.raw = dict(options)
        if "base_url" in self.raw:
            self.raw["base_url"] = self._from_env(self.raw["base_url"], "model_options['base_url']")
        self.api_key = self._opt_str("api_key")
        self.base_url = self._opt_str("base_url")
        self.timeout = self._positive("timeout", DEFAULT_TIMEOUT)
        self.stream_idle_timeout = min(
            self.timeout, self._positive("stream_idle_timeout", DEFAULT_STREAM_IDLE_TIMEOUT)
        )
        self.connect_timeout = self._positive("connect_timeout", DEFAULT_CONNECT_TIMEOUT)
        self.max_retries = self._count("max_retries", DEFAULT_MAX_RETRIES)
        self.retry_base_delay = self._non_negative("retry_base_delay", DEFAULT_RETRY_BASE_DELAY)
        self.max_retry_wait = self._non_negative("max_retry_wait", DEFAULT_MAX_RETRY_WAIT)
        headers = options.get("headers") or {}
        if isinstance(headers, Mapping):
            headers = {
                k: self._from_env(v, f"model_options['headers'][{k!r}]") for k, v in headers.items()
            }
        if not isinstance(headers, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            raise ConfigurationError(
                f"model_options['headers'] for {provider!r} must map header names to strings, "
                f"got {headers!r}"
            )
        self.headers: tuple[tuple[str, str], ...] = tuple(sorted(headers.items()))
        extra_body = options.get("extra_body") or {}
        if not isinstance(extra_body, Mapping):
            raise ConfigurationError(
                f"model_options['extra_body'] for {provider!r} must be a mapping, "
                f"got {extra_body!r}"
            )
        self.extra_body: dict[str, Any] = self._body_from_env(
            extra_body, "model_options['extra_body']"
        )

    def _from_env(self, value: Any, where: str) -> Any:
        """``{"env": NAME}`` becomes the value of that environment variable of this process."""
        return env_value(value, f"{where} of {self.provider!r}")

    def _body_from_env(self, value: Any, where: str) -> Any:
        """``extra_body`` with every ``{"env": NAME}`` inside it resolved (secrets travel so)."""
        if isinstance(value, Mapping):
            if set(value) == {"env"}:
                return self._from_env(value, where)
            return {k: self._body_from_env(v, f"{where}[{k!r}]") for k, v in value.items()}
        if isinstance(value, list):
            return [self._body_from_env(v, f"{where}[{i}]") for i, v in enumerate(value)]
        return value

    def _fail(self, name: str, what: str) -> ConfigurationError:
        return ConfigurationError(
            f"model_options[{name!r}] for {self.provider!r} must be {what}, "
            f"got {self.raw.get(name)!r}"
        )

    def _opt_str(self, name: str) -> str | None:
        value = self.raw.get(name)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self._fail(name, "a non-empty string")
        return value.strip()

    def _number(self, name: str, default: float) -> float:
        value = self.raw.get(name)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._fail(name, "a number of seconds")
        return float(value)

    def _positive(self, name: str, default: float) -> float:
        value = self._number(name, default)
        if value <= 0:
            raise self._fail(name, "a positive number of seconds")
        return value

    def _non_negative(self, name: str, default: float) -> float:
        value = self._number(name, default)
        if value < 0:
            raise self._fail(name, "zero or a positive number of seconds")
        return value

    def _count(self, name: str, default: int) -> int:
        value = self.raw.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self._fail(name, "zero or a positive integer")
        return value

    def get_str(self, name: str, choices: Iterable[str] | None = None) -> str | None:
        value = self._opt_str(name)
        if value is not None and choices is not None and value not in choices:
            raise self._fail(name, "one of " + ", ".join(repr(c) for c in choices))
        return value

    def get_int(self, name: str) -> int | None:
        value = self.raw.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self._fail(name, "a positive integer")
        return value

    def get_bool(self, name: str, default: bool) -> bool:
        value = self.raw.get(name, default)
        if not isinstance(value, bool):
            raise self._fail(name, "true or false")
        return value


def env_first(names: Iterable[str]) -> tuple[str, str] | None:
    """The first of ``names`` set (non-empty) in the environment, as ``(name, value)``."""
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            return name, value
    return None
