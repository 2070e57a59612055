"""Build hook: with SKYTALLY_COMPILE=1, compile the claim extractor to C with mypyc.

All metadata lives in pyproject.toml; this file only adds the compiled modules.
``make`` builds them in place (``SKYTALLY_COMPILE=1 python setup.py build_ext --inplace``);
``SKYTALLY_COMPILE=1 pip install --no-build-isolation .`` (with ``mypy`` and
``setuptools>=77`` installed) builds a compiled wheel. The same sources run as plain
Python without it; ``skytally/extract/compiled.py`` picks which one is imported.
"""

import os
from pathlib import Path

from setuptools import setup

# Every grammar module; not the package's __init__ nor the import guard it runs first.
NOT_COMPILED = {"__init__.py", "compiled.py"}


def _extensions() -> list:
    if os.environ.get("SKYTALLY_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    sources = sorted(str(p) for p in Path("skytally/extract").glob("*.py") if p.name not in NOT_COMPILED)
    # One group named inside the package, so its shared library lands in skytally/extract/
    # (importable from an editable install, which only maps the package directory).
    return mypycify(sources, opt_level="3", group_name="skytally.extract._native")


setup(ext_modules=_extensions())
