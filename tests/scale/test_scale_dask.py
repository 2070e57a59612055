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
from skytally.scale import PartitionSpec, plan_partitions
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


def logged(log: str, doc: Document) -> Extraction:
    """Extract, noting the document's id in ``log`` (to see which partitions ran)."""
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(doc.id + "\n")
    return extract_document(doc)


def test_resume_runs_only_the_unfinished_partitions(report_corpus: Path, tmp_path: Path,
                                                    threads: Client) -> None:
    out, log = tmp_path / "out", tmp_path / "extracted.txt"
    specs = plan_partitions([str(report_corpus)], target_bytes=900)
    run_batch(specs, out, threads)
    (out / "claims" / "part-00002.parquet").unlink()  # as if the run died while writing it
    summary = run_batch(specs, out, threads, resume=True, extract=functools.partial(logged, str(log)))
    assert log.read_text().split() == [d.id for d in read_partition(out, "part-00002").documents]
    assert len(summary.partitions) == len(specs) and summary.documents == 40
    assert batch_output(out) == single_process(report_corpus)


def test_resume_refuses_a_different_plan(report_corpus: Path, tmp_path: Path, threads: Client) -> None:
    run_batch(plan_partitions([str(report_corpus)], target_bytes=900), tmp_path / "out", threads)
    with pytest.raises(ConfigError, match="cannot resume"):
        run_batch(plan_partitions([str(report_corpus)], target_bytes=5000), tmp_path / "out", threads,
                  resume=True)
    with pytest.raises(ConfigError, match="partitions of another run"):
        run_batch(plan_partitions([str(report_corpus)], target_bytes=5000), tmp_path / "out", threads)
    with pytest.raises(ConfigError, match="nothing to resume"):
        run_batch(plan_partitions([str(report_corpus)]), tmp_path / "new", threads, resume=True)


def test_a_partition_that_keeps_failing_becomes_a_failure_row(report_corpus: Path, tmp_path: Path,
                                                              threads: Client) -> None:
    broken = PartitionSpec(1, (), start=0, end=10)  # a range of no file: the task raises every time
    specs = [*plan_partitions([str(report_corpus)], target_bytes=10**6), broken]
    summary = run_batch(specs, tmp_path / "out", threads)
    assert (summary.documents, summary.failures) == (40, 2)
    (lost,) = read_partition(tmp_path / "out", "part-00001").failures
    assert lost.reason.startswith("partition part-00001 failed: IndexError")


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
