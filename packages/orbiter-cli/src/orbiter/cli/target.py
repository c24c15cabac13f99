"""Finding the Agent or Swarm a command names: ``package.module:attr`` or ``path/file.py:attr``."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import sys
from pathlib import Path
from typing import Any

from orbiter.cli._context import CliError

_FORM = "use 'package.module:name' or 'path/to/file.py:name'"


def _split(spec: str) -> tuple[str, str]:
    where, sep, attr = spec.rpartition(":")
    if not sep or not where or not attr:
        raise CliError(f"TARGET {spec!r} does not name an attribute", hint=_FORM)
    return where, attr


def _import_file(path: Path, spec: str) -> Any:
    if not path.is_file():
        raise CliError(f"TARGET {spec!r}: no such file {str(path)!r}", hint=_FORM)
    # Like `python path/to/file.py`: the file's folder is importable, so its sibling modules
    # (and, for workers, its tools) resolve by plain module name.
    folder = str(path.resolve().parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    name = path.stem
    if name in sys.modules and getattr(sys.modules[name], "__file__", None) == str(path.resolve()):
        return sys.modules[name]
    loader_spec = importlib.util.spec_from_file_location(name, path.resolve())
    if loader_spec is None or loader_spec.loader is None:
        raise CliError(f"TARGET {spec!r}: {str(path)!r} is not a Python file", hint=_FORM)
    module = importlib.util.module_from_spec(loader_spec)
    sys.modules[name] = module
    try:
        loader_spec.loader.exec_module(module)
    except BaseException as exc:
        sys.modules.pop(name, None)
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise CliError(
            f"importing {str(path)!r} failed: {type(exc).__name__}: {exc}",
            hint="run again with --verbose to see where",
        ) from exc
    return module


def _import_module(name: str, spec: str) -> Any:
    # Like `python -m`: modules in the current directory are importable.
    cwd = os.getcwd()
    if cwd not in sys.path and "" not in sys.path:
        sys.path.insert(0, cwd)
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (name == exc.name or name.startswith(exc.name + ".")):
            raise CliError(
                f"TARGET {spec!r}: no module named {exc.name!r}",
                hint="check the spelling, run from the folder that contains the package, or "
                "give a file path: path/to/file.py:name",
            ) from exc
        raise CliError(
            f"importing {name!r} failed: {type(exc).__name__}: {exc}",
            hint="install the missing package in this environment",
        ) from exc
    except Exception as exc:
        raise CliError(
            f"importing {name!r} failed: {type(exc).__name__}: {exc}",
            hint="run again with --verbose to see where",
        ) from exc


def _load_object(spec: str) -> Any:
    """Import ``where:attr`` and return the attribute (a factory is called)."""
    from orbiter import Agent, Swarm

    where, attr = _split(spec)
    if where.endswith(".py") or os.sep in where or "/" in where:
        obj: Any = _import_file(Path(where), spec)
    else:
        obj = _import_module(where, spec)
    for part in attr.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise CliError(
                f"TARGET {spec!r}: {where!r} has no attribute {attr!r}",
                hint="name a module-level Agent or Swarm",
            ) from None
    if callable(obj) and not isinstance(obj, Agent | Swarm) and not isinstance(obj, type):
        obj = _call_factory(obj, spec, attr)
    return obj


def load_target(spec: str) -> Any:
    """Import TARGET and return the Agent or Swarm it names.

    A function taking no arguments is called, so a TARGET may also name a factory.
    """
    from orbiter import Agent, Swarm

    obj = _load_object(spec)
    if not isinstance(obj, Agent | Swarm):
        raise CliError(
            f"TARGET {spec!r} is a {type(obj).__name__}, not an Agent or a Swarm",
            hint="point TARGET at an orbiter.Agent or orbiter.Swarm object",
        )
    return obj


def _call_factory(factory: Any, spec: str, attr: str) -> Any:
    """What a TARGET naming a function returns; an error naming the TARGET if it cannot."""
    try:
        inspect.signature(factory).bind()
    except TypeError as exc:
        raise CliError(
            f"TARGET {spec!r} is a function that cannot be called without arguments: {exc}",
            hint="name an Agent or Swarm, or a function that takes no arguments and returns one",
        ) from exc
    except ValueError:
        pass  # no signature to check (a builtin): calling it tells
    try:
        return factory()
    except Exception as exc:
        raise CliError(
            f"TARGET {spec!r} could not be loaded: calling {attr}() raised "
            f"{type(exc).__name__}: {exc}",
            hint="fix the function; run again with --verbose to see where it failed",
        ) from exc


def is_registered_name(spec: str) -> bool:
    """True when TARGET is a bare name (no ``:``, no path): a target the workers registered."""
    return ":" not in spec and "/" not in spec and not spec.endswith(".py")


def target_and_input(spec: str, text: str) -> tuple[Any, str]:
    """What a queued run sends: TARGET (loaded, unless a registered name) and INPUT."""
    return (spec if is_registered_name(spec) else load_target(spec)), read_input(text)


_TARGETS_FORM = (
    "give [NAME=]package.module:attr (or path/to/file.py:attr), where attr is an Agent, a "
    "Swarm, or a dict or list of them; or a .toml file with a [targets] table"
)


def load_registry(specs: list[str]) -> dict[str, Any]:
    """The registered targets of ``--targets``: ``[NAME=]module:attr`` (comma separated) or a
    ``.toml`` file naming them."""
    from collections.abc import Mapping

    from orbiter import Agent, Swarm
    from orbiter.distributed.targets import registry_from
    from orbiter.errors import ConfigurationError

    pairs: list[tuple[Any, Any]] = []
    items = [part.strip() for spec in specs for part in spec.split(",")]
    for item in [i for spec in items for i in _from_toml(spec)]:
        if not item:
            continue
        name, eq, where = item.partition("=")
        if not eq:
            name, where = "", item
        obj = _load_object(where.strip())
        if isinstance(obj, Agent | Swarm):
            pairs.append((name.strip() or obj.name, obj))
        elif name:
            raise CliError(f"--targets {item!r}: NAME= applies to one Agent or Swarm only")
        elif isinstance(obj, Mapping):
            pairs.extend(obj.items())
        elif isinstance(obj, list | tuple):
            odd = next((t for t in obj if not isinstance(t, Agent | Swarm)), None)
            if odd is not None:
                raise CliError(
                    f"--targets {item!r} is a list holding a {type(odd).__name__}",
                    hint=_TARGETS_FORM,
                )
            pairs.extend((t.name, t) for t in obj)
        else:
            raise CliError(f"--targets {item!r} is a {type(obj).__name__}", hint=_TARGETS_FORM)
    if not pairs:
        raise CliError("--targets names no target", hint=_TARGETS_FORM)
    names = [n for n, _ in pairs]
    dupes = sorted({str(n) for n in names if names.count(n) > 1})
    if dupes:
        raise CliError(
            f"--targets names {', '.join(dupes)} more than once",
            hint="give one of them another name: --targets other=package.module:attr",
        )
    try:
        return registry_from(dict(pairs)) or {}
    except ConfigurationError as exc:
        raise CliError(f"--targets: {exc}", hint=_TARGETS_FORM) from None


def _from_toml(spec: str) -> list[str]:
    """``spec`` itself, or for a ``.toml`` file the ``NAME=module:attr`` items it lists.

    The file has one table, ``[targets]``, mapping each name to ``"package.module:attr"``.
    """
    if not spec.endswith(".toml"):
        return [spec]
    import tomllib

    path = Path(spec)
    form = 'a [targets] table of NAME = "package.module:attr" lines'
    try:
        data = tomllib.loads(path.read_text())
    except OSError as exc:
        raise CliError(f"--targets {spec!r}: cannot read it ({exc.strerror})", hint=form) from None
    except tomllib.TOMLDecodeError as exc:
        raise CliError(f"--targets {spec!r} is not valid TOML: {exc}", hint=form) from None
    table = data.get("targets")
    if not isinstance(table, dict) or not table:
        raise CliError(f"--targets {spec!r} has no [targets] table", hint=form)
    odd = next((k for k, v in table.items() if not isinstance(v, str)), None)
    if odd is not None:
        raise CliError(f"--targets {spec!r}: {odd} is not a string", hint=form)
    return [f"{name}={where}" for name, where in table.items()]


def read_input(text: str) -> str:
    """INPUT as given, or standard input when it is ``-``."""
    if text != "-":
        if not text.strip():
            raise CliError(
                f"INPUT is empty ({text!r}): give the message to send",
                hint="pass the message as INPUT, quoted: 'What is the capital of France?' "
                "('-' reads it from standard input)",
            )
        return text
    data = sys.stdin.read()
    if not data.strip():
        raise CliError("INPUT was '-' but standard input was empty")
    return data
