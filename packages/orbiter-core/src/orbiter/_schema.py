"""JSON schemas and argument validation from Python type hints, through msgspec."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Annotated, Any, get_type_hints

import msgspec

_SECTION = re.compile(
    r"^\s*(Args|Arguments|Parameters|Returns|Raises|Yields|Examples?|Notes?):\s*$"
)
_PARAM = re.compile(r"^\s*\*{0,2}(\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """Split a Google-style docstring into its summary and per-argument descriptions."""
    if not doc:
        return "", {}
    lines = inspect.cleandoc(doc).splitlines()
    summary: list[str] = []
    params: dict[str, str] = {}
    section: str | None = None
    current: str | None = None
    for line in lines:
        m = _SECTION.match(line)
        if m:
            section, current = m.group(1), None
            continue
        if section is None:
            summary.append(line)
        elif section in ("Args", "Arguments", "Parameters"):
            pm = _PARAM.match(line)
            indent = len(line) - len(line.lstrip())
            if pm and indent <= 4:
                current = pm.group(1)
                params[current] = pm.group(2).strip()
            elif current and line.strip():
                params[current] = (params[current] + " " + line.strip()).strip()
    return "\n".join(summary).strip(), params


def _inline_refs(schema: Any, defs: dict[str, Any]) -> Any:
    """Replace ``$ref`` pointers with what they name (providers differ in $ref support)."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            target = defs[ref.rsplit("/", 1)[1]]
            merged = {
                **_inline_refs(target, defs),
                **{k: v for k, v in schema.items() if k != "$ref"},
            }
            return merged
        return {k: _inline_refs(v, defs) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_inline_refs(v, defs) for v in schema]
    return schema


def type_schema(tp: Any) -> dict[str, Any]:
    """A self-contained JSON schema for ``tp`` (no ``$ref``)."""
    (schema,), components = msgspec.json.schema_components([tp], ref_template="#/$defs/{name}")
    return _inline_refs(schema, components)


def arguments_type(
    fn: Callable[..., Any], name: str
) -> tuple[type[msgspec.Struct], str, dict[str, Any]]:
    """A Struct type describing ``fn``'s parameters, the description, and the JSON schema."""
    sig = inspect.signature(fn)
    try:
        hints = get_type_hints(fn, include_extras=True)
    except Exception as exc:
        raise TypeError(f"cannot read the type hints of {name!r}: {exc}") from exc
    summary, param_docs = parse_docstring(fn.__doc__)
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for pname, param in sig.parameters.items():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise TypeError(f"tool {name!r} takes *{pname}; tools need named parameters")
        tp = hints.get(pname, Any)
        if pname in param_docs:
            tp = Annotated[tp, msgspec.Meta(description=param_docs[pname])]
        if param.default is inspect.Parameter.empty:
            fields.append((pname, tp))
        else:
            fields.append((pname, tp, param.default))
    struct = msgspec.defstruct(
        f"{name}_arguments", fields, kw_only=True, forbid_unknown_fields=True
    )
    schema = type_schema(struct)
    schema.pop("title", None)
    schema.setdefault("properties", {})
    schema.setdefault("required", [])
    return struct, summary, schema
