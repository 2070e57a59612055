"""The compiled extractor and its Python sources: the same claims, and never stale code."""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from skytally.extract import compiled, extract_document
from skytally.ingest import read_paths
from skytally.models import Document

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT = [ROOT / "tests" / "extract" / "heldout" / "docs.jsonl",
            ROOT / "tests" / "extract" / "heldout_uk" / "docs.jsonl"]
EXT = importlib.machinery.EXTENSION_SUFFIXES[0]

# Prints the build in use and every extraction of the held-out reports, one JSON line each.
_DUMP = """
import json, sys
from skytally.extract import compiled, extract_document
from skytally.ingest import read_paths
print(compiled.build())
for item in read_paths(sys.argv[1:]):
    ex = extract_document(item)
    print(json.dumps([ex.document_id, list(ex.places), [repr(c) for c in ex.claims]], ensure_ascii=False))
"""


def _run(code: str, *args: str, env: dict[str, str] | None = None,
         path: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter; with ``path``, importing the package copied there."""
    full = {**os.environ, **(env or {})}
    if path is not None:
        full["PYTHONPATH"] = str(path)
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=full, check=True, timeout=120, cwd=path)


def _here() -> list[str]:
    out = []
    for item in read_paths([str(p) for p in HELD_OUT]):
        assert isinstance(item, Document)
        ex = extract_document(item)
        out.append(json.dumps([ex.document_id, list(ex.places), [repr(c) for c in ex.claims]],
                              ensure_ascii=False))
    return out


def test_sources_give_the_same_claims_as_the_build_in_use() -> None:
    pure = _run(_DUMP, *map(str, HELD_OUT), env={"SKYTALLY_PURE": "1"}).stdout.splitlines()
    assert pure[0] == "python"
    assert pure[1:] == _here()
    assert len(pure) > 15


def test_ci_runs_the_compiled_build() -> None:
    """CI compiles the extractor (``make test``) and says so; the tests then exercise that build."""
    if os.environ.get("SKYTALLY_EXPECT_COMPILED") != "1":
        pytest.skip("SKYTALLY_EXPECT_COMPILED is not set (CI sets it after `make compile`)")
    assert compiled.build() == "mypyc"
    assert not compiled.stale_modules()


def _package_copy(tmp_path: Path) -> Path:
    """A copy of the package's sources, without any compiled file."""
    shutil.copytree(ROOT / "skytally", tmp_path / "skytally",
                    ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__", compiled.MANIFEST))
    return tmp_path / "skytally" / "extract"


def _record(extract_dir: Path, **hashes: str) -> None:
    """A build record as setup.py writes it."""
    (extract_dir / compiled.MANIFEST).write_text(json.dumps(hashes))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("record", ["changed", "missing"])
def test_a_compiled_module_not_built_from_its_source_is_not_run(tmp_path: Path, record: str) -> None:
    extract_dir = _package_copy(tmp_path)
    (extract_dir / f"english{EXT}").write_bytes(b"not a real extension: importing it would fail")
    if record == "changed":
        _record(extract_dir, english=_sha(extract_dir / "english.py"))
        with (extract_dir / "english.py").open("a") as source:
            source.write("# edited after the build\n")
    assert compiled.stale_modules(extract_dir) == ["english"]

    result = _run("from skytally.extract import compiled, english; print(compiled.build(), english.__file__)",
                  path=tmp_path)
    assert result.stdout.split() == ["python", str(extract_dir / "english.py")]
    assert "not built from the current english.py" in result.stderr


def test_file_times_do_not_matter(tmp_path: Path) -> None:
    """A wheel install or a checkout gives files any time: only the recorded hash counts."""
    extract_dir = _package_copy(tmp_path)
    built = extract_dir / f"slavic{EXT}"
    built.write_bytes(b"not a real extension")
    _record(extract_dir, slavic=_sha(extract_dir / "slavic.py"))
    old = (extract_dir / "slavic.py").stat().st_mtime - 3600
    os.utime(built, (old, old))
    assert compiled.stale_modules(extract_dir) == []


def test_pure_python_is_chosen_on_request(tmp_path: Path) -> None:
    extract_dir = _package_copy(tmp_path)
    (extract_dir / f"slavic{EXT}").write_bytes(b"not a real extension")
    _record(extract_dir, slavic=_sha(extract_dir / "slavic.py"))
    assert compiled.compiled_modules(extract_dir) == {"slavic": extract_dir / f"slavic{EXT}"}
    assert compiled.stale_modules(extract_dir) == []

    result = _run("from skytally.extract import slavic; print(slavic.__file__)",
                  env={"SKYTALLY_PURE": "1"}, path=tmp_path)
    assert result.stdout.strip() == str(extract_dir / "slavic.py")
    assert result.stderr == ""
