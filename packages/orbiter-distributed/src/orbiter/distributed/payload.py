"""What travels on the queue: the task payload, its encoding and optional signature."""

from __future__ import annotations

import hashlib
import hmac
import math
import re
from collections.abc import Sequence
from typing import Any

import msgspec

from orbiter.distributed.settings import read
from orbiter.errors import ConfigurationError, SerializationError
from orbiter.import_gate import Allowed, ModuleGate
from orbiter.messages import messages_from_json
from orbiter.retry import RetryPolicy


class Payload(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One task as a worker receives it. ``target`` stays raw JSON so workers can cache it."""

    target: msgspec.Raw
    input: str | None = None
    messages: msgspec.Raw = msgspec.Raw(b"null")
    detailed: bool = False
    timeout: float = 300.0
    metadata: dict[str, Any] = {}
    trace: dict[str, str] = {}
    """W3C trace context (``traceparent``...) of the client's submit span, when tracing."""
    thread: str | None = None
    """The thread the run is on: it starts from its transcript and appends to it."""
    retry: RetryPolicy | None = None
    """How the worker tries the task again after a failure (None: it does not)."""
    approval_ttl: float | None = None
    """Seconds a pause for approval waits for a decision (None: the worker's setting)."""
    v: int = 1


_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(Payload)


def encode_payload(payload: Payload) -> bytes:
    return _encoder.encode(payload)


def decode_payload(data: bytes) -> Payload:
    return _decoder.decode(data)


_FIELD = re.compile(r"at `\$\.(\w+)")


def _changed_by_json(value: Any, path: str) -> str | None:
    """What in ``value`` JSON cannot carry faithfully (non-str keys, inf, NaN), if anything."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"{path} is {value!r}: JSON has no infinity or NaN"
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"{path} has the key {key!r}: JSON object keys are strings"
            found = _changed_by_json(item, f"{path}[{key!r}]")
            if found:
                return found
    elif isinstance(value, list | tuple | set | frozenset):
        for i, item in enumerate(value):
            found = _changed_by_json(item, f"{path}[{i}]")
            if found:
                return found
    return None


def checked_payload(payload: Payload) -> tuple[bytes, Payload]:
    """Encode ``payload`` and decode it back as a worker will, so bad values fail at submit.

    Returns the bytes to queue and the payload as the worker will see it. Raises
    ConfigurationError (a value of the wrong type, a timeout that is not a positive finite
    number) or SerializationError (something with no JSON form) naming the parameter.
    """
    try:
        body = encode_payload(payload)
    except (TypeError, ValueError, msgspec.EncodeError) as exc:  # UnicodeError is a ValueError
        raise SerializationError(f"the task cannot be encoded as JSON: {exc}") from None
    try:
        seen = decode_payload(body)
    except msgspec.ValidationError as exc:
        found = _FIELD.search(str(exc))
        name = found.group(1) if found else "a value"
        value = getattr(payload, name, None)
        note = ""
        if isinstance(value, float) and not math.isfinite(value):
            note = " (JSON has no infinity or NaN)"
        raise ConfigurationError(
            f"{name}={value!r} cannot be sent to a worker: {str(exc).split(' - at ')[0]}{note}"
        ) from None
    if not seen.timeout > 0:
        raise ConfigurationError(
            f"timeout must be a positive number of seconds, got {payload.timeout!r}"
        )
    if seen.approval_ttl is not None and not seen.approval_ttl > 0:
        raise ConfigurationError(
            f"approval_ttl must be a positive number of seconds, got {payload.approval_ttl!r}"
        )
    trouble = _changed_by_json(payload.metadata, "metadata")
    if trouble:
        raise ConfigurationError(f"{trouble}, so the worker would see other metadata than sent")
    if bytes(seen.messages) != b"null":
        try:
            messages_from_json(bytes(seen.messages))
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            raise SerializationError(f"messages cannot be sent to a worker: {exc}") from None
    return body, seen


def signing_key_from(value: str | bytes | None) -> bytes | None:
    """The signing key given, else ``ORBITER_SIGNING_KEY``, else None (signing off)."""
    key = read("signing_key", value)
    if not key:
        return None
    return key.encode() if isinstance(key, str) else key


def previous_signing_keys_from(value: Sequence[str | bytes] | str | None) -> list[bytes]:
    """Keys still accepted during a rotation: those given, else ``ORBITER_PREVIOUS_SIGNING_KEYS``.

    A string is split on commas (keys made by ``secrets.token_urlsafe`` never contain one).
    """
    keys = read("previous_signing_keys", value) or ()
    return [k.encode() if isinstance(k, str) else k for k in keys]


def verifying_keys_from(
    key: str | bytes | None, previous: Sequence[str | bytes] | str | None
) -> tuple[bytes | None, list[bytes]]:
    """A worker's signing key and the previous keys it still accepts (see the two above);
    previous keys without a current key are refused."""
    current, older = signing_key_from(key), previous_signing_keys_from(previous)
    if older and current is None:
        raise ConfigurationError(
            "previous signing keys were given without a signing key: give the new key "
            "as the signing key (--signing-key / ORBITER_SIGNING_KEY) and the old ones as "
            "previous keys"
        )
    return current, older


def sign(key: bytes | None, task_id: str, payload: bytes) -> bytes:
    """HMAC-SHA256 over task id and payload (empty when signing is off)."""
    if key is None:
        return b""
    mac = hmac.new(key, task_id.encode() + b"\n" + payload, hashlib.sha256)
    return mac.hexdigest().encode()


def verify(
    key: bytes | None,
    task_id: str,
    payload: bytes,
    signature: bytes,
    previous: Sequence[bytes] = (),
) -> bool:
    """True when signing is off, or the signature is by ``key`` or one of the ``previous`` keys."""
    if key is None:
        return True
    return any(hmac.compare_digest(sign(k, task_id, payload), signature) for k in (key, *previous))


def allowed_modules_from(value: Sequence[str] | str | None) -> list[str] | None:
    """The allow-list given, else ``ORBITER_ALLOWED_MODULES`` (comma separated), else None.

    A list that names no module (``","``, ``[]``) is refused, from code as from the CLI.
    """
    found = read("allowed_modules", value)
    return None if found is None else list(found)


def allow_any_module_from(value: bool | None) -> bool:
    """The flag given, else ``ORBITER_ALLOW_ANY_MODULE`` (1/true/yes/on), else False."""
    return bool(read("allow_any_module", value))


def import_gate(allowed_modules: list[str] | None, allow_any_module: bool) -> Allowed:
    """What a worker lets a task import.

    Any module with ``allow_any_module``; exactly the modules named (and the modules below
    them) when an allow-list is given; otherwise the user's own code and ``orbiter``
    (:class:`orbiter.import_gate.ModuleGate`).
    """
    if allow_any_module:
        if allowed_modules:
            raise ConfigurationError(
                "both an allow-list and allow-any-module were given: drop one of them "
                "(--allowed-modules / ORBITER_ALLOWED_MODULES or --allow-any-module / "
                "ORBITER_ALLOW_ANY_MODULE)"
            )
        return None
    if allowed_modules is not None:
        return allowed_modules
    return ModuleGate()


def describe_imports(allowed: Allowed) -> str:
    """The start-up line of what a worker imports."""
    if allowed is None:
        return ModuleGate(any_module=True).describe()
    if isinstance(allowed, ModuleGate):
        return allowed.describe()
    return ", ".join(allowed)
