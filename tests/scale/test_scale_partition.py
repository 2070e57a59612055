"""Planning partitions, running one, and its Parquet files: no cluster needed."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from skytally.errors import ConfigError
from skytally.extract import extract_document
from skytally.ingest import read_paths
from skytally.models import (
    Claim,
    Document,
    Evidence,
    Extraction,
    Failure,
    Outcome,
    Qualifier,
    Scope,
    Weapon,
)
from skytally.scale import PartitionRecords, PartitionSpec, parse_size, plan_partitions, run_partition
from skytally.scale.parquet import (
    partition_names,
    read_partition,
    read_results,
    write_atomically,
    write_partition,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("16MB", 16 * 2**20), ("512kb", 512 * 1024), ("1.5G", 3 * 2**29), ("2048", 2048), (" 3 k ", 3072),
])
def test_parse_size_reads_units(text: str, expected: int) -> None:
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["", "MB", "-1MB", "0", "12 parsecs"])
def test_parse_size_refuses_what_is_not_a_size(text: str) -> None:
    with pytest.raises(ConfigError, match="not a size"):
        parse_size(text)


def test_jsonl_ranges_tile_the_file_on_line_boundaries(report_corpus: Path) -> None:
    data = report_corpus.read_bytes()
    specs = plan_partitions([str(report_corpus)], target_bytes=1000)
    assert len(specs) > 3
    assert [s.index for s in specs] == list(range(len(specs)))
    assert specs[0].start == 0 and specs[-1].end == len(data)
    for before, after in zip(specs, specs[1:], strict=False):
        assert before.end == after.start
        assert data[after.start - 1 : after.start] == b"\n"
        assert after.first_line == data[: after.start].count(b"\n") + 1


def test_compressed_jsonl_and_other_files_are_read_whole_and_grouped(tmp_path: Path,
                                                                     report_corpus: Path) -> None:
    packed = tmp_path / "packed.jsonl.gz"
    packed.write_bytes(gzip.compress(b"".join(report_corpus.read_bytes().splitlines(True)[:3])))
    assert packed.stat().st_size < 600
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(5):
        (notes / f"{i}.txt").write_text("x" * 400)
    specs = plan_partitions([str(packed), str(notes)], target_bytes=1000)
    assert [(s.paths, s.is_range) for s in specs] == [
        ((str(packed), *(str(notes / f"{i}.txt") for i in range(2))), False),
        (tuple(str(notes / f"{i}.txt") for i in range(2, 5)), False),
    ]


def test_standard_input_is_refused() -> None:
    with pytest.raises(ConfigError, match="standard input"):
        plan_partitions(["-"])


def test_partitions_together_give_what_one_process_gives(report_corpus: Path) -> None:
    items = list(read_paths([str(report_corpus)]))
    expected_docs = [i for i in items if isinstance(i, Document)]
    runs = [run_partition(s) for s in plan_partitions([str(report_corpus)], target_bytes=700)]
    assert [d for r in runs for d in r.documents] == expected_docs
    assert [d.source for r in runs for d in r.documents] == [d.source for d in expected_docs]
    assert [e for r in runs for e in r.extractions] == [extract_document(d) for d in expected_docs]
    assert [f for r in runs for f in r.failures] == [i for i in items if isinstance(i, Failure)]
    assert [f.line for r in runs for f in r.failures] == [18]


def test_missing_file_becomes_a_failure(tmp_path: Path) -> None:
    (spec,) = plan_partitions([str(tmp_path / "gone.txt")])
    (failure,) = run_partition(spec).failures
    assert failure.source == str(tmp_path / "gone.txt") and "no such file" in failure.reason


def test_extractor_error_is_a_failure_and_the_partition_goes_on(report_corpus: Path) -> None:
    def fussy(doc: Document) -> Extraction:
        if doc.id == "doc-003":
            raise ValueError("cannot cope")
        return extract_document(doc)

    (spec,) = plan_partitions([str(report_corpus)])
    records = run_partition(spec, fussy)
    assert "doc-003" not in [d.id for d in records.documents]
    assert len(records.documents) == 39
    assert [f.reason for f in records.failures if "cannot cope" in f.reason] == [
        "extractor error: ValueError('cannot cope')"]


def _claims_for(doc: Document) -> Extraction:
    """A stand-in extractor that fills every claim field, so the round trip covers them all."""
    claims = (
        Claim(Outcome.LAUNCHED, 42, Evidence(0, 10), Weapon.DRONE, Qualifier.ABOUT, Scope.AGGREGATE,
              attacker="russia", target="ukraine", date=dt.date(2025, 3, 14), model="Shahed-136",
              attribution="air force", derived=True, subset=True),
        Claim(Outcome.INJURED, 3, Evidence(5, 20), qualifier=Qualifier.AT_LEAST),
    )
    return Extraction(doc.id, claims, ("Kyiv", "Odesa"), language="en")


def test_parquet_round_trip_keeps_documents_claims_and_failures(tmp_path: Path) -> None:
    docs = (
        Document("a", "Some text about drones.", dt.datetime(2025, 3, 14, 7, 0, tzinfo=dt.UTC),
                 url="https://example.test/a", outlet="Wire", title="T", language="en",
                 source="x.jsonl:1", meta={"k": [1, 2]}),
        Document("b", "Другий текст.", dt.date(2025, 3, 15)),
        Document("a", "Same id again, other text."),
    )
    records = PartitionRecords(docs, tuple(_claims_for(d) for d in docs),
                               (Failure("x.jsonl", "not JSON", line=4, field=None),))
    write_partition(records, tmp_path, "part-00003")
    back = read_partition(tmp_path, "part-00003")
    assert back == records
    assert [d.meta for d in back.documents] == [d.meta for d in docs]
    assert list(read_results(tmp_path)) == list(zip(docs, records.extractions, strict=True))
    quotes = pq.read_table(tmp_path / "claims" / "part-00003.parquet").column("quote").to_pylist()
    assert quotes[:2] == ["Some text ", "text about dron"]


def test_failed_write_leaves_neither_file_nor_temporary(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "claims" / "part-00000.parquet"
    empty = PartitionRecords((), (), ())
    write_partition(empty, tmp_path, "part-00000")
    before = target.read_bytes()

    def torn(table: object, where: Path) -> None:
        Path(where).write_bytes(b"PAR1 half a file")
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", torn)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(pq.read_table(target), target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["part-00000.parquet"]


def test_spec_names_are_zero_padded() -> None:
    assert PartitionSpec(7, ("a",)).name == "part-00007"


def test_urls_are_passed_whole_to_the_readers() -> None:
    (spec,) = plan_partitions(["https://example.test/report"])
    assert spec.paths == ("https://example.test/report",) and not spec.is_range
    (failure,) = run_partition(spec).failures
    assert failure.source == "https://example.test/report" and "--fetch" in failure.reason


def test_relative_inputs_become_absolute_paths(report_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(report_corpus.parent)
    (spec,) = plan_partitions(["."])
    assert spec.paths == (str(report_corpus),)


def test_partitions_are_listed_in_number_order_past_99999(tmp_path: Path) -> None:
    for name in ("part-100000", "part-00002", "part-99999"):
        write_partition(PartitionRecords((), (), ()), tmp_path, name)
    assert partition_names(tmp_path) == ["part-00002", "part-99999", "part-100000"]
