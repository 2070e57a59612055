"""``skytally batch`` end to end: inputs in, Parquet (and a database) out, errors as ``Error: …``."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine, text

from skytally.cli import main
from skytally.store import normalise_url

pytestmark = pytest.mark.dask


def batch(*args: str) -> Result:
    return CliRunner().invoke(main, ["batch", "--workers", "1", "--no-progress", *args])


def test_batch_writes_parquet_and_exits_1_for_the_bad_line(report_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = batch(str(report_corpus), "--out", str(out), "--partition-size", "2KB")
    assert result.exit_code == 1, result.output
    summary = dict(line.split(None, 1) for line in result.stdout.splitlines())
    assert (summary["documents"], summary["failures"]) == ("40", "1")
    assert int(summary["partitions"]) == len(list((out / "claims").glob("part-*.parquet"))) > 1
    failures = pq.read_table(out / "failures").to_pylist()
    assert [(f["source"], f["line"]) for f in failures] == [(str(report_corpus), 18)]
    assert "1 input(s) could not be read" in result.stderr
    ids = pq.read_table(out / "documents", columns=["id"]).column("id").to_pylist()
    assert sorted(ids) == [f"doc-{i:03d}" for i in range(40)]


def test_batch_refuses_to_mix_with_an_earlier_run_unless_told(report_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch(str(report_corpus), "--out", str(out), "--partition-size", "1KB")
    again = batch(str(report_corpus), "--out", str(out))
    assert again.exit_code == 1 and "--overwrite" in again.stderr
    assert batch(str(report_corpus), "--out", str(out), "--overwrite", "--resume").exit_code == 1
    resumed = batch(str(report_corpus), "--out", str(out), "--partition-size", "1KB", "--resume")
    assert resumed.exit_code == 1 and "documents  40" in resumed.stdout
    replaced = batch(str(report_corpus), "--out", str(out), "--overwrite")
    assert replaced.exit_code == 1  # the bad line again, nothing else
    assert json.loads((out / "manifest.json").read_text())["documents"] == 40
    assert [p.name for p in (out / "documents").iterdir()] == ["part-00000.parquet"]


def test_batch_loads_the_database_once(report_corpus: Path, tmp_path: Path, db_url: str) -> None:
    for run in ("a", "b"):
        result = batch(str(report_corpus), "--out", str(tmp_path / run), "--partition-size", "2KB",
                       "--db", db_url)
        assert result.exit_code == 1 and "could not be read" in result.stderr  # the bad line only
    claims = dict(line.split(None, 1) for line in result.stdout.splitlines())["claims"]
    engine = create_engine(normalise_url(db_url))
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from documents")).scalar_one() == 40
        assert conn.execute(text("select count(*) from claims")).scalar_one() == int(claims)
    engine.dispose()


@pytest.mark.parametrize(("args", "message"), [
    (["--scheduler", "nowhere"], "--scheduler must be 'local' or an address"),
    (["--partition-size", "big"], "not a size"),
    (["--workers", "0"], "--workers must be at least 1"),
])
def test_bad_settings_are_errors_not_tracebacks(report_corpus: Path, tmp_path: Path, args: list[str],
                                                message: str) -> None:
    result = batch(str(report_corpus), "--out", str(tmp_path / "out"), *args)
    assert result.exit_code == 1
    assert f"Error: {message}" in result.stderr



def test_unwritable_out_is_an_error(report_corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro" / "documents").write_text("a file where a folder must go")
    result = batch(str(report_corpus), "--out", str(tmp_path / "ro"), "--overwrite")
    assert result.exit_code == 1 and result.stderr.startswith("Error: ")
