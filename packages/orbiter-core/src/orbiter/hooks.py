"""Lifecycle hooks: functions called at fixed points of a run."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from orbiter.errors import ConfigurationError

HOOK_NAMES: tuple[str, ...] = (
    "on_run_start",
    "on_run_end",
    "on_run_error",
    "before_model_call",
    "after_model_call",
    "before_tool_call",
    "after_tool_call",
)

HookFn = Callable[..., Any]
HooksArg = Mapping[str, HookFn | Sequence[HookFn]] | None


def normalize_hooks(hooks: HooksArg) -> dict[str, list[HookFn]]:
    """Check hook names and turn each value into a list of callables."""
    out: dict[str, list[HookFn]] = {}
    for name, value in (hooks or {}).items():
        if name not in HOOK_NAMES:
            raise ConfigurationError(
                f"unknown hook {name!r}; the hooks are: {', '.join(HOOK_NAMES)}"
            )
        fns = list(value) if isinstance(value, list | tuple) else [value]
        for fn in fns:
            if not callable(fn):
                raise ConfigurationError(f"hook {name!r} must be callable, got {fn!r}")
        out[name] = fns  # type: ignore[assignment]
    return out


async def fire(hooks: dict[str, list[HookFn]], name: str, **context: Any) -> None:
    """Call every hook registered under ``name`` with ``context`` as keyword arguments.

    A hook takes the keywords it names (or ``**kwargs``); sync and async hooks both work.
    """
    for fn in hooks.get(name, ()):
        result = fn(**_accepted(fn, context))
        if inspect.isawaitable(result):
            await result


# fn -> the keyword names it takes (None: takes them all). Signatures are slow to read, and the
# same hooks are called on every step.
_params: dict[Any, frozenset[str] | None] = {}


def _accepted(fn: HookFn, context: dict[str, Any]) -> dict[str, Any]:
    try:
        names = _params[fn]
    except KeyError:
        names = _signature_names(fn)
        if len(_params) < 4096:
            _params[fn] = names
    except TypeError:  # unhashable callable
        names = _signature_names(fn)
    if names is None:
        return context
    return {k: v for k, v in context.items() if k in names}


def _signature_names(fn: HookFn) -> frozenset[str] | None:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return None
    if any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return None
    return frozenset(params)
