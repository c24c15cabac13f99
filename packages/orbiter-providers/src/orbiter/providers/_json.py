"""Reading untrusted provider JSON without surprises, and writing request bodies."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import msgspec

from orbiter.messages import Usage

# -- small typed accessors: provider JSON is untrusted, so never index it blindly ---------------


def obj(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def arr(value: Any) -> list[Any]:
    """``value`` if it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def text(value: Any) -> str:
    """``value`` if it is a string, else ``""``."""
    return value if isinstance(value, str) else ""


def count(value: Any) -> int:
    """A token count: ``value`` if it is a non-negative int, else 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def new_call_id() -> str:
    return "call_" + uuid.uuid4().hex[:24]


_json_encoder = msgspec.json.Encoder()


def dumps(value: Any) -> bytes:
    return _json_encoder.encode(value)


def json_text(value: Any) -> str:
    """JSON text of ``value`` (tool-call arguments the provider sent as an object)."""
    if value is None:
        return "{}"
    return _json_encoder.encode(value).decode()


def json_value(text_: str) -> Any:
    """Parse JSON text that should be an object; fall back to the raw text when it is not JSON."""
    try:
        return msgspec.json.decode(text_)
    except msgspec.DecodeError:
        return text_


def merge_body(body: dict[str, Any], extra: Mapping[str, Any]) -> None:
    """Merge pass-through parameters into a request body (nested objects merge key by key)."""
    for key, value in extra.items():
        current = body.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            merged = dict(current)
            merge_body(merged, value)
            body[key] = merged
        else:
            body[key] = value


def append_turn(
    turns: list[dict[str, Any]], role: str, key: str, items: list[dict[str, Any]]
) -> None:
    """Add ``items`` as a turn of ``role``, or extend the last turn when it has that role.

    Tool results of one turn must share one message, and these APIs want roles to alternate.
    """
    if not items:
        return
    if turns and turns[-1]["role"] == role:
        turns[-1][key].extend(items)
    else:
        turns.append({"role": role, key: list(items)})


def output_instructions(schema_name: str, schema: Mapping[str, Any]) -> str:
    """What to tell a model without native structured output about the expected answer."""
    return (
        f"When you give your final answer, reply with only a JSON value (the {schema_name}) that "
        "matches this JSON schema, without any other text or code fences:\n" + json_text(schema)
    )


def usage(
    *,
    input_tokens: int = 0,
    output_tokens: int = 0,
    reasoning: int = 0,
    cache_read: int = 0,
    cache_write: int = 0,
) -> Usage:
    return Usage(
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        reasoning_tokens=reasoning,
        cache_read_tokens=cache_read,
        cache_write_tokens=cache_write,
        requests=1,
    )
