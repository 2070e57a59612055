"""Build hook: with SKYTALLY_COMPILE=1, compile the claim extractor to C with mypyc.

All metadata lives in pyproject.toml; this file only adds the compiled modules.
``make compile`` builds them in place (``SKYTALLY_COMPILE=1 python setup.py build_ext --inplace``);
with skytally's dependencies, ``mypy``, ``types-tqdm`` and ``setuptools>=77`` installed,
``SKYTALLY_COMPILE=1 pip install --no-build-isolation .`` builds a compiled wheel. Beside the
compiled modules goes ``compiled_sources.json``, the hash of each source they were built from:
``skytally/extract/compiled.py`` runs the Python sources when one no longer matches.
"""

import hashlib
import json
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

PACKAGE_DIR = Path("skytally/extract")
# Every grammar module; not the package's __init__ nor the import guard it runs first.
NOT_COMPILED = {"__init__.py", "compiled.py"}
SOURCES = sorted(p for p in PACKAGE_DIR.glob("*.py") if p.name not in NOT_COMPILED)
MANIFEST = "compiled_sources.json"  # the name skytally/extract/compiled.py reads


class BuildExtWithManifest(build_ext):
    """``build_ext``, then the source hashes written next to the compiled modules."""

    def run(self) -> None:
        super().run()
        target = PACKAGE_DIR if self.inplace else Path(self.build_lib) / PACKAGE_DIR
        target.mkdir(parents=True, exist_ok=True)
        hashes = {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in SOURCES}
        (target / MANIFEST).write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n")


def _extensions() -> list:
    if os.environ.get("SKYTALLY_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    # One group named inside the package, so its shared library lands in skytally/extract/
    # (importable from an editable install, which only maps the package directory).
    return mypycify([str(p) for p in SOURCES], opt_level="3", group_name="skytally.extract._native")


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildExtWithManifest})
