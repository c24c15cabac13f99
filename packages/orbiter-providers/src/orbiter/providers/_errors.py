"""HTTP failures as typed Orbiter errors, and how long to wait before trying again."""

from __future__ import annotations

import email.utils
import random
import re
import time
from typing import Any

import httpx
import msgspec

from orbiter.errors import (
    AuthenticationError,
    ContextLengthExceededError,
    InvalidRequestError,
    ModelError,
    ModelTimeoutError,
    RateLimitError,
    ServerError,
)
from orbiter.providers._json import json_text, text

_MAX_BACKOFF = 8.0

_CONTEXT_PATTERNS = re.compile(
    r"context[ _-]length|context window|prompt is too long|too many tokens|maximum context|"
    r"input token count|exceeds the maximum number of tokens|maximum number of tokens allowed|"
    r"reduce the length of the messages",
    re.IGNORECASE,
)
_AUTH_PATTERNS = re.compile(r"api key not valid|api_key_invalid|invalid api key", re.IGNORECASE)


def error_details(body: bytes) -> tuple[str, str]:
    """The message and the machine code/type in a provider's JSON error body."""
    try:
        data = msgspec.json.decode(body)
    except msgspec.DecodeError:
        snippet = body[:300].decode("utf-8", "replace").strip()
        return snippet, ""
    err = data.get("error") if isinstance(data, dict) else None
    if isinstance(err, dict):
        message = text(err.get("message")) or json_text(err)
        codes = [text(err.get(k)) for k in ("code", "type", "status")]
        return message, " ".join(dict.fromkeys(c for c in codes if c))
    if isinstance(err, str):
        return err, ""
    if isinstance(data, dict) and isinstance(data.get("message"), str):
        return data["message"], text(data.get("type"))
    return body[:300].decode("utf-8", "replace").strip(), ""


def error_for_status(
    status: int, message: str, code: str, *, provider: str, model: str
) -> ModelError:
    """The typed error for an HTTP failure (``retryable`` says whether trying again may help)."""
    detail = message or "(no message)"
    where = f"{provider}:{model}" if model else provider
    text_ = f"{where} returned HTTP {status}: {detail}"
    if code:
        text_ += f" [{code}]"
    kwargs: dict[str, Any] = {"provider": provider, "model": model, "status_code": status}
    if status in (401, 403) or (status == 400 and _AUTH_PATTERNS.search(detail)):
        hint = " Check the API key (model_options['api_key'] or the provider's key variable)."
        return AuthenticationError(text_ + hint, **kwargs)
    if "context_length" in code or (status in (400, 413, 422) and _CONTEXT_PATTERNS.search(detail)):
        return ContextLengthExceededError(text_, **kwargs)
    if status == 408:
        return ModelTimeoutError(text_, retryable=True, **kwargs)
    if status == 429:
        # A spent quota is reported as 429 too, but waiting does not refill it.
        quota = "insufficient_quota" in code or "billing" in detail.lower()
        return RateLimitError(text_, retryable=not quota, **kwargs)
    if status >= 500:
        return ServerError(text_, retryable=True, **kwargs)
    return InvalidRequestError(text_, **kwargs)


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """The wait a server asked for in ``retry-after-ms`` / ``Retry-After`` (seconds or a date)."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(attempt: int, base: float) -> float:
    """Exponential backoff with jitter: about base * 2**attempt, spread so clients do not align."""
    ceiling = min(_MAX_BACKOFF, base * (2**attempt))
    return ceiling * (0.5 + random.random() / 2)
