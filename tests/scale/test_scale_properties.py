"""Invariants, by Hypothesis: ranges tile a file, and Parquet gives back what was written."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.ingest import read_paths
from skytally.models import Claim, Document, Evidence, Extraction, Failure, Outcome, Qualifier, Scope, Weapon
from skytally.scale import PartitionRecords, plan_partitions
from skytally.scale.parquet import read_partition, write_partition
from skytally.scale.partition import read_items
from skytally.scale.plan import line_ranges

lines = st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=30)


@settings(max_examples=40, deadline=None)
@given(lines=lines, trailing_newline=st.booleans(), target=st.integers(1, 200))
def test_line_ranges_tile_the_file_and_number_its_lines(lines: list[bytes], trailing_newline: bool,
                                                         target: int) -> None:
    data = b"\n".join(lines) + (b"\n" if trailing_newline and lines else b"")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        path.write_bytes(data)
        ranges = list(line_ranges(path, target))
    assert b"".join(data[a:b] for a, b, _ in ranges) == data
    for start, _, first_line in ranges:
        assert first_line == data[:start].count(b"\n") + 1
        assert start == 0 or data[start - 1 : start] == b"\n"


record_lines = st.lists(st.one_of(
    st.builds(lambda i, t: json.dumps({"id": f"d{i}", "text": t}), st.integers(0, 99), st.text(max_size=30)),
    st.sampled_from(["", "   ", "{not json", "[1, 2]", '{"text": ""}', '{"id": "x", "text": "a\\rb"}\r',
                     '{"id": "y",\r"text": "bare CR between tokens"}']),
), max_size=25)


@settings(max_examples=40, deadline=None)
@given(lines=record_lines, target=st.integers(1, 300))
def test_jsonl_partitions_read_what_the_whole_file_reads(lines: list[str], target: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        whole = list(read_paths([str(path)]))
        parts = [item for spec in plan_partitions([str(path)], target_bytes=target)
                 for item in read_items(spec)]
    assert parts == whole
    assert [getattr(i, "source", None) for i in parts] == [getattr(i, "source", None) for i in whole]


text = st.text(min_size=1, max_size=60)
names = st.none() | st.text(min_size=1, max_size=12)
published = st.none() | st.dates() | st.datetimes(timezones=st.just(dt.UTC))
documents = st.builds(Document, id=st.text(min_size=1, max_size=10), text=text, published=published,
                      url=names, outlet=names, title=names, language=names, source=names,
                      meta=st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5),
                                           max_size=3))


@st.composite
def claims_of(draw: st.DrawFn, doc: Document) -> Claim:
    start = draw(st.integers(0, len(doc.text)))
    evidence = Evidence(start, draw(st.integers(start, len(doc.text))))
    outcome = draw(st.sampled_from(Outcome))
    weapon = None if outcome in (Outcome.KILLED, Outcome.INJURED) else draw(st.sampled_from(Weapon))
    return Claim(outcome, draw(st.integers(0, 10**12)), evidence, weapon=weapon,
                 qualifier=draw(st.sampled_from(Qualifier)), scope=draw(st.sampled_from(Scope)),
                 attacker=draw(names), target=draw(names), date=draw(st.none() | st.dates()),
                 model=draw(names), attribution=draw(names), derived=draw(st.booleans()),
                 subset=draw(st.booleans()))


@st.composite
def partitions(draw: st.DrawFn) -> PartitionRecords:
    docs = draw(st.lists(documents, max_size=4))
    extractions = tuple(
        Extraction(d.id, tuple(draw(st.lists(claims_of(d), max_size=3))),
                   tuple(draw(st.lists(st.text(max_size=8), max_size=2))),
                   draw(st.sampled_from(["en", "uk"])))
        for d in docs)
    line = st.none() | st.integers(1, 10**6)
    failure = st.builds(Failure, source=text, reason=text, line=line, field=names)
    failures = draw(st.lists(failure, max_size=2))
    return PartitionRecords(tuple(docs), extractions, tuple(failures))


@settings(max_examples=25, deadline=None)
@given(records=partitions())
def test_parquet_gives_back_what_was_written(records: PartitionRecords) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        write_partition(records, Path(tmp), "part-00000")
        back = read_partition(Path(tmp), "part-00000")
    assert back == records
    assert [d.meta for d in back.documents] == [d.meta for d in records.documents]
    assert [d.published for d in back.documents] == [d.published for d in records.documents]
