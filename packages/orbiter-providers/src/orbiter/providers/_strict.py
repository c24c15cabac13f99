"""OpenAI strict-mode tool schemas, made from ordinary ones, and arguments fitted back.

Strict mode guarantees arguments that match the schema, but only accepts schemas where every
object lists all its properties as required and forbids others. An optional argument therefore
becomes required-but-nullable; when the model sends ``null`` for it, the null is dropped again so
the tool sees the argument missing and uses its default.
"""

from __future__ import annotations

from typing import Any

# Keywords strict mode refuses; a default means nothing once every property is required.
_DROPPED = frozenset({"default"})


class _NotStrict(Exception):
    pass


def strict_schema(schema: dict[str, Any]) -> dict[str, Any] | None:
    """A copy of a tool's parameters schema that meets strict mode's rules, or None if none can
    (free-form objects such as ``dict[str, int]`` have no fixed properties to require)."""
    if schema.get("type") != "object":
        return None
    try:
        return _strict(schema)
    except _NotStrict:
        return None


def _strict(node: Any) -> dict[str, Any]:
    if not isinstance(node, dict) or "prefixItems" in node:
        raise _NotStrict
    out = {k: v for k, v in node.items() if k not in _DROPPED}
    if "anyOf" in out:
        out["anyOf"] = [_strict(s) for s in out["anyOf"]]
    kind = out.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "object" in kinds:
        props = out.get("properties")
        extra = out.get("additionalProperties", False)
        if not isinstance(props, dict) or not props or extra not in (False, None):
            raise _NotStrict
        required = set(out.get("required") or ())
        out["properties"] = {
            name: _strict(sub) if name in required else _nullable(_strict(sub))
            for name, sub in props.items()
        }
        out["required"] = list(props)
        out["additionalProperties"] = False
    if "array" in kinds and "items" in out:
        out["items"] = _strict(out["items"])
    return out


def closed_schema(schema: Any) -> Any:
    """``schema`` with ``additionalProperties: false`` on every object that lists properties,
    as Anthropic's structured outputs require; what is required stays as it was."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    props = schema.get("properties")
    if isinstance(props, dict):
        out["properties"] = {name: closed_schema(sub) for name, sub in props.items()}
        out.setdefault("additionalProperties", False)
    if "items" in schema:
        out["items"] = closed_schema(schema["items"])
    for key in ("anyOf", "oneOf", "allOf"):
        if isinstance(schema.get(key), list):
            out[key] = [closed_schema(s) for s in schema[key]]
    return out


def accepts_null(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(accepts_null(s) for s in schema.get("anyOf") or ())


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if accepts_null(schema):
        return schema
    kind = schema.get("type")
    if isinstance(kind, str | list) and "enum" not in schema:
        kinds = [kind] if isinstance(kind, str) else list(kind)
        return {**schema, "type": [*kinds, "null"]}
    if "anyOf" in schema:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    return {"anyOf": [schema, {"type": "null"}]}


def drop_added_nulls(schema: Any, value: Any) -> Any:
    """``value`` without the nulls strict mode made the model send for optional properties."""
    if not isinstance(schema, dict):
        return value
    if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
        props = schema["properties"]
        required = set(schema.get("required") or ())
        out = {}
        for key, item in value.items():
            sub = props.get(key)
            if item is None and key not in required and not accepts_null(sub):
                continue
            out[key] = drop_added_nulls(sub, item)
        return out
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [drop_added_nulls(schema["items"], v) for v in value]
    return value
