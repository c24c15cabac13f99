"""Import paths (``package.module:attribute``): how tools, types and hooks travel as JSON."""

from __future__ import annotations

import importlib
import sys
from typing import Any

from orbiter.errors import SerializationError
from orbiter.import_gate import Allowed, ModuleGate


def import_path_of(obj: Any, *, what: str) -> str:
    """The ``module:qualname`` path that :func:`import_object` turns back into ``obj``.

    Raises SerializationError when ``obj`` could not be imported in another process: defined in
    ``__main__``, a lambda, a closure, or not reachable under its own name.
    """
    target = getattr(obj, "__orbiter_target__", obj)
    module = getattr(target, "__module__", None)
    qualname = getattr(target, "__qualname__", None)
    label = f"{what} {getattr(obj, 'name', None) or qualname or obj!r}"
    fix = "Move it to module level in an importable module (a file other than the script you run)."
    if not module or not qualname:
        raise SerializationError(f"{label} has no importable name. {fix}")
    if "<lambda>" in qualname or "<locals>" in qualname:
        raise SerializationError(f"{label} is a lambda or is defined inside a function. {fix}")
    if module == "__main__":
        raise SerializationError(
            f"{label} is defined in __main__, which a worker cannot import. {fix}"
        )
    path = f"{module}:{qualname}"
    try:
        found = import_object(path)
    except SerializationError as exc:
        raise SerializationError(
            f"{label} cannot be found again at {path!r}: {exc}. {fix}"
        ) from None
    if found is not obj and getattr(found, "__orbiter_target__", found) is not target:
        raise SerializationError(
            f"{label} is not what {path!r} names (was it rebound or decorated twice?). {fix}"
        )
    return path


def check_module(module: str, allowed: Allowed, what: str) -> None:
    """Raise SerializationError unless ``allowed`` admits ``module`` (imported for ``what``).

    Every import a serialized Agent or Swarm can cause goes through here.
    """
    if allowed is None:
        return
    if isinstance(allowed, ModuleGate):
        if not allowed.allows(module):
            raise SerializationError(allowed.refusal(module, what))
        return
    if not any(module == a or module.startswith(a + ".") for a in allowed):
        raise SerializationError(
            f"Module {module!r} (for {what}) is not in the allowed modules "
            f"{list(allowed)}; add it to the worker's allow-list to use it."
        )


def import_object(path: str, *, allowed_modules: Allowed = None) -> Any:
    """Import ``package.module:attr.sub`` and return the object.

    Args:
        allowed_modules: when given, only modules it admits may be imported (see
            :func:`check_module`).
    """
    module_name, sep, attr_path = path.partition(":")
    if not sep or not module_name or not attr_path:
        raise SerializationError(
            f"{path!r} is not an import path of the form 'package.module:name'"
        )
    check_module(module_name, allowed_modules, repr(path))
    try:
        obj: Any = importlib.import_module(module_name)
    except ImportError as exc:
        looked = ", ".join(p or "." for p in sys.path[:6]) + (", ..." if len(sys.path) > 6 else "")
        raise SerializationError(
            f"cannot import module {module_name!r} for {path!r}: {exc} (looked in {looked}); "
            "run this process in the folder that holds it, or add that folder to PYTHONPATH"
        ) from exc
    for part in attr_path.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise SerializationError(
                f"module {module_name!r} has no attribute {attr_path!r}"
            ) from None
    return obj
