"""Which build of the extractor runs: the grammar modules compiled to C, or their sources.

``make`` compiles this package's grammar modules in place with mypyc (see ``setup.py``;
same code, about 15 % faster). Python imports a compiled ``english.cpython-….so``
before the ``english.py`` beside it, so a compiled module built from an older source
would silently run old code. The build records the hash of every source it compiled
(``compiled_sources.json``); when a source no longer matches (or the record is missing),
or ``SKYTALLY_PURE=1`` is set, every module of the package is loaded from source instead:
all or none, since compiled modules call each other directly, not through ``sys.modules``.
(Hashes, not file times: an installed wheel or a checkout gives files arbitrary times.)
This module must stay plain Python (it decides before any grammar module is imported).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = __name__.rpartition(".")[0]
HERE = Path(__file__).parent
MANIFEST = "compiled_sources.json"  # written by setup.py: module name -> sha256 of its source
log = logging.getLogger(__name__)


def compiled_modules(directory: Path = HERE) -> dict[str, Path]:
    """Module name → its compiled file, for the modules that also have a ``.py`` source."""
    found: dict[str, Path] = {}
    for path in directory.iterdir():
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            if path.name.endswith(suffix):
                name = path.name[: -len(suffix)]
                if (directory / f"{name}.py").exists():
                    found[name] = path
    return found


def stale_modules(directory: Path = HERE) -> list[str]:
    """Compiled modules whose source is not the one they were built from (as far as the record says)."""
    built = compiled_modules(directory)
    if not built:
        return []
    try:
        recorded = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    if not isinstance(recorded, dict):
        recorded = {}
    return sorted(name for name in built if recorded.get(name) != source_hash(directory / f"{name}.py"))


def source_hash(path: Path) -> str:
    """What the build record holds for a source: the sha256 of its bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds this package's compiled modules as their ``.py`` sources."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in self.names:
            return None
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


def choose() -> None:
    """Load the grammar modules from source when asked to, or when a compiled one is stale."""
    names = set(compiled_modules())
    if not names:
        return
    if os.environ.get("SKYTALLY_PURE") != "1":
        stale = stale_modules()
        if not stale:
            return
        edited = ", ".join(f"{n}.py" for n in stale)
        log.warning("skytally: the compiled extractor was not built from the current %s; running the "
                    "Python sources instead (`make compile` rebuilds it)", edited)
    sys.meta_path.insert(0, _SourceFinder(names))


def build() -> str:
    """``"mypyc"`` when the compiled grammar modules are the ones imported, else ``"python"``."""
    module = sys.modules.get(f"{PACKAGE}.english")
    origin = getattr(module, "__file__", "") or ""
    return "mypyc" if origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)) else "python"
