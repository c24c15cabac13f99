"""Which modules a serialized Agent or Swarm may make a process import.

A task on a shared queue names its tools, hooks, output types, instructions callables and
scripted-model scripts by import path. Whoever can write to the queue therefore chooses code
for the worker to import and call, so a worker must not import whatever a task names.
:class:`ModuleGate` is the one decision every such import goes through:

- by default it admits the user's own code (modules found under the worker's working folder or
  under a ``PYTHONPATH`` entry, never inside the standard library or an installed package) and
  ``orbiter`` itself;
- ``modules=`` admits more modules by name (each with the modules below it);
- ``any_module=True`` admits everything (development only: any queue writer runs any code).

Where a module lives is found without importing it, so a refused module runs no code at all.
"""

from __future__ import annotations

import os
import site
import sys
import sysconfig
from collections.abc import Iterable, Sequence
from functools import cached_property
from importlib.machinery import FrozenImporter, ModuleSpec, PathFinder
from pathlib import Path

ALWAYS_ALLOWED = ("orbiter",)
"""Packages every gate admits: Orbiter's own modules (scripted models, demo agents)."""


def _real(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.realpath(path))


def _inside(path: Path, roots: Iterable[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


class ModuleGate:
    """The import policy of one worker.

    Args:
        modules: module names admitted in addition to the user's own code (``"myapp"`` admits
            ``myapp`` and every ``myapp.*``).
        own_code: admit modules that live under ``roots`` (default: the working folder and the
            ``PYTHONPATH`` entries) and outside the standard library and installed packages.
        any_module: admit every module (today's development behaviour; unsafe on a shared queue).
        roots: the folders that hold the user's own code, when not the default.
    """

    def __init__(
        self,
        modules: Sequence[str] = (),
        *,
        own_code: bool = True,
        any_module: bool = False,
        roots: Sequence[str | os.PathLike[str]] | None = None,
    ) -> None:
        self.modules = [m.strip() for m in modules if m.strip()]
        self.own_code = own_code
        self.any_module = any_module
        self._roots_given = roots

    @cached_property
    def roots(self) -> list[Path]:
        """Folders whose modules count as the user's own code."""
        if self._roots_given is not None:
            given = list(self._roots_given)
        else:
            extra = os.environ.get("PYTHONPATH", "").split(os.pathsep)
            given = [os.getcwd(), *(p for p in extra if p)]
        excluded = self.installed_locations
        return [r for r in dict.fromkeys(_real(p) for p in given) if not _inside(r, excluded)]

    @cached_property
    def installed_locations(self) -> list[Path]:
        """The standard library, site-packages and interpreter prefixes: never own code."""
        found: set[str] = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
        for key in ("stdlib", "platstdlib", "purelib", "platlib"):
            path = sysconfig.get_paths().get(key)
            if path:
                found.add(path)
        found.update(site.getsitepackages() if hasattr(site, "getsitepackages") else ())
        user_site = site.getusersitepackages() if hasattr(site, "getusersitepackages") else None
        if user_site:
            found.add(user_site)
        return sorted({_real(p) for p in found})

    def allows(self, module: str) -> bool:
        """Whether a payload may import ``module``."""
        if self.any_module:
            return True
        named = (*ALWAYS_ALLOWED, *self.modules)
        if any(module == a or module.startswith(a + ".") for a in named):
            return True
        return self.own_code and self._is_own_code(module)

    def _is_own_code(self, module: str) -> bool:
        location = locate(module)
        if location is None:
            return False
        return _inside(location, self.roots) and not _inside(location, self.installed_locations)

    def describe(self) -> str:
        """One line for a worker's start-up banner."""
        if self.any_module:
            return "any module (--allow-any-module: whoever can write to the queue runs code)"
        parts = []
        if self.own_code:
            where = ", ".join(str(r) for r in self.roots) or "no folder"
            parts.append(f"your code under {where}")
        parts.append(", ".join((*self.modules, *ALWAYS_ALLOWED)))
        return "; ".join(parts)

    def refusal(self, module: str, what: str) -> str:
        """The message for a refused import: what was refused, why, and which option allows it."""
        location = locate(module)
        top = module.partition(".")[0]
        if location is None and (
            top in sys.builtin_module_names or FrozenImporter.find_spec(top) is not None
        ):
            why = "it is built into Python, not part of your own code"
        elif location is None:
            where = ", ".join(str(r) for r in self.roots) or "no folder"
            return (
                f"this worker cannot find module {module!r} for {what}: there is no {top!r} "
                f"in its folder or on its PYTHONPATH (it looked in {where}). Start the worker in "
                f"the folder that holds {top} (as `python -m` would find it), or add that "
                "folder to PYTHONPATH"
            )
        elif _inside(location, self.installed_locations):
            why = f"it is installed at {location}, not part of your own code"
        else:
            why = f"it lives at {location}, outside the worker's folder and PYTHONPATH"
        return (
            f"this worker refuses to import module {module!r} for {what}: {why}. By default a "
            "task may import only your own code and orbiter. To allow more, start the worker "
            f"with --allowed-modules naming it and your own packages (e.g. --allowed-modules "
            f"myapp,{top}; ORBITER_ALLOWED_MODULES; the list replaces the default), or, for "
            "development only, --allow-any-module"
        )


def locate(module: str) -> Path | None:
    """Where ``module`` would be loaded from, found without importing (or running) anything.

    Returns the file of the deepest package or module that can be found on the way down, or
    None when the top-level name is not on ``sys.path`` (built-in, frozen or missing).
    """
    spec: ModuleSpec | None = None
    search: list[str] | None = None
    found: Path | None = None
    parts = module.split(".")
    for i in range(len(parts)):
        name = ".".join(parts[: i + 1])
        loaded = sys.modules.get(name)
        if loaded is not None and getattr(loaded, "__spec__", None) is not None:
            spec = loaded.__spec__
        else:
            spec = PathFinder.find_spec(name, search)
        if spec is None:
            return found if i else None
        if spec.origin and spec.has_location:
            found = _real(spec.origin)
        elif i == 0 and not spec.submodule_search_locations:
            return None  # built-in or frozen
        locations = spec.submodule_search_locations
        if locations is None:
            break
        search = list(locations)
        if found is None and len(search) == 1:
            found = _real(search[0])
    return found


Allowed = Sequence[str] | ModuleGate | None
"""What a rebuild may import: None for any module, exactly the modules named (and those below
them), or a :class:`ModuleGate`."""
