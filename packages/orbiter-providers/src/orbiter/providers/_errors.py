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

# How the providers and the servers the presets name word it: OpenAI, vLLM, DeepSeek and
# OpenRouter ("maximum context length"), llama.cpp ("exceeds the available context size"),
# Ollama ("input length exceeds the context length"), vLLM's newer "maximum model length",
# Together/TGI ("`inputs` tokens + `max_new_tokens` must be <="), Anthropic ("prompt is too
# long", "exceed context limit"), Gemini ("input token count").
_CONTEXT_PATTERNS = re.compile(
    r"context[ _-]length|context window|context size|context limit|prompt is too long|"
    r"too many tokens|maximum context|maximum model length|input token count|"
    r"exceeds the maximum number of tokens|maximum number of tokens allowed|"
    r"reduce the length of the messages|tokens.? \+ .?max_new_tokens",
    re.IGNORECASE,
)
# Error codes that mean the same (OpenAI/Groq, llama.cpp).
_CONTEXT_CODES = ("context_length", "exceed_context_size", "context_window")
# The fallback where a server words it some other way: a token count, a word of excess, and a
# bigger number before a smaller one ("(4031 tokens) ... over ... (2048)").
_TOKENS = re.compile(r"\btokens?\b", re.IGNORECASE)
_EXCESS = re.compile(
    r"exceed|greater than|larger than|longer than|more than|too long|too large|over the|>",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d,]*")
_OUTPUT_LIMIT = re.compile(r"max_tokens|max_completion_tokens|completion tokens|output tokens")
_INPUT_WORDS = re.compile(r"context|prompt|input|messages", re.IGNORECASE)
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


def request_id_of(headers: httpx.Headers | None, body: bytes) -> str | None:
    """The provider's id of a failed request: OpenAI's ``x-request-id`` header, Anthropic's
    ``request-id`` header or the ``request_id`` of its error body."""
    if headers is not None:
        for name in ("x-request-id", "request-id"):
            value = headers.get(name, "").strip()
            if value:
                return value[:200]
    try:
        data = msgspec.json.decode(body)
    except msgspec.DecodeError:
        return None
    found = text(data.get("request_id")) if isinstance(data, dict) else ""
    return found[:200] or None


def _numbers_overflow(detail: str) -> bool:
    if not (_TOKENS.search(detail) and _EXCESS.search(detail)):
        return False
    # "max_tokens is too large: 100000 ... at most 16384 completion tokens" is about the output
    # limit asked for, which a shorter prompt would not fix.
    if _OUTPUT_LIMIT.search(detail) and not _INPUT_WORDS.search(detail):
        return False
    numbers = [int(n.replace(",", "")) for n in _NUMBER.findall(detail)]
    return any(a > b for i, a in enumerate(numbers) for b in numbers[i + 1 :])


def is_context_overflow(status: int, detail: str, code: str) -> bool:
    """Whether an error says the request did not fit the model's context window."""
    if any(c in code for c in _CONTEXT_CODES):
        return True
    if status not in (400, 413, 422) and status < 500:
        return False
    if _CONTEXT_PATTERNS.search(detail):
        return True
    # Numbers alone are too weak a sign for a server error; a 4xx naming tokens is enough.
    return status < 500 and _numbers_overflow(detail)


def error_for_status(
    status: int,
    message: str,
    code: str,
    *,
    provider: str,
    model: str,
    request_id: str | None = None,
) -> ModelError:
    """The typed error for an HTTP failure (``retryable`` says whether trying again may help)."""
    detail = message or "(no message)"
    where = f"{provider}:{model}" if model else provider
    text_ = f"{where} returned HTTP {status}: {detail}"
    if code:
        text_ += f" [{code}]"
    if request_id:
        text_ += f" (request id {request_id})"
    kwargs: dict[str, Any] = {
        "provider": provider,
        "model": model,
        "status_code": status,
        "request_id": request_id,
    }
    if status in (401, 403) or (status == 400 and _AUTH_PATTERNS.search(detail)):
        hint = " Check the API key (model_options['api_key'] or the provider's key variable)."
        return AuthenticationError(text_ + hint, **kwargs)
    if is_context_overflow(status, detail, code):
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
