"""The batch on a real Dask LocalCluster gives what ``skytally extract`` gives, even when a worker dies."""

from __future__ import annotations

import functools
import gzip
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client

from skytally.cli import main
from skytally.errors import ConfigError
from skytally.extract import extract_document
from skytally.models import Document, Extraction
from skytally.scale import plan_partitions
from skytally.scale.batch import connect, run_batch
from skytally.scale.parquet import partition_names, read_partition, read_results

pytestmark = pytest.mark.dask


def single_process(path: Path) -> tuple[list[dict[str, object]], list[str]]:
    """What ``skytally extract --format jsonl`` prints: result lines, and failure lines on stderr."""
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", str(path)])
    errors = [x.removeprefix("Error: ") for x in result.stderr.splitlines() if x.startswith(f"Error: {path}")]
    return [json.loads(x) for x in result.stdout.splitlines()], errors


def batch_output(out: Path) -> tuple[list[dict[str, object]], list[str]]:
    failures = [str(f) for name in partition_names(out) for f in read_partition(out, name).failures]
    return [extraction.to_dict() for _, extraction in read_results(out)], failures


@pytest.fixture(scope="module")
def threads() -> Iterator[Client]:
    with connect("local", workers=2, processes=False) as client:
        yield client


def test_batch_on_threads_equals_single_process(report_corpus: Path, tmp_path: Path, threads: Client) -> None:
    specs = plan_partitions([str(report_corpus)], target_bytes=900)
    summary = run_batch(specs, tmp_path / "out", threads)
    assert len(summary.partitions) == len(specs) > 4
    assert batch_output(tmp_path / "out") == single_process(report_corpus)
    assert (summary.documents, summary.failures) == (40, 1)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert [p["name"] for p in manifest["partitions"]] == [s.name for s in specs]


def test_mixed_inputs_on_threads_equal_single_process(report_corpus: Path, tmp_path: Path,
                                                      threads: Client) -> None:
    folder = tmp_path / "in"
    (folder / "pages").mkdir(parents=True)
    lines = report_corpus.read_bytes().splitlines(keepends=True)
    (folder / "a.jsonl").write_bytes(b"".join(lines[:20]))
    (folder / "b.jsonl.gz").write_bytes(gzip.compress(b"".join(lines[20:])))
    for i in range(6):
        (folder / "pages" / f"{i}.txt").write_text(f"Overnight {i + 3} drones were shot down near the port.")
    (folder / "pages" / "empty.txt").write_text("")
    specs = plan_partitions([str(folder)], target_bytes=600)
    run_batch(specs, tmp_path / "out", threads)
    assert batch_output(tmp_path / "out") == single_process(folder)


def test_rerun_rewrites_the_same_partitions(report_corpus: Path, tmp_path: Path, threads: Client) -> None:
    specs = plan_partitions([str(report_corpus)], target_bytes=900)
    run_batch(specs, tmp_path / "out", threads)
    first = batch_output(tmp_path / "out")
    run_batch(specs, tmp_path / "out", threads)
    assert batch_output(tmp_path / "out") == first
    assert not list((tmp_path / "out").rglob(".*.tmp"))


def die_once(marker: str, victim: str, doc: Document) -> Extraction:
    """Kill this worker process (SIGKILL) the first time it meets ``victim``, mid-partition."""
    if doc.id == victim and not os.path.exists(marker):
        Path(marker).write_text(str(os.getpid()))
        os.kill(os.getpid(), signal.SIGKILL)
    return extract_document(doc)


def test_worker_killed_mid_partition_loses_nothing(report_corpus: Path, tmp_path: Path) -> None:
    marker = tmp_path / "killed.pid"
    specs = plan_partitions([str(report_corpus)], target_bytes=900)
    with connect("local", workers=2, processes=True) as client:
        summary = run_batch(specs, tmp_path / "out", client,
                            extract=functools.partial(die_once, str(marker), "doc-021"))
    assert int(marker.read_text()) != os.getpid()  # a worker process died, not this one
    assert len(summary.partitions) == len(specs)
    assert batch_output(tmp_path / "out") == single_process(report_corpus)
    assert not list((tmp_path / "out").rglob(".*.tmp"))


def test_unreachable_scheduler_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"), \
            connect("tcp://127.0.0.1:9", connect_timeout=1):
        pass
